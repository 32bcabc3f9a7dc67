/**
 * Civil dates — "ngày" as written in Vietnamese legal documents: a calendar
 * day in Asia/Ho_Chi_Minh (UTC+7, no daylight saving since 1975), written
 * `YYYY-MM-DD`. No `Date` object and no local time zone are involved, so a
 * date never shifts by one day on a machine set to another zone.
 *
 * Internally a date is also an integer *day number*: days since 1970-01-01
 * in the proleptic Gregorian calendar. Arithmetic is done on day numbers.
 *
 * @since 0.1.0
 */
import type * as Brand from "effect/Brand"
import * as Schema from "effect/Schema"

/**
 * A valid civil date string `YYYY-MM-DD` (years 0001–9999).
 *
 * @example
 * ```ts
 * import { CivilDate } from "@thads/core"
 * const d: CivilDate.CivilDate = CivilDate.make("2024-02-10")
 * ```
 * @since 0.1.0
 */
export type CivilDate = string & Brand.Brand<"CivilDate">

/**
 * Days since 1970-01-01 (may be negative).
 *
 * @example
 * ```ts
 * const n: CivilDate.DayNumber = CivilDate.toDayNumber(CivilDate.make("1970-01-02")) // 1
 * ```
 * @since 0.1.0
 */
export type DayNumber = number

/**
 * Day of week, ISO numbering: 1 = Monday (thứ Hai) … 7 = Sunday (Chủ nhật).
 *
 * @example
 * ```ts
 * const w: CivilDate.Weekday = CivilDate.weekday(CivilDate.make("2024-02-10")) // 6 (thứ Bảy)
 * ```
 * @since 0.1.0
 */
export type Weekday = 1 | 2 | 3 | 4 | 5 | 6 | 7

/**
 * Year, month and day as numbers.
 *
 * @example
 * ```ts
 * const p: CivilDate.Parts = { year: 2022, month: 3, day: 31 }
 * ```
 * @since 0.1.0
 */
export interface Parts {
  readonly year: number
  readonly month: number
  readonly day: number
}

/**
 * The error thrown by {@link make} and returned by {@link parse} for text that
 * is not a real calendar date.
 *
 * @example
 * ```ts
 * CivilDate.parse("2023-02-30") // InvalidDateError: Invalid date "2023-02-30": day 30 is outside 1–28 for 02/2023 (expected YYYY-MM-DD)
 * ```
 * @since 0.1.0
 */
export class InvalidDateError extends Error {
  readonly _tag = "InvalidDateError"
  /** The reason in Vietnamese. */
  readonly reasonVi: string
  constructor(
    readonly input: string,
    readonly reason: string,
    reasonVi?: string
  ) {
    super(`Invalid date "${input}": ${reason} (expected YYYY-MM-DD)`)
    this.name = "InvalidDateError"
    this.reasonVi = reasonVi ?? reason
  }
}

const PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/

/**
 * Whether `year` is a Gregorian leap year.
 *
 * @example
 * ```ts
 * CivilDate.isLeapYear(2024) // true
 * ```
 * @since 0.1.0
 */
export const isLeapYear = (year: number): boolean => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0

/**
 * Number of days in a month (1–12) of a year.
 *
 * @example
 * ```ts
 * CivilDate.daysInMonth(2023, 2) // 28
 * ```
 * @since 0.1.0
 */
