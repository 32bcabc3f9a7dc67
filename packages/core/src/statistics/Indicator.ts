/**
 * The indicator catalogue of the THADS statistical report (chỉ tiêu thống
 * kê): the tree of cases (việc) V01–V14 and of money (tiền) T01–T14, and the
 * rates R1/R2 (R1t/R2t for money), after ../shared/domain/thads-rules.md §1.
 * The ids are ours; the labels are the official Vietnamese wording. The
 * official column numbering of the TT 06/2019 and TT 05/2024 forms was not
 * found, so the ids do not claim to be column numbers.
 *
 * @since 0.1.0
 */
import type * as Citation from "../citation/Citation.js"

/**
 * The two tables of a report: cases (việc) and money (tiền, exact VND).
 *
 * @example
 * ```ts
 * const table: Indicator.Table = "money"
 * Indicator.idOf(table, "08") // "T08"
 * ```
 * @since 0.1.0
 */
export type Table = "cases" | "money"

/**
 * The position of an indicator in the tree, shared by both tables: slot
 * `"08"` is V08 in the cases table and T08 in the money table.
 *
 * @example
 * ```ts
 * const slot: Indicator.Slot = "08"
 * Indicator.idOf("cases", slot) // "V08"
 * ```
 * @since 0.1.0
 */
export type Slot = "01" | "02" | "03" | "04" | "05" | "06" | "07" | "08" | "09" | "10" | "11" | "12" | "13" | "14"

/**
 * Every slot, in order.
 *
 * @example
 * ```ts
 * Indicator.slots.length // 14
 * Indicator.slots[0] // "01"
 * ```
 * @since 0.1.0
 */
export const slots: ReadonlyArray<Slot> = [
  "01",
  "02",
  "03",
  "04",
  "05",
  "06",
  "07",
  "08",
  "09",
  "10",
  "11",
  "12",
  "13",
  "14"
]

/**
 * A cases indicator id (V01–V14).
 *
 * @example
 * ```ts
 * const id: Indicator.CaseId = "V07"
 * ```
 * @since 0.1.0
 */
export type CaseId = `V${Slot}`

/**
 * A money indicator id (T01–T14).
 *
 * @example
 * ```ts
 * const id: Indicator.MoneyId = "T08"
 * ```
 * @since 0.1.0
 */
export type MoneyId = `T${Slot}`

/**
 * Any count or amount indicator id.
 *
 * @example
 * ```ts
 * const ids: ReadonlyArray<Indicator.Id> = ["V08", "T08"]
 * ```
 * @since 0.1.0
 */
export type Id = CaseId | MoneyId

/**
 * A rate id: R1 completion rate and R2 enforceable share, for cases; R1t and
 * R2t for money.
 *
 * @example
 * ```ts
 * const id: Indicator.RateId = "R1t"
 * Indicator.rates[id].label.vi // "Tỷ lệ thi hành xong về tiền"
 * ```
 * @since 0.1.0
 */
export type RateId = "R1" | "R2" | "R1t" | "R2t"

/**
 * The prefix of a table's ids.
 *
 * @example
 * ```ts
 * Indicator.prefix.money // "T"
 * ```
 * @since 0.1.0
 */
export const prefix: { readonly [T in Table]: "V" | "T" } = { cases: "V", money: "T" }

/**
 * The id of a slot in a table.
 *
 * @example
 * ```ts
 * Indicator.idOf("money", "08") // "T08"
 * ```
 * @since 0.1.0
 */
export const idOf = <T extends Table>(table: T, slot: Slot): T extends "cases" ? CaseId : MoneyId =>
  `${prefix[table]}${slot}` as T extends "cases" ? CaseId : MoneyId

/**
 * The ids of a table, in slot order.
 *
 * @example
 * ```ts
 * Indicator.idsOf("cases")[0] // "V01"
 * ```
 * @since 0.1.0
 */
export const idsOf = (table: Table): ReadonlyArray<Id> => (table === "cases" ? caseIds : moneyIds)

const caseIds: ReadonlyArray<Id> = slots.map((s) => idOf("cases", s))
const moneyIds: ReadonlyArray<Id> = slots.map((s) => idOf("money", s))

/**
 * One indicator of the tree.
 *
 * @example
 * ```ts
 * Indicator.get("V07")
 * // { id: "V07", slot: "07", table: "cases", label: { vi: "Có điều kiện thi hành (việc)", en: "enforceable (cases)" }, unit: "case", parent: "06" }
 * ```
 * @since 0.1.0
 */
export interface Indicator {
  readonly id: Id
  readonly slot: Slot
  readonly table: Table
  /** The official Vietnamese wording and our English rendering. */
  readonly label: { readonly vi: string; readonly en: string }
  /** Short name for formulas ("phải thi hành"). */
  readonly short: { readonly vi: string; readonly en: string }
  readonly unit: "case" | "vnd"
  /** The slot it is part of in the tree, if any (V07 ⊂ V06). */
  readonly parent?: Slot
  readonly citation: Citation.Citation
  /** Texts that touch it without being its basis (each says why), when there are any. */
  readonly related?: ReadonlyArray<Citation.Citation>
  /** Notes on what is uncertain. */
  readonly note?: string
}

