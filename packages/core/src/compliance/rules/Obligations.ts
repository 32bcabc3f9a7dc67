/**
 * Obligations (nghĩa vụ): the unit's tracked obligations of the context —
 * statistical reports, hearings, steering reports (Chỉ thị 09 §1.3) — that
 * are missing or were met late.
 *
 * @since 0.2.0
 */
import * as CivilDate from "../../base/CivilDate.js"
import * as ReportingDeadline from "../../calendar/ReportingDeadline.js"
import * as FindingCatalogue from "../FindingCatalogue.js"
import * as Rule from "../Rule.js"

/**
 * The status of the unit's obligations.
 *
 * @example
 * ```ts
 * Obligations.status.codes // ["obligation-missing", "obligation-late"]
 * ```
 * @since 0.2.0
 */
export const status = Rule.make({
  id: "obligations/status",
  title: { vi: "Tình trạng thực hiện nghĩa vụ", en: "Status of the obligations" },
  codes: ["obligation-missing", "obligation-late"],
  basis: "official",
  assumedWhen: {
    "obligation-missing":
      "an obligation whose due date or schedule is a documented setting (hearings and steering reports: the end of the next month; reviews, ad-hoc requests and calendar quarters from the obligation settings; a statistical report's deadline resting on a setting), that an unverified day off would move, or that is counted on an estimated working calendar is an assumption",
    "obligation-late":
      "an obligation whose due date or schedule is a documented setting (hearings and steering reports: the end of the next month; reviews, ad-hoc requests and calendar quarters from the obligation settings; a statistical report's deadline resting on a setting), that an unverified day off would move, or that is counted on an estimated working calendar is an assumption"
  },
  citation: { document: "ct-09-ct-tu-2021", section: "1.3" },
  parameters: {},
  run: ({ report, obligations, at }, _p, emit) => {
    const h = report.header
    for (const t of obligations) {
      if (t.obligation.owner.unitId !== h.unitId) continue
      const o = t.obligation
      // A due date that is a setting, that an unverified day off would move or that is counted on an estimated
      // calendar: the finding rests on it. The same test as the timeliness rule's, so one submission gets one basis.
      const basis = ReportingDeadline.restsOnAssumption(o) ? ("assumed" as const) : undefined
      if (t.status._tag === "missing") {
        emit(
          FindingCatalogue.make("obligation-missing", {
            params: { obligation: o.id, due: o.due, workingDays: t.status.workingDaysOverdue },
            paramsVi: { due: CivilDate.formatVi(o.due) },
            location: at("/header/unitId"),
            ruleId: `obligation/${o.kind}`,
            citation: o.citation,
            basis
          })
        )
      } else if (t.status._tag === "met-late") {
        emit(
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
            citation: o.citation,
            basis
          })
        )
      }
    }
  }
})
