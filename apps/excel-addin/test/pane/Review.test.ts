/**
 * What the pane computes from a grid, without a browser: the check through
 * core's pipeline with the findings on their cells, the KPIs with targets,
 * the unit's next deadlines (level carried to its successor after 1/7/2025),
 * and a workbook with no report.
 */
import { readFileSync } from "node:fs"
import { CivilDate, Decode, MemoryGrid, ReportingDeadline } from "@thads/core"
import { ExcelGrid, Write } from "@thads/xlsx"
import ExcelJS from "exceljs"
import { describe, expect, it } from "vitest"
import * as Review from "../../src/pane/Review.js"
import * as Texts from "../../src/pane/Texts.js"

const gridOf = async (name: string) => {
  const decoded = Decode.decode(
    JSON.parse(readFileSync(new URL(`../../../../examples/${name}`, import.meta.url), "utf8"))
  )
  if (decoded._tag !== "Success") throw new Error(`${name} should decode`)
  const wb = new ExcelJS.Workbook()
  await wb.xlsx.load(Buffer.from(await Write.report(decoded.success.report)) as never)
  return ExcelGrid.fromWorkbook(wb)
}

describe("Review.review", () => {
  it("a report with mistakes: errors at their cells, KPIs with the 2023 target, the unit's next deadlines", async () => {
    const r = Review.review(await gridOf("report-with-mistakes.json"), CivilDate.make("2023-10-02"), "bao-cao.xlsx")
    expect(r._tag).toBe("Checked")
    if (r._tag !== "Checked") return
    expect(r.result.valid).toBe(false)
    const errors = Review.bySeverity(r.result.findings).error
    expect(errors.length).toBeGreaterThan(0)
    for (const f of errors.filter((e) => e.code === "identity-violated")) {
      expect(f.location.sheet).toMatch(/^(Việc|Tiền)$/)
      expect(f.location.cell).toMatch(/^[A-Z]+\d+$/)
      expect(f.location.file).toBe("bao-cao.xlsx")
    }
    expect(r.kpis.map((k) => k.id)).toEqual([
      "completion-rate-cases",
      "enforceable-share-cases",
      "target-attainment-cases",
      "completion-rate-money",
      "enforceable-share-money",
      "target-attainment-money"
    ])
    const target = r.kpis.find((k) => k.id === "target-attainment-cases")!
    expect(target.target?.value).toBe(82.6) // Tây Ninh's own 2023 target
    // cuc on 2/10/2023: the 12-month report is due within the next working days
    expect(r.deadlines.length).toBeGreaterThan(0)
    expect(r.deadlines.every((d) => d.level === "cuc" && d.deadline >= "2023-10-02")).toBe(true)
    expect(r.deadlines[0]!.deadline).toBe(ReportingDeadline.deadline({ year: 2023, months: 12 }, "cuc").deadline)
  })

  it("a consistent report is valid", async () => {
    const r = Review.review(await gridOf("report-consistent.json"), CivilDate.make("2023-10-02"))
    expect(r._tag === "Checked" && r.result.stats.findings.error).toBe(0)
  })

  it("a workbook without the report layout says so in both languages", () => {
    const r = Review.review(MemoryGrid.make([{ name: "Sheet1", cells: {} }]), CivilDate.make("2023-10-02"))
    expect(r._tag).toBe("NoReport")
    if (r._tag === "NoReport") {
      expect(r.text.vi).toContain("Báo cáo")
      expect(r.text.en).toContain("Báo cáo")
    }
  })

  it("the level moves to its successor after the 2025 reorganisation", () => {
    expect(Review.levelOn("cuc", CivilDate.make("2025-06-30"))).toBe("cuc")
    expect(Review.levelOn("cuc", CivilDate.make("2025-07-01"))).toBe("thads-tinh")
    expect(Review.levelOn("chi-cuc", CivilDate.make("2026-01-05"))).toBe("phong-khu-vuc")
    expect(Review.levelOn("huyện", CivilDate.make("2026-01-05"))).toBeUndefined()
  })

  it("the pane's language follows the Office display language", () => {
    expect(Texts.fromDisplayLanguage("vi-VN")).toBe("vi")
    expect(Texts.fromDisplayLanguage("en-GB")).toBe("en")
    expect(Texts.fromDisplayLanguage("de-DE")).toBe("en")
    expect(Texts.of("vi").mark).toBe("Đánh dấu")
  })
})
