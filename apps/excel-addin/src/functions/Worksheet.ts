/**
 * The worksheet functions as Excel sees them (namespace THADS): the JSDoc
 * here is the source of `functions.json` (custom-functions-metadata reads it
 * at build time; the Vietnamese names and descriptions come from
 * `Localized.ts`), and {@link register} associates each id with its function
 * in the shared runtime. Each function is a thin call into `Functions.ts`;
 * a {@link FunctionError.FunctionError} becomes a `CustomFunctions.Error`
 * with the message in the Office display language.
 *
 * @since 0.1.0
 */
import * as FunctionError from "./FunctionError.js"
import * as Functions from "./Functions.js"

/** The part of the custom-functions runtime used here (Excel provides the global). */
interface Runtime {
  readonly associate: (id: string, f: (...args: Array<never>) => unknown) => void
  readonly Error: new (code: string, message?: string) => Error
  readonly ErrorCode: Readonly<Record<FunctionError.Code, string>>
}

const runtime = (): Runtime | undefined => (globalThis as { CustomFunctions?: Runtime }).CustomFunctions

/**
 * The Office display language, "vi" or "en" ("vi" outside Office).
 *
 * @example
 * ```ts
 * Worksheet.displayLanguage() // "vi" — outside Office, and when Office is in Vietnamese
 * ```
 * @since 0.1.0
 */
export const displayLanguage = (): Functions.Lang => {
  const tag = (globalThis as { Office?: { context?: { displayLanguage?: string } } }).Office?.context?.displayLanguage
  return tag === undefined || tag.toLowerCase().startsWith("vi") ? "vi" : "en"
}

/**
 * Runs a function, turning a {@link FunctionError.FunctionError} into the
 * runtime's `CustomFunctions.Error` (or rethrowing it outside Excel, as
 * here).
 *
 * @example
 * ```ts
 * Worksheet.excel(() => Functions.rate(1, 4)) // 25
 * Worksheet.excel(() => Functions.rate(1, 0)) // FunctionError: #DIV/0! the denominator is 0: the rate is undefined
 * ```
 * @since 0.1.0
 */
export const excel = <A>(f: () => A): A => {
  try {
    return f()
  } catch (e) {
    const rt = runtime()
    if (FunctionError.isFunctionError(e) && rt !== undefined) {
      throw new rt.Error(rt.ErrorCode[e.code], e.text[displayLanguage()])
    }
    throw e
  }
}

/**
 * The cumulative statistical period of a date: its label, first day and last day, in one row.
 * @customfunction PERIOD PERIOD
 * @param date A date: an Excel date or text YYYY-MM-DD.
 * @returns The period's label, its first day and its last day.
 */
export function period(date: number | string): Array<Array<string | number>> {
  return excel(() => Functions.period(date, displayLanguage()))
}

/**
 * The last day to send the statistical report of a period (an Excel date).
 * @customfunction DEADLINE DEADLINE
 * @param year The statistical year (1 October of the year before to 30 September).
 * @param months The months of the cumulative period, 1 to 12.
 * @param level The reporting level: chv, chi-cuc, cuc, phong-khu-vuc or thads-tinh.
 * @param [regime] The reporting regime: tt01-2013, tt06-2019 or tt05-2024; by default the one in force when the period ends.
 * @returns The deadline, an Excel date.
 */
export function deadline(year: number, months: number, level: string, regime?: string): number {
  return excel(() => Functions.deadline(year, months, level, regime))
}

/**
 * The n-th working day of civil servants after a date (the date itself not counted).
 * @customfunction WORKDAY WORKDAY
 * @param date The starting date: an Excel date or text YYYY-MM-DD.
 * @param days The number of working days; negative counts backwards.
 * @returns The working day, an Excel date.
 */
export function workday(date: number | string, days: number): number {
  return excel(() => Functions.workday(date, days))
}

/**
 * The number of civil servants' working days between two dates, both included.
 * @customfunction NETWORKDAYS NETWORKDAYS
 * @param start The first date: an Excel date or text YYYY-MM-DD.
 * @param end The last date: an Excel date or text YYYY-MM-DD.
 * @returns The number of working days; negative when end is before start.
 */
export function networkdays(start: number | string, end: number | string): number {
  return excel(() => Functions.networkdays(start, end))
}

