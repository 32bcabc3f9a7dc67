/**
 * Shared helpers of the rule modules: number formatting for messages,
 * bounded traces and the day a report was sent.
 *
 * @since 0.2.0
 */
import * as CivilDate from "../../base/CivilDate.js"
import * as NumberFormat from "../../i18n/NumberFormat.js"
import * as Finding from "../Finding.js"

/**
 * A number in English grouping (strings as they are).
 *
 * @example
 * ```ts
 * Text.fmt(1234567) // "1,234,567"
 * ```
 * @since 0.2.0
 */
export const fmt = (n: number | string): string | number => (typeof n === "number" ? NumberFormat.format(n, "en") : n)

/**
 * A number in Vietnamese grouping (strings as they are).
 *
 * @example
 * ```ts
 * Text.fmtVi(1234567) // "1.234.567"
 * ```
 * @since 0.2.0
 */
export const fmtVi = (n: number | string): string | number => (typeof n === "number" ? NumberFormat.format(n, "vi") : n)

/**
 * The first {@link Finding.maxTrace} steps of a trace built from `items`
 * (only those are built) and how many were left out.
 *
 * @example
 * ```ts
 * Text.boundedTrace(["/a", "/b"], (p) => ({ label: p, value: 0 })) // { trace: [{ label: "/a", value: 0 }, { label: "/b", value: 0 }] }
 * ```
 * @since 0.2.0
 */
export const boundedTrace = <A>(
  items: ReadonlyArray<A>,
  step: (a: A) => Finding.TraceStep,
  from = 0
): { readonly trace: ReadonlyArray<Finding.TraceStep>; readonly traceOmitted?: number } => {
  const end = Math.min(items.length, from + Finding.maxTrace)
  const trace: Array<Finding.TraceStep> = []
  for (let i = from; i < end; i++) trace.push(step(items[i]!))
  const omitted = items.length - end
  return omitted > 0 ? { trace, traceOmitted: omitted } : { trace }
}

/**
 * The day a report was sent (ngày gửi), in Vietnam: the context's
 * `submittedOn` when given, else the civil date of the header's
 * `submittedAt` (an ISO 8601 date-time with offset), else `undefined`.
 *
 * @example
 * ```ts
 * Text.submissionDay(undefined, "2020-01-06T23:30:00+07:00") // "2020-01-06"
 * Text.submissionDay(undefined, "2020-01-06T20:00:00Z")      // "2020-01-07": 03:00 in Vietnam
 * Text.submissionDay(CivilDate.make("2020-01-08"), "2020-01-06T20:00:00Z") // "2020-01-08"
 * ```
 * @since 0.3.0
 */
export const submissionDay = (
  submittedOn: CivilDate.CivilDate | undefined,
  submittedAt: string | undefined
): CivilDate.CivilDate | undefined => {
  if (submittedOn !== undefined) return submittedOn
  if (submittedAt === undefined) return undefined
  const ms = Date.parse(submittedAt)
  return Number.isNaN(ms) ? undefined : CivilDate.todayInVietnam(ms)
}
