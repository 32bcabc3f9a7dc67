/**
 * The compliance check of a statistical report (kiểm tra báo cáo): one
 * function, one result object for every app —
 * `{ valid, ruleSet: { version, hash }, organization, report, stats, kpis, findings }`.
 *
 * `check` decodes once (every problem a finding, with its path), normalises
 * identifiers to NFC, computes the facts every rule shares (period, calendar,
 * KPIs, the unit in the organisation, its level, the regime in force), then
 * folds over the rules of the registry ({@link Rules.all}) that the rule set
 * leaves on, with their parameters. A finding resting on an assumption —
 * an assumed rule, or one it marks `basis: "assumed"` — is capped at
 * warning. The organisation is explicit: without one in the context no
 * province's units are assumed.
 *
 * {@link ResultSchema} is the JSON form every app uses (docs/result.schema.json).
 *
 * @since 0.1.0
 */
import * as Schema from "effect/Schema"
import * as Citation from "../citation/Citation.js"
import * as CivilDate from "../base/CivilDate.js"
import * as ReportingDeadline from "../calendar/ReportingDeadline.js"
import * as StatisticalPeriod from "../calendar/StatisticalPeriod.js"
import type * as WorkingCalendar from "../calendar/WorkingCalendar.js"
import type * as Obligation from "../directive/Obligation.js"
import * as Kpi from "../kpi/Kpi.js"
import type * as Organization from "../organization/Organization.js"
import * as OrgUnit from "../organization/OrgUnit.js"
import * as Decode from "../statistics/Decode.js"
import * as Identity from "../statistics/Identity.js"
import * as Indicator from "../statistics/Indicator.js"
import type * as Report from "../statistics/Report.js"
import * as Values from "../statistics/Values.js"
import * as Finding from "./Finding.js"
import * as FindingCatalogue from "./FindingCatalogue.js"
import type * as Rule from "./Rule.js"
import * as Rules from "./Rules.js"
import * as RuleSet from "./RuleSet.js"

/**
 * What a check knows besides the report.
 *
 * @example
 * ```ts
 * const context: ReportCheck.Context = { organization: Organization.tayNinh, organizationId: "tay-ninh" }
 * ```
 * @since 0.1.0
 */
export interface Context {
  readonly ruleSet?: RuleSet.RuleSet
  /** The organisation the unit belongs to; without one, units, levels and roll-up by organisation are not checked. */
  readonly organization?: Organization.Organization
  /** Its id, named in the result (default "custom" when an organisation is given). */
  readonly organizationId?: string
  /** The working calendar (default: the standard one with the rule set's holiday overrides). */
  readonly calendar?: WorkingCalendar.WorkingCalendar
  /** The unit's other reports: earlier periods of the year and the previous year. */
  readonly earlier?: ReadonlyArray<Report.Report>
  /** For a province: its units' reports for the same period. */
  readonly units?: ReadonlyArray<Report.Report>
  /** When the report was received (overrides the header's submittedAt). */
  readonly submittedOn?: CivilDate.CivilDate
  /** The unit's tracked obligations. */
  readonly obligations?: ReadonlyArray<Obligation.Tracked>
  /** The source: file name, and a map from JSON Pointer to worksheet cell. */
  readonly source?: {
    readonly file?: string
    readonly locate?: (path: string) => { readonly sheet: string; readonly cell: string } | undefined
  }
}

const Text = Schema.Struct({ vi: Schema.String, en: Schema.String })
const Counts = Schema.Struct({ error: Schema.Int, warning: Schema.Int, info: Schema.Int })

/**
 * Schema of a KPI in a result.
 *
 * @example
 * ```ts
 * import * as Schema from "effect/Schema"
 * const report = Synthetic.totals({ year: 2017, months: 9 }, { "07": 579_413, "08": 369_372 })
 * Schema.decodeUnknownSync(ReportCheck.KpiSchema)(JSON.parse(JSON.stringify(Kpi.compute(report)[0])))
 * ```
 * @since 0.2.0
 */
export const KpiSchema = Schema.Struct({
  id: Schema.String,
  label: Text,
  value: Schema.NullOr(Schema.Finite),
  unit: Schema.Literals(["percent", "percentage-points", "case", "vnd"]),
  formula: Text,
  inputs: Schema.Array(Schema.Struct({ indicator: Schema.String, value: Schema.Finite, source: Schema.String })),
  citation: Citation.CitationSchema,
  rounding: Schema.NullOr(
    Schema.Struct({ decimals: Schema.Literal(2), mode: Schema.Literal("half-away-from-zero"), description: Text })
  ),
  note: Schema.optionalKey(Text),
  target: Schema.optionalKey(
    Schema.Struct({
      value: Schema.Finite,
      op: Schema.Literals([">", ">="]),
      scope: Schema.Literals(["unit", "national"]),
      met: Schema.NullOr(Schema.Boolean),
      gap: Schema.NullOr(Schema.Finite),
      confidence: Schema.Literals(["verified", "inferred"]),
      /** Present (`true`) when the source does not state the operator: `op` is an assumption. */
      operatorAssumed: Schema.optionalKey(Schema.Boolean),
      sources: Schema.Array(Schema.String)
    })
  )
})

