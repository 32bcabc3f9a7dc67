/**
 * The compliance check of a statistical report (kiểm tra báo cáo): one
 * function, one result object for every app —
 * `{ valid, ruleSet: { version, hash }, stats, kpis, findings }`.
 *
 * Checks, in order: decoding (every problem, with its path); identities and
 * total = Σ rows; duplicate rows; within a statistical year, cumulative
 * figures never fall and the opening balance stays; the opening balance
 * against the previous year's closing (warning); the KPIs against the
 * targets (Chỉ thị 09 §4.4) and the backlog against the same period last
 * year; the unit, its level and the regime against the organisation and the
 * regime in force; timeliness against the deadline; roll-up of a province's
 * report against its units' reports; and the unit's obligations when the
 * context has them.
 *
 * @since 0.1.0
 */
import type * as Citation from "../citation/Citation.js"
import * as CivilDate from "../calendar/CivilDate.js"
import * as ReportingDeadline from "../calendar/ReportingDeadline.js"
import * as StatisticalPeriod from "../calendar/StatisticalPeriod.js"
import * as WorkingCalendar from "../calendar/WorkingCalendar.js"
import type * as Obligation from "../directive/Obligation.js"
import * as NumberFormat from "../i18n/NumberFormat.js"
import * as Kpi from "../kpi/Kpi.js"
import * as Organization from "../organization/Organization.js"
import * as OrgUnit from "../organization/OrgUnit.js"
import * as Decode from "../statistics/Decode.js"
import * as Identity from "../statistics/Identity.js"
import * as Indicator from "../statistics/Indicator.js"
import type * as Report from "../statistics/Report.js"
import * as Finding from "./Finding.js"
import * as FindingCatalogue from "./FindingCatalogue.js"
import * as RuleSet from "./RuleSet.js"

/**
 * What a check knows besides the report.
 *
 * @since 0.1.0
 */
