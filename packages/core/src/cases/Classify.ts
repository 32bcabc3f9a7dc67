/**
 * Classification of an enforcement case at a date (phân loại việc thi hành
 * án): its category, the legal ground and the citation, the day it began,
 * and the dates the rules attach to it (next verification, move to the
 * separate book, thời hiệu). Pure: a case, a date and settings in, a value
 * out. The state comes from ./State.ts.
 *
 * Categories: completed (xong, Điều 52), terminated (đình chỉ, Điều 50 k1),
 * delegated (ủy thác, Điều 55), withdrawn (thu hồi / hủy quyết định thi hành
 * án), reduced (the rest miễn / giảm, Điều 61: xong by the GSO definition),
 * returned (gửi lại yêu cầu thi hành án, NĐ 152/2026 Điều 22 k2, Luật 2025
 * Điều 38 k4, from 1/7/2026), separate-book
 * (chuyển sổ theo dõi riêng), suspended (tạm đình chỉ, Điều 49), postponed
 * (hoãn, Điều 48 other than k1 c), not-yet-enforceable (chưa có điều kiện,
 * Điều 44a), enforceable (có điều kiện: in progress; includes hoãn by
 * agreement, Điều 48 k1 c, as TT 06/2019 counts it).
 *
 * Citations follow the law in force on the day of the deciding event: Luật
 * THADS 2008 (as amended) until 30/6/2026; from 1/7/2026 Luật 106/2025, with
 * the article numbers that NĐ 152/2026 itself cites ({@link lawCitation}):
 * thời hiệu Điều 34 (k2 obstacles), verification Điều 38 (k1 chưa có điều
 * kiện, k2 new information, k3 the periodic verification, k4 gửi lại yêu
 * cầu), the ex officio decision Điều 33 k2, the voluntary period Điều 36 k1,
 * thu hồi Điều 52 k1, đình chỉ Điều 48, ủy thác Điều 49. The 2025 numbers of hoãn, tạm đình chỉ
 * and the others are not cited by NĐ 152 [U]: those citations name the 2025
 * Law as a whole with a note giving the 2008 article they correspond to.
 *
 * Re-verification (Điều 44 k2): every 6 months, 12 if ≥ 2 years of prison
 * remain on the day of the last verification (from the release date) or the
 * address is unknown; the 2025 Law's frequency is not read, so the same
 * values are used (a setting) and cited to Điều 38 k3 as `assumed`.
 * Thời hiệu (Điều 30 k1): 5 years from the judgment's effect, or from the due
 * date the judgment sets, or, for periodic obligations, from each
 * instalment's due date; excluding hoãn / tạm đình chỉ (except hoãn by
 * agreement, k2) and the recorded obstacles (k3). The 2025 Law's period
 * (Điều 34) is not read: 5 years, `assumed` (a setting).
 *
 * @since 0.1.0
 */
import type * as Citation from "../citation/Citation.js"
import * as CitationM from "../citation/Citation.js"
import type * as Setting from "../citation/Setting.js"
import * as CivilDate from "../base/CivilDate.js"
import * as TimeLimit from "../calendar/TimeLimit.js"
import * as WorkingCalendar from "../calendar/WorkingCalendar.js"
import type * as Case from "./Case.js"
import type * as CaseEvent from "./Event.js"
import * as State from "./State.js"

/**
 * The categories of a case.
 *
 * @example
 * ```ts
 * Classify.categories.length // 11
 * ```
 * @since 0.1.0
 */
export const categories = [
  "completed",
  "reduced",
  "terminated",
  "delegated",
  "withdrawn",
  "returned",
  "separate-book",
  "suspended",
  "postponed",
  "not-yet-enforceable",
  "enforceable"
] as const

/**
 * A category.
 *
 * @example
 * ```ts
 * const c: Classify.Category = "not-yet-enforceable"
 * ```
 * @since 0.1.0
 */
export type Category = (typeof categories)[number]

/**
 * The Vietnamese and English names of the categories.
 *
 * @example
 * ```ts
 * Classify.categoryNames["not-yet-enforceable"].vi // "chưa có điều kiện thi hành"
 * ```
 * @since 0.1.0
 */
export const categoryNames: { readonly [C in Category]: { readonly vi: string; readonly en: string } } = {
  completed: { vi: "thi hành xong", en: "completed" },
  reduced: {
    vi: "thi hành xong (phần còn lại được miễn, giảm)",
    en: "completed (the rest exempted or reduced)"
  },
  terminated: { vi: "đình chỉ thi hành án", en: "terminated" },
  delegated: { vi: "ủy thác thi hành án", en: "delegated to another office" },
  withdrawn: { vi: "thu hồi, hủy quyết định thi hành án", en: "decision withdrawn or cancelled" },
  returned: { vi: "gửi lại yêu cầu thi hành án", en: "request sent back to the requester" },
  "separate-book": { vi: "chuyển sổ theo dõi riêng", en: "moved to the separate book" },
  suspended: { vi: "tạm đình chỉ thi hành án", en: "suspended" },
  postponed: { vi: "hoãn thi hành án", en: "postponed" },
  "not-yet-enforceable": { vi: "chưa có điều kiện thi hành", en: "not yet enforceable" },
  enforceable: { vi: "có điều kiện thi hành (đang thi hành)", en: "enforceable (in progress)" }
}

const codeToCategory: ReadonlyArray<Category> = [
  "enforceable",
  "enforceable",
  "postponed",
  "suspended",
  "not-yet-enforceable",
  "separate-book",
  "returned",
  "completed",
  "terminated",
  "delegated",
  "withdrawn",
  "reduced"
]

/**
 * The category of a state code.
 *
 * @example
 * ```ts
 * Classify.categoryOf(CaseState.Code.postponedByAgreement) // "enforceable"
 * ```
 * @since 0.1.0
 */
export const categoryOf = (code: State.Code): Category => codeToCategory[code]!

/**
 * The legal ground of a classification.
 *
 * @example
 * ```ts
 * const g: Classify.Ground = { kind: "postponement", clause: 1, point: "c" }
 * ```
 * @since 0.1.0
 */
