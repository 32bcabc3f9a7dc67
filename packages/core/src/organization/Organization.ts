/**
 * An organisation: a set of effective-dated units, with the queries the
 * directive and the compliance checks need — the units in force on a date, a
 * unit's parent and reporting level on a date, predecessors and successors.
 * {@link tayNinh} is the built-in organisation of Tây Ninh; the Phòng THADS
 * khu vực of 1/7/2025 are configurable units ({@link phongKhuVuc},
 * {@link withUnits}) since their list is not known.
 *
 * @since 0.1.0
 */
import type * as Citation from "../citation/Citation.js"
import * as CivilDate from "../base/CivilDate.js"
import type * as ReportingDeadline from "../calendar/ReportingDeadline.js"
import * as OrgUnit from "./OrgUnit.js"

/**
 * An organisation.
 *
 * @example
 * ```ts
 * const org: Organization.Organization = Organization.tayNinh
 * org.byId.get("cuc-tay-ninh")?.tier // "cuc"
 * ```
 * @since 0.1.0
 */
export interface Organization {
  readonly units: ReadonlyArray<OrgUnit.OrgUnit>
  readonly byId: ReadonlyMap<string, OrgUnit.OrgUnit>
}

/**
 * An organisation whose units do not fit together.
 *
 * @example
 * ```ts
 * Organization.make([...Organization.tayNinh.units, Organization.tayNinh.units[0]]) // InvalidOrganizationError: duplicate unit id "tong-cuc-thads"
 * ```
 * @since 0.1.0
 */
export class InvalidOrganizationError extends Error {
  readonly _tag = "InvalidOrganizationError"
  constructor(message: string) {
    super(message)
    this.name = "InvalidOrganizationError"
  }
}

/**
 * Makes an organisation, checking that ids are unique, that parents and
 * predecessors exist, and that a unit's dates are in order.
 *
 * @example
 * ```ts
 * const org = Organization.make([...Organization.tayNinh.units])
 * ```
 * @since 0.1.0
 */
export const make = (units: ReadonlyArray<OrgUnit.OrgUnit>): Organization => {
  const byId = new Map<string, OrgUnit.OrgUnit>()
  for (const u of units) {
    if (byId.has(u.id)) throw new InvalidOrganizationError(`duplicate unit id "${u.id}"`)
    byId.set(u.id, u)
  }
  for (const u of units) {
    if (u.parentId !== undefined && !byId.has(u.parentId)) {
      throw new InvalidOrganizationError(`unit "${u.id}": unknown parent "${u.parentId}"`)
    }
    for (const p of u.predecessorIds) {
      if (!byId.has(p)) throw new InvalidOrganizationError(`unit "${u.id}": unknown predecessor "${p}"`)
    }
    if (u.validFrom !== undefined && u.validTo !== undefined && u.validTo < u.validFrom) {
      throw new InvalidOrganizationError(`unit "${u.id}": validTo ${u.validTo} is before validFrom ${u.validFrom}`)
    }
  }
  return { units, byId }
}

/**
 * Adds (or replaces, by id) units, e.g. the Phòng THADS khu vực of a province.
 *
 * @example
 * ```ts
 * const org = Organization.withUnits(Organization.tayNinh, [
 *   Organization.phongKhuVuc("phong-kv-1-tay-ninh", "Phòng Thi hành án dân sự khu vực 1 - Tây Ninh", "thads-tay-ninh")
 * ])
 * ```
 * @since 0.1.0
 */
export const withUnits = (org: Organization, units: ReadonlyArray<OrgUnit.OrgUnit>): Organization => {
  const ids = new Set(units.map((u) => u.id))
  return make([...org.units.filter((u) => !ids.has(u.id)), ...units])
}

