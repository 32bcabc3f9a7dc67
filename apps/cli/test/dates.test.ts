/**
 * Dates through the binary: a report's submittedAt, a submissions file (for
 * `thads obligations --submissions` and in a `--context` directory) and a
 * ledger: impossible dates and repeated keys are problems at their pointers.
 */
import { spawnSync } from "node:child_process"
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { fileURLToPath } from "node:url"
import { afterAll, describe, expect, it } from "vitest"
import { decodeSubmissions } from "../src/commands/directive.js"

const root = fileURLToPath(new URL("../../../", import.meta.url))
const dir = mkdtempSync(join(tmpdir(), "thads-dates-"))
afterAll(() => rmSync(dir, { recursive: true, force: true }))
const thads = (...args: ReadonlyArray<string>) => {
  const r = spawnSync(process.execPath, [`${root}node_modules/.bin/thads`, ...args], { encoding: "utf8", cwd: root })
  return { code: r.status, stdout: r.stdout, stderr: r.stderr }
}

describe("dates and repeated keys through thads", () => {
  it("check: submittedAt +25:00, 2023-02-30, hour 24 are findings at /header/submittedAt", () => {
    const report = JSON.parse(readFileSync(`${root}examples/report-consistent.json`, "utf8"))
    for (const v of ["2022-04-05T10:00:00+25:00", "2023-02-30T10:00:00+07:00", "2022-04-05T24:00:00+07:00"]) {
      report.header.submittedAt = v
      const f = join(dir, "r.json")
      writeFileSync(f, JSON.stringify(report))
      const r = thads("check", f, "--format", "json")
      expect(r.code).toBe(1)
      const out = JSON.parse(r.stdout)
      expect(out.findings.map((x: { code: string; location: { path: string } }) => [x.code, x.location.path])).toEqual([
        ["report-bad-date-time", "/header/submittedAt"]
      ])
    }
  })

  it("check: a repeated key is a finding at its pointer", () => {
    const text = readFileSync(`${root}examples/report-consistent.json`, "utf8").replace(
      '"year":',
      '"year": 2019, "year":'
    )
    const f = join(dir, "dup.json")
    writeFileSync(f, text)
    const r = thads("check", f, "--format", "json")
    expect(r.code).toBe(1)
    expect(JSON.parse(r.stdout).findings[0]).toMatchObject({
      code: "report-duplicate-key",
      location: { path: "/header/year" }
    })
  })

  it("submissions: every problem at its pointer", () => {
    const r = decodeSubmissions({
      submissions: [
        { obligationId: "a", submittedOn: "2023-02-30" },
        { kind: "hearing", owner: "A05", periodEnd: "2022-13-31", submittedOn: "2022-04-29" },
        { obligationId: "b", submittedOn: "2022-04-29", extra: 1 },
        { obligationId: "c" }
      ]
    })
    expect(r._tag === "Failure" && r.problems.map((p) => p.path)).toEqual([
      "/submissions/0/submittedOn",
      "/submissions/1/periodEnd",
      "/submissions/1",
      "/submissions/2/extra",
      "/submissions/3/submittedOn"
    ])
    expect(decodeSubmissions([{ obligationId: "a", submittedOn: "2024-02-29" }])._tag).toBe("Success")
  })

  it("obligations --submissions and check --context: a bad submissions file is one line, exit 2", () => {
    const ctx = join(dir, "ctx")
    mkdirSync(ctx)
    writeFileSync(
      join(ctx, "submissions.json"),
      '{"submissions":[{"obligationId":"x","submittedOn":"2022-02-10","submittedOn":"2022-02-30"}]}'
    )
    const o = thads(
      "obligations",
      "--from",
      "2021-10-01",
      "--to",
      "2022-09-30",
      "--submissions",
      join(ctx, "submissions.json"),
      "--lang",
      "en"
    )
    expect(o.code).toBe(2)
    expect(o.stderr.trim().split("\n")).toHaveLength(1)
    expect(o.stderr).toContain("/submissions/0/submittedOn")
    const c = thads("check", "examples/report-consistent.json", "--context", ctx, "--lang", "en")
    expect(c.code).toBe(2)
    expect(c.stderr.trim().split("\n")).toHaveLength(1)
    expect(c.stderr).toContain("more than once")
    writeFileSync(join(ctx, "submissions.json"), "not json")
    expect(thads("check", "examples/report-consistent.json", "--context", ctx).code).toBe(2)
  })

  it("ledger report: an impossible date in a CSV ledger, with its line", () => {
    const csv = readFileSync(`${root}examples/ledger-sample.csv`, "utf8").split("\n")
    csv[1] = csv[1]!.replace(/\d{4}-\d{2}-\d{2}/, "2023-02-30")
    const f = join(dir, "l.csv")
    writeFileSync(f, csv.join("\n"))
    const r = thads("ledger", "report", f, "--year", "2022", "--months", "12", "--json")
    expect(r.code).toBe(1)
    expect(JSON.parse(r.stdout).problems[0]).toMatchObject({ path: "/cases/0/decision/date", line: 2 })
  })
})
