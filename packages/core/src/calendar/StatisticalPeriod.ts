/**
 * Statistical years and reporting periods (năm thống kê, kỳ báo cáo) of the
 * THADS statistical regime: statistical year N runs 01/10/(N−1) – 30/9/N;
 * periods are cumulative from 01/10, 1 to 12 months, each ending on the last
 * day of a month; the 12-month period is the annual report
 * (TT 06/2019/TT-BTP Điều 4 k2). Reports with the Procuracy and the Courts
 * use only the 3, 6, 10 and 12-month periods (TTLT 12/2021 Điều 6).
 *
 * @since 0.1.0
 */
import * as Schema from "effect/Schema"
import type * as Citation from "../citation/Citation.js"
import * as CivilDate from "../base/CivilDate.js"

/**
 * Number of months of a cumulative period, 1–12.
 *
 * @example
 * ```ts
 * const months: StatisticalPeriod.Months = 6
 * StatisticalPeriod.end({ year: 2022, months }) // "2022-03-31"
 * ```
 * @since 0.1.0
 */
export type Months = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12

/**
 * A reporting period: `months` months of statistical year `year`, from
 * 01/10/(year−1).
 *
 * @example
 * ```ts
 * const sixMonths2022: StatisticalPeriod.Period = { year: 2022, months: 6 }
 * ```
 * @since 0.1.0
 */
export interface Period {
  readonly year: number
  readonly months: Months
}

/**
 * The citation of the period rule.
 *
 * @example
 * ```ts
 * StatisticalPeriod.citation // { document: "tt-06-2019-btp", article: "4", clause: 2 }
 * ```
 * @since 0.1.0
 */
export const citation = { document: "tt-06-2019-btp", article: "4", clause: 2 } as const satisfies Citation.Citation

/**
 * The citation of the inter-agency periods.
 *
 * @example
 * ```ts
 * StatisticalPeriod.interagencyCitation // { document: "ttlt-12-2021", article: "6" }
 * ```
 * @since 0.1.0
 */
export const interagencyCitation = { document: "ttlt-12-2021", article: "6" } as const satisfies Citation.Citation

/**
 * The periods of the inter-agency reports with the Procuracy and the Courts.
 *
 * @example
 * ```ts
 * StatisticalPeriod.interagencyMonths // [3, 6, 10, 12]
 * ```
 * @since 0.1.0
 */
export const interagencyMonths: ReadonlyArray<Months> = [3, 6, 10, 12]

/**
 * A period that cannot exist (months outside 1–12, a non-integer year).
 *
 * @example
 * ```ts
 * StatisticalPeriod.make(2022, 13) // InvalidPeriodError: a period has 1 to 12 months, got 13
 * ```
 * @since 0.1.0
 */
export class InvalidPeriodError extends Error {
  readonly _tag = "InvalidPeriodError"
  constructor(message: string) {
    super(message)
    this.name = "InvalidPeriodError"
  }
}

/**
 * Whether `n` is a valid number of months.
 *
 * @example
 * ```ts
 * StatisticalPeriod.isMonths(6) // true
 * StatisticalPeriod.isMonths(13) // false
 * ```
 * @since 0.1.0
 */
export const isMonths = (n: unknown): n is Months => Number.isInteger(n) && (n as number) >= 1 && (n as number) <= 12

/**
 * Makes a period, checking it (throws {@link InvalidPeriodError}).
 *
 * @example
 * ```ts
 * StatisticalPeriod.make(2022, 6) // { year: 2022, months: 6 }
 * ```
 * @since 0.1.0
 */
export const make = (year: number, months: number): Period => {
  if (!Number.isInteger(year) || year < 2 || year > 9999) {
    throw new InvalidPeriodError(`statistical year ${year} is not a year (2–9999)`)
  }
  if (!isMonths(months)) {
    throw new InvalidPeriodError(`a period has 1 to 12 months, got ${months}`)
  }
  return { year, months }
}

/**
 * The first day of the statistical year and of all its periods: 01/10/(year−1).
 *
 * @example
 * ```ts
 * StatisticalPeriod.start({ year: 2022, months: 6 }) // "2021-10-01"
 * ```
 * @since 0.1.0
 */
export const start = (p: Period): CivilDate.CivilDate => CivilDate.make({ year: p.year - 1, month: 10, day: 1 })

/**
 * The last day of a period (the last day of its last month).
 *
 * @example
 * ```ts
 * StatisticalPeriod.end({ year: 2022, months: 6 }) // "2022-03-31"
 * StatisticalPeriod.end({ year: 2024, months: 5 }) // "2024-02-29"
 * ```
 * @since 0.1.0
 */
export const end = (p: Period): CivilDate.CivilDate => {
  const index = (p.year - 1) * 12 + 9 + (p.months - 1) // month index of the last month, 0-based
  const year = Math.floor(index / 12)
  return CivilDate.endOfMonth(year, index - year * 12 + 1)
}

/**
 * The statistical year a date belongs to.
 *
 * @example
 * ```ts
 * StatisticalPeriod.yearOf(CivilDate.make("2021-10-01")) // 2022
 * StatisticalPeriod.yearOf(CivilDate.make("2022-09-30")) // 2022
 * ```
 * @since 0.1.0
 */
