/**
 * Monitoring of administrative judgments (theo dõi thi hành án hành chính,
 * THAHC): the THADS office does not enforce them; it logs each judgment,
 * follows the deadlines and reports (thads-rules.md §7).
 *
 * - Voluntary compliance: immediately for Luật TTHC Điều 311 k1 e (voter
 *   list) and g (interim measures); 30 days after receipt otherwise
 *   (Điều 311 k2 names a–đ; h — the property part goes to the THADS
 *   procedure — follows the §7 rule `received + 30 days` [I]).
 * - Compulsion request: within 1 year after the voluntary period (Điều 312);
 *   the court's compulsion order (quyết định buộc thi hành) ≤ 5 working days
 *   after the request.
 * - The office (NĐ 71/2016 Điều 14): voluntary-compliance notice ≤ 5 working
 *   days after receipt (e/g: immediately); meeting the obligor ≤ 3 working
 *   days after a compulsion order.
 * - Counting: 1 case with a reminder letter (văn bản đôn đốc) = 1 việc.
 *
 * @since 0.1.0
 */
import * as Schema from "effect/Schema"
import type * as Citation from "../citation/Citation.js"
import * as CivilDate from "../base/CivilDate.js"
import * as TimeLimit from "../calendar/TimeLimit.js"
import * as WorkingCalendar from "../calendar/WorkingCalendar.js"

/**
 * The kind of judgment, Luật TTHC Điều 311 k1 a–h.
 *
 * @example
 * ```ts
 * const k: Thahc.Kind = "g" // interim measures: immediately
 * ```
 * @since 0.1.0
 */
export type Kind = "a" | "b" | "c" | "d" | "đ" | "e" | "g" | "h"

/**
 * A THAHC monitoring case.
 *
 * @example
 * ```ts
 * const c: Thahc.ThahcCase = { id: "hc-1", judgmentDate: CivilDate.make("2024-01-10"), receivedDate: CivilDate.make("2024-01-15"), kind: "a" }
 * ```
 * @since 0.1.0
 */
export interface ThahcCase {
  readonly id: string
  readonly unitId?: string
  readonly judgmentDate: CivilDate.CivilDate
  /** The day the THADS office (and the obliged body) received the judgment. */
  readonly receivedDate: CivilDate.CivilDate
  readonly kind: Kind
  /** The office's voluntary-compliance notice (NĐ 71 Điều 14). */
  readonly noticeDate?: CivilDate.CivilDate
  /** The reminder letter (văn bản đôn đốc): makes the case count as 1 việc. */
  readonly reminderDate?: CivilDate.CivilDate
  /** The party's request for a compulsion order (Điều 312). */
  readonly compulsionRequestDate?: CivilDate.CivilDate
  /** The court's compulsion order (quyết định buộc thi hành án hành chính). */
  readonly compulsionOrderDate?: CivilDate.CivilDate
  /** The office's meeting with the obligor after the order. */
  readonly meetingDate?: CivilDate.CivilDate
  /** The judgment was complied with. */
  readonly completedDate?: CivilDate.CivilDate
}

const date = CivilDate.CivilDateSchema
const opt = Schema.optionalKey

/**
 * Schema of a {@link ThahcCase}.
 *
 * @example
 * ```ts
 * Schema.decodeUnknownSync(Thahc.ThahcCaseSchema)({ id: "hc-1", judgmentDate: "2024-01-10", receivedDate: "2024-01-15", kind: "a" })
 * ```
 * @since 0.1.0
 */
export const ThahcCaseSchema = Schema.Struct({
  id: Schema.String.check(Schema.isMinLength(1)),
  unitId: opt(Schema.String),
  judgmentDate: date,
  receivedDate: date,
  kind: Schema.Literals(["a", "b", "c", "d", "đ", "e", "g", "h"]),
  noticeDate: opt(date),
  reminderDate: opt(date),
  compulsionRequestDate: opt(date),
  compulsionOrderDate: opt(date),
  meetingDate: opt(date),
  completedDate: opt(date)
}) as unknown as Schema.Codec<ThahcCase, unknown>