export type Ground =
  | { readonly kind: "not-yet-enforceable"; readonly point: CaseEvent.NotYetGround; readonly decided: boolean }
  | { readonly kind: "postponement"; readonly clause: 1 | 2; readonly point?: CaseEvent.PostponementPoint }
  | { readonly kind: "suspension"; readonly clause: 1 | 2 }
  | { readonly kind: "termination"; readonly point: CaseEvent.TerminationPoint }
  | { readonly kind: "withdrawal"; readonly withdrawal: "withdrawn" | "cancelled"; readonly point?: string }
  | { readonly kind: "reduction" }
  | { readonly kind: "separate-book"; readonly rule: "recorded" | "nd-62-2015" | "nd-152-2026" }

/**
 * A date a rule attaches to a case, with its citation.
 *
 * @example
 * ```ts
 * const c: Case.Case = {
 *   id: "1", unitId: "u", decision: { date: CivilDate.make("2024-01-15"), number: "1" },
 *   initiation: { mode: "on-request", requestDate: CivilDate.make("2024-01-10") },
 *   judgmentEffectiveDate: CivilDate.make("2023-12-01"), debtor: { kind: "person" }, amountDue: 5_000_000, events: []
 * }
 * const due: Classify.Due = Classify.nextVerificationDue(CivilDate.make("2024-03-31"), c)
 * due.date // "2024-09-30"
 * ```
 * @since 0.1.0
 */
export interface Due {
  readonly date: CivilDate.CivilDate
  readonly citation: Citation.Citation
}

/**
 * Thời hiệu (limitation) of an on-request case.
 *
 * @example
 * ```ts
 * const c: Case.Case = {
 *   id: "1", unitId: "u", decision: { date: CivilDate.make("2024-01-15"), number: "1" },
 *   initiation: { mode: "on-request", requestDate: CivilDate.make("2024-01-10") },
 *   judgmentEffectiveDate: CivilDate.make("2023-12-01"), debtor: { kind: "person" }, amountDue: 5_000_000, events: []
 * }
 * Classify.limitation(c)?.expires // "2028-12-01"
 * ```
 * @since 0.1.0
 */
export interface Limitation {
  /** What the period runs from (Điều 30 k1): the judgment's effect, the due date it sets, or each instalment. */
  readonly start: "judgment-effective" | "due-date" | "instalments"
  readonly from: CivilDate.CivilDate
  readonly years: number
  readonly excludedDays: number
  /** The last day to file the request (for instalments: the last one's). */
  readonly expires: CivilDate.CivilDate
  readonly requestDate: CivilDate.CivilDate
  /** Time-barred: the request came after every period ended. A request within a period is never time-barred. */
  readonly expired: boolean
  /** For a periodic obligation: each instalment's period. */
  readonly instalments?: ReadonlyArray<LimitationPeriod>
  /** For a periodic obligation: how many instalments are time-barred at the request. */
  readonly barredInstalments?: number
  /** `official` when the period's text was read (Điều 30 until 30/6/2026); `assumed` for Luật 2025 Điều 34's 5 years. */
  readonly basis: "official" | "assumed"
  /** The setting of an assumed period (`Classify.Settings.limitationYears`). */
  readonly setting?: Setting.Setting
  readonly citation: Citation.Citation
}

/**
 * The thời hiệu of one instalment of a periodic obligation.
 *
 * @example
 * ```ts
 * const p: Classify.LimitationPeriod = { dueDate: CivilDate.make("2017-01-31"), expires: CivilDate.make("2022-02-01"), expired: false }
 * ```
 * @since 0.2.0
 */
export interface LimitationPeriod {
  readonly dueDate: CivilDate.CivilDate
  readonly amount?: number
  readonly expires: CivilDate.CivilDate
  readonly expired: boolean
}

/**
 * A classification.
 *
 * @example
 * ```ts
 * const c: Case.Case = {
 *   id: "1", unitId: "u", decision: { date: CivilDate.make("2024-01-15"), number: "1" },
 *   initiation: { mode: "on-request", requestDate: CivilDate.make("2024-01-10") },
 *   judgmentEffectiveDate: CivilDate.make("2023-12-01"), debtor: { kind: "person" }, amountDue: 5_000_000, events: []
 * }
 * const r: Classify.Classification = Classify.classify(c, CivilDate.make("2024-12-31"))
 * r.category // "enforceable"
 * ```
 * @since 0.1.0
 */
export interface Classification {
  readonly category: Category
  readonly label: { readonly vi: string; readonly en: string }
  readonly ground?: Ground
  readonly citation: Citation.Citation
  /** The day the state began. */
  readonly since?: CivilDate.CivilDate
  /** Có / chưa có điều kiện taken from a verification with no decision yet (quyết định chưa có điều kiện or tiếp tục). */
  readonly decisionPending?: boolean
  /** When chưa có điều kiện: the next verification (Điều 44 k2 / Luật 2025 Điều 38). */
  readonly nextVerificationDue?: Due
  /** When chưa có điều kiện: the day the separate-book / return rule will be met if nothing changes. */
  readonly separateBookDue?: Due & {
    readonly outcome: "separate-book" | "returned"
    /** Under NĐ 152/2026 Điều 22: the setting of the number of verifications it needs ({@link newRuleSetting}). */
    readonly setting?: Setting.Setting
  }
  readonly limitation?: Limitation
  /**
   * The setting the category rests on, when there is one: a case moved to the separate book or sent back under
   * NĐ 152/2026 Điều 22 after `newRuleVerifications` verifications ({@link newRuleSetting}).
   */
  readonly setting?: Setting.Setting
}

/**
 * The setting of the NĐ 152/2026 Điều 22 rule (the separate book, or the
 * request sent back, from 1/7/2026): how many verifications under Luật 2025
 * Điều 38 k3 it needs. The decree does not say [U]; default 2, as NĐ 62
 * Điều 9 k5 requires.
 *
 * @example
 * ```ts
 * Classify.newRuleSetting(Classify.defaultSettings).value // 2
 * Classify.newRuleSetting(Classify.defaultSettings).key // "State.Settings.newRuleVerifications"
 * ```
 * @since 0.4.0
 */
