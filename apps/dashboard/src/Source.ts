/**
 * Where the page's data comes from: the compliance service's API
 * (`ApiSource`), or the demonstration data computed with @thads/core in the
 * browser (`demo/DemoSource`). The views only see this interface, so what a
 * view shows is exactly what the source returned: the server decides what a
 * key may read; the page never widens it.
 */
import type { Finding, Kpi, Obligation, Report } from "@thads/core"

/** A role of an API key (issue #11 §3). */
export type Role = "submitter" | "unit-reviewer" | "reviewer" | "admin"

/** Who the page is signed in as. */
export interface Me {
  readonly role: Role
  readonly unitId: string
  readonly keyId?: string
}

/** A unit of the organisation tree as the page draws it. */
export interface Unit {
  readonly id: string
  readonly name: { readonly vi: string; readonly en: string }
  readonly parentId?: string
  readonly tier: string
}

/**
 * A unit's name in a language, or its id when the list does not have it.
 *
 * @example
 * ```ts
 * const units = await DemoSource.make({ role: "reviewer", unitId: "cuc-tay-ninh" }).units()
 * Source.nameOf(units, "chi-cuc-go-dau", "vi") // "Chi cục Thi hành án dân sự huyện Gò Dầu"
 * Source.nameOf(units, "chi-cuc-khac", "vi") // "chi-cuc-khac"
 * ```
 */
export const nameOf = (units: ReadonlyArray<Unit>, id: string, lang: "vi" | "en"): string =>
  units.find((u) => u.id === id)?.name[lang] ?? id

/** A statistical period. */
export interface Period {
  readonly year: number
  readonly months: number
}

/** The KPIs of one stored report (one period of one unit). */
export interface KpiPeriod {
  readonly unitId: string
  readonly period: Period
  readonly kpis: ReadonlyArray<Kpi.Kpi>
}

/** A submission without its report. */
export interface SubmissionSummary {
  readonly id: string
  readonly unitId: string
  readonly period: Period
  /** 1 for the first submission of the unit and period, then 2, 3… */
  readonly version: number
  /** ISO 8601 instant the server stamped. */
  readonly receivedAt: string
  readonly valid: boolean
  readonly findings: Readonly<Record<Finding.Severity, number>>
  /** Whether a later submission of the same unit and period replaced it. */
  readonly superseded: boolean
}

/** A submission with its decoded report and its findings. */
export interface SubmissionDetail extends SubmissionSummary {
  readonly report?: Report.Report
  readonly result: { readonly findings: ReadonlyArray<Finding.Finding>; readonly kpis: ReadonlyArray<Kpi.Kpi> }
}

/** A unit's report beside the sum of its sub-units' latest reports. */
export interface Rollup {
  readonly unitId: string
  readonly period: Period
  /** The unit's own latest report, when it has sent one. */
  readonly report?: Report.Report
  /** The totals of its sub-units' latest reports summed, per table. */
  readonly sum: {
    readonly cases: Readonly<Record<string, number>>
    readonly money: Readonly<Record<string, number>>
  }
  /** The sub-units whose report was summed. */
  readonly included: ReadonlyArray<string>
  /** The sub-units that have not submitted. */
  readonly missing: ReadonlyArray<string>
  /** Roll-up findings (rollup-mismatch, rollup-unit-missing). */
  readonly findings: ReadonlyArray<Finding.Finding>
}

/** A filter of the submissions list. */
export interface SubmissionFilter {
  readonly unit?: string
  readonly year?: number
  readonly months?: number
}

/** The page's data source. */
export interface Source {
  readonly kind: "api" | "demo"
  me(): Promise<Me>
  /** The units the caller may see, parents before children. */
  units(): Promise<ReadonlyArray<Unit>>
  /** The obligations of the units the caller may see under `unit`, with status. */
  obligations(unit: string, from: string, to: string): Promise<ReadonlyArray<Obligation.Tracked>>
  kpis(unit: string, year: number): Promise<ReadonlyArray<KpiPeriod>>
  submissions(filter: SubmissionFilter): Promise<ReadonlyArray<SubmissionSummary>>
  submission(id: string): Promise<SubmissionDetail>
  rollup(unit: string, period: Period): Promise<Rollup>
  /** The years with data, newest first. */
  years(): Promise<ReadonlyArray<number>>
  /** "Today" for statuses (the server's clock, or the demo's fixed date). */
  readonly asOf: string
}

/** A refusal or failure of the source, with the text to show. */
export class SourceError extends Error {
  readonly _tag = "SourceError"
  constructor(
    message: string,
    readonly status?: number
  ) {
    super(message)
    this.name = "SourceError"
  }
}