/**
 * A unit by id (throws for an unknown id).
 *
 * @example
 * ```ts
 * Organization.get(Organization.tayNinh, "chi-cuc-go-dau").name.vi // "Chi cục Thi hành án dân sự huyện Gò Dầu"
 * Organization.get(Organization.tayNinh, "x") // InvalidOrganizationError: unknown unit "x"
 * ```
 * @since 0.1.0
 */
export const get = (org: Organization, id: string): OrgUnit.OrgUnit => {
  const u = org.byId.get(id)
  if (u === undefined) throw new InvalidOrganizationError(`unknown unit "${id}"`)
  return u
}

/**
 * The units in force on a date.
 *
 * @example
 * ```ts
 * Organization.unitsOn(Organization.tayNinh, CivilDate.make("2025-06-30")).length // 12: Tổng cục, 2 Cục, 9 Chi cục
 * ```
 * @since 0.1.0
 */
export const unitsOn = (org: Organization, date: CivilDate.CivilDate): ReadonlyArray<OrgUnit.OrgUnit> =>
  org.units.filter((u) => OrgUnit.existsOn(u, date))

/**
 * A unit's parent on a date (undefined for a top unit, or when the unit does
 * not exist on that date).
 *
 * @example
 * ```ts
 * Organization.parentOn(Organization.tayNinh, "chi-cuc-go-dau", CivilDate.make("2024-01-01"))?.id // "cuc-tay-ninh"
 * ```
 * @since 0.1.0
 */
export const parentOn = (org: Organization, id: string, date: CivilDate.CivilDate): OrgUnit.OrgUnit | undefined => {
  const u = get(org, id)
  if (!OrgUnit.existsOn(u, date) || u.parentId === undefined) return undefined
  const parent = get(org, u.parentId)
  return OrgUnit.existsOn(parent, date) ? parent : undefined
}

/**
 * The units whose parent is `id`, on a date.
 *
 * @example
 * ```ts
 * Organization.childrenOn(Organization.tayNinh, "cuc-tay-ninh", CivilDate.make("2024-01-01")).length // 9: the Chi cục
 * ```
 * @since 0.1.0
 */
export const childrenOn = (org: Organization, id: string, date: CivilDate.CivilDate): ReadonlyArray<OrgUnit.OrgUnit> =>
  org.units.filter((u) => u.parentId === id && OrgUnit.existsOn(u, date))

/**
 * A unit's statistical reporting level on a date (undefined when it does not
 * exist then, or has no level).
 *
 * @example
 * ```ts
 * Organization.reportingLevelOn(Organization.tayNinh, "thads-tay-ninh", CivilDate.make("2025-09-30")) // "thads-tinh"
 * ```
 * @since 0.1.0
 */
export const reportingLevelOn = (
  org: Organization,
  id: string,
  date: CivilDate.CivilDate
): ReportingDeadline.Level | undefined => {
  const u = get(org, id)
  return OrgUnit.existsOn(u, date) ? OrgUnit.reportingLevel(u.tier) : undefined
}

/**
 * The units a unit replaced, transitively (oldest last).
 *
 * @example
 * ```ts
 * Organization.predecessors(Organization.tayNinh, "thads-tay-ninh").map((u) => u.id) // ["cuc-tay-ninh", "cuc-long-an"]
 * ```
 * @since 0.1.0
 */
export const predecessors = (org: Organization, id: string): ReadonlyArray<OrgUnit.OrgUnit> => {
  const out: Array<OrgUnit.OrgUnit> = []
  const seen = new Set<string>()
  const walk = (x: string) => {
    for (const p of get(org, x).predecessorIds) {
      if (seen.has(p)) continue
      seen.add(p)
      out.push(get(org, p))
      walk(p)
    }
  }
  walk(id)
  return out
}

/**
 * The units that replaced a unit, transitively.
 *
 * @example
 * ```ts
 * Organization.successors(Organization.tayNinh, "cuc-long-an").map((u) => u.id) // ["thads-tay-ninh"]
 * ```
 * @since 0.1.0
 */