export const newRuleSetting = (settings: State.Settings): Setting.Setting => ({
  key: "State.Settings.newRuleVerifications",
  value: settings.newRuleVerifications,
  why: {
    vi: "Điều 22 Nghị định 152/2026/NĐ-CP dẫn khoản 3 Điều 38 Luật 2025 mà không nêu số lần xác minh; dùng 02 lần như khoản 5 Điều 9 Nghị định 62/2015",
    en: "Decree 152/2026 Article 22 refers to the 2025 Law's Article 38(3) without a number of verifications; 2 are used, as Decree 62/2015 Article 9(5) requires"
  },
  about: CitationM.make("nd-62-2015", { article: "9", clause: 5 })
})

/**
 * Settings of the classification: the state rules (./State.ts), the
 * verification intervals, the limitation period and the calendar.
 *
 * @example
 * ```ts
 * const c: Case.Case = {
 *   id: "1", unitId: "u", decision: { date: CivilDate.make("2024-01-15"), number: "1" },
 *   initiation: { mode: "on-request", requestDate: CivilDate.make("2024-01-10") },
 *   judgmentEffectiveDate: CivilDate.make("2023-12-01"), debtor: { kind: "person" }, amountDue: 5_000_000, events: []
 * }
 * Classify.classify(c, CivilDate.make("2024-12-31"), { ...Classify.defaultSettings, deriveSeparateBook: false })
 * ```
 * @since 0.1.0
 */
export interface Settings extends State.Settings {
  /**
   * Re-verification from a verification on or after 1/7/2026 (Luật 2025 Điều 38 k3, not read [U]): every 6 months
   * (`assumed`) … Before that day the 2008 Law's 6 months (Điều 44 k2, read) apply whatever the setting.
   */
  readonly reverificationMonths: number
  /** … or 12 if ≥ 2 years of prison remain or the address is unknown (before 1/7/2026: Điều 44 k2's 12). */
  readonly reverificationMonthsLong: number
  /**
   * Thời hiệu in years of a request from 1/7/2026: the 2025 Law's period (Điều 34) is not read and defaults to 5
   * (`assumed`). A request until 30/6/2026 has the 2008 Law's 5 years (Điều 30 k1, read) whatever the setting.
   */
  readonly limitationYears: number
  /** Điều 44 k2 sets no time limit for notifying the creditor: working days after the second verification (3, `assumed`). */
  readonly creditorNoticeWorkingDays: number
  readonly calendar: WorkingCalendar.WorkingCalendar
}

/**
 * The default settings.
 *
 * @example
 * ```ts
 * Classify.defaultSettings.reverificationMonths // 6
 * ```
 * @since 0.1.0
 */
export const defaultSettings: Settings = {
  ...State.defaultSettings,
  reverificationMonths: 6,
  reverificationMonthsLong: 12,
  limitationYears: 5,
  creditorNoticeWorkingDays: 3,
  calendar: WorkingCalendar.standard
}

const isNew = (date: string) => date >= State.newLawFrom

/** The values read in the 2008 Law (Điều 30 k1, Điều 44 k2): they apply until 30/6/2026 whatever the settings. */
const OLD_LAW = { limitationYears: 5, reverificationMonths: 6, reverificationMonthsLong: 12 } as const

const old = (article: string, clause?: number, point?: string): Citation.Citation =>
  CitationM.make("luat-thads-2008", {
    article,
    ...(clause !== undefined ? { clause } : {}),
    ...(point !== undefined ? { point } : {})
  })

/**
 * Where a provision of Luật THADS 2008 sits in Luật 106/2025/QH15, as far as
 * NĐ 152/2026 cites it (read in the decree's text, PĐ/S25): Điều 30 thời
 * hiệu → Điều 34 (NĐ 152 Điều 3 k1, Điều 22); Điều 44 verification → Điều 38
 * (k2 new information, k3 the periodic verification: NĐ 152 Điều 22);
 * Điều 44a k1 chưa có điều kiện → Điều 38 k1 (point a: NĐ 152 Điều 80);
 * Điều 36 k2 chủ động → Điều 33 k2 (point c: NĐ 152 Điều 8); Điều 45 the
 * voluntary period → Điều 36 k1 (NĐ 152 Điều 72); Điều 37 thu hồi → Điều 52
 * k1 (point c: NĐ 152 Điều 55 k4); Điều 50 đình chỉ → Điều 48 (NĐ 152
 * Điều 25); Điều 55 ủy thác → Điều 49 (NĐ 152 Điều 26). `undefined` for the
 * provisions NĐ 152 does not cite.
 *
 * @example
 * ```ts
 * Classify.newLawLocation("50", 1, "c") // { article: "48", clause: undefined, point: undefined, exact: false }
 * ```
 * @since 0.2.0
 */
export const newLawLocation = (
  article: string,
  clause?: number,
  point?: string
):
  | { readonly article: string; readonly clause?: number; readonly point?: string; readonly exact: boolean }
  | undefined => {
  switch (article) {
    case "30":
      return { article: "34", exact: clause === undefined }
    case "44":
      return clause === 2 ? { article: "38", clause: 3, exact: true } : { article: "38", exact: clause === undefined }
    case "44a":
      return point === "a"
        ? { article: "38", clause: 1, point: "a", exact: true }
        : { article: "38", clause: 1, exact: point === undefined }
    case "36":
      if (clause !== 2) return undefined
      return point === "c"
        ? { article: "33", clause: 2, point: "c", exact: true }
        : { article: "33", clause: 2, exact: point === undefined }
    case "45":
      return { article: "36", clause: 1, exact: true }
    case "37":
      // NĐ 152 Điều 55 k4: "quyết định thu hồi … theo quy định tại điểm c khoản 1 Điều 52" (the ground no longer exists).
      return clause === 1
        ? point === "c"
          ? { article: "52", clause: 1, point: "c", exact: true }
          : { article: "52", clause: 1, exact: point === undefined }
        : { article: "52", exact: clause === undefined }
    case "50":
      return { article: "48", exact: clause === undefined }
    case "55":
      return { article: "49", exact: true }
    default:
      return undefined
  }
}

