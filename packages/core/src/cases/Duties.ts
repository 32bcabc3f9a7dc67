/**
 * The case-level duties that are not time limits (nghĩa vụ của cơ quan thi
 * hành án đối với từng việc): each a dated rule with its citation and basis,
 * evaluated on a case's history at a date. The time-limit duties (the notice
 * to the creditor after two verifications, the verification within 10 days
 * of new information, the sending to the commune, the sending and notice of a
 * thu hồi / hủy) are steps of ./TimeLimits.ts; these are the rest:
 *
 * | rule | what | in force | citation | basis |
 * |---|---|---|---|---|
 * | withdrawal-ground | a thu hồi names its point of Điều 37 k1 (a–d), a hủy its point of k3 (a–b) | to 30/6/2026 | Luật THADS 2008 Điều 37 | official |
 * | withdrawal-ground (from 1/7/2026) | the same grounds | from 1/7/2026 | Luật 2025 Điều 52 (NĐ 152 Điều 55 k4 cites k1 c) | assumed: its text was not read |
 * | posting-period | the decision chưa có điều kiện stays posted at the commune 3 months from the posting day, unless the case ends or resumes first | to 30/6/2026 | NĐ 62/2015 Điều 11 k1, k3 | official |
 * | posting-period (from 1/7/2026) | the same 3 months | from 1/7/2026 | NĐ 152/2026 Điều 23 | assumed: Điều 23 names no posting period |
 * | unknown-address-postponement | a decision chưa có điều kiện on an unknown address (Điều 44a k1 c), when the assets are unknown too or the debtor must act personally, states hoãn under Điều 48 k1 b | to 30/6/2026 | NĐ 62/2015 Điều 9 k3 | official |
 *
 * Điều 37 sets no time limit for the thu hồi / hủy itself; the limits that
 * apply to it (Điều 38, Điều 39 k2) are steps of ./TimeLimits.ts. The
 * unknown-address rule has no counterpart in NĐ 152/2026 that was found, so
 * it is not applied to decisions from 1/7/2026. "The assets are unknown" is
 * read from the verification the decision rests on (`noAssets`) [I].
 *
 * @since 0.2.0
 */
import type * as Citation from "../citation/Citation.js"
import type * as Setting from "../citation/Setting.js"
import * as CitationM from "../citation/Citation.js"
import * as CivilDate from "../base/CivilDate.js"
import type * as Case from "./Case.js"
import * as Classify from "./Classify.js"
import type * as CaseEvent from "./Event.js"
import * as State from "./State.js"

/**
 * The duties.
 *
 * @example
 * ```ts
 * const r: CaseDuties.Rule = "posting-period"
 * ```
 * @since 0.2.0
 */
export type Rule = "withdrawal-ground" | "posting-period" | "unknown-address-postponement"

/**
 * The result of a duty on one event: `met`, `breached`, or `in-progress`
 * (the posting period still running at the date asked).
 *
 * @example
 * ```ts
 * const c: Case.Case = {
 *   id: "1", unitId: "u", decision: { date: CivilDate.make("2024-01-15"), number: "1" },
 *   initiation: { mode: "on-request", requestDate: CivilDate.make("2024-01-10") },
 *   debtor: { kind: "person" }, personalObligation: true, amountDue: 5_000_000,
 *   events: [
 *     { type: "verification", date: CivilDate.make("2024-02-20"), facts: { addressUnknown: true } },
 *     { type: "not-yet-enforceable", date: CivilDate.make("2024-03-01"), ground: "c", publishedDate: CivilDate.make("2024-03-01") }
 *   ]
 * }
 * const r: CaseDuties.Result = CaseDuties.check(c, CivilDate.make("2025-01-01"))[0]!
 * r.status // "breached"
 * ```
 * @since 0.2.0
 */
export interface Result {
  readonly rule: Rule
  readonly eventIndex: number
  readonly status: "met" | "breached" | "in-progress"
  readonly citation: Citation.Citation
  readonly basis: "official" | "assumed"
  readonly assumption?: { readonly vi: string; readonly en: string }
  /** The setting that changes an assumed value, when there is one (the posting period from 1/7/2026). */
  readonly setting?: Setting.Setting
  /** A date the rule computes (the end of the posting period). */
  readonly until?: CivilDate.CivilDate
  readonly message: { readonly vi: string; readonly en: string }
}

