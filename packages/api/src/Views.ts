/**
 * The read models of the service: roll-ups, obligations with their status,
 * KPIs by period, the audit log, and the thin views of core (finding
 * catalogue, rule set, obligation settings, calendar, deadlines), plus
 * health and readiness.
 *
 * @since 0.1.0
 */
import { ObligationSettings } from "@thads/core"
import * as Schema from "effect/Schema"
import * as Result from "./Result.js"

const Counts = Schema.Record(Schema.String, Schema.Int)

/**
 * The roll-up of a unit: its sub-units' latest reports summed and compared
 * with its own report.
 *
 * @example
 * ```ts
 * const r: Views.Rollup = { unitId: "cuc-tay-ninh", year: 2022, months: 6, asOf: "2022-04-30", own: null, subUnits: [], missing: [], sum: { cases: {}, money: {} }, findings: [] }
 * ```
 * @since 0.1.0
 */
export const Rollup = Schema.Struct({
  unitId: Schema.String,
  year: Schema.Int,
  months: Schema.Int,
  asOf: Schema.String.annotate({ description: "The date the organisation is read on (the period's end)" }),
  own: Schema.NullOr(Schema.Struct({ submissionId: Schema.String, valid: Schema.Boolean })),
  subUnits: Schema.Array(
    Schema.Struct({
      unitId: Schema.String,
      name: Schema.String,
      submissionId: Schema.NullOr(Schema.String),
      valid: Schema.NullOr(Schema.Boolean)
    })
  ),
  missing: Schema.Array(Schema.String).annotate({ description: "Sub-units that report and have not submitted" }),
  sum: Schema.Struct({ cases: Counts, money: Counts }),
  findings: Schema.Array(Result.Finding)
}).annotate({ identifier: "Rollup" })

/**
 * The type of {@link Rollup}.
 *
 * @example
 * ```ts
 * const missing = (r: Views.Rollup) => r.missing
 * ```
 * @since 0.1.0
 */
export type Rollup = typeof Rollup.Type

const Text = Result.Bilingual

/**
 * A dated obligation with its status from the stored submissions.
 *
 * @example
 * ```ts
 * const o: Views.TrackedObligation = { id: "statistical-report/chi-cuc-go-dau/2022-01-31", kind: "statistical-report", frequency: "monthly", owner: { unitId: "chi-cuc-go-dau", name: { vi: "…", en: "…" } }, recipient: { name: { vi: "…", en: "…" } }, period: { start: "2021-10-01", end: "2022-01-31", label: { vi: "…", en: "…" } }, due: "2022-02-08", basis: "official", estimated: false, citation: { document: "tt-06-2019-btp" }, status: { _tag: "met", submittedOn: "2022-02-07" } }
 * ```
 * @since 0.1.0
 */
export const TrackedObligation = Schema.Struct({
  id: Schema.String,
  kind: Schema.String,
  frequency: Schema.String,
  owner: Schema.Struct({
    unitId: Schema.optionalKey(Schema.String),
    actorId: Schema.optionalKey(Schema.String),
    name: Text
  }),
  recipient: Schema.Struct({
    unitId: Schema.optionalKey(Schema.String),
    actorId: Schema.optionalKey(Schema.String),
    name: Text
  }),
  period: Schema.Struct({
    start: Schema.String,
    end: Schema.String,
    label: Text,
    statistical: Schema.optionalKey(Result.Period)
  }),
  due: Schema.String,
  basis: Schema.Literals(["official", "assumed"]),
  estimated: Schema.Boolean,
  citation: Result.CitationJson,
  settings: Schema.optionalKey(
    Schema.Array(
      Schema.Struct({
        key: Schema.String,
        value: Schema.Union([Schema.String, Schema.Finite, Schema.Boolean, Schema.Null]),
        why: Text,
        about: Schema.optionalKey(Result.CitationJson)
      }).annotate({ identifier: "Setting" })
    ).annotate({
      description:
        "The settings an assumed obligation rests on (thiết lập): its due rule, what a quarter is, a configured review or request"
    })
  ),
  provision: Schema.optionalKey(Schema.String),
  fulfilment: Schema.optionalKey(
    Schema.Struct({
      id: Schema.String,
      fulfilledOn: Schema.String,
      document: Schema.optionalKey(
        Schema.Struct({ number: Schema.optionalKey(Schema.String), title: Schema.optionalKey(Schema.String) })
      )
    }).annotate({
      description: "The current fulfilment record, for an obligation met by one (not a statistical report)"
    })
  ),
  status: Schema.Union([
    Schema.Struct({ _tag: Schema.Literal("met"), submittedOn: Schema.String }),
    Schema.Struct({
      _tag: Schema.Literal("met-late"),
      submittedOn: Schema.String,
      workingDaysLate: Schema.Int,
      daysLate: Schema.Int
    }),
    Schema.Struct({ _tag: Schema.Literal("missing"), workingDaysOverdue: Schema.Int }),
    Schema.Struct({ _tag: Schema.Literal("not-yet-due") })
  ])
}).annotate({ identifier: "TrackedObligation" })

