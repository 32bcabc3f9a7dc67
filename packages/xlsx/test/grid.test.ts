import { MemoryGrid, ReportReader } from "@thads/core"
import { Synthetic } from "@thads/core/testing"
import { describe, expect, it } from "vitest"
import { ExcelGrid, Write } from "../src/index.js"
import { edit, open } from "./helpers.js"

describe("the grid port", () => {
  it("reads the same report, cell map and notes through the ExcelJS adapter and an in-memory copy", async () => {
    const report = Synthetic.report({ seed: 5, rows: 6 })
    const bytes = await edit(await Write.report(report), (wb) => {
      wb.getWorksheet("Việc")!.getCell("D9").value = "1.234"
      wb.getWorksheet("Tiền")!.getCell("E8").value = { formula: "1+1", result: 2 } as never
    })
    const excel = ExcelGrid.fromWorkbook(await open(bytes))
    const memory = MemoryGrid.copy(excel)
    const a = ReportReader.read(excel, { file: "f.xlsx" })
    const b = ReportReader.read(memory, { file: "f.xlsx" })
    expect(b.input).toEqual(a.input)
    expect(b.notes).toEqual(a.notes)
    expect(b.rows).toEqual(a.rows)
    expect(a.notes.map((n) => n.code)).toContain("workbook-text-number")
    for (const p of ["/cases/rows/3/V08", "/money/total/T01", "/header/year", "/cases/rows/0"])
      expect(b.locate(p)).toEqual(a.locate(p))
  })
})
