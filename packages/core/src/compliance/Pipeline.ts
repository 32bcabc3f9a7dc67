/**
 * The check pipeline (quy trình kiểm tra), pure and shared by every app: the
 * CLI, the service and the add-in hand it data — report texts or grids read
 * through a form layout, and a serialisable context — and get results and
 * their rendering back. It assembles each report's context (the unit's
 * earlier reports, a province's units, the obligations from the
 * submissions), decodes each report once, checks it, adds the workbook's
 * reading notes, and renders results as text lines (vi/en) or as one JSON
 * document. Apps keep only reading files and printing.
 *
 * The organisation is explicit: {@link ContextData} names it by id
 * ({@link organizations}); without one, no province's units are assumed.
 *
 * @since 0.2.0
 */
import * as Schema from "effect/Schema"
import * as Citation from "../citation/Citation.js"
import * as CivilDate from "../base/CivilDate.js"
import * as Obligation from "../directive/Obligation.js"
import type * as ObligationSettings from "../directive/ObligationSettings.js"
import type * as AreaOffices from "../organization/AreaOffices.js"
import * as Organization from "../organization/Organization.js"
import type * as Kpi from "../kpi/Kpi.js"
import * as Decode from "../statistics/Decode.js"
import * as Report from "../statistics/Report.js"
import * as Finding from "./Finding.js"
import * as ReportCheck from "./ReportCheck.js"
import * as RuleSet from "./RuleSet.js"

/**
 * The organisations a context can name, by id. Tây Ninh (before and after
 * the merger of 1/7/2025) is the CLI's documented default.
 *
 * @example
 * ```ts
 * Pipeline.organizations["tay-ninh"] === Organization.tayNinh // true
 * ```
 * @since 0.2.0
 */
export const organizations: Readonly<Record<string, Organization.Organization>> = {
  "tay-ninh": Organization.tayNinh
}

/**
 * Schema of a submission (a report or obligation met on a date).
 *
 * @example
 * ```ts
 * import * as Schema from "effect/Schema"
 * Schema.decodeUnknownSync(Pipeline.SubmissionSchema)({ obligationId: "x", submittedOn: "2022-02-10" })
 * ```
 * @since 0.2.0
 */
export const SubmissionSchema = Schema.Struct({
  obligationId: Schema.optionalKey(Schema.String),
  kind: Schema.optionalKey(Schema.Literals(Obligation.kinds)),
  owner: Schema.optionalKey(Schema.String),
  periodEnd: Schema.optionalKey(CivilDate.CivilDateSchema),
  submittedOn: CivilDate.CivilDateSchema
})

/**
 * A submission.
 *
 * @example
 * ```ts
 * const s: Pipeline.Submission = { obligationId: "x", submittedOn: CivilDate.make("2022-02-10") }
 * ```
 * @since 0.2.0
 */
export type Submission = Schema.Schema.Type<typeof SubmissionSchema>

/**
 * Schema of the serialisable context of a check: what a service stores and
 * an app sends with the reports.
 *
 * @example
 * ```ts
 * import * as Schema from "effect/Schema"
 * const data = Schema.decodeUnknownSync(Pipeline.ContextSchema)({ organization: "tay-ninh", asOf: "2022-10-31" })
 * ```
 * @since 0.2.0
 */
export const ContextSchema = Schema.Struct({
  /** The organisation's id in {@link organizations}; absent: none (units are not checked). */
  organization: Schema.optionalKey(Schema.String),
  /** The date obligations are tracked on ("today" of the caller's clock). */
  asOf: Schema.optionalKey(CivilDate.CivilDateSchema),
  /** When the report was received (overrides the header's submittedAt). */
  submittedOn: Schema.optionalKey(CivilDate.CivilDateSchema),
  /** Other reports: the unit's earlier periods, a province's units. */
  reports: Schema.optionalKey(Schema.Array(Report.ReportSchema)),
  /** Submissions of obligations (obligations are tracked when given). */
  submissions: Schema.optionalKey(Schema.Array(SubmissionSchema)),
  /** The rule set (default: the standard one). */
  ruleSet: Schema.optionalKey(RuleSet.RuleSetSchema)
})

/**
 * The context of a check: the serialisable context ({@link ContextSchema})
 * and the obligation settings in force, decoded where the app read them
 * (`ObligationSettings.decode`, against the context's organisation: a bad
 * file gets its error there, once) — not part of the Schema.
 *
 * @example
 * ```ts
 * const data: Pipeline.ContextData = { organization: "tay-ninh", asOf: CivilDate.make("2022-10-31") }
 * const decoded = ObligationSettings.decode({ quarters: "calendar" })
 * const withSettings: Pipeline.ContextData = decoded._tag === "Success" ? { ...data, obligationSettings: decoded.success } : data
 * withSettings.obligationSettings?.settings.quarters // "calendar"
 * ```
 * @since 0.2.0
 */