/**
 * The citations.
 *
 * @example
 * ```ts
 * Citation.renderVi(Thahc.citations.voluntary) // "khoản 2 Điều 311 Luật Tố tụng hành chính"
 * ```
 * @since 0.1.0
 */
export const citations = {
  voluntary: { document: "luat-tthc-2015", article: "311", clause: 2 },
  compulsion: { document: "luat-tthc-2015", article: "312" },
  office: { document: "nd-71-2016", article: "14" },
  statistics: { document: "nd-71-2016", article: "35" }
} as const satisfies Record<string, Citation.Citation>

const immediate = (k: Kind) => k === "e" || k === "g"

/**
 * The deadlines of a THAHC case.
 *
 * @example
 * ```ts
 * const d: Thahc.Deadlines = Thahc.deadlines(c)
 * ```
 * @since 0.1.0
 */
export interface Deadlines {
  readonly voluntaryDue: CivilDate.CivilDate
  readonly compulsionRequestDeadline: CivilDate.CivilDate
  /** ≤ 5 WD after the request (only when requested). */
  readonly courtOrderDue?: CivilDate.CivilDate
  readonly noticeDue: CivilDate.CivilDate
  /** ≤ 3 WD after the compulsion order (only when ordered). */
  readonly meetingDue?: CivilDate.CivilDate
}

/**
 * Computes the deadlines.
 *
 * @example
 * ```ts
 * Thahc.deadlines({ id: "x", judgmentDate: CivilDate.make("2024-01-10"), receivedDate: CivilDate.make("2024-02-16"), kind: "a" }).voluntaryDue
 * // "2024-03-18": 30 days end on Sunday 17/3, rolled to Monday
 * ```
 * @since 0.1.0
 */
export const deadlines = (
  c: ThahcCase,
  calendar: WorkingCalendar.WorkingCalendar = WorkingCalendar.standard
): Deadlines => {
  const voluntaryDue = immediate(c.kind)
    ? c.receivedDate
    : TimeLimit.end(c.receivedDate, { amount: 30, unit: "days" }, calendar).end
  return {
    voluntaryDue,
    compulsionRequestDeadline: TimeLimit.end(voluntaryDue, { amount: 1, unit: "years" }, calendar).end,
    ...(c.compulsionRequestDate !== undefined
      ? { courtOrderDue: calendar.addWorkingDays(c.compulsionRequestDate, 5) }
      : {}),
    noticeDue: immediate(c.kind) ? c.receivedDate : calendar.addWorkingDays(c.receivedDate, 5),
    ...(c.compulsionOrderDate !== undefined ? { meetingDue: calendar.addWorkingDays(c.compulsionOrderDate, 3) } : {})
  }
}

/**
 * The status of a THAHC case at a date.
 *
 * - `completed` — complied with;
 * - `compulsion-ordered` — a compulsion order was issued, not yet complied;
 * - `voluntary-period` — within the voluntary period;
 * - `awaiting-request` — past the voluntary period, the 1-year window for a
 *   compulsion request is open;
 * - `requested` — a compulsion request awaits the court's order;
 * - `request-window-closed` — past the window with no request and no compliance.
 *
 * @example
 * ```ts
 * const s: Thahc.Status = "awaiting-request"
 * ```
 * @since 0.1.0
 */
export type Status =
  | "completed"
  | "compulsion-ordered"
  | "voluntary-period"
  | "awaiting-request"
  | "requested"
  | "request-window-closed"

/**
 * The status at a date.
 *
 * @example
 * ```ts
 * Thahc.status(c, CivilDate.make("2024-02-01")) // "voluntary-period"
 * ```
 * @since 0.1.0
 */
