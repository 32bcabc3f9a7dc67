/**
 * The time limits of a case (thời hạn trong thi hành án), checked step by
 * step against its history at a date. Each step has its due day (computed
 * with ../calendar/TimeLimit.ts on the working-day calendar: the day of the
 * event is not counted, calendar-day limits roll off rest days, BLDS Điều
 * 147–148), the day it was done (if recorded), a status and a citation:
 *
 * | step | limit | from | citation |
 * |---|---|---|---|
 * | enforcement-decision | theo đơn 5 WD; chủ động a–d 5 WD, đ immediately, e 3 WD | request / judgment received | Điều 36 |
 * | voluntary-period | 10 days (the debtor's) | notice of the decision (else its date) | Điều 45 |
 * | verification | 10 days after the voluntary period (đ: immediately) | end of the voluntary period | Điều 44 |
 * | not-yet-decision | 5 WD | the ground established | NĐ 62 Điều 9 k4 |
 * | not-yet-publication | 5 WD | the decision chưa có điều kiện | NĐ 62 Điều 11 (NĐ 152/2026 Điều 23 from 1/7/2026) |
 * | reverification | 6 / 12 months | the previous verification | Điều 44 k2 |
 * | postponement-decision | 5 WD (k2 immediately) | the ground arose | Điều 48 |
 * | suspension-decision (k2) | 5 WD | the ground arose | Điều 49 k2 |
 * | resumption | 5 WD | the ground ended | Điều 48 / 49 |
 * | termination-decision | 5 WD | the ground arose | Điều 50 |
 * | separate-book-move | 3 WD | the conditions met | NĐ 62 Điều 9 k5–6 |
 * | commune-posting | 5 WD: the decision chưa có điều kiện sent to the commune to post | the decision | NĐ 62 Điều 11 k1 (NĐ 152/2026 Điều 23 k1) |
 * | new-information-verification | 10 days | new information received | NĐ 62 Điều 9 k4 ¶2 |
 * | creditor-notice | 3 WD (`assumed`: Điều 44 k2 sets no time limit) | the second verification after the decision chưa có điều kiện that still finds none [I] | Điều 44 k2 |
 * | withdrawal-sent | 3 WD: thu hồi / hủy sent to the procuracy | the decision | Điều 38 |
 * | withdrawal-notified | 3 WD: thu hồi / hủy notified to the parties | the decision | Điều 39 k2 |
 *
 * Every step has a `basis`: `official` when its time limit is the text read
 * for the date of its event; `assumed` when it is a setting — the creditor
 * notice always, and every limit of Luật THADS 2008 / NĐ 62/2015 reused for
 * an event from 1/7/2026 (the 2025 Law's own limits were not read), except
 * the publication and the sending to the commune (NĐ 152/2026 Điều 23 k1)
 * and the separate book (NĐ 152/2026 Điều 22).
 *
 * Status: `met` (done on or before the due day), `late` (done after it;
 * `lateBy` working days), `overdue` (not done and the due day has passed;
 * `lateBy` to the check date), `not-yet-due`. Steps without the dates they
 * need are left out. These are step results, not findings.
 *
 * @since 0.1.0
 */
import type * as Citation from "../citation/Citation.js"
import * as CitationM from "../citation/Citation.js"
import * as CivilDate from "../base/CivilDate.js"
import * as TimeLimit from "../calendar/TimeLimit.js"
import type * as Setting from "../citation/Setting.js"
import type * as Case from "./Case.js"
import * as Classify from "./Classify.js"
import * as CaseEvent from "./Event.js"
import * as State from "./State.js"

/**
 * The steps.
 *
 * @example
 * ```ts
 * const s: CaseTimeLimits.Step = "verification"
 * ```
 * @since 0.1.0
 */
