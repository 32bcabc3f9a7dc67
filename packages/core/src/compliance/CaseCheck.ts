/**
 * The findings of an enforcement case: each procedural step that is
 * overdue, or was done late, becomes a {@link Finding} with its citation
 * (BLDS 2015 Điều 147–148 for the counting; Luật THADS Đ36, Đ44, Đ45,
 * NĐ 62/2015 Đ9, Đ11… for the steps; see cases/TimeLimits.ts), and each
 * case-level duty that is breached (cases/Duties.ts) becomes one too. The
 * case-level duties have their own codes (the creditor notice, the
 * verification after new information, the sending to the commune and the
 * posting period, the thu hồi / hủy ground and notices, the unknown address
 * recorded as hoãn); the other steps use `case-step-overdue` /
 * `case-step-late`.
 *
 * A finding whose rule is `assumed` (a time limit carried over from the 2008
 * Law after 1/7/2026, a value the text does not give) is never an error: it
 * carries `basis: "assumed"`, its message ends with "(theo giả định…)" /
 * "(assumed…)" naming the setting to change when there is one, and its
 * trace has the basis and the reason.
 *
 * @since 0.1.0
 */
import type * as CivilDate from "../base/CivilDate.js"
import type * as Case from "../cases/Case.js"
import * as CaseDuties from "../cases/Duties.js"
import * as CaseTimeLimits from "../cases/TimeLimits.js"
import type * as Classify from "../cases/Classify.js"
import type * as Setting from "../citation/Setting.js"
import type * as Finding from "./Finding.js"
import * as FindingCatalogue from "./FindingCatalogue.js"

/** The finding code of each case-level duty step; the other steps use the generic codes. */
const stepCodes: Partial<Record<CaseTimeLimits.Step, FindingCatalogue.Code>> = {
  "creditor-notice": "case-creditor-not-notified",
  "new-information-verification": "case-new-information-not-verified",
  "commune-posting": "case-commune-posting-late",
  "withdrawal-sent": "case-withdrawal-notice-late",
  "withdrawal-notified": "case-withdrawal-notice-late"
}

const dutyCodes: Record<CaseDuties.Rule, FindingCatalogue.Code> = {
  "withdrawal-ground": "case-withdrawal-ground-missing",
  "posting-period": "case-posting-period-short",
  "unknown-address-postponement": "case-unknown-address-not-postponed"
}

/**
 * Marks an assumed finding's message briefly (messages are bounded): the
 * setting to change when there is one; the full reason goes in the trace.
 */
const withAssumption = (
  message: { readonly vi: string; readonly en: string },
  assumption: { readonly vi: string; readonly en: string } | undefined,
  setting: Setting.Setting | undefined
) =>
  assumption === undefined
    ? message
    : setting !== undefined
      ? {
          vi: `${message.vi} (theo giả định: thiết lập ${setting.key} = ${String(setting.value)})`,
          en: `${message.en} (assumed: setting ${setting.key} = ${String(setting.value)})`
        }
      : { vi: `${message.vi} (theo giả định)`, en: `${message.en} (assumed)` }

/**
 * The case codes that can rest on an assumption, and why (for `thads
 * findings`): the creditor notice's time limit always; the others for events
 * from 1/7/2026, whose time limits or periods are carried over from the 2008
 * Law and NĐ 62/2015.
 *
 * @example
 * ```ts
 * CaseCheck.assumedWhen["case-creditor-not-notified"] // "Điều 44 k2 sets no time limit: 3 working days (a setting)"
 * ```
 * @since 0.2.0
 */
export const assumedWhen: Readonly<Partial<Record<FindingCatalogue.Code, string>>> = {
  "case-step-overdue": "a time limit of the 2008 Law / NĐ 62/2015 carried over to an event from 1/7/2026",
  "case-step-late": "a time limit of the 2008 Law / NĐ 62/2015 carried over to an event from 1/7/2026",
  "case-creditor-not-notified": "Điều 44 k2 sets no time limit: 3 working days (a setting)",
  "case-new-information-not-verified": "the 10 days of NĐ 62 Điều 9 k4 carried over to information from 1/7/2026",
  "case-posting-period-short": "NĐ 152/2026 Điều 23 names no posting period: the 3 months of NĐ 62 Điều 11 k1",
  "case-withdrawal-ground-missing": "the grounds of Điều 37 (2008) carried over to decisions from 1/7/2026",
  "case-withdrawal-notice-late": "the 3 working days of Điều 38, 39 (2008) carried over to decisions from 1/7/2026"
}