export const daysInMonth = (year: number, month: number): number =>
  month === 2 ? (isLeapYear(year) ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31

/**
 * Checks the parts of a date; returns the reason in English and Vietnamese
 * when invalid, else `undefined`.
 *
 * @example
 * ```ts
 * CivilDate.validateParts({ year: 2023, month: 2, day: 30 })
 * // { en: "day 30 is outside 1–28 for 02/2023", vi: "ngày 30 nằm ngoài 1–28 của tháng 02/2023" }
 * ```
 * @since 0.1.0
 */
export const validateParts = (p: Parts): { readonly en: string; readonly vi: string } | undefined => {
  if (!Number.isInteger(p.year) || p.year < 1 || p.year > 9999) {
    return { en: `year ${p.year} is outside 1–9999`, vi: `năm ${p.year} nằm ngoài 1–9999` }
  }
  if (!Number.isInteger(p.month) || p.month < 1 || p.month > 12) {
    return { en: `month ${p.month} is outside 1–12`, vi: `tháng ${p.month} nằm ngoài 1–12` }
  }
  const dim = daysInMonth(p.year, p.month)
  if (!Number.isInteger(p.day) || p.day < 1 || p.day > dim) {
    const mm = `${String(p.month).padStart(2, "0")}/${p.year}`
    return { en: `day ${p.day} is outside 1–${dim} for ${mm}`, vi: `ngày ${p.day} nằm ngoài 1–${dim} của tháng ${mm}` }
  }
  return undefined
}

const pad = (n: number, w: number) => String(n).padStart(w, "0")

const unsafeFromParts = (p: Parts): CivilDate => `${pad(p.year, 4)}-${pad(p.month, 2)}-${pad(p.day, 2)}` as CivilDate

/**
 * Parses `YYYY-MM-DD`; returns the date or an {@link InvalidDateError}
 * (never throws).
 *
 * @example
 * ```ts
 * CivilDate.parse("2024-02-29") // "2024-02-29"
 * CivilDate.parse("2023-02-29") instanceof CivilDate.InvalidDateError // true
 * ```
 * @since 0.1.0
 */
export const parse = (input: string): CivilDate | InvalidDateError => {
  const m = PATTERN.exec(input)
  if (m === null) return new InvalidDateError(input, "not in the form YYYY-MM-DD", "không đúng dạng YYYY-MM-DD")
  const parts = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) }
  const reason = validateParts(parts)
  return reason === undefined ? (input as CivilDate) : new InvalidDateError(input, reason.en, reason.vi)
}

/**
 * Whether a value is a valid civil date string.
 *
 * @example
 * ```ts
 * CivilDate.isCivilDate("2021-10-01") // true
 * ```
 * @since 0.1.0
 */
export const isCivilDate = (u: unknown): u is CivilDate =>
  typeof u === "string" && !(parse(u) instanceof InvalidDateError)

/**
 * Makes a date from `YYYY-MM-DD` or from parts; throws {@link InvalidDateError}
 * on an invalid date. Use {@link parse} for user input.
 *
 * @example
 * ```ts
 * CivilDate.make("2021-10-01")
 * CivilDate.make({ year: 2021, month: 10, day: 1 }) // "2021-10-01"
 * ```
 * @since 0.1.0
 */
export const make = (input: string | Parts): CivilDate => {
  if (typeof input === "string") {
    const r = parse(input)
    if (r instanceof InvalidDateError) throw r
    return r
  }
  const reason = validateParts(input)
  if (reason !== undefined)
    throw new InvalidDateError(`${input.year}-${input.month}-${input.day}`, reason.en, reason.vi)
  return unsafeFromParts(input)
}

/**
 * Splits a date into numbers.
 *
 * @example
 * ```ts
 * CivilDate.toParts(CivilDate.make("2022-03-31")) // { year: 2022, month: 3, day: 31 }
 * ```
 * @since 0.1.0
 */
export const toParts = (d: CivilDate): Parts => ({
  year: Number(d.slice(0, 4)),
  month: Number(d.slice(5, 7)),
  day: Number(d.slice(8, 10))
})

// Days-from-civil (H. Hinnant's public-domain algorithm, proleptic Gregorian).
/**
 * Day number (days since 1970-01-01) of the given parts.
 *
 * @example
 * ```ts
 * CivilDate.dayNumberOfParts({ year: 1970, month: 1, day: 2 }) // 1
 * ```
 * @since 0.1.0
 */
export const dayNumberOfParts = ({ day, month, year }: Parts): DayNumber => {
  const y = month <= 2 ? year - 1 : year
  const era = Math.floor(y / 400)
  const yoe = y - era * 400
  const mp = (month + 9) % 12
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy
  return era * 146097 + doe - 719468
}

