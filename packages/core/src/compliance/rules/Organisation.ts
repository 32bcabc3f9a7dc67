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
import * as Organization from "../../organization/Organization.js"
import * as OrgUnit from "../../organization/OrgUnit.js"
import * as FindingCatalogue from "../FindingCatalogue.js"
import * as Rule from "../Rule.js"

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

/**
 * The regime declared is the one in force at the period's end.
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
  citation: { document: "tt-05-2024-btp" },
  parameters: {},
  run: ({ report, inForce, periodEnd, at }, _p, emit) => {
    const h = report.header
    if (inForce === undefined || inForce === h.regime) return
    emit(
      FindingCatalogue.make("regime-mismatch", {
        params: { declared: h.regime, inForce, periodEnd },
        paramsVi: { periodEnd: CivilDate.formatVi(periodEnd) },
        location: at("/header/regime"),
        ruleId: "regime/in-force",
        citation: { document: ReportingDeadline.regimeDocument[inForce] }
      })
    )
  }
})
