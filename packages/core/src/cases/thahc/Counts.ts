/**
 * The counts of THAHC cases at a date, for the office's THAHC statistics
 * (NĐ 71/2016 Điều 35) and form 03/TKLN-THADS (TTLT 12/2021 Điều 4 k1 c):
 * the cases received, those counted as việc (1 case with a reminder letter,
 * văn bản đôn đốc, = 1 việc: TT 08/2015 Phụ lục 2), the completed ones, the
 * compulsion orders, the cases by status and the late steps. The official
 * columns of form 03/TKLN-THADS were not found (docs/forms.md): these are
 * the figures the form is about, not its lines.
 *
 * @since 0.4.0
 */
import type * as CivilDate from "../../base/CivilDate.js"
import * as WorkingCalendar from "../../calendar/WorkingCalendar.js"
import * as Deadlines from "./Deadlines.js"
import type { ThahcCase } from "./Model.js"
import * as Monitor from "./Monitor.js"

/**
 * The counts a THAHC report needs at a date.
 *
 * @example
 * ```ts
 * const cases: Array<Thahc.ThahcCase> = [{ id: "hc-1", judgmentDate: CivilDate.make("2024-01-10"), receivedDate: CivilDate.make("2024-01-15"), kind: "a" }]
 * const n: Thahc.Counts = Thahc.counts(cases, CivilDate.make("2024-09-30"))
 * n.received // 1
 * n.lateByStep.notice // 1
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
  readonly byStatus: { readonly [S in Monitor.Status]: number }
  /** Cases with at least one late or overdue duty step. */
  readonly withLateSteps: number
  /** Of which every late step rests on an assumption (not an error on its own). */
  readonly withOnlyAssumedLateSteps: number
  /** Late or overdue steps, per step. */
  readonly lateByStep: { readonly [S in Deadlines.DutyStep]: number }
}

/**
 * Counts THAHC cases at a date (cases received after it are ignored).
 *
 * @example
 * ```ts
 * const cases: Array<Thahc.ThahcCase> = [
 *   { id: "hc-1", judgmentDate: CivilDate.make("2024-01-10"), receivedDate: CivilDate.make("2024-01-15"), kind: "a", reminderDate: CivilDate.make("2024-03-01") },
 *   { id: "hc-2", judgmentDate: CivilDate.make("2024-09-10"), receivedDate: CivilDate.make("2024-10-15"), kind: "a" }
 * ]
 * Thahc.counts(cases, CivilDate.make("2024-09-30")).received // 1
 * Thahc.counts(cases, CivilDate.make("2024-09-30")).counted // 1
 * ```
 * @since 0.1.0
 */
export const counts = (
  cases: ReadonlyArray<ThahcCase>,
  at: CivilDate.CivilDate,
  calendar: WorkingCalendar.WorkingCalendar = WorkingCalendar.standard,
  settings: Deadlines.Settings = Deadlines.defaultSettings
): Counts => {
  const byStatus: Record<Monitor.Status, number> = {
    completed: 0,
    "compulsion-ordered": 0,
    "voluntary-period": 0,
    "awaiting-request": 0,
    requested: 0,
    "request-window-closed": 0
  }
  const lateByStep: Record<Deadlines.DutyStep, number> = {
    notice: 0,
    "obliged-report": 0,
    "court-order": 0,
    meeting: 0,
    "superior-directive": 0,
    "result-notice": 0
  }
  let received = 0
  let counted = 0
  let orders = 0
  let late = 0
  let onlyAssumed = 0
  for (const c of cases) {
    if (c.receivedDate > at) continue
    received++
    if (c.reminderDate !== undefined && c.reminderDate <= at) counted++
    if (c.compulsionOrderDate !== undefined && c.compulsionOrderDate <= at) orders++
    byStatus[Monitor.status(c, at, calendar, settings)]++
    const steps = Monitor.lateSteps(c, at, calendar, settings)
    if (steps.length > 0) {
      late++
      if (steps.every((s) => s.basis === "assumed")) onlyAssumed++
    }
    for (const s of steps) lateByStep[s.step]++
  }
  return {
    received,
    counted,
    completed: byStatus.completed,
    compulsionOrders: orders,
    byStatus,
    withLateSteps: late,
    withOnlyAssumedLateSteps: onlyAssumed,
    lateByStep
  }
}