/**
 * Settings: the posting period at the commune in months of a decision from
 * 1/7/2026 (NĐ 152 Điều 23 names none [U]: default 3, `assumed`); a decision
 * until 30/6/2026 has NĐ 62 Điều 11 k1's 3 months (read) whatever the setting.
 *
 * @example
 * ```ts
 * CaseDuties.defaultSettings.postingMonths // 3
 * ```
 * @since 0.2.0
 */
export interface Settings {
  readonly postingMonths: number
}

/**
 * The default settings.
 *
 * @example
 * ```ts
 * const c: Case.Case = {
 *   id: "1", unitId: "u", decision: { date: CivilDate.make("2024-01-15"), number: "1" },
 *   initiation: { mode: "on-request", requestDate: CivilDate.make("2024-01-10") },
 *   debtor: { kind: "person" }, personalObligation: true, amountDue: 5_000_000,
 *   events: [
 *     { type: "verification", date: CivilDate.make("2024-02-20"), facts: { addressUnknown: true } },
 *     { type: "not-yet-enforceable", date: CivilDate.make("2024-03-01"), ground: "c", publishedDate: CivilDate.make("2024-03-01") }
 *   ]
 * }
 * CaseDuties.check(c, CivilDate.make("2025-01-01"), CaseDuties.defaultSettings).length // 1
 * ```
 * @since 0.2.0
 */
export const defaultSettings: Settings = { postingMonths: 3 }

/** NĐ 62/2015 Điều 11 k1 (read): 3 months, for a decision until 30/6/2026 whatever the setting. */
const OLD_POSTING_MONTHS = 3

const postingAfter2026 = {
  vi: "Điều 23 Nghị định 152/2026/NĐ-CP không nêu thời gian niêm yết; dùng 03 tháng của khoản 1 Điều 11 Nghị định 62/2015 (giả định, thiết lập)",
  en: "Decree 152/2026 Article 23 names no posting period; the 3 months of Decree 62/2015 Article 11(1) are assumed (a setting)"
}

/** Events that end the posting early: NĐ 62 Điều 11 k3 (đình chỉ, xong), NĐ 152 Điều 23 k2 (also tiếp tục, thu hồi). */
const endsPosting = (e: CaseEvent.Event): boolean =>
  e.type === "termination" ||
  e.type === "completion" ||
  e.type === "resumption" ||
  e.type === "withdrawal" ||
  e.type === "delegation" ||
  e.type === "reduction"

/**
 * Checks the duties of a case at a date (events after `at` are ignored).
 *
 * @example
 * ```ts
 * const c: Case.Case = {
 *   id: "1", unitId: "u", decision: { date: CivilDate.make("2024-01-15"), number: "1" },
 *   initiation: { mode: "on-request", requestDate: CivilDate.make("2024-01-10") },
 *   debtor: { kind: "person" }, personalObligation: true, amountDue: 5_000_000,
 *   events: [
 *     { type: "verification", date: CivilDate.make("2024-02-20"), facts: { addressUnknown: true } },
 *     { type: "not-yet-enforceable", date: CivilDate.make("2024-03-01"), ground: "c", publishedDate: CivilDate.make("2024-03-01") }
 *   ]
 * }
 * CaseDuties.check(c, CivilDate.make("2025-01-01")).filter((r) => r.status === "breached").map((r) => r.rule) // ["unknown-address-postponement"]
 * ```
 * @since 0.2.0
 */
