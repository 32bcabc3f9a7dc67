/** Test fixture: a report written onto an in-memory grid after FormLayout.v1 (values only, as a host hands them over). */
import { FormLayout, type Grid, Indicator, MemoryGrid } from "../../src/index.js"
import type * as Report from "../../src/statistics/Report.js"

export const num = (value: number): Grid.Value => ({ _tag: "number", value })
export const str = (value: string): Grid.Value => ({ _tag: "string", value })

export const gridOf = (r: Report.Report): Grid.WritableGrid => {
  const layout = FormLayout.v1
  const grid = MemoryGrid.make()
  const head = grid.addSheet(layout.headerSheet)
  for (const f of layout.header) {
    const { column, row } = FormLayout.parseCell(f.cell)
    const v = f.key === "formatVersion" ? r.formatVersion : r.header[f.key]
    if (v === undefined) continue
    head.setValue(row, FormLayout.columnNumber(column), typeof v === "number" ? num(v) : str(String(v)))
  }
  for (const table of ["cases", "money"] as const) {
    const t = FormLayout.tableOf(layout, table)
    const ws = grid.addSheet(t.sheet)
    const col = (c: string) => FormLayout.columnNumber(c)
    ws.setValue(t.rows.keys, col(t.columns.id), str("id"))
    ws.setValue(t.rows.keys, col(t.columns.name), str("name"))
    ws.setValue(t.rows.keys, col(t.columns.kind), str("kind"))
    for (const s of Indicator.slots)
      ws.setValue(t.rows.keys, col(t.columns.indicators[s]), str(Indicator.idOf(table, s)))
    const values = (row: number, o: Readonly<Record<string, unknown>>) => {
      for (const s of Indicator.slots)
        ws.setValue(row, col(t.columns.indicators[s]), num(o[Indicator.idOf(table, s)] as number))
    }
    values(t.rows.total, r[table].total as never)
    r[table].rows.forEach((row, i) => {
      const n = t.rows.firstData + i
      ws.setValue(n, col(t.columns.id), str(row.id))
      if (row.name !== undefined) ws.setValue(n, col(t.columns.name), str(row.name))
      if (row.kind !== undefined) ws.setValue(n, col(t.columns.kind), str(row.kind))
      values(n, row as never)
    })
  }
  return grid
}