export type ContextData = Schema.Schema.Type<typeof ContextSchema> & {
  /** The obligation settings in force, decoded (what a quarter is, due rules, §8.1 reviews, ad-hoc requests; default: the defaults). */
  readonly obligationSettings?: ObligationSettings.Decoded
  /**
   * The area offices (Phòng THADS khu vực) the organisation is extended with,
   * decoded where the app read them (`AreaOffices.decode`, against the
   * organisation the context names, which {@link organizationOf} then gives
   * extended).
   */
  readonly areaOffices?: AreaOffices.Decoded
}

/**
 * An organisation id that {@link organizations} does not know.
 *
 * @example
 * ```ts
 * new Pipeline.UnknownOrganization({ id: "atlantis" })
 * ```
 * @since 0.2.0
 */
export class UnknownOrganization extends Schema.TaggedError<UnknownOrganization>()("UnknownOrganization", {
  id: Schema.String
}) {
  override get message(): string {
    return `unknown organisation "${this.id}" (known: ${Object.keys(organizations).join(", ")})`
  }
}

/**
 * The organisation of a context, extended with its area offices when it
 * carries them (built once, when they were decoded); throws
 * {@link UnknownOrganization} for an unknown id, and
 * `Organization.InvalidOrganizationError` for area offices decoded against
 * another organisation.
 *
 * @example
 * ```ts
 * Pipeline.organizationOf({ organization: "tay-ninh" }) === Organization.tayNinh // true
 * const units = AreaOffices.decode({ units: [{ id: "kv-1", name: "Phòng THADS khu vực 1", parentId: "thads-tay-ninh" }] })
 * const data: Pipeline.ContextData = { organization: "tay-ninh", ...(units._tag === "Success" ? { areaOffices: units.success } : {}) }
 * Pipeline.organizationOf(data)?.byId.has("kv-1") // true
 * ```
 * @since 0.2.0
 */
export const organizationOf = (data: ContextData): Organization.Organization | undefined => {
  if (data.organization === undefined) return undefined
  const org = organizations[data.organization]
  if (org === undefined) throw new UnknownOrganization({ id: data.organization })
  if (data.areaOffices === undefined) return org
  if (data.areaOffices.base !== org)
    throw new Organization.InvalidOrganizationError(
      `the area offices were decoded against another organisation than "${data.organization}"`
    )
  return data.areaOffices.organization
}

/**
 * The check context of one report: its unit's earlier reports, the other
 * units' reports (a province's roll-up), its obligations tracked as of
 * `asOf` when submissions are given (generated with the context's decoded
 * obligation settings, and with what the rule set sets of deadlines —
 * `RuleSet.deadlineSettings`: its deadline rules, `regimeEnd`, `rollForward`
 * and working calendar, with its holiday overrides and culture day — which
 * the check's timeliness rule uses too: a report and its statistical-report
 * obligation get one due date).
 *
 * @example
 * ```ts
 * const earlier = Synthetic.report({ seed: 2, rows: 3, unitId: "chi-cuc-go-dau", year: 2022, months: 3 })
 * const report = Synthetic.report({ seed: 1, rows: 3, unitId: "chi-cuc-go-dau", year: 2022, months: 6 })
 * Pipeline.contextFor({ organization: "tay-ninh", reports: [earlier] }, report.header).earlier?.length // 1
 * ```
 * @since 0.2.0
 */
export const contextFor = (data: ContextData, header: Report.Header | undefined): ReportCheck.Context => {
  const organization = organizationOf(data)
  const base: ReportCheck.Context = {
    ...(data.ruleSet === undefined ? {} : { ruleSet: data.ruleSet as RuleSet.RuleSet }),
    ...(organization === undefined ? {} : { organization, organizationId: data.organization! }),
    ...(data.submittedOn === undefined ? {} : { submittedOn: data.submittedOn })
  }
  if (header === undefined) return base
  const reports = data.reports
  const submissions = data.submissions ?? []
  let obligations: ReadonlyArray<Obligation.Tracked> | undefined
  if (submissions.length > 0 && data.asOf !== undefined) {
    // The rule set's deadlines, calendar (its holiday overrides and culture day), regimeEnd and rollForward, as the
    // check's timeliness rule uses them: one submission, one due date. They override any of the obligation settings'.
    const ruleSet = (data.ruleSet as RuleSet.RuleSet | undefined) ?? RuleSet.standard
    const { calendar = RuleSet.calendarOf(ruleSet), regimeEnd, rollForward } = RuleSet.deadlineSettings(ruleSet)
    obligations = Obligation.track(
      Obligation.generate({
        from: CivilDate.make({ year: header.year - 1, month: 10, day: 1 }),
        to: CivilDate.make({ year: header.year, month: 9, day: 30 }),
        owner: header.unitId,
        ...(organization === undefined ? {} : { organization }),
        settings: {
          ...data.obligationSettings?.settings,
          deadlines: ruleSet.deadlines,
          calendar,
          ...(regimeEnd === undefined ? {} : { regimeEnd }),
          ...(rollForward === undefined ? {} : { rollForward })
        }
      }),
      submissions,
      data.asOf,
      calendar
    )
  }
  return {
    ...base,
    ...(reports === undefined
      ? {}
      : {
          earlier: reports.filter((r) => r.header.unitId === header.unitId),
          units: reports.filter((r) => r.header.unitId !== header.unitId)
        }),
    ...(obligations === undefined ? {} : { obligations })
  }
}

