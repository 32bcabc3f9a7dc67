import { describe, expect, it } from "vitest"
import { Decode, MemoryGrid, ReportReader, ReportWriter } from "../../src/index.js"
import * as Synthetic from "../../src/statistics/Synthetic.js"

const written = (content: ReportWriter.Content) => {
  const grid = MemoryGrid.make()
  ReportWriter.write(grid, content)
  return grid
}

describe("ReportWriter on the grid port (in memory)", () => {
  it("writes a report that reads back as the same report", () => {
    for (const seed of [1, 2, 3]) {
      const report = Synthetic.report({ seed, rows: 4 })
      const d = Decode.decode(ReportReader.read(written(ReportWriter.reportContent(report))).input)
      expect(d._tag === "Success" && d.success.report).toEqual(report)
    }
  })

  it("keeps a mistake: a derived cell that disagrees is the report's number, not a formula", () => {
    const report = Synthetic.report({ seed: 4, rows: 2 })
    const wrong = { ...report.cases.rows[0]!, V03: report.cases.rows[0]!.V03 + 1 }
    const bad = { ...report, cases: { ...report.cases, rows: [wrong, report.cases.rows[1]!] } }
    const grid = written(ReportWriter.reportContent(bad))
    const f8 = MemoryGrid.cell(grid, "Việc", "F8")!
    expect(f8.formula).toBeUndefined()
    expect(f8.value).toEqual({ _tag: "number", value: wrong.V03 })
    expect(f8.locked).toBe(false)
    expect(MemoryGrid.cell(grid, "Việc", "F9")).toMatchObject({ formula: "D9+E9", locked: true, fill: "FFF2F2F2" })
    const d = Decode.decode(ReportReader.read(grid).input)
    expect(d._tag === "Success" && d.success.report).toEqual(bad)
  })

  it("a template: labels, formats, validation, formulas, locked formula cells on protected sheets", () => {
    const grid = written(
      ReportWriter.templateContent({ unitId: "chi-cuc-go-dau", level: "chi-cuc", year: 2024, months: 6, rows: 2 })
    )
    expect(grid.sheetNames).toEqual(["Báo cáo", "Việc", "Tiền"])
    for (const name of grid.sheetNames) expect(MemoryGrid.state(grid, name)?.protected).toBe(true)
    expect(MemoryGrid.state(grid, "Việc")?.frozen).toEqual({ rows: 7, columns: 3 })
    expect(MemoryGrid.cell(grid, "Việc", "D8")).toMatchObject({
      value: { _tag: "number", value: 0 },
      numberFormat: "#,##0",
      locked: false,
      validation: { _tag: "whole", min: 0, allowBlank: false }
    })
    expect(MemoryGrid.cell(grid, "Việc", "F8")).toMatchObject({ formula: "D8+E8", locked: true })
    expect(MemoryGrid.cell(grid, "Việc", "D7")).toMatchObject({ formula: "SUM(D8:D9)", locked: true })
    expect(MemoryGrid.cell(grid, "Việc", "C8")?.validation).toMatchObject({ _tag: "list", allowBlank: true })
    const read = ReportReader.read(grid)
    const d = Decode.decode(read.input)
    expect(d._tag === "Success" && d.success.report.header).toEqual({
      unitId: "chi-cuc-go-dau",
      level: "chi-cuc",
      year: 2024,
      months: 6,
      regime: "tt06-2019"
    })
  })
})
