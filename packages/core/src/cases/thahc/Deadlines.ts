/**
 * The deadlines of a THAHC case, each with the day its count starts, its
 * limit, its citation and its basis (thads-rules.md §7; the article texts
 * were read in the Pháp điển compilation, PĐ-TTHC):
 *
 * | step | limit | from | citation |
 * |---|---|---|---|
 * | voluntary | a–đ 30 days; e, g immediately; h 30 days `assumed` (a setting) | the judgment received | Luật TTHC Điều 311 k2 b / a |
 * | compulsion-request | 1 year (the party's window) | the end of the voluntary period | Luật TTHC Điều 312 k1 |
 * | notice | 5 WD; e, g immediately | the judgment received | NĐ 71 Điều 14 k2 |
 * | obliged-report | 3 WD | the end of the voluntary period | NĐ 71 Điều 10 k2 |
 * | court-order | 5 WD | the court received the request | Luật TTHC Điều 312 k2 |
 * | meeting | 3 WD | the office received the compulsion order | NĐ 71 Điều 14 k3 |
 * | superior-directive | 3 WD | the superior body received the compulsion order | NĐ 71 Điều 13 k1 |
 * | result-notice | 5 WD | the judgment complied with | NĐ 71 Điều 12 k3 |
 *
 * A deadline is `assumed` (with the reason, and the setting when one
 * changes it) when:
 * - the kind is h: Điều 311 k2 sets no voluntary period for the property
 *   part (k1 h sends it to the civil-enforcement procedure); 30 days, as for
 *   a–đ, is the setting `Thahc.settings.kindHVoluntaryDays`; what counts from
 *   that period (the report, the request window) is assumed with it;
 * - the compulsion-request window of e, g: Điều 312 k1 counts the year from
 *   the end of the period of Điều 311 k2 b only; it is counted from the
 *   immediate due day;
 * - the receipt of the compulsion order is not recorded: the meeting and the
 *   directive are counted from the order's date (an earlier or equal start,
 *   so an earlier or equal due day);
 * - the result notice of a judgment complied with without a compulsion order:
 *   Điều 12 governs compliance after an order; its 5 WD are used;
 * - the count starts before the document was in force (Luật TTHC 2015 and
 *   NĐ 71/2016: 1/7/2016).
 *
 * Time is counted as ../../calendar/TimeLimit.ts counts it (the first day is
 * not counted; calendar-day limits roll off rest days, BLDS Điều 147–148).
 *
 * @since 0.4.0
 */
import type * as Citation from "../../citation/Citation.js"
import * as CivilDate from "../../base/CivilDate.js"
import * as Documents from "../../citation/Documents.js"
import type * as LegalDocument from "../../citation/LegalDocument.js"
import type * as Setting from "../../citation/Setting.js"
import * as TimeLimit from "../../calendar/TimeLimit.js"
import * as WorkingCalendar from "../../calendar/WorkingCalendar.js"
import type { Kind, ThahcCase } from "./Model.js"

/**
 * The steps with a deadline.
 *
 * @example
 * ```ts
 * const s: Thahc.Step = "obliged-report"
 * ```
 * @since 0.4.0
 */
export type Step =
  | "voluntary"
  | "compulsion-request"
  | "notice"
  | "obliged-report"
  | "court-order"
  | "meeting"
  | "superior-directive"
  | "result-notice"

/**
 * The steps that are someone's duty (the office, the obliged body, the court,
 * the superior body), as opposed to the party's periods (the voluntary
 * period, the window for a compulsion request): only these can be late.
 *
 * @example
 * ```ts
 * const s: Thahc.DutyStep = "superior-directive"
 * ```
 * @since 0.4.0
 */
export type DutyStep = Exclude<Step, "voluntary" | "compulsion-request">

/**
 * The duty steps, in the order they are checked.
 *
 * @example
 * ```ts
 * Thahc.dutySteps[0] // "notice"
 * ```
 * @since 0.4.0
 */
