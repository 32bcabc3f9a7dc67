/** `thads ledger report` as a function. */
import { mkdtempSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { Identity, Ledger } from "@thads/core"
import { SyntheticLedger } from "@thads/core/testing"
import { describe, expect, it } from "vitest"
import { ledgerReport } from "../src/commands/ledger.js"
import { UsageError } from "../src/Output.js"

const dir = mkdtempSync(join(tmpdir(), "thads-ledger-"))
const write = (name: string, text: string) => {
  const f = join(dir, name)
  writeFileSync(f, text)
  return f
}

describe("thads ledger report", () => {
  const ledger = SyntheticLedger.ledger({ seed: 11, cases: 300 })

  it("JSON ledger --json → a report that passes every identity, and the extra lines", () => {
    const out = ledgerReport({
      file: write("l.json", JSON.stringify(ledger)),
      year: 2024,
      months: 12,
      json: true,
      lang: "vi"
    })
    expect(out.exitCode).toBe(0)
    const j = JSON.parse(out.stdout)
    expect(j.valid).toBe(true)
    expect(j.identityFailures).toBe(0)
    expect(Identity.evaluate(j.report, { onlyFailures: true })).toEqual([])
    expect(j.report.header).toMatchObject({ year: 2024, months: 12 })
    expect(j.extra.enforceableByAge).toHaveLength(5)
  })

  it("CSV ledger, text output in both languages", () => {
    const f = write("l.csv", Ledger.toCsv({ ...ledger, cases: ledger.cases.filter((c) => c.events.length === 0) }))
    const vi = ledgerReport({ file: f, year: 2024, months: 6, json: false, lang: "vi" })
    expect(vi.stdout).toContain("V07/T07 có điều kiện")
    expect(ledgerReport({ file: f, year: 2024, months: 6, json: false, lang: "en" }).stdout).toContain(
      "V07/T07 enforceable"
    )
  })

  it("bad CSV → exit 1 and problems with line numbers", () => {
    const f = write(
      "bad.csv",
      `${Ledger.csvColumns.slice(0, 18).join(",")}\nc1,kv,chv,2024-01-15,1,on-request,,2024-01-10,,person,12abc,,,,,,0,0\n`
    )
    const out = ledgerReport({ file: f, year: 2024, months: 12, json: false, lang: "vi" })
    expect(out.exitCode).toBe(1)
    expect(out.stdout).toContain("/cases/0/amountDue")
    expect(out.stdout).toContain("dòng 2")
    const j = JSON.parse(ledgerReport({ file: f, year: 2024, months: 12, json: true, lang: "en" }).stdout)
    expect(j.problems[0]).toMatchObject({ line: 2, path: "/cases/0/amountDue" })
  })

  it("bad period → usage error", () => {
    expect(() =>
      ledgerReport({
        file: write("e.json", JSON.stringify({ unitId: "u", cases: [] })),
        year: 2024,
        months: 13,
        json: false,
        lang: "vi"
      })
    ).toThrow(UsageError)
  })
  it("a CSV ledger says which extra lines it cannot give (no events), a JSON ledger gives them", () => {
    const csvFile = write("l.csv", Ledger.toCsv(ledger))
    const jsonFile = write("l2.json", JSON.stringify(ledger))
    const text = (file: string) => ledgerReport({ file, year: 2024, months: 12, json: false, lang: "en" }).stdout
    const csvText = text(csvFile)
    expect(csvText).toContain("auctioned, not handed over: not recorded in a CSV ledger (no events)")
    expect(csvText).toContain("state-compensation claims open: not recorded in a CSV ledger (no events)")
    expect(csvText).toContain("complaints (received / open): not recorded in a CSV ledger (no events)")
    expect(text(jsonFile)).not.toContain("not recorded")
    const json = (file: string) =>
      JSON.parse(ledgerReport({ file, year: 2024, months: 12, json: true, lang: "vi" }).stdout)
    expect(json(csvFile).notRecorded).toEqual(["auctionedNotHandedOver", "stateCompensationOpen", "complaints"])
    expect(json(jsonFile).notRecorded).toBeUndefined()
  })
})
