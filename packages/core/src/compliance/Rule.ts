/**
 * A rule of the report check (quy tắc kiểm tra): one family of checks with
 * its id, the finding codes it may produce, its legal citation and basis,
 * its parameters (defaults; a rule set may override them or switch the rule
 * off), and `run`, which looks at the decoded report in its context and
 * emits findings. The registry of rules is `Rules.all`; a new rule is one
 * file under `rules/`, one line there, and its catalogue entries.
 *
 * @since 0.2.0
 */
import type * as Citation from "../citation/Citation.js"
import type * as CivilDate from "../base/CivilDate.js"
import type * as ReportingDeadline from "../calendar/ReportingDeadline.js"
import type * as StatisticalPeriod from "../calendar/StatisticalPeriod.js"
import type * as WorkingCalendar from "../calendar/WorkingCalendar.js"
import type * as Obligation from "../directive/Obligation.js"
import type * as Kpi from "../kpi/Kpi.js"
import type * as Organization from "../organization/Organization.js"
import type * as OrgUnit from "../organization/OrgUnit.js"
import type * as Report from "../statistics/Report.js"
import type * as Values from "../statistics/Values.js"
import type * as Finding from "./Finding.js"
import type * as FindingCatalogue from "./FindingCatalogue.js"
import type * as RuleSet from "./RuleSet.js"

/**
 * Parameters of a rule: plain JSON values (they are hashed into the rule set).
 *
 * @example
 * ```ts
 * const p: Rule.Parameters = { tolerance: 0 }
 * ```
 * @since 0.2.0
 */
export type Parameters = Readonly<Record<string, unknown>>

/**
 * What a rule sees: the decoded report and the facts every rule shares,
 * computed once per check.
 *
 * @example
 * ```ts
 * const run = (input: Rule.Input) => input.report.header.unitId
 * ```
 * @since 0.2.0
 */
export interface Input {
  readonly report: Report.Report
  /** The decoder's matrices of the report's values. */
  readonly values: Values.Values
  readonly ruleSet: RuleSet.RuleSet
  readonly period: StatisticalPeriod.Period
  readonly periodEnd: CivilDate.CivilDate
  readonly calendar: WorkingCalendar.WorkingCalendar
  /** The KPIs of the report (with the targets and the same period last year). */
  readonly kpis: ReadonlyArray<Kpi.Kpi>
  /** The organisation of the context, when one is given. */
  readonly organization: Organization.Organization | undefined
  /** The reporting unit in the organisation, when known. */
  readonly unit: OrgUnit.OrgUnit | undefined
  /** The reporting level: the header's, else the organisation's. */
  readonly level: ReportingDeadline.Level | undefined
  /** The regime in force at the period's end (none after the rule set's `regimeEnd`, when its successor is not encoded). */
  readonly inForce: ReportingDeadline.Regime | undefined
  /** The unit's other reports (earlier periods, the previous year). */
  readonly earlier: ReadonlyArray<Report.Report>
  /** For a province: its units' reports for the same period; undefined when the context gives none. */
  readonly units: ReadonlyArray<Report.Report> | undefined
  /** When the report was received, when the context says. */
  readonly submittedOn: CivilDate.CivilDate | undefined
  readonly obligations: ReadonlyArray<Obligation.Tracked>
  /** The location of a JSON Pointer of the report (file, cell, unit, period). */
  readonly at: (path: string) => Finding.Location
}

/**
 * A rule.
 *
 * @example
 * ```ts
 * const rule: Rule.Rule = {
 *   id: "example/always", title: { vi: "Ví dụ", en: "Example" }, codes: ["target-unknown"], basis: "official",
 *   citation: { document: "ct-09-ct-tu-2021", section: "4.4" }, parameters: {}, run: () => {}
 * }
 * ```
 * @since 0.2.0
 */
export interface Rule<P extends Parameters = Parameters> {
  /** Stable id, "<family>/<name>". */
  readonly id: string
  readonly title: { readonly vi: string; readonly en: string }
  /** Every code it may emit. */
  readonly codes: ReadonlyArray<FindingCatalogue.Code>
  /** `official` when the cited text says it; `assumed` otherwise ({@link basisNote} says why). */
  readonly basis: Finding.Basis
  readonly basisNote?: { readonly vi: string; readonly en: string }
  /** Codes that can rest on an assumed parameter or datum even when the rule is official, and why. */
  readonly assumedWhen?: Readonly<Partial<Record<FindingCatalogue.Code, string>>>
  readonly citation: Citation.Citation
  /** The default parameters. */
  readonly parameters: P
  /** Emits the findings; a finding resting on an assumption is emitted with `basis: "assumed"`. */
  readonly run: (input: Input, parameters: P, emit: (f: Finding.Finding) => void) => void
}

/**
 * Makes a rule (the identity function, for type inference of parameters).
 *
 * @example
 * ```ts
 * const r = Rule.make({ id: "x/y", title: { vi: "x", en: "x" }, codes: [], basis: "official",
 *   citation: { document: "tt-06-2019-btp" }, parameters: { n: 1 }, run: (_i, p) => void p.n })
 * ```
 * @since 0.2.0
 */
export const make = <P extends Parameters>(rule: Rule<P>): Rule<P> => rule

/**
 * A rule of any parameters (the registry holds rules of different
 * parameter types; each `run` receives its own, merged by the rule set).
 *
 * @example
 * ```ts
 * const all: ReadonlyArray<Rule.Any> = Rules.all
 * ```
 * @since 0.2.0
 */
// biome-ignore lint/suspicious/noExplicitAny: an existential over the parameter type, on purpose
export type Any = Rule<any>
