import { describe, expect, it } from "vitest"
import { Decode, type Finding, FormError, Grid, MemoryGrid, ReportAnnotation, ReportReader } from "../../src/index.js"
import * as Synthetic from "../../src/statistics/Synthetic.js"
import { gridOf, num, str } from "./gridFixture.js"

const report = Synthetic.report({ seed: 3, rows: 3 })

describe("ReportReader on an in-memory grid", () => {
  it("reads the report back, with its cell map and no notes", () => {
    const r = ReportReader.read(gridOf(report))
    const d = Decode.decode(r.input)
    expect(d._tag === "Success" && d.success.report).toEqual(report)
    expect(r.notes).toEqual([])
    expect(r.locate("/cases/rows/1/V08")).toEqual({ sheet: "Việc", cell: "K9" })
    expect(r.rows.cases).toEqual([8, 9, 10])
  })

  it("notes text numbers, formulas in input cells, merged cells and dates, at their cells", () => {
    const grid = gridOf(report)
    const cases = grid.sheet("Việc")!
    cases.setValue(8, 4, str(report.cases.rows[0]!.V01.toLocaleString("vi-VN")))
    cases.setFormula(9, 4, "1+1", num(report.cases.rows[1]!.V01))
    cases.merge({ top: 10, left: 5, bottom: 10, right: 6 })
    const head = grid.sheet("Báo cáo")!
    head.setValue(11, 2, num(Grid.serialOf(Date.UTC(2023, 9, 5, 9, 0))))
    head.setNumberFormat(11, 2, "dd/mm/yyyy hh:mm")
    const r = ReportReader.read(grid)
    expect(r.notes.map((n) => [n.code, n.location.cell])).toEqual([
      ["workbook-date-as-text", "B11"],
      ["workbook-text-number", "D8"],
      ["workbook-formula-in-input", "D9"],
      ["workbook-merged-cell", "F10"],
      ["workbook-derived-computed", "F10"] // F is V03, a derived cell: computed from the row
    ])
    expect((r.input["header"] as Record<string, unknown>)["submittedAt"]).toBe("2023-10-05T09:00:00+07:00")
  })

  it("refuses a grid without the sheets as a tagged FormError", () => {
    try {
      ReportReader.read(MemoryGrid.make([{ name: "Sheet1", cells: {} }]), { file: "x.xlsx" })
      expect.unreachable()
    } catch (e) {
      expect(FormError.isFormError(e)).toBe(true)
      expect((e as FormError.FormError)._tag).toBe("FormError")
      expect((e as FormError.FormError).code).toBe("missing-sheet")
    }
  })
})

describe("ReportAnnotation on an in-memory grid", () => {
  it("writes notes and fills, and a second run replaces the first and keeps the users' notes", () => {
    const grid = gridOf(report)
    grid.sheet("Việc")!.setNote(8, 11, "ghi chú của người dùng")
    const finding: Finding.Finding = {
      code: "identity-violated",
      severity: "error" as const,
      ruleId: "identity/I13",
      citation: { document: "tt-06-2019-btp" },
      message: { vi: "sai", en: "wrong" },
      location: { path: "/cases/rows/0/V08", sheet: "Việc", cell: "K8" }
    }
    ReportAnnotation.annotate(grid, [finding], "Phát hiện")
    ReportAnnotation.annotate(grid, [finding], "Phát hiện")
    const ws = grid.sheet("Việc")!
    const note = ws.note(8, 11)!
    expect(note.startsWith("ghi chú của người dùng\n\nthads ▸")).toBe(true)
    expect(note.split(ReportAnnotation.marker).length).toBe(2)
    expect(ws.fill(8, 11)).toBe(ReportAnnotation.colours.error)
    expect(grid.sheetNames.filter((n) => n.startsWith("Phát hiện"))).toEqual(["Phát hiện"])
    expect(grid.sheet("Phát hiện")!.value(5, 3)).toEqual(str("identity-violated"))
  })
})