export type Step =
  | "enforcement-decision"
  | "voluntary-period"
  | "verification"
  | "not-yet-decision"
  | "not-yet-publication"
  | "reverification"
  | "postponement-decision"
  | "suspension-decision"
  | "resumption"
  | "termination-decision"
  | "separate-book-move"
  | "commune-posting"
  | "new-information-verification"
  | "creditor-notice"
  | "withdrawal-sent"
  | "withdrawal-notified"

/**
 * The status of a step.
 *
 * @example
 * ```ts
 * const s: CaseTimeLimits.Status = "lapsed" // the debtor's voluntary period ended (not a late step of the office)
 * ```
 * @since 0.1.0
 */
export type Status = "met" | "late" | "overdue" | "not-yet-due" | "lapsed"

/**
 * The result of one step.
 *
 * @example
 * ```ts
 * const r: CaseTimeLimits.StepResult = {
 *   step: "enforcement-decision", due: CivilDate.make("2024-02-21"), done: CivilDate.make("2024-02-20"),
 *   status: "met", citation: { document: "luat-thads-2008", article: "36" }, message: { vi: "…", en: "…" }
 * }
 * ```
 * @since 0.1.0
 */
export interface StepResult {
  readonly step: Step
  /** Which event the step belongs to (its index in `events`), if any. */
  readonly eventIndex?: number
  readonly due: CivilDate.CivilDate
  readonly done?: CivilDate.CivilDate
  readonly status: Status
  /** Working days after the due day (done, or the check date when overdue). */
  readonly lateBy?: number
  readonly limit: TimeLimit.Limit
  readonly citation: Citation.Citation
  /** `official`: the time limit is the text read; `assumed`: a documented setting (see `assumption`). */
  readonly basis: "official" | "assumed"
  /** Why the limit is assumed, when it is. */
  readonly assumption?: { readonly vi: string; readonly en: string }
  /** The setting that changes an assumed limit, when there is one (the creditor notice, re-verification from 1/7/2026). */
  readonly setting?: Setting.Setting
  readonly message: { readonly vi: string; readonly en: string }
}

const reusedAfter2026 = {
  vi: "thời hạn của Luật Thi hành án dân sự 2008 / Nghị định 62/2015 được dùng lại cho sự kiện từ 01/7/2026 (giả định: thời hạn trong Luật 106/2025 chưa được xác minh)",
  en: "the time limit of the 2008 Law / Decree 62/2015 is reused for an event from 1/7/2026 (assumed: the 2025 Law's limit is not verified)"
}
const creditorNoticeAssumed = {
  vi: "khoản 2 Điều 44 không quy định thời hạn thông báo; dùng 03 ngày làm việc như khoản 2 Điều 39 (giả định, thiết lập)",
  en: "Article 44(2) sets no time limit for the notice; 3 working days as in Article 39(2) (assumed, a setting)"
}

const names: { readonly [S in Step]: { readonly vi: string; readonly en: string } } = {
  "enforcement-decision": { vi: "ra quyết định thi hành án", en: "decision to enforce" },
  "voluntary-period": { vi: "thời hạn tự nguyện thi hành án", en: "voluntary compliance period" },
  verification: { vi: "xác minh điều kiện thi hành án", en: "verification of the debtor's conditions" },
  "not-yet-decision": { vi: "ra quyết định về việc chưa có điều kiện thi hành", en: "decision: not yet enforceable" },
  "not-yet-publication": {
    vi: "đăng tải quyết định chưa có điều kiện thi hành",
    en: "publication of the not-yet-enforceable decision"
  },
  reverification: { vi: "xác minh lại điều kiện thi hành án", en: "re-verification" },
  "postponement-decision": { vi: "ra quyết định hoãn thi hành án", en: "postponement decision" },
  "suspension-decision": { vi: "ra quyết định tạm đình chỉ thi hành án", en: "suspension decision" },
  resumption: { vi: "ra quyết định tiếp tục thi hành án", en: "resumption decision" },
  "termination-decision": { vi: "ra quyết định đình chỉ thi hành án", en: "termination decision" },
  "separate-book-move": { vi: "chuyển sổ theo dõi riêng", en: "move to the separate book" },
  "commune-posting": {
    vi: "gửi quyết định chưa có điều kiện thi hành cho Ủy ban nhân dân cấp xã để niêm yết",
    en: "sending the not-yet-enforceable decision to the commune for posting"
  },
  "new-information-verification": {
    vi: "xác minh khi có thông tin mới về điều kiện thi hành án",
    en: "verification after new information about the debtor's conditions"
  },
  "creditor-notice": {
    vi: "thông báo kết quả xác minh cho người được thi hành án sau hai lần xác minh",
    en: "notice of the verification results to the creditor after two verifications"
  },
  "withdrawal-sent": {
    vi: "gửi quyết định thu hồi, hủy cho Viện kiểm sát",
    en: "sending the withdrawal or cancellation to the procuracy"
  },
  "withdrawal-notified": {
    vi: "thông báo quyết định thu hồi, hủy cho đương sự",
    en: "notifying the parties of the withdrawal or cancellation"
  }
}