/**
 * The finding code a step produces when it is overdue or late.
 *
 * @example
 * ```ts
 * CaseCheck.codeOfStep("creditor-notice") // "case-creditor-not-notified"
 * CaseCheck.codeOfStep("verification", "late") // "case-step-late"
 * ```
 * @since 0.2.0
 */
export const codeOfStep = (step: CaseTimeLimits.Step, status: "overdue" | "late" = "overdue"): FindingCatalogue.Code =>
  stepCodes[step] ?? (status === "overdue" ? "case-step-overdue" : "case-step-late")

/**
 * The findings of a case at a date: its time limits and its duties (with
 * the case settings, `CaseSettings.decode`: `classify` and `duties`).
 *
 * @example
 * ```ts
 * const c: Case.Case = {
 *   id: "1", unitId: "u", decision: { date: CivilDate.make("2023-01-16"), number: "1" },
 *   initiation: { mode: "on-request", requestDate: CivilDate.make("2023-01-10") },
 *   debtor: { kind: "person" }, amountDue: 5_000_000, events: []
 * }
 * CaseCheck.findings(c, CivilDate.make("2023-09-30")).map((f) => f.code) // ["case-step-overdue"]
 * ```
 * @since 0.1.0
 */
export const findings = (
  c: Case.Case,
  at: CivilDate.CivilDate,
  settings?: Classify.Settings,
  duties?: CaseDuties.Settings
): ReadonlyArray<Finding.Finding> => {
  const fromSteps = CaseTimeLimits.check(c, at, settings).flatMap((s): ReadonlyArray<Finding.Finding> => {
    if (s.status !== "overdue" && s.status !== "late") return []
    const path = s.eventIndex === undefined ? "" : `/events/${s.eventIndex}`
    const code = codeOfStep(s.step, s.status)
    const message = withAssumption(s.message, s.assumption, s.setting)
    return [
      FindingCatalogue.make(code, {
        params: { caseId: c.id, detail: message.en },
        paramsVi: { detail: message.vi },
        location: { path, unitId: c.unitId },
        ruleId: `case/${s.step}`,
        citation: s.citation,
        // Dedicated codes are warnings when overdue and info when late; never errors (assumed limits included).
        ...(stepCodes[s.step] !== undefined && s.status === "late" ? { severity: "info" as const } : {}),
        basis: s.basis,
        observed: s.done ?? at,
        expected: `≤ ${s.due}`,
        trace: [
          { label: "limit", value: `${s.limit.amount} ${s.limit.unit}` },
          { label: "due", value: s.due },
          ...(s.done === undefined ? [] : [{ label: "done", value: s.done }]),
          ...(s.lateBy === undefined ? [] : [{ label: "working days late", value: s.lateBy }]),
          { label: "basis", value: s.basis },
          ...(s.assumption === undefined ? [] : [{ label: "assumption", value: s.assumption.en }]),
          ...(s.setting === undefined ? [] : [{ label: "setting", value: `${s.setting.key} = ${s.setting.value}` }])
        ]
      })
    ]
  })
  const fromDuties = CaseDuties.check(c, at, duties).flatMap((d): ReadonlyArray<Finding.Finding> => {
    if (d.status !== "breached") return []
    const message = withAssumption(d.message, d.assumption, d.setting)
    return [
      FindingCatalogue.make(dutyCodes[d.rule], {
        params: { caseId: c.id, detail: message.en },
        paramsVi: { detail: message.vi },
        location: { path: `/events/${d.eventIndex}`, unitId: c.unitId },
        ruleId: `case/${d.rule}`,
        citation: d.citation,
        basis: d.basis,
        trace: [
          ...(d.until === undefined ? [] : [{ label: "until", value: d.until }]),
          { label: "basis", value: d.basis },
          ...(d.assumption === undefined ? [] : [{ label: "assumption", value: d.assumption.en }]),
          ...(d.setting === undefined ? [] : [{ label: "setting", value: `${d.setting.key} = ${d.setting.value}` }])
        ]
      })
    ]
  })
  return [...fromSteps, ...fromDuties]
}
