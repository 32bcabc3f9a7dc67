/**
 * The Vietnamese lunar calendar (âm lịch), computed for the meridian of
 * UTC+7 (105°E), solar ↔ lunar with leap months (tháng nhuận).
 *
 * Re-implemented from the published description of Hồ Ngọc Đức's algorithm
 * ("Thuật toán tính âm lịch"):
 *
 * 1. A month starts on the local day that contains the new moon (ngày Sóc).
 * 2. A year has 12 or 13 months.
 * 3. The winter solstice (Đông chí) always falls in month 11.
 * 4. When 13 new moons separate two consecutive month-11 starts, the first
 *    month after Đông chí that contains no major solar term (trung khí) is the
 *    leap month; it repeats the number of the month before it.
 *
 * New moons come from Jean Meeus' truncated series (with its ΔT polynomial),
 * the sun's longitude from the mean anomaly / equation-of-centre series. Only
 * arithmetic is used: no `Date`, no time zones of the host machine.
 *
 * **Vietnam must use UTC+7.** The `…At` variants and the optional `tzHours`
 * parameters exist only to compare with other calendars (China uses UTC+8,
 * which makes e.g. Tết 1985 fall a whole month later).
 *
 * Supported range: lunar years 1900–2199, i.e. solar dates from Tết 1900
 * (1900-01-31) to the day before Tết 2200 (which covers 2199-12-31).
 *
 * @since 0.1.0
 */
import * as CivilDate from "../base/CivilDate.js"

/**
 * A lunar date (ngày âm lịch). `year` is the lunar year number: Tết
 * 2024-02-10 is `{ year: 2024, month: 1, day: 1, leap: false }`. `leap` is
 * `true` for a day of the leap month (tháng nhuận), which repeats `month`.
 *
 * @example
 * ```ts
 * import { Lunar } from "@thads/core"
 * const d: Lunar.LunarDate = { year: 2023, month: 2, day: 1, leap: true } // 1/2 nhuận 2023
 * ```
 * @since 0.1.0
 */
export interface LunarDate {
  readonly year: number
  readonly month: number
  readonly day: number
  readonly leap: boolean
}

/**
 * The error returned (never thrown) by {@link toSolar} and {@link monthLength}
 * for a lunar date that does not exist.
 *
 * @example
 * ```ts
 * const r = Lunar.toSolar({ year: 2024, month: 4, day: 1, leap: true })
 * r instanceof Lunar.LunarError // true
 * ;(r as Lunar.LunarError).message // "lunar year 2024 has no leap month 4 (it has no leap month)"
 * ```
 * @since 0.1.0
 */
export class LunarError extends Error {
  readonly _tag = "LunarError"
  constructor(message: string) {
    super(message)
    this.name = "LunarError"
  }
}

/**
 * The time zone of the Vietnamese calendar, in hours east of UTC (105°E).
 *
 * @example
 * ```ts
 * Lunar.VIETNAM_TZ // 7
 * ```
 * @since 0.1.0
 */
export const VIETNAM_TZ = 7

/**
 * The first supported lunar year.
 *
 * @example
 * ```ts
 * Lunar.MIN_YEAR // 1900
 * ```
 * @since 0.1.0
 */
export const MIN_YEAR = 1900

/**
 * The last supported lunar year.
 *
 * @example
 * ```ts
 * Lunar.MAX_YEAR // 2199
 * ```
 * @since 0.1.0
 */
export const MAX_YEAR = 2199

// ---------------------------------------------------------------------------
// Astronomy
// ---------------------------------------------------------------------------

/** Julian day number of 1970-01-01. */
const JDN_UNIX_EPOCH = 2440588
/** Julian date of the new moon of 1900-01-01 (lunation k = 0). */
const NEW_MOON_EPOCH = 2415021.076998695
/** Mean synodic month, days. */
const SYNODIC_MONTH = 29.530588853
const RAD = Math.PI / 180

const sinDeg = (deg: number): number => Math.sin(deg * RAD)

/**
 * Julian date (TT-corrected to UT) of the k-th new moon after the new moon of
 * 1900-01-01, from Meeus' truncated series.
 */