export const dutySteps: ReadonlyArray<DutyStep> = [
  "notice",
  "obliged-report",
  "court-order",
  "meeting",
  "superior-directive",
  "result-notice"
]

/**
 * Whether a step is a duty.
 *
 * @example
 * ```ts
 * Thahc.isDuty("voluntary") // false
 * Thahc.isDuty("result-notice") // true
 * ```
 * @since 0.4.0
 */
export const isDuty = (s: Step): s is DutyStep => s !== "voluntary" && s !== "compulsion-request"

/**
 * The name of each step, in Vietnamese and English.
 *
 * @example
 * ```ts
 * Thahc.stepNames["obliged-report"].en // "the obliged body's report after the voluntary period"
 * ```
 * @since 0.4.0
 */
export const stepNames: { readonly [S in Step]: LegalDocument.Bilingual } = {
  voluntary: { vi: "thời hạn tự nguyện thi hành án", en: "the voluntary compliance period" },
  "compulsion-request": {
    vi: "thời hạn yêu cầu ra quyết định buộc thi hành án",
    en: "the window for requesting a compulsion order"
  },
  notice: { vi: "thông báo về việc tự nguyện thi hành án", en: "the office's voluntary-compliance notice" },
  "obliged-report": {
    vi: "cơ quan phải thi hành án thông báo tình hình, kết quả sau thời hạn tự nguyện",
    en: "the obliged body's report after the voluntary period"
  },
  "court-order": { vi: "Tòa án ra quyết định buộc thi hành án", en: "the court's compulsion order" },
  meeting: { vi: "Chấp hành viên làm việc với người phải thi hành án", en: "the officer's meeting with the obligor" },
  "superior-directive": {
    vi: "cơ quan cấp trên trực tiếp ban hành văn bản chỉ đạo",
    en: "the superior body's directive"
  },
  "result-notice": {
    vi: "cơ quan phải thi hành án thông báo kết quả thi hành xong",
    en: "the obliged body's notice of the result"
  }
}

/**
 * The citations.
 *
 * @example
 * ```ts
 * Citation.renderVi(Thahc.citations.voluntary) // "điểm b khoản 2 Điều 311 Luật Tố tụng hành chính"
 * Citation.renderEn(Thahc.citations.obligedReport) // "Article 10(2), Decree 71/2016/ND-CP"
 * ```
 * @since 0.1.0
 */
export const citations = {
  /** 30 days for a–đ. */
  voluntary: { document: "luat-tthc-2015", article: "311", clause: 2, point: "b" },
  /** Immediately for e and g. */
  voluntaryImmediate: { document: "luat-tthc-2015", article: "311", clause: 2, point: "a" },
  /** The property part goes to the civil-enforcement procedure. */
  kindH: { document: "luat-tthc-2015", article: "311", clause: 1, point: "h" },
  compulsionRequest: { document: "luat-tthc-2015", article: "312", clause: 1 },
  compulsion: { document: "luat-tthc-2015", article: "312", clause: 2 },
  obligedReport: { document: "nd-71-2016", article: "10", clause: 2 },
  resultNotice: { document: "nd-71-2016", article: "12", clause: 3 },
  superiorDirective: { document: "nd-71-2016", article: "13", clause: 1 },
  notice: { document: "nd-71-2016", article: "14", clause: 2 },
  meeting: { document: "nd-71-2016", article: "14", clause: 3 },
  /** The office keeps statistics and reports on THAHC. */
  statistics: { document: "nd-71-2016", article: "35" },
  /** 1 THAHC case with a reminder letter = 1 việc (Phụ lục 2). */
  counting: { document: "tt-08-2015-btp" },
  /** Form 03/TKLN-THADS. */
  form03: { document: "ttlt-12-2021", article: "4", clause: 1, point: "c" }
} as const satisfies Record<string, Citation.Citation>

/**
 * The settings of the assumed values.
 *
 * @example
 * ```ts
 * const s: Thahc.Settings = { kindHVoluntaryDays: 30 }
 * ```
 * @since 0.4.0
 */
