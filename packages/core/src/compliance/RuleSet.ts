/**
 * The rule set a check runs with: the identities' settings, the deadline
 * rules, the targets, the holiday overrides, and everything built in that a
 * result depends on (indicator catalogue, official schedules, regimes'
 * in-force dates, rounding, finding catalogue). Its hash (SHA-256 of a
 * canonical JSON of all of it) changes when any rule or parameter changes,
 * so a stored result says exactly which rules produced it. The context of a
 * check (the organisation, earlier reports, a calendar passed in directly) is
 * data about the case at hand, not a rule, and is not part of the hash: pass
 * holiday changes as `holidayOverrides` to have them hashed.
 *
 * @since 0.1.0
 */
import * as Documents from "../citation/Documents.js"
import type * as HolidaySchedule from "../calendar/HolidaySchedule.js"
import * as OfficialSchedules from "../calendar/OfficialSchedules.js"
import * as ReportingDeadline from "../calendar/ReportingDeadline.js"
import * as Rate from "../kpi/Rate.js"
import * as Target from "../kpi/Target.js"
import * as Identity from "../statistics/Identity.js"
import * as Indicator from "../statistics/Indicator.js"
import * as FindingCatalogue from "./FindingCatalogue.js"
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
}

/**
 * The built-in rule set.
 *
 * @example
 * ```ts
 * RuleSet.standard.identities // Identity.defaultSettings
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
      findings: FindingCatalogue.entries
    })
  )

const cache = new WeakMap<RuleSet, string>()

/**
 * `{ version, hash }` of a rule set (the hash is computed once per rule-set
 * object).
 *
 * @example
 * ```ts
 * RuleSet.describe(RuleSet.standard) // { version: "0.1.0", hash: "…64 hex digits…" }
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