/** The circular whose forms carry the indicators. */
const forms: Citation.Citation = { document: "tt-06-2019-btp" }
/**
 * The GSO metadata of the national indicator "Kết quả thi hành án dân sự"
 * (thads-rules.md §1, S8 [V]): what "thi hành xong" counts and the completion
 * rate over "có điều kiện". The text read for V07, V08 and the completion rate.
 */
const gso = (vi: string, en: string): Citation.Citation => ({ document: "gso-ket-qua-thads", note: { vi, en } })
const completedDefinition = gso(
  "định nghĩa “thi hành xong”: xong thực tế hoặc đình chỉ, hoặc xong một phần và phần còn lại ủy thác, đình chỉ, giảm",
  "the definition of “thi hành xong”: fully enforced or đình chỉ, or partly enforced with the rest ủy thác, đình chỉ or giảm"
)
const enforceableDenominator = gso(
  "tỷ lệ thi hành xong tính trên tổng số có điều kiện thi hành",
  "the completion rate is taken over the cases (money) có điều kiện"
)
const completionRate = gso(
  "tỷ lệ thi hành xong = thi hành xong ÷ có điều kiện × 100; số liệu toàn quốc công bố khớp đúng",
  "completion rate = completed ÷ enforceable × 100; the published national rates reproduce exactly"
)
/**
 * TT 10/2017 Mục 19, the justice-sector indicators 1901 (việc) and 1904
 * (tiền): related only. A source (S9) says 1902/1905 use their formulas; the
 * text of 1901/1904 itself was not read [U].
 */
const sectorIndicators: ReadonlyArray<Citation.Citation> = [
  {
    document: "tt-10-2017-btp",
    section: "19",
    note: {
      vi: "chỉ tiêu 1901 (việc), 1904 (tiền): liên quan; nội dung chưa đọc, chỉ biết qua chỉ tiêu 1902/1905 dùng cùng công thức",
      en: "indicators 1901 (cases), 1904 (money): related; their text was not read, known only as the formula that 1902/1905 reuse"
    }
  }
]

interface SlotSpec {
  readonly vi: string
  readonly en: string
  readonly shortVi: string
  readonly shortEn: string
  readonly parent?: Slot
  readonly note?: string
}

const spec: { readonly [S in Slot]: SlotSpec } = {
  "01": {
    vi: "Số cũ chuyển sang (trừ số đã chuyển sổ theo dõi riêng)",
    en: "carried over from the previous period (excluding the separate book)",
    shortVi: "cũ chuyển sang",
    shortEn: "carried over"
  },
  "02": { vi: "Thụ lý mới", en: "newly accepted", shortVi: "thụ lý mới", shortEn: "new" },
  "03": { vi: "Tổng số thụ lý", en: "total caseload", shortVi: "tổng thụ lý", shortEn: "total caseload" },
  "04": {
    vi: "Ủy thác thi hành án",
    en: "transferred out (ủy thác)",
    shortVi: "ủy thác",
    shortEn: "transferred out",
    parent: "03"
  },
  "05": {
    vi: "Thu hồi, hủy quyết định thi hành án",
    en: "enforcement decisions withdrawn or cancelled",
    shortVi: "thu hồi, hủy",
    shortEn: "withdrawn or cancelled",
    parent: "03"
  },
  "06": {
    vi: "Tổng số phải thi hành",
    en: "must enforce",
    shortVi: "phải thi hành",
    shortEn: "must enforce",
    parent: "03"
  },
  "07": {
    vi: "Có điều kiện thi hành",
    en: "enforceable",
    shortVi: "có điều kiện",
    shortEn: "enforceable",
    parent: "06"
  },
  "08": {
    vi: "Thi hành xong (gồm xong thực tế, đình chỉ, giảm thi hành án)",
    en: "completed (fully enforced, terminated, or the rest reduced or delegated)",
    shortVi: "thi hành xong",
    shortEn: "completed",
    parent: "07",
    note: "GSO metadata 'Kết quả thi hành án dân sự': xong thực tế or đình chỉ of the whole decision, or partly performed with the rest ủy thác (new at the receiving office), đình chỉ or giảm and struck off."
  },
  "09": { vi: "Đang thi hành", en: "being enforced", shortVi: "đang thi hành", shortEn: "in progress", parent: "07" },
  "10": {
    vi: "Hoãn, tạm đình chỉ, trường hợp khác",
    en: "postponed, suspended or other",
    shortVi: "hoãn, tạm đình chỉ, khác",
    shortEn: "postponed, suspended, other",
    parent: "06",
    note: "Placed by regime (ResidualPlacement): inside 'có điều kiện' under TT 01/2013 (published V06 = V07 + V11), outside from TT 06/2019; the form texts were not read (assumed)."
  },
  "11": {
    vi: "Chưa có điều kiện thi hành (trừ số đã chuyển sổ theo dõi riêng)",
    en: "not yet enforceable (excluding the separate book)",
    shortVi: "chưa có điều kiện",
    shortEn: "not yet enforceable",
    parent: "06"
  },
  "12": {
    vi: "Chưa có điều kiện đã chuyển sổ theo dõi riêng",
    en: "not yet enforceable, moved to the separate book",
    shortVi: "sổ theo dõi riêng",
    shortEn: "separate book",
    note: "Counted outside 'phải thi hành'."
  },
  "13": { vi: "Chuyển kỳ sau", en: "carried to the next period", shortVi: "chuyển kỳ sau", shortEn: "carried forward" },
  "14": {
    vi: "Có điều kiện chuyển kỳ sau",
    en: "enforceable carried to the next period",
    shortVi: "có điều kiện chuyển kỳ sau",
    shortEn: "enforceable carried forward"
  }
}