export interface Settings {
  /** The voluntary period of kind h, in days (Điều 311 k2 sets none): 30, as for a–đ. */
  readonly kindHVoluntaryDays: number
}

/**
 * The default settings.
 *
 * @example
 * ```ts
 * Thahc.defaultSettings.kindHVoluntaryDays // 30
 * ```
 * @since 0.4.0
 */
export const defaultSettings: Settings = { kindHVoluntaryDays: 30 }

/**
 * One deadline.
 *
 * @example
 * ```ts
 * const c: Thahc.ThahcCase = { id: "hc-1", judgmentDate: CivilDate.make("2024-01-10"), receivedDate: CivilDate.make("2024-02-16"), kind: "h" }
 * const v: Thahc.Deadline = Thahc.deadlines(c).voluntary
 * v.basis // "assumed"
 * v.setting?.key // "Thahc.settings.kindHVoluntaryDays"
 * ```
 * @since 0.4.0
 */
export interface Deadline {
  readonly step: Step
  /** The day the count starts (not counted itself, BLDS Điều 147). */
  readonly from: CivilDate.CivilDate
  /** The last day. */
  readonly due: CivilDate.CivilDate
  readonly limit: TimeLimit.Limit
  readonly citation: Citation.Citation
  /** `official`: the limit is the text read, for this start; `assumed`: see `assumption`. */
  readonly basis: "official" | "assumed"
  /** Why it is assumed, when it is. */
  readonly assumption?: LegalDocument.Bilingual
  /** The setting that changes it, when there is one. */
  readonly setting?: Setting.Setting
}

/**
 * The deadlines of a THAHC case; the steps that need a date the case does
 * not have (a request, an order, the completion) are absent.
 *
 * @example
 * ```ts
 * const c: Thahc.ThahcCase = { id: "hc-1", judgmentDate: CivilDate.make("2024-01-10"), receivedDate: CivilDate.make("2024-01-15"), kind: "a" }
 * const d: Thahc.Deadlines = Thahc.deadlines(c)
 * d.voluntary.due // "2024-02-15"
 * d.obligedReport.due // "2024-02-20"
 * ```
 * @since 0.1.0
 */
export interface Deadlines {
  readonly voluntary: Deadline
  readonly compulsionRequest: Deadline
  readonly notice: Deadline
  readonly obligedReport: Deadline
  /** Only when a compulsion was requested. */
  readonly courtOrder?: Deadline
  /** Only when a compulsion order was issued. */
  readonly meeting?: Deadline
  /** Only when a compulsion order was issued. */
  readonly superiorDirective?: Deadline
  /** Only when the judgment was complied with. */
  readonly resultNotice?: Deadline
}

const immediate = (k: Kind) => k === "e" || k === "g"

type Why = LegalDocument.Bilingual

const join = (whys: ReadonlyArray<Why>): Why | undefined =>
  whys.length === 0 ? undefined : { vi: whys.map((w) => w.vi).join("; "), en: whys.map((w) => w.en).join("; ") }

const kindHWhy: Why = {
  vi: "khoản 2 Điều 311 không quy định thời hạn tự nguyện cho điểm h (phần tài sản thi hành theo pháp luật thi hành án dân sự); dùng thời hạn của điểm a–đ",
  en: "Article 311(2) sets no voluntary period for point h (the property part goes to the civil-enforcement procedure); the period of points a–đ is used"
}
const fromKindHWhy: Why = {
  vi: "tính từ thời hạn tự nguyện giả định của điểm h",
  en: "counted from the assumed voluntary period of point h"
}
const immediateWindowWhy: Why = {
  vi: "khoản 1 Điều 312 tính 01 năm từ khi hết thời hạn theo điểm b khoản 2 Điều 311; với điểm e, g (thi hành ngay) được tính từ ngày nhận bản án",
  en: "Article 312(1) counts the year from the end of the period of Article 311(2)(b); for points e and g (immediately) it is counted from the judgment's receipt"
}
const receiptWhy = (who: Why): Why => ({
  vi: `không ghi ngày ${who.vi} nhận được quyết định buộc thi hành án; tính từ ngày ra quyết định (hạn có thể sớm hơn)`,
  en: `the day ${who.en} received the compulsion order is not recorded; counted from the order's date (the due day can only be earlier)`
})
const noOrderResultWhy: Why = {
  vi: "Điều 12 Nghị định 71/2016/NĐ-CP quy định việc thi hành khi có quyết định buộc thi hành án; với việc thi hành xong không có quyết định đó, thời hạn 05 ngày làm việc của khoản 3 được dùng",
  en: "Article 12 of Decree 71/2016 governs compliance after a compulsion order; for a judgment complied with without one, the 5 working days of its clause 3 are used"
}