export interface Context {
  readonly ruleSet?: RuleSet.RuleSet
  readonly organization?: Organization.Organization
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

/**
 * The result of a check.
 *
 * @since 0.1.0
 */
export interface Result {
  /** No error finding. */
  readonly valid: boolean
  readonly ruleSet: { readonly version: string; readonly hash: string }
  readonly report?: { readonly unitId: string; readonly year: number; readonly months: number }
  readonly stats: {
    readonly rows: { readonly cases: number; readonly money: number }
    readonly identitiesEvaluated: number
    readonly findings: Readonly<Record<Finding.Severity, number>>
  }
  readonly kpis: ReadonlyArray<Kpi.Kpi>
  readonly findings: ReadonlyArray<Finding.Finding>
}

const problemCode: Readonly<Record<Decode.ProblemCode, string>> = {
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

/** The cumulative method of the regime: TT 05/2024 Điều 7 (lũy kế), else TT 06/2019 Điều 4 k2. */
const cumulativeCitation = (regime: ReportingDeadline.Regime): Citation.Citation =>
  regime === "tt05-2024"
    ? { document: "tt-05-2024-btp", article: "7" }
    : { document: "tt-06-2019-btp", article: "4", clause: 2 }

/** Flows that accumulate from 1/10: never fall within a statistical year. */
const cumulativeSlots: ReadonlyArray<Indicator.Slot> = ["02", "03", "04", "05", "08"]

const fmt = (n: number | string) => (typeof n === "number" ? NumberFormat.format(n, "en") : n)
const fmtVi = (n: number | string) => (typeof n === "number" ? NumberFormat.format(n, "vi") : n)

/** The civil date in Vietnam of an ISO 8601 date-time with offset. */
const civilDateOf = (iso: string): CivilDate.CivilDate | undefined => {
  const ms = Date.parse(iso)
  return Number.isNaN(ms) ? undefined : CivilDate.todayInVietnam(ms)
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: the range is "every ASCII character", on purpose
const NON_ASCII = /[^\u0000-\u007f]/
/** Whether a string changes under NFC (ASCII never does). */
const needsNfc = (s: string | undefined) => s !== undefined && NON_ASCII.test(s) && s.normalize("NFC") !== s

/** The report with its identifiers and names in NFC; the same object when nothing changes. */
const nfcReport = (report: Report.Report, add: (path: string, text: string) => void): Report.Report => {
  const anyRow = (rs: ReadonlyArray<Report.RowHeader>) => rs.some((r) => needsNfc(r.id) || needsNfc(r.name))
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

/**
 * Checks a report — JSON text, a parsed value, or a decoded report — in a
 * context. Never throws for bad input: every problem is a finding.
 *
 * @example
 * ```ts
 * const result = ReportCheck.check(text, { submittedOn: CivilDate.make("2022-04-07") })
 * result.valid          // false
 * result.findings[0]    // { code: "report-late", severity: "error", citation: {…}, message: {…}, … }
 * ```
 * @since 0.1.0
 */
export const check = (input: unknown, context: Context = {}): Result => {
  const ruleSet = context.ruleSet ?? RuleSet.standard
  const described = RuleSet.describe(ruleSet)
  const findings: Array<Finding.Finding> = []
  const source = context.source
  const where = (path: string, extra: Partial<Finding.Location> = {}): Finding.Location => {
    const cell = source?.locate?.(path)
    return {
      path,
      ...(source?.file === undefined ? {} : { file: source.file }),
      ...(cell === undefined ? {} : { sheet: cell.sheet, cell: cell.cell }),
      ...extra
    }
  }

  const decoded = typeof input === "string" ? Decode.decodeJson(input) : Decode.decode(input)
  if (decoded._tag === "Failure") {
    for (const p of decoded.problems) {
      findings.push(
        FindingCatalogue.make(problemCode[p.code], {
          params: { detail: p.message.en },
          paramsVi: { detail: p.message.vi },
          location: where(p.path),
          ruleId: `decode/${p.code}`
        })
      )
    }
    return {
      valid: false,
      ruleSet: described,
      stats: { rows: { cases: 0, money: 0 }, identitiesEvaluated: 0, findings: Finding.count(findings) },
      kpis: [],
      findings: findings.sort(Finding.order)
    }
  }

  const report = nfcReport(decoded.report, (path, text) =>
    findings.push(
      FindingCatalogue.make("text-normalized", { params: { text }, location: where(path), ruleId: "text/nfc" })
    )
  )
  const h = report.header
  const period: StatisticalPeriod.Period = { year: h.year, months: h.months as StatisticalPeriod.Months }
  const periodEnd = StatisticalPeriod.end(period)
  const at = (path: string) => where(path, { unitId: h.unitId, period })
  const calendar =
    context.calendar ??
    (ruleSet.holidayOverrides.length === 0
      ? WorkingCalendar.standard
      : WorkingCalendar.make({ overrides: ruleSet.holidayOverrides }))

  // Consistency: duplicate rows, rows that differ between the tables.
  for (const table of ["cases", "money"] as const) {
    const seen = new Map<string, number>()
    for (const r of report[table].rows) seen.set(r.id, (seen.get(r.id) ?? 0) + 1)
    for (const [id, count] of seen) {
      if (count < 2) continue
      const index = report[table].rows.findIndex((r) => r.id === id)
      findings.push(
        FindingCatalogue.make("duplicate-row-id", {
          params: { id, count, table },
          paramsVi: { table: table === "cases" ? "việc" : "tiền" },
          location: at(`/${table}/rows/${report[table].rows.findIndex((r, i) => r.id === id && i > index)}/id`),
          ruleId: "rows/unique"
        })
      )
    }
  }
  const caseIds = new Set(report.cases.rows.map((r) => r.id))
  const moneyIds = new Set(report.money.rows.map((r) => r.id))
  for (const [present, absent, ids, other] of [
    ["cases", "money", caseIds, moneyIds],
    ["money", "cases", moneyIds, caseIds]
  ] as const) {
    if (ids.size === 0 || other.size === 0) continue
    report[present].rows.forEach((r, i) => {
      if (other.has(r.id)) return
      findings.push(
        FindingCatalogue.make("rows-differ-between-tables", {
          params: { id: r.id, present, absent },
          paramsVi: { present: present === "cases" ? "việc" : "tiền", absent: absent === "cases" ? "việc" : "tiền" },
          location: at(`/${present}/rows/${i}/id`),
          ruleId: "rows/same-in-both-tables"
        })
      )
    })
  }

  // Identities.
  const evaluations = Identity.evaluate(report, {
    settings: ruleSet.identities,
    values: decoded.values,
    onlyFailures: true
  })
  const rowIdentities = Identity.identities(ruleSet.identities).filter((i) => i._tag === "RowIdentity").length
  const identitiesEvaluated = (["cases", "money"] as const).reduce((a, t) => {
    const n = report[t].rows.length
    return a + rowIdentities * (n + 1) + (n > 0 ? Indicator.slots.length : 0)
  }, 0)
  for (const e of evaluations) {
    if (e.identity === "I99") {
      findings.push(
        FindingCatalogue.make("total-not-sum", {
          params: { indicator: e.indicator, observed: fmt(e.observed), expected: fmt(e.expected) },
          paramsVi: { observed: fmtVi(e.observed), expected: fmtVi(e.expected) },
          location: at(e.path),
          ruleId: "identity/I99",
          observed: e.observed,
          expected: e.expected,
          formula: {
            vi: `${e.indicator} tổng cộng = Σ ${e.indicator} các dòng`,
            en: `total ${e.indicator} = Σ ${e.indicator} of the rows`
          },
          trace: e.cells.slice(1).map((c) => ({ label: c, value: Number(valueAt(report, c)), source: c }))
        })
      )
      continue
    }
    const identity = Identity.get(e.identity, ruleSet.identities)!
    const formula = { vi: Identity.formula(identity, e.table, "vi"), en: Identity.formula(identity, e.table, "en") }
    findings.push(
      FindingCatalogue.make("identity-violated", {
        params: { identity: e.identity, formula: formula.en, observed: fmt(e.observed), expected: fmt(e.expected) },
        paramsVi: { formula: formula.vi, observed: fmtVi(e.observed), expected: fmtVi(e.expected) },
        location: at(e.path),
        ruleId: `identity/${e.identity}`,
        citation: identity.citation,
        observed: e.observed,
        expected: e.expected,
        formula,
        trace: e.cells.map((c) => ({
          label: c.slice(c.lastIndexOf("/") + 1),
          value: Number(valueAt(report, c)),
          source: c
        }))
      })
    )
  }

  // Periods: cumulative figures within the year, opening balance.
  const same = (r: Report.Report) => r.header.unitId === h.unitId
  const earlierThisYear = (context.earlier ?? [])
    .filter((r) => same(r) && r.header.year === h.year && r.header.months < h.months)
    .sort((a, b) => b.header.months - a.header.months)[0]
  if (earlierThisYear !== undefined) {
    for (const table of ["cases", "money"] as const) {
      const now = report[table].total as unknown as Readonly<Record<string, number>>
      const before = earlierThisYear[table].total as unknown as Readonly<Record<string, number>>
      for (const slot of cumulativeSlots) {
        const id = Indicator.idOf(table, slot)
        if (now[id]! >= before[id]!) continue
        findings.push(
          FindingCatalogue.make("cumulative-decreased", {
            params: {
              indicator: id,
              months: h.months,
              earlierMonths: earlierThisYear.header.months,
              observed: fmt(now[id]!),
              expected: fmt(before[id]!)
            },
            paramsVi: { observed: fmtVi(now[id]!), expected: fmtVi(before[id]!) },
            location: at(`/${table}/total/${id}`),
            ruleId: "periods/cumulative",
            citation: cumulativeCitation(h.regime),
            observed: now[id]!,
            expected: before[id]!
          })
        )
      }
      const open = Indicator.idOf(table, "01")
      if (now[open] !== before[open]) {
        findings.push(
          FindingCatalogue.make("opening-balance-changed", {
            params: {
              indicator: open,
              earlierMonths: earlierThisYear.header.months,
              observed: fmt(now[open]!),
              expected: fmt(before[open]!)
            },
            paramsVi: { observed: fmtVi(now[open]!), expected: fmtVi(before[open]!) },
            location: at(`/${table}/total/${open}`),
            ruleId: "periods/opening-balance",
            observed: now[open]!,
            expected: before[open]!
          })
        )
      }
    }
  }
  const lastYearClosing = (context.earlier ?? []).find(
    (r) => same(r) && r.header.year === h.year - 1 && r.header.months === 12
  )
  if (lastYearClosing !== undefined) {
    for (const table of ["cases", "money"] as const) {
      const open = Indicator.idOf(table, "01")
      const closing = Indicator.idOf(table, "13")
      const observed = (report[table].total as unknown as Readonly<Record<string, number>>)[open]!
      const expected = (lastYearClosing[table].total as unknown as Readonly<Record<string, number>>)[closing]!
      if (observed === expected) continue
      findings.push(
        FindingCatalogue.make("opening-balance-discontinuity", {
          params: { indicator: open, observed: fmt(observed), expected: fmt(expected) },
          paramsVi: { observed: fmtVi(observed), expected: fmtVi(expected) },
          location: at(`/${table}/total/${open}`),
          ruleId: "periods/continuity",
          observed,
          expected,
          formula: { vi: `${open} năm nay = ${closing} năm trước`, en: `${open} this year = ${closing} last year` }
        })
      )
    }
  }

  // KPIs, targets and backlog (Chỉ thị 09 §4.4).
  const previous = (context.earlier ?? []).find(
    (r) => same(r) && r.header.year === h.year - 1 && r.header.months === h.months
  )
  const kpis = Kpi.compute(report, { targets: ruleSet.targets, ...(previous === undefined ? {} : { previous }) })
  for (const k of kpis) {
    const table = k.id.endsWith("-cases") ? "cases" : "money"
    if (k.id.startsWith("target-attainment-")) {
      const metric = { vi: table === "cases" ? "về việc" : "về tiền", en: table === "cases" ? "case" : "money" }
      if (k.target === undefined) {
        findings.push(
          FindingCatalogue.make("target-unknown", {
            params: { metric: metric.en, year: h.year, unit: h.unitId },
            paramsVi: { metric: metric.vi },
            location: at(`/${table}/total`),
            ruleId: `target/${table}`
          })
        )
        continue
      }
      const rate = kpis.find((x) => x.id === `completion-rate-${table}`)!
      if (rate.value === null) continue // nothing enforceable yet: no rate to compare
      const t = k.target
      const common = {
        params: {
          label: rate.label.en,
          value: rate.value ?? "—",
          op: t.op,
          target: t.value,
          scope: t.scope === "unit" ? "the unit's own" : "national",
          gap: t.gap ?? "—"
        },
        paramsVi: {
          label: rate.label.vi,
          value: rate.value === null ? "—" : fmtVi(rate.value),
          target: fmtVi(t.value),
          gap: t.gap === null ? "—" : fmtVi(t.gap),
          op: t.op === ">" ? "trên" : "≥",
          scope: t.scope === "unit" ? "của đơn vị" : "toàn quốc"
        },
        location: at(`/${table}/total/${Indicator.idOf(table, "08")}`),
        ruleId: `target/${table}`,
        observed: rate.value ?? "undefined",
        expected: `${t.op} ${t.value}`,
        formula: k.formula,
        trace: k.inputs.map((i) => ({ label: i.indicator, value: i.value, source: i.source }))
      }
      // A yearly target is judged on the 12-month report; before that the comparison is for information.
      const interim = h.months !== 12 ? { severity: "info" as const, ruleId: `target/${table}/interim` } : {}
      if (t.met === true) findings.push(FindingCatalogue.make("target-met", { ...common, ...interim }))
      else findings.push(FindingCatalogue.make("target-not-met", { ...common, ...interim }))
      continue
    }
    if (
      (k.id.startsWith("change-carried-over-") || k.id.startsWith("change-enforceable-carried-over-")) &&
      k.value !== null &&
      k.value > 0
    ) {
      const [now, before] = k.inputs as [Kpi.Input, Kpi.Input]
      findings.push(
        FindingCatalogue.make("backlog-rising", {
          params: {
            indicator: now.indicator,
            observed: fmt(now.value),
            expected: fmt(before.value),
            delta: fmt(k.value)
          },
          paramsVi: { observed: fmtVi(now.value), expected: fmtVi(before.value), delta: fmtVi(k.value) },
          location: at(now.source),
          ruleId: `backlog/${now.indicator}`,
          observed: now.value,
          expected: before.value,
          formula: k.formula
        })
      )
    }
  }

  // Organisation, level, regime.
  const org = context.organization ?? Organization.tayNinh
  const unit = org.byId.get(h.unitId)
  let level: ReportingDeadline.Level | undefined = h.level
  if (unit === undefined) {
    findings.push(
      FindingCatalogue.make("unit-unknown", {
        params: { unit: h.unitId },
        location: at("/header/unitId"),
        ruleId: "organisation/unit"
      })
    )
  } else if (!OrgUnit.existsOn(unit, periodEnd)) {
    const successor = Organization.currentOf(org, unit.id, periodEnd)
    findings.push(
      FindingCatalogue.make("unit-not-in-force", {
        params: {
          unit: h.unitId,
          periodEnd,
          successor: successor === undefined ? "" : `; successor: "${successor.id}"`
        },
        paramsVi: {
          periodEnd: CivilDate.formatVi(periodEnd),
          successor: successor === undefined ? "" : `; đơn vị kế thừa: "${successor.id}"`
        },
        location: at("/header/unitId"),
        ruleId: "organisation/in-force"
      })
    )
  } else {
    const actual = OrgUnit.reportingLevel(unit.tier)
    if (h.level !== undefined && actual !== undefined && h.level !== actual) {
      findings.push(
        FindingCatalogue.make("level-mismatch", {
          params: { declared: h.level, actual },
          location: at("/header/level"),
          ruleId: "organisation/level"
        })
      )
    }
    level = level ?? actual
  }
  const inForce = ReportingDeadline.regimeAt(periodEnd)
  if (inForce !== undefined && inForce !== h.regime) {
    findings.push(
      FindingCatalogue.make("regime-mismatch", {
        params: { declared: h.regime, inForce, periodEnd },
        paramsVi: { periodEnd: CivilDate.formatVi(periodEnd) },
        location: at("/header/regime"),
        ruleId: "regime/in-force",
        citation: { document: ReportingDeadline.regimeDocument[inForce] }
      })
    )
  }

  // Timeliness.
  if (level !== undefined) {
    let d: ReportingDeadline.Deadline | undefined
    try {
      // The deadline of the regime in force at the period's end, whatever the header declares.
      d = ReportingDeadline.deadline(period, level, { rules: ruleSet.deadlines, calendar, regime: inForce ?? h.regime })
    } catch {
      d = undefined // the level does not exist under the regime or on the date: reported above
    }
    if (d !== undefined) {
      const submitted = context.submittedOn ?? (h.submittedAt === undefined ? undefined : civilDateOf(h.submittedAt))
      const base = {
        regime: d.regime,
        level,
        deadline: d.deadline
      }
      const path = context.submittedOn === undefined ? "/header/submittedAt" : "/header"
      const trace = [
        { label: "period end", value: d.periodEnd, source: "header" },
        {
          label: "rule",
          value:
            d.rule.kind === "working-days-after-period-end"
              ? `${d.rule.days} working days`
              : `before day ${d.rule.day} of the next month`,
          source: `deadline/${d.regime}/${level}`
        },
        { label: "deadline", value: d.deadline, source: d.basis }
      ]
      if (submitted === undefined) {
        findings.push(
          FindingCatalogue.make("submission-time-unknown", {
            params: base,
            paramsVi: { deadline: CivilDate.formatVi(d.deadline) },
            location: at("/header"),
            ruleId: `deadline/${d.regime}/${level}`,
            citation: d.citation
          })
        )
      } else {
        if (submitted < periodEnd) {
          findings.push(
            FindingCatalogue.make("report-before-period-end", {
              params: { submitted, periodEnd },
              paramsVi: { submitted: CivilDate.formatVi(submitted), periodEnd: CivilDate.formatVi(periodEnd) },
              location: at(path),
              ruleId: "periods/frozen-at-end"
            })
          )
        }
        const late = submitted > d.deadline
        findings.push(
          FindingCatalogue.make(late ? "report-late" : "report-on-time", {
            params: {
              ...base,
              submitted,
              workingDays: late ? calendar.workingDaysBetween(d.deadline, submitted) : 0,
              days: late ? CivilDate.daysBetween(d.deadline, submitted) : 0
            },
            paramsVi: { submitted: CivilDate.formatVi(submitted), deadline: CivilDate.formatVi(d.deadline) },
            location: at(path),
            ruleId: `deadline/${d.regime}/${level}`,
            citation: d.citation,
            ...(late && d.basis === "assumed" ? { severity: "warning" as const } : {}),
            observed: submitted,
            expected: `≤ ${d.deadline}`,
            trace: [...trace, { label: "submitted", value: submitted, source: path }]
          })
        )
      }
    }
  }

  // Roll-up: a province's report against its units' reports for the same period.
  const unitReports = (context.units ?? []).filter(
    (r) => r.header.year === h.year && r.header.months === h.months && r.header.unitId !== h.unitId
  )
  if (context.units !== undefined && unit !== undefined) {
    for (const child of Organization.childrenOn(org, unit.id, periodEnd)) {
      if (OrgUnit.reportingLevel(child.tier) === undefined) continue
      if (unitReports.some((r) => r.header.unitId === child.id)) continue
      findings.push(
        FindingCatalogue.make("rollup-unit-missing", {
          params: { unit: child.id },
          location: at("/header/unitId"),
          ruleId: "rollup/units"
        })
      )
    }
  }
  if (unitReports.length > 0) {
    for (const table of ["cases", "money"] as const) {
      const rows = report[table].rows as unknown as ReadonlyArray<Report.RowHeader & Readonly<Record<string, number>>>
      const byRow = unitReports.filter((r) => rows.some((row) => row.id === r.header.unitId))
      const compare = (
        path: string,
        observed: Readonly<Record<string, number>>,
        expected: Readonly<Record<string, number>>,
        unitId?: string
      ) => {
        for (const id of Indicator.idsOf(table)) {
          if (observed[id] === expected[id]) continue
          findings.push(
            FindingCatalogue.make("rollup-mismatch", {
              params: {
                indicator: unitId === undefined ? id : `${id} (${unitId})`,
                observed: fmt(observed[id]!),
                expected: fmt(expected[id]!)
              },
              paramsVi: { observed: fmtVi(observed[id]!), expected: fmtVi(expected[id]!) },
              location: at(`${path}/${id}`),
              ruleId: "rollup/sum",
              observed: observed[id]!,
              expected: expected[id]!
            })
          )
        }
      }
      if (byRow.length > 0) {
        for (const r of byRow) {
          const i = rows.findIndex((row) => row.id === r.header.unitId)
          compare(
            `/${table}/rows/${i}`,
            rows[i]!,
            r[table].total as unknown as Readonly<Record<string, number>>,
            r.header.unitId
          )
        }
      } else {
        const sum: Record<string, number> = {}
        for (const id of Indicator.idsOf(table))
          sum[id] = unitReports.reduce(
            (a, r) => a + (r[table].total as unknown as Readonly<Record<string, number>>)[id]!,
            0
          )
        compare(`/${table}/total`, report[table].total as unknown as Readonly<Record<string, number>>, sum)
      }
    }
  }

  // Obligations of the unit.
  for (const t of context.obligations ?? []) {
    if (t.obligation.owner.unitId !== h.unitId) continue
    const o = t.obligation
    if (t.status._tag === "missing") {
      findings.push(
        FindingCatalogue.make("obligation-missing", {
          params: { obligation: o.id, due: o.due, workingDays: t.status.workingDaysOverdue },
          paramsVi: { due: CivilDate.formatVi(o.due) },
          location: at("/header/unitId"),
          ruleId: `obligation/${o.kind}`,
          citation: o.citation
        })
      )
    } else if (t.status._tag === "met-late") {
      findings.push(
        FindingCatalogue.make("obligation-late", {
          params: {
            obligation: o.id,
            due: o.due,
            submitted: t.status.submittedOn,
            workingDays: t.status.workingDaysLate
          },
          paramsVi: { due: CivilDate.formatVi(o.due), submitted: CivilDate.formatVi(t.status.submittedOn) },
          location: at("/header/unitId"),
          ruleId: `obligation/${o.kind}`,
          citation: o.citation
        })
      )
    }
  }

  const counts = Finding.count(findings)
  return {
    valid: counts.error === 0,
    ruleSet: described,
    report: { unitId: h.unitId, year: h.year, months: h.months },
    stats: {
      rows: { cases: report.cases.rows.length, money: report.money.rows.length },
      identitiesEvaluated,
      findings: counts
    },
    kpis,
    findings: findings.sort(Finding.order)
  }
}

/** The value at a JSON Pointer of a report (for traces). */
const valueAt = (report: Report.Report, pointer: string): unknown => {
  let u: unknown = report
  for (const part of pointer.split("/").slice(1))
    u = (u as Record<string, unknown> | undefined)?.[part.replace(/~1/g, "/").replace(/~0/g, "~")]
  return u
}