const make = (table: Table, slot: Slot): Indicator => {
  const s = spec[slot]
  const money = table === "money"
  const base = {
    id: idOf(table, slot),
    slot,
    table,
    label: money ? { vi: `${s.vi} (tiền)`, en: `${s.en} (money)` } : { vi: `${s.vi} (việc)`, en: `${s.en} (cases)` },
    short: { vi: s.shortVi, en: s.shortEn },
    unit: money ? "vnd" : "case",
    citation: slot === "07" ? enforceableDenominator : slot === "08" ? completedDefinition : forms
  } as const
  return {
    ...base,
    ...(slot === "07" || slot === "08" ? { related: sectorIndicators } : {}),
    ...(s.parent === undefined ? {} : { parent: s.parent }),
    ...(s.note === undefined ? {} : { note: s.note })
  }
}

/**
 * Every indicator: V01–V14 then T01–T14.
 *
 * @example
 * ```ts
 * Indicator.all.length // 28
 * ```
 * @since 0.1.0
 */
export const all: ReadonlyArray<Indicator> = [
  ...slots.map((s) => make("cases", s)),
  ...slots.map((s) => make("money", s))
]

const byId = new Map<string, Indicator>(all.map((i) => [i.id, i]))

/**
 * The indicator of an id.
 *
 * @example
 * ```ts
 * Indicator.get("V07").label.vi // "Có điều kiện thi hành (việc)"
 * ```
 * @since 0.1.0
 */
export const get = (id: Id): Indicator => byId.get(id)!

/**
 * Whether a string is an indicator id.
 *
 * @example
 * ```ts
 * Indicator.isId("V07") // true
 * Indicator.isId("V15") // false
 * ```
 * @since 0.1.0
 */
export const isId = (u: unknown): u is Id => typeof u === "string" && byId.has(u)

/**
 * A rate of the catalogue.
 *
 * @example
 * ```ts
 * const r: Indicator.Rate = Indicator.rates.R1t
 * r.citation.document // "gso-ket-qua-thads"
 * r.related?.map((c) => c.document) // ["tt-10-2017-btp"]
 * ```
 * @since 0.1.0
 */
export interface Rate {
  readonly id: RateId
  readonly table: Table
  readonly label: { readonly vi: string; readonly en: string }
  readonly numerator: Slot
  readonly denominator: Slot
  readonly citation: Citation.Citation
  /** Texts that touch it without being its basis (each says why), when there are any. */
  readonly related?: ReadonlyArray<Citation.Citation>
}

/**
 * The rates: completion rate (tỷ lệ thi hành xong) = xong ÷ có điều kiện ×
 * 100, and enforceable share (tỷ lệ có điều kiện) = có điều kiện ÷ phải thi
 * hành × 100.
 *
 * @example
 * ```ts
 * Indicator.rates.R1.numerator // "08"
 * ```
 * @since 0.1.0
 */
export const rates: { readonly [R in RateId]: Rate } = {
  R1: {
    id: "R1",
    table: "cases",
    label: { vi: "Tỷ lệ thi hành xong về việc", en: "completion rate (cases)" },
    numerator: "08",
    denominator: "07",
    citation: completionRate,
    related: sectorIndicators
  },
  R2: {
    id: "R2",
    table: "cases",
    label: { vi: "Tỷ lệ có điều kiện thi hành về việc", en: "enforceable share (cases)" },
    numerator: "07",
    denominator: "06",
    citation: forms
  },
  R1t: {
    id: "R1t",
    table: "money",
    label: { vi: "Tỷ lệ thi hành xong về tiền", en: "completion rate (money)" },
    numerator: "08",
    denominator: "07",
    citation: completionRate,
    related: sectorIndicators
  },
  R2t: {
    id: "R2t",
    table: "money",
    label: { vi: "Tỷ lệ có điều kiện thi hành về tiền", en: "enforceable share (money)" },
    numerator: "07",
    denominator: "06",
    citation: forms
  }
}