/**
 * Schema of a {@link Result}: the JSON of `thads check --format json` (with
 * `file`), of the service and of the add-in.
 *
 * @example
 * ```ts
 * import * as Schema from "effect/Schema"
 * const json = Schema.encodeSync(ReportCheck.ResultSchema)(ReportCheck.check("{}"))
 * json.valid // false
 * ```
 * @since 0.2.0
 */
export const ResultSchema = Schema.Struct({
  /** No error finding. */
  valid: Schema.Boolean,
  /** The rule set (version and SHA-256 of every rule and parameter). */
  ruleSet: Schema.Struct({ version: Schema.String, hash: Schema.String }),
  /** The organisation the unit was checked against, and on which date; null when none was given. */
  organization: Schema.NullOr(
    Schema.Struct({ id: Schema.String, asOf: Schema.optionalKey(CivilDate.CivilDateSchema) })
  ),
  report: Schema.optionalKey(Schema.Struct({ unitId: Schema.String, year: Schema.Int, months: Schema.Int })),
  stats: Schema.Struct({
    rows: Schema.Struct({ cases: Schema.Int, money: Schema.Int }),
    identitiesEvaluated: Schema.Int,
    findings: Counts
  }),
  kpis: Schema.Array(KpiSchema),
  findings: Schema.Array(Finding.FindingSchema)
})

/**
 * The result of a check.
 *
 * @example
 * ```ts
 * const r: ReportCheck.Result = ReportCheck.check('{ "header": {} }')
 * r.valid // false: a finding is an error
 * ```
 * @since 0.1.0
 */
export interface Result {
  readonly valid: boolean
  readonly ruleSet: { readonly version: string; readonly hash: string }
  /** The organisation checked against and the date it was looked at (the period's end); null when none was given. */
  readonly organization: { readonly id: string; readonly asOf?: CivilDate.CivilDate } | null
  readonly report?: { readonly unitId: string; readonly year: number; readonly months: number }
  readonly stats: {
    readonly rows: { readonly cases: number; readonly money: number }
    readonly identitiesEvaluated: number
    readonly findings: Readonly<Record<Finding.Severity, number>>
  }
  readonly kpis: ReadonlyArray<Kpi.Kpi>
  readonly findings: ReadonlyArray<Finding.Finding>
}

const problemCode: Readonly<Record<Decode.ProblemCode, FindingCatalogue.Code>> = {
  "not-json": "report-not-json",
  "duplicate-key": "report-duplicate-key",
  "wrong-type": "report-wrong-type",
  missing: "report-missing-field",
  "unexpected-key": "report-unexpected-field",
  "not-integer": "report-not-integer",
  negative: "report-negative",
  "too-large": "report-too-large",
  empty: "report-empty-text",
  "not-allowed": "report-value-not-allowed",
  "out-of-range": "report-out-of-range",
  "bad-format": "report-bad-date-time",
  "too-many-rows": "report-too-many-rows",
  "too-many-problems": "report-too-many-problems",
  "too-many-values": "report-too-many-rows"
}

/** Whether a string has a character beyond ASCII (a loop: cheaper than a regular expression on short ids). */
/**
 * A character that may not be NFC as it stands: anything but a code unit
 * below U+0300 (Latin, Latin-1, Latin Extended-A/B, IPA, spacing modifiers)
 * or in Latin Extended Additional (U+1E00–U+1EFF: the precomposed Vietnamese
 * letters). All of these are starters that NFC keeps and no two of them
 * compose (checked exhaustively over every pair in
 * test/compliance/ReportCheck.test.ts), so only text with another character
 * (a combining mark, a decomposed letter, another script) goes to ICU's
 * `normalize`. A regular expression, not a loop: it runs as machine code from
 * the first report on.
 */
const maybeNotNfc = /[\u0300-\u1DFF\u1F00-\uFFFF]/
/** Whether a string changes under NFC. */
const needsNfc = (s: string | undefined) => s !== undefined && maybeNotNfc.test(s) && s.normalize("NFC") !== s

