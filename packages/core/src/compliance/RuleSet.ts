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
import * as EstimatedSchedule from "../calendar/EstimatedSchedule.js"
import type * as HolidaySchedule from "../calendar/HolidaySchedule.js"
import * as OfficialSchedules from "../calendar/OfficialSchedules.js"
import * as ReportingDeadline from "../calendar/ReportingDeadline.js"
import * as WorkingCalendar from "../calendar/WorkingCalendar.js"
import * as Rate from "../kpi/Rate.js"
import * as Target from "../kpi/Target.js"
import * as Identity from "../statistics/Identity.js"
import * as Indicator from "../statistics/Indicator.js"
import * as SchemaProblems from "../json/SchemaProblems.js"
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
  /**
   * The last day a reporting regime applies (ngày chế độ báo cáo hết áp dụng;
   * `ReportingDeadline.Settings.regimeEnd`): none by default. After it no
   * deadline is computed until the successor's rules are encoded. Only TT
   * 05/2024 can be ended (its replacement, TT 05/2026/TT-BTP, is unverified
   * [U]); the older regimes end when their successors came into force.
   */
  readonly regimeEnd?: { readonly "tt05-2024"?: CivilDate.CivilDate }
  /**
   * Whether a calendar-day deadline (TT 01/2013) that falls on a rest day
   * moves to the next working day (`ReportingDeadline.Settings.rollForward`;
   * default `true`, our reading of BLDS 2015 Điều 148, assumed).
   */
  readonly rollForward?: boolean
  /**
   * Count 24/11 (Ngày Văn hóa Việt Nam) as a day off from 2026
   * (`HolidaySchedule.Options.cultureDay`; default `false`: only in an
   * amendment proposal, NQ 28/2026/QH16 Điều 2 [R], not in the Labour Code
   * in force).
   */
  readonly cultureDay?: boolean
  /**
   * Give a make-up day when 24/11 falls on a weekend, in estimated years
   * (`HolidaySchedule.EstimatorSettings.cultureDayCompensated`; default
   * `false`: whether BLLĐ Điều 111 k3 applies is not known).
   */
  readonly cultureDayCompensated?: boolean
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

const { PROBLEM, VALUE } = SchemaProblems
const Text = Schema.Struct({ vi: Schema.String, en: Schema.String })
const Slot = Schema.Literals(Indicator.slots)
const DateSchema = CivilDate.CivilDateSchema.annotate({ [VALUE]: SchemaProblems.badDate })
const intBetween = (minimum: number, maximum: number) =>
  Schema.Int.check(Schema.isBetween({ minimum, maximum })).annotate({
    [VALUE]: SchemaProblems.says(
      "out-of-range",
      `phải là số nguyên từ ${minimum} đến ${maximum}`,
      `must be a whole number from ${minimum} to ${maximum}`
    )
  })
