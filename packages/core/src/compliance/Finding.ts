/**
 * A finding (phát hiện): the one result type of every check, used by the
 * library, the CLI, the service and the add-in. It carries a stable code from
 * the catalogue ({@link FindingCatalogue}), a severity, the rule and its legal
 * citation and basis, a message in Vietnamese and English rendered from the
 * code's templates, the exact place (JSON Pointer; sheet and cell when the
 * source is a workbook; unit; period), the observed and expected values, the
 * formula and the trace of the computation (bounded: {@link maxTrace} steps
 * and a count of the rest).
 *
 * {@link FindingSchema} is the source of truth: the JSON of `thads check`,
 * the service's OpenAPI and the add-in decode and encode with it.
 *
 * @since 0.1.0
 */
import * as Schema from "effect/Schema"
import * as SchemaTransformation from "effect/SchemaTransformation"
import * as Citation from "../citation/Citation.js"
import * as StatisticalPeriod from "../calendar/StatisticalPeriod.js"
import * as FindingCatalogue from "./FindingCatalogue.js"

/**
 * Severity: `error` makes a report invalid; `warning` needs attention;
 * `info` is for the record.
 *
 * @example
 * ```ts
 * const severity: Finding.Severity = "warning"
 * ```
 * @since 0.1.0
 */
export type Severity = "error" | "warning" | "info"

/**
 * Schema of a {@link Severity}.
 *
 * @example
 * ```ts
 * import * as Schema from "effect/Schema"
 * Schema.is(Finding.SeveritySchema)("error") // true
 * ```
 * @since 0.2.0
 */
export const SeveritySchema = Schema.Literals(["error", "warning", "info"])

/**
 * The basis of a rule, a parameter or a finding: `official` when the text
 * that says it was read; `assumed` otherwise (a documented setting).
 *
 * @example
 * ```ts
 * const b: Finding.Basis = "assumed"
 * ```
 * @since 0.2.0
 */
export type Basis = "official" | "assumed"

/**
 * Schema of a {@link Basis}.
 *
 * @example
 * ```ts
 * import * as Schema from "effect/Schema"
 * Schema.is(Finding.BasisSchema)("assumed") // true
 * ```
 * @since 0.2.0
 */
export const BasisSchema = Schema.Literals(["official", "assumed"])

const Text = Schema.Struct({ vi: Schema.String, en: Schema.String })

/**
 * Schema of a {@link Location}.
 *
 * @example
 * ```ts
 * import * as Schema from "effect/Schema"
 * Schema.decodeUnknownSync(Finding.LocationSchema)({ path: "/cases/rows/3/V13" }) // { path: "/cases/rows/3/V13" }
 * ```
 * @since 0.2.0
 */
export const LocationSchema = Schema.Struct({
  /** JSON Pointer into the report ("" = the whole report). */
  path: Schema.optionalKey(Schema.String),
  /** The source file, when known. */
  file: Schema.optionalKey(Schema.String),
  /** Worksheet and A1 cell when the source is a workbook. */
  sheet: Schema.optionalKey(Schema.String),
  cell: Schema.optionalKey(Schema.String),
  unitId: Schema.optionalKey(Schema.String),
  period: Schema.optionalKey(StatisticalPeriod.PeriodSchema)
})

/**
 * Where a finding points.
 *
 * @example
 * ```ts
 * const location: Finding.Location = { path: "/cases/rows/3/V13", file: "report.json", unitId: "cuc-tay-ninh", period: { year: 2022, months: 6 } }
 * ```
 * @since 0.1.0
 */
export interface Location extends Schema.Schema.Type<typeof LocationSchema> {}

/**
 * Schema of a {@link TraceStep}.
 *
 * @example
 * ```ts
 * import * as Schema from "effect/Schema"
 * Schema.decodeUnknownSync(Finding.TraceStepSchema)({ label: "V06", value: 41 }) // { label: "V06", value: 41 }
 * ```
 * @since 0.2.0
 */
export const TraceStepSchema = Schema.Struct({
  label: Schema.String,
  value: Schema.Union([Schema.Finite, Schema.String]),
  /** Where the value comes from (a JSON Pointer, a rule, a parameter). */
  source: Schema.optionalKey(Schema.String)
})

/**
 * One step of the computation behind a finding.
 *
 * @example
 * ```ts
 * const step: Finding.TraceStep = { label: "V06", value: 41, source: "/cases/rows/3/V06" }
 * ```
 * @since 0.1.0
 */
export interface TraceStep extends Schema.Schema.Type<typeof TraceStepSchema> {}

/**
 * The citation of a finding as JSON: its structured fields, and (when
 * encoding) its rendered text in both languages; decoding ignores the text.
 *
 * @example
 * ```ts
 * import * as Schema from "effect/Schema"
 * Schema.encodeSync(Finding.CitationJsonSchema)({ document: "tt-06-2019-btp", article: "9", clause: 2 }).text.vi
 * // "khoản 2 Điều 9 Thông tư 06/2019/TT-BTP"
 * ```
 * @since 0.2.0
 */
export const CitationJsonSchema = Schema.Struct({
  document: Schema.String,
  section: Schema.optionalKey(Schema.String),
  article: Schema.optionalKey(Schema.String),
  clause: Schema.optionalKey(Schema.Number),
  point: Schema.optionalKey(Schema.String),
  note: Schema.optionalKey(Text),
  /** The citation rendered (encoding only; ignored when decoding). */
  text: Schema.optionalKey(Text)
}).pipe(
  Schema.decodeTo(
    Citation.CitationSchema,
    SchemaTransformation.transform({
      decode: ({ text: _text, ...c }) => c as Citation.CitationJson,
      encode: (c) => {
        const citation = c as unknown as Citation.Citation
        return { ...c, text: { vi: Citation.renderVi(citation), en: Citation.renderEn(citation) } }
      }
    })
  )
)