const notInForceWhy = (c: Citation.Citation, from: CivilDate.CivilDate): Why | undefined => {
  const doc = Documents.get(c.document)
  if (doc.inForceFrom === undefined || from >= doc.inForceFrom) return undefined
  return {
    vi: `ngày bắt đầu tính ${CivilDate.formatVi(from)} trước ngày ${doc.shortName.vi} có hiệu lực (${CivilDate.formatVi(doc.inForceFrom)})`,
    en: `the count starts on ${from}, before ${doc.shortName.en} came into force (${doc.inForceFrom})`
  }
}

/**
 * Computes the deadlines of a case. The calendar gives the working days
 * (default: the standard calendar of days off); the settings give the assumed
 * values.
 *
 * @example
 * ```ts
 * const c: Thahc.ThahcCase = { id: "x", judgmentDate: CivilDate.make("2024-01-10"), receivedDate: CivilDate.make("2024-02-16"), kind: "a" }
 * Thahc.deadlines(c).voluntary.due // "2024-03-18": 30 days end on Sunday 17/3, rolled to Monday
 * Thahc.deadlines(c).obligedReport.due // "2024-03-21"
 * Thahc.deadlines({ ...c, kind: "h" }).voluntary.basis // "assumed"
 * Thahc.deadlines({ ...c, kind: "h" }, WorkingCalendar.standard, { kindHVoluntaryDays: 10 }).voluntary.due // "2024-02-26"
 * ```
 * @since 0.1.0
 */
