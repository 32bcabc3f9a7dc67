/** Report fixtures for the statistics and KPI tests. */
import * as Synthetic from "../../src/statistics/Synthetic.js"

/** A report made of a total row only (see Synthetic.totals). */
export const totalsOnly = Synthetic.totals

/** Deep copy through JSON. */
export const clone = <A>(a: A): A => JSON.parse(JSON.stringify(a))
