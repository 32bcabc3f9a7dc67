/**
 * Timeliness (thời hạn gửi báo cáo): the report's submission against the
 * deadline of the regime in force at the period's end (TT 01/2013 Điều 10
 * k2; TT 06/2019 Điều 9 k2; TT 05/2024 Điều 10 k1, the rest assumed). A
 * deadline that rests on an assumption ({@link ReportingDeadline.restsOnAssumption}:
 * a setting, an unverified day off, an estimated calendar year, a regime
 * hand-over) gives an assumed finding: a late report
 * is then a warning whose message says "hạn gửi theo giả định" and why, and
 * the finding cites the setting (rule id `deadline/<regime>/<level>`).
 *
 * @since 0.2.0
 */
import * as CivilDate from "../../base/CivilDate.js"
import * as ReportingDeadline from "../../calendar/ReportingDeadline.js"
import * as Setting from "../../citation/Setting.js"
import * as FindingCatalogue from "../FindingCatalogue.js"
import * as Rule from "../Rule.js"
import type * as RuleSet from "../RuleSet.js"
import { submissionDay } from "./Text.js"

/**
 * Deadlines computed once per calendar, rule set and (period, level, regime): a batch of reports of one period
 * asks the same question many times.
 */
const cache = new WeakMap<object, WeakMap<object, Map<string, ReportingDeadline.Deadline | undefined>>>()
const deadlineOf = (
  period: { readonly year: number; readonly months: number },
  level: ReportingDeadline.Level,
  regime: ReportingDeadline.Regime,
  ruleSet: RuleSet.RuleSet,
  calendar: NonNullable<ReportingDeadline.Settings["calendar"]>
): ReportingDeadline.Deadline | undefined => {
  const rules = ruleSet.deadlines
  let byRules = cache.get(calendar)
  if (byRules === undefined) {
    byRules = new WeakMap()
    cache.set(calendar, byRules)
  }
  let byKey = byRules.get(rules)
  if (byKey === undefined) {
    byKey = new Map()
    byRules.set(rules, byKey)
  }
  // The rule set's rollForward and regimeEnd are part of the key (few rule sets set them; the standard one does not).
  const rollForward = ruleSet.rollForward === false ? "/keep" : ""
  const end = ruleSet.regimeEnd?.["tt05-2024"]
  const key = `${period.year}/${period.months}/${level}/${regime}${rollForward}${end === undefined ? "" : `/${end}`}`
  if (byKey.has(key)) return byKey.get(key)
  let d: ReportingDeadline.Deadline | undefined
  try {
    d = ReportingDeadline.deadline(period as never, level, {
      rules,
      calendar,
      regime,
      ...(ruleSet.rollForward === undefined ? {} : { rollForward: ruleSet.rollForward }),
      ...(ruleSet.regimeEnd === undefined ? {} : { regimeEnd: ruleSet.regimeEnd })
    })
  } catch {
    d = undefined // the level does not exist under the regime or on the date: reported by the organisation rules
  }
  if (byKey.size > 4096) byKey.clear()
  byKey.set(key, d)
  return d
}

/** What a deadline's findings say about it, worked out once per deadline (deadlines are cached) and level. */
const texts = new WeakMap<ReportingDeadline.Deadline, Map<string, ReturnType<typeof makeTexts>>>()
const makeTexts = (d: ReportingDeadline.Deadline, level: string) => {
  // An assumed deadline (a setting, a rest-day reading, a regime hand-over), one that an unverified day off would
  // move, or one counted on an estimated working calendar: the verdict rests on an assumption (the same test as the
  // obligations rule's, so one submission gets one basis), and the message says which.
  const unverified = d.dependsOnUnverifiedDays
  const assumed = ReportingDeadline.restsOnAssumption(d)
  const settingsVi = d.settings.map((x) => Setting.render(x, "vi")).join("; ")
  const settingsEn = d.settings.map((x) => Setting.render(x, "en")).join("; ")
  const days = (lang: "vi" | "en") =>
    unverified.length === 0
      ? ""
      : lang === "vi"
        ? `; hạn phụ thuộc ngày nghỉ chưa xác minh ${unverified.map(CivilDate.formatVi).join(", ")}`
        : `; the deadline depends on unverified days off ${unverified.join(", ")}`
  const estimated = (lang: "vi" | "en") =>
    !d.estimated
      ? ""
      : lang === "vi"
        ? "; lịch nghỉ của năm chưa có thông báo chính thức (ước tính)"
        : "; the working calendar of the year has no official notice (estimated)"
  const assumption = assumed
    ? {
        vi: `; hạn gửi theo giả định${settingsVi === "" ? "" : ` (${settingsVi})`}${days("vi")}${estimated("vi")}`,
        en: `; assumed deadline${settingsEn === "" ? "" : ` (${settingsEn})`}${days("en")}${estimated("en")}`
      }
    : { vi: "", en: "" }
  const basis: "assumed" | undefined = assumed ? "assumed" : undefined
  return { unverified, assumption, ruleId: `deadline/${d.regime}/${level}`, basis }
}
const textsOf = (d: ReportingDeadline.Deadline, level: string) => {
  let byLevel = texts.get(d)
  if (byLevel === undefined) {
    byLevel = new Map()
    texts.set(d, byLevel)
  }
  let t = byLevel.get(level)
  if (t === undefined) {
    t = makeTexts(d, level)
    byLevel.set(level, t)
  }
  return t
}