/**
 * What the pipeline needs of a form read from a grid (`ReportReader.Read` of
 * forms/ is one): the values as read, the cell of a JSON Pointer, and the
 * reading notes. Stated here, so that compliance/ does not import forms/
 * (forms/ imports compliance/'s `Finding`).
 *
 * @example
 * ```ts
 * const grid = MemoryGrid.make()
 * ReportWriter.write(grid, ReportWriter.templateContent({ unitId: "chi-cuc-go-dau", year: 2024, months: 6, rows: 2 }))
 * const g: Pipeline.GridReading = ReportReader.read(grid, { file: "bao-cao.xlsx" })
 * g.locate("/cases/total/V08") // { sheet: "Việc", cell: "K7" }
 * ```
 * @since 0.2.0
 */
export interface GridReading {
  readonly input: unknown
  readonly locate: (pointer: string) => { readonly sheet: string; readonly cell: string } | undefined
  readonly notes: ReadonlyArray<Finding.Finding>
}

/**
 * A report to check, as the app read it: JSON text, or a form read from a
 * grid (workbook) with its cell map and reading notes.
 *
 * @example
 * ```ts
 * const s: Pipeline.Source = { _tag: "Json", file: "bao-cao.json", text: "{}" }
 * ```
 * @since 0.2.0
 */
export type Source =
  | { readonly _tag: "Json"; readonly file: string; readonly text: string }
  | { readonly _tag: "Grid"; readonly file: string; readonly read: GridReading }

/**
 * The result of one report, with its file.
 *
 * @example
 * ```ts
 * const c: Pipeline.Checked = { file: "bao-cao.json", result: ReportCheck.check("{}") }
 * ```
 * @since 0.2.0
 */
export interface Checked {
  readonly file: string
  readonly result: ReportCheck.Result
}

/**
 * Adds reading notes to a check result: findings re-ordered, counts and
 * validity recomputed.
 *
 * @example
 * ```ts
 * const text = JSON.stringify(Synthetic.report({ seed: 1, rows: 3, unitId: "chi-cuc-go-dau", year: 2022, months: 6 }))
 * const { result } = Pipeline.checkSource({ _tag: "Json", file: "r.json", text }, { organization: "tay-ninh" })
 * const note = FindingCatalogue.make("workbook-text-number", { location: { path: "/cases/total/V01", sheet: "Việc", cell: "D7" } })
 * Pipeline.withNotes(result, [note]).findings.length // 4
 * ```
 * @since 0.2.0
 */
export const withNotes = (result: ReportCheck.Result, notes: ReadonlyArray<Finding.Finding>): ReportCheck.Result => {
  if (notes.length === 0) return result
  const findings = [...result.findings, ...notes].sort(Finding.order)
  const count = Finding.count(findings)
  return { ...result, valid: count.error === 0, stats: { ...result.stats, findings: count }, findings }
}

/**
 * Checks one source in a context: decodes it once, builds its context from
 * the decoded header, checks, and adds a workbook's reading notes.
 *
 * @example
 * ```ts
 * const text = JSON.stringify(Synthetic.report({ seed: 1, rows: 3, unitId: "chi-cuc-go-dau", year: 2022, months: 6 }))
 * Pipeline.checkSource({ _tag: "Json", file: "r.json", text }, { organization: "tay-ninh" }).result.valid // true
 * ```
 * @since 0.2.0
 */
export const checkSource = (source: Source, data: ContextData = {}): Checked => {
  const file = source.file
  const decoded = source._tag === "Json" ? Decode.decodeJson(source.text) : Decode.decode(source.read.input)
  const located = source._tag === "Grid" ? { file, locate: source.read.locate } : { file }
  const header = decoded._tag === "Success" ? decoded.success.report.header : undefined
  const context: ReportCheck.Context = { ...contextFor(data, header), source: located }
  const result =
    decoded._tag === "Success"
      ? ReportCheck.checkDecoded(decoded.success, context)
      : ReportCheck.failure(decoded.failure, context)
  if (source._tag === "Json") return { file, result }
  return {
    file,
    result: withNotes(
      result,
      source.read.notes.map((n) => ({ ...n, location: { ...n.location, file } }))
    )
  }
}