/** The report with its identifiers and names in NFC; the same object when nothing changes. */
const nfcReport = (report: Report.Report, add: (path: string, text: string) => void): Report.Report => {
  const anyRow = (rs: ReadonlyArray<Report.RowHeader>) => {
    for (let i = 0; i < rs.length; i++) if (needsNfc(rs[i]!.id) || needsNfc(rs[i]!.name)) return true
    return false
  }
  if (
    !needsNfc(report.header.unitId) &&
    !needsNfc(report.header.unitName) &&
    !anyRow(report.cases.rows) &&
    !anyRow(report.money.rows)
  ) {
    return report
  }
  const fix = (path: string, s: string | undefined): string | undefined => {
    if (!needsNfc(s)) return s
    const n = s!.normalize("NFC")
    add(path, n)
    return n
  }
  const header = {
    ...report.header,
    unitId: fix("/header/unitId", report.header.unitId)!,
    ...(report.header.unitName === undefined ? {} : { unitName: fix("/header/unitName", report.header.unitName)! })
  }
  const rows = <R extends Report.RowHeader>(table: string, rs: ReadonlyArray<R>): ReadonlyArray<R> =>
    rs.map((r, i) => ({
      ...r,
      id: fix(`/${table}/rows/${i}/id`, r.id)!,
      ...(r.name === undefined ? {} : { name: fix(`/${table}/rows/${i}/name`, r.name)! })
    }))
  return {
    ...report,
    header,
    cases: { ...report.cases, rows: rows("cases", report.cases.rows) },
    money: { ...report.money, rows: rows("money", report.money.rows) }
  }
}

const emptyStats = { rows: { cases: 0, money: 0 }, identitiesEvaluated: 0 }

/** The locations of findings: file, cell of a workbook, unit and period. */
const locator = (context: Context) => {
  const source = context.source
  const file = source?.file
  const locate = source?.locate
  return (
    path: string,
    extra?: { readonly unitId: string; readonly period: StatisticalPeriod.Period }
  ): Finding.Location => {
    const cell = locate?.(path)
    // Keys added one by one (conditional spreads are a generic copy each in V8; every finding has a location).
    const l: { -readonly [K in keyof Finding.Location]: Finding.Location[K] } = { path }
    if (file !== undefined) l.file = file
    if (cell !== undefined) {
      l.sheet = cell.sheet
      l.cell = cell.cell
    }
    if (extra !== undefined) {
      l.unitId = extra.unitId
      l.period = extra.period
    }
    return l
  }
}

/**
 * Checks an already decoded report (the pipeline decodes once and calls
 * this). `values` are the decoder's matrices.
 *
 * @example
 * ```ts
 * const d = Decode.decodeJson(JSON.stringify(Synthetic.report({ seed: 1, rows: 3 })))
 * d._tag === "Success" && ReportCheck.checkDecoded(d.success, { organization: Organization.tayNinh }).valid // true
 * ```
 * @since 0.2.0
 */
export const checkDecoded = (decoded: Decode.Decoded, context: Context = {}): Result => {
  const ruleSet = context.ruleSet ?? RuleSet.standard
  const described = RuleSet.describe(ruleSet)
  const findings: Array<Finding.Finding> = []
  const where = locator(context)
  const report = nfcReport(decoded.report, (path, text) =>
    findings.push(
      FindingCatalogue.make("text-normalized", { params: { text }, location: where(path), ruleId: "text/nfc" })
    )
  )
  const values = report === decoded.report ? decoded.values : undefined
  const h = report.header
  const period: StatisticalPeriod.Period = { year: h.year, months: h.months as StatisticalPeriod.Months }
  const periodEnd = StatisticalPeriod.end(period)
  const extra = { unitId: h.unitId, period }
  const at = (path: string) => where(path, extra)
  const calendar = context.calendar ?? RuleSet.calendarOf(ruleSet)
  const earlier = context.earlier ?? []
  const previous = earlier.find(
    (r) => r.header.unitId === h.unitId && r.header.year === h.year - 1 && r.header.months === h.months
  )
  const kpis = Kpi.compute(
    report,
    previous === undefined ? { targets: ruleSet.targets } : { targets: ruleSet.targets, previous }
  )
  const organization = context.organization
  const unit = organization?.byId.get(h.unitId)
  const inForceUnit = unit !== undefined && OrgUnit.existsOn(unit, periodEnd) ? unit : undefined
  const input: Rule.Input = {
    report,
    values: values ?? Values.fromReport(report),
    ruleSet,
    period,
    periodEnd,
    calendar,
    kpis,
    organization,
    unit,
    level: h.level ?? (inForceUnit === undefined ? undefined : OrgUnit.reportingLevel(inForceUnit.tier)),
    inForce: ReportingDeadline.regimeAt(periodEnd, ruleSet.regimeEnd),
    earlier: earlier.filter((r) => r.header.unitId === h.unitId),
    units: context.units,
    submittedOn: context.submittedOn,
    obligations: context.obligations ?? [],
    at
  }
  let assumedRule = false
  const emit = (f: Finding.Finding) => {
    findings.push(assumedRule || f.basis === "assumed" ? Finding.assumed(f) : f)
  }
  for (const { rule, parameters } of enabledRules(ruleSet)) {
    assumedRule = rule.basis === "assumed"
    rule.run(input, parameters, emit)
  }
  const counts = Finding.count(findings)
  return {
    valid: counts.error === 0,
    ruleSet: described,
    organization: organizationOf(context, periodEnd),
    report: { unitId: h.unitId, year: h.year, months: h.months },
    stats: {
      rows: { cases: report.cases.rows.length, money: report.money.rows.length },
      identitiesEvaluated: identitiesEvaluated(report, ruleSet),
      findings: counts
    },
    kpis,
    findings: findings.sort(Finding.order)
  }
}

