/**
 * The result object of a report check as it crosses the wire: core's
 * `ReportCheck.ResultSchema` (valid, rule set, organisation, report, stats,
 * KPIs, findings with their citations and rendered texts) — the same JSON as
 * `thads check --format json` and the add-in. This module names the Schemas
 * for the contract and encodes results with them.
 *
 * @since 0.1.0
 */
import { Citation, Finding as CoreFinding, ReportCheck } from "@thads/core"
import * as Schema from "effect/Schema"

type ResultEncoded = (typeof ReportCheck.ResultSchema)["Encoded"]

/**
 * A citation (the decoded form).
 *
 * @example
 * ```ts
 * const c: Result.CitationType = { document: "tt-06-2019-btp" } as Result.CitationType
 * ```
 * @since 0.1.0
 */
export interface CitationType extends Citation.Citation {}

/**
 * A citation's JSON.
 *
 * @example
 * ```ts
 * const c: Result.CitationEncoded = { document: "tt-06-2019-btp", text: { vi: "…", en: "…" } }
 * ```
 * @since 0.1.0
 */
export interface CitationEncoded extends CitationEncodedBase {}
type CitationEncodedBase = (typeof CoreFinding.CitationJsonSchema)["Encoded"]

/**
 * A finding (the decoded form).
 *
 * @example
 * ```ts
 * const code = (f: Result.FindingType) => f.code
 * ```
 * @since 0.1.0
 */
export interface FindingType extends CoreFinding.Finding {}

/**
 * A finding's JSON.
 *
 * @example
 * ```ts
 * const code = (f: Result.FindingEncoded) => f.code
 * ```
 * @since 0.1.0
 */
export interface FindingEncoded extends FindingEncodedBase {}
type FindingEncodedBase = (typeof CoreFinding.FindingSchema)["Encoded"]

/**
 * A KPI (the decoded form).
 *
 * @example
 * ```ts
 * const value = (k: Result.KpiType) => k.value
 * ```
 * @since 0.1.0
 */
export interface KpiType extends KpiTypeBase {}
type KpiTypeBase = (typeof ReportCheck.KpiSchema)["Type"]

/**
 * A KPI's JSON.
 *
 * @example
 * ```ts
 * const value = (k: Result.KpiEncoded) => k.value
 * ```
 * @since 0.1.0
 */
export interface KpiEncoded extends KpiEncodedBase {}
type KpiEncodedBase = (typeof ReportCheck.KpiSchema)["Encoded"]

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
 * A legal citation (căn cứ) in its JSON form, with its rendered text.
 *
 * @example
 * ```ts
 * const c: typeof Result.CitationJson.Encoded = { document: "tt-06-2019-btp", article: "9", clause: 2 }
 * ```
 * @since 0.1.0
 */
export const CitationJson: Schema.Codec<CitationType, CitationEncoded> = CoreFinding.CitationJsonSchema.annotate({
  identifier: "Citation"
})

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
 * A finding (phát hiện): core's `Finding.FindingSchema`.
 *
 * @example
 * ```ts
 * const text = JSON.stringify(Synthetic.report({ seed: 1, rows: 3, unitId: "chi-cuc-go-dau", year: 2023, months: 12 }))
 * const finding = ReportCheck.check(text, { organization: Organization.tayNinh, organizationId: "tay-ninh" }).findings[0]!
 * Schema.encodeSync(Result.Finding)(finding).citation.text.vi // "mục 4.4 Chỉ thị 09-CT/TU"
 * ```
 * @since 0.1.0
 */
export const Finding: Schema.Codec<FindingType, FindingEncoded> = CoreFinding.FindingSchema.annotate({
  identifier: "Finding"
})

/**
 * A KPI (chỉ tiêu): core's `ReportCheck.KpiSchema`.
 *
 * @example
 * ```ts
 * const text = JSON.stringify(Synthetic.report({ seed: 1, rows: 3, unitId: "chi-cuc-go-dau", year: 2023, months: 12 }))
 * const kpi = ReportCheck.check(text).kpis[0]!
 * Schema.encodeSync(Result.Kpi)(kpi).id // "completion-rate-cases"
 * ```
 * @since 0.1.0
 */