/**
 * Checks many sources in one context.
 *
 * @example
 * ```ts
 * const text = JSON.stringify(Synthetic.report({ seed: 1, rows: 3, unitId: "chi-cuc-go-dau", year: 2022, months: 6 }))
 * const sources: Array<Pipeline.Source> = [{ _tag: "Json", file: "a.json", text }, { _tag: "Json", file: "b.json", text: "{}" }]
 * Pipeline.checkAll(sources, { organization: "tay-ninh" }).map((c) => c.result.valid) // [true, false]
 * ```
 * @since 0.2.0
 */
export const checkAll = (sources: ReadonlyArray<Source>, data: ContextData = {}): ReadonlyArray<Checked> =>
  sources.map((s) => checkSource(s, data))

/**
 * Decodes the reports of a context (texts as read from files): the reports,
 * and the files that are not reports (with their first problem).
 *
 * @example
 * ```ts
 * const text = JSON.stringify(Synthetic.report({ seed: 1, rows: 3, unitId: "chi-cuc-go-dau", year: 2022, months: 6 }))
 * Pipeline.decodeReports([{ file: "a.json", text }, { file: "b.json", text: "[]" }]).reports.length // 1
 * ```
 * @since 0.2.0
 */
export const decodeReports = (
  files: ReadonlyArray<{ readonly file: string; readonly text: string }>
): {
  readonly reports: ReadonlyArray<Report.Report>
  readonly skipped: ReadonlyArray<{ readonly file: string; readonly problem: Decode.Problem }>
} => {
  const reports: Array<Report.Report> = []
  const skipped: Array<{ readonly file: string; readonly problem: Decode.Problem }> = []
  for (const f of files) {
    const d = Decode.decodeJson(f.text)
    if (d._tag === "Success") reports.push(d.success.report)
    else skipped.push({ file: f.file, problem: d.failure[0]! })
  }
  return { reports, skipped }
}

/**
 * The totals of a batch.
 *
 * @example
 * ```ts
 * const text = JSON.stringify(Synthetic.report({ seed: 1, rows: 3, unitId: "chi-cuc-go-dau", year: 2022, months: 6 }))
 * const sources: Array<Pipeline.Source> = [{ _tag: "Json", file: "a.json", text }, { _tag: "Json", file: "b.json", text: "{}" }]
 * const checked = Pipeline.checkAll(sources, { organization: "tay-ninh" })
 * Pipeline.summary(checked) // { reports: 2, valid: 1, invalid: 1, findings: { error: 3, warning: 0, info: 3 } }
 * ```
 * @since 0.2.0
 */
export const summary = (
  checked: ReadonlyArray<Checked>
): {
  readonly reports: number
  readonly valid: number
  readonly invalid: number
  readonly findings: Readonly<Record<Finding.Severity, number>>
} => {
  const findings = { error: 0, warning: 0, info: 0 }
  let valid = 0
  for (const c of checked) {
    const f = c.result.stats.findings
    findings.error += f.error
    findings.warning += f.warning
    findings.info += f.info
    if (c.result.valid) valid++
  }
  return { reports: checked.length, valid, invalid: checked.length - valid, findings }
}

/** Citations as JSON with their text, rendered once per citation object (catalogue citations are shared). */
const citationCache = new WeakMap<Citation.Citation, Record<string, unknown>>()
const citationJson = (c: Citation.Citation): Record<string, unknown> => {
  let j = citationCache.get(c)
  if (j === undefined) {
    j = { ...Citation.toJSON(c), text: { vi: Citation.renderVi(c), en: Citation.renderEn(c) } }
    citationCache.set(c, j)
  }
  return j
}

/**
 * A result as JSON: what `Schema.encodeSync(ReportCheck.ResultSchema)` gives
 * (a test keeps them equal), written out by hand because it runs once per
 * report of a batch: the only transformation is the citation of each
 * finding, which gains its rendered text.
 *
 * @example
 * ```ts
 * const text = JSON.stringify(Synthetic.report({ seed: 1, rows: 3, unitId: "chi-cuc-go-dau", year: 2022, months: 6 }))
 * const { result } = Pipeline.checkSource({ _tag: "Json", file: "r.json", text }, { organization: "tay-ninh" })
 * Pipeline.encodeResult(result).findings[0]?.citation.text.vi // "mục 4.4 Chỉ thị 09-CT/TU"
 * ```
 * @since 0.2.0
 */
export const encodeResult = (r: ReportCheck.Result): Record<string, unknown> => ({
  ...r,
  findings: r.findings.map((f) => ({ ...f, citation: citationJson(f.citation) }))
})

