/**
 * Memory is bounded by the input limits: the `thads` binary under a low
 * `--max-old-space-size` on inputs at the limits — a 64 MiB report (the read
 * limit) of empty objects, a report of 20,000 rows per table (the row
 * limit), a workbook just under the cell limit, and a 14 KB workbook whose
 * defined name spans a whole sheet — ends with its exit code and its one
 * JSON document or one line, never out of memory.
 */
import { closeSync, mkdtempSync, openSync, rmSync, writeFileSync, writeSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { Synthetic } from "@thads/core/testing"
import { Write } from "@thads/xlsx"
import { afterAll, describe, expect, it } from "vitest"
import { contractProblem, thads } from "../src/Binary.ts"
import { Zip } from "@thads/xlsx/testing"

const dir = mkdtempSync(join(tmpdir(), "thads-memory-"))
afterAll(() => rmSync(dir, { recursive: true, force: true }))
const heap = (mb: number) => [`--max-old-space-size=${mb}`]

/** A workbook template with one part's XML edited. */
const workbook = async (part: RegExp, f: (xml: string) => string): Promise<Uint8Array> =>
  Zip.zip(
    Zip.unzip(await Write.template({ unitId: "u", year: 2024, months: 6, rows: 2 })).map((e) =>
      part.test(e.name) ? { name: e.name, data: Buffer.from(f(e.data.toString("utf8")), "utf8") } : e
    )
  )

describe("memory bounded by the input limits", () => {
  it("a 64 MiB report of 22 million empty objects: refused before parsing, under a 192 MB heap", () => {
    const f = join(dir, "empty64.json")
    const fd = openSync(f, "w")
    writeSync(fd, '{"header":{},"money":{},"cases":{"total":{},"rows":[')
    const chunk = "{},".repeat(100_000)
    for (let i = 0; i < 223; i++) writeSync(fd, chunk)
    writeSync(fd, "{}]}}")
    closeSync(fd)
    const r = thads(["check", f, "--format", "json"], heap(192))
    expect(contractProblem(r, true)).toBeUndefined()
    expect(r.code).toBe(1)
    expect(JSON.parse(r.stdout).findings[0].code).toBe("report-too-many-rows")
  })

  it("20,000 rows per table (the row limit), valid and all empty, under a 256 MB heap", () => {
    const valid = join(dir, "rows.json")
    writeFileSync(valid, JSON.stringify(Synthetic.report({ seed: 3, rows: 20_000, maxAmount: 1_000_000_000 })))
    const a = thads(["check", valid, "--format", "json"], heap(256))
    expect(contractProblem(a, true)).toBeUndefined()
    expect(JSON.parse(a.stdout).stats.rows).toEqual({ cases: 20_000, money: 20_000 })
    const empty = JSON.parse(JSON.stringify(Synthetic.report({ seed: 3, rows: 1 })))
    empty.cases.rows = Array.from({ length: 20_000 }, () => ({}))
    empty.money.rows = Array.from({ length: 20_000 }, () => ({}))
    writeFileSync(join(dir, "empty.json"), JSON.stringify(empty))
    const b = thads(["check", join(dir, "empty.json"), "--format", "json"], heap(256))
    expect(contractProblem(b, true)).toBeUndefined()
    const out = JSON.parse(b.stdout)
    expect(out.stats.findings.error).toBe(10_001)
    expect(out.findings.some((x: { code: string }) => x.code === "report-too-many-problems")).toBe(true)
  })

  it("a workbook just under the cell limit (962,000 merged cells) under a 512 MB heap", async () => {
    const f = join(dir, "merged.xlsx")
    writeFileSync(
      f,
      await workbook(/sheet2\.xml$/, (x) =>
        x.replace("</sheetData>", '</sheetData><mergeCells count="1"><mergeCell ref="AA100:AZ37099"/></mergeCells>')
      )
    )
    const r = thads(["check", f, "--format", "json"], heap(512))
    expect(contractProblem(r, true)).toBeUndefined()
    expect([0, 1]).toContain(r.code)
  })

  it("a 14 KB workbook with a defined name spanning a whole sheet: one line, exit 2, under a 192 MB heap", async () => {
    const bytes = await workbook(/^xl\/workbook\.xml$/, (x) =>
      x.replace(
        "</sheets>",
        "</sheets><definedNames><definedName name=\"all\">'Việc'!$A$1:$XFD$1048576</definedName></definedNames>"
      )
    )
    expect(bytes.length).toBeLessThan(20_000)
    const f = join(dir, "named.xlsx")
    writeFileSync(f, bytes)
    const r = thads(["check", f, "--format", "json", "--lang", "en"], heap(192))
    expect(contractProblem(r, true)).toBeUndefined()
    expect(r.code).toBe(2)
    expect(r.stderr).toContain("more than 1,000,000 cells")
  })
})