export const successors = (org: Organization, id: string): ReadonlyArray<OrgUnit.OrgUnit> => {
  const out: Array<OrgUnit.OrgUnit> = []
  const seen = new Set<string>()
  const walk = (x: string) => {
    for (const u of org.units) {
      if (!u.predecessorIds.includes(x) || seen.has(u.id)) continue
      seen.add(u.id)
      out.push(u)
      walk(u.id)
    }
  }
  walk(id)
  return out
}

/**
 * The unit that carries on `id`'s work on a date: itself if it exists then,
 * else its successor in force then.
 *
 * @example
 * ```ts
 * Organization.currentOf(Organization.tayNinh, "cuc-tay-ninh", CivilDate.make("2026-01-01"))?.id // "thads-tay-ninh"
 * ```
 * @since 0.1.0
 */
export const currentOf = (org: Organization, id: string, date: CivilDate.CivilDate): OrgUnit.OrgUnit | undefined => {
  const u = get(org, id)
  if (OrgUnit.existsOn(u, date)) return u
  return successors(org, id).find((s) => OrgUnit.existsOn(s, date))
}

const reorganisation: Citation.Citation = { document: "qd-1898-btp-2025" }
const reorgStart = CivilDate.make("2025-07-01")
const reorgEnd = CivilDate.make("2025-06-30")

/**
 * A configurable Phòng Thi hành án dân sự khu vực (from 1/7/2025), whose list
 * per province is not known: supply them for the province you work with.
 *
 * @example
 * ```ts
 * Organization.phongKhuVuc("phong-kv-1-tay-ninh", "Phòng Thi hành án dân sự khu vực 1 - Tây Ninh", "thads-tay-ninh", ["chi-cuc-tp-tay-ninh"])
 * ```
 * @since 0.1.0
 */
export const phongKhuVuc = (
  id: string,
  nameVi: string,
  parentId: string,
  predecessorIds: ReadonlyArray<string> = [],
  nameEn?: string,
  province = "tay-ninh"
): OrgUnit.OrgUnit => ({
  id,
  tier: "phong-khu-vuc",
  name: { vi: nameVi, en: nameEn ?? `Area civil judgment enforcement office (${nameVi})` },
  parentId,
  province,
  validFrom: reorgStart,
  predecessorIds,
  confidence: "configured",
  citation: reorganisation
})

/** NĐ 62/2015 Điều 52 k1 (read in the Pháp điển): a) Tổng cục, b) Cục, c) Chi cục, each named. */
const tier = (point: "a" | "b" | "c"): Citation.Citation => ({
  document: "nd-62-2015",
  article: "52",
  clause: 1,
  point
})
const chiCuc = (id: string, vi: string, en: string): OrgUnit.OrgUnit => ({
  id,
  tier: "chi-cuc",
  name: { vi: `Chi cục Thi hành án dân sự ${vi}`, en: `${en} Civil Judgment Enforcement Office` },
  parentId: "cuc-tay-ninh",
  province: "tay-ninh",
  validTo: reorgEnd,
  predecessorIds: [],
  confidence: "inferred",
  citation: tier("c"),
  note: "One Chi cục per district-level unit of Tây Ninh in 2021 (1 city, 2 towns, 6 districts); names inferred (thads-rules.md §6)."
})

/**
 * The built-in organisation: the national tiers, Tây Ninh's Cục and its 9
 * Chi cục until 30/6/2025, Long An's Cục, and THADS tỉnh Tây Ninh from
 * 1/7/2025 (successor of both Cục: Tây Ninh and Long An merged). The Phòng
 * THADS khu vực are not listed (unknown): add them with {@link withUnits}.
 *
 * @example
 * ```ts
 * Organization.tayNinh.units.length // 14
 * Organization.reportingLevelOn(Organization.tayNinh, "thads-tay-ninh", CivilDate.make("2025-09-30")) // "thads-tinh"
 * ```
 * @since 0.1.0
 */
