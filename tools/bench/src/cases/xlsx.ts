/**
 * Reading a 1,000-row statistical report workbook (issue #7): `Read.read` of
 * @thads/xlsx (inspection of the zip — central directory, capped inflate of
 * every entry, cell count — then ExcelJS load, then the layout walk into the
 * canonical report and its cell map), and the same plus `ReportCheck.check`,
 * as a ratio to ExcelJS's bare `xlsx.load` of the same bytes. A pool of 4
 * workbooks (1,000 rows in each table) with different seeds.
 *
 * ExcelJS loads asynchronously: this is an `AsyncCase` of the harness (each
 * call awaited), with slices of at least 1 s since one load takes ≈ 0.3 s.
 * Built on first use; @thads/xlsx is built first if its dist is absent.
 */
import { execFileSync } from "node:child_process"
import { existsSync } from "node:fs"
import { fileURLToPath } from "node:url"
import { Synthetic } from "@thads/core/testing"
import type { AsyncCase } from "../Harness.ts"

/** The name the case is selected by (`--case xlsx`). */
export const xlsxReadName = "xlsx: read a 1,000-row report workbook"

const ROWS = 1000
const POOL = 4

/** Builds the case: the workbooks, and the alternatives. */
export const xlsxRead = async (): Promise<AsyncCase> => {
  const root = fileURLToPath(new URL("../../../../", import.meta.url))
  if (!existsSync(`${root}packages/xlsx/dist/index.js`)) {
    execFileSync("npx", ["nx", "run", "@thads/xlsx:build", "--output-style=static"], { cwd: root, stdio: "ignore" })
  }
  const { Check, Read, Write } = await import("@thads/xlsx")
  const ExcelJS = (await import("exceljs")).default
  const books: Array<Buffer> = []
  for (let i = 0; i < POOL; i++)
    books.push(Buffer.from(await Write.report(Synthetic.report({ seed: i + 1, rows: ROWS }))))
  let i = 0
  const next = () => books[i++ % POOL]!
  const kb = books.reduce((a, b) => a + b.length, 0) / POOL / 1024
  return {
    async: true,
    minSliceMs: 1000,
    name: `${xlsxReadName} (${kb.toFixed(0)} KB, ${ROWS} rows × 2 tables)`,
    unit: "workbooks",
    baseline: {
      name: "ExcelJS xlsx.load",
      run: () => new ExcelJS.Workbook().xlsx.load(next() as never),
      ops: 1
    },
    candidates: [
      { name: "Read.read (inspect + load + layout → report + cell map)", run: () => Read.read(next()), ops: 1 },
      { name: "Check.check (read + ReportCheck)", run: () => Check.check(next()), ops: 1 }
    ],
    goal: "≥ 0.8"
  }
}
