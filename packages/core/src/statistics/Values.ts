/**
 * The numbers of a report as two dense matrices (cases and money), one row of
 * 14 slots per table row and the total row last: the form in which the
 * identities are evaluated quickly. Built by the fast decoder as it
 * validates, or from a decoded report.
 *
 * @since 0.1.0
 */
import type * as Indicator from "./Indicator.js"
import type * as Report from "./Report.js"

/**
 * Slots per row.
 *
 * @example
 * ```ts
 * Values.WIDTH // 14
 * ```
 * @since 0.1.0
 */
export const WIDTH = 14

/**
 * The matrix of one table: `rows` data rows of {@link WIDTH} slots, then the
 * total row.
 *
 * @example
 * ```ts
 * const t: Values.TableValues = Values.allocate(2)
 * t.m.length // 42: 2 rows and the total row, 14 slots each
 * ```
 * @since 0.1.0
 */
export interface TableValues {
  readonly rows: number
  readonly m: Float64Array
}

/**
 * The matrices of a report.
 *
 * @example
 * ```ts
 * const report = Synthetic.report({ seed: 1, rows: 3 })
 * const v = Values.fromReport(report)
 * v.cases.m[Values.WIDTH * v.cases.rows + 7] // 2518: the total row's V08 (report.cases.total.V08)
 * ```
 * @since 0.1.0
 */
export interface Values {
  readonly cases: TableValues
  readonly money: TableValues
}

/**
 * The slot index 0–13 of a key such as "V08" (prefix char code 86) or "T08"
 * (84), or −1. Cheap: no hashing.
 *
 * @example
 * ```ts
 * Values.slotIndex("V08", 86) // 7
 * Values.slotIndex("V15", 86) // -1
 * ```
 * @since 0.1.0
 */
export const slotIndex = (key: string, prefixCode: number): number => {
  if (key.length !== 3 || key.charCodeAt(0) !== prefixCode) return -1
  const a = key.charCodeAt(1) - 48
  const b = key.charCodeAt(2) - 48
  if (a < 0 || a > 1 || b < 0 || b > 9) return -1
  const n = a * 10 + b
  return n >= 1 && n <= 14 ? n - 1 : -1
}

/**
 * Allocates the matrix of a table with `rows` data rows.
 *
 * @example
 * ```ts
 * Values.allocate(2).rows // 2
 * Values.allocate(2).m.length // 42: (2 rows + the total) × Values.WIDTH, 14
 * ```
 * @since 0.1.0
 */
export const allocate = (rows: number): TableValues => ({ rows, m: new Float64Array((rows + 1) * WIDTH) })

const fill = (m: Float64Array, offset: number, row: object, prefixCode: number) => {
  const r = row as Record<string, unknown>
  for (const key in r) {
    const s = slotIndex(key, prefixCode)
    if (s >= 0) m[offset + s] = r[key] as number
  }
}

const table = (t: Report.TableOf<object, object>, prefixCode: number): TableValues => {
  const v = allocate(t.rows.length)
  t.rows.forEach((row, i) => {
    fill(v.m, i * WIDTH, row, prefixCode)
  })
  fill(v.m, v.rows * WIDTH, t.total, prefixCode)
  return v
}

/**
 * The matrices of a decoded report.
 *
 * @example
 * ```ts
 * const report = Synthetic.report({ seed: 1, rows: 3 })
 * Values.fromReport(report).cases.rows // 3
 * ```
 * @since 0.1.0
 */
export const fromReport = (report: Report.Report): Values => ({
  cases: table(report.cases, 86),
  money: table(report.money, 84)
})

/**
 * The matrix of a table.
 *
 * @example
 * ```ts
 * const report = Synthetic.report({ seed: 1, rows: 3 })
 * Values.of(Values.fromReport(report), "money").rows // 3
 * ```
 * @since 0.1.0
 */
export const of = (v: Values, t: Indicator.Table): TableValues => (t === "cases" ? v.cases : v.money)