/** The rules a rule set leaves on, with their parameters: worked out once per rule set. */
const enabledCache = new WeakMap<
  RuleSet.RuleSet,
  ReadonlyArray<{ readonly rule: Rule.Rule<Rule.Parameters>; readonly parameters: Rule.Parameters }>
>()
const enabledRules = (ruleSet: RuleSet.RuleSet) => {
  let rules = enabledCache.get(ruleSet)
  if (rules === undefined) {
    const on: Array<{ readonly rule: Rule.Rule<Rule.Parameters>; readonly parameters: Rule.Parameters }> = []
    for (const rule of Rules.all) {
      const { enabled, parameters } = RuleSet.optionsOf(ruleSet, rule)
      if (enabled) on.push({ rule: rule as Rule.Rule<Rule.Parameters>, parameters })
    }
    rules = on
    enabledCache.set(ruleSet, rules)
  }
  return rules
}

const organizationOf = (
  context: Context,
  asOf: CivilDate.CivilDate
): { readonly id: string; readonly asOf: CivilDate.CivilDate } | null =>
  context.organization === undefined ? null : { id: context.organizationId ?? "custom", asOf }

const rowIdentityCount = new WeakMap<Identity.Settings, number>()
const identitiesEvaluated = (report: Report.Report, ruleSet: RuleSet.RuleSet): number => {
  let perRow = rowIdentityCount.get(ruleSet.identities)
  if (perRow === undefined) {
    perRow = Identity.identities(ruleSet.identities).filter((i) => i._tag === "RowIdentity").length
    rowIdentityCount.set(ruleSet.identities, perRow)
  }
  let n = 0
  for (const t of ["cases", "money"] as const) {
    const rows = report[t].rows.length
    n += perRow * (rows + 1) + (rows > 0 ? Indicator.slots.length : 0)
  }
  return n
}

/**
 * The result of input that does not decode: every problem a finding.
 *
 * @example
 * ```ts
 * ReportCheck.failure([{ code: "not-json", path: "", message: { vi: "…", en: "…" } }]).valid // false
 * ```
 * @since 0.2.0
 */
export const failure = (problems: ReadonlyArray<Decode.Problem>, context: Context = {}): Result => {
  const ruleSet = context.ruleSet ?? RuleSet.standard
  const where = locator(context)
  const findings = problems.map((p) =>
    FindingCatalogue.make(problemCode[p.code], {
      params: { detail: p.message.en },
      paramsVi: { detail: p.message.vi },
      location: where(FindingCatalogue.echo(p.path)),
      ruleId: `decode/${p.code}`
    })
  )
  return {
    valid: false,
    ruleSet: RuleSet.describe(ruleSet),
    organization: context.organization === undefined ? null : { id: context.organizationId ?? "custom" },
    stats: { ...emptyStats, findings: Finding.count(findings) },
    kpis: [],
    findings: findings.sort(Finding.order)
  }
}

/**
 * Checks a report — JSON text, a parsed value, or a decoded report — in a
 * context. Never throws for bad input: every problem is a finding.
 *
 * @example
 * ```ts
 * const text = JSON.stringify(Synthetic.report({ seed: 1, rows: 3, unitId: "chi-cuc-go-dau", year: 2022, months: 6 }))
 * const result = ReportCheck.check(text, { organization: Organization.tayNinh, submittedOn: CivilDate.make("2022-04-07") })
 * result.valid          // false
 * result.findings[0]    // { code: "report-late", severity: "error", citation: { document: "tt-06-2019-btp", article: "9", clause: 2 }, observed: "2022-04-07", expected: "≤ 2022-04-04" }
 * result.findings[0].message.en // "Sent on 2022-04-07, due 2022-04-04 (tt06-2019, chi-cuc): 3 working day(s) late (3 day(s))"
 * ```
 * @since 0.1.0
 */
export const check = (input: unknown, context: Context = {}): Result => {
  const decoded = typeof input === "string" ? Decode.decodeJson(input) : Decode.decode(input)
  return decoded._tag === "Failure" ? failure(decoded.failure, context) : checkDecoded(decoded.success, context)
}
