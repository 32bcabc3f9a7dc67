/**
 * Period rules (kỳ báo cáo): within a statistical year figures are
 * cumulative from 1/10 — flows never fall and the opening balance stays
 * (TT 05/2024 Điều 7; TT 06/2019 Điều 4 k2) — and a year opens with what the
 * previous year carried forward.
 *
 * @since 0.2.0
 */
import type * as Citation from "../../citation/Citation.js"
import type * as ReportingDeadline from "../../calendar/ReportingDeadline.js"
import * as Indicator from "../../statistics/Indicator.js"
import type * as Report from "../../statistics/Report.js"
import * as FindingCatalogue from "../FindingCatalogue.js"
import * as Rule from "../Rule.js"
import { fmt, fmtVi } from "./Text.js"

/** The cumulative method of the regime: TT 05/2024 Điều 7 (lũy kế), else TT 06/2019 Điều 4 k2. */
const cumulativeCitation = (regime: ReportingDeadline.Regime): Citation.Citation =>
  regime === "tt05-2024"
    ? { document: "tt-05-2024-btp", article: "7" }
    : { document: "tt-06-2019-btp", article: "4", clause: 2 }

const totals = (r: Report.Report, table: Indicator.Table) =>
  r[table].total as unknown as Readonly<Record<string, number>>

/**
 * Cumulative flows never fall within a year; the opening balance stays.
 * Parameter `slots`: the flows that accumulate from 1/10.
 *
 * @example
 * ```ts
 * Periods.cumulative.parameters.slots // ["02", "03", "04", "05", "08"]
 * ```
 * @since 0.2.0
 */
export const cumulative = Rule.make({
  id: "periods/cumulative",
  title: { vi: "Số lũy kế trong năm thống kê", en: "Cumulative figures within the statistical year" },
  codes: ["cumulative-decreased", "opening-balance-changed"],
  basis: "official",
  citation: { document: "tt-06-2019-btp", article: "4", clause: 2 },
  parameters: { slots: ["02", "03", "04", "05", "08"] as ReadonlyArray<Indicator.Slot> },
  run: ({ report, earlier, at }, { slots }, emit) => {
    const h = report.header
    let before: Report.Report | undefined
    for (const r of earlier) {
      if (r.header.unitId !== h.unitId || r.header.year !== h.year || r.header.months >= h.months) continue
      if (before === undefined || r.header.months > before.header.months) before = r
    }
    if (before === undefined) return
    for (const table of ["cases", "money"] as const) {
      const now = totals(report, table)
      const then = totals(before, table)
      for (const slot of slots) {
        const id = Indicator.idOf(table, slot)
        if (now[id]! >= then[id]!) continue
        emit(
          FindingCatalogue.make("cumulative-decreased", {
            params: {
              indicator: id,
              months: h.months,
              earlierMonths: before.header.months,
              observed: fmt(now[id]!),
              expected: fmt(then[id]!)
            },
            paramsVi: { observed: fmtVi(now[id]!), expected: fmtVi(then[id]!) },
            location: at(`/${table}/total/${id}`),
            ruleId: "periods/cumulative",
            citation: cumulativeCitation(h.regime),
            observed: now[id]!,
            expected: then[id]!
          })
        )
      }
      const open = Indicator.idOf(table, "01")
      if (now[open] !== then[open]) {
        emit(
          FindingCatalogue.make("opening-balance-changed", {
            params: {
              indicator: open,
              earlierMonths: before.header.months,
              observed: fmt(now[open]!),
              expected: fmt(then[open]!)
            },
            paramsVi: { observed: fmtVi(now[open]!), expected: fmtVi(then[open]!) },
            location: at(`/${table}/total/${open}`),
            ruleId: "periods/opening-balance",
            observed: now[open]!,
            expected: then[open]!
          })
        )
      }
    }
  }
})

/**
 * The opening balance of a year against the previous year's closing.
 *
 * @example
 * ```ts
 * Periods.continuity.codes // ["opening-balance-discontinuity"]
 * ```
 * @since 0.2.0
 */
export const continuity = Rule.make({
  id: "periods/continuity",
  title: { vi: "Số cũ chuyển sang so với năm trước", en: "Opening balance against last year's closing" },
  codes: ["opening-balance-discontinuity"],
  basis: "official",
  citation: { document: "tt-06-2019-btp" },
  parameters: {},
  run: ({ report, earlier, at }, _p, emit) => {
    const h = report.header
    const last = earlier.find(
      (r) => r.header.unitId === h.unitId && r.header.year === h.year - 1 && r.header.months === 12
    )
    if (last === undefined) return
    for (const table of ["cases", "money"] as const) {
      const open = Indicator.idOf(table, "01")
      const closing = Indicator.idOf(table, "13")
      const observed = totals(report, table)[open]!
      const expected = totals(last, table)[closing]!
      if (observed === expected) continue
      emit(
        FindingCatalogue.make("opening-balance-discontinuity", {
          params: { indicator: open, observed: fmt(observed), expected: fmt(expected) },
          paramsVi: { observed: fmtVi(observed), expected: fmtVi(expected) },
          location: at(`/${table}/total/${open}`),
          ruleId: "periods/continuity",
          observed,
          expected,
          formula: { vi: `${open} năm nay = ${closing} năm trước`, en: `${open} this year = ${closing} last year` }
        })
      )
    }
  }
})
