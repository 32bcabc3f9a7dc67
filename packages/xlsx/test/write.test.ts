import { Decode, FormLayout, Grid, Indicator, MemoryGrid, ReportWriter } from "@thads/core"
import { Synthetic } from "@thads/core/testing"
import { describe, expect, it } from "vitest"
import { Annotate, Check, ExcelGrid, Read, Write } from "../src/index.js"
import { edit, open } from "./helpers.js"

describe("the template", () => {
  it("has the header, labels, formats, validation, formulas and locked formula cells", async () => {
    const bytes = await Write.template({
      unitId: "chi-cuc-go-dau",
      unitName: "Chi cục THADS huyện Gò Dầu",
      level: "chi-cuc",
      year: 2024,
      months: 6,
      rows: 3
    })
    const wb = await open(bytes)
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Báo cáo", "Việc", "Tiền"])
    const h = wb.getWorksheet("Báo cáo")!
    expect(h.getCell("B4").value).toBe("chi-cuc-go-dau")
    expect(h.getCell("B9").value).toBe("tt06-2019") // in force on 31/3/2024 (TT 05/2024 from 26/7/2024)
    expect(h.getCell("B15").formula).toBe(FormLayout.rateFormula(FormLayout.v1, FormLayout.v1.rates[0]!))
    expect(h.getCell("D15").value).toBe("completion-rate-cases")
    const ws = wb.getWorksheet("Việc")!
    expect(ws.getCell("D4").value).toBe(Indicator.get("V01").label.vi)
    expect(ws.getCell("K6").value).toBe("V08")
    expect(ws.getCell("F8").formula).toBe("D8+E8")
    expect(ws.getCell("I9").formula).toBe("F9-G9-H9")
    expect(ws.getCell("P10").formula).toBe("I10-K10")
    expect(ws.getCell("Q10").formula).toBe("J10-K10")
    expect(ws.getCell("K7").formula).toBe("SUM(K8:K10)")
    expect(ws.getCell("D8").numFmt).toBe("#,##0")
    expect(ws.getCell("D8").dataValidation).toMatchObject({
      type: "whole",
      operator: "greaterThanOrEqual",
      formulae: [0]
    })
    expect(ws.getCell("D8").protection).toMatchObject({ locked: false })
    expect(ws.getCell("F8").protection?.locked).not.toBe(false)
    expect(ws.getCell("K7").protection?.locked).not.toBe(false)
    expect((ws as unknown as { sheetProtection: { sheet: boolean } }).sheetProtection.sheet).toBe(true)
    expect(wb.getWorksheet("Tiền")!.getCell("D8").numFmt).toBe("#,##0")
  })

  it("reads back as an empty report of the unit and period (blank rows skipped)", async () => {
    const r = await Read.read(await Write.template({ unitId: "x", year: 2023, months: 12, rows: 5 }))
    const d = Decode.decode(r.input)
    expect(d._tag).toBe("Success")
    if (d._tag === "Success") {
      expect(d.success.report.header).toEqual({ unitId: "x", year: 2023, months: 12, regime: "tt06-2019" })
      expect(d.success.report.cases.rows).toEqual([])
      expect(d.success.report.cases.total.V01).toBe(0)
    }
    expect(r.notes).toEqual([])
  })

  it("prepares named rows, and a total-only form (rows: 0) whose total row is the input", async () => {
    const named = await Read.read(
      await Write.template({
        unitId: "x",
        year: 2023,
        months: 12,
        rows: [{ id: "chv-01", name: "Nguyễn Văn A", kind: "officer" }]
      })
    )
    expect((named.input["cases"] as { rows: ReadonlyArray<unknown> }).rows).toEqual([
      {
        id: "chv-01",
        name: "Nguyễn Văn A",
        kind: "officer",
        ...Object.fromEntries(Array.from({ length: 14 }, (_, i) => [`V${String(i + 1).padStart(2, "0")}`, 0]))
      }
    ])
    const wb = await open(await Write.template({ unitId: "x", year: 2023, months: 12, rows: 0 }))
    const ws = wb.getWorksheet("Việc")!
    expect(ws.getCell("D7").protection).toMatchObject({ locked: false })
    expect(ws.getCell("F7").formula).toBe("D7+E7")
  })
})

describe("the writer on the grid port", () => {
  it("writes the same cells through ExcelJS (after saving and loading) as into a memory grid", async () => {
    const report = Synthetic.report({ seed: 6, rows: 3 })
    const cases = [
      { bytes: await Write.report(report), content: ReportWriter.reportContent(report) },
      {
        bytes: await Write.template({ unitId: "x", year: 2025, months: 12, rows: 2 }),
        content: ReportWriter.templateContent({ unitId: "x", year: 2025, months: 12, rows: 2 })
      }
    ]
    for (const { bytes, content } of cases) {
      const memory = MemoryGrid.make()
      ReportWriter.write(memory, content)
      const excel = MemoryGrid.copy(ExcelGrid.fromWorkbook(await open(bytes)))
      const expected = MemoryGrid.copy(memory)
      expect(excel.sheetNames).toEqual(expected.sheetNames)
      for (const name of expected.sheetNames) {
        const a = excel.sheet(name)!
        const b = expected.sheet(name)!
        expect(a.usedRange).toEqual(b.usedRange)
        expect(a.merges).toEqual(b.merges)
        const r = b.usedRange!
        for (let row = r.top; row <= r.bottom; row++)
          for (let column = r.left; column <= r.right; column++) {
            // ExcelJS gives a merged cell the value of the merge's first cell.
            const m = Grid.mergeOf(b, row, column)
            if (m !== undefined && (m.top !== row || m.left !== column)) continue
            const at = `${name}!${ExcelGrid.a1(row, column)}`
            expect([at, a.value(row, column), a.formula(row, column), a.fill(row, column)]).toEqual([
              at,
              b.value(row, column),
              b.formula(row, column),
              b.fill(row, column)
            ])
            if (b.value(row, column)._tag !== "blank")
              expect([at, a.numberFormat(row, column)]).toEqual([at, b.numberFormat(row, column)])
          }
      }
    }
  })
})

