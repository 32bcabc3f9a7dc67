/**
 * The civil-servant working-day calendar (ngày làm việc): Monday–Friday, less
 * the weekdays off of the year's schedule, plus the Saturdays worked
 * (QĐ 188/1999/QĐ-TTg Điều 1; the yearly notices).
 *
 * A calendar is built once from its options and indexes each year lazily as a
 * sorted array of working-day numbers, so adding N working days is a binary
 * search, not a day-by-day loop.
 *
 * @since 0.1.0
 */
import * as CivilDate from "../base/CivilDate.js"
import * as HolidaySchedule from "./HolidaySchedule.js"

interface YearIndex {
  readonly schedule: HolidaySchedule.YearSchedule
  /** Working days of the year as day numbers, ascending. */
  readonly days: Int32Array
  /** Its unverified days, by date. */
  readonly unverified: ReadonlyArray<HolidaySchedule.UnverifiedDay>
}

/**
 * A working-day calendar.
 *
 * @example
 * ```ts
 * const cal = WorkingCalendar.make()
 * cal.isWorkingDay(CivilDate.make("2024-05-04")) // true: a Saturday worked
 * cal.addWorkingDays(CivilDate.make("2024-02-07"), 1) // "2024-02-15": Tết
 * ```
 * @since 0.1.0
 */
export interface WorkingCalendar {
  /** The schedule used for a calendar year. */
  readonly schedule: (year: number) => HolidaySchedule.YearSchedule
  /** Whether civil servants work on that day. */
  readonly isWorkingDay: (date: CivilDate.CivilDate) => boolean
  /**
   * The `n`-th working day after `date` (`date` itself is not counted, BLDS
   * Điều 147); `n = 0` returns `date`; a negative `n` counts backwards.
   */
  readonly addWorkingDays: (date: CivilDate.CivilDate, n: number) => CivilDate.CivilDate
  /** `date` if it is a working day, else the next working day. */
  readonly nextWorkingDayOnOrAfter: (date: CivilDate.CivilDate) => CivilDate.CivilDate
  /** Working days in the half-open interval (`from`, `to`]; negative if `to` < `from`. */
  readonly workingDaysBetween: (from: CivilDate.CivilDate, to: CivilDate.CivilDate) => number
  /** Whether any year the answer depends on is estimated. */
  readonly isEstimated: (year: number) => boolean
  /**
   * The days in [`from`, `to`] whose status is not verified (reported or
   * inferred days off and Saturdays worked, and candidate days off such as
   * 24/11/2026 that count only when opted in).
   */
  readonly unverifiedDays: (
    from: CivilDate.CivilDate,
    to: CivilDate.CivilDate
  ) => ReadonlyArray<HolidaySchedule.UnverifiedDay>
  /**
   * The same calendar with the given days' status inverted (a working day
   * becomes a rest day and the reverse): "what if this unverified day were
   * (or were not) off".
   */
  readonly flipped: (dates: ReadonlyArray<CivilDate.CivilDate>) => WorkingCalendar
}

/**
 * Options: overrides of the schedules and the estimator settings.
 *
 * @example
 * ```ts
 * const options: WorkingCalendar.Options = { estimator: { cultureDay: false } }
 * const calendar = WorkingCalendar.make(options)
 * ```
 * @since 0.1.0
 */
export type Options = HolidaySchedule.Options

const yearStartDay = (year: number) => CivilDate.dayNumberOfParts({ year, month: 1, day: 1 })

/** First index in `a` whose value is > x. */
const upperBound = (a: Int32Array, x: number): number => {
  let lo = 0
  let hi = a.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (a[mid]! <= x) lo = mid + 1
    else hi = mid
  }
  return lo
}

/**
 * Builds a working-day calendar. Years are indexed on first use.
 *
 * @example
 * ```ts
 * const cal = WorkingCalendar.make({
 *   overrides: [{ year: 2027, addDaysOff: [{ date: CivilDate.make("2027-04-30"), reason: "victory-day", confidence: "verified" }] }]
 * })
 * ```
 * @since 0.1.0
 */
export const make = (options: Options = {}): WorkingCalendar => build(options, new Set(), new Map(), new Map())

/**
 * A calendar; `flips` are day numbers whose status is inverted. Calendars
 * derived from one another by {@link WorkingCalendar.flipped} share the
 * schedules (the costly part) and the derived calendars themselves.
 */