export const deadlines = (
  c: ThahcCase,
  calendar: WorkingCalendar.WorkingCalendar = WorkingCalendar.standard,
  settings: Settings = defaultSettings
): Deadlines => {
  const make = (
    step: Step,
    from: CivilDate.CivilDate,
    limit: TimeLimit.Limit,
    citation: Citation.Citation,
    whys: ReadonlyArray<Why | undefined> = [],
    setting?: Setting.Setting
  ): Deadline => {
    const all: Array<Why> = []
    for (const w of [...whys, notInForceWhy(citation, from)]) if (w !== undefined) all.push(w)
    const assumption = join(all)
    return {
      step,
      from,
      due: TimeLimit.end(from, limit, calendar).end,
      limit,
      citation,
      basis: assumption === undefined ? "official" : "assumed",
      ...(assumption === undefined ? {} : { assumption }),
      ...(setting === undefined ? {} : { setting })
    }
  }
  const h = c.kind === "h"
  const voluntary = immediate(c.kind)
    ? make("voluntary", c.receivedDate, { amount: 0, unit: "immediately" }, citations.voluntaryImmediate)
    : h
      ? make(
          "voluntary",
          c.receivedDate,
          { amount: settings.kindHVoluntaryDays, unit: "days" },
          citations.kindH,
          [kindHWhy],
          {
            key: "Thahc.settings.kindHVoluntaryDays",
            value: settings.kindHVoluntaryDays,
            why: kindHWhy,
            about: citations.voluntary
          }
        )
      : make("voluntary", c.receivedDate, { amount: 30, unit: "days" }, citations.voluntary)
  const fromVoluntary = h ? [fromKindHWhy] : []
  const orderDate = c.compulsionOrderDate
  return {
    voluntary,
    compulsionRequest: make(
      "compulsion-request",
      voluntary.due,
      { amount: 1, unit: "years" },
      citations.compulsionRequest,
      immediate(c.kind) ? [immediateWindowWhy] : fromVoluntary
    ),
    notice: immediate(c.kind)
      ? make("notice", c.receivedDate, { amount: 0, unit: "immediately" }, citations.notice)
      : make("notice", c.receivedDate, { amount: 5, unit: "working-days" }, citations.notice),
    obligedReport: make(
      "obliged-report",
      voluntary.due,
      { amount: 3, unit: "working-days" },
      citations.obligedReport,
      fromVoluntary
    ),
    ...(c.compulsionRequestDate !== undefined
      ? {
          courtOrder: make(
            "court-order",
            c.compulsionRequestDate,
            { amount: 5, unit: "working-days" },
            citations.compulsion
          )
        }
      : {}),
    ...(orderDate !== undefined
      ? {
          meeting: make(
            "meeting",
            c.orderReceivedDate ?? orderDate,
            { amount: 3, unit: "working-days" },
            citations.meeting,
            [
              c.orderReceivedDate === undefined
                ? receiptWhy({ vi: "cơ quan thi hành án dân sự", en: "the THADS office" })
                : undefined
            ]
          ),
          superiorDirective: make(
            "superior-directive",
            c.superiorOrderReceivedDate ?? orderDate,
            { amount: 3, unit: "working-days" },
            citations.superiorDirective,
            [
              c.superiorOrderReceivedDate === undefined
                ? receiptWhy({ vi: "cơ quan cấp trên trực tiếp", en: "the superior body" })
                : undefined
            ]
          )
        }
      : {}),
    ...(c.completedDate !== undefined
      ? {
          resultNotice: make(
            "result-notice",
            c.completedDate,
            { amount: 5, unit: "working-days" },
            citations.resultNotice,
            [orderDate !== undefined && orderDate <= c.completedDate ? undefined : noOrderResultWhy]
          )
        }
      : {})
  }
}

/**
 * The deadlines as a list, in the order of the table above.
 *
 * @example
 * ```ts
 * const c: Thahc.ThahcCase = { id: "x", judgmentDate: CivilDate.make("2024-01-10"), receivedDate: CivilDate.make("2024-02-16"), kind: "a" }
 * Thahc.deadlineList(Thahc.deadlines(c)).map((d) => d.step) // ["voluntary", "compulsion-request", "notice", "obliged-report"]
 * ```
 * @since 0.4.0
 */
export const deadlineList = (d: Deadlines): ReadonlyArray<Deadline> => {
  const out: Array<Deadline> = [d.voluntary, d.compulsionRequest, d.notice, d.obligedReport]
  for (const x of [d.courtOrder, d.meeting, d.superiorDirective, d.resultNotice]) if (x !== undefined) out.push(x)
  return out
}

/**
 * The day a duty step was done, as the case records it.
 *
 * @example
 * ```ts
 * const c: Thahc.ThahcCase = { id: "x", judgmentDate: CivilDate.make("2024-01-10"), receivedDate: CivilDate.make("2024-02-16"), kind: "a", noticeDate: CivilDate.make("2024-02-20") }
 * Thahc.doneDate(c, "notice") // "2024-02-20"
 * Thahc.doneDate(c, "meeting") // undefined
 * ```
 * @since 0.4.0
 */
export const doneDate = (c: ThahcCase, step: DutyStep): CivilDate.CivilDate | undefined => {
  switch (step) {
    case "notice":
      return c.noticeDate
    case "obliged-report":
      return c.obligedReportDate
    case "court-order":
      return c.compulsionOrderDate
    case "meeting":
      return c.meetingDate
    case "superior-directive":
      return c.superiorDirectiveDate
    case "result-notice":
      return c.resultNoticeDate
  }
}