/**
 * Parts of a day number.
 *
 * @example
 * ```ts
 * CivilDate.partsOfDayNumber(0) // { year: 1970, month: 1, day: 1 }
 * ```
 * @since 0.1.0
 */
export const partsOfDayNumber = (n: DayNumber): Parts => {
  const z = n + 719468
  const era = Math.floor(z / 146097)
  const doe = z - era * 146097
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365)
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100))
  const mp = Math.floor((5 * doy + 2) / 153)
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1
  const month = mp < 10 ? mp + 3 : mp - 9
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day }
}

/**
 * The day number of a date.
 *
 * @example
 * ```ts
 * CivilDate.toDayNumber(CivilDate.make("1970-01-11")) // 10
 * ```
 * @since 0.1.0
 */
export const toDayNumber = (d: CivilDate): DayNumber => dayNumberOfParts(toParts(d))

/**
 * The date of a day number.
 *
 * @example
 * ```ts
 * CivilDate.fromDayNumber(10) // "1970-01-11"
 * ```
 * @since 0.1.0
 */
export const fromDayNumber = (n: DayNumber): CivilDate => unsafeFromParts(partsOfDayNumber(n))

/**
 * Adds (or with a negative `n`, subtracts) calendar days.
 *
 * @example
 * ```ts
 * CivilDate.addDays(CivilDate.make("2024-02-28"), 2) // "2024-03-01"
 * ```
 * @since 0.1.0
 */
export const addDays = (d: CivilDate, n: number): CivilDate => fromDayNumber(toDayNumber(d) + n)

/**
 * Days from `a` to `b` (`b − a`).
 *
 * @example
 * ```ts
 * CivilDate.daysBetween(CivilDate.make("2024-01-01"), CivilDate.make("2024-03-01")) // 60
 * ```
 * @since 0.1.0
 */
export const daysBetween = (a: CivilDate, b: CivilDate): number => toDayNumber(b) - toDayNumber(a)

/**
 * ISO weekday of a day number: 1 = Monday … 7 = Sunday.
 *
 * @example
 * ```ts
 * CivilDate.weekdayOfDayNumber(0) // 4 (1970-01-01 was a Thursday)
 * ```
 * @since 0.1.0
 */
export const weekdayOfDayNumber = (n: DayNumber): Weekday => (((((n + 3) % 7) + 7) % 7) + 1) as Weekday

/**
 * ISO weekday of a date: 1 = Monday (thứ Hai) … 7 = Sunday (Chủ nhật).
 *
 * @example
 * ```ts
 * CivilDate.weekday(CivilDate.make("2024-02-10")) // 6 (Saturday)
 * ```
 * @since 0.1.0
 */
export const weekday = (d: CivilDate): Weekday => weekdayOfDayNumber(toDayNumber(d))

/**
 * Whether a date falls on Saturday or Sunday, the civil servants' weekly rest
 * (QĐ 188/1999/QĐ-TTg Điều 1).
 *
 * @example
 * ```ts
 * CivilDate.isWeekend(CivilDate.make("2024-02-10")) // true
 * ```
 * @since 0.1.0
 */
export const isWeekend = (d: CivilDate): boolean => weekday(d) >= 6

/**
 * The last day of the month of `year`/`month`.
 *
 * @example
 * ```ts
 * CivilDate.endOfMonth(2024, 2) // "2024-02-29"
 * ```
 * @since 0.1.0
 */
export const endOfMonth = (year: number, month: number): CivilDate =>
  unsafeFromParts({ year, month, day: daysInMonth(year, month) })

/**
 * Adds calendar months; when the target month has no such day the result is
 * that month's last day (the month rule of BLDS 2015 Điều 148).
 *
 * @example
 * ```ts
 * CivilDate.addMonths(CivilDate.make("2024-01-31"), 1) // "2024-02-29"
 * ```
 * @since 0.1.0
 */
export const addMonths = (d: CivilDate, n: number): CivilDate => {
  const p = toParts(d)
  const index = p.year * 12 + (p.month - 1) + n
  const year = Math.floor(index / 12)
  const month = index - year * 12 + 1
  return unsafeFromParts({ year, month, day: Math.min(p.day, daysInMonth(year, month)) })
}