/**
 * The citation of a provision of Luật THADS 2008 for an event on `date`: the
 * 2008 article until 30/6/2026; from 1/7/2026 the 2025 Law's article as
 * NĐ 152/2026 cites it ({@link newLawLocation}), with a note when the clause
 * or point could not be matched; for the provisions NĐ 152 does not cite,
 * the 2025 Law as a whole with a note naming the 2008 article.
 *
 * @example
 * ```ts
 * Classify.lawCitation(CivilDate.make("2024-01-05"), "48", 1, "c")
 * // { document: "luat-thads-2008", article: "48", clause: 1, point: "c" }
 * Classify.lawCitation(CivilDate.make("2026-08-03"), "55") // { document: "luat-thads-2025", article: "49" }
 * ```
 * @since 0.1.0
 */
export const lawCitation = (date: string, article: string, clause?: number, point?: string): Citation.Citation => {
  const c = old(article, clause, point)
  if (!isNew(date)) return c
  const loc = newLawLocation(article, clause, point)
  if (loc === undefined) {
    return CitationM.make("luat-thads-2025", {
      note: {
        vi: `tương ứng ${CitationM.renderVi(c)} (năm 2008); Nghị định 152/2026/NĐ-CP không viện dẫn số điều tương ứng trong Luật 106/2025/QH15`,
        en: `corresponds to ${CitationM.renderEn(c)} (2008); Decree 152/2026 cites no matching article of Law 106/2025/QH15`
      }
    })
  }
  return CitationM.make("luat-thads-2025", {
    article: loc.article,
    ...(loc.clause !== undefined ? { clause: loc.clause } : {}),
    ...(loc.point !== undefined ? { point: loc.point } : {}),
    ...(loc.exact
      ? {}
      : {
          note: {
            vi: `tương ứng ${CitationM.renderVi(c)} (năm 2008); khoản, điểm tương ứng chưa được xác minh`,
            en: `corresponds to ${CitationM.renderEn(c)} (2008); the matching clause or point is not verified`
          }
        })
  })
}

/** Điều 37: k1 thu hồi (withdrawn), k3 hủy (cancelled). */
const withdrawnCitation = (date: string, kind: "withdrawn" | "cancelled", point?: string): Citation.Citation =>
  lawCitation(date, "37", kind === "withdrawn" ? 1 : 3, point)

const ruleName = (rule: number): "recorded" | "nd-62-2015" | "nd-152-2026" =>
  rule === State.Rule.nd62 ? "nd-62-2015" : rule === State.Rule.nd152 ? "nd-152-2026" : "recorded"

const separateBookCitation = (rule: number, date: string): Citation.Citation =>
  rule === State.Rule.nd152 || (rule !== State.Rule.nd62 && isNew(date))
    ? CitationM.make("nd-152-2026", { article: "22" })
    : CitationM.make("nd-62-2015", { article: "9", clause: 5 })

/**
 * The citation of the Điều 44a rule for a date (the verification article of
 * the 2025 Law, Điều 38, from 1/7/2026).
 *
 * @example
 * ```ts
 * Classify.notYetCitation(CivilDate.make("2024-01-05"), "a") // { document: "luat-thads-2008", article: "44a", clause: 1, point: "a" }: điểm a khoản 1 Điều 44a
 * ```
 * @since 0.1.0
 */
export const notYetCitation = (date: string, point: CaseEvent.NotYetGround): Citation.Citation =>
  lawCitation(date, "44a", 1, point)

const reverificationCitation = (date: string): Citation.Citation =>
  isNew(date)
    ? CitationM.make("luat-thads-2025", {
        article: "38",
        clause: 3,
        note: {
          vi: "tần suất xác minh lại theo Luật 2025 chưa được xác minh; dùng 6/12 tháng của khoản 2 Điều 44 Luật 2008 (giả định, thiết lập)",
          en: "the 2025 Law's re-verification interval is not verified; the 6/12 months of Article 44(2) (2008) are assumed (a setting)"
        }
      })
    : old("44", 2)

/**
 * Whether the longer periods apply on a date: ≥ 2 years of prison remain on
 * that date (from the release date, ./State.ts `prisonAtLeast`) or the
 * address is unknown (Điều 44 k2; NĐ 62 Điều 9 k5).
 *
 * @example
 * ```ts
 * const c: Case.Case = {
 *   id: "1", unitId: "u", decision: { date: CivilDate.make("2024-01-15"), number: "1" },
 *   initiation: { mode: "on-request", requestDate: CivilDate.make("2024-01-10") },
 *   judgmentEffectiveDate: CivilDate.make("2023-12-01"), debtor: { kind: "person" }, amountDue: 5_000_000, events: []
 * }
 * Classify.longPeriods({ ...c, debtor: { kind: "person", releaseDate: CivilDate.make("2030-01-01") } }, CivilDate.make("2025-01-01")) // true
 * Classify.longPeriods(c, CivilDate.make("2025-01-01")) // false
 * ```
 * @since 0.1.0
 */
export const longPeriods = (
  c: Case.Case,
  at: CivilDate.CivilDate,
  settings: State.Settings = State.defaultSettings,
  ground?: CaseEvent.NotYetGround | ""
): boolean => State.prisonAtLeast(c, at, settings.prisonYears) || c.debtor.addressUnknown === true || ground === "c"

/**
 * The next verification of a case chưa có điều kiện: 6 months after the last
 * verification (or the decision), 12 if, on that day, ≥ 2 years of prison
 * remain or the address is unknown (Điều 44 k2).
 *
 * @example
 * ```ts
 * const c: Case.Case = {
 *   id: "1", unitId: "u", decision: { date: CivilDate.make("2024-01-15"), number: "1" },
 *   initiation: { mode: "on-request", requestDate: CivilDate.make("2024-01-10") },
 *   judgmentEffectiveDate: CivilDate.make("2023-12-01"), debtor: { kind: "person" }, amountDue: 5_000_000, events: []
 * }
 * Classify.nextVerificationDue(CivilDate.make("2024-03-31"), c).date // "2024-09-30"
 * ```
 * @since 0.1.0
 */
export const nextVerificationDue = (
  last: CivilDate.CivilDate,
  c: Case.Case,
  settings: Settings = defaultSettings,
  ground?: CaseEvent.NotYetGround | ""
): Due => ({
  date: CivilDate.addMonths(last, reverificationInterval(last, c, settings, ground).months),
  citation: reverificationCitation(last)
})