export const tayNinh: Organization = make([
  {
    id: "tong-cuc-thads",
    tier: "tong-cuc",
    name: { vi: "Tổng cục Thi hành án dân sự", en: "General Department of Civil Judgment Enforcement" },
    validTo: reorgEnd,
    predecessorIds: [],
    confidence: "verified",
    citation: tier("a")
  },
  {
    id: "cuc-quan-ly-thads",
    tier: "cuc-quan-ly",
    name: { vi: "Cục Quản lý thi hành án dân sự", en: "Department of Civil Judgment Enforcement Management" },
    validFrom: reorgStart,
    predecessorIds: ["tong-cuc-thads"],
    confidence: "verified",
    citation: reorganisation
  },
  {
    id: "cuc-tay-ninh",
    tier: "cuc",
    name: {
      vi: "Cục Thi hành án dân sự tỉnh Tây Ninh",
      en: "Tây Ninh Provincial Civil Judgment Enforcement Department"
    },
    parentId: "tong-cuc-thads",
    province: "tay-ninh",
    validTo: reorgEnd,
    predecessorIds: [],
    confidence: "verified",
    citation: tier("b")
  },
  {
    id: "cuc-long-an",
    tier: "cuc",
    name: { vi: "Cục Thi hành án dân sự tỉnh Long An", en: "Long An Provincial Civil Judgment Enforcement Department" },
    parentId: "tong-cuc-thads",
    province: "long-an",
    validTo: reorgEnd,
    predecessorIds: [],
    confidence: "verified",
    citation: tier("b"),
    note: "Its Chi cục are not listed."
  },
  chiCuc("chi-cuc-tp-tay-ninh", "thành phố Tây Ninh", "Tây Ninh City"),
  chiCuc("chi-cuc-hoa-thanh", "thị xã Hòa Thành", "Hòa Thành Town"),
  chiCuc("chi-cuc-trang-bang", "thị xã Trảng Bàng", "Trảng Bàng Town"),
  chiCuc("chi-cuc-tan-bien", "huyện Tân Biên", "Tân Biên District"),
  chiCuc("chi-cuc-tan-chau", "huyện Tân Châu", "Tân Châu District"),
  chiCuc("chi-cuc-duong-minh-chau", "huyện Dương Minh Châu", "Dương Minh Châu District"),
  chiCuc("chi-cuc-chau-thanh", "huyện Châu Thành", "Châu Thành District"),
  chiCuc("chi-cuc-go-dau", "huyện Gò Dầu", "Gò Dầu District"),
  chiCuc("chi-cuc-ben-cau", "huyện Bến Cầu", "Bến Cầu District"),
  {
    id: "thads-tay-ninh",
    tier: "thads-tinh",
    name: { vi: "Thi hành án dân sự tỉnh Tây Ninh", en: "Tây Ninh Provincial Civil Judgment Enforcement" },
    parentId: "cuc-quan-ly-thads",
    province: "tay-ninh",
    validFrom: reorgStart,
    predecessorIds: ["cuc-tay-ninh", "cuc-long-an"],
    confidence: "verified",
    citation: reorganisation,
    territory: [
      {
        document: "nq-202-2025-qh15",
        note: {
          vi: "hợp nhất tỉnh Long An và tỉnh Tây Ninh thành tỉnh Tây Ninh (chưa đọc được điều, khoản cụ thể)",
          en: "merges Long An and Tây Ninh into Tây Ninh (the article and clause were not read)"
        }
      },
      { document: "nq-1682-ubtvqh15", article: "1", clause: 97 },
      { document: "nq-1682-ubtvqh15", article: "2", clause: 2 }
    ],
    note: "Tây Ninh and Long An merged into Tây Ninh on 1/7/2025 (NQ 202/2025/QH15; its 96 communes: NQ 1682/NQ-UBTVQH15 of 16/6/2025); its Phòng THADS khu vực are configurable."
  }
])