export const check = (
  c: Case.Case,
  at: CivilDate.CivilDate,
  settings: Settings = defaultSettings
): ReadonlyArray<Result> => {
  const out: Array<Result> = []
  const events = c.events
  for (let i = 0; i < events.length; i++) {
    const e = events[i]!
    if (e.date > at) break
    if (e.type === "withdrawal") {
      const clause = e.kind === "withdrawn" ? 1 : 3
      const isNew = e.date >= State.newLawFrom
      // From 1/7/2026: Luật 2025 Điều 52 (NĐ 152 Điều 55 k4 cites its k1 c for a thu hồi).
      const citation: Citation.Citation = Classify.lawCitation(e.date, "37", clause, e.ground)
      const what = e.kind === "withdrawn" ? { vi: "thu hồi", en: "withdrawal" } : { vi: "hủy", en: "cancellation" }
      out.push({
        rule: "withdrawal-ground",
        eventIndex: i,
        status: e.ground === undefined ? "breached" : "met",
        citation,
        ...(isNew
          ? {
              basis: "assumed" as const,
              assumption: {
                vi: "căn cứ thu hồi, hủy theo Điều 37 Luật 2008 được dùng lại từ 01/7/2026; Điều 52 Luật 2025 chưa được đọc (giả định)",
                en: "the grounds of Article 37 (2008) are reused from 1/7/2026; Article 52 of the 2025 Law was not read (assumed)"
              }
            }
          : { basis: "official" as const }),
        message:
          e.ground === undefined
            ? {
                vi: `quyết định ${what.vi} ngày ${CivilDate.formatVi(e.date)} không ghi căn cứ (điểm của khoản ${clause} Điều 37)`,
                en: `the ${what.en} of ${e.date} records no ground (a point of Article 37(${clause}))`
              }
            : {
                vi: `${what.vi} theo điểm ${e.ground} khoản ${clause} Điều 37`,
                en: `${what.en} under Article 37(${clause})(${e.ground})`
              }
      })
    }
    if (e.type === "not-yet-enforceable") {
      const isNew = e.date >= State.newLawFrom
      // Posting at the commune: 3 months from the posting day.
      if (e.postedDate !== undefined && e.postedDate <= at) {
        // The setting stands in for NĐ 152's unnamed period only; NĐ 62 Điều 11 k1's 3 months were read.
        const months = isNew ? settings.postingMonths : OLD_POSTING_MONTHS
        const until = CivilDate.addMonths(e.postedDate, months)
        const ender = events.find((x, j) => j > i && endsPosting(x))
        const citation = isNew
          ? CitationM.make("nd-152-2026", { article: "23" })
          : CitationM.make("nd-62-2015", { article: "11", clause: 1 })
        const basis = isNew
          ? {
              basis: "assumed" as const,
              assumption: postingAfter2026,
              setting: {
                key: "CaseDuties.Settings.postingMonths",
                value: months,
                why: postingAfter2026,
                about: CitationM.make("nd-62-2015", { article: "11", clause: 1 })
              }
            }
          : { basis: "official" as const }
        const ended = e.postingEndedDate
        const early = ended !== undefined && ended < until && (ender === undefined || ender.date > ended)
        const running = ended === undefined && at < until
        out.push({
          rule: "posting-period",
          eventIndex: i,
          status: early ? "breached" : running ? "in-progress" : "met",
          citation,
          ...basis,
          until,
          message: early
            ? {
                vi: `niêm yết quyết định chưa có điều kiện từ ${CivilDate.formatVi(e.postedDate)} đến ${CivilDate.formatVi(ended!)}: chưa đủ ${months} tháng (đến ${CivilDate.formatVi(until)})`,
                en: `the not-yet-enforceable decision was posted from ${e.postedDate} to ${ended}: less than ${months} months (until ${until})`
              }
            : {
                vi: `niêm yết tại Ủy ban nhân dân cấp xã từ ${CivilDate.formatVi(e.postedDate)}, thời gian ${months} tháng (đến ${CivilDate.formatVi(until)})`,
                en: `posted at the commune from ${e.postedDate} for ${months} months (until ${until})`
              }
        })
      }
      // NĐ 62 Điều 9 k3: an unknown address recorded as hoãn under Điều 48 k1 b.
      if (e.ground === "c" && !isNew) {
        let prior: CaseEvent.Verification | undefined
        for (let j = i - 1; j >= 0; j--) {
          const x = events[j]!
          if (x.type === "verification") {
            prior = x
            break
          }
        }
        const assetsUnknown = prior?.facts?.noAssets === true
        if (assetsUnknown || c.personalObligation === true) {
          out.push({
            rule: "unknown-address-postponement",
            eventIndex: i,
            status: e.statesPostponement === true ? "met" : "breached",
            citation: CitationM.make("nd-62-2015", { article: "9", clause: 3 }),
            basis: "official",
            message:
              e.statesPostponement === true
                ? {
                    vi: "quyết định chưa có điều kiện ghi rõ việc thi hành án bị hoãn theo điểm b khoản 1 Điều 48",
                    en: "the not-yet-enforceable decision states the postponement under Article 48(1)(b)"
                  }
                : {
                    vi: `quyết định chưa có điều kiện ngày ${CivilDate.formatVi(e.date)} (không xác định được địa chỉ${assetsUnknown ? " và tài sản" : ", phải tự mình thực hiện nghĩa vụ"}) không ghi việc thi hành án bị hoãn theo điểm b khoản 1 Điều 48`,
                    en: `the not-yet-enforceable decision of ${e.date} (address ${assetsUnknown ? "and assets unknown" : "unknown, personal obligation"}) does not state the postponement under Article 48(1)(b)`
                  }
          })
        }
      }
    }
  }
  return out
}
