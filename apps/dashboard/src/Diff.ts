/**
 * What changed between two versions of a report: every figure that differs,
 * by JSON Pointer (rows matched by their id, not their position), with the
 * values before and after. Rows only in one version are listed once each.
 */
import type { Report } from "@thads/core"

/** One changed figure. */
export interface Change {
  /** JSON Pointer in the later version (or in the earlier one for a removed row). */
  readonly path: string
  readonly table: "cases" | "money"
  /** The row id, or "total". */
  readonly row: string
  readonly indicator: string
  readonly before: number | null
  readonly after: number | null
}

type Row = Readonly<Record<string, unknown>> & { readonly id?: string }

/**
 * The changes from `before` to `after`, in table then row order.
 *
 * @example
 * ```ts
 * const source = DemoSource.make({ role: "reviewer", unitId: "cuc-tay-ninh" }) // the demonstration data (or ApiSource)
 * const [v2, v1] = await source.submissions({ unit: "chi-cuc-hoa-thanh", year: 2024, months: 2 }) // newest first
 * [v1.version, v2.version] // [1, 2]
 * const [before, after] = [await source.submission(v1.id), await source.submission(v2.id)]
 * Diff.diff(before.report, after.report) // [{ path: "/cases/rows/1/V13", row: "chv-2", indicator: "V13", before: 1083, after: 1076 }]
 * ```
 */
export const diff = (before: Report.Report, after: Report.Report): ReadonlyArray<Change> => {
  const out: Array<Change> = []
  for (const table of ["cases", "money"] as const) {
    const compare = (path: string, row: string, a: Row | undefined, b: Row | undefined) => {
      const keys = new Set<string>()
      for (const k of Object.keys(a ?? {})) keys.add(k)
      for (const k of Object.keys(b ?? {})) keys.add(k)
      for (const k of [...keys].sort()) {
        const x = a?.[k]
        const y = b?.[k]
        if (typeof x !== "number" && typeof y !== "number") continue
        if (x === y) continue
        out.push({
          path: `${path}/${k}`,
          table,
          row,
          indicator: k,
          before: typeof x === "number" ? x : null,
          after: typeof y === "number" ? y : null
        })
      }
    }
    const rowsA = before[table].rows as unknown as ReadonlyArray<Row>
    const rowsB = after[table].rows as unknown as ReadonlyArray<Row>
    const indexA = new Map(rowsA.map((r, i) => [String(r.id), i]))
    const seen = new Set<string>()
    rowsB.forEach((r, i) => {
      const id = String(r.id)
      seen.add(id)
      const j = indexA.get(id)
      compare(`/${table}/rows/${i}`, id, j === undefined ? undefined : rowsA[j], r)
    })
    rowsA.forEach((r, i) => {
      const id = String(r.id)
      if (!seen.has(id)) compare(`/${table}/rows/${i}`, id, r, undefined)
    })
    compare(`/${table}/total`, "total", before[table].total as unknown as Row, after[table].total as unknown as Row)
  }
  return out
}
