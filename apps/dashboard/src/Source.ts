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

/**
 * The order of the service's list of submissions (`GET /v1/submissions`):
 * newest first — by receipt time, then version, then id, each descending.
 * For `Array.prototype.sort`.
 *
 * @example
 * ```ts
 * const s = (id: string, receivedAt: string, version: number) => ({ id, receivedAt, version })
 * const list = [s("a", "2024-04-02T09:00:00+07:00", 1), s("b", "2024-04-03T09:00:00+07:00", 1), s("c", "2024-04-02T09:00:00+07:00", 2), s("d", "2024-04-02T09:00:00+07:00", 1)]
 * list.sort(Source.newestFirst).map((x) => x.id) // ["b", "c", "d", "a"]
 * ```
 */
export const newestFirst = (
  a: Pick<SubmissionSummary, "id" | "receivedAt" | "version">,
  b: Pick<SubmissionSummary, "id" | "receivedAt" | "version">
): number =>
  a.receivedAt !== b.receivedAt
    ? a.receivedAt < b.receivedAt
      ? 1
      : -1
    : a.version !== b.version
      ? b.version - a.version
      : a.id === b.id
        ? 0
        : a.id < b.id
          ? 1
          : -1

/** A filter of the submissions list. */
export interface SubmissionFilter {
  readonly unit?: string
  readonly year?: number
  readonly months?: number
}

/**
 * The record that met an obligation other than a statistical report (ghi
 * nhận thực hiện): its id (a correction names it in `supersedes`), the day
 * the hearing was held or the report sent, and the document.
 */
export interface FulfilmentRef {
  readonly id: string
  readonly fulfilledOn: string
  readonly document?: { readonly number?: string; readonly title?: string }
}

/** A tracked obligation, with the record that met it when one did. */
export interface TrackedObligation extends Obligation.Tracked {
  readonly fulfilment?: FulfilmentRef
}

/** What recording a fulfilment sends (`POST /v1/fulfilments`). */
export interface FulfilmentRequest {
  readonly obligationId: string
  readonly fulfilledOn: string
  readonly document?: { readonly number?: string; readonly title?: string }
  readonly note?: string
  /** For a correction: the id of the current record it replaces. */
  readonly supersedes?: string
}

/** A stored fulfilment record, as the service answers it. */
export interface FulfilmentRecord extends FulfilmentRef {
  readonly obligationId: string
  readonly note?: string
  /** 1 for the first record of the obligation, then 2, 3… (corrections). */
  readonly version: number
  readonly supersedes: string | null
  /** When the service stored it (ISO 8601, Asia/Ho_Chi_Minh). */
  readonly recordedAt: string
  /** The id of the API key that recorded it (never the key itself). */
  readonly keyId: string
}

/**
 * One version of an obligation's fulfilment record, as
 * `GET /v1/fulfilments?history=true` lists it (lịch sử bản ghi): a
 * correction is a new version, the earlier ones are kept.
 */
export interface FulfilmentVersion extends FulfilmentRecord {
  /** Whether it is the version that counts (false once a correction supersedes it). */
  readonly current: boolean
}

/**
 * The versions of one obligation's record in a list of records (an owner's,
 * with history), newest first.
 *
 * @example
 * ```ts
 * const v = (id: string, version: number, current: boolean) => ({ id, obligationId: "hearing/A04/2023-12-31", fulfilledOn: "2024-01-18", version, current, supersedes: null, recordedAt: "2024-01-19T08:00:00.000+07:00", keyId: "b1b2c3d4e5f6" })
 * const list = [v("r1", 1, false), { ...v("r9", 1, true), obligationId: "hearing/A05/2023-12-31" }, v("r2", 2, true)]
 * Source.versions(list, "hearing/A04/2023-12-31").map((r) => [r.id, r.current]) // [["r2", true], ["r1", false]]
 * Source.versions(list, "hearing/A06/2023-12-31") // []
 * ```
 */
export const versions = (
  records: ReadonlyArray<FulfilmentVersion>,
  obligationId: string
): ReadonlyArray<FulfilmentVersion> =>
  records.filter((r) => r.obligationId === obligationId).sort((a, b) => b.version - a.version)

/**
 * The owner of an obligation: a unit, or an actor of the directive (a party body, not a unit). Who may record or read
 * what is the service's rule, imported from the contract (`@thads/api/Access`: `canRecord`, `canReadActors`), not
 * written again here.
 */
export interface Owner {
  readonly unitId?: string
  readonly actorId?: string
}

/** The page's data source. */
export interface Source {
  readonly kind: "api" | "demo"
  me(): Promise<Me>
  /** The units the caller may see, parents before children. */
  units(): Promise<ReadonlyArray<Unit>>
  /** The obligations of the units the caller may see under `unit`, with status. */
  obligations(unit: string, from: string, to: string): Promise<ReadonlyArray<TrackedObligation>>
  /** The directive actors' obligations (hearings owed to the party standing board), [] for a key that may not read them. */
  actorObligations(from: string, to: string): Promise<ReadonlyArray<TrackedObligation>>
  /**
   * Records that an obligation was fulfilled; the same `idempotencyKey` with the same request answers the stored
   * record again (a double click records once). Rejects with a {@link SourceError} naming the problem.
   */
  record(request: FulfilmentRequest, idempotencyKey: string): Promise<FulfilmentRecord>
  /**
   * Every version of the record that met `obligation`, newest first (`GET /v1/fulfilments?obligation=&history=true`):
   * [] when it has none, or none the key may read (a unit's, as the service filters them); rejects with a
   * {@link SourceError} when the key may not read the owner's records at all (a directive actor's for a unit key).
   */
  history(obligation: { readonly id: string; readonly owner: Owner }): Promise<ReadonlyArray<FulfilmentVersion>>
  kpis(unit: string, year: number): Promise<ReadonlyArray<KpiPeriod>>
  /**
   * The submissions matching the filter that the key may read, every version, all of them (every page of
   * `GET /v1/submissions`), in its order: newest first ({@link newestFirst}).
   */
  submissions(filter: SubmissionFilter): Promise<ReadonlyArray<SubmissionSummary>>
  submission(id: string): Promise<SubmissionDetail>
  rollup(unit: string, period: Period): Promise<Rollup>
  /** The years with data, newest first. */
  years(): Promise<ReadonlyArray<number>>
  /** "Today" for statuses (the server's clock, or the demo's fixed date). */
  readonly asOf: string
}

/**
 * A refusal or failure of the source, with the text to show: the problem's
 * title and detail, its HTTP status and its kind (`problem`: the slug of the
 * problem document's type, `urn:thads:problem:<slug>`) for the page to put in
 * the user's words.
 *
 * @example
 * ```ts
 * const e = new Source.SourceError("Unprocessable Content: fulfilledOn is after today", 422, "fulfilment-date-future")
 * e.problem // "fulfilment-date-future"
 * ```
 */
export class SourceError extends Error {
  readonly _tag = "SourceError"
  constructor(
    message: string,
    readonly status?: number,
    readonly problem?: string
  ) {
    super(message)
    this.name = "SourceError"
  }
}
