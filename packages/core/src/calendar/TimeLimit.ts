/**
 * Time limits (thời hạn) per Bộ luật Dân sự 2015 Điều 147–148:
 * - the day of the triggering event is not counted; counting starts the next
 *   day (Điều 147 k2–k3);
 * - a limit in days ends at the end of its last day; in months, on the
 *   corresponding day of the last month, or that month's last day if it has
 *   none; if the last day is a weekly rest day or a public holiday the limit
 *   ends at the end of the next working day (Điều 148);
 * - a limit in working days (ngày làm việc) counts only working days, so it
 *   can never end on a rest day.
 *
 * @since 0.1.0
 */
import type * as Citation from "../citation/Citation.js"
import * as CivilDate from "../base/CivilDate.js"
import * as WorkingCalendar from "./WorkingCalendar.js"

/**
 * The unit of a limit: calendar days (ngày), working days (ngày làm việc),
 * months (tháng), years (năm), or `immediately` (ngay).
 *
 * @example
 * ```ts
 * const unit: TimeLimit.Unit = "working-days"
 * TimeLimit.end(CivilDate.make("2024-02-07"), { amount: 1, unit }).end // "2024-02-15"
 * ```
 * @since 0.1.0
 */
export type Unit = "days" | "working-days" | "months" | "years" | "immediately"

/**
 * A time limit: an amount of a unit, e.g. 5 working days.
 *
 * @example
 * ```ts
 * const fiveWorkingDays: TimeLimit.Limit = { amount: 5, unit: "working-days" }
 * ```
 * @since 0.1.0
 */
export interface Limit {
  readonly amount: number
  readonly unit: Unit
}

/**
 * The end of a time limit, explained.
 *
 * @example
 * ```ts
 * const r: TimeLimit.Result = TimeLimit.end(CivilDate.make("2024-04-19"), { amount: 10, unit: "days" })
 * r.end               // "2024-05-02"
 * r.rolledForwardFrom // "2024-04-29"
 * ```
 * @since 0.1.0
 */
export interface Result {
  /** The last day of the limit (it ends at the end of that day). */
  readonly end: CivilDate.CivilDate
  /** The day the limit would have ended before moving off a rest day. */
  readonly rolledForwardFrom?: CivilDate.CivilDate
  readonly limit: Limit
  readonly start: CivilDate.CivilDate
  /** Whether an estimated (unannounced) year's schedule was used. */
  readonly estimated: boolean
  /**
   * The unverified days (a reported swap, 24/11/2026, …) that would change
   * the end if they were (or were not) days off; empty when none would.
   */
  readonly dependsOnUnverifiedDays: ReadonlyArray<CivilDate.CivilDate>
  readonly citations: ReadonlyArray<Citation.Citation>
}

/**
 * The articles of the Civil Code on counting time.
 *
 * @example
 * ```ts
 * TimeLimit.citations.end // { document: "blds-2015", article: "148" }
 * ```
 * @since 0.1.0
 */
export const citations = {
  start: { document: "blds-2015", article: "147" },
  end: { document: "blds-2015", article: "148" }
} as const satisfies Record<string, Citation.Citation>

/**
 * Computes the last day of a limit that starts with an event on `start`.
 *
 * @example
 * ```ts
 * // 10 days from Friday 2024-04-19 end on Monday 29/4, a swapped day off,
 * // so they roll to Thursday 2/5.
 * TimeLimit.end(CivilDate.make("2024-04-19"), { amount: 10, unit: "days" }).end // "2024-05-02"
 * TimeLimit.end(CivilDate.make("2024-02-07"), { amount: 1, unit: "working-days" }).end // "2024-02-15"
 * ```
 * @since 0.1.0
 */
export const end = (
  start: CivilDate.CivilDate,
  limit: Limit,
  calendar: WorkingCalendar.WorkingCalendar = WorkingCalendar.standard
): Result => {
  if (!Number.isInteger(limit.amount) || limit.amount < 0) {
    throw new RangeError(`a time limit must be a whole number ≥ 0, got ${limit.amount}`)
  }
  const estimatedBetween = (a: CivilDate.CivilDate, b: CivilDate.CivilDate) => {
    const ya = CivilDate.toParts(a).year
    const yb = CivilDate.toParts(b).year
    for (let y = ya; y <= yb; y++) if (calendar.isEstimated(y)) return true
    return false
  }
  const endOn = (cal: WorkingCalendar.WorkingCalendar): CivilDate.CivilDate => {
    switch (limit.unit) {
      case "immediately":
        return start
      case "working-days":
        return cal.addWorkingDays(start, limit.amount)
      default:
        return cal.nextWorkingDayOnOrAfter(nominalOf())
    }
  }
  const nominalOf = () =>
    limit.unit === "days"
      ? CivilDate.addDays(start, limit.amount)
      : CivilDate.addMonths(start, limit.unit === "months" ? limit.amount : 12 * limit.amount)
  const depends = (e: CivilDate.CivilDate) =>
    WorkingCalendar.dependsOnUnverifiedDays(calendar, start, e, endOn).map((u) => u.date)
  const base = { limit, start, citations: [citations.start, citations.end] }
  switch (limit.unit) {
    case "immediately":
      return { ...base, end: start, estimated: false, dependsOnUnverifiedDays: [] }
    case "working-days": {
      const e = calendar.addWorkingDays(start, limit.amount)
      return { ...base, end: e, estimated: estimatedBetween(start, e), dependsOnUnverifiedDays: depends(e) }
    }
    case "days":
    case "months":
    case "years": {
      const nominal = nominalOf()
      const e = calendar.nextWorkingDayOnOrAfter(nominal)
      const result = { ...base, end: e, estimated: estimatedBetween(start, e), dependsOnUnverifiedDays: depends(e) }
      return e === nominal ? result : { ...result, rolledForwardFrom: nominal }
    }
  }
}

/**
 * Rolls a fixed last day forward to the next working day when it is a rest
 * day or holiday (BLDS Điều 148).
 *
 * @example
 * ```ts
 * TimeLimit.rollForward(CivilDate.make("2019-01-01")) // "2019-01-02"
 * ```
 * @since 0.1.0
 */
export const rollForward = (
  date: CivilDate.CivilDate,
  calendar: WorkingCalendar.WorkingCalendar = WorkingCalendar.standard
): CivilDate.CivilDate => calendar.nextWorkingDayOnOrAfter(date)