/**
 * The deadline of the report and whether it was met.
 *
 * @example
 * ```ts
 * Timeliness.deadline.codes.includes("report-late") // true
 * ```
 * @since 0.2.0
 */
export const deadline = Rule.make({
  id: "timeliness/deadline",
  title: { vi: "Thời hạn gửi báo cáo", en: "Reporting deadline" },
  codes: [
    "submission-time-unknown",
    "deadline-not-encoded",
    "report-before-period-end",
    "report-late",
    "report-on-time"
  ],
  basis: "official",
  assumedWhen: {
    "report-late":
      "a deadline whose level rule is a setting (TT 05/2024 beyond Điều 10 k1, the tiers of 1/7/2025), moved past a rest day, or chosen between two regimes when one came into force between the period's end and the deadline (hand-over rules not found), or that an unverified day off would move, or counted on an estimated working calendar",
    "report-on-time":
      "a deadline whose level rule is a setting (TT 05/2024 beyond Điều 10 k1, the tiers of 1/7/2025), moved past a rest day, or chosen between two regimes when one came into force between the period's end and the deadline (hand-over rules not found), or that an unverified day off would move, or counted on an estimated working calendar",
    "submission-time-unknown": "the deadline shown may be an assumed one"
  },
  citation: { document: "tt-06-2019-btp", article: "9", clause: 2 },
  parameters: {},
  run: ({ report, level, inForce, ruleSet, calendar, period, periodEnd, submittedOn, at }, _p, emit) => {
    const h = report.header
    if (level === undefined) return
    if (inForce === undefined) {
      // The rule set ends the regime in force at the period's end (regimeEnd) and its successor is not encoded: no
      // deadline, said once.
      const ended = ReportingDeadline.regimeAt(periodEnd)
      const end = ended === undefined ? undefined : ruleSet.regimeEnd?.[ended as "tt05-2024"]
      if (ended !== undefined && end !== undefined) {
        emit(
          FindingCatalogue.make("deadline-not-encoded", {
            params: { regime: ended, end, periodEnd },
            paramsVi: { end: CivilDate.formatVi(end), periodEnd: CivilDate.formatVi(periodEnd) },
            location: at("/header"),
            ruleId: `deadline/${ended}/${level}`,
            trace: [
              { label: "period end", value: periodEnd, source: "header" },
              { label: "setting", value: `regimeEnd.${ended} = ${end}`, source: "RuleSet.regimeEnd" }
            ]
          })
        )
        return
      }
    }
    // The deadline of the regime in force at the period's end, whatever the header declares.
    const d = deadlineOf(period, level, inForce ?? h.regime, ruleSet, calendar)
    if (d === undefined) return
    const { unverified, assumption, ruleId, basis } = textsOf(d, level)
    const submitted = submissionDay(submittedOn, h.submittedAt)
    const base = { regime: d.regime, level, deadline: d.deadline }
    const path = submittedOn === undefined ? "/header/submittedAt" : "/header"
    if (submitted === undefined) {
      emit(
        FindingCatalogue.make("submission-time-unknown", {
          params: base,
          paramsVi: { deadline: CivilDate.formatVi(d.deadline) },
          location: at("/header"),
          ruleId,
          citation: d.citation,
          basis
        })
      )
      return
    }
    if (submitted < periodEnd) {
      emit(
        FindingCatalogue.make("report-before-period-end", {
          params: { submitted, periodEnd },
          paramsVi: { submitted: CivilDate.formatVi(submitted), periodEnd: CivilDate.formatVi(periodEnd) },
          location: at(path),
          ruleId: "periods/frozen-at-end"
        })
      )
    }
    const late = submitted > d.deadline
    emit(
      FindingCatalogue.make(late ? "report-late" : "report-on-time", {
        params: {
          ...base,
          submitted,
          workingDays: late ? calendar.workingDaysBetween(d.deadline, submitted) : 0,
          days: late ? CivilDate.daysBetween(d.deadline, submitted) : 0,
          assumption: assumption.en
        },
        paramsVi: {
          submitted: CivilDate.formatVi(submitted),
          deadline: CivilDate.formatVi(d.deadline),
          assumption: assumption.vi
        },
        location: at(path),
        ruleId,
        citation: d.citation,
        basis,
        observed: submitted,
        expected: `≤ ${d.deadline}`,
        trace: [
          { label: "period end", value: d.periodEnd, source: "header" },
          {
            label: "rule",
            value:
              d.rule.kind === "working-days-after-period-end"
                ? `${d.rule.days} working days`
                : `before day ${d.rule.day} of the next month`,
            source: ruleId
          },
          { label: "deadline", value: d.deadline, source: d.basis },
          ...d.settings.map((x) => ({ label: "setting", value: `${x.key} = ${String(x.value)}`, source: x.key })),
          ...unverified.map((day) => ({ label: "unverified day off", value: day, source: "calendar" })),
          ...(d.estimated ? [{ label: "estimated calendar", value: "true", source: "calendar" }] : []),
          { label: "submitted", value: submitted, source: path }
        ]
      })
    )
  }
})