const limitText = (l: TimeLimit.Limit): { vi: string; en: string } => {
  switch (l.unit) {
    case "immediately":
      return { vi: "ngay", en: "immediately" }
    case "working-days":
      return { vi: `${l.amount} ngày làm việc`, en: `${l.amount} working day(s)` }
    case "days":
      return { vi: `${l.amount} ngày`, en: `${l.amount} day(s)` }
    case "months":
      return { vi: `${l.amount} tháng`, en: `${l.amount} month(s)` }
    case "years":
      return { vi: `${l.amount} năm`, en: `${l.amount} year(s)` }
  }
}

/**
 * Checks the time limits of a case at a date.
 *
 * @example
 * ```ts
 * const c: Case.Case = {
 *   id: "1", unitId: "u", decision: { date: CivilDate.make("2024-01-15"), number: "1" },
 *   initiation: { mode: "on-request", requestDate: CivilDate.make("2024-01-10") },
 *   debtor: { kind: "person" }, amountDue: 5_000_000, events: []
 * }
 * CaseTimeLimits.check(c, CivilDate.make("2024-06-30")).map((s) => [s.step, s.status])
 * // [["enforcement-decision", "met"], ["voluntary-period", "lapsed"], ["verification", "overdue"]]
 * ```
 * @since 0.1.0
 */
