/**
 * Monitoring a THAHC case at a date: its status (where it stands between the
 * voluntary period, the request window, a compulsion order and compliance)
 * and the duty steps done late or overdue (./Deadlines.ts gives the due
 * days). A step is late when it was done after its due day, or when it is
 * not done and the date is past its due day — except the meeting and the
 * superior body's directive, which are moot once the judgment was complied
 * with on or before their due day. A late step keeps the basis of its
 * deadline: a late step that rests on an assumption is shown as such and is
 * never an error on its own.
 *
 * @since 0.1.0
 */
import type * as Citation from "../../citation/Citation.js"
import type * as CivilDate from "../../base/CivilDate.js"
import type * as LegalDocument from "../../citation/LegalDocument.js"
import type * as Setting from "../../citation/Setting.js"
import * as WorkingCalendar from "../../calendar/WorkingCalendar.js"
import * as Deadlines from "./Deadlines.js"
import type { ThahcCase } from "./Model.js"

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
 * The statuses, in the order reports list them.
 *
 * @example
 * ```ts
 * Thahc.statuses.length // 6
 * ```
 * @since 0.4.0
 */
export const statuses: ReadonlyArray<Status> = [
  "voluntary-period",
  "awaiting-request",
  "requested",
  "compulsion-ordered",
  "request-window-closed",
  "completed"
]

/**
 * The name of each status, in Vietnamese and English.
 *
 * @example
 * ```ts
 * Thahc.statusNames["awaiting-request"].en // "past the voluntary period, a compulsion request may be made"
 * ```
 * @since 0.4.0
 */
export const statusNames: { readonly [S in Status]: LegalDocument.Bilingual } = {
  completed: { vi: "đã thi hành xong", en: "complied with" },
  "compulsion-ordered": { vi: "đã có quyết định buộc thi hành án", en: "a compulsion order was issued" },
  "voluntary-period": { vi: "trong thời hạn tự nguyện thi hành án", en: "within the voluntary period" },
  "awaiting-request": {
    vi: "hết thời hạn tự nguyện, còn thời hạn yêu cầu ra quyết định buộc thi hành án",
    en: "past the voluntary period, a compulsion request may be made"
  },
  requested: { vi: "đã yêu cầu ra quyết định buộc thi hành án", en: "a compulsion order was requested" },
  "request-window-closed": {
    vi: "hết thời hạn yêu cầu ra quyết định buộc thi hành án",
    en: "the window for a compulsion request has closed"
  }
}

/**
 * The status at a date.
 *
 * @example
 * ```ts
 * const c: Thahc.ThahcCase = { id: "hc-1", judgmentDate: CivilDate.make("2024-01-10"), receivedDate: CivilDate.make("2024-01-15"), kind: "a" }
 * Thahc.status(c, CivilDate.make("2024-02-01")) // "voluntary-period"
 * Thahc.status(c, CivilDate.make("2024-06-01")) // "awaiting-request"
 * ```
 * @since 0.1.0
 */
export const status = (
  c: ThahcCase,
  at: CivilDate.CivilDate,
  calendar: WorkingCalendar.WorkingCalendar = WorkingCalendar.standard,
  settings: Deadlines.Settings = Deadlines.defaultSettings
): Status => {
  if (c.completedDate !== undefined && c.completedDate <= at) return "completed"
  if (c.compulsionOrderDate !== undefined && c.compulsionOrderDate <= at) return "compulsion-ordered"
  if (c.compulsionRequestDate !== undefined && c.compulsionRequestDate <= at) return "requested"
  const d = Deadlines.deadlines(c, calendar, settings)
  if (at <= d.voluntary.due) return "voluntary-period"
  return at <= d.compulsionRequest.due ? "awaiting-request" : "request-window-closed"
}

/**
 * A duty step done late (`done` after `due`) or overdue (no `done`, the date
 * past `due`).
 *
 * @example
 * ```ts
 * const c: Thahc.ThahcCase = { id: "hc-1", judgmentDate: CivilDate.make("2024-01-10"), receivedDate: CivilDate.make("2024-01-15"), kind: "a" }
 * const s: Thahc.LateStep | undefined = Thahc.lateSteps(c, CivilDate.make("2024-06-30"))[0]
 * s?.step // "notice"
 * s?.lateBy // 106: working days from the due day, 22/01/2024, to 30/06/2024
 * ```
 * @since 0.1.0
 */
export interface LateStep {
  readonly step: Deadlines.DutyStep
  readonly due: CivilDate.CivilDate
  readonly done?: CivilDate.CivilDate
  /** Working days after the due day: to `done`, or to the date when not done. */
  readonly lateBy: number
  readonly citation: Citation.Citation
  /** The basis of the deadline: `assumed` is never an error on its own. */
  readonly basis: "official" | "assumed"
  readonly assumption?: LegalDocument.Bilingual
  readonly setting?: Setting.Setting
}

/**
 * The duty steps done late or overdue at a date, in the order of
 * `Thahc.dutySteps`.
 *
 * @example
 * ```ts
 * const c: Thahc.ThahcCase = { id: "hc-1", judgmentDate: CivilDate.make("2024-01-10"), receivedDate: CivilDate.make("2024-01-15"), kind: "a" }
 * Thahc.lateSteps(c, CivilDate.make("2024-06-30")).map((s) => s.step) // ["notice", "obliged-report"]
 * Thahc.lateSteps({ ...c, noticeDate: CivilDate.make("2024-01-19"), obligedReportDate: CivilDate.make("2024-02-20") }, CivilDate.make("2024-06-30")) // []
 * ```
 * @since 0.1.0
 */
export const lateSteps = (
  c: ThahcCase,
  at: CivilDate.CivilDate,
  calendar: WorkingCalendar.WorkingCalendar = WorkingCalendar.standard,
  settings: Deadlines.Settings = Deadlines.defaultSettings
): ReadonlyArray<LateStep> => {
  const d = Deadlines.deadlines(c, calendar, settings)
  const byStep: { readonly [S in Deadlines.DutyStep]: Deadlines.Deadline | undefined } = {
    notice: d.notice,
    "obliged-report": d.obligedReport,
    "court-order": d.courtOrder,
    meeting: d.meeting,
    "superior-directive": d.superiorDirective,
    "result-notice": d.resultNotice
  }
  const out: Array<LateStep> = []
  for (const step of Deadlines.dutySteps) {
    const x = byStep[step]
    if (x === undefined) continue
    const done = Deadlines.doneDate(c, step)
    const moot =
      (step === "meeting" || step === "superior-directive") && c.completedDate !== undefined && c.completedDate <= x.due
    const late = done !== undefined ? done > x.due : at > x.due && !moot
    if (!late) continue
    out.push({
      step,
      due: x.due,
      ...(done !== undefined ? { done } : {}),
      lateBy: calendar.workingDaysBetween(x.due, done ?? at),
      citation: x.citation,
      basis: x.basis,
      ...(x.assumption !== undefined ? { assumption: x.assumption } : {}),
      ...(x.setting !== undefined ? { setting: x.setting } : {})
    })
  }
  return out
}