describe("annotate", () => {
  it("puts each finding on its cell, highlights it, and lists every finding on a sheet with links", async () => {
    const report = Synthetic.report({ seed: 2, rows: 3 })
    const bytes = await edit(await Write.report(report), (wb) => {
      // V08 above V07 breaks I08 (verified: an error); I07 (inferred) gives an assumed warning
      wb.getWorksheet("Việc")!.getCell("K9").value = report.cases.rows[1]!.V07 + 5
      wb.getWorksheet("Việc")!.getCell("D10").value = "1.000"
    })
    const { bytes: out, result } = await Annotate.annotate(bytes, { file: "x.xlsx" })
    expect(result.valid).toBe(false)
    const wb = await open(out)
    const ws = wb.getWorksheet("Việc")!
    const k9 = JSON.stringify(ws.getCell("K9").note ?? ws.getCell("P9").note)
    expect(k9.length).toBeGreaterThan(10)
    const flagged = result.findings.filter((f) => f.location.sheet === "Việc" && f.location.cell !== undefined)
    for (const f of flagged) {
      const c = ws.getCell(f.location.cell!)
      expect(c.note).toBeDefined()
      expect((c.fill as { fgColor?: { argb?: string } }).fgColor?.argb).toMatch(/^FF(FFC7CE|FFEB9C|DDEBF7)$/)
    }
    expect(JSON.stringify(ws.getCell("D10").note)).toContain("workbook-text-number")
    const sheet = wb.getWorksheet("Phát hiện")!
    expect(sheet).toBeDefined()
    expect(sheet.getCell("C4").value).toBe("Mã phát hiện")
    expect(sheet.lastRow?.number).toBe(4 + result.findings.length)
    const links = result.findings.map((_, i) => sheet.getCell(`D${5 + i}`).value).filter((v) => v !== null)
    expect(links.length).toBe(result.findings.filter((f) => f.location.cell !== undefined).length)
    // The annotated copy still reads as the same report and can be annotated again.
    const again = await Annotate.annotate(out)
    expect(again.result.findings.length).toBe(result.findings.length)
    expect((await open(again.bytes)).worksheets.filter((w) => w.name === "Phát hiện")).toHaveLength(1)
  })

  it("annotating again after a correction removes the earlier notes and highlights, and keeps the users' own", async () => {
    const report = Synthetic.report({ seed: 4, rows: 3 })
    const wrong = report.cases.rows[1]!.V13 + 7
    const bytes = await edit(await Write.report(report), (wb) => {
      const ws = wb.getWorksheet("Việc")!
      ws.getCell("P9").value = wrong // V13 of the second row
      ws.getCell("B8").note = "ghi chú của người dùng"
    })
    const first = await Annotate.annotate(bytes)
    expect(JSON.stringify((await open(first.bytes)).getWorksheet("Việc")!.getCell("P9").note)).toContain(
      "identity-violated"
    )
    const fixed = await edit(first.bytes, (wb) => {
      wb.getWorksheet("Việc")!.getCell("P9").value = report.cases.rows[1]!.V13
    })
    const second = await Annotate.annotate(fixed)
    const ws = (await open(second.bytes)).getWorksheet("Việc")!
    expect(second.result.findings.filter((f) => f.location.cell === "P9")).toEqual([])
    expect(ws.getCell("P9").note).toBeUndefined()
    expect((ws.getCell("P9").fill as { fgColor?: { argb?: string } } | undefined)?.fgColor?.argb).not.toBe(
      Annotate.colours.error
    )
    expect(JSON.stringify(ws.getCell("B8").note)).toContain("ghi chú của người dùng")
  })

  it("keeps a user's own sheet named like the findings sheet", async () => {
    const bytes = await edit(await Write.report(Synthetic.report({ seed: 5, rows: 1 })), (wb) => {
      wb.addWorksheet("Phát hiện").getCell("A1").value = "ghi chép riêng"
    })
    const wb = await open((await Annotate.annotate(bytes)).bytes)
    expect(wb.getWorksheet("Phát hiện")!.getCell("A1").value).toBe("ghi chép riêng")
    expect(wb.getWorksheet("Phát hiện (thads)")).toBeDefined()
  })

  it("check and annotate agree", async () => {
    const bytes = await Write.report(Synthetic.report({ seed: 9, rows: 2 }))
    const a = await Check.check(bytes)
    const b = await Annotate.annotate(bytes)
    expect(b.result.findings).toEqual(a.findings)
  })
})
