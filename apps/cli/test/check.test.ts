/** `thads check` from the built binary, and `npm start`'s job. */
import { spawnSync } from "node:child_process"
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { fileURLToPath } from "node:url"
import { describe, expect, it } from "vitest"

const root = fileURLToPath(new URL("../../../", import.meta.url))
const thads = (...args: ReadonlyArray<string>) => {
  const r = spawnSync(process.execPath, [`${root}node_modules/.bin/thads`, ...args], {
    encoding: "utf8",
    cwd: root,
    maxBuffer: 64 * 1024 * 1024
  })
  return { code: r.status, stdout: r.stdout, stderr: r.stderr }
}

describe("thads check", () => {
  it("a consistent report: exit 0, the result object as JSON", () => {
    const r = thads("check", "examples/report-consistent.json", "--format", "json")
    expect(r.code).toBe(0)
    const out = JSON.parse(r.stdout)
    expect(Object.keys(out)).toEqual([
      "file",
      "valid",
      "ruleSet",
      "organization",
      "report",
      "stats",
      "kpis",
      "findings"
    ])
    expect(out.valid).toBe(true)
    expect(out.organization).toEqual({ id: "tay-ninh", asOf: "2023-09-30" })
    // --json is the same as --format json
    expect(JSON.parse(thads("check", "examples/report-consistent.json", "--json").stdout)).toEqual(out)
    expect(out.ruleSet.hash).toMatch(/^[0-9a-f]{64}$/)
    expect(out.findings[0].citation.text.vi).toBeTruthy()
  })

  it("a report with mistakes: exit 1, findings grouped by severity with citations", () => {
    const r = thads("check", "examples/report-with-mistakes.json")
    expect(r.code).toBe(1)
    expect(r.stdout).toContain("KHÔNG HỢP LỆ")
    // I07 is an inferred identity: its two violations are warnings marked as assumptions (issue #13).
    expect(r.stdout).toContain("Lỗi (9):")
    expect(r.stdout).toContain("[identity-violated] [giả định] Đẳng thức I07")
    expect(r.stdout).toContain("/cases/rows/2/V13  [identity-violated]")
    expect(r.stdout).toContain("căn cứ: Thông tư 06/2019/TT-BTP")
    const en = thads("check", "examples/report-with-mistakes.json", "--lang", "en")
    expect(en.stdout).toContain("Errors (9):")
  })

  it("a late report: report-late with the deadline", () => {
    const r = thads("check", "examples/report-late.json", "--format", "json", "--lang", "en")
    expect(r.code).toBe(1)
    const late = JSON.parse(r.stdout).findings.find((f: { code: string }) => f.code === "report-late")
    expect(late.message.en).toBe(
      "Sent on 2022-04-07, due 2022-04-04 (tt06-2019, chi-cuc): 3 working day(s) late (3 day(s))"
    )
  })

  it("several files and directories → one JSON object with a reports array and a summary", () => {
    const r = thads("check", "examples/report-consistent.json", "examples/report-late.json", "--json")
    expect(r.code).toBe(1)
    const out = JSON.parse(r.stdout)
    expect(out.reports.map((x: { file: string }) => x.file)).toEqual([
      "examples/report-consistent.json",
      "examples/report-late.json"
    ])
    expect(out.summary).toMatchObject({ reports: 2, valid: 1, invalid: 1 })
  })

  it("a context directory brings earlier reports and submissions", () => {
    const dir = mkdtempSync(join(tmpdir(), "thads-ctx-"))
    const report = JSON.parse(readFileSync(`${root}examples/report-late.json`, "utf8"))
    const earlier = structuredClone(report)
    earlier.header.months = 5
    earlier.cases.total.V02 = report.cases.total.V02 + 5 // the 5-month figure is higher: the 6-month one fell
    writeFileSync(join(dir, "earlier.json"), JSON.stringify(earlier))
    copyFileSync(`${root}examples/submissions-2022.json`, join(dir, "submissions.json"))
    const r = thads("check", "examples/report-late.json", "--context", dir, "--as-of", "2022-10-31", "--format", "json")
    const codes = JSON.parse(r.stdout).findings.map((f: { code: string }) => f.code)
    expect(codes).toContain("cumulative-decreased")
    expect(codes).toContain("obligation-late") // Gò Dầu's 4-month report in submissions-2022.json
  })

  it("a context directory's obligations.json: the obligation settings the submissions are tracked with", () => {
    const dir = mkdtempSync(join(tmpdir(), "thads-ctx-settings-"))
    copyFileSync(`${root}examples/submissions-2022.json`, join(dir, "submissions.json"))
    const adHoc = (missing: ReadonlyArray<string>) => missing.filter((m) => m.includes("ad-hoc/"))
    const missing = () => {
      const r = thads(
        "check",
        "examples/report-late.json",
        "--context",
        dir,
        "--as-of",
        "2022-10-31",
        "--format",
        "json"
      )
      return JSON.parse(r.stdout)
        .findings.filter((f: { code: string }) => f.code === "obligation-missing")
        .map((f: { message: { en: string } }) => f.message.en) as ReadonlyArray<string>
    }
    expect(adHoc(missing())).toEqual([])
    const request = {
      id: "dot-xuat-2022-05",
      owner: { unitId: "chi-cuc-go-dau" },
      recipient: { actorId: "A02" },
      title: { vi: "Báo cáo đột xuất", en: "Ad-hoc report" },
      due: "2022-05-16"
    }
    writeFileSync(join(dir, "obligations.json"), JSON.stringify({ adHoc: [request] }))
    expect(adHoc(missing())).toHaveLength(1)
    writeFileSync(join(dir, "obligations.json"), JSON.stringify({ adHoc: [{ ...request, owner: { unitId: "x" } }] }))
    const bad = thads("check", "examples/report-late.json", "--context", dir, "--lang", "en")
    expect(bad.code).toBe(2)
    expect(bad.stderr).toMatch(/does not decode: \/adHoc\/0\/owner\/unitId: no unit "x" in the organisation/)
  })

  it("malformed and unreadable input", () => {
    const dir = mkdtempSync(join(tmpdir(), "thads-bad-"))
    writeFileSync(join(dir, "garbage.json"), "\uFEFF{ not json")
    const bad = thads("check", join(dir, "garbage.json"), "--format", "json")
    expect(bad.code).toBe(1)
    expect(JSON.parse(bad.stdout).findings[0].code).toBe("report-not-json")
    const missing = thads("check", "no-such.json")
    expect(missing.code).toBe(2)
    expect(missing.stderr.trim().split("\n")).toHaveLength(1)
    // One prefix, no doubled "không đọc được: không đọc được", no English words in the Vietnamese line.
    expect(missing.stderr).toMatch(/^thads: no-such\.json: không có tệp này/)
    expect(missing.stderr.match(/no-such\.json/g)).toHaveLength(1)
    expect(missing.stderr).not.toMatch(/\b(cannot|no such|file|directory|ENOENT)\b/i)
    expect(thads("check").code).toBe(2)
    // A bad flag: one Vietnamese line naming it, with no English words from the parser.
    const flag = thads("check", "examples/report-late.json", "--foo")
    expect(flag.code).toBe(2)
    expect(flag.stderr).toBe("thads: tham số không hợp lệ: không có cờ --foo (thads check --help)\n")
    mkdirSync(join(dir, "empty"))
    expect(JSON.parse(thads("check", join(dir, "empty"), "--json").stdout)).toEqual({
      reports: [],
      summary: { reports: 0, valid: 0, invalid: 0, findings: { error: 0, warning: 0, info: 0 } }
    })
  })
})

describe("npm start", () => {
  it("checks the shipped samples (a consistent one, one with mistakes, one late) and exits 0", () => {
    // The start script after its build step (the build already ran: nx builds before it tests).
    const script: string = JSON.parse(readFileSync(`${root}package.json`, "utf8")).scripts.start
    const job = script.slice(script.indexOf("&&") + 2).trim()
    expect(job.startsWith("thads check examples/report-consistent.json")).toBe(true)
    const r = spawnSync("sh", ["-c", job], {
      encoding: "utf8",
      cwd: root,
      env: { ...process.env, PATH: `${root}node_modules/.bin:${process.env["PATH"]}` }
    })
    expect(r.status).toBe(0)
    expect(r.stdout).toContain("examples/report-consistent.json")
    expect(r.stdout).toContain("examples/report-with-mistakes.json")
    expect(r.stdout).toContain("[report-late]")
    expect(r.stdout).toContain("3 báo cáo: 1 hợp lệ, 2 không hợp lệ")
  }, 120_000)
})
