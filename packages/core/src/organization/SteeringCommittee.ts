/**
 * The steering committees for civil judgment enforcement (Ban Chỉ đạo thi
 * hành án dân sự), two levels (province and district): who chairs, who sits
 * on them, and which enforcement office is their standing body (cơ quan
 * thường trực). NĐ 62/2015 Đ3 k2 (amended by NĐ 33/2020) and TTLT 05/2016
 * (in force 5/7/2016); composition after ../shared/domain/thads-rules.md §6.
 * All members are part-time. The district level ends with district-level
 * government on 30/6/2025 [I]; the province committee's composition after the
 * reorganisation of 1/7/2025 is not known and is kept as before, flagged.
 *
 * @since 0.1.0
 */
import type * as Citation from "../citation/Citation.js"
import type * as CivilDate from "../calendar/CivilDate.js"
import type * as Organization from "./Organization.js"

/**
 * A seat on a committee.
 *
 * @example
 * ```ts
 * const seat: SteeringCommittee.Seat = { role: "member", holder: { vi: "Giám đốc Sở Tư pháp", en: "Director of the Department of Justice" } }
 * ```
 * @since 0.1.0
 */
export interface Seat {
  readonly role: "chair" | "vice-chair" | "member"
  readonly holder: { readonly vi: string; readonly en: string }
}

/**
 * A steering committee.
 *
 * @example
 * ```ts
 * const c = SteeringCommittee.on(Organization.tayNinh, CivilDate.make("2025-07-01"))[0]
 * c.id // "bcd-thads-tay-ninh"
 * c.citation // { document: "nd-62-2015", article: "3", clause: 2 }
 * ```
 * @since 0.1.0
 */
export interface SteeringCommittee {
  readonly id: string
  readonly level: "province" | "district"
  readonly name: { readonly vi: string; readonly en: string }
  /** The enforcement office that is its standing body. */
  readonly standingBodyId: string
  readonly seats: ReadonlyArray<Seat>
  readonly validFrom?: CivilDate.CivilDate
  readonly validTo?: CivilDate.CivilDate
  readonly citation: Citation.Citation
  readonly note?: string
}

const basis: Citation.Citation = { document: "nd-62-2015", article: "3", clause: 2 }

const provinceSeats: ReadonlyArray<Seat> = [
  {
    role: "chair",
    holder: {
      vi: "Chủ tịch hoặc Phó Chủ tịch Ủy ban nhân dân tỉnh",
      en: "Chair or Vice-Chair of the Provincial People's Committee"
    }
  },
  {
    role: "vice-chair",
    holder: {
      vi: "Cục trưởng Cục Thi hành án dân sự",
      en: "Director of the Provincial Civil Judgment Enforcement Department"
    }
  },
  { role: "member", holder: { vi: "Giám đốc Sở Tư pháp", en: "Director of the Department of Justice" } },
  { role: "member", holder: { vi: "Giám đốc Sở Tài chính", en: "Director of the Department of Finance" } },
  {
    role: "member",
    holder: {
      vi: "Giám đốc Sở Tài nguyên và Môi trường",
      en: "Director of the Department of Natural Resources and Environment"
    }
  },
  { role: "member", holder: { vi: "Giám đốc Công an tỉnh", en: "Director of the Provincial Police" } }
]

const districtSeats = (district: string): ReadonlyArray<Seat> => [
  {
    role: "chair",
    holder: {
      vi: `Chủ tịch hoặc Phó Chủ tịch Ủy ban nhân dân ${district}`,
      en: `Chair or Vice-Chair of the People's Committee of ${district}`
    }
  },
  {
    role: "vice-chair",
    holder: {
      vi: "Chi cục trưởng Chi cục Thi hành án dân sự",
      en: "Head of the district Civil Judgment Enforcement Office"
    }
  },
  { role: "member", holder: { vi: "Trưởng phòng Tư pháp", en: "Head of the Justice Office" } },
  {
    role: "member",
    holder: { vi: "Trưởng phòng Tài chính - Kế hoạch", en: "Head of the Finance and Planning Office" }
  },
  {
    role: "member",
    holder: { vi: "Trưởng phòng Tài nguyên và Môi trường", en: "Head of the Natural Resources and Environment Office" }
  },
  { role: "member", holder: { vi: "Trưởng Công an huyện", en: "Head of the District Police" } }
]

/**
 * The committees of an organisation: one for each province-level office
 * (Cục, then THADS tỉnh) and one for each Chi cục, over the dates the office
 * exists.
 *
 * @example
 * ```ts
 * SteeringCommittee.of(Organization.tayNinh).length // 11: the Cục, THADS tỉnh and 9 districts
 * ```
 * @since 0.1.0
 */
export const of = (org: Organization.Organization): ReadonlyArray<SteeringCommittee> =>
  org.units.flatMap((u): ReadonlyArray<SteeringCommittee> => {
    const dates = {
      ...(u.validFrom === undefined ? {} : { validFrom: u.validFrom }),
      ...(u.validTo === undefined ? {} : { validTo: u.validTo })
    }
    if (u.tier === "cuc" || u.tier === "thads-tinh") {
      return [
        {
          id: `bcd-${u.id}`,
          level: "province",
          name: {
            vi: `Ban Chỉ đạo thi hành án dân sự (${u.name.vi})`,
            en: `Civil judgment enforcement steering committee (${u.name.en})`
          },
          standingBodyId: u.id,
          seats: provinceSeats,
          ...dates,
          citation: basis,
          ...(u.tier === "thads-tinh"
            ? {
                note: "Composition after 1/7/2025 not known: kept as before, with the head of THADS tỉnh as vice-chair [I]."
              }
            : {})
        }
      ]
    }
    if (u.tier === "chi-cuc") {
      const district = u.name.vi.replace("Chi cục Thi hành án dân sự ", "")
      return [
        {
          id: `bcd-${u.id}`,
          level: "district",
          name: {
            vi: `Ban Chỉ đạo thi hành án dân sự ${district}`,
            en: `Civil judgment enforcement steering committee of ${u.name.en.replace(" Civil Judgment Enforcement Office", "")}`
          },
          standingBodyId: u.id,
          seats: districtSeats(district),
          ...dates,
          citation: basis
        }
      ]
    }
    return []
  })

/**
 * The committees in force on a date.
 *
 * @example
 * ```ts
 * SteeringCommittee.on(Organization.tayNinh, CivilDate.make("2025-07-01")).map((c) => c.standingBodyId) // ["thads-tay-ninh"]
 * ```
 * @since 0.1.0
 */
export const on = (org: Organization.Organization, date: CivilDate.CivilDate): ReadonlyArray<SteeringCommittee> =>
  of(org).filter(
    (c) => (c.validFrom === undefined || c.validFrom <= date) && (c.validTo === undefined || date <= c.validTo)
  )
