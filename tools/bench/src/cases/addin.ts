/**
 * Issue #12: the task pane's check of a report inside Excel — the report
 * sheets loaded through the Office.js grid adapter from a mocked workbook
 * (office-addin-mock: every property loaded and synced), read by core's
 * layout-driven reader, checked by core's pipeline, with KPIs and the next
 * deadlines — for 20 and 1,000 rows per table, as a ratio to core's check
 * of the same report from its JSON text (no grid). Goals: ≤ 50 ms for 20
 * rows, ≤ 500 ms for 1,000 rows, i.e. ≥ 20 and ≥ 2 checks per second.
 *
 * The add-in's library build (apps/excel-addin/dist/lib) is made first if absent.
 */
import { execFileSync } from "node:child_process"
import { existsSync } from "node:fs"
import { fileURLToPath } from "node:url"
import { CivilDate, type Grid, type MemoryGrid, Pipeline } from "@thads/core"
import { Synthetic } from "@thads/core/testing"
import type { AsyncCase } from "../Harness.ts"

/** The name the cases are selected by (`--case add-in`). */
export const addinName = "add-in: task-pane check through the mocked Office.js grid"

interface AddIn {
  readonly MockExcel: {
    make(sheets: ReadonlyArray<MemoryGrid.SheetData>): { run<A>(f: (context: never) => Promise<A>): Promise<A> }
    sheetsOf(grid: Grid.Grid): Array<MemoryGrid.SheetData>
  }
  readonly OfficeGrid: { load(context: never, options?: { sheets?: ReadonlyArray<string> }): Promise<Grid.Grid> }
  readonly Review: { review(grid: Grid.Grid, today: CivilDate.CivilDate): { readonly _tag: string } }
}

const sheets = ["Báo cáo", "Việc", "Tiền", "Phát hiện"]

/** The cases (none when `only` selects something else). */
export const addinCases = async (only: string | undefined): Promise<ReadonlyArray<AsyncCase>> => {
  if (only !== undefined && !addinName.includes(only)) return []
  const root = fileURLToPath(new URL("../../../../", import.meta.url))
  const lib = `${root}apps/excel-addin/dist/lib/index.js`
  if (!existsSync(lib)) {
    execFileSync("npx", ["nx", "run", "@thads/excel-addin:build", "--output-style=static"], {
      cwd: root,
      stdio: "ignore"
    })
  }
  const addin = (await import(lib)) as AddIn
  const { ExcelGrid, Write } = await import("@thads/xlsx")
  const ExcelJS = (await import("exceljs")).default
  const today = CivilDate.make("2023-10-02")
  const out: Array<AsyncCase> = []
  for (const [rows, goal] of [
    [20, "≥ 20/s (≤ 50 ms)"],
    [1000, "≥ 2/s (≤ 500 ms)"]
  ] as const) {
    const report = JSON.parse(
      JSON.stringify(Synthetic.report({ seed: rows, rows, unitId: "cuc-tay-ninh", year: 2023, months: 12 }))
    )
    report.header.level = "cuc"
    report.header.submittedAt = "2023-10-05T09:00:00+07:00"
    const text = JSON.stringify(report)
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.load((await Write.report(report)) as never)
    const excel = addin.MockExcel.make(addin.MockExcel.sheetsOf(ExcelGrid.fromWorkbook(wb)))
    out.push({
      async: true,
      minSliceMs: rows > 100 ? 2000 : 0,
      name: `${addinName}, ${rows} rows × 2 tables`,
      unit: "checks",
      baseline: {
        name: "core Pipeline.checkSource of the JSON text",
        run: async () => Pipeline.checkSource({ _tag: "Json", file: "r.json", text }),
        ops: 1
      },
      candidates: [
        {
          name: "pane: OfficeGrid.load + Review.review (read, check, KPIs, deadlines)",
          run: () =>
            excel.run(async (context) => addin.Review.review(await addin.OfficeGrid.load(context, { sheets }), today)),
          ops: 1
        }
      ],
      goal
    })
  }
  return out
}