/**
 * One result as JSON (the encoded {@link ReportCheck.ResultSchema}, citations
 * with their text) with its file first.
 *
 * @example
 * ```ts
 * const text = JSON.stringify(Synthetic.report({ seed: 1, rows: 3, unitId: "chi-cuc-go-dau", year: 2022, months: 6 }))
 * const checked = Pipeline.checkSource({ _tag: "Json", file: "bao-cao.json", text }, { organization: "tay-ninh" })
 * Pipeline.resultJson(checked).file // "bao-cao.json"
 * ```
 * @since 0.2.0
 */
export const resultJson = (c: Checked): Record<string, unknown> => ({ file: c.file, ...encodeResult(c.result) })

/**
 * The one JSON document of a batch: the result object of a single report,
 * or `{ reports: [...], summary }` for several (or none).
 *
 * @example
 * ```ts
 * const text = JSON.stringify(Synthetic.report({ seed: 1, rows: 3, unitId: "chi-cuc-go-dau", year: 2022, months: 6 }))
 * const sources: Array<Pipeline.Source> = [{ _tag: "Json", file: "a.json", text }, { _tag: "Json", file: "b.json", text: "{}" }]
 * const checked = Pipeline.checkAll(sources, { organization: "tay-ninh" })
 * Pipeline.batchJson(checked, false) // { reports: [{ file: "a.json", valid: true }, { file: "b.json", valid: false }], summary: { reports: 2 } }
 * ```
 * @since 0.2.0
 */
export const batchJson = (checked: ReadonlyArray<Checked>, single: boolean): Record<string, unknown> =>
  single && checked.length === 1
    ? resultJson(checked[0]!)
    : { reports: checked.map(resultJson), summary: summary(checked) }

/**
 * JSON text of the parts of results that are shared between reports (a KPI's
 * label, formula, citation, rounding and note, a finding's citation): written
 * once per object, then reused. Only objects that are never mutated reach it.
 */
const fragmentCache = new WeakMap<object, string>()
const fragment = (o: object): string => {
  let s = fragmentCache.get(o)
  if (s === undefined) {
    s = JSON.stringify(o)
    fragmentCache.set(o, s)
  }
  return s
}

/** The JSON text of an object key with its colon (keys of results are few). */
const keyCache = new Map<string, string>()
const keyText = (key: string): string => {
  let s = keyCache.get(key)
  if (s === undefined) {
    s = `${JSON.stringify(key)}:`
    if (keyCache.size < 256) keyCache.set(key, s)
  }
  return s
}

/**
 * The text of a KPI's leading keys up to `value` — id, label, unit, formula,
 * citation, rounding: the same for every report (the KPI spreads one shared
 * object) — keyed by its label object, with what it was made from.
 */
interface KpiHead {
  readonly keys: ReadonlyArray<string>
  readonly values: ReadonlyArray<unknown>
  readonly text: string
}
const kpiHeads = new WeakMap<object, KpiHead>()

/**
 * `JSON.stringify(k)` of a KPI, pushed in pieces onto `out`: the leading keys
 * from {@link kpiHeads}, shared parts from {@link fragment}.
 */
const kpiText = (k: Kpi.Kpi, out: Array<string>): void => {
  const o = k as unknown as Record<string, unknown>
  const head = kpiHeads.get(k.label)
  let skip = 0
  let first = true
  if (head !== undefined) {
    // Valid only when every leading key holds the very value the text was made from.
    let i = 0
    for (const key in o) {
      if (key === "value") break
      if (key !== head.keys[i] || o[key] !== head.values[i]) {
        i = -1
        break
      }
      i++
    }
    if (i === head.values.length) {
      out.push(head.text)
      skip = i
      first = head.text.length === 1
    }
  }
  if (skip === 0) out.push("{")
  const headKeys: Array<string> = []
  const headValues: Array<unknown> | undefined = head === undefined ? [] : undefined
  let headText = "{"
  let inHead = true
  let i = 0
  for (const key in o) {
    if (i++ < skip) continue
    const v = o[key]
    if (key === "value") {
      if (headValues !== undefined && inHead)
        kpiHeads.set(k.label, { keys: headKeys, values: headValues, text: headText })
      inHead = false
    }
    if (inHead && headValues !== undefined) {
      headKeys.push(key)
      headValues.push(v)
    }
    if (v === undefined) continue
    const text =
      v !== null &&
      typeof v === "object" &&
      (key === "label" || key === "formula" || key === "citation" || key === "rounding" || key === "note")
        ? fragment(v)
        : JSON.stringify(v)
    const piece = first ? keyText(key) : `,${keyText(key)}`
    out.push(piece, text)
    if (inHead && headValues !== undefined) headText += piece + text
    first = false
  }
  out.push("}")
}