/**
 * The re-verification interval after a verification (or the decision) on
 * `last`: the 2008 Law's 6 / 12 months (Điều 44 k2, read) until 30/6/2026;
 * from 1/7/2026 the settings `reverificationMonths` / `reverificationMonthsLong`
 * (Luật 2025 Điều 38 k3 not read [U]: `assumed`). `long` says which applies
 * ({@link longPeriods}).
 *
 * @example
 * ```ts
 * const c: Case.Case = {
 *   id: "1", unitId: "u", decision: { date: CivilDate.make("2024-01-15"), number: "1" },
 *   initiation: { mode: "on-request", requestDate: CivilDate.make("2024-01-10") },
 *   debtor: { kind: "person" }, amountDue: 5_000_000, events: []
 * }
 * const s = { ...Classify.defaultSettings, reverificationMonths: 4 }
 * Classify.reverificationInterval(CivilDate.make("2026-03-31"), c, s) // { months: 6, long: false, assumed: false }
 * Classify.reverificationInterval(CivilDate.make("2026-07-31"), c, s) // { months: 4, long: false, assumed: true }
 * ```
 * @since 0.4.0
 */
export const reverificationInterval = (
  last: CivilDate.CivilDate,
  c: Case.Case,
  settings: Settings = defaultSettings,
  ground?: CaseEvent.NotYetGround | ""
): { readonly months: number; readonly long: boolean; readonly assumed: boolean } => {
  const long = longPeriods(c, last, settings, ground)
  const assumed = isNew(last)
  const from = assumed ? settings : OLD_LAW
  return { months: long ? from.reverificationMonthsLong : from.reverificationMonths, long, assumed }
}

/**
 * Thời hiệu of an on-request case (Điều 30; Luật 2025 Điều 34 for requests
 * from 1/7/2026): 5 years from the day the judgment took effect — or from
 * the due date the judgment sets for the obligation (`obligationDueDate`),
 * or, for a periodic obligation (`instalments`), from each instalment's due
 * date (Điều 30 k1; NĐ 152/2026 Điều 10 k1) — plus the days under hoãn /
 * tạm đình chỉ before the request (except hoãn by agreement, k2) and the
 * recorded obstacles (k3); rolled to the next working day (BLDS Điều 148).
 * A request within the period (of at least one instalment) is never
 * time-barred. `undefined` for ex officio cases or without any start date.
 *
 * @example
 * ```ts
 * const c: Case.Case = {
 *   id: "1", unitId: "u", decision: { date: CivilDate.make("2024-01-15"), number: "1" },
 *   initiation: { mode: "on-request", requestDate: CivilDate.make("2024-01-10") },
 *   judgmentEffectiveDate: CivilDate.make("2023-12-01"), debtor: { kind: "person" }, amountDue: 5_000_000, events: []
 * }
 * Classify.limitation(c)?.expired // false
 * ```
 * @since 0.1.0
 */
export const limitation = (c: Case.Case, settings: Settings = defaultSettings): Limitation | undefined => {
  if (c.initiation.mode !== "on-request") return undefined
  const instalments = c.instalments !== undefined && c.instalments.length > 0 ? c.instalments : undefined
  const base = c.obligationDueDate ?? c.judgmentEffectiveDate
  if (instalments === undefined && base === undefined) return undefined
  const request = c.initiation.requestDate
  let excluded = 0
  let openFrom: CivilDate.CivilDate | undefined
  for (const e of c.events) {
    if (e.date >= request) break
    if ((e.type === "postponement" && !(e.clause === 1 && e.point === "c")) || e.type === "suspension")
      openFrom ??= e.date
    else if (e.type === "resumption" && openFrom !== undefined) {
      excluded += CivilDate.daysBetween(openFrom, e.date)
      openFrom = undefined
    }
  }
  if (openFrom !== undefined) excluded += CivilDate.daysBetween(openFrom, request)
  for (const x of c.limitationExclusions ?? []) {
    const to = x.to < request ? x.to : request
    if (to > x.from) excluded += CivilDate.daysBetween(x.from, to)
  }
  const newLaw = isNew(request)
  // The setting stands in for the 2025 Law's period only; the 2008 Law's 5 years were read (Điều 30 k1).
  const years = newLaw ? settings.limitationYears : OLD_LAW.limitationYears
  const expiry = (from: CivilDate.CivilDate) =>
    TimeLimit.rollForward(CivilDate.addDays(CivilDate.addYears(from, years), excluded), settings.calendar)
  const citation = newLaw
    ? CitationM.make("luat-thads-2025", {
        article: "34",
        note: {
          vi: "số điều theo Nghị định 152/2026/NĐ-CP; thời hạn 5 năm của Luật 2025 chưa được xác minh (giả định, thiết lập)",
          en: "article as cited by Decree 152/2026; the 2025 Law's 5-year period is not verified (assumed, a setting)"
        }
      })
    : old("30", 1)
  const common = { years, excludedDays: excluded, requestDate: request, citation }
  const basis: "official" | "assumed" = newLaw ? "assumed" : "official"
  const setting: Setting.Setting | undefined = newLaw
    ? {
        key: "Classify.Settings.limitationYears",
        value: settings.limitationYears,
        why: {
          vi: "thời hạn trong Điều 34 Luật 106/2025/QH15 chưa được đọc; dùng 5 năm của khoản 1 Điều 30 Luật 2008",
          en: "the period of Article 34 of Law 106/2025/QH15 was not read; the 5 years of Article 30(1) (2008) are used"
        },
        about: old("30", 1)
      }
    : undefined
  if (instalments !== undefined) {
    const periods: Array<LimitationPeriod> = []
    let barred = 0
    let first = instalments[0]!.dueDate
    let last = expiry(instalments[0]!.dueDate)
    for (const x of instalments) {
      const expires = expiry(x.dueDate)
      const expired = request > expires
      if (expired) barred++
      if (x.dueDate < first) first = x.dueDate
      if (expires > last) last = expires
      periods.push({ dueDate: x.dueDate, ...(x.amount !== undefined ? { amount: x.amount } : {}), expires, expired })
    }
    return {
      start: "instalments",
      from: first,
      ...common,
      expires: last,
      expired: barred === periods.length,
      instalments: periods,
      barredInstalments: barred,
      basis,
      ...(setting === undefined ? {} : { setting })
    }
  }
  const expires = expiry(base!)
  return {
    start: c.obligationDueDate !== undefined ? "due-date" : "judgment-effective",
    from: base!,
    ...common,
    expires,
    expired: request > expires,
    basis,
    ...(setting === undefined ? {} : { setting })
  }
}