export const Kpi: Schema.Codec<KpiType, KpiEncoded> = ReportCheck.KpiSchema.annotate({ identifier: "Kpi" })

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
 * The result of a check: core's `ReportCheck.ResultSchema`.
 *
 * @example
 * ```ts
 * const text = JSON.stringify(Synthetic.report({ seed: 1, rows: 3, unitId: "chi-cuc-go-dau", year: 2023, months: 12 }))
 * const json = Result.toJson(ReportCheck.check(text))
 * json.valid // true
 * ```
 * @since 0.1.0
 */
export const CheckResult: Schema.Codec<CheckResult, CheckResultJson> = ReportCheck.ResultSchema.annotate({
  identifier: "CheckResult"
}) as never

/**
 * A decoded result.
 *
 * @example
 * ```ts
 * const valid = (r: Result.CheckResult) => r.valid
 * ```
 * @since 0.1.0
 */
export interface CheckResult extends ReportCheck.Result {}

/**
 * The JSON of a result.
 *
 * @example
 * ```ts
 * const result = ReportCheck.check("{")
 * const json: Result.CheckResultJson = Result.toJson(result)
 * json.valid // false
 * ```
 * @since 0.1.0
 */
export interface CheckResultJson extends ResultEncoded {}

/**
 * Encodes core's result with the Schema (the reference encoder; {@link toJson}
 * gives the same JSON faster).
 *
 * @example
 * ```ts
 * const text = JSON.stringify(Synthetic.report({ seed: 1, rows: 3, unitId: "chi-cuc-go-dau", year: 2023, months: 12 }))
 * Result.encode(ReportCheck.check(text)).report // { unitId: "chi-cuc-go-dau", year: 2023, months: 12 }
 * ```
 * @since 0.1.0
 */
export const encode: (r: ReportCheck.Result) => CheckResultJson = Schema.encodeSync(ReportCheck.ResultSchema)

const citationJsonCache = new WeakMap<object, unknown>()

/** A finding's citation in its JSON form with its text (cached per citation object: most are shared constants). */
const citationJson = (c: Citation.Citation): unknown => {
  let json = citationJsonCache.get(c)
  if (json === undefined) {
    json = { ...Citation.toJSON(c), text: { vi: Citation.renderVi(c), en: Citation.renderEn(c) } }
    citationJsonCache.set(c, json)
  }
  return json
}

/**
 * Encodes core's result into its JSON form — what {@link encode} gives (a
 * test holds them equal on valid, broken and undecodable reports), without
 * the Schema interpreter on the hot path of the service: findings' citations
 * get their JSON and rendered text, everything else is already JSON.
 *
 * @example
 * ```ts
 * const text = JSON.stringify(Synthetic.report({ seed: 1, rows: 3, unitId: "chi-cuc-go-dau", year: 2023, months: 12 }))
 * Result.toJson(ReportCheck.check(text, { organization: Organization.tayNinh, organizationId: "tay-ninh" })).findings[0]?.citation.text.vi // "mục 4.4 Chỉ thị 09-CT/TU"
 * ```
 * @since 0.1.0
 */
export const toJson = (r: ReportCheck.Result): CheckResultJson => {
  const findings = new Array(r.findings.length)
  for (let i = 0; i < r.findings.length; i++) {
    const f = r.findings[i]!
    findings[i] = { ...f, citation: citationJson(f.citation) }
  }
  const kpis = new Array(r.kpis.length)
  for (let i = 0; i < r.kpis.length; i++) {
    const k = r.kpis[i]!
    kpis[i] = { ...k, citation: Citation.toJSON(k.citation) }
  }
  return { ...r, kpis, findings } as unknown as CheckResultJson
}