/**
 * Schema of a {@link Finding}: the JSON form every app reads and writes.
 *
 * @example
 * ```ts
 * import * as Schema from "effect/Schema"
 * const finding = FindingCatalogue.make("report-negative", { params: { detail: "-1" }, location: { path: "/cases/rows/3/V08" } })
 * const json = Schema.encodeSync(Finding.FindingSchema)(finding) // the citation with its text:
 * json.citation // { document: "tt-06-2019-btp", text: { vi: "Thông tư 06/2019/TT-BTP", en: "Circular 06/2019/TT-BTP" } }
 * Schema.decodeUnknownSync(Finding.FindingSchema)(json) // { code: "report-negative", location: { path: "/cases/rows/3/V08" } }
 * ```
 * @since 0.2.0
 */
export const FindingSchema = Schema.Struct({
  /** Stable kebab-case code from the catalogue. */
  code: Schema.Literals(FindingCatalogue.codes),
  severity: SeveritySchema,
  /** The rule that produced it, e.g. "identity/I13", "deadline/tt06-2019/chi-cuc". */
  ruleId: Schema.String,
  citation: CitationJsonSchema,
  /** `assumed` when the rule or a parameter it used is an assumption (the finding is then at most a warning). */
  basis: Schema.optionalKey(BasisSchema),
  message: Text,
  location: LocationSchema,
  observed: Schema.optionalKey(Schema.Union([Schema.Finite, Schema.String])),
  expected: Schema.optionalKey(Schema.Union([Schema.Finite, Schema.String])),
  formula: Schema.optionalKey(Text),
  /** The first steps of the computation ({@link maxTrace} at most). */
  trace: Schema.optionalKey(Schema.Array(TraceStepSchema)),
  /** How many steps of the trace were left out. */
  traceOmitted: Schema.optionalKey(Schema.Int)
})

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
export interface Finding extends Schema.Schema.Type<typeof FindingSchema> {}

/**
 * Most steps of a trace kept in a finding; the rest are counted in
 * `traceOmitted` (output stays proportional to the input, never findings ×
 * rows).
 *
 * @example
 * ```ts
 * Finding.maxTrace // 20
 * ```
 * @since 0.2.0
 */
export const maxTrace = 20

/**
 * Most characters of a value echoed in a message or an observed value.
 *
 * @example
 * ```ts
 * Finding.maxEcho // 200
 * ```
 * @since 0.2.0
 */
export const maxEcho: number = FindingCatalogue.maxEcho

/**
 * A string cut to {@link maxEcho} characters, saying how many were left out.
 *
 * @example
 * ```ts
 * Finding.echo("V08") // "V08"
 * ```
 * @since 0.2.0
 */
export const echo: (s: string) => string = FindingCatalogue.echo

const rank: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 }

/**
 * Orders findings: errors first, then warnings, then info; within a severity
 * by path, then code (in code-unit order, the same whatever the locale).
 *
 * @example
 * ```ts
 * const findings = [
 *   FindingCatalogue.make("report-negative", { params: { detail: "-1" }, location: { path: "/cases/rows/3/V08" } }),
 *   FindingCatalogue.make("report-negative", { params: { detail: "-2" }, location: { path: "/cases/rows/1/V08" } }),
 *   FindingCatalogue.make("report-negative", { location: { path: "" }, severity: "warning", params: { detail: "-3" } })
 * ]
 * [...findings].sort(Finding.order).map((f) => f.location.path) // ["/cases/rows/1/V08", "/cases/rows/3/V08", ""]
 * ```
 * @since 0.1.0
 */
export const order = (a: Finding, b: Finding): number =>
  rank[a.severity] - rank[b.severity] ||
  byCodeUnits(a.location.path ?? "", b.location.path ?? "") ||
  byCodeUnits(a.code, b.code)

/**
 * Strings in UTF-16 code-unit order: the same on every machine (`localeCompare`
 * follows the host's locale, and its first call loads ICU's collator, ≈ 10 ms
 * of a command's start).
 */
const byCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)

/**
 * Counts findings by severity.
 *
 * @example
 * ```ts
 * const findings = [
 *   FindingCatalogue.make("report-negative", { params: { detail: "-1" }, location: { path: "/cases/rows/3/V08" } }),
 *   FindingCatalogue.make("report-negative", { params: { detail: "-2" }, location: { path: "/cases/rows/1/V08" } }),
 *   FindingCatalogue.make("report-negative", { location: { path: "" }, severity: "warning", params: { detail: "-3" } })
 * ]
 * Finding.count(findings) // { error: 2, warning: 1, info: 0 }
 * ```
 * @since 0.1.0
 */
export const count = (findings: ReadonlyArray<Finding>): Readonly<Record<Severity, number>> => {
  const c = { error: 0, warning: 0, info: 0 }
  for (const f of findings) c[f.severity]++
  return c
}

/**
 * A finding that rests on an assumption: marked `assumed` and, if it was an
 * error, made a warning (an assumption is never an error on its own).
 *
 * @example
 * ```ts
 * const f = FindingCatalogue.make("report-negative", { params: { detail: "-1" }, location: { path: "/cases/rows/3/V08" } })
 * f.severity // "error"
 * Finding.assumed(f).severity // "warning"
 * ```
 * @since 0.2.0
 */
export const assumed = (f: Finding): Finding => ({
  ...f,
  basis: "assumed",
  severity: f.severity === "error" ? "warning" : f.severity
})
