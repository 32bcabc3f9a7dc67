/**
 * The Office.js adapter of the grid port against office-addin-mock: the
 * workbook written by @thads/xlsx for a report with mistakes, loaded into a
 * mocked Excel, reads to the same report, cell map and reading notes as
 * through the ExcelJS adapter; the check finds the same findings at the
 * same cells; annotating through Office.js writes the same notes and
 * highlights as core's reference grid (MemoryGrid) given the same cells,
 * removes the previous ones and keeps the user's own. (The reference is
 * MemoryGrid, not ExcelGrid: annotating through ExcelGrid also paints cells
 * without findings — ExcelJS shares style objects between cells — a bug of
 * @thads/xlsx reported to its owner.)
 */
import { readFileSync } from "node:fs"
import { Decode, MemoryGrid, type Report, ReportAnnotation, ReportCheck, ReportReader } from "@thads/core"
import { ExcelGrid, Write } from "@thads/xlsx"
import ExcelJS from "exceljs"
import { beforeAll, describe, expect, it } from "vitest"
import * as OfficeGrid from "../../src/grid/OfficeGrid.js"
import * as MockExcel from "../../src/testing/MockExcel.js"

const example = (name: string) =>
  JSON.parse(readFileSync(new URL(`../../../../examples/${name}`, import.meta.url), "utf8")) as unknown

const workbookOf = async (report: Report.Report) => {
  const wb = new ExcelJS.Workbook()
  await wb.xlsx.load(Buffer.from(await Write.report(report)) as never)
  return wb
}

let report: Report.Report
beforeAll(() => {
  const decoded = Decode.decode(example("report-with-mistakes.json"))
  if (decoded._tag !== "Success") throw new Error("the example report with mistakes should decode")
  report = decoded.success.report
})

/** Every JSON Pointer of a read report (header fields, every row value). */
const pointers = (input: Record<string, unknown>): Array<string> => {
  const out: Array<string> = []
  const walk = (u: unknown, path: string) => {
    if (u !== null && typeof u === "object") {
      for (const [k, v] of Object.entries(u)) walk(v, `${path}/${k}`)
    } else out.push(path)
  }
  walk(input, "")
  return out
}

describe("OfficeGrid over office-addin-mock", () => {
  it("reads the same report, cell map and notes as the ExcelJS adapter", async () => {
    const wb = await workbookOf(report)
    // A number typed as text and a formula in an input cell: the reading notes must agree too.
    wb.getWorksheet("Việc")!.getCell("E8").value = "1.234"
    const excel = ExcelGrid.fromWorkbook(wb)
    const mock = MockExcel.make(MockExcel.sheetsOf(excel))
    const office = await mock.run((context) => OfficeGrid.load(context))
    expect(mock.syncs()).toBe(3) // names; used ranges; fills, merges and notes (no note yet)
    const a = ReportReader.read(excel, { file: "bao-cao.xlsx" })
    const b = ReportReader.read(office, { file: "bao-cao.xlsx" })
    expect(b.input).toEqual(a.input)
    expect(b.rows).toEqual(a.rows)
    expect(b.notes).toEqual(a.notes)
    expect(a.notes.map((n) => n.code)).toContain("workbook-text-number")
    const all = pointers(a.input)
    expect(all.length).toBeGreaterThan(100)
    for (const p of all) expect(b.locate(p), p).toEqual(a.locate(p))
  })

  it("the check finds the same findings at the same cells", async () => {
    const wb = await workbookOf(report)
    const excel = ExcelGrid.fromWorkbook(wb)
    const office = await MockExcel.make(MockExcel.sheetsOf(excel)).run((c) => OfficeGrid.load(c))
    const check = (grid: Parameters<typeof ReportReader.read>[0]) => {
      const r = ReportReader.read(grid)
      return ReportCheck.check(r.input, { source: { locate: r.locate } }).findings
    }
    const fa = check(excel)
    const fb = check(office)
    expect(fb).toEqual(fa)
    expect(fa.filter((f) => f.severity === "error").length).toBeGreaterThan(0)
    expect(fa.some((f) => f.location.cell !== undefined)).toBe(true)
  })

  it("annotates like core's reference grid, in one sync; re-annotating removes ours and keeps the user's note", async () => {
    const wb = await workbookOf(report)
    wb.getWorksheet("Việc")!.getCell("B8").note = "ghi chú của người dùng"
    const excel = ExcelGrid.fromWorkbook(wb)
    const cells = MockExcel.sheetsOf(excel)
    const mock = MockExcel.make(cells)
    const reference = MemoryGrid.make(cells)
    const read = ReportReader.read(excel)
    const findings = ReportCheck.check(read.input, { source: { locate: read.locate } }).findings
    ReportAnnotation.annotate(reference, findings, read.layout.findingsSheet)

    const before = mock.syncs()
    await mock.run(async (context) => {
      const grid = await OfficeGrid.load(context)
      ReportAnnotation.annotate(grid, findings, read.layout.findingsSheet)
      expect(grid.pending()).toBeGreaterThan(0)
      await grid.flush()
    })
    expect(mock.syncs() - before).toBe(5) // 4 to load (the note has a location), 1 to write everything
    const annotated = MockExcel.sheetsOf(reference)
    const cellsWith = (sheets: ReadonlyArray<MemoryGrid.SheetData>, key: "note" | "fill") =>
      Object.fromEntries(
        sheets
          .filter((s) => s.name === "Việc" || s.name === "Tiền" || s.name === "Báo cáo")
          .map((s) => [
            s.name,
            Object.fromEntries(Object.entries(s.cells).flatMap(([k, c]) => (c[key] === undefined ? [] : [[k, c[key]]])))
          ])
      )
    expect(cellsWith(mock.snapshot(), "note")).toEqual(cellsWith(annotated, "note"))
    expect(cellsWith(mock.snapshot(), "fill")).toEqual(cellsWith(annotated, "fill"))
    const findingsSheet = mock.snapshot().find((s) => s.name === read.layout.findingsSheet)
    expect(findingsSheet?.cells.A1?.value).toEqual({ _tag: "string", value: ReportAnnotation.title })

    // Fix nothing, annotate again: the same marks, no duplicates; the user's note stays once.
    await mock.run(async (context) => {
      const grid = await OfficeGrid.load(context)
      ReportAnnotation.annotate(grid, findings, read.layout.findingsSheet)
      await grid.flush()
    })
    expect(cellsWith(mock.snapshot(), "note")).toEqual(cellsWith(annotated, "note"))
    const userNote = mock.snapshot().find((s) => s.name === "Việc")!.cells.B8!.note!
    expect(userNote.startsWith("ghi chú của người dùng")).toBe(true)
    expect(userNote.split("ghi chú của người dùng").length).toBe(2)
    expect(mock.snapshot().filter((s) => s.name.startsWith(read.layout.findingsSheet)).length).toBe(1)
  })

  it("an empty sheet and a workbook without the report read as such", async () => {
    const mock = MockExcel.make([{ name: "Sheet1", cells: {} }])
    const grid = await mock.run((c) => OfficeGrid.load(c))
    expect(grid.sheetNames).toEqual(["Sheet1"])
    expect(grid.sheet("Sheet1")!.usedRange).toBeUndefined()
    expect(() => ReportReader.read(grid)).toThrow(/Báo cáo/)
  })
})