const newMoonJd = (k: number): number => {
  const T = k / 1236.85 // Julian centuries since 1900-01-00.5
  const T2 = T * T
  const T3 = T2 * T
  const mean =
    2415020.75933 +
    29.53058868 * k +
    0.0001178 * T2 -
    0.000000155 * T3 +
    0.00033 * sinDeg(166.56 + 132.87 * T - 0.009173 * T2)
  const M = 359.2242 + 29.10535608 * k - 0.0000333 * T2 - 0.00000347 * T3 // sun's mean anomaly
  const Mp = 306.0253 + 385.81691806 * k + 0.0107306 * T2 + 0.00001236 * T3 // moon's mean anomaly
  const F = 21.2964 + 390.67050646 * k - 0.0016528 * T2 - 0.00000239 * T3 // moon's argument of latitude
  const correction =
    (0.1734 - 0.000393 * T) * sinDeg(M) +
    0.0021 * sinDeg(2 * M) -
    0.4068 * sinDeg(Mp) +
    0.0161 * sinDeg(2 * Mp) -
    0.0004 * sinDeg(3 * Mp) +
    0.0104 * sinDeg(2 * F) -
    0.0051 * sinDeg(M + Mp) -
    0.0074 * sinDeg(M - Mp) +
    0.0004 * sinDeg(2 * F + M) -
    0.0004 * sinDeg(2 * F - M) -
    0.0006 * sinDeg(2 * F + Mp) +
    0.001 * sinDeg(2 * F - Mp) +
    0.0005 * sinDeg(2 * Mp + M)
  const deltaT =
    T < -11
      ? 0.001 + 0.000839 * T + 0.0002261 * T2 - 0.00000845 * T3 - 0.000000081 * T * T3
      : -0.000278 + 0.000265 * T + 0.000262 * T2
  return mean + correction - deltaT
}

/** Julian day number of the local day (UTC+tz) containing the k-th new moon. */
const newMoonDay = (k: number, tz: number): number => Math.floor(newMoonJd(k) + 0.5 + tz / 24)

/**
 * The sun's ecliptic longitude at local midnight starting day `jdn`, as a
 * sector 0–11 of 30° each (sector 9 starts at Đông chí, 270°).
 */
const sunSector = (jdn: number, tz: number): number => {
  const T = (jdn - 2451545.5 - tz / 24) / 36525 // Julian centuries since J2000.0
  const T2 = T * T
  const M = 357.5291 + 35999.0503 * T - 0.0001559 * T2 - 0.00000048 * T * T2 // mean anomaly
  const L0 = 280.46645 + 36000.76983 * T + 0.0003032 * T2 // mean longitude
  const C =
    (1.9146 - 0.004817 * T - 0.000014 * T2) * sinDeg(M) +
    (0.019993 - 0.000101 * T) * sinDeg(2 * M) +
    0.00029 * sinDeg(3 * M) // equation of centre
  const L = (((L0 + C) % 360) + 360) % 360
  return Math.floor(L / 30)
}

/** Lunation index of a new-moon day. */
const lunationOf = (jdn: number): number => Math.round((jdn - NEW_MOON_EPOCH) / SYNODIC_MONTH)

/** Start (JDN) of the lunar month 11 that contains the Đông chí of solar year `yy`. */
const month11Start = (yy: number, tz: number): number => {
  const dec31 = CivilDate.dayNumberOfParts({ year: yy, month: 12, day: 31 }) + JDN_UNIX_EPOCH
  const k = Math.floor((dec31 - 2415021) / SYNODIC_MONTH)
  const nm = newMoonDay(k, tz)
  return sunSector(nm, tz) >= 9 ? newMoonDay(k - 1, tz) : nm
}

// ---------------------------------------------------------------------------
// Month tables (cached)
// ---------------------------------------------------------------------------

interface MonthEntry {
  readonly month: number
  readonly leap: boolean
  /** JDN of day 1. */
  readonly start: number
  readonly length: 29 | 30
}

interface YearTable {
  readonly months: ReadonlyArray<MonthEntry>
  readonly leapMonth: number | undefined
  /** JDN of Tết (1/1). */
  readonly start: number
  /** JDN of the next Tết (exclusive end). */
  readonly end: number
}

interface ZoneCache {
  /** Key: solar year s; the months from month 11 of s−1 up to month 11 of s. */
  readonly sections: Map<number, ReadonlyArray<MonthEntry>>
  /** Key: lunar year. */
  readonly years: Map<number, YearTable>
}

const caches = new Map<number, ZoneCache>()

const zoneCache = (tz: number): ZoneCache => {
  let c = caches.get(tz)
  if (c === undefined) {
    c = { sections: new Map(), years: new Map() }
    caches.set(tz, c)
  }
  return c
}

function internalError(what: string): never {
  throw new Error(`Lunar: internal inconsistency (${what})`)
}