/**
 * Obligations of a unit, or of a directive actor (`actorId`), in a date
 * range.
 *
 * @example
 * ```ts
 * const o: Views.Obligations = { unitId: "chi-cuc-go-dau", from: "2021-10-01", to: "2022-09-30", asOf: "2022-10-31", items: [] }
 * ```
 * @since 0.1.0
 */
export const Obligations = Schema.Struct({
  unitId: Schema.optionalKey(Schema.String).annotate({ description: "The unit asked for (unit=)" }),
  actorId: Schema.optionalKey(Schema.String).annotate({ description: "The directive actor asked for (actor=)" }),
  from: Schema.String,
  to: Schema.String,
  asOf: Schema.String,
  items: Schema.Array(TrackedObligation)
}).annotate({ identifier: "Obligations" })

/**
 * The KPIs of every stored period of a unit's year (current submissions).
 *
 * @example
 * ```ts
 * const k: Views.Kpis = { unitId: "cuc-tay-ninh", year: 2022, periods: [{ months: 6, submissionId: "…", kpis: [] }] }
 * ```
 * @since 0.1.0
 */
export const Kpis = Schema.Struct({
  unitId: Schema.String,
  year: Schema.Int,
  periods: Schema.Array(
    Schema.Struct({ months: Schema.Int, submissionId: Schema.String, kpis: Schema.Array(Result.Kpi) })
  )
}).annotate({ identifier: "Kpis" })

/**
 * The finding catalogue.
 *
 * @example
 * ```ts
 * const c: Views.Catalogue = { items: [{ code: "report-late", severity: "error", group: "timeliness", title: { vi: "…", en: "…" }, template: { vi: "…", en: "…" }, citation: { document: "tt-06-2019-btp" }, description: "…" }] }
 * ```
 * @since 0.1.0
 */
export const Catalogue = Schema.Struct({
  items: Schema.Array(
    Schema.Struct({
      code: Schema.String,
      severity: Schema.Literals(["error", "warning", "info"]),
      group: Schema.String,
      title: Text,
      template: Text,
      citation: Result.CitationJson,
      description: Schema.String
    })
  )
}).annotate({ identifier: "FindingCatalogue" })

/**
 * The rule set in force: version, hash, and its parameters (identities,
 * deadline rules, targets, holiday overrides) as JSON.
 *
 * @example
 * ```ts
 * const r: Views.RuleSetView = { version: "0.1.0", hash: "…", ruleSet: {} }
 * ```
 * @since 0.1.0
 */
export const RuleSetView = Schema.Struct({
  version: Schema.String,
  hash: Schema.String,
  ruleSet: Schema.Record(Schema.String, Schema.Json)
}).annotate({ identifier: "RuleSet" })

/**
 * An obligation settings document (the decoded form: core's
 * `ObligationSettings.Document`, named for the contract).
 *
 * @example
 * ```ts
 * const d: Views.ObligationSettingsDocument = { quarters: "calendar" }
 * ```
 * @since 0.3.0
 */
export interface ObligationSettingsDocument extends ObligationSettings.Document {}

/**
 * An obligation settings document's JSON (dates as `YYYY-MM-DD` strings).
 *
 * @example
 * ```ts
 * const d: Views.ObligationSettingsJson = { reviews: [{ id: "so-ket", title: { vi: "Sơ kết", en: "Interim review" }, due: "2026-08-31" }] }
 * ```
 * @since 0.3.0
 */
export interface ObligationSettingsJson extends ObligationSettingsEncoded {}
type ObligationSettingsEncoded = (typeof ObligationSettings.SettingsSchema)["Encoded"]

/**
 * The obligation settings in force (what a "quarter" of Chỉ thị 09 §1.3
 * means, the due rules, the §8.1 reviews, the ad-hoc requests, the kinds
 * generated): core's `ObligationSettings` document with the defaults filled
 * in, and whether the service was started with a settings file
 * (`thads-service serve --obligations FILE`).
 *
 * @example
 * ```ts
 * const v: typeof Views.ObligationSettingsView.Type = { configured: false, settings: ObligationSettings.defaults }
 * v.settings.quarters // "statistical"
 * ```
 * @since 0.3.0
 */
export const ObligationSettingsView: Schema.Codec<
  { readonly configured: boolean; readonly settings: ObligationSettingsDocument },
  { readonly configured: boolean; readonly settings: ObligationSettingsJson }
> = Schema.Struct({
  configured: Schema.Boolean.annotate({ description: "Whether a settings file is in force (otherwise the defaults)" }),
  settings: ObligationSettings.SettingsSchema
}).annotate({ identifier: "ObligationSettings" })

/**
 * The working calendar of a year.
 *
 * @example
 * ```ts
 * const c: Views.Calendar = { year: 2025, status: "official", daysOff: [], workingSaturdays: [], sources: [], workingDays: 247 }
 * ```
 * @since 0.1.0
 */