export const check = (
  c: Case.Case,
  at: CivilDate.CivilDate,
  settings: Classify.Settings = Classify.defaultSettings
): ReadonlyArray<StepResult> => {
  const cal = settings.calendar
  const out: Array<StepResult> = []
  const events = c.events.filter((e) => e.date <= at)
  const indexOf = (e: CaseEvent.Event) => c.events.indexOf(e)
  const step = (
    s: Step,
    start: CivilDate.CivilDate,
    limit: TimeLimit.Limit,
    done: CivilDate.CivilDate | undefined,
    citation: Citation.Citation,
    eventIndex?: number,
    basisOf: "official" | "assumed" | "reused" = "reused",
    /** For a re-verification: whether the longer interval applies (which setting it rests on). */
    long = false
  ) => {
    // "reused": official for events until 30/6/2026, assumed from 1/7/2026 (the 2008 limit carried over).
    const eventDate = eventIndex !== undefined && eventIndex >= 0 ? c.events[eventIndex]!.date : start
    const assumption =
      basisOf === "assumed"
        ? s === "creditor-notice"
          ? creditorNoticeAssumed
          : reusedAfter2026
        : basisOf === "reused" && eventDate >= State.newLawFrom
          ? reusedAfter2026
          : undefined
    const setting: Setting.Setting | undefined =
      assumption === undefined
        ? undefined
        : s === "creditor-notice"
          ? {
              key: "Classify.Settings.creditorNoticeWorkingDays",
              value: limit.amount,
              why: creditorNoticeAssumed,
              about: CitationM.make("luat-thads-2008", { article: "39", clause: 2 })
            }
          : s === "reverification"
            ? {
                key: long ? "Classify.Settings.reverificationMonthsLong" : "Classify.Settings.reverificationMonths",
                value: limit.amount,
                why: reusedAfter2026,
                about: CitationM.make("luat-thads-2008", { article: "44", clause: 2 })
              }
            : undefined
    const due = TimeLimit.end(start, limit, cal).end
    // The voluntary period is the debtor's, not a duty of the office: past its end it has lapsed (coercion may follow, Điều 46).
    const status: Status =
      done !== undefined
        ? done <= due
          ? "met"
          : "late"
        : at > due
          ? s === "voluntary-period"
            ? "lapsed"
            : "overdue"
          : "not-yet-due"
    const lateBy =
      status === "late"
        ? cal.workingDaysBetween(due, done!)
        : status === "overdue"
          ? cal.workingDaysBetween(due, at)
          : undefined
    const n = names[s]
    const lt = limitText(limit)
    const message = {
      late: {
        vi: `${n.vi}: hạn ${CivilDate.formatVi(due)} (${lt.vi} từ ${CivilDate.formatVi(start)}), thực hiện ${CivilDate.formatVi(done ?? due)}, chậm ${lateBy} ngày làm việc`,
        en: `${n.en}: due ${due} (${lt.en} from ${start}), done ${done}, ${lateBy} working day(s) late`
      },
      met: {
        vi: `${n.vi}: đúng hạn (hạn ${CivilDate.formatVi(due)}, thực hiện ${CivilDate.formatVi(done ?? due)})`,
        en: `${n.en}: on time (due ${due}, done ${done})`
      },
      overdue: {
        vi: `${n.vi}: quá hạn ${lateBy} ngày làm việc (hạn ${CivilDate.formatVi(due)}, ${lt.vi} từ ${CivilDate.formatVi(start)})`,
        en: `${n.en}: overdue by ${lateBy} working day(s) (due ${due}, ${lt.en} from ${start})`
      },
      "not-yet-due": {
        vi: `${n.vi}: chưa đến hạn (hạn ${CivilDate.formatVi(due)})`,
        en: `${n.en}: not yet due (due ${due})`
      },
      lapsed: {
        vi: `${n.vi}: đã hết ngày ${CivilDate.formatVi(due)} mà chưa tự nguyện thi hành xong`,
        en: `${n.en}: ended on ${due} without full voluntary compliance`
      }
    }[status]
    out.push({
      step: s,
      ...(eventIndex !== undefined && eventIndex >= 0 ? { eventIndex } : {}),
      due,
      ...(done !== undefined ? { done } : {}),
      status,
      ...(lateBy !== undefined ? { lateBy } : {}),
      limit,
      citation,
      basis: assumption === undefined ? "official" : "assumed",
      ...(assumption === undefined ? {} : { assumption }),
      ...(setting === undefined ? {} : { setting }),
      message
    })
  }
  const law = (date: string, article: string, clause?: number, point?: string) =>
    Classify.lawCitation(date, article, clause, point)
  const decisionDate = c.decision.date

  // Điều 36: the decision to enforce.
  if (c.initiation.mode === "on-request") {
    step(
      "enforcement-decision",
      c.initiation.requestDate,
      { amount: 5, unit: "working-days" },
      decisionDate,
      law(decisionDate, "36")
    )
  } else if (c.initiation.judgmentReceivedDate !== undefined) {
    const g = c.initiation.ground
    const limit: TimeLimit.Limit =
      g === "đ"
        ? { amount: 0, unit: "immediately" }
        : g === "e"
          ? { amount: 3, unit: "working-days" }
          : { amount: 5, unit: "working-days" }
    step("enforcement-decision", c.initiation.judgmentReceivedDate, limit, decisionDate, law(decisionDate, "36", 2, g))
  }

  // Điều 45: voluntary period (the debtor's), from the notice (else the decision).
  const interim = c.initiation.mode === "ex-officio" && c.initiation.ground === "đ"
  const notice = c.decision.notifiedDate ?? decisionDate
  const completion = events.find((e) => e.type === "completion")
  const voluntaryDue = TimeLimit.end(notice, { amount: 10, unit: "days" }, cal).end
  if (!interim) {
    const doneVoluntarily = completion !== undefined && completion.date <= voluntaryDue ? completion.date : undefined
    if (doneVoluntarily !== undefined || completion === undefined) {
      step("voluntary-period", notice, { amount: 10, unit: "days" }, doneVoluntarily, law(notice, "45"))
    }
  }

  // Điều 44: verification ≤ 10 days after the voluntary period (interim measures: immediately).
  const verifications = events.filter((e): e is CaseEvent.Verification => e.type === "verification")
  const firstVerification = verifications[0]
  const finalEvent = events.find(
    (e) => e.type === "completion" || e.type === "termination" || e.type === "delegation" || e.type === "withdrawal"
  )
  if (firstVerification !== undefined || finalEvent === undefined) {
    step(
      "verification",
      interim ? decisionDate : voluntaryDue,
      interim ? { amount: 0, unit: "immediately" } : { amount: 10, unit: "days" },
      firstVerification?.date,
      law(decisionDate, "44"),
      firstVerification === undefined ? undefined : indexOf(firstVerification)
    )
  }

  // NĐ 62 Điều 9 k4 and Điều 11: the decision chưa có điều kiện and its publication; re-verification (Điều 44 k2).
  let notYetSince: CivilDate.CivilDate | undefined
  let notYetGround: CaseEvent.NotYetGround | "" = ""
  let lastVerification: CivilDate.CivilDate | undefined
  /** A verification that found a Đ44a ground, with no decision chưa có điều kiện yet (NĐ 62 Điều 9 k4). */
  let groundFound: CivilDate.CivilDate | undefined
  /** What a resumption resumes: hoãn (Đ48) or tạm đình chỉ (Đ49); nothing else has a resumption time limit in the notes. */
  let resumable: "48" | "49" | undefined
  for (let i = 0; i < events.length; i++) {
    const e = events[i]!
    if (e.type === "verification") {
      if (notYetSince !== undefined && lastVerification !== undefined) {
        const due = Classify.nextVerificationDue(lastVerification, c, settings, notYetGround)
        const r = Classify.reverificationInterval(lastVerification, c, settings, notYetGround)
        step(
          "reverification",
          lastVerification,
          { amount: r.months, unit: "months" },
          e.date,
          due.citation,
          indexOf(e),
          r.assumed ? "assumed" : "official",
          r.long
        )
      }
      lastVerification = e.date
      if (notYetSince === undefined && State.notYetGroundOf(e.facts) !== undefined) groundFound ??= e.date
      if (
        notYetSince !== undefined &&
        e.facts !== undefined &&
        State.notYetGroundOf(e.facts) === undefined &&
        settings.verificationDecidesCondition
      ) {
        notYetSince = undefined
      }
    }
    if (e.type === "not-yet-enforceable") {
      const established =
        e.groundDate ??
        [...events.slice(0, i)]
          .reverse()
          .find((x) => x.type === "verification" && State.notYetGroundOf(x.facts) !== undefined)?.date
      if (established !== undefined) {
        const cite =
          e.date >= State.newLawFrom
            ? CitationM.make("nd-152-2026", {
                note: {
                  vi: "thời hạn ra quyết định: điều khoản chưa được xác minh; dùng 5 ngày làm việc",
                  en: "decision time limit: article not verified; 5 working days used"
                }
              })
            : CitationM.make("nd-62-2015", { article: "9", clause: 4 })
        step("not-yet-decision", established, { amount: 5, unit: "working-days" }, e.date, cite, indexOf(e))
      }
      const pub =
        e.date >= State.newLawFrom
          ? CitationM.make("nd-152-2026", { article: "23" })
          : CitationM.make("nd-62-2015", { article: "11" })
      step(
        "not-yet-publication",
        e.date,
        { amount: 5, unit: "working-days" },
        e.publishedDate,
        pub,
        indexOf(e),
        "official"
      )
      const commune =
        e.date >= State.newLawFrom
          ? CitationM.make("nd-152-2026", { article: "23", clause: 1 })
          : CitationM.make("nd-62-2015", { article: "11", clause: 1 })
      step(
        "commune-posting",
        e.date,
        { amount: 5, unit: "working-days" },
        e.sentToCommuneDate ?? e.postedDate,
        commune,
        indexOf(e),
        "official"
      )
      notYetSince = e.date
      notYetGround = e.ground
      groundFound = undefined
      lastVerification ??= e.date
      if (lastVerification < e.date) lastVerification = e.date
    }
    if (
      e.type === "resumption" ||
      e.type === "completion" ||
      e.type === "termination" ||
      e.type === "delegation" ||
      e.type === "withdrawal" ||
      e.type === "separate-book"
    ) {
      notYetSince = undefined
    }
    if (e.type === "payment" || CaseEvent.isTerminal(e)) groundFound = undefined
    if (e.type === "postponement" && (e.groundDate !== undefined || e.clause === 2)) {
      const start = e.groundDate ?? e.date
      step(
        "postponement-decision",
        start,
        e.clause === 2 ? { amount: 0, unit: "immediately" } : { amount: 5, unit: "working-days" },
        e.date,
        law(e.date, "48", e.clause, e.clause === 1 ? e.point : undefined),
        i
      )
    }
    if (e.type === "suspension" && e.clause === 2 && e.groundDate !== undefined) {
      step(
        "suspension-decision",
        e.groundDate,
        { amount: 5, unit: "working-days" },
        e.date,
        law(e.date, "49", 2),
        indexOf(e)
      )
    }
    if (e.type === "postponement") resumable = "48"
    if (e.type === "suspension") resumable = "49"
    if (e.type === "resumption") {
      if (e.groundEndedDate !== undefined && resumable !== undefined) {
        step(
          "resumption",
          e.groundEndedDate,
          { amount: 5, unit: "working-days" },
          e.date,
          law(e.date, resumable),
          indexOf(e)
        )
      }
      resumable = undefined
    }
    if (e.type === "termination" && e.groundDate !== undefined) {
      step(
        "termination-decision",
        e.groundDate,
        { amount: 5, unit: "working-days" },
        e.date,
        law(e.date, "50", 1, e.point),
        indexOf(e)
      )
    }
  }
  // A ground found with no decision chưa có điều kiện: the decision is due 5 WD after it (NĐ 62 Điều 9 k4).
  if (groundFound !== undefined) {
    const cite =
      groundFound >= State.newLawFrom
        ? CitationM.make("nd-152-2026", {
            note: {
              vi: "thời hạn ra quyết định: điều khoản chưa được xác minh; dùng 5 ngày làm việc",
              en: "decision time limit: article not verified; 5 working days used"
            }
          })
        : CitationM.make("nd-62-2015", { article: "9", clause: 4 })
    step("not-yet-decision", groundFound, { amount: 5, unit: "working-days" }, undefined, cite)
  }
  // The re-verification now due, while chưa có điều kiện.
  if (notYetSince !== undefined && lastVerification !== undefined) {
    const due = Classify.nextVerificationDue(lastVerification, c, settings, notYetGround)
    const r = Classify.reverificationInterval(lastVerification, c, settings, notYetGround)
    step(
      "reverification",
      lastVerification,
      { amount: r.months, unit: "months" },
      undefined,
      due.citation,
      undefined,
      r.assumed ? "assumed" : "official",
      r.long
    )
  }

  // NĐ 62 Điều 9 k5–6: move to the separate book ≤ 3 WD once the conditions are met.
  const w = new State.Walker(settings).run(c, "", at)
  if (w.code === State.Code.notYetEnforceable || w.code === State.Code.separateBook) {
    const recorded = events.find((e) => e.type === "separate-book")
    const until = recorded?.date ?? at
    const before = recorded === undefined ? c : { ...c, events: c.events.slice(0, indexOf(recorded)) }
    const m = new State.Walker({ ...settings, deriveSeparateBook: false }).run(before, "", until).moveDate(c)
    if (m !== undefined && m.rule === State.Rule.nd62 && m.date <= until) {
      step(
        "separate-book-move",
        m.date as CivilDate.CivilDate,
        { amount: 3, unit: "working-days" },
        recorded?.date,
        CitationM.make("nd-62-2015", { article: "9", clause: 5 }),
        recorded === undefined ? undefined : indexOf(recorded),
        "official"
      )
    }
  }

  // NĐ 62 Điều 9 k4 ¶2: verify within 10 days of receiving new information (Luật 2025 Điều 38 k2 from 1/7/2026).
  for (let i = 0; i < events.length; i++) {
    const e = events[i]!
    if (e.type !== "information-received") continue
    if (finalEvent !== undefined && finalEvent.date <= e.date) continue
    const next = events.find((x, j) => j > i && x.type === "verification" && x.date >= e.date)
    const cite =
      e.date >= State.newLawFrom
        ? CitationM.make("luat-thads-2025", { article: "38", clause: 2 })
        : CitationM.make("nd-62-2015", { article: "9", clause: 4 })
    step("new-information-verification", e.date, { amount: 10, unit: "days" }, next?.date, cite, indexOf(e))
  }

  // Điều 44 k2: after two verifications still chưa có điều kiện, notify the creditor in writing. The two are read as the
  // periodic verifications of k2, after the decision chưa có điều kiện (as NĐ 62 Điều 9 k5 b counts them) [I].
  const hasCreditor =
    c.initiation.mode === "on-request" || (c.initiation.mode === "ex-officio" && c.initiation.ground === "b")
  if (hasCreditor) {
    let still = 0
    let decided: CivilDate.CivilDate | undefined
    for (let i = 0; i < events.length; i++) {
      const e = events[i]!
      if (e.type === "not-yet-enforceable") {
        decided = e.date
        still = 0
      } else if (e.type === "resumption" || CaseEvent.isTerminal(e)) {
        decided = undefined
        still = 0
      } else if (e.type === "verification" && decided !== undefined && e.date > decided) {
        if (e.facts !== undefined && State.notYetGroundOf(e.facts) === undefined) {
          decided = undefined // the debtor can pay: no longer chưa có điều kiện
          still = 0
          continue
        }
        still++
        if (still === 2) {
          const notice = events.find((x, j) => j > i && x.type === "creditor-notified")
          const cite =
            e.date >= State.newLawFrom
              ? CitationM.make("luat-thads-2025", {
                  article: "38",
                  note: {
                    vi: "nghĩa vụ thông báo cho người được thi hành án trong Luật 2025 chưa được xác minh",
                    en: "the 2025 Law's duty to notify the creditor is not verified"
                  }
                })
              : CitationM.make("luat-thads-2008", { article: "44", clause: 2 })
          step(
            "creditor-notice",
            e.date,
            { amount: settings.creditorNoticeWorkingDays, unit: "working-days" },
            notice?.date,
            cite,
            indexOf(e),
            "assumed"
          )
        }
      }
    }
  }

  // Điều 37–39: a thu hồi / hủy is sent to the procuracy (Điều 38) and notified to the parties (Điều 39 k2) within 3 WD.
  for (const e of events) {
    if (e.type !== "withdrawal") continue
    step(
      "withdrawal-sent",
      e.date,
      { amount: 3, unit: "working-days" },
      e.sentToProcuracyDate,
      law(e.date, "38"),
      indexOf(e)
    )
    step(
      "withdrawal-notified",
      e.date,
      { amount: 3, unit: "working-days" },
      e.notifiedDate,
      law(e.date, "39", 2),
      indexOf(e)
    )
  }
  return out
}