/** The lunar months between the month-11 starts of solar years s−1 and s. */
const section = (s: number, tz: number): ReadonlyArray<MonthEntry> => {
  const cache = zoneCache(tz)
  const cached = cache.sections.get(s)
  if (cached !== undefined) return cached
  const a11 = month11Start(s - 1, tz)
  const b11 = month11Start(s, tz)
  const k0 = lunationOf(a11)
  const count = Math.round((b11 - a11) / SYNODIC_MONTH)
  if (count !== 12 && count !== 13) internalError(`${count} months in section ${s}`)
  const starts: Array<number> = [a11]
  for (let i = 1; i < count; i++) starts.push(newMoonDay(k0 + i, tz))
  starts.push(b11)
  // Leap month: the first month after month 11 whose start and end fall in the
  // same 30° sector, i.e. a month with no trung khí.
  let leapOffset = Number.POSITIVE_INFINITY
  if (count === 13) {
    for (let i = 1; i <= 12; i++) {
      if (sunSector(starts[i]!, tz) === sunSector(starts[i + 1]!, tz)) {
        leapOffset = i
        break
      }
    }
    if (leapOffset === Number.POSITIVE_INFINITY) internalError(`no leap month in section ${s}`)
  }
  const months: Array<MonthEntry> = []
  for (let i = 0; i < count; i++) {
    const raw = i < leapOffset ? 11 + i : 10 + i
    const length = starts[i + 1]! - starts[i]!
    if (length !== 29 && length !== 30) internalError(`month of ${length} days`)
    months.push({ month: ((raw - 1) % 12) + 1, leap: i === leapOffset, start: starts[i]!, length })
  }
  cache.sections.set(s, months)
  return months
}

/** Index of the non-leap month 1 in a section (months before it are 11/12). */
const firstMonthIndex = (months: ReadonlyArray<MonthEntry>): number => months.findIndex((m) => m.month === 1 && !m.leap)

/** The month table of lunar year `year` (no range check). */
const yearTable = (year: number, tz: number): YearTable => {
  const cache = zoneCache(tz)
  const cached = cache.years.get(year)
  if (cached !== undefined) return cached
  const thisSection = section(year, tz)
  const nextSection = section(year + 1, tz)
  const nextFirst = firstMonthIndex(nextSection)
  const months = [...thisSection.slice(firstMonthIndex(thisSection)), ...nextSection.slice(0, nextFirst)]
  const first = months[0]!
  const table: YearTable = {
    months,
    leapMonth: months.find((m) => m.leap)?.month,
    start: first.start,
    end: nextSection[nextFirst]!.start
  }
  cache.years.set(year, table)
  return table
}

const checkTz = (tz: number): void => {
  if (!Number.isFinite(tz) || tz < -12 || tz > 14) {
    throw new RangeError(`time zone ${tz} h is outside −12…+14 (Vietnam uses 7)`)
  }
}

const isSupportedYear = (year: number): boolean => Number.isInteger(year) && year >= MIN_YEAR && year <= MAX_YEAR

const rangeMessage = (year: number): string => `lunar year ${year} is outside ${MIN_YEAR}–${MAX_YEAR}`

/** The table of a supported lunar year; throws RangeError otherwise. */
const checkedTable = (year: number, tz: number): YearTable => {
  checkTz(tz)
  if (!isSupportedYear(year)) throw new RangeError(rangeMessage(year))
  return yearTable(year, tz)
}

const toCivil = (jdn: number): CivilDate.CivilDate => CivilDate.fromDayNumber(jdn - JDN_UNIX_EPOCH)

// ---------------------------------------------------------------------------
// Public API
// ---------------------------------------------------------------------------

/**
 * Converts a solar date to a lunar date in the calendar of time zone
 * `tzHours` (hours east of UTC). **Vietnam must use 7** — use {@link toLunar};
 * 8 gives the Chinese-style calendar computed with the same method.
 *
 * Throws `RangeError` when the date's lunar year is outside 1900–2199 or the
 * time zone is outside −12…+14.
 *
 * @example
 * ```ts
 * Lunar.toLunarAt(CivilDate.make("1985-01-21"), 7) // { year: 1985, month: 1, day: 1, leap: false }
 * Lunar.toLunarAt(CivilDate.make("1985-01-21"), 8) // { year: 1984, month: 12, day: 1, leap: false }
 * ```
 * @since 0.1.0
 */
