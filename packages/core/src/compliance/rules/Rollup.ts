/**
 * Roll-up (tổng hợp): a province's report against its units' reports for
 * the same period (TT 06/2019 Điều 9 k1) — row by row when the province
 * lists its units as rows, else total against Σ units — and the units the
 * organisation expects but the context lacks.
 *
 * @since 0.2.0
 */
import * as Organization from "../../organization/Organization.js"
import * as OrgUnit from "../../organization/OrgUnit.js"
import * as Indicator from "../../statistics/Indicator.js"
import type * as Report from "../../statistics/Report.js"
import * as FindingCatalogue from "../FindingCatalogue.js"
import * as Rule from "../Rule.js"
import { fmt, fmtVi } from "./Text.js"

type Values = Readonly<Record<string, number>>

/**
 * The province's report is the sum of its units' reports.
 *
 * @example
 * ```ts
 * Rollup.units.codes // ["rollup-unit-missing", "rollup-mismatch"]
 * ```
 * @since 0.2.0
 */
export const units = Rule.make({
  id: "rollup/units",
  title: { vi: "Tổng hợp báo cáo của các đơn vị", en: "Roll-up of the units' reports" },
  codes: ["rollup-unit-missing", "rollup-mismatch"],
  basis: "official",
  citation: { document: "tt-06-2019-btp", article: "9", clause: 1 },
  parameters: {},
  run: ({ report, units: given, organization, unit, periodEnd, at }, _p, emit) => {
    const h = report.header
    const unitReports = (given ?? []).filter(
      (r) => r.header.year === h.year && r.header.months === h.months && r.header.unitId !== h.unitId
    )
    if (given !== undefined && organization !== undefined && unit !== undefined) {
      const present = new Set(unitReports.map((r) => r.header.unitId))
      for (const child of Organization.childrenOn(organization, unit.id, periodEnd)) {
        if (OrgUnit.reportingLevel(child.tier) === undefined || present.has(child.id)) continue
        emit(
          FindingCatalogue.make("rollup-unit-missing", {
            params: { unit: child.id },
            location: at("/header/unitId"),
            ruleId: "rollup/units"
          })
        )
      }
    }
    if (unitReports.length === 0) return
    for (const table of ["cases", "money"] as const) {
      const rows = report[table].rows as unknown as ReadonlyArray<Report.RowHeader & Values>
      const rowIndex = new Map<string, number>()
      rows.forEach((row, i) => {
        if (!rowIndex.has(row.id)) rowIndex.set(row.id, i)
      })
      const compare = (path: string, observed: Values, expected: Values, unitId?: string) => {
        for (const id of Indicator.idsOf(table)) {
          if (observed[id] === expected[id]) continue
          emit(
            FindingCatalogue.make("rollup-mismatch", {
              params: {
                indicator: unitId === undefined ? id : `${id} (${unitId})`,
                observed: fmt(observed[id]!),
                expected: fmt(expected[id]!)
              },
              paramsVi: { observed: fmtVi(observed[id]!), expected: fmtVi(expected[id]!) },
              location: at(`${path}/${id}`),
              ruleId: "rollup/sum",
              observed: observed[id]!,
              expected: expected[id]!
            })
          )
        }
      }
      const byRow = unitReports.filter((r) => rowIndex.has(r.header.unitId))
      if (byRow.length > 0) {
        for (const r of byRow) {
          const i = rowIndex.get(r.header.unitId)!
          compare(`/${table}/rows/${i}`, rows[i]!, r[table].total as unknown as Values, r.header.unitId)
        }
      } else {
        const sum: Record<string, number> = {}
        for (const id of Indicator.idsOf(table)) {
          let s = 0
          for (const r of unitReports) s += (r[table].total as unknown as Values)[id]!
          sum[id] = s
        }
        compare(`/${table}/total`, report[table].total as unknown as Values, sum)
      }
    }
  }
})