const walker = new WeakMap<Settings, State.Walker>()
const walkerFor = (settings: Settings): State.Walker => {
  let w = walker.get(settings)
  if (w === undefined) {
    w = new State.Walker(settings)
    walker.set(settings, w)
  }
  return w
}

/**
 * Classifies a case at a date (events after `at` are ignored).
 *
 * @example
 * ```ts
 * const c: Case.Case = {
 *   id: "1", unitId: "u", decision: { date: CivilDate.make("2024-01-15"), number: "1" },
 *   initiation: { mode: "on-request", requestDate: CivilDate.make("2024-01-10") },
 *   judgmentEffectiveDate: CivilDate.make("2023-12-01"), debtor: { kind: "person" }, amountDue: 5_000_000, events: []
 * }
 * const r = Classify.classify(c, CivilDate.make("2024-12-31"))
 * r.category // "enforceable"
 * Citation.renderVi(r.citation)
 * ```
 * @since 0.1.0
 */
export const classify = (
  c: Case.Case,
  at: CivilDate.CivilDate,
  settings: Settings = defaultSettings
): Classification => {
  const w = walkerFor(settings).run(c, "", at)
  const category = categoryOf(w.code)
  const e = w.eventIndex >= 0 ? c.events[w.eventIndex] : undefined
  const since = (w.since === "" ? c.decision.date : w.since) as CivilDate.CivilDate
  const base = { category, label: categoryNames[category], since }
  const lim = limitation(c, settings)
  const withLim = lim === undefined ? {} : { limitation: lim }
  switch (w.code) {
    case State.Code.completed:
      return { ...base, citation: lawCitation(since, "52"), ...withLim }
    case State.Code.terminated: {
      const t = e as CaseEvent.Termination
      return {
        ...base,
        ground: { kind: "termination", point: t.point },
        citation: lawCitation(since, "50", 1, t.point),
        ...withLim
      }
    }
    case State.Code.delegated:
      return { ...base, citation: lawCitation(since, "55"), ...withLim }
    case State.Code.withdrawn: {
      const t = e as CaseEvent.Withdrawal
      return {
        ...base,
        ground:
          t.ground === undefined
            ? { kind: "withdrawal", withdrawal: t.kind }
            : { kind: "withdrawal", withdrawal: t.kind, point: t.ground },
        citation: withdrawnCitation(since, t.kind, t.ground),
        ...withLim
      }
    }
    case State.Code.reduced:
      return {
        ...base,
        ground: { kind: "reduction" },
        citation: lawCitation(since, "61", undefined, undefined),
        ...withLim
      }
    case State.Code.separateBook:
    case State.Code.returned:
      return {
        ...base,
        ground: { kind: "separate-book", rule: ruleName(w.rule) },
        citation: separateBookCitation(w.rule, since),
        ...withLim,
        ...(w.rule === State.Rule.nd152 ? { setting: newRuleSetting(settings) } : {})
      }
    case State.Code.suspended: {
      const t = e as CaseEvent.Suspension
      return {
        ...base,
        ground: { kind: "suspension", clause: t.clause },
        citation: lawCitation(since, "49", t.clause),
        ...withLim
      }
    }
    case State.Code.postponed:
    case State.Code.postponedByAgreement: {
      const t = e as CaseEvent.Postponement
      return {
        ...base,
        ground:
          t.point === undefined
            ? { kind: "postponement", clause: t.clause }
            : { kind: "postponement", clause: t.clause, point: t.point },
        citation: lawCitation(since, "48", t.clause, t.clause === 1 ? t.point : undefined),
        ...withLim
      }
    }
    case State.Code.notYetEnforceable: {
      const point = (w.condGround === "" ? "a" : w.condGround) as CaseEvent.NotYetGround
      const decided = e !== undefined && e.type === "not-yet-enforceable"
      const lastV = w.lastVerification >= 0 ? c.events[w.lastVerification]!.date : since
      const nv = nextVerificationDue(lastV > since ? lastV : since, c, settings, w.condGround)
      const move = w.moveDate(c)
      const sep =
        move === undefined
          ? {}
          : {
              separateBookDue: {
                date: move.date as CivilDate.CivilDate,
                citation: separateBookCitation(move.rule, move.date),
                outcome: (move.rule === State.Rule.nd152 && c.initiation.mode === "on-request"
                  ? "returned"
                  : "separate-book") as "returned" | "separate-book",
                ...(move.rule === State.Rule.nd152 ? { setting: newRuleSetting(settings) } : {})
              }
            }
      return {
        ...base,
        ground: { kind: "not-yet-enforceable", point, decided },
        citation: notYetCitation(since, point),
        ...(decided ? {} : { decisionPending: true }),
        nextVerificationDue: nv,
        ...sep,
        ...withLim
      }
    }
    default: {
      // Có điều kiện: since the decision to enforce, after a verification, or after a resumption.
      if (e === undefined) {
        const ex = c.initiation.mode === "ex-officio" ? c.initiation.ground : undefined
        return {
          ...base,
          citation: lawCitation(c.decision.date, "36", ex === undefined ? undefined : 2, ex),
          ...withLim
        }
      }
      if (e.type === "verification") {
        const note = { vi: "không có căn cứ nào của khoản 1 Điều 44a", en: "no ground of Article 44a(1) applies" }
        const citation = isNew(e.date)
          ? CitationM.make("luat-thads-2025", { article: "38", note })
          : CitationM.make("luat-thads-2008", { article: "44a", clause: 1, note })
        return { ...base, citation, ...(w.continuePending ? { decisionPending: true } : {}), ...withLim }
      }
      return { ...base, citation: resumptionCitation(w.resumedFrom, e.date), ...withLim }
    }
  }
}