export const toLunarAt = (date: CivilDate.CivilDate, tzHours: number): LunarDate => {
  checkTz(tzHours)
  const jdn = CivilDate.toDayNumber(date) + JDN_UNIX_EPOCH
  const min = yearTable(MIN_YEAR, tzHours).start
  const max = yearTable(MAX_YEAR, tzHours).end
  if (!(jdn >= min && jdn < max)) {
    throw new RangeError(
      `${date} is outside the supported lunar years ${MIN_YEAR}–${MAX_YEAR} (${toCivil(min)} … ${toCivil(max - 1)})`
    )
  }
  let year = CivilDate.toParts(date).year
  let table = yearTable(year, tzHours)
  if (jdn < table.start) {
    year -= 1
    table = yearTable(year, tzHours)
  }
  const months = table.months
  let i = months.length - 1
  while (months[i]!.start > jdn) i--
  const m = months[i]!
  return { year, month: m.month, day: jdn - m.start + 1, leap: m.leap }
}

/**
 * Converts a solar date to the Vietnamese lunar date (âm lịch, UTC+7).
 *
 * Supported: solar dates whose lunar year is 1900–2199, i.e. 1900-01-31 (Tết
 * 1900) up to the day before Tết 2200 (so through 2199-12-31). Throws
 * `RangeError` outside that range.
 *
 * @example
 * ```ts
 * Lunar.toLunar(CivilDate.make("2024-02-10")) // { year: 2024, month: 1, day: 1, leap: false } (Tết Giáp Thìn)
 * Lunar.toLunar(CivilDate.make("2023-03-22")) // { year: 2023, month: 2, day: 1, leap: true } (1/2 nhuận)
 * ```
 * @since 0.1.0
 */
export const toLunar = (date: CivilDate.CivilDate): LunarDate => toLunarAt(date, VIETNAM_TZ)

/** Finds the month entry of a lunar date, or explains why it does not exist. */
const findMonth = (year: number, month: number, leap: boolean, tz: number): MonthEntry | LunarError => {
  if (!isSupportedYear(year)) return new LunarError(rangeMessage(year))
  if (!Number.isInteger(month) || month < 1 || month > 12) {
    return new LunarError(`lunar month ${month} is outside 1–12`)
  }
  if (typeof leap !== "boolean") return new LunarError(`leap flag must be a boolean, got ${String(leap)}`)
  const table = yearTable(year, tz)
  const entry = table.months.find((m) => m.month === month && m.leap === leap)
  if (entry !== undefined) return entry
  return new LunarError(
    table.leapMonth === undefined
      ? `lunar year ${year} has no leap month ${month} (it has no leap month)`
      : `lunar year ${year} has no leap month ${month} (its leap month is ${table.leapMonth})`
  )
}

const monthLabel = (year: number, month: number, leap: boolean): string => `${month}${leap ? " (leap)" : ""}/${year}`

/**
 * Converts a lunar date to a solar date in the calendar of time zone
 * `tzHours`. **Vietnam must use 7** — use {@link toSolar}. Returns a
 * {@link LunarError} for a lunar date that does not exist; throws `RangeError`
 * only for a time zone outside −12…+14.
 *
 * @example
 * ```ts
 * Lunar.toSolarAt({ year: 1985, month: 1, day: 1, leap: false }, 7) // "1985-01-21"
 * Lunar.toSolarAt({ year: 1985, month: 1, day: 1, leap: false }, 8) // "1985-02-20"
 * ```
 * @since 0.1.0
 */
export const toSolarAt = (lunar: LunarDate, tzHours: number): CivilDate.CivilDate | LunarError => {
  checkTz(tzHours)
  const { day, leap, month, year } = lunar
  const entry = findMonth(year, month, leap, tzHours)
  if (entry instanceof LunarError) return entry
  if (!Number.isInteger(day) || day < 1 || day > entry.length) {
    return new LunarError(
      Number.isInteger(day) && day === 30
        ? `lunar month ${monthLabel(year, month, leap)} has ${entry.length} days, not 30`
        : `lunar day ${day} is outside 1–${entry.length} for month ${monthLabel(year, month, leap)}`
    )
  }
  return toCivil(entry.start + day - 1)
}

/**
 * Converts a Vietnamese lunar date (UTC+7) to the solar date. Returns (never
 * throws) a {@link LunarError} when the lunar date does not exist: year outside
 * 1900–2199, month outside 1–12, day outside 1–29/30 of that month, or a leap
 * flag on a month that is not that year's leap month.
 *
 * @example
 * ```ts
 * Lunar.toSolar({ year: 2004, month: 2, day: 1, leap: true }) // "2004-03-21"
 * Lunar.toSolar({ year: 2024, month: 4, day: 1, leap: true }) // LunarError: lunar year 2024 has no leap month 4 …
 * ```
 * @since 0.1.0
 */