export const Calendar = Schema.Struct({
  year: Schema.Int,
  status: Schema.Literals(["official", "partial", "estimated"]),
  daysOff: Schema.Array(
    Schema.Struct({
      date: Schema.String,
      reason: Schema.String,
      confidence: Schema.String,
      for: Schema.optionalKey(Schema.String)
    })
  ),
  workingSaturdays: Schema.Array(
    Schema.Struct({ date: Schema.String, confidence: Schema.String, for: Schema.optionalKey(Schema.String) })
  ),
  sources: Schema.Array(Result.CitationJson),
  notes: Schema.optionalKey(Schema.Array(Text)),
  workingDays: Schema.Int
}).annotate({ identifier: "Calendar" })

/**
 * The deadline of a period for each level.
 *
 * @example
 * ```ts
 * const d: Views.Deadlines = { year: 2022, months: 6, items: [{ level: "cuc", deadline: "2022-04-06", periodEnd: "2022-03-31", regime: "tt06-2019", basis: "official", estimated: false, citation: { document: "tt-06-2019-btp" }, notes: [] }] }
 * ```
 * @since 0.1.0
 */
export const Deadlines = Schema.Struct({
  year: Schema.Int,
  months: Schema.Int,
  items: Schema.Array(
    Schema.Struct({
      level: Schema.String,
      deadline: Schema.String,
      periodEnd: Schema.String,
      regime: Schema.String,
      basis: Schema.Literals(["official", "assumed"]),
      estimated: Schema.Boolean,
      citation: Result.CitationJson,
      notes: Schema.Array(Text)
    })
  )
}).annotate({ identifier: "Deadlines" })

/**
 * One audit-log row (hash-chained).
 *
 * @example
 * ```ts
 * const e: Views.AuditEntry = { seq: 1, at: "2022-04-07T09:30:00.000+07:00", keyId: "k1", role: "submitter", unitId: "chi-cuc-go-dau", action: "submission.create", object: "01J…", outcome: "ok", requestId: "…", prevHash: "", hash: "…" }
 * ```
 * @since 0.1.0
 */
export const AuditEntry = Schema.Struct({
  seq: Schema.Int,
  at: Schema.String,
  keyId: Schema.NullOr(Schema.String),
  role: Schema.NullOr(Schema.String),
  unitId: Schema.NullOr(Schema.String),
  action: Schema.String,
  object: Schema.NullOr(Schema.String),
  outcome: Schema.String,
  requestId: Schema.NullOr(Schema.String),
  prevHash: Schema.String,
  hash: Schema.String
}).annotate({ identifier: "AuditEntry" })

/**
 * A page of the audit log.
 *
 * @example
 * ```ts
 * const page: Views.AuditPage = { items: [], chain: { ok: true, rows: 0 } }
 * ```
 * @since 0.1.0
 */
export const AuditPage = Schema.Struct({
  items: Schema.Array(AuditEntry),
  chain: Schema.Struct({
    ok: Schema.Boolean,
    rows: Schema.Int,
    brokenAt: Schema.optionalKey(Schema.Int),
    reason: Schema.optionalKey(Schema.String)
  })
}).annotate({ identifier: "AuditPage" })

/**
 * Health and readiness.
 *
 * @example
 * ```ts
 * const h: Views.Health = { status: "ok" }
 * ```
 * @since 0.1.0
 */
export const Health = Schema.Struct({
  status: Schema.Literals(["ok", "not-ready"]),
  database: Schema.optionalKey(Schema.String),
  migrations: Schema.optionalKey(Schema.Int)
}).annotate({ identifier: "Health" })

/**
 * `GET /v1/me`: the calling key — its id, role and unit (none for a
 * `reviewer` or an `admin`, who read every unit).
 *
 * @example
 * ```ts
 * const me: typeof Views.Me.Type = { keyId: "k1", role: "unit-reviewer", unitId: "cuc-tay-ninh" }
 * ```
 * @since 0.2.0
 */
export const Me = Schema.Struct({
  keyId: Schema.String,
  role: Schema.Literals(["submitter", "unit-reviewer", "reviewer", "admin"]),
  unitId: Schema.NullOr(Schema.String)
}).annotate({ identifier: "Me" })

/**
 * `GET /v1/units`: the units of the organisation on a date that the key may
 * read, parents before children (đơn vị).
 *
 * @example
 * ```ts
 * const u: typeof Views.Units.Type = { date: "2024-06-30", items: [{ id: "cuc-tay-ninh", name: { vi: "Cục", en: "Department" }, tier: "cuc" }] }
 * ```
 * @since 0.2.0
 */
export const Units = Schema.Struct({
  date: Schema.String,
  items: Schema.Array(
    Schema.Struct({
      id: Schema.String,
      name: Schema.Struct({ vi: Schema.String, en: Schema.String }),
      tier: Schema.String,
      parentId: Schema.optionalKey(Schema.String)
    })
  )
}).annotate({ identifier: "Units" })