/**
 * Adds calendar years (29 February becomes 28 February in a common year).
 *
 * @example
 * ```ts
 * CivilDate.addYears(CivilDate.make("2024-02-29"), 1) // "2025-02-28"
 * ```
 * @since 0.1.0
 */
export const addYears = (d: CivilDate, n: number): CivilDate => addMonths(d, 12 * n)

/**
 * Orders two dates: -1, 0 or 1. ISO strings compare lexicographically.
 *
 * @example
 * ```ts
 * CivilDate.compare(CivilDate.make("2024-01-01"), CivilDate.make("2023-12-31")) // 1
 * ```
 * @since 0.1.0
 */
export const compare = (a: CivilDate, b: CivilDate): -1 | 0 | 1 => (a < b ? -1 : a > b ? 1 : 0)

/**
 * The later of two dates.
 *
 * @example
 * ```ts
 * CivilDate.max(CivilDate.make("2024-01-01"), CivilDate.make("2023-12-31")) // "2024-01-01"
 * ```
 * @since 0.1.0
 */
export const max = (a: CivilDate, b: CivilDate): CivilDate => (a >= b ? a : b)

/**
 * The earlier of two dates.
 *
 * @example
 * ```ts
 * CivilDate.min(CivilDate.make("2024-01-01"), CivilDate.make("2023-12-31")) // "2023-12-31"
 * ```
 * @since 0.1.0
 */
export const min = (a: CivilDate, b: CivilDate): CivilDate => (a <= b ? a : b)

/**
 * Today's date in Asia/Ho_Chi_Minh (UTC+7) at an instant (milliseconds since
 * the epoch). Core never reads a clock: the caller passes the instant from
 * its own (effect's `Clock`, `Date.now()` at an app's edge).
 *
 * @example
 * ```ts
 * CivilDate.todayInVietnam(Date.UTC(2024, 0, 31, 18, 0)) // "2024-02-01" (01:00 in Hà Nội)
 * ```
 * @since 0.1.0
 */
export const todayInVietnam = (epochMs: number): CivilDate =>
  fromDayNumber(Math.floor((epochMs + 7 * 3_600_000) / 86_400_000))

/**
 * Formats as Vietnamese `dd/mm/yyyy` ("ngày 05/01/2020").
 *
 * @example
 * ```ts
 * CivilDate.formatVi(CivilDate.make("2020-01-05")) // "05/01/2020"
 * ```
 * @since 0.1.0
 */
export const formatVi = (d: CivilDate): string => `${d.slice(8, 10)}/${d.slice(5, 7)}/${d.slice(0, 4)}`

/**
 * Schema for a civil date string; decoding reports the exact reason
 * ("day 30 is outside 1–28 for 02/2023"). Its JSON Schema (and OpenAPI) is a
 * string of `format: "date"` (RFC 3339 full-date, which has no 30 February
 * either) with the pattern `YYYY-MM-DD`.
 *
 * @example
 * ```ts
 * import * as Schema from "effect/Schema"
 * Schema.decodeUnknownSync(CivilDate.CivilDateSchema)("2024-02-29") // "2024-02-29"
 * Schema.decodeUnknownSync(CivilDate.CivilDateSchema)("2026-02-30") // SchemaError: Invalid date "2026-02-30": day 30 is outside 1–28 for 02/2026…
 * Schema.toJsonSchemaDocument(CivilDate.CivilDateSchema).schema // { type: "string", format: "date", pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$", title: "CivilDate" }
 * ```
 * @since 0.1.0
 */
export const CivilDateSchema: Schema.Codec<CivilDate, string> = Schema.String.pipe(
  Schema.check(
    Schema.makeFilter(
      (s: string) => {
        const r = parse(s)
        return r instanceof InvalidDateError ? r.message : undefined
      },
      {
        title: "CivilDate",
        description: "A calendar date YYYY-MM-DD in Asia/Ho_Chi_Minh",
        toJsonSchema: () => ({ format: "date", pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$" })
      }
    )
  )
) as unknown as Schema.Codec<CivilDate, string>