export const toSolar = (lunar: LunarDate): CivilDate.CivilDate | LunarError => toSolarAt(lunar, VIETNAM_TZ)

/**
 * The leap month (tháng nhuận) of lunar year `year`, or `undefined` when the
 * year has 12 months. Throws `RangeError` for a year outside 1900–2199.
 *
 * @example
 * ```ts
 * Lunar.leapMonth(2023) // 2 (tháng 2 nhuận)
 * Lunar.leapMonth(2024) // undefined
 * ```
 * @since 0.1.0
 */
export const leapMonth = (year: number, tzHours: number = VIETNAM_TZ): number | undefined =>
  checkedTable(year, tzHours).leapMonth

/**
 * Number of months of lunar year `year`: 13 in a leap year (năm nhuận), else
 * 12. Throws `RangeError` for a year outside 1900–2199.
 *
 * @example
 * ```ts
 * Lunar.monthsInYear(2025) // 13
 * Lunar.monthsInYear(2024) // 12
 * ```
 * @since 0.1.0
 */
export const monthsInYear = (year: number, tzHours: number = VIETNAM_TZ): 12 | 13 =>
  checkedTable(year, tzHours).months.length === 13 ? 13 : 12

/**
 * Length of a lunar month: 29 (tháng thiếu) or 30 (tháng đủ) days. Returns a
 * {@link LunarError} for a month that does not exist (month outside 1–12, a
 * leap flag on a non-leap month, year outside 1900–2199).
 *
 * @example
 * ```ts
 * Lunar.monthLength(2025, 12) // 29 (tháng Chạp thiếu: Tết 2026 follows 29 Chạp)
 * Lunar.monthLength(2023, 12) // 30 (tháng Chạp đủ)
 * Lunar.monthLength(2023, 2, true) // 29
 * ```
 * @since 0.1.0
 */
export const monthLength = (
  year: number,
  month: number,
  leap: boolean = false,
  tzHours: number = VIETNAM_TZ
): 29 | 30 | LunarError => {
  checkTz(tzHours)
  const entry = findMonth(year, month, leap, tzHours)
  return entry instanceof LunarError ? entry : entry.length
}

/**
 * All months of lunar year `year` in order, with the solar date of each
 * month's first day (mùng 1). Throws `RangeError` for a year outside 1900–2199.
 *
 * @example
 * ```ts
 * Lunar.months(2023).map((m) => `${m.month}${m.leap ? "N" : ""}`)
 * // ["1", "2", "2N", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12"]
 * ```
 * @since 0.1.0
 */
export const months = (
  year: number,
  tzHours: number = VIETNAM_TZ
): ReadonlyArray<{
  readonly month: number
  readonly leap: boolean
  readonly start: CivilDate.CivilDate
  readonly length: 29 | 30
}> =>
  checkedTable(year, tzHours).months.map((m) => ({
    month: m.month,
    leap: m.leap,
    start: toCivil(m.start),
    length: m.length
  }))

/**
 * Solar date of Tết Nguyên đán (1/1 âm lịch) of lunar year `year`. Throws
 * `RangeError` for a year outside 1900–2199.
 *
 * @example
 * ```ts
 * Lunar.tet(2024) // "2024-02-10"
 * Lunar.tet(1985, 8) // "1985-02-20" (Chinese calendar; Vietnam: "1985-01-21")
 * ```
 * @since 0.1.0
 */
export const tet = (year: number, tzHours: number = VIETNAM_TZ): CivilDate.CivilDate =>
  toCivil(checkedTable(year, tzHours).start)

/**
 * Solar date of Giỗ Tổ Hùng Vương, 10/3 âm lịch (the regular, non-leap month
 * 3) of lunar year `year` — a public holiday (Bộ luật Lao động 2019 Điều 112).
 * Throws `RangeError` for a year outside 1900–2199.
 *
 * @example
 * ```ts
 * Lunar.gioTo(2024) // "2024-04-18"
 * ```
 * @since 0.1.0
 */
export const gioTo = (year: number, tzHours: number = VIETNAM_TZ): CivilDate.CivilDate => {
  const entry = checkedTable(year, tzHours).months.find((m) => m.month === 3 && !m.leap)
  return entry === undefined ? internalError(`no month 3 in ${year}`) : toCivil(entry.start + 9)
}