const build = (
  options: Options,
  flips: ReadonlySet<number>,
  schedules: Map<number, HolidaySchedule.YearSchedule>,
  derived: Map<string, WorkingCalendar>
): WorkingCalendar => {
  const cache = new Map<number, YearIndex>()
  const index = (year: number): YearIndex => {
    let y = cache.get(year)
    if (y !== undefined) return y
    let schedule = schedules.get(year)
    if (schedule === undefined) {
      schedule = HolidaySchedule.forYear(year, options)
      schedules.set(year, schedule)
    }
    const off = new Set<number>(schedule.daysOff.map((d) => CivilDate.toDayNumber(d.date)))
    const sat = new Set<number>(schedule.workingSaturdays.map((d) => CivilDate.toDayNumber(d.date)))
    const start = yearStartDay(year)
    const end = yearStartDay(year + 1)
    const days: Array<number> = []
    for (let n = start; n < end; n++) {
      const wd = CivilDate.weekdayOfDayNumber(n)
      if (((wd <= 5 && !off.has(n)) || sat.has(n)) !== flips.has(n)) days.push(n)
    }
    y = { schedule, days: Int32Array.from(days), unverified: HolidaySchedule.unverifiedDays(schedule) }
    cache.set(year, y)
    return y
  }
  const yearOf = (n: number) => CivilDate.partsOfDayNumber(n).year

  const isWorkingDayNumber = (n: number): boolean => {
    const { days } = index(yearOf(n))
    const i = upperBound(days, n)
    return i > 0 && days[i - 1] === n
  }

  const addWorkingDayNumbers = (n: number, k: number): number => {
    if (k === 0) return n
    let year = yearOf(n)
    if (k > 0) {
      let remaining = k
      let { days } = index(year)
      let i = upperBound(days, n) // first working day after n
      for (;;) {
        if (i + remaining - 1 < days.length) return days[i + remaining - 1]!
        remaining -= days.length - i
        year += 1
        days = index(year).days
        i = 0
      }
    }
    let remaining = -k
    let { days } = index(year)
    // Index of last working day strictly before n.
    let i = upperBound(days, n - 1) - 1
    for (;;) {
      if (i - (remaining - 1) >= 0) return days[i - (remaining - 1)]!
      remaining -= i + 1
      year -= 1
      days = index(year).days
      i = days.length - 1
    }
  }

  const countUpTo = (n: number, baseYear: number): number => {
    // Working days in [1 Jan baseYear, n].
    let count = 0
    const y = yearOf(n)
    for (let year = baseYear; year < y; year++) count += index(year).days.length
    return count + upperBound(index(y).days, n)
  }

  return {
    schedule: (year) => index(year).schedule,
    isWorkingDay: (date) => isWorkingDayNumber(CivilDate.toDayNumber(date)),
    addWorkingDays: (date, n) => {
      if (!Number.isInteger(n)) throw new RangeError(`working days must be a whole number, got ${n}`)
      return CivilDate.fromDayNumber(addWorkingDayNumbers(CivilDate.toDayNumber(date), n))
    },
    nextWorkingDayOnOrAfter: (date) => {
      const n = CivilDate.toDayNumber(date)
      return isWorkingDayNumber(n) ? date : CivilDate.fromDayNumber(addWorkingDayNumbers(n, 1))
    },
    workingDaysBetween: (from, to) => {
      const a = CivilDate.toDayNumber(from)
      const b = CivilDate.toDayNumber(to)
      const lo = Math.min(a, b)
      const hi = Math.max(a, b)
      const base = yearOf(lo)
      const count = countUpTo(hi, base) - countUpTo(lo, base)
      return b >= a ? count : 0 - count
    },
    isEstimated: (year) => index(year).schedule.status === "estimated",
    unverifiedDays: (from, to) => {
      const out: Array<HolidaySchedule.UnverifiedDay> = []
      // Civil dates are YYYY-MM-DD strings: the year is their first four digits.
      const last = Number(to.slice(0, 4))
      for (let year = Number(from.slice(0, 4)); year <= last; year++) {
        for (const u of index(year).unverified) {
          if (u.date >= from && u.date <= to) out.push(u)
        }
      }
      return out
    },
    flipped: (dates) => {
      const next = new Set(flips)
      for (const d of dates) {
        const n = CivilDate.toDayNumber(d)
        if (next.has(n)) next.delete(n)
        else next.add(n)
      }
      const key = [...next].sort((a, b) => a - b).join(",")
      let cal = derived.get(key)
      if (cal === undefined) {
        cal = build(options, next, schedules, derived)
        derived.set(key, cal)
      }
      return cal
    }
  }
}

/**
 * The unverified days in (`after`, `until`] on which a computed date depends:
 * each unverified day (reported or inferred day off or Saturday worked, or a
 * candidate such as 24/11/2026) is flipped in turn, the date recomputed, and
 * the day kept when the result changes. A date computed from days after
 * `after` up to `until` (a deadline counted from a period's end, a time
 * limit) cannot depend on any other day. The unverified days are few (a
 * handful a year), so this is a few recomputations at most.
 *
 * @example
 * ```ts
 * const oneDay = (cal: WorkingCalendar.WorkingCalendar) => cal.addWorkingDays(CivilDate.make("2026-08-31"), 1)
 * WorkingCalendar.dependsOnUnverifiedDays(WorkingCalendar.standard, CivilDate.make("2026-08-31"), CivilDate.make("2026-09-03"), oneDay)
 * // [{ date: "2026-09-01", kind: "day-off", confidence: "reported", reason: "national-day", ifFlipped: "2026-09-01" }]: 1/9/2026 is only reported as a day off
 * ```
 * @since 0.1.0
 */
export const dependsOnUnverifiedDays = (
  calendar: WorkingCalendar,
  after: CivilDate.CivilDate,
  until: CivilDate.CivilDate,
  compute: (calendar: WorkingCalendar) => CivilDate.CivilDate
): ReadonlyArray<HolidaySchedule.UnverifiedDay & { readonly ifFlipped: CivilDate.CivilDate }> => {
  if (until <= after) return []
  const candidates = calendar.unverifiedDays(CivilDate.addDays(after, 1), until)
  if (candidates.length === 0) return []
  const base = compute(calendar)
  const out: Array<HolidaySchedule.UnverifiedDay & { readonly ifFlipped: CivilDate.CivilDate }> = []
  for (const u of candidates) {
    const other = compute(calendar.flipped([u.date]))
    if (other !== base) out.push({ ...u, ifFlipped: other })
  }
  return out
}

/**
 * The default calendar: official table, no overrides, default estimator.
 *
 * @example
 * ```ts
 * WorkingCalendar.standard.isWorkingDay(CivilDate.make("2025-09-01")) // false
 * ```
 * @since 0.1.0
 */
export const standard: WorkingCalendar = make()