const resumptionCitation = (from: number, date: string): Citation.Citation => {
  if (from === State.Code.postponed || from === State.Code.postponedByAgreement) return lawCitation(date, "48")
  if (from === State.Code.suspended) return lawCitation(date, "49")
  return isNew(date)
    ? CitationM.make("nd-152-2026", {
        note: {
          vi: "tiếp tục thi hành khi có điều kiện; số điều chưa được xác minh",
          en: "resumption once enforceable; the article number is not verified"
        }
      })
    : CitationM.make("nd-62-2015", { article: "9", clause: 4 })
}

/**
 * A row of the decision table: the inputs (as text) and the class the code
 * gives them.
 *
 * @example
 * ```ts
 * Classify.decisionTable()[0] // { section: "44a", inputs: { noIncomeOrSubsistence: "0", noAssets: "0" }, category: "enforceable", ground: "" }
 * ```
 * @since 0.1.0
 */
export interface DecisionRow {
  readonly section: "44a" | "status" | "separate-book"
  readonly inputs: Readonly<Record<string, string>>
  readonly category: Category
  /** The ground, written "Điều.khoản.điểm" ("48.1.c"), or the decree rule. */
  readonly ground: string
  readonly citation: Citation.Citation
}

/**
 * Renders a ground as "Điều.khoản.điểm" ("44a.1.c", "48.2", "nd-62-2015").
 *
 * @example
 * ```ts
 * Classify.groundText({ kind: "postponement", clause: 1, point: "c" }) // "48.1.c"
 * ```
 * @since 0.1.0
 */
export const groundText = (g: Ground | undefined): string => {
  if (g === undefined) return ""
  switch (g.kind) {
    case "not-yet-enforceable":
      return `44a.1.${g.point}`
    case "postponement":
      return g.point === undefined ? `48.${g.clause}` : `48.${g.clause}.${g.point}`
    case "suspension":
      return `49.${g.clause}`
    case "termination":
      return `50.1.${g.point}`
    case "withdrawal":
      return g.point === undefined
        ? g.withdrawal
        : `${g.withdrawal} 37.${g.withdrawal === "withdrawn" ? 1 : 3}.${g.point}`
    case "reduction":
      return "61"
    case "separate-book":
      return g.rule
  }
}

const D = (s: string) => s as CivilDate.CivilDate
const factKeys = [
  "noIncomeOrSubsistence",
  "noAssets",
  "assetsOnlyCoverCoercionCost",
  "assetsExempt",
  "specificItemGoneOrUnusable",
  "documentsUnrecoverable",
  "addressUnknown"
] as const

const tableCase = (events: ReadonlyArray<CaseEvent.Event>, over: Partial<Case.Case> = {}): Case.Case => ({
  id: "decision-table",
  unitId: "unit",
  decision: { date: D("2020-01-06"), number: "1/QĐ-THADS" },
  initiation: { mode: "ex-officio", ground: "a" },
  debtor: { kind: "person" },
  amountDue: 1_000_000,
  events,
  ...over
})

/**
 * Every combination of the classification inputs and the class the code
 * gives it, computed by running {@link classify} (so the table cannot drift
 * from the code): the 128 combinations of the Điều 44a facts; every decision
 * (hoãn k1 a–h and k2, tạm đình chỉ k1/k2, đình chỉ k1 a–h, xong, giảm, ủy thác,
 * thu hồi / hủy, chưa có điều kiện a–c, chuyển sổ, tiếp tục) under the 2008
 * Law and under the 2025 Law; and the separate-book rule over initiation,
 * long periods, verifications, new information, time elapsed and the decree
 * in force. For a lawyer to review: see {@link toCsv}, {@link toMarkdown}.
 *
 * @example
 * ```ts
 * Classify.decisionTable().filter((r) => r.section === "44a").length // 128
 * ```
 * @since 0.1.0
 */
