/** Report fixtures for the statistics and KPI tests. */
import * as Indicator from "../../src/statistics/Indicator.js"
import type * as Report from "../../src/statistics/Report.js"

/** A report made of a total row only, from slot values (missing slots are 0). */
export const totalsOnly = (
  header: Partial<Report.Header>,
  cases: Partial<Record<Indicator.Slot, number>>,
  money: Partial<Record<Indicator.Slot, number>> = {}
): Report.Report => {
  const fill = (table: Indicator.Table, v: Partial<Record<Indicator.Slot, number>>) =>
    Object.fromEntries(Indicator.slots.map((s) => [Indicator.idOf(table, s), v[s] ?? 0]))
  return {
    header: { unitId: "national", year: 2022, months: 12, regime: "tt06-2019", ...header },
    cases: { rows: [], total: fill("cases", cases) as never },
    money: { rows: [], total: fill("money", money) as never }
  }
}

/** Deep copy through JSON. */
export const clone = <A>(a: A): A => JSON.parse(JSON.stringify(a))