/** `JSON.stringify` of an encoded finding, pushed in pieces onto `out`: its citation (with its text) from {@link fragment}. */
const findingText = (f: Finding.Finding, out: Array<string>): void => {
  const o = f as unknown as Record<string, unknown>
  let first = true
  out.push("{")
  for (const key in o) {
    const v = o[key]
    if (v === undefined) continue
    out.push(
      first ? keyText(key) : `,${keyText(key)}`,
      key === "citation" ? fragment(citationJson(f.citation)) : JSON.stringify(v)
    )
    first = false
  }
  out.push("}")
}

const arrayText = <A>(xs: ReadonlyArray<A>, f: (a: A, out: Array<string>) => void, out: Array<string>): void => {
  out.push("[")
  for (let i = 0; i < xs.length; i++) {
    if (i > 0) out.push(",")
    f(xs[i]!, out)
  }
  out.push("]")
}

/**
 * One result as compact JSON text: exactly `JSON.stringify(resultJson(c))`
 * (a test keeps them equal), written without building the encoded object, the
 * parts shared between reports (KPI labels, formulas, citations) serialised
 * once per batch.
 *
 * @example
 * ```ts
 * const text = JSON.stringify(Synthetic.report({ seed: 1, rows: 3, unitId: "chi-cuc-go-dau", year: 2022, months: 6 }))
 * const checked = Pipeline.checkSource({ _tag: "Json", file: "bao-cao.json", text }, { organization: "tay-ninh" })
 * JSON.parse(Pipeline.resultJsonText(checked)).file // "bao-cao.json"
 * ```
 * @since 0.3.0
 */
export const resultJsonText = (c: Checked): string => {
  // Pieces joined once: one flat string (appending builds a tree of joined strings that every reader must flatten).
  const out: Array<string> = ['{"file":', JSON.stringify(c.file)]
  resultFields(c.result, out, false)
  out.push("}")
  return out.join("")
}

/**
 * One result as compact JSON text: exactly `JSON.stringify(encodeResult(r))`
 * (a test keeps them equal), written like {@link resultJsonText} — what the
 * service answers to a check.
 *
 * @example
 * ```ts
 * const text = JSON.stringify(Synthetic.report({ seed: 1, rows: 3, unitId: "chi-cuc-go-dau", year: 2022, months: 6 }))
 * const { result } = Pipeline.checkSource({ _tag: "Json", file: "r.json", text }, { organization: "tay-ninh" })
 * Pipeline.resultText(result) === JSON.stringify(Pipeline.encodeResult(result)) // true
 * ```
 * @since 0.3.0
 */
export const resultText = (r: ReportCheck.Result): string => {
  const out: Array<string> = ["{"]
  resultFields(r, out, true)
  out.push("}")
  return out.join("")
}

/** The members of an encoded result, pushed in pieces onto `out`. */
const resultFields = (result: ReportCheck.Result, out: Array<string>, first: boolean): void => {
  const r = result as unknown as Record<string, unknown>
  for (const key in r) {
    const v = r[key]
    if (v === undefined) continue
    out.push(first ? keyText(key) : `,${keyText(key)}`)
    first = false
    if (key === "kpis") arrayText(result.kpis, kpiText, out)
    else if (key === "findings") arrayText(result.findings, findingText, out)
    else out.push(JSON.stringify(v))
  }
}

/**
 * The totals of a batch as it is checked (see {@link summary}).
 */
type Totals = { reports: number; valid: number; invalid: number; findings: Record<Finding.Severity, number> }

const addTo = (t: Totals, r: ReportCheck.Result) => {
  const f = r.stats.findings
  t.reports++
  t.findings.error += f.error
  t.findings.warning += f.warning
  t.findings.info += f.info
  if (r.valid) t.valid++
  else t.invalid++
}

/**
 * Checks sources one by one in one context and writes the batch's output as
 * it goes — exactly the text of {@link batchLines} (lines ending in "\n"),
 * or the JSON document of {@link batchJson} (one report's result indented,
 * several compact) followed by "\n" — without keeping the results: memory
 * stays bounded by one report, and an app can stream the pieces to its output.
 * Returns the totals ({@link summary}).
 *
 * @example
 * ```ts
 * const text = JSON.stringify(Synthetic.report({ seed: 1, rows: 3, unitId: "chi-cuc-go-dau", year: 2022, months: 6 }))
 * const sources: Array<Pipeline.Source> = [{ _tag: "Json", file: "a.json", text }, { _tag: "Json", file: "b.json", text: "{}" }]
 * const parts: Array<string> = []
 * const totals = Pipeline.checkStream(sources, { organization: "tay-ninh" }, { format: "json", lang: "vi", single: false, write: (s) => parts.push(s) })
 * JSON.parse(parts.join("")).summary.reports === totals.reports // true
 * ```
 * @since 0.3.0
 */