export const decisionTable = (settings: Settings = defaultSettings): ReadonlyArray<DecisionRow> => {
  const rows: Array<DecisionRow> = []
  const push = (section: DecisionRow["section"], inputs: Record<string, string>, c: Case.Case, at: string) => {
    const r = classify(c, D(at), settings)
    rows.push({ section, inputs, category: r.category, ground: groundText(r.ground), citation: r.citation })
  }
  for (let m = 0; m < 1 << factKeys.length; m++) {
    const facts: Record<string, boolean> = {}
    const inputs: Record<string, string> = {}
    factKeys.forEach((k, i) => {
      const v = (m & (1 << i)) !== 0
      facts[k] = v
      inputs[k] = v ? "1" : "0"
    })
    push("44a", inputs, tableCase([{ type: "verification", date: D("2020-02-03"), facts }]), "2020-03-02")
  }
  const decisions: Array<[string, (d: CivilDate.CivilDate) => ReadonlyArray<CaseEvent.Event>]> = [
    ["none", () => []],
    ...(["a", "b", "c", "d", "đ", "e", "g", "h"] as const).map(
      (p): [string, (d: CivilDate.CivilDate) => ReadonlyArray<CaseEvent.Event>] => [
        `postponement 48.1.${p}`,
        (d) => [{ type: "postponement", date: d, clause: 1, point: p }]
      ]
    ),
    ["postponement 48.2", (d) => [{ type: "postponement", date: d, clause: 2 }]],
    ["suspension 49.1", (d) => [{ type: "suspension", date: d, clause: 1 }]],
    ["suspension 49.2", (d) => [{ type: "suspension", date: d, clause: 2 }]],
    ...(["a", "b", "c", "d", "đ", "e", "g", "h"] as const).map(
      (p): [string, (d: CivilDate.CivilDate) => ReadonlyArray<CaseEvent.Event>] => [
        `termination 50.1.${p}`,
        (d) => [{ type: "termination", date: d, point: p }]
      ]
    ),
    ...(["a", "b", "c"] as const).map((p): [string, (d: CivilDate.CivilDate) => ReadonlyArray<CaseEvent.Event>] => [
      `not-yet-enforceable 44a.1.${p}`,
      (d) => [{ type: "not-yet-enforceable", date: d, ground: p }]
    ]),
    ["completion", (d) => [{ type: "completion", date: d }]],
    [
      "payment + reduction of the rest (Điều 61)",
      (d) => [
        { type: "payment", date: d, amount: 400_000 },
        { type: "reduction", date: d, kind: "reduction", amount: 600_000 }
      ]
    ],
    ["delegation", (d) => [{ type: "delegation", date: d }]],
    ["withdrawal withdrawn", (d) => [{ type: "withdrawal", date: d, kind: "withdrawn" }]],
    ["withdrawal cancelled", (d) => [{ type: "withdrawal", date: d, kind: "cancelled" }]],
    [
      "separate-book (recorded)",
      (d) => [
        { type: "not-yet-enforceable", date: d, ground: "a" },
        { type: "separate-book", date: d }
      ]
    ],
    [
      "postponement 48.1.a + resumption",
      (d) => [
        { type: "postponement", date: d, clause: 1, point: "a" },
        { type: "resumption", date: d }
      ]
    ],
    [
      "suspension 49.1 + resumption",
      (d) => [
        { type: "suspension", date: d, clause: 1 },
        { type: "resumption", date: d }
      ]
    ],
    [
      "not-yet-enforceable 44a.1.a + resumption",
      (d) => [
        { type: "not-yet-enforceable", date: d, ground: "a" },
        { type: "resumption", date: d }
      ]
    ]
  ]
  for (const [law, date] of [
    ["2008", "2025-03-03"],
    ["2025", "2026-08-03"]
  ] as const) {
    for (const [name, events] of decisions) {
      push(
        "status",
        { event: name, law },
        tableCase(events(D(date)), { decision: { date: D("2025-01-06"), number: "1/QĐ-THADS" } }),
        date
      )
    }
  }
  for (const law of ["nd-62-2015", "nd-152-2026"] as const) {
    const qd = law === "nd-62-2015" ? "2023-01-10" : "2026-08-03"
    for (const initiation of ["ex-officio", "on-request"] as const) {
      for (const long of [false, true]) {
        for (const verifications of [0, 1, 2]) {
          for (const newInformation of [false, true]) {
            if (verifications === 0 && newInformation) continue
            for (const months of [6, 18, 30]) {
              const events: Array<CaseEvent.Event> = [{ type: "not-yet-enforceable", date: D(qd), ground: "a" }]
              for (let v = 1; v <= verifications; v++) {
                events.push({
                  type: "verification",
                  date: CivilDate.addMonths(D(qd), v),
                  facts: { noIncomeOrSubsistence: true, noAssets: true },
                  ...(newInformation && v === verifications ? { newInformation: true } : {})
                })
              }
              const c = tableCase(events, {
                decision: { date: CivilDate.addMonths(D(qd), -2), number: "1/QĐ-THADS" },
                initiation:
                  initiation === "ex-officio"
                    ? { mode: "ex-officio", ground: "a" }
                    : { mode: "on-request", requestDate: CivilDate.addMonths(D(qd), -3) },
                debtor: long ? { kind: "person", prisonRemainingYears: 3 } : { kind: "person" }
              })
              push(
                "separate-book",
                {
                  decree: law,
                  initiation,
                  longPeriods: long ? "1" : "0",
                  verifications: String(verifications),
                  newInformation: newInformation ? "1" : "0",
                  monthsSinceDecision: String(months)
                },
                c,
                CivilDate.addMonths(D(qd), months)
              )
            }
          }
        }
      }
    }
  }
  return rows
}

const inputColumns = (rows: ReadonlyArray<DecisionRow>): ReadonlyArray<string> => {
  const seen = new Set<string>()
  for (const r of rows) for (const k of Object.keys(r.inputs)) seen.add(k)
  return [...seen]
}

const csvField = (s: string) => (/[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s)

/**
 * The decision table as CSV (RFC 4180, header row, CRLF line ends): section,
 * every input column, category, ground, citation in Vietnamese and English.
 *
 * @example
 * ```ts
 * Classify.toCsv(Classify.decisionTable()).split("\r\n")[0]
 * // "section,noIncomeOrSubsistence,noAssets,assetsOnlyCoverCoercionCost,assetsExempt,specificItemGoneOrUnusable,documentsUnrecoverable,addressUnknown,event,law,decree,initiation,longPeriods,verifications,newInformation,monthsSinceDecision,category,ground,citation_vi,citation_en"
 * ```
 * @since 0.1.0
 */
export const toCsv = (rows: ReadonlyArray<DecisionRow>): string => {
  const cols = inputColumns(rows)
  const lines = [["section", ...cols, "category", "ground", "citation_vi", "citation_en"].join(",")]
  for (const r of rows) {
    lines.push(
      [
        r.section,
        ...cols.map((c) => r.inputs[c] ?? ""),
        r.category,
        r.ground,
        CitationM.renderVi(r.citation),
        CitationM.renderEn(r.citation)
      ]
        .map(csvField)
        .join(",")
    )
  }
  return `${lines.join("\r\n")}\r\n`
}

/**
 * The decision table as Markdown: one table per section, with the category
 * in Vietnamese and English and the citation in Vietnamese.
 *
 * @example
 * ```ts
 * Classify.toMarkdown(Classify.decisionTable()).startsWith("## 44a") // true
 * ```
 * @since 0.1.0
 */
export const toMarkdown = (rows: ReadonlyArray<DecisionRow>): string => {
  const out: Array<string> = []
  for (const section of ["44a", "status", "separate-book"] as const) {
    const rs = rows.filter((r) => r.section === section)
    if (rs.length === 0) continue
    const cols = inputColumns(rs)
    out.push(
      `## ${section}`,
      "",
      `| ${[...cols, "category", "ground", "căn cứ / citation"].join(" | ")} |`,
      `|${[...cols, "", "", ""].map(() => "---").join("|")}|`
    )
    for (const r of rs) {
      const cat = `${r.category} (${categoryNames[r.category].vi})`
      out.push(
        `| ${[...cols.map((c) => r.inputs[c] ?? ""), cat, r.ground, CitationM.renderVi(r.citation)].map((s) => s.replace(/\|/g, "\\|")).join(" | ")} |`
      )
    }
    out.push("")
  }
  return out.join("\n")
}
