/**
 * The rule set a check runs with: the identities' settings, the deadline
 * rules, the targets, the holiday overrides, and everything built in that a
 * result depends on (indicator catalogue, official schedules, regimes'
 * in-force dates, rounding, finding catalogue). Its hash (SHA-256 of a
 * canonical JSON of all of it) changes when any rule or parameter changes,
 * so a stored result says exactly which rules produced it. The context of a
 * check (the organisation, earlier reports, a calendar passed in directly) is
 * data about the case at hand, not a rule, and is not part of the hash: pass
 * holiday changes as `holidayOverrides` to have them hashed. `rules` switches
 * a rule of the registry ({@link Rules}) off or sets its parameters; the
 * registry itself (ids, codes, basis, citations, default parameters) is
 * hashed too. {@link RuleSetSchema} is its JSON form.
 *
 * @since 0.1.0
 */
import * as Schema from "effect/Schema"
import * as Citation from "../citation/Citation.js"
import * as CivilDate from "../base/CivilDate.js"
import * as Documents from "../citation/Documents.js"
import type * as HolidaySchedule from "../calendar/HolidaySchedule.js"
import * as OfficialSchedules from "../calendar/OfficialSchedules.js"
import * as ReportingDeadline from "../calendar/ReportingDeadline.js"
import * as WorkingCalendar from "../calendar/WorkingCalendar.js"
import * as Rate from "../kpi/Rate.js"
import * as Target from "../kpi/Target.js"
import * as Identity from "../statistics/Identity.js"
import * as Indicator from "../statistics/Indicator.js"
import * as FindingCatalogue from "./FindingCatalogue.js"
import type * as Rule from "./Rule.js"
import * as Rules from "./Rules.js"
import * as Sha256 from "./Sha256.js"

/**
 * The version of the built-in rules (the @thads/core version).
 *
 * @example
 * ```ts
 * RuleSet.version // "0.1.0"
 * ```
 * @since 0.1.0
 */
export const version = "0.1.0"

/**
 * A rule set.
 *
 * @example
 * ```ts
 * const noTargets: RuleSet.RuleSet = { ...RuleSet.standard, targets: [] }
 * RuleSet.describe(noTargets).version // "0.1.0"
 * ```
 * @since 0.1.0
 */
export interface RuleSet {
  readonly version: string
  readonly identities: Identity.Settings
  readonly deadlines: NonNullable<ReportingDeadline.Settings["rules"]>
  readonly targets: ReadonlyArray<Target.Target>
  readonly holidayOverrides: ReadonlyArray<HolidaySchedule.Override>
  /** Per rule of the registry: switched off, or its parameters (merged over the defaults). */
  readonly rules?: Readonly<Record<string, RuleOptions>>
}

/**
 * The options of one rule in a rule set.
 *
 * @example
 * ```ts
 * const off: RuleSet.RuleOptions = { enabled: false }
 * const tolerant: RuleSet.RuleOptions = { parameters: { tolerance: 10 } }
 * ```
 * @since 0.2.0
 */
export interface RuleOptions {
  readonly enabled?: boolean
  readonly parameters?: Rule.Parameters
}

/**
 * Whether a rule runs under a rule set, and with which parameters.
 *
 * @example
 * ```ts
 * RuleSet.optionsOf(RuleSet.standard, Rules.get("targets/backlog")!) // { enabled: true, parameters: { tolerance: 0 } }
 * ```
 * @since 0.2.0
 */
export const optionsOf = <P extends Rule.Parameters>(
  ruleSet: RuleSet,
  rule: Rule.Rule<P>
): { readonly enabled: boolean; readonly parameters: P } => {
  const o = ruleSet.rules?.[rule.id]
  if (o === undefined) return { enabled: true, parameters: rule.parameters }
  return {
    enabled: o.enabled !== false,
    parameters: o.parameters === undefined ? rule.parameters : ({ ...rule.parameters, ...o.parameters } as P)
  }
}