export const checkStream = (
  sources: ReadonlyArray<Source>,
  data: ContextData,
  output: {
    readonly format: "text" | "json"
    readonly lang: "vi" | "en"
    /** One report file named on its own: its result object alone, indented (JSON). */
    readonly single: boolean
    readonly write: (s: string) => void
    readonly progress?: (done: number, total: number) => void
  }
): ReturnType<typeof summary> => {
  const { write, lang } = output
  const totals: Totals = { reports: 0, valid: 0, invalid: 0, findings: { error: 0, warning: 0, info: 0 } }
  const json = output.format === "json"
  if (json && output.single && sources.length === 1) {
    const c = checkSource(sources[0]!, data)
    addTo(totals, c.result)
    output.progress?.(1, 1)
    write(`${JSON.stringify(resultJson(c), null, 2)}\n`)
    return totals
  }
  let first: ReportCheck.Result | undefined
  if (json) write('{"reports":[')
  for (let i = 0; i < sources.length; i++) {
    const c = checkSource(sources[i]!, data)
    addTo(totals, c.result)
    first ??= c.result
    if (json) write(i === 0 ? resultJsonText(c) : `,${resultJsonText(c)}`)
    else write(`${resultLines(c, lang).join("\n")}\n\n`)
    output.progress?.(i + 1, sources.length)
  }
  if (json) write(`],"summary":${JSON.stringify(totals)}}\n`)
  else write(`${summaryLines(totals, first, lang).join("\n")}\n`)
  return totals
}

const t = (lang: "vi" | "en", vi: string, en: string) => (lang === "vi" ? vi : en)

const severityName = {
  error: { vi: "Lỗi", en: "Errors" },
  warning: { vi: "Cảnh báo", en: "Warnings" },
  info: { vi: "Thông tin", en: "Information" }
} as const

/**
 * The text of one report's result: a verdict line, then the findings by
 * severity with their path, cell, code, message and citation.
 *
 * @example
 * ```ts
 * const text = JSON.stringify(Synthetic.report({ seed: 1, rows: 3, unitId: "chi-cuc-go-dau", year: 2022, months: 6 }))
 * const { result } = Pipeline.checkSource({ _tag: "Json", file: "r.json", text }, { organization: "tay-ninh" })
 * Pipeline.resultLines({ file: "r.json", result }, "vi")[0] // "r.json — chi-cuc-go-dau, 6 tháng năm 2022: HỢP LỆ (0 lỗi, 0 cảnh báo, 3 thông tin)"
 * ```
 * @since 0.2.0
 */
export const resultLines = (c: Checked, lang: "vi" | "en"): ReadonlyArray<string> => {
  const r = c.result
  const n = r.stats.findings
  const verdict = r.valid ? t(lang, "HỢP LỆ", "VALID") : t(lang, "KHÔNG HỢP LỆ", "NOT VALID")
  const what =
    r.report === undefined
      ? ""
      : ` — ${r.report.unitId}, ${r.report.months} ${t(lang, "tháng năm", "months of")} ${r.report.year}`
  const lines = [
    `${c.file}${what}: ${verdict} (${n.error} ${t(lang, "lỗi", "errors")}, ${n.warning} ${t(lang, "cảnh báo", "warnings")}, ${n.info} ${t(lang, "thông tin", "info")})`
  ]
  for (const severity of ["error", "warning", "info"] as const) {
    const count = n[severity]
    if (count === 0) continue
    lines.push(`  ${severityName[severity][lang]} (${count}):`)
    for (const f of r.findings) {
      if (f.severity !== severity) continue
      const cell = f.location.sheet === undefined ? "" : ` (${f.location.sheet}!${f.location.cell})`
      const assumed = f.basis === "assumed" ? t(lang, " [giả định]", " [assumed]") : ""
      lines.push(
        `    ${f.location.path === "" ? "/" : f.location.path}${cell}  [${f.code}]${assumed} ${f.message[lang]}`
      )
      lines.push(`        ${t(lang, "căn cứ", "source")}: ${Citation.render(f.citation, lang)}`)
    }
  }
  return lines
}

/**
 * The text of a batch: each report's lines, then the totals and the rule set
 * (and the organisation) they were checked with.
 *
 * @example
 * ```ts
 * const text = JSON.stringify(Synthetic.report({ seed: 1, rows: 3, unitId: "chi-cuc-go-dau", year: 2022, months: 6 }))
 * const sources: Array<Pipeline.Source> = [{ _tag: "Json", file: "a.json", text }, { _tag: "Json", file: "b.json", text: "{}" }]
 * const checked = Pipeline.checkAll(sources, { organization: "tay-ninh" })
 * Pipeline.batchLines(checked, "en").at(-2) // "2 report(s): 1 valid, 1 not valid; 3 errors, 0 warnings, 3 info"
 * ```
 * @since 0.2.0
 */