export const status = (
  c: ThahcCase,
  at: CivilDate.CivilDate,
  calendar: WorkingCalendar.WorkingCalendar = WorkingCalendar.standard
): Status => {
  if (c.completedDate !== undefined && c.completedDate <= at) return "completed"
  if (c.compulsionOrderDate !== undefined && c.compulsionOrderDate <= at) return "compulsion-ordered"
  if (c.compulsionRequestDate !== undefined && c.compulsionRequestDate <= at) return "requested"
  const d = deadlines(c, calendar)
  if (at <= d.voluntaryDue) return "voluntary-period"
  return at <= d.compulsionRequestDeadline ? "awaiting-request" : "request-window-closed"
}

/**
 * A late step of the office or the court.
 *
 * @example
 * ```ts
 * Thahc.lateSteps(c, CivilDate.make("2024-06-30"))[0]?.step // "notice"
 * ```
 * @since 0.1.0
 */
export interface LateStep {
  readonly step: "notice" | "court-order" | "meeting"
  readonly due: CivilDate.CivilDate
  readonly done?: CivilDate.CivilDate
  readonly citation: Citation.Citation
}

/**
 * The office's and the court's steps done late or overdue at a date.
 *
 * @example
 * ```ts
 * Thahc.lateSteps(c, CivilDate.make("2024-06-30")).map((s) => s.step) // ["notice"]
 * ```
 * @since 0.1.0
 */
export const lateSteps = (
  c: ThahcCase,
  at: CivilDate.CivilDate,
  calendar: WorkingCalendar.WorkingCalendar = WorkingCalendar.standard
): ReadonlyArray<LateStep> => {
  const d = deadlines(c, calendar)
  const out: Array<LateStep> = []
  const check = (
    step: LateStep["step"],
    due: CivilDate.CivilDate | undefined,
    done: CivilDate.CivilDate | undefined,
    citation: Citation.Citation
  ) => {
    if (due === undefined) return
    if (done !== undefined ? done > due : at > due)
      out.push({ step, due, ...(done !== undefined ? { done } : {}), citation })
  }
  check("notice", d.noticeDue, c.noticeDate, citations.office)
  check("court-order", d.courtOrderDue, c.compulsionOrderDate, citations.compulsion)
  check("meeting", d.meetingDue, c.meetingDate, citations.office)
  return out
}

/**
 * The counts a THAHC report needs at a date.
 *
 * @example
 * ```ts
 * const n: Thahc.Counts = Thahc.counts(cases, CivilDate.make("2024-09-30"))
 * ```
 * @since 0.1.0
 */
export interface Counts {
  /** Cases received up to the date. */
  readonly received: number
  /** Of which counted as việc: with a reminder letter (1 việc each). */
  readonly counted: number
  readonly completed: number
  readonly compulsionOrders: number
  readonly byStatus: { readonly [S in Status]: number }
  /** Cases with at least one late or overdue step of the office or the court. */
  readonly withLateSteps: number
}

/**
 * Counts THAHC cases at a date (cases received after it are ignored).
 *
 * @example
 * ```ts
 * Thahc.counts(cases, CivilDate.make("2024-09-30")).completed
 * ```
 * @since 0.1.0
 */
export const counts = (
  cases: ReadonlyArray<ThahcCase>,
  at: CivilDate.CivilDate,
  calendar: WorkingCalendar.WorkingCalendar = WorkingCalendar.standard
): Counts => {
  const byStatus: Record<Status, number> = {
    completed: 0,
    "compulsion-ordered": 0,
    "voluntary-period": 0,
    "awaiting-request": 0,
    requested: 0,
    "request-window-closed": 0
  }
  let received = 0
  let counted = 0
  let orders = 0
  let late = 0
  for (const c of cases) {
    if (c.receivedDate > at) continue
    received++
    if (c.reminderDate !== undefined && c.reminderDate <= at) counted++
    if (c.compulsionOrderDate !== undefined && c.compulsionOrderDate <= at) orders++
    byStatus[status(c, at, calendar)]++
    if (lateSteps(c, at, calendar).length > 0) late++
  }
  return { received, counted, completed: byStatus.completed, compulsionOrders: orders, byStatus, withLateSteps: late }
}