/**
 * Whether civil servants work on a date (days off and Saturdays worked included).
 * @customfunction ISWORKDAY ISWORKDAY
 * @param date The date: an Excel date or text YYYY-MM-DD.
 * @returns TRUE on a working day.
 */
export function isworkday(date: number | string): boolean {
  return excel(() => Functions.isWorkday(date))
}

/**
 * The Vietnamese lunar date of a solar date: day, month, year and leap month, in one row.
 * @customfunction LUNAR LUNAR
 * @param date The solar date: an Excel date or text YYYY-MM-DD.
 * @returns Day, month, year and TRUE for a leap month.
 */
export function lunar(date: number | string): Array<Array<number | boolean>> {
  return excel(() => Functions.lunar(date))
}

/**
 * The solar date of a Vietnamese lunar date.
 * @customfunction SOLAR SOLAR
 * @param day The lunar day, 1 to 30.
 * @param month The lunar month, 1 to 12.
 * @param year The lunar year.
 * @param [leap] TRUE for the leap month.
 * @returns The solar date, an Excel date.
 */
export function solar(day: number, month: number, year: number, leap?: boolean): number {
  return excel(() => Functions.solar(day, month, year, leap))
}

/**
 * A rate in percent: numerator divided by denominator times 100, exact, rounded once to 2 decimals.
 * @customfunction RATE RATE
 * @param numerator The numerator, a whole number of cases or VND.
 * @param denominator The denominator, a whole number of cases or VND.
 * @returns The rate in percent.
 */
export function rate(numerator: number, denominator: number): number {
  return excel(() => Functions.rate(numerator, denominator))
}

/**
 * The completion rate of a report row: indicator 08 divided by 07 times 100.
 * @customfunction COMPLETION COMPLETION
 * @param row The 14 indicators 01 to 14 of a report row (one row or one column).
 * @returns The completion rate in percent.
 */
export function completion(row: Array<Array<number | string>>): number {
  return excel(() => Functions.completion(row))
}

/**
 * The enforceable share of a report row: indicator 07 divided by 06 times 100.
 * @customfunction ENFORCEABLE_SHARE ENFORCEABLE_SHARE
 * @param row The 14 indicators 01 to 14 of a report row (one row or one column).
 * @returns The enforceable share in percent.
 */
export function enforceableShare(row: Array<Array<number | string>>): number {
  return excel(() => Functions.enforceableShare(row))
}

/**
 * The completion-rate target of a unit for a statistical year, its own or else the national one.
 * @customfunction TARGET TARGET
 * @param unit The unit id, e.g. cuc-tay-ninh, or national.
 * @param year The statistical year.
 * @param metric cases or money.
 * @returns The target in percent.
 */
export function target(unit: string, year: number, metric: string): number {
  return excel(() => Functions.target(unit, year, metric))
}

/**
 * The legal citation of a finding code or rule (identity, indicator, rate or document).
 * @customfunction CITE CITE
 * @param code A finding code such as report-late, or I13, V08, R1, tt-06-2019-btp.
 * @returns The citation text.
 */
export function cite(code: string): string {
  return excel(() => Functions.cite(code, displayLanguage()))
}

/**
 * The functions by id, as `functions.json` names them (a test keeps both in sync).
 *
 * @example
 * ```ts
 * Object.keys(Worksheet.byId).slice(0, 2) // ["PERIOD", "DEADLINE"]
 * Worksheet.byId.RATE(1, 4) // 25
 * ```
 * @since 0.1.0
 */
export const byId = {
  PERIOD: period,
  DEADLINE: deadline,
  WORKDAY: workday,
  NETWORKDAYS: networkdays,
  ISWORKDAY: isworkday,
  LUNAR: lunar,
  SOLAR: solar,
  RATE: rate,
  COMPLETION: completion,
  ENFORCEABLE_SHARE: enforceableShare,
  TARGET: target,
  CITE: cite
} as const

/**
 * Associates every function with its id in the custom-functions runtime;
 * false outside Excel (no runtime).
 *
 * @example
 * ```ts
 * Worksheet.register() // false — outside Excel (no custom-functions runtime); true inside
 * ```
 * @since 0.1.0
 */
export const register = (): boolean => {
  const rt = runtime()
  if (rt === undefined) return false
  for (const [id, f] of Object.entries(byId)) rt.associate(id, f as (...args: Array<never>) => unknown)
  return true
}
