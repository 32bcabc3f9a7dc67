/**
 * A finding (phát hiện): the one result type of every check, used by the
 * library, the CLI, the service and the add-in. It carries a stable code from
 * the catalogue ({@link FindingCatalogue}), a severity, the rule and its legal
 * citation, a message in Vietnamese and English rendered from the code's
 * templates, the exact place (JSON Pointer; sheet and cell when the source is
 * a workbook; unit; period), the observed and expected values, the formula and
 * the trace of the computation.
 *
 * @since 0.1.0
 */
import type * as Citation from "../citation/Citation.js"
import type * as StatisticalPeriod from "../calendar/StatisticalPeriod.js"

/**
 * Severity: `error` makes a report invalid; `warning` needs attention;
 * `info` is for the record.
 *
 * @example
 * ```ts
 * const severity: Finding.Severity = "warning"
 * FindingCatalogue.make("report-negative", { params: { detail: "-1" }, location: { path: "/cases/rows/3/V08" } }).severity // "error"
 * ```
 * @since 0.1.0
 */
export type Severity = "error" | "warning" | "info"

/**
 * Where a finding points.
 *
 * @example
 * ```ts
 * const location: Finding.Location = { path: "/cases/rows/3/V13", file: "report.json", unitId: "cuc-tay-ninh", period: { year: 2022, months: 6 } }
 * ```
 * @since 0.1.0
 */
export interface Location {
  /** JSON Pointer into the report ("" = the whole report). */
  readonly path?: string
  /** The source file, when known. */
  readonly file?: string
  /** Worksheet and A1 cell when the source is a workbook. */
  readonly sheet?: string
  readonly cell?: string
  readonly unitId?: string
  readonly period?: StatisticalPeriod.Period
}

/**
 * One step of the computation behind a finding.
 *
 * @example
 * ```ts
 * const step: Finding.TraceStep = { label: "V06", value: 41, source: "/cases/rows/3/V06" }
 * ```
 * @since 0.1.0
 */
export interface TraceStep {
  readonly label: string
  readonly value: number | string
  /** Where the value comes from (a JSON Pointer, a rule, a parameter). */
  readonly source?: string
}

/**
 * A finding.
 *
 * @example
 * ```ts
 * const f: Finding.Finding = FindingCatalogue.make("identity-violated", {
 *   params: { identity: "I13", formula: "V13 = V06 − V08", observed: 40, expected: 41 },
 *   location: { path: "/cases/rows/3/V13" }
 * })
 * f.message.vi // "Đẳng thức I13 không thỏa mãn: V13 = V06 − V08; thực tế 40, đúng ra 41"
 * ```
 * @since 0.1.0
 */
export interface Finding {
  /** Stable kebab-case code from the catalogue. */
  readonly code: string
  readonly severity: Severity
  /** The rule that produced it, e.g. "identity/I13", "deadline/tt06-2019/chi-cuc". */
  readonly ruleId: string
  readonly citation: Citation.Citation
  readonly message: { readonly vi: string; readonly en: string }
  readonly location: Location
  readonly observed?: number | string
  readonly expected?: number | string
  readonly formula?: { readonly vi: string; readonly en: string }
  readonly trace?: ReadonlyArray<TraceStep>
}

const rank: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 }

/**
 * Orders findings: errors first, then warnings, then info; within a severity
 * by path.
 *
 * @example
 * ```ts
 * [...findings].sort(Finding.order)
 * ```
 * @since 0.1.0
 */
export const order = (a: Finding, b: Finding): number =>
  rank[a.severity] - rank[b.severity] ||
  (a.location.path ?? "").localeCompare(b.location.path ?? "") ||
  a.code.localeCompare(b.code)

/**
 * Counts findings by severity.
 *
 * @example
 * ```ts
 * Finding.count(findings) // { error: 2, warning: 1, info: 0 }
 * ```
 * @since 0.1.0
 */
export const count = (findings: ReadonlyArray<Finding>): Readonly<Record<Severity, number>> => {
  const c = { error: 0, warning: 0, info: 0 }
  for (const f of findings) c[f.severity]++
  return c
}
