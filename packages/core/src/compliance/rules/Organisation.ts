/**
 * Organisation rules (tổ chức): the reporting unit against the
 * organisation of the context (known, in force at the period's end, at the
 * level it declares) and the regime against the one in force. The
 * organisation is explicit: without one in the context, nothing is assumed
 * (one `organization-not-given` finding).
 *
 * @since 0.2.0
 */
import * as CivilDate from "../../base/CivilDate.js"
import * as ReportingDeadline from "../../calendar/ReportingDeadline.js"
import * as Setting from "../../citation/Setting.js"
import * as Organization from "../../organization/Organization.js"
import * as OrgUnit from "../../organization/OrgUnit.js"
import * as FindingCatalogue from "../FindingCatalogue.js"
import * as Rule from "../Rule.js"
import { submissionDay } from "./Text.js"

/**
 * The unit is known, exists at the period's end, and declares its level.
 *
 * @example
 * ```ts
 * Organisation.unit.codes.includes("unit-unknown") // true
 * ```
 * @since 0.2.0
 */
export const unit = Rule.make({
  id: "organisation/unit",
  title: { vi: "Đơn vị báo cáo và cấp báo cáo", en: "Reporting unit and level" },
  codes: ["organization-not-given", "unit-unknown", "unit-not-in-force", "level-mismatch"],
  basis: "official",
  assumedWhen: {
    "unit-unknown":
      "the district-level units of Tây Ninh before 1/7/2025 and their names are inferred (thads-rules.md §11); the Phòng THADS khu vực of the new province are not published"
  },
  citation: { document: "qd-1898-btp-2025" },
  parameters: {},
  run: ({ report, organization, unit: u, periodEnd, at }, _p, emit) => {
    const h = report.header
    if (organization === undefined) {
      emit(
        FindingCatalogue.make("organization-not-given", {
          params: { unit: h.unitId },
          location: at("/header/unitId"),
          ruleId: "organisation/given"
        })
      )
      return
    }
    if (u === undefined) {
      emit(
        FindingCatalogue.make("unit-unknown", {
          params: { unit: h.unitId },
          location: at("/header/unitId"),
          ruleId: "organisation/unit"
        })
      )
      return
    }
    if (!OrgUnit.existsOn(u, periodEnd)) {
      const successor = Organization.currentOf(organization, u.id, periodEnd)
      emit(
        FindingCatalogue.make("unit-not-in-force", {
          params: {
            unit: h.unitId,
            periodEnd,
            successor: successor === undefined ? "" : `; successor: "${successor.id}"`
          },
          paramsVi: {
            periodEnd: CivilDate.formatVi(periodEnd),
            successor: successor === undefined ? "" : `; đơn vị kế thừa: "${successor.id}"`
          },
          location: at("/header/unitId"),
          ruleId: "organisation/in-force"
        })
      )
      return
    }
    const actual = OrgUnit.reportingLevel(u.tier)
    if (h.level !== undefined && actual !== undefined && h.level !== actual) {
      emit(
        FindingCatalogue.make("level-mismatch", {
          params: { declared: h.level, actual },
          location: at("/header/level"),
          ruleId: "organisation/level"
        })
      )
    }
  }
})

/** Why a declared regime in force on the submission day is only an assumed mismatch. */
const handOver = {
  vi: "quy định chuyển giao giữa hai chế độ báo cáo chưa tìm thấy",
  en: "the hand-over rules between the two regimes were not found"
}

/**
 * The regime declared is the one in force at the period's end. When the
 * declared regime is the one in force on the day the report was sent (it
 * came into force after the period's end), which of the two governs is a
 * hand-over rule that was not found [U]: the mismatch is then `assumed`.
 *
 * @example
 * ```ts
 * Organisation.regime.codes // ["regime-mismatch"]
 * ```
 * @since 0.2.0
 */
export const regime = Rule.make({
  id: "organisation/regime",
  title: { vi: "Chế độ báo cáo có hiệu lực", en: "Regime in force" },
  codes: ["regime-mismatch"],
  basis: "official",
  assumedWhen: {
    "regime-mismatch":
      "the declared regime is the one in force on the day the report was sent (it came into force after the period's end): the hand-over rules between regimes were not found (thads-rules.md §2)"
  },
  citation: { document: "tt-05-2024-btp" },
  parameters: {},
  run: ({ report, inForce, periodEnd, submittedOn, at }, _p, emit) => {
    const h = report.header
    if (inForce === undefined || inForce === h.regime) return
    const submitted = submissionDay(submittedOn, h.submittedAt)
    const atSubmission = submitted === undefined ? undefined : ReportingDeadline.regimeAt(submitted)
    const assumed = submitted !== undefined && atSubmission === h.regime
    const setting: Setting.Setting | undefined = assumed
      ? {
          key: "ReportingDeadline.regime",
          value: inForce,
          why: handOver,
          about: {
            document: ReportingDeadline.regimeDocument[h.regime],
            note: {
              vi: "quy định về hiệu lực thi hành và chuyển tiếp: chưa tìm thấy",
              en: "the entry-into-force and transitional provisions: not found"
            }
          }
        }
      : undefined
    emit(
      FindingCatalogue.make("regime-mismatch", {
        params: {
          declared: h.regime,
          inForce,
          periodEnd,
          assumption:
            setting === undefined
              ? ""
              : `; the report was sent on ${submitted}, when ${h.regime} was in force: ${Setting.render(setting, "en")}`
        },
        paramsVi: {
          periodEnd: CivilDate.formatVi(periodEnd),
          assumption:
            setting === undefined
              ? ""
              : `; báo cáo gửi ngày ${CivilDate.formatVi(submitted!)}, khi ${h.regime} đã có hiệu lực: ${Setting.render(setting, "vi")}`
        },
        location: at("/header/regime"),
        ruleId: "regime/in-force",
        citation: { document: ReportingDeadline.regimeDocument[inForce] },
        basis: setting === undefined ? undefined : "assumed",
        trace:
          setting === undefined
            ? undefined
            : [
                { label: "period end", value: periodEnd, source: "header" },
                { label: "regime in force at the period's end", value: inForce, source: "registry" },
                {
                  label: "submitted",
                  value: submitted!,
                  source: submittedOn === undefined ? "/header/submittedAt" : "/header"
                },
                { label: "regime in force on the submission day", value: h.regime, source: "registry" },
                { label: "setting", value: `${setting.key} = ${String(setting.value)}`, source: setting.key }
              ]
      })
    )
  }
})