const DeadlineRuleSchema = Schema.Union([
  Schema.Struct({
    kind: Schema.Literal("working-days-after-period-end"),
    days: intBetween(1, 60).annotate({ description: "Working days after the period's last day" })
  }),
  Schema.Struct({
    kind: Schema.Literal("before-day-of-next-month"),
    day: intBetween(2, 28).annotate({
      description: "Before this day of the next month (the day before it is the last day)"
    })
  })
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
const dayList = <S extends Schema.Top>(item: S) =>
  Schema.Array(item).check(Schema.isMaxLength(366, { [PROBLEM]: SchemaProblems.tooMany(366, true) }))
/** The dates of an override: in its year, days off on weekdays, Saturdays worked on Saturdays (as `HolidaySchedule.applyOverride` requires). */
interface OverrideDates {
  readonly year: number
  readonly addDaysOff?: ReadonlyArray<{ readonly date: string }>
  readonly removeDaysOff?: ReadonlyArray<string>
  readonly addWorkingSaturdays?: ReadonlyArray<{ readonly date: string }>
  readonly removeWorkingSaturdays?: ReadonlyArray<string>
}
const overrideCheck = (
  problem: SchemaProblems.Says,
  bad: (date: CivilDate.CivilDate, key: keyof OverrideDates, o: OverrideDates) => boolean
) =>
  Schema.makeFilter<OverrideDates>(
    (o) => {
      const issues: Array<Schema.FilterIssue> = []
      for (const key of ["addDaysOff", "removeDaysOff", "addWorkingSaturdays", "removeWorkingSaturdays"] as const) {
        const list = o[key] ?? []
        for (let j = 0; j < list.length; j++) {
          const x = list[j]!
          const date = (typeof x === "string" ? x : x.date) as CivilDate.CivilDate
          if (bad(date, key, o))
            issues.push({ path: typeof x === "string" ? [key, j] : [key, j, "date"], issue: "does not fit" })
        }
      }
      return issues
    },
    { expected: "dates that fit the override", [PROBLEM]: problem }
  )
const OverrideSchema = Schema.Struct({
  year: intBetween(EstimatedSchedule.firstYear, EstimatedSchedule.lastYear).annotate({
    description: "The calendar year the override corrects"
  }),
  replace: Schema.optionalKey(Schema.Boolean),
  addDaysOff: Schema.optionalKey(
    dayList(
      Schema.Struct({
        date: DateSchema,
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
        for: Schema.optionalKey(DateSchema)
      })
    )
  ),
  removeDaysOff: Schema.optionalKey(dayList(DateSchema)),
  addWorkingSaturdays: Schema.optionalKey(
    dayList(
      Schema.Struct({
        date: DateSchema,
        confidence: Confidence,
        for: Schema.optionalKey(DateSchema)
      })
    )
  ),
  removeWorkingSaturdays: Schema.optionalKey(dayList(DateSchema)),
  status: Schema.optionalKey(Schema.Literals(["official", "partial", "estimated"])),
  source: Schema.optionalKey(Citation.CitationSchema)
}).check(
  overrideCheck(
    SchemaProblems.says("out-of-range", "không thuộc năm của điều chỉnh (year)", "is not in the override's year"),
    (d, _k, o) => CivilDate.toParts(d).year !== o.year
  ),
  overrideCheck(
    SchemaProblems.says(
      "not-allowed",
      "ngày nghỉ thêm phải là ngày trong tuần (thứ Hai – thứ Sáu)",
      "a day off added must be a weekday (Monday to Friday)"
    ),
    (d, k, o) => k === "addDaysOff" && CivilDate.toParts(d).year === o.year && CivilDate.isWeekend(d)
  ),
  overrideCheck(
    SchemaProblems.says("not-allowed", "ngày làm bù phải là thứ Bảy", "a Saturday worked must be a Saturday"),
    (d, k, o) => k === "addWorkingSaturdays" && CivilDate.toParts(d).year === o.year && CivilDate.weekday(d) !== 6
  )
)
/** The rules of the registry, by id: a rule set names only these ({@link Rules}). */
const knownRules = Schema.makeFilter<Readonly<Record<string, RuleOptions>>>(
  (rules) => {
    const issues: Array<Schema.FilterIssue> = []
    for (const id of Object.keys(rules)) if (Rules.get(id) === undefined) issues.push({ path: [id], issue: "unknown" })
    return issues
  },
  {
    expected: "rules of the registry",
    [PROBLEM]: SchemaProblems.says(
      "unknown-rule",
      "không có quy tắc này trong danh mục (thads findings --json: rules)",
      "no such rule in the registry (thads findings --json: rules)"
    )
  }
)
/** A rule's parameters: the keys of its defaults, each of its default's type. */
const knownParameters = Schema.makeFilter<Readonly<Record<string, RuleOptions>>>(
  (rules) => {
    const issues: Array<Schema.FilterIssue> = []
    for (const id of Object.keys(rules)) {
      const rule = Rules.get(id)
      const given = rules[id]!.parameters
      if (rule === undefined || given === undefined) continue
      for (const key of Object.keys(given))
        if (!Object.hasOwn(rule.parameters, key) || typeof given[key] !== typeof rule.parameters[key])
          issues.push({ path: [id, "parameters", key], issue: "unknown parameter" })
    }
    return issues
  },
  {
    expected: "parameters of the rule",
    [PROBLEM]: SchemaProblems.says(
      "not-allowed",
      "không phải tham số của quy tắc, hoặc không cùng kiểu với giá trị mặc định (thads findings --json: rules)",
      "not a parameter of the rule, or not of its default's type (thads findings --json: rules)"
    )
  }
)
const tt05Start = Documents.get(ReportingDeadline.regimeDocument["tt05-2024"]).inForceFrom!
const notBeforeTt05 = Schema.makeFilter<string>((d) => (d >= tt05Start ? undefined : `before ${tt05Start}`), {
  expected: `a date from ${tt05Start}`,
  [PROBLEM]: SchemaProblems.says(
    "out-of-range",
    `không được trước ngày Thông tư 05/2024/TT-BTP có hiệu lực (${CivilDate.formatVi(tt05Start)})`,
    `must not be before TT 05/2024/TT-BTP came into force (${tt05Start})`
  )
})

/**
 * The most holiday overrides and targets a rule set may hold.
 *
 * @example
 * ```ts
 * RuleSet.MAX_OVERRIDES // 200
 * RuleSet.MAX_TARGETS // 10000
 * ```
 * @since 0.5.0
 */
export const MAX_OVERRIDES = 200
/**
 * The most targets a rule set may hold (see {@link MAX_OVERRIDES}).
 *
 * @example
 * ```ts
 * RuleSet.MAX_TARGETS // 10000
 * ```
 * @since 0.5.0
 */
export const MAX_TARGETS = 10_000

/**
 * The fields a user may set of a rule set, each with its description: the
 * keys of {@link RuleSetSchema} but `version`, and of a rule-set document
 * (`RuleSetDocument`), where every one is optional.
 *
 * @example
 * ```ts
 * Object.keys(RuleSet.settingFields) // ["identities", "deadlines", "targets", "holidayOverrides", "rules", "regimeEnd", "rollForward", "cultureDay", "cultureDayCompensated"]
 * ```
 * @since 0.5.0
 */
export const settingFields = {
  identities: Schema.Struct({
    residual: Schema.Array(Slot),
    placement: Schema.Literals(["outside-enforceable", "inside-enforceable"])
  }).annotate({
    description:
      "Where hoãn / tạm đình chỉ sit in the identities (ResidualPlacement): the residual slots and their placement"
  }),
  deadlines: Schema.Struct({
    "tt01-2013": Schema.optionalKey(perLevel),
    "tt06-2019": Schema.optionalKey(perLevel),
    "tt05-2024": Schema.optionalKey(perLevel)
  }).annotate({
    description:
      "Deadline rules replacing the built-in ones, per regime and level (e.g. when the text of TT 05/2024 Điều 10 beyond k1 is found); each with its basis and citation"
  }),
  targets: Schema.Array(TargetSchema)
    .annotate({ description: "The yearly targets (replace the built-in list, Target.builtIn)" })
    .check(Schema.isMaxLength(MAX_TARGETS, { [PROBLEM]: SchemaProblems.tooMany(MAX_TARGETS, true) })),
  holidayOverrides: Schema.Array(OverrideSchema)
    .annotate({
      description:
        "Corrections of a year's days off and Saturdays worked (a late notice, a swap decided in the year), applied on top of the official table or the estimate"
    })
    .check(Schema.isMaxLength(MAX_OVERRIDES, { [PROBLEM]: SchemaProblems.tooMany(MAX_OVERRIDES, true) })),
  rules: Schema.optionalKey(
    Schema.Record(
      Schema.String,
      Schema.Struct({
        enabled: Schema.optionalKey(Schema.Boolean),
        parameters: Schema.optionalKey(Schema.Record(Schema.String, Schema.Unknown))
      })
    )
      .annotate({
        description:
          "Per rule of the registry (thads findings --json: rules): enabled false switches it off; parameters are merged over its defaults"
      })
      .check(knownRules, knownParameters)
  ),
  regimeEnd: Schema.optionalKey(
    Schema.Struct({
      "tt05-2024": Schema.optionalKey(
        DateSchema.check(notBeforeTt05).annotate({
          description:
            "The last day TT 05/2024/TT-BTP applies (YYYY-MM-DD), e.g. 2026-06-30 once TT 05/2026/TT-BTP is confirmed to replace it from 1/7/2026"
        })
      )
    }).annotate({
      description:
        'The last day a reporting regime applies (YYYY-MM-DD); none by default. After it no deadline is computed (its successor is not encoded). Only TT 05/2024, the last regime encoded, can be ended, not before it came into force (2024-07-26): e.g. { "tt05-2024": "2026-06-30" } once TT 05/2026/TT-BTP is confirmed to replace it from 1/7/2026'
    })
  ),
  rollForward: Schema.optionalKey(
    Schema.Boolean.annotate({
      description:
        "Move a TT 01/2013 base day that falls on a rest day to the next working day (BLDS 2015 Điều 148, our reading: default true, assumed); false keeps the base day"
    })
  ),
  cultureDay: Schema.optionalKey(
    Schema.Boolean.annotate({
      description:
        "Count 24/11 (Ngày Văn hóa Việt Nam) as a day off from 2026: only in an amendment proposal (NQ 28/2026/QH16 Điều 2, not read), not in the Labour Code in force; default false"
    })
  ),
  cultureDayCompensated: Schema.optionalKey(
    Schema.Boolean.annotate({
      description:
        "Give a make-up day when 24/11 falls on a weekend, in estimated years (whether BLLĐ 2019 Điều 111 k3 applies is not known); default false"
    })
  )
}

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
  ...settingFields
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
export const standardHash = "ea64799eecdd8db02323975cc7ac26c66dc6946142d5ea23ee41f59a659f8c5e"

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
 * its holiday overrides and its culture-day settings (`cultureDay`,
 * `cultureDayCompensated`: the calendar's own options), made once per
 * rule-set object. A check and the obligations of its context both count
 * working days on it, so a report and its obligation get one due date.
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
 * const culture: RuleSet.RuleSet = { ...RuleSet.standard, cultureDay: true }
 * RuleSet.calendarOf(culture).isWorkingDay(CivilDate.make("2026-11-24")) // false
 * RuleSet.calendarOf(RuleSet.standard).isWorkingDay(CivilDate.make("2026-11-24")) // true
 * ```
 * @since 0.3.0
 */
export const calendarOf = (ruleSet: RuleSet): WorkingCalendar.WorkingCalendar => {
  const culture = ruleSet.cultureDay === true
  const compensated = ruleSet.cultureDayCompensated === true
  if (ruleSet.holidayOverrides.length === 0 && !culture && !compensated) return WorkingCalendar.standard
  let c = calendars.get(ruleSet)
  if (c === undefined) {
    c = WorkingCalendar.make({
      overrides: ruleSet.holidayOverrides,
      ...(culture ? { cultureDay: true } : {}),
      ...(compensated ? { estimator: { cultureDayCompensated: true } } : {})
    })
    calendars.set(ruleSet, c)
  }
  return c
}

const deadlineSettingsCache = new WeakMap<RuleSet, ReportingDeadline.Settings>()

/**
 * What a rule set sets of the reporting deadlines
 * (`ReportingDeadline.Settings`): its deadline rules, `rollForward`,
 * `regimeEnd` and its working calendar ({@link calendarOf}), made once per
 * rule-set object — what the check's timeliness rule, the obligations of a
 * check's context and `thads deadline --rules` compute deadlines with.
 *
 * @example
 * ```ts
 * const ended: RuleSet.RuleSet = { ...RuleSet.standard, regimeEnd: { "tt05-2024": CivilDate.make("2026-06-30") } }
 * RuleSet.deadlineSettings(ended).regimeEnd // { "tt05-2024": "2026-06-30" }
 * ReportingDeadline.deadline({ year: 2026, months: 10 }, "thads-tinh", RuleSet.deadlineSettings(ended)) // DeadlineError: no statistical reporting regime is encoded for a period ending 2026-07-31: tt05-2024 is set to end on 2026-06-30…
 * const kept: RuleSet.RuleSet = { ...RuleSet.standard, rollForward: false }
 * ReportingDeadline.deadline({ year: 2019, months: 7 }, "chv", RuleSet.deadlineSettings(kept)).deadline // "2019-05-01"
 * ReportingDeadline.deadline({ year: 2019, months: 7 }, "chv", RuleSet.deadlineSettings(RuleSet.standard)).deadline // "2019-05-02"
 * ```
 * @since 0.5.0
 */
export const deadlineSettings = (ruleSet: RuleSet): ReportingDeadline.Settings => {
  let s = deadlineSettingsCache.get(ruleSet)
  if (s === undefined) {
    s = {
      rules: ruleSet.deadlines,
      calendar: calendarOf(ruleSet),
      ...(ruleSet.rollForward === undefined ? {} : { rollForward: ruleSet.rollForward }),
      ...(ruleSet.regimeEnd === undefined ? {} : { regimeEnd: ruleSet.regimeEnd })
    }
    deadlineSettingsCache.set(ruleSet, s)
  }
  return s
}
