/**
 * Consistency rules (tính nhất quán): duplicate rows and rows missing from
 * one of the two tables; the identities of the indicator tree and total =
 * Σ rows (thads-rules.md §1, the published chains). An identity whose
 * confidence is `inferred` (I06b, I07: the residual buckets of TT 06/2019+
 * data) gives assumed findings: at most warnings.
 *
 * @since 0.2.0
 */
import * as Identity from "../../statistics/Identity.js"
import * as ResidualPlacement from "../../statistics/ResidualPlacement.js"
import type * as Report from "../../statistics/Report.js"
import * as FindingCatalogue from "../FindingCatalogue.js"
import * as Rule from "../Rule.js"
import { boundedTrace, fmt, fmtVi } from "./Text.js"

const tableVi = (t: "cases" | "money") => (t === "cases" ? "việc" : "tiền")

/**
 * Each sub-unit or officer once per table, and the same rows in both tables.
 *
 * @example
 * ```ts
 * Consistency.rows.codes // ["duplicate-row-id", "rows-differ-between-tables"]
 * ```
 * @since 0.2.0
 */
export const rows = Rule.make({
  id: "consistency/rows",
  title: { vi: "Dòng trùng, dòng khác nhau giữa hai bảng", en: "Duplicate rows, rows differing between the tables" },
  codes: ["duplicate-row-id", "rows-differ-between-tables"],
  basis: "official",
  citation: { document: "tt-06-2019-btp" },
  parameters: {},
  run: ({ report, at }, _p, emit) => {
    // One pass per table: the count of each id, and where its second occurrence is.
    const counts = { cases: new Map<string, number>(), money: new Map<string, number>() }
    for (const table of ["cases", "money"] as const) {
      const rs: ReadonlyArray<Report.RowHeader> = report[table].rows
      const seen = counts[table]
      let second: Map<string, number> | undefined
      for (let i = 0; i < rs.length; i++) {
        const id = rs[i]!.id
        const n = (seen.get(id) ?? 0) + 1
        seen.set(id, n)
        if (n === 2) {
          second ??= new Map()
          second.set(id, i)
        }
      }
      if (second === undefined) continue
      for (const [id, i] of second) {
        emit(
          FindingCatalogue.make("duplicate-row-id", {
            params: { id, count: seen.get(id)!, table },
            paramsVi: { table: tableVi(table) },
            location: at(`/${table}/rows/${i}/id`),
            ruleId: "rows/unique"
          })
        )
      }
    }
    for (const [present, absent] of [
      ["cases", "money"],
      ["money", "cases"]
    ] as const) {
      const other = counts[absent]
      if (counts[present].size === 0 || other.size === 0) continue
      const rs: ReadonlyArray<Report.RowHeader> = report[present].rows
      for (let i = 0; i < rs.length; i++) {
        const id = rs[i]!.id
        if (other.has(id)) continue
        emit(
          FindingCatalogue.make("rows-differ-between-tables", {
            params: { id, present, absent },
            paramsVi: { present: tableVi(present), absent: tableVi(absent) },
            location: at(`/${present}/rows/${i}/id`),
            ruleId: "rows/same-in-both-tables"
          })
        )
      }
    }
  }
})

/** The value at a JSON Pointer of a report (for traces). */
const valueAt = (report: Report.Report, pointer: string): number => {
  let u: unknown = report
  for (const part of pointer.split("/").slice(1))
    u = (u as Record<string, unknown> | undefined)?.[part.replace(/~1/g, "/").replace(/~0/g, "~")]
  return Number(u)
}

/**
 * The identities of the indicator tree on every row and the total row, and
 * total = Σ rows, indicator by indicator.
 *
 * @example
 * ```ts
 * Consistency.identities.codes // ["identity-violated", "total-not-sum"]
 * ```
 * @since 0.2.0
 */
export const identities = Rule.make({
  id: "consistency/identities",
  title: { vi: "Đẳng thức của cây chỉ tiêu, dòng tổng cộng", en: "Identities of the indicator tree, the total row" },
  codes: ["identity-violated", "total-not-sum"],
  basis: "official",
  assumedWhen: {
    "identity-violated":
      "identities I06b and I07 with the residual buckets (V10) are inferred from TT 06/2019-era data (thads-rules.md §1)"
  },
  citation: { document: "tt-06-2019-btp" },
  parameters: {},
  run: ({ report, values, ruleSet, at }, _p, emit) => {
    // The default identities follow the report's regime: hoãn / tạm đình chỉ inside "có điều kiện" under TT 01/2013.
    const settings = ResidualPlacement.settingsFor(ruleSet.identities, report.header.regime)
    const evaluations = Identity.evaluate(report, { settings, values, onlyFailures: true })
    for (const e of evaluations) {
      if (e.identity === "I99") {
        emit(
          FindingCatalogue.make("total-not-sum", {
            params: { indicator: e.indicator, observed: fmt(e.observed), expected: fmt(e.expected) },
            paramsVi: { observed: fmtVi(e.observed), expected: fmtVi(e.expected) },
            location: at(e.path),
            ruleId: "identity/I99",
            observed: e.observed,
            expected: e.expected,
            formula: {
              vi: `${e.indicator} tổng cộng = Σ ${e.indicator} các dòng`,
              en: `total ${e.indicator} = Σ ${e.indicator} of the rows`
            },
            ...boundedTrace(e.cells, (c) => ({ label: c, value: valueAt(report, c), source: c }), 1)
          })
        )
        continue
      }
      const identity = Identity.get(e.identity, settings)!
      const formula = { vi: Identity.formula(identity, e.table, "vi"), en: Identity.formula(identity, e.table, "en") }
      emit(
        FindingCatalogue.make("identity-violated", {
          params: { identity: e.identity, formula: formula.en, observed: fmt(e.observed), expected: fmt(e.expected) },
          paramsVi: { formula: formula.vi, observed: fmtVi(e.observed), expected: fmtVi(e.expected) },
          location: at(e.path),
          ruleId: `identity/${e.identity}`,
          citation: identity.citation,
          ...(identity.confidence === "inferred" ? { basis: "assumed" as const } : {}),
          observed: e.observed,
          expected: e.expected,
          formula,
          ...boundedTrace(e.cells, (c) => ({
            label: c.slice(c.lastIndexOf("/") + 1),
            value: valueAt(report, c),
            source: c
          }))
        })
      )
    }
  }
})
