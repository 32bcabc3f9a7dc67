/**
 * Work bounded by the input: no recursion, spread or apply over input-sized
 * arrays. A 30 KB report whose tables have 5,000 empty rows (150,000
 * findings) goes through `thads check` in text and JSON without "Maximum call
 * stack size exceeded"; a deeply nested document is a decoding problem.
 */
import { spawnSync } from "node:child_process"
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { fileURLToPath } from "node:url"
import { afterAll, describe, expect, it } from "vitest"

const root = fileURLToPath(new URL("../../../", import.meta.url))
const dir = mkdtempSync(join(tmpdir(), "thads-size-"))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const thads = (...args: ReadonlyArray<string>) => {
  const r = spawnSync(process.execPath, [`${root}node_modules/.bin/thads`, ...args], {
    encoding: "utf8",
    cwd: root,
    maxBuffer: 1024 * 1024 * 1024
  })
  return { code: r.status, stdout: r.stdout, stderr: r.stderr }
}

describe("input-sized arrays", () => {
  const report = JSON.parse(readFileSync(`${root}examples/report-consistent.json`, "utf8"))
  report.cases.rows = Array.from({ length: 5000 }, () => ({}))
  report.money.rows = Array.from({ length: 5000 }, () => ({}))
  const file = join(dir, "empty-rows.json")
  writeFileSync(file, JSON.stringify(report))

  it("5,000 empty rows: text output, exit 1, every finding listed", () => {
    const r = thads("check", file, "--lang", "en")
    expect(r.stderr).toBe("")
    expect(r.code).toBe(1)
    expect(r.stdout).toContain("150000 errors")
    expect(r.stdout).toContain("/cases/rows/4999/V14  [report-missing-field]")
  })

  it("5,000 empty rows: JSON output, exit 1, one document", () => {
    const r = thads("check", file, "--format", "json")
    expect(r.stderr).toBe("")
    expect(r.code).toBe(1)
    const out = JSON.parse(r.stdout)
    expect(out.valid).toBe(false)
    expect(out.stats.findings.error).toBe(150000)
  })

  it("100,000 levels of nesting: a not-json problem, no crash", () => {
    const deep = join(dir, "deep.json")
    writeFileSync(deep, `${"[".repeat(100_000)}${"]".repeat(100_000)}`)
    const r = thads("check", deep, "--format", "json")
    expect(r.stderr).toBe("")
    expect(r.code).toBe(1)
    expect(JSON.parse(r.stdout).findings[0].code).toMatch(/^report-(not-json|wrong-type)$/)
  })
})
