/**
 * The time-limit findings of an enforcement case: each procedural step that
 * is overdue, or was done late, becomes a {@link Finding} with its citation
 * (BLDS 2015 Điều 147–148 for the counting; Luật THADS Đ36, Đ44, Đ45,
 * NĐ 62/2015 Đ9, Đ11… for the steps; see cases/TimeLimits.ts).
 *
 * @since 0.1.0
 */
import type * as CivilDate from "../calendar/CivilDate.js"
import type * as Case from "../cases/Case.js"
import * as CaseTimeLimits from "../cases/TimeLimits.js"
import type * as Classify from "../cases/Classify.js"
import type * as Finding from "./Finding.js"
import * as FindingCatalogue from "./FindingCatalogue.js"

/**
 * The findings of a case's time limits at a date.
 *
 * @example
 * ```ts
 * CaseCheck.findings(c, CivilDate.make("2023-09-30")).map((f) => f.code) // ["case-step-overdue", …]
 * ```
 * @since 0.1.0
 */
export const findings = (
  c: Case.Case,
  at: CivilDate.CivilDate,
  settings?: Classify.Settings
): ReadonlyArray<Finding.Finding> =>
  CaseTimeLimits.check(c, at, settings).flatMap((s): ReadonlyArray<Finding.Finding> => {
    if (s.status !== "overdue" && s.status !== "late") return []
    const path = s.eventIndex === undefined ? "" : `/events/${s.eventIndex}`
    return [
      FindingCatalogue.make(s.status === "overdue" ? "case-step-overdue" : "case-step-late", {
        params: { caseId: c.id, detail: s.message.en },
        paramsVi: { detail: s.message.vi },
        location: { path, unitId: c.unitId },
        ruleId: `case/${s.step}`,
        citation: s.citation,
        observed: s.done ?? at,
        expected: `≤ ${s.due}`,
        trace: [
          { label: "limit", value: `${s.limit.amount} ${s.limit.unit}` },
          { label: "due", value: s.due },
          ...(s.done === undefined ? [] : [{ label: "done", value: s.done }]),
          ...(s.lateBy === undefined ? [] : [{ label: "working days late", value: s.lateBy }])
        ]
      })
    ]
  })
