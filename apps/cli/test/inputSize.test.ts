/**
 * Work bounded by the input: no recursion, spread or apply over input-sized
 * arrays. A 30 KB report whose tables have 5,000 empty rows (150,000
 * problems: the first 10,000 listed and one finding counting the rest) goes
 * through `thads check` in text and JSON without "Maximum call stack size
 * exceeded"; a deeply nested document is a decoding problem.
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

  it("5,000 empty rows: text output, exit 1, the first 10,000 problems and a count of the rest", () => {
    const r = thads("check", file, "--lang", "en")
    expect(r.stderr).toBe("")
    expect(r.code).toBe(1)
    expect(r.stdout).toContain("10001 errors")
    expect(r.stdout).toContain("/cases/rows/665/V01  [report-missing-field]")
    expect(r.stdout).toContain("[report-too-many-problems] and 140000 more problems not listed")
  })

  it("5,000 empty rows: JSON output, exit 1, one document", () => {
    const r = thads("check", file, "--format", "json")
    expect(r.stderr).toBe("")
    expect(r.code).toBe(1)
    const out = JSON.parse(r.stdout)
    expect(out.valid).toBe(false)
    expect(out.stats.findings.error).toBe(10_001)
  })

  it("deep nesting: a decoding problem, no crash (30,000 levels parsed; 100,000 refused before parsing)", () => {
    for (const [depth, code] of [
      [30_000, /^report-(not-json|wrong-type)$/],
      [100_000, /^report-too-many-rows$/]
    ] as const) {
      const deep = join(dir, `deep${depth}.json`)
      writeFileSync(deep, `${"[".repeat(depth)}${"]".repeat(depth)}`)
      const r = thads("check", deep, "--format", "json")
      expect(r.stderr).toBe("")
      expect(r.code).toBe(1)
      expect(JSON.parse(r.stdout).findings[0].code).toMatch(code)
    }
  })
})
