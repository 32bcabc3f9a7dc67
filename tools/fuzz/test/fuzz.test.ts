/**
 * The seeded, smaller fuzz run of `npm test` (the full run: `npm run fuzz`):
 * malformed reports through ReportCheck.check, CSV ledgers through
 * Ledger.decodeCsv, workbooks through Read.read, and a sample through the
 * built `thads` binary — no failure in any.
 */
import { describe, expect, it } from "vitest"
import { runBinary } from "../src/Binary.ts"
import { runCsv } from "../src/Csv.ts"
import { runReports } from "../src/Reports.ts"
import { runWorkbooks } from "../src/Workbooks.ts"

const SEED = 20261129

describe("fuzz (seeded)", () => {
  it("10,000 malformed reports through ReportCheck.check", () => {
    const r = runReports(SEED, 10_000)
    expect(r.failures).toEqual([])
    expect(r.invalid).toBeGreaterThan(9_000)
  })

  it("1,000 malformed CSV ledgers through Ledger.decodeCsv", () => {
    const r = runCsv(SEED, 1_000)
    expect(r.failures).toEqual([])
    expect(r.refused).toBeGreaterThan(0)
  })

  it("24 malformed workbooks through Read.read: read, or refused with a WorkbookError", async () => {
    const r = await runWorkbooks(SEED, 24)
    expect(r.failures).toEqual([])
    expect(Object.keys(r.refused).length).toBeGreaterThan(2)
  })

  it("12 malformed inputs through the thads binary: exit 0/1 with one JSON document, or 2 with one line", async () => {
    const r = await runBinary(SEED, 12)
    expect(r.failures).toEqual([])
  })
})