const Text = Schema.Struct({ vi: Schema.String, en: Schema.String })
const Slot = Schema.Literals(Indicator.slots)
const DeadlineRuleSchema = Schema.Union([
  Schema.Struct({ kind: Schema.Literal("working-days-after-period-end"), days: Schema.Int }),
  Schema.Struct({ kind: Schema.Literal("before-day-of-next-month"), day: Schema.Int })
])
const LevelRuleSchema = Schema.Struct({
  rule: DeadlineRuleSchema,
  basis: Schema.Literals(["official", "assumed"]),
  citation: Citation.CitationSchema,
  note: Schema.optionalKey(Text)
})
const levelNames = Object.keys(ReportingDeadline.levels) as ReadonlyArray<ReportingDeadline.Level>
const perLevel = Schema.Struct(
  Object.fromEntries(levelNames.map((l) => [l, Schema.optionalKey(LevelRuleSchema)])) as Record<
    ReportingDeadline.Level,
    Schema.optionalKey<typeof LevelRuleSchema>
  >
)
const TargetSchema = Schema.Struct({
  unitId: Schema.String,
  year: Schema.Int,
  metric: Schema.Literals(["cases", "money"]),
  op: Schema.Literals([">", ">="]),
  // the source does not state the operator: `op` is an assumption (kpi/Target.ts)
  operatorAssumed: Schema.optionalKey(Schema.Boolean),
  value: Schema.Finite,
  confidence: Schema.Literals(["verified", "inferred"]),
  sources: Schema.Array(Schema.String),
  citation: Schema.optionalKey(Citation.CitationSchema),
  // what the target's source says (kpi/Target.ts)
  source: Schema.optionalKey(
    Schema.Struct({
      url: Schema.String,
      assignedBy: Schema.Struct({ vi: Schema.String, en: Schema.String }),
      says: Schema.Struct({ vi: Schema.String, en: Schema.String })
    })
  ),
  note: Schema.optionalKey(Schema.String)
})
const Confidence = Schema.Literals(["verified", "reported", "inferred", "estimated"])
const OverrideSchema = Schema.Struct({
  year: Schema.Int,
  replace: Schema.optionalKey(Schema.Boolean),
  addDaysOff: Schema.optionalKey(
    Schema.Array(
      Schema.Struct({
        date: CivilDate.CivilDateSchema,
        reason: Schema.Literals([
          "new-year",
          "tet",
          "gio-to",
          "victory-day",
          "labour-day",
          "national-day",
          "culture-day",
          "compensatory",
          "swap"
        ]),
        confidence: Confidence,
        for: Schema.optionalKey(CivilDate.CivilDateSchema)
      })
    )
  ),
  removeDaysOff: Schema.optionalKey(Schema.Array(CivilDate.CivilDateSchema)),
  addWorkingSaturdays: Schema.optionalKey(
    Schema.Array(
      Schema.Struct({
        date: CivilDate.CivilDateSchema,
        confidence: Confidence,
        for: Schema.optionalKey(CivilDate.CivilDateSchema)
      })
    )
  ),
  removeWorkingSaturdays: Schema.optionalKey(Schema.Array(CivilDate.CivilDateSchema)),
  status: Schema.optionalKey(Schema.Literals(["official", "partial", "estimated"])),
  source: Schema.optionalKey(Citation.CitationSchema)
})

/**
 * Schema of a {@link RuleSet}: the JSON a service stores with a result, or a
 * user passes to switch rules off or change parameters.
 *
 * @example
 * ```ts
 * import * as Schema from "effect/Schema"
 * Schema.decodeUnknownSync(RuleSet.RuleSetSchema)(JSON.parse(JSON.stringify(RuleSet.standard)))
 * ```
 * @since 0.2.0
 */
export const RuleSetSchema = Schema.Struct({
  version: Schema.String,
  identities: Schema.Struct({
    residual: Schema.Array(Slot),
    placement: Schema.Literals(["outside-enforceable", "inside-enforceable"])
  }),
  deadlines: Schema.Struct({
    "tt01-2013": Schema.optionalKey(perLevel),
    "tt06-2019": Schema.optionalKey(perLevel),
    "tt05-2024": Schema.optionalKey(perLevel)
  }),
  targets: Schema.Array(TargetSchema),
  holidayOverrides: Schema.Array(OverrideSchema),
  rules: Schema.optionalKey(
    Schema.Record(
      Schema.String,
      Schema.Struct({
        enabled: Schema.optionalKey(Schema.Boolean),
        parameters: Schema.optionalKey(Schema.Record(Schema.String, Schema.Unknown))
      })
    )
  )
})

/**
 * The built-in rule set.
 *
 * @example
 * ```ts
 * RuleSet.standard.identities === Identity.defaultSettings // true
 * RuleSet.standard.targets === Target.builtIn // true
 * ```
 * @since 0.1.0
 */
