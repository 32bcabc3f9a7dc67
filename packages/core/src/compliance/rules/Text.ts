/**
 * Shared helpers of the rule modules: number formatting for messages and
 * bounded traces.
 *
 * @since 0.2.0
 */
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
