/**
 * The steering committees for civil judgment enforcement (Ban Chỉ đạo thi
 * hành án dân sự), two levels (province and district): who chairs, who sits
 * on them, and which enforcement office is their standing body (cơ quan
 * thường trực). Each value cites the article that says it, as read in the
 * Pháp điển compilation (đề mục Thi hành án dân sự):
 * - NĐ 62/2015 Điều 3 k2 (as amended by NĐ 33/2020 Điều 1) provides for the
 *   committees: UBND cấp tỉnh / cấp huyện set one up on the proposal of the
 *   enforcement office of the same level ({@link SteeringCommittee.citation});
 * - TTLT 05/2016 Điều 3 k1 / k2: who issues the decision setting it up, on
 *   whose proposal ({@link SteeringCommittee.establishment});
 * - TTLT 05/2016 Điều 4 (Thành phần): k1 the province's seats, k2 the
 *   district's — point a the chair, b the vice-chair, c the members (each
 *   {@link Seat} cites its point); k4 all serve part-time.
 * The optional members that the chair may add (Điều 4 k1, k2, last
 * paragraph) are not encoded. The district level ends with district-level
 * government on 30/6/2025 [I]; the province committee's composition after the
 * reorganisation of 1/7/2025 is not known and is kept as before, `assumed`.
 *
 * @since 0.1.0
 */
import type * as Citation from "../citation/Citation.js"
import type * as CivilDate from "../base/CivilDate.js"
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
  /** The point of TTLT 05/2016 Điều 4 that names the seat. */
  readonly citation: Citation.Citation
}

/**
 * A steering committee.
 *
 * @example
 * ```ts
 * const c = SteeringCommittee.on(Organization.tayNinh, CivilDate.make("2025-07-01"))[0]
 * c.id // "bcd-thads-tay-ninh"
 * c.citation.article // "3" (NĐ 62/2015 Điều 3 k2: the committees are set up)
 * c.establishment     // { document: "ttlt-05-2016", article: "3", clause: 1 }
 * c.seats[0].citation // { document: "ttlt-05-2016", article: "4", clause: 1, point: "a" }
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
  /** The provision that sets the committees up: NĐ 62/2015 Điều 3 k2 (as amended by NĐ 33/2020). */
  readonly citation: Citation.Citation
  /** Who decides to set it up, on whose proposal: TTLT 05/2016 Điều 3 k1 (province) or k2 (district). */
  readonly establishment: Citation.Citation
  /** The members serve part-time (kiêm nhiệm): TTLT 05/2016 Điều 4 k4. */
  readonly partTime: Citation.Citation
  /** `official` when the seats are those of the text; `assumed` when carried over to a tier the text does not name. */
  readonly basis: "official" | "assumed"
  readonly note?: string
}

const basis: Citation.Citation = {
  document: "nd-62-2015",
  article: "3",
  clause: 2,
  note: {
    vi: "sửa đổi, bổ sung bởi Điều 1 Nghị định 33/2020/NĐ-CP; Ủy ban nhân dân cấp tỉnh, cấp huyện thành lập Ban Chỉ đạo thi hành án dân sự theo đề nghị của Thủ trưởng cơ quan thi hành án dân sự cùng cấp",
    en: "as amended by Article 1 of Decree 33/2020/ND-CP; provincial and district People's Committees set up the committee on the proposal of the enforcement office of the same level"
  }
}
const composition = (clause: 1 | 2, point: "a" | "b" | "c"): Citation.Citation => ({
  document: "ttlt-05-2016",
  article: "4",
  clause,
  point
})
const partTime: Citation.Citation = { document: "ttlt-05-2016", article: "4", clause: 4 }

/** A seat named by a point of TTLT 05/2016 Điều 4: clause 1 (province) or 2 (district). */
const seat = (clause: 1 | 2, role: Seat["role"], point: "a" | "b" | "c", vi: string, en: string): Seat => ({
  role,
  holder: { vi, en },
  citation: composition(clause, point)
})

const provinceSeats: ReadonlyArray<Seat> = [
  seat(
    1,
    "chair",
    "a",
    "Chủ tịch hoặc Phó Chủ tịch Ủy ban nhân dân tỉnh",
    "Chair or Vice-Chair of the Provincial People's Committee"
  ),
  seat(
    1,
    "vice-chair",
    "b",
    "Cục trưởng Cục Thi hành án dân sự",
    "Director of the Provincial Civil Judgment Enforcement Department"
  ),
  seat(1, "member", "c", "Giám đốc Sở Tư pháp", "Director of the Department of Justice"),
  seat(1, "member", "c", "Giám đốc Sở Tài chính", "Director of the Department of Finance"),
  seat(
    1,
    "member",
    "c",
    "Giám đốc Sở Tài nguyên và Môi trường",
    "Director of the Department of Natural Resources and Environment"
  ),
  seat(1, "member", "c", "Giám đốc Công an cấp tỉnh", "Director of the Provincial Police")
]

const districtSeats = (district: string): ReadonlyArray<Seat> => [
  seat(
    2,
    "chair",
    "a",
    `Chủ tịch hoặc Phó Chủ tịch Ủy ban nhân dân ${district}`,
    `Chair or Vice-Chair of the People's Committee of ${district}`
  ),
  seat(
    2,
    "vice-chair",
    "b",
    "Chi cục trưởng Chi cục Thi hành án dân sự",
    "Head of the district Civil Judgment Enforcement Office"
  ),
  seat(2, "member", "c", "Trưởng phòng Tư pháp", "Head of the Justice Office"),
  seat(2, "member", "c", "Trưởng phòng Tài chính", "Head of the Finance Office"),
  seat(
    2,
    "member",
    "c",
    "Trưởng phòng Tài nguyên và Môi trường",
    "Head of the Natural Resources and Environment Office"
  ),
  seat(2, "member", "c", "Trưởng Công an cấp huyện", "Head of the District Police")
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
          establishment: { document: "ttlt-05-2016", article: "3", clause: 1 },
          partTime,
          basis: u.tier === "thads-tinh" ? "assumed" : "official",
          ...(u.tier === "thads-tinh"
            ? {
                note: "Composition after 1/7/2025 not known: TTLT 05/2016 Điều 4 k1 names the Cục trưởng as vice-chair; the head of THADS tỉnh is assumed in that seat [I]."
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
          citation: basis,
          establishment: { document: "ttlt-05-2016", article: "3", clause: 2 },
          partTime,
          basis: "official"
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