export const standard: RuleSet = {
  version,
  identities: Identity.defaultSettings,
  deadlines: {},
  targets: Target.builtIn,
  holidayOverrides: []
}

/** JSON with object keys sorted, so the hash does not depend on key order. */
const canonical = (u: unknown): string => {
  if (Array.isArray(u)) return `[${u.map(canonical).join(",")}]`
  if (u !== null && typeof u === "object") {
    return `{${Object.keys(u)
      .sort()
      .filter((k) => (u as Record<string, unknown>)[k] !== undefined)
      .map((k) => `${JSON.stringify(k)}:${canonical((u as Record<string, unknown>)[k])}`)
      .join(",")}}`
  }
  return JSON.stringify(u) ?? "null"
}

/**
 * The hash of a rule set with everything built in it depends on.
 *
 * @example
 * ```ts
 * RuleSet.hash(RuleSet.standard) !== RuleSet.hash({ ...RuleSet.standard, targets: [] }) // true
 * ```
 * @since 0.1.0
 */
export const hash = (ruleSet: RuleSet): string =>
  Sha256.hex(
    canonical({
      ruleSet,
      identities: Identity.identities(ruleSet.identities),
      deadlineRules: ReportingDeadline.defaultRules,
      regimes: ReportingDeadline.regimes.map((r) => [
        r,
        Documents.get(ReportingDeadline.regimeDocument[r]).inForceFrom ?? null
      ]),
      levels: ReportingDeadline.levels,
      schedules: OfficialSchedules.all,
      indicators: Indicator.all,
      rates: Indicator.rates,
      rounding: Rate.rounding,
      findings: FindingCatalogue.entries,
      registry: Rules.describe()
    })
  )

/**
 * The hash of {@link standard}, written down so that a command does not
 * spend its start (≈ 10–15 ms) hashing the built-in rule set: a test holds it
 * equal to `hash(standard)` and says the new value when a rule, parameter,
 * datum or catalogue entry changes.
 *
 * @example
 * ```ts
 * RuleSet.standardHash === RuleSet.hash(RuleSet.standard) // true
 * ```
 * @since 0.3.0
 */
export const standardHash = "96396a208c84f9d8596bdcb274450b9e020feb94c6a33630184a31725debbb61"

const cache = new WeakMap<RuleSet, string>([[standard, standardHash]])

/**
 * `{ version, hash }` of a rule set (the hash is computed once per rule-set
 * object).
 *
 * @example
 * ```ts
 * RuleSet.describe(RuleSet.standard) // { version: "0.1.0" }
 * RuleSet.describe(RuleSet.standard).hash === RuleSet.standardHash // true: 64 hex digits
 * ```
 * @since 0.1.0
 */
export const describe = (ruleSet: RuleSet): { readonly version: string; readonly hash: string } => {
  let h = cache.get(ruleSet)
  if (h === undefined) {
    h = hash(ruleSet)
    cache.set(ruleSet, h)
  }
  return { version: ruleSet.version, hash: h }
}

const calendars = new WeakMap<RuleSet, WorkingCalendar.WorkingCalendar>()

/**
 * The working calendar of a rule set (lịch làm việc): the standard one with
 * its holiday overrides, made once per rule-set object. A check and the
 * obligations of its context both count working days on it, so a report and
 * its obligation get one due date.
 *
 * @example
 * ```ts
 * RuleSet.calendarOf(RuleSet.standard) === WorkingCalendar.standard // true
 * const swap: RuleSet.RuleSet = {
 *   ...RuleSet.standard,
 *   holidayOverrides: [{ year: 2025, addDaysOff: [{ date: CivilDate.make("2025-12-04"), reason: "swap", confidence: "verified" }] }]
 * }
 * RuleSet.calendarOf(swap).isWorkingDay(CivilDate.make("2025-12-04")) // false
 * RuleSet.calendarOf(swap) === RuleSet.calendarOf(swap) // true
 * ```
 * @since 0.3.0
 */
export const calendarOf = (ruleSet: RuleSet): WorkingCalendar.WorkingCalendar => {
  if (ruleSet.holidayOverrides.length === 0) return WorkingCalendar.standard
  let c = calendars.get(ruleSet)
  if (c === undefined) {
    c = WorkingCalendar.make({ overrides: ruleSet.holidayOverrides })
    calendars.set(ruleSet, c)
  }
  return c
}
