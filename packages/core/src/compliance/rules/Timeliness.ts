/**
 * Timeliness (thời hạn gửi báo cáo): the report's submission against the
 * deadline of the regime in force at the period's end (TT 01/2013 Điều 10
 * k2; TT 06/2019 Điều 9 k2; TT 05/2024 Điều 10 k1, the rest assumed). A
 * deadline whose basis is `assumed` gives an assumed finding: a late report
 * is then a warning whose message says "hạn gửi theo giả định" and why, and
 * the finding cites the setting (rule id `deadline/<regime>/<level>`).
 *
 * @since 0.2.0
 */
import * as CivilDate from "../../calendar/CivilDate.js"
import * as ReportingDeadline from "../../calendar/ReportingDeadline.js"
import * as FindingCatalogue from "../FindingCatalogue.js"
import * as Rule from "../Rule.js"

/** The civil date in Vietnam of an ISO 8601 date-time with offset. */
const civilDateOf = (iso: string): CivilDate.CivilDate | undefined => {
  const ms = Date.parse(iso)
  return Number.isNaN(ms) ? undefined : CivilDate.todayInVietnam(ms)
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
  codes: ["submission-time-unknown", "report-before-period-end", "report-late", "report-on-time"],
  basis: "official",
  assumedWhen: {
    "report-late":
      "the deadlines of TT 05/2024 beyond Điều 10 k1 and of the tiers of 1/7/2025 were not found: TT 06/2019's are assumed",
    "report-on-time":
      "the deadlines of TT 05/2024 beyond Điều 10 k1 and of the tiers of 1/7/2025 were not found: TT 06/2019's are assumed",
    "submission-time-unknown": "the deadline shown may be an assumed one"
  },
  citation: { document: "tt-06-2019-btp", article: "9", clause: 2 },
  parameters: {},
  run: ({ report, level, inForce, ruleSet, calendar, period, periodEnd, submittedOn, at }, _p, emit) => {
    const h = report.header
    if (level === undefined) return
    let d: ReportingDeadline.Deadline | undefined
    try {
      // The deadline of the regime in force at the period's end, whatever the header declares.
      d = ReportingDeadline.deadline(period, level, { rules: ruleSet.deadlines, calendar, regime: inForce ?? h.regime })
    } catch {
      return // the level does not exist under the regime or on the date: reported by the organisation rules
    }
    const assumed = d.basis === "assumed"
    const why = d.notes[0]
    const assumption = assumed
      ? {
          vi: `; hạn gửi theo giả định${why === undefined ? "" : ` (${why.vi})`}`,
          en: `; assumed deadline${why === undefined ? "" : ` (${why.en})`}`
        }
      : { vi: "", en: "" }
    const ruleId = `deadline/${d.regime}/${level}`
    const basis = assumed ? { basis: "assumed" as const } : {}
    const submitted = submittedOn ?? (h.submittedAt === undefined ? undefined : civilDateOf(h.submittedAt))
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
          ...basis
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
        ...basis,
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
          { label: "submitted", value: submitted, source: path }
        ]
      })
    )
  }
})
