import { readFileSync } from "node:fs"
import { Decode, type Finding, FormLayout, ReportAnnotation } from "@thads/core"
import { Synthetic } from "@thads/core/testing"
import type ExcelJS from "exceljs"
import { describe, expect, it } from "vitest"
import { Annotate, Check, ExcelGrid, Read, Write } from "../src/index.js"
import { open } from "./helpers.js"

const rank: Record<Finding.Severity, number> = { error: 0, warning: 1, info: 2 }

/** Every cell's fill on the report's own sheets (not the findings sheet), by "sheet!row:column". */
const fills = (wb: ExcelJS.Workbook, sheets: ReadonlyArray<string>): Map<string, string | undefined> => {
  const grid = ExcelGrid.fromWorkbook(wb)
  const out = new Map<string, string | undefined>()
  for (const name of sheets) {
    const ws = grid.sheet(name)!
    const r = ws.usedRange
    if (r === undefined) continue
    for (let row = r.top; row <= r.bottom; row++)
      for (let column = r.left; column <= r.right; column++) out.set(`${name}!${row}:${column}`, ws.fill(row, column))
  }
  return out
}

/** The fill each cell should have after annotating: the worst severity's colour on a finding's cell, else as before. */
const expected = (
  before: Map<string, string | undefined>,
  findings: ReadonlyArray<Finding.Finding>
): Map<string, string | undefined> => {
  const worst = new Map<string, Finding.Severity>()
  for (const f of findings) {
    if (f.location.sheet === undefined || f.location.cell === undefined) continue
    const { row, column } = FormLayout.parseCell(f.location.cell)
    const key = `${f.location.sheet}!${row}:${FormLayout.columnNumber(column)}`
    const w = worst.get(key)
    if (w === undefined || rank[f.severity] < rank[w]) worst.set(key, f.severity)
  }
  const out = new Map(before)
  for (const [key, s] of worst) out.set(key, ReportAnnotation.colours[s])
  return out
}

const annotateBytes = async (bytes: Uint8Array) => {
  const wb = await Read.load(bytes)
  const read = Read.fromWorkbook(wb)
  const sheets = wb.worksheets.map((w) => w.name)
  const before = fills(wb, sheets)
  const result = Check.checkRead(read)
  Annotate.onWorkbook(wb, result.findings, read.layout.findingsSheet)
  return { wb, sheets, before, result }
}

describe("annotate highlights only the cells that have a finding", () => {
  it("examples/report-with-mistakes.json as a workbook: through ExcelGrid and after writing and reading back", async () => {
    const json = JSON.parse(
      readFileSync(new URL("../../../examples/report-with-mistakes.json", import.meta.url), "utf8")
    )
    const decoded = Decode.decode(json)
    if (decoded._tag !== "Success") throw new Error("the example decodes")
    const { wb, sheets, before, result } = await annotateBytes(await Write.report(decoded.success.report))
    expect(result.findings.some((f) => f.location.cell !== undefined)).toBe(true)
    const want = expected(before, result.findings)
    expect(fills(wb, sheets)).toEqual(want)
    const back = await open(new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer))
    expect(fills(back, sheets)).toEqual(want)
  })

  it("a blank template and a synthetic report with a mistake, annotated twice", async () => {
    const report = Synthetic.report({ seed: 3, rows: 4 })
    for (const bytes of [
      await Write.template({ unitId: "chi-cuc-go-dau", year: 2024, months: 6, rows: 3 }),
      await Write.report({ ...report, cases: { ...report.cases, total: { ...report.cases.total, V01: 1 } } })
    ]) {
      const { wb, sheets, before, result } = await annotateBytes(bytes)
      const want = expected(before, result.findings)
      expect(fills(wb, sheets)).toEqual(want)
      const again = await Annotate.annotate(new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer))
      expect(fills(await open(again.bytes), sheets)).toEqual(expected(before, again.result.findings))
    }
  })
})
