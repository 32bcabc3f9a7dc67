/**
 * The result object of a report check as it crosses the wire: the same
 * fields as `ReportCheck.Result` of @thads/core (valid, rule set, report,
 * stats, KPIs, findings), citations in their JSON form.
 *
 * @since 0.1.0
 */
import { Citation, type ReportCheck } from "@thads/core"
import * as Schema from "effect/Schema"

/**
 * Text in Vietnamese and English.
 *
 * @example
 * ```ts
 * const b: typeof Result.Bilingual.Type = { vi: "Lỗi", en: "Error" }
 * ```
 * @since 0.1.0
 */
export const Bilingual = Schema.Struct({ vi: Schema.String, en: Schema.String }).annotate({ identifier: "Bilingual" })

/**
 * A legal citation (căn cứ) in its JSON form.
 *
 * @example
 * ```ts
 * const c: typeof Result.CitationJson.Type = { document: "tt-06-2019-btp", article: "9", clause: 2 }
 * ```
 * @since 0.1.0
 */
export const CitationJson = Schema.Struct({
  document: Schema.String,
  section: Schema.optionalKey(Schema.String),
  article: Schema.optionalKey(Schema.String),
  clause: Schema.optionalKey(Schema.Int),
  point: Schema.optionalKey(Schema.String),
  note: Schema.optionalKey(Bilingual)
}).annotate({ identifier: "Citation" })

const Scalar = Schema.Union([Schema.Finite, Schema.String])

/**
 * A statistical period: `months` cumulative months of statistical year `year`.
 *
 * @example
 * ```ts
 * const p: typeof Result.Period.Type = { year: 2022, months: 6 }
 * ```
 * @since 0.1.0
 */
export const Period = Schema.Struct({ year: Schema.Int, months: Schema.Int }).annotate({ identifier: "Period" })

/**
 * A finding (phát hiện).
 *
 * @example
 * ```ts
 * const f: typeof Result.Finding.Type = { code: "report-late", severity: "error", ruleId: "deadline/tt06-2019/cuc", citation: { document: "tt-06-2019-btp" }, message: { vi: "…", en: "…" }, location: { path: "/header" } }
 * ```
 * @since 0.1.0
 */
export const Finding = Schema.Struct({
  code: Schema.String,
  severity: Schema.Literals(["error", "warning", "info"]),
  ruleId: Schema.String,
  citation: CitationJson,
  message: Bilingual,
  location: Schema.Struct({
    path: Schema.optionalKey(Schema.String),
    file: Schema.optionalKey(Schema.String),
    sheet: Schema.optionalKey(Schema.String),
    cell: Schema.optionalKey(Schema.String),
    unitId: Schema.optionalKey(Schema.String),
    period: Schema.optionalKey(Period)
  }),
  observed: Schema.optionalKey(Scalar),
  expected: Schema.optionalKey(Scalar),
  formula: Schema.optionalKey(Bilingual),
  trace: Schema.optionalKey(
    Schema.Array(Schema.Struct({ label: Schema.String, value: Scalar, source: Schema.optionalKey(Schema.String) }))
  )
}).annotate({ identifier: "Finding" })

/**
 * A KPI (chỉ tiêu) of a report.
 *
 * @example
 * ```ts
 * const k: typeof Result.Kpi.Type = { id: "completion-rate-cases", label: { vi: "…", en: "…" }, value: 82.5, unit: "percent", formula: { vi: "…", en: "…" }, inputs: [], citation: { document: "chi-thi-09-ct-tu" }, rounding: null }
 * ```
 * @since 0.1.0
 */
export const Kpi = Schema.Struct({
  id: Schema.String,
  label: Bilingual,
  value: Schema.NullOr(Schema.Finite),
  unit: Schema.Literals(["percent", "percentage-points", "case", "vnd"]),
  formula: Bilingual,
  inputs: Schema.Array(Schema.Struct({ indicator: Schema.String, value: Schema.Finite, source: Schema.String })),
  citation: CitationJson,
  rounding: Schema.NullOr(Schema.Struct({ decimals: Schema.Int, mode: Schema.String, description: Bilingual })),
  note: Schema.optionalKey(Bilingual),
  target: Schema.optionalKey(
    Schema.Struct({
      value: Schema.Finite,
      op: Schema.Literals([">", ">="]),
      scope: Schema.Literals(["unit", "national"]),
      met: Schema.NullOr(Schema.Boolean),
      gap: Schema.NullOr(Schema.Finite),
      confidence: Schema.Literals(["verified", "inferred"]),
      sources: Schema.Array(Schema.String)
    })
  )
}).annotate({ identifier: "Kpi" })

/**
 * The rule set a result was produced with.
 *
 * @example
 * ```ts
 * const r: typeof Result.RuleSetRef.Type = { version: "0.1.0", hash: "3f2a…" }
 * ```
 * @since 0.1.0
 */
export const RuleSetRef = Schema.Struct({ version: Schema.String, hash: Schema.String }).annotate({
  identifier: "RuleSetRef"
})

/**
 * The result of a check.
 *
 * @example
 * ```ts
 * const r: Result.CheckResult = Result.toJson(ReportCheck.check(text))
 * ```
 * @since 0.1.0
 */
export const CheckResult = Schema.Struct({
  valid: Schema.Boolean,
  ruleSet: RuleSetRef,
  report: Schema.optionalKey(Schema.Struct({ unitId: Schema.String, year: Schema.Int, months: Schema.Int })),
  stats: Schema.Struct({
    rows: Schema.Struct({ cases: Schema.Int, money: Schema.Int }),
    identitiesEvaluated: Schema.Int,
    findings: Schema.Struct({ error: Schema.Int, warning: Schema.Int, info: Schema.Int })
  }),
  kpis: Schema.Array(Kpi),
  findings: Schema.Array(Finding)
}).annotate({ identifier: "CheckResult" })

/**
 * The type of {@link CheckResult}.
 *
 * @example
 * ```ts
 * const valid = (r: Result.CheckResult) => r.valid
 * ```
 * @since 0.1.0
 */
export type CheckResult = typeof CheckResult.Type

/**
 * The JSON form of core's result (citations as JSON).
 *
 * @example
 * ```ts
 * Result.toJson(ReportCheck.check(text)).valid
 * ```
 * @since 0.1.0
 */
export const toJson = (r: ReportCheck.Result): CheckResult => {
  const findings = new Array(r.findings.length)
  for (let i = 0; i < r.findings.length; i++) {
    const f = r.findings[i]!
    findings[i] = { ...f, citation: Citation.toJSON(f.citation) }
  }
  return {
    ...r,
    kpis: r.kpis.map((k) => ({ ...k, citation: Citation.toJSON(k.citation) })),
    findings
  } as CheckResult
}