export const yearOf = (d: CivilDate.CivilDate): number => {
  const { month, year } = CivilDate.toParts(d)
  return month >= 10 ? year + 1 : year
}

/**
 * The shortest period that contains a date: the period ending at the end of
 * the date's month.
 *
 * @example
 * ```ts
 * StatisticalPeriod.periodOf(CivilDate.make("2022-03-15")) // { year: 2022, months: 6 }
 * ```
 * @since 0.1.0
 */
export const periodOf = (d: CivilDate.CivilDate): Period => {
  const { month } = CivilDate.toParts(d)
  return { year: yearOf(d), months: (((month - 10 + 12) % 12) + 1) as Months }
}

/**
 * Whether a period is one of the inter-agency periods (3, 6, 10, 12 months).
 *
 * @example
 * ```ts
 * StatisticalPeriod.isInteragency({ year: 2022, months: 10 }) // true
 * ```
 * @since 0.1.0
 */
export const isInteragency = (p: Period): boolean => interagencyMonths.includes(p.months)

/**
 * The inter-agency period that a date falls in: the shortest of the 3, 6, 10
 * and 12-month periods that contains it.
 *
 * @example
 * ```ts
 * StatisticalPeriod.interagencyPeriodOf(CivilDate.make("2022-04-15")) // { year: 2022, months: 10 }
 * ```
 * @since 0.1.0
 */
export const interagencyPeriodOf = (d: CivilDate.CivilDate): Period => {
  const p = periodOf(d)
  return { year: p.year, months: interagencyMonths.find((m) => m >= p.months)! }
}

/**
 * The periods of a statistical year (all twelve, or only the inter-agency ones).
 *
 * @example
 * ```ts
 * StatisticalPeriod.periodsOfYear(2022, { interagency: true }).map(StatisticalPeriod.end)
 * // ["2021-12-31", "2022-03-31", "2022-07-31", "2022-09-30"]
 * ```
 * @since 0.1.0
 */
export const periodsOfYear = (
  year: number,
  options: { readonly interagency?: boolean } = {}
): ReadonlyArray<Period> => {
  const months: ReadonlyArray<Months> =
    options.interagency === true ? interagencyMonths : [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]
  return months.map((m) => ({ year, months: m }))
}

/**
 * The periods whose end falls in [`from`, `to`], in order.
 *
 * @example
 * ```ts
 * StatisticalPeriod.endingBetween(CivilDate.make("2022-09-01"), CivilDate.make("2022-11-30"))
 * // [{ year: 2022, months: 12 }, { year: 2023, months: 1 }, { year: 2023, months: 2 }]
 * ```
 * @since 0.1.0
 */
export const endingBetween = (from: CivilDate.CivilDate, to: CivilDate.CivilDate): ReadonlyArray<Period> => {
  const out: Array<Period> = []
  let p = periodOf(from)
  while (end(p) <= to) {
    if (end(p) >= from) out.push(p)
    p = next(p)
  }
  return out
}

/**
 * The period one month longer, or the first month of the next statistical year.
 *
 * @example
 * ```ts
 * StatisticalPeriod.next({ year: 2022, months: 12 }) // { year: 2023, months: 1 }
 * ```
 * @since 0.1.0
 */
export const next = (p: Period): Period =>
  p.months === 12 ? { year: p.year + 1, months: 1 } : { year: p.year, months: (p.months + 1) as Months }

/**
 * The same period of the previous statistical year (cùng kỳ năm trước).
 *
 * @example
 * ```ts
 * StatisticalPeriod.samePeriodLastYear({ year: 2022, months: 6 }) // { year: 2021, months: 6 }
 * ```
 * @since 0.1.0
 */
export const samePeriodLastYear = (p: Period): Period => ({ year: p.year - 1, months: p.months })

/**
 * The period's name in Vietnamese and English ("6 tháng năm 2022",
 * "12 tháng (năm) 2022").
 *
 * @example
 * ```ts
 * StatisticalPeriod.label({ year: 2022, months: 6 }, "vi") // "6 tháng năm 2022 (01/10/2021 – 31/03/2022)"
 * ```
 * @since 0.1.0
 */
export const label = (p: Period, lang: "vi" | "en"): string => {
  const range = `${CivilDate.formatVi(start(p))} – ${CivilDate.formatVi(end(p))}`
  if (lang === "vi") {
    return p.months === 12 ? `năm ${p.year} (${range})` : `${p.months} tháng năm ${p.year} (${range})`
  }
  return p.months === 12
    ? `statistical year ${p.year} (${start(p)} – ${end(p)})`
    : `${p.months} month${p.months === 1 ? "" : "s"} of statistical year ${p.year} (${start(p)} – ${end(p)})`
}

/**
 * Schema of a period: `{ year, months }` with months 1–12.
 *
 * @example
 * ```ts
 * import * as Schema from "effect/Schema"
 * Schema.decodeUnknownSync(StatisticalPeriod.PeriodSchema)({ year: 2022, months: 6 }) // { year: 2022, months: 6 }
 * ```
 * @since 0.1.0
 */
export const PeriodSchema = Schema.Struct({
  year: Schema.Int.check(Schema.isBetween({ minimum: 2, maximum: 9999 })),
  months: Schema.Literals([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12])
})
