/**
 * An organisational unit of the civil judgment enforcement system (cơ quan
 * thi hành án dân sự), effective-dated: the tier it belongs to, its parent,
 * the dates it exists and the units it succeeds (../shared/domain/
 * thads-rules.md §6).
 *
 * Tiers up to 30/6/2025 (Luật THADS Đ13; NĐ 62/2015 Đ52): Tổng cục THADS →
 * Cục THADS tỉnh → Chi cục THADS huyện. From 1/7/2025 (QĐ 1898/QĐ-BTP): Cục
 * Quản lý THADS → THADS tỉnh/thành phố (34) → Phòng THADS khu vực (355).
 *
 * @since 0.1.0
 */
import type * as Citation from "../citation/Citation.js"
import type * as ReportingDeadline from "../calendar/ReportingDeadline.js"
import type * as CivilDate from "../base/CivilDate.js"

/**
 * A tier of the system.
 *
 * - `tong-cuc` — Tổng cục Thi hành án dân sự (Bộ Tư pháp), until 30/6/2025
 * - `cuc` — Cục Thi hành án dân sự tỉnh, until 30/6/2025
 * - `chi-cuc` — Chi cục Thi hành án dân sự huyện, until 30/6/2025
 * - `cuc-quan-ly` — Cục Quản lý thi hành án dân sự, from 1/7/2025
 * - `thads-tinh` — Thi hành án dân sự tỉnh, thành phố, from 1/7/2025
 * - `phong-khu-vuc` — Phòng Thi hành án dân sự khu vực, from 1/7/2025
 *
 * @example
 * ```ts
 * Organization.get(Organization.tayNinh, "chi-cuc-go-dau").tier // "chi-cuc"
 * ```
 * @since 0.1.0
 */
export type Tier = "tong-cuc" | "cuc" | "chi-cuc" | "cuc-quan-ly" | "thads-tinh" | "phong-khu-vuc"

/**
 * A unit.
 *
 * @example
 * ```ts
 * const u: OrgUnit.OrgUnit = {
 *   id: "cuc-tay-ninh", tier: "cuc", parentId: "tong-cuc-thads",
 *   name: { vi: "Cục Thi hành án dân sự tỉnh Tây Ninh", en: "Tây Ninh Provincial Civil Judgment Enforcement Department" },
 *   validTo: CivilDate.make("2025-06-30"), predecessorIds: [], confidence: "verified",
 *   citation: { document: "nd-62-2015", article: "52", clause: 1, point: "b" }
 * }
 * ```
 * @since 0.1.0
 */
export interface OrgUnit {
  readonly id: string
  readonly tier: Tier
  readonly name: { readonly vi: string; readonly en: string }
  readonly parentId?: string
  /** The province it serves (e.g. "tay-ninh"), for provincial and district units. */
  readonly province?: string
  /** First day of existence, when known. */
  readonly validFrom?: CivilDate.CivilDate
  /** Last day of existence, when known. */
  readonly validTo?: CivilDate.CivilDate
  /** The units it replaced (kế thừa). */
  readonly predecessorIds: ReadonlyArray<string>
  /** `verified` [V], `inferred` [I] (e.g. the names of Tây Ninh's Chi cục), `configured` (supplied by the user). */
  readonly confidence: "verified" | "inferred" | "configured"
  readonly citation: Citation.Citation
  /**
   * The texts that define the territory it serves, when they differ from its
   * own basis (e.g. a merged province: NQ 202/2025/QH15, NQ 1682/NQ-UBTVQH15).
   */
  readonly territory?: ReadonlyArray<Citation.Citation>
  readonly note?: string
}

/**
 * Whether a unit exists on a date.
 *
 * @example
 * ```ts
 * OrgUnit.existsOn(unit, CivilDate.make("2025-07-01"))
 * ```
 * @since 0.1.0
 */
export const existsOn = (unit: OrgUnit, date: CivilDate.CivilDate): boolean =>
  (unit.validFrom === undefined || unit.validFrom <= date) && (unit.validTo === undefined || date <= unit.validTo)

/**
 * The statistical reporting level of a tier (TT 06/2019 Đ9 k2 and its
 * successors), or undefined for the national tiers.
 *
 * @example
 * ```ts
 * OrgUnit.reportingLevel("chi-cuc") // "chi-cuc"
 * ```
 * @since 0.1.0
 */
export const reportingLevel = (tier: Tier): ReportingDeadline.Level | undefined => {
  switch (tier) {
    case "cuc":
    case "chi-cuc":
    case "thads-tinh":
    case "phong-khu-vuc":
      return tier
    default:
      return undefined
  }
}
