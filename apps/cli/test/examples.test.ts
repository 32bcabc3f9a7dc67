/**
 * The samples agree: examples/ledger-sample.json and .csv are generated from
 * one source (tools/fixtures, `npm run examples`) and aggregate to the same
 * report through `thads ledger report`.
 */
import { spawnSync } from "node:child_process"
import { readFileSync } from "node:fs"
import { fileURLToPath } from "node:url"
import { describe, expect, it } from "vitest"

const root = fileURLToPath(new URL("../../../", import.meta.url))
const thads = (...args: ReadonlyArray<string>) => {
  const r = spawnSync(process.execPath, [`${root}node_modules/.bin/thads`, ...args], { encoding: "utf8", cwd: root })
  return { code: r.status, stdout: r.stdout, stderr: r.stderr }
}

describe("examples/ledger-sample.*", () => {
  it("are what the generator writes (npm run examples)", () => {
    // The generator (tools/fixtures, TypeScript run by Node) in its own process.
    const r = spawnSync(
      process.execPath,
      [
        "--input-type=module",
        "-e",
        'import { ledgerSample } from "./tools/fixtures/src/ledgerSample.ts"; process.stdout.write(JSON.stringify(ledgerSample()))'
      ],
      { encoding: "utf8", cwd: root }
    )
    expect(r.stderr).toBe("")
    const { json, csv } = JSON.parse(r.stdout)
    expect(readFileSync(`${root}examples/ledger-sample.json`, "utf8")).toBe(json)
    expect(readFileSync(`${root}examples/ledger-sample.csv`, "utf8")).toBe(csv)
  })

  it.each([
    [2023, 12],
    [2023, 6],
    [2022, 12]
  ])("aggregate to the same report (%i, %i months)", (year, months) => {
    const run = (file: string) => {
      const r = thads("ledger", "report", file, "--year", String(year), "--months", String(months), "--json")
      expect(r.stderr).toBe("")
      expect(r.code).toBe(0)
      return JSON.parse(r.stdout)
    }
    const fromJson = run("examples/ledger-sample.json")
    const { notRecorded, ...fromCsv } = run("examples/ledger-sample.csv")
    expect(fromCsv).toEqual(fromJson)
    // The lines a CSV ledger cannot give (from events it does not keep) are named, not counted as zeros.
    expect(notRecorded).toEqual(["auctionedNotHandedOver", "stateCompensationOpen", "complaints"])
    expect(fromJson.notRecorded).toBeUndefined()
    expect(fromJson.report.header.unitId).toBe("chi-cuc-go-dau")
    expect(fromJson.report.cases.total.V03).toBeGreaterThan(0)
  })
})