export const batchLines = (checked: ReadonlyArray<Checked>, lang: "vi" | "en"): ReadonlyArray<string> => {
  const lines: Array<string> = []
  for (const c of checked) {
    for (const l of resultLines(c, lang)) lines.push(l)
    lines.push("")
  }
  for (const l of summaryLines(summary(checked), checked[0]?.result, lang)) lines.push(l)
  return lines
}

/** The totals line and the rule set (and organisation) line of a batch's text. */
const summaryLines = (
  s: ReturnType<typeof summary>,
  first: ReportCheck.Result | undefined,
  lang: "vi" | "en"
): ReadonlyArray<string> => {
  const lines = [
    t(
      lang,
      `${s.reports} báo cáo: ${s.valid} hợp lệ, ${s.invalid} không hợp lệ; ${s.findings.error} lỗi, ${s.findings.warning} cảnh báo, ${s.findings.info} thông tin`,
      `${s.reports} report(s): ${s.valid} valid, ${s.invalid} not valid; ${s.findings.error} errors, ${s.findings.warning} warnings, ${s.findings.info} info`
    )
  ]
  if (first !== undefined) {
    const rs = first.ruleSet
    const org = first.organization
    lines.push(
      t(
        lang,
        `Bộ quy tắc ${rs.version}, sha256 ${rs.hash.slice(0, 16)}…; tổ chức: ${org === null ? "không có" : org.id}`,
        `Rule set ${rs.version}, sha256 ${rs.hash.slice(0, 16)}…; organisation: ${org === null ? "none" : org.id}`
      )
    )
  }
  return lines
}

const Counts = Schema.Struct({ error: Schema.Int, warning: Schema.Int, info: Schema.Int })

/**
 * Schema of one report's JSON document: the result and its file.
 *
 * @example
 * ```ts
 * import * as Schema from "effect/Schema"
 * const text = JSON.stringify(Synthetic.report({ seed: 1, rows: 3, unitId: "chi-cuc-go-dau", year: 2022, months: 6 }))
 * const checked = Pipeline.checkSource({ _tag: "Json", file: "r.json", text }, { organization: "tay-ninh" })
 * Schema.decodeUnknownSync(Pipeline.CheckedJsonSchema)(Pipeline.resultJson(checked)) // { file: "r.json", valid: true }
 * ```
 * @since 0.2.0
 */
export const CheckedJsonSchema = Schema.Struct({
  /** The file the report was read from. */
  file: Schema.optionalKey(Schema.String),
  ...ReportCheck.ResultSchema.fields
}).annotate({ title: "THADS check result" })

/**
 * Schema of a batch's JSON document: every report's result, and the totals.
 *
 * @example
 * ```ts
 * import * as Schema from "effect/Schema"
 * const text = JSON.stringify(Synthetic.report({ seed: 1, rows: 3, unitId: "chi-cuc-go-dau", year: 2022, months: 6 }))
 * const sources: Array<Pipeline.Source> = [{ _tag: "Json", file: "a.json", text }, { _tag: "Json", file: "b.json", text: "{}" }]
 * const checked = Pipeline.checkAll(sources, { organization: "tay-ninh" })
 * Schema.decodeUnknownSync(Pipeline.BatchJsonSchema)(Pipeline.batchJson(checked, false)) // { summary: { reports: 2 } }
 * ```
 * @since 0.2.0
 */
export const BatchJsonSchema = Schema.Struct({
  reports: Schema.Array(CheckedJsonSchema),
  summary: Schema.Struct({ reports: Schema.Int, valid: Schema.Int, invalid: Schema.Int, findings: Counts })
}).annotate({ title: "THADS check results of several reports" })

/**
 * The JSON Schema of what `thads check --json` prints (docs/result.schema.json):
 * one report's result, or several reports' results with their totals.
 *
 * @example
 * ```ts
 * Pipeline.jsonSchema().title // "THADS check output"
 * ```
 * @since 0.2.0
 */
export const jsonSchema = (): Record<string, unknown> => {
  const doc = Schema.toJsonSchemaDocument(Schema.Union([CheckedJsonSchema, BatchJsonSchema]))
  const defs = doc.definitions ?? {}
  return {
    $schema: "https://json-schema.org/draft/2020-12/schema",
    title: "THADS check output",
    description:
      "What `thads check --json` prints: the result object of one report file, or { reports, summary } for several. Generated from Pipeline.CheckedJsonSchema and Pipeline.BatchJsonSchema of @thads/core.",
    ...doc.schema,
    ...(Object.keys(defs).length > 0 ? { $defs: defs } : {})
  }
}
