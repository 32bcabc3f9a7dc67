/**
 * A rule-set file (`--rules`) through the `thads` binary: `check`, `deadline`, `calendar`, `obligations`,
 * `interagency`, `case classify` and `overview` compute with its settings (regimeEnd, rollForward, the culture day,
 * holiday overrides); a file that does not decode is a usage error naming each problem's pointer; `schema --rules`
 * prints docs/ruleset.schema.json.
 */
import { spawnSync } from "node:child_process"
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { fileURLToPath } from "node:url"
import { Synthetic } from "@thads/core/testing"
import { afterAll, describe, expect, it } from "vitest"

const root = fileURLToPath(new URL("../../../", import.meta.url))
const thads = (...args: ReadonlyArray<string>) => {
  const r = spawnSync(process.execPath, [`${root}node_modules/.bin/thads`, ...args], { encoding: "utf8", cwd: root })
  return { code: r.status, stdout: r.stdout, stderr: r.stderr }
}
const dir = mkdtempSync(join(tmpdir(), "thads-rules-"))
afterAll(() => rmSync(dir, { recursive: true, force: true }))
const file = (name: string, value: unknown): string => {
  const path = join(dir, name)
  writeFileSync(path, typeof value === "string" ? value : JSON.stringify(value))
  return path
}
const example = "examples/rules.json"
const keep = file("keep.json", { rollForward: false })

describe("thads calendar --rules", () => {
  it("the culture day on: 24/11/2026 is a day off; without the file it is only a candidate", () => {
    const without = JSON.parse(thads("calendar", "2026", "--json").stdout)
    expect(without.daysOff).not.toContain("2026-11-24")
    expect(without.unverifiedCandidates).toEqual(["2026-11-24"])
    const withRules = thads("calendar", "2026", "--json", "--rules", example)
    expect(withRules.code).toBe(0)
    const j = JSON.parse(withRules.stdout)
    expect(j.daysOff).toContain("2026-11-24")
    expect(j.unverifiedCandidates).toEqual([])
    expect(j.status).toBe("partial")
    expect(thads("calendar", "2026", "--lang", "en", "--rules", example).stdout).toContain(
      "Tuesday 2026-11-24  Vietnam Culture Day [reported, text not seen]"
    )
    // Without the file, the text says how to count it.
    expect(thads("calendar", "2026", "--lang", "en").stdout).toContain(
      'not counted unless the rule set sets "cultureDay": true, --rules'
    )
  })
})

describe("thads deadline --rules", () => {
  it("rollForward false keeps TT 01/2013's base day: due 1/5/2019 (official) instead of 2/5/2019 (assumed)", () => {
    const standard = JSON.parse(thads("deadline", "--year", "2019", "--months", "7", "--level", "chv", "--json").stdout)
    expect([standard.deadline, standard.basis]).toEqual(["2019-05-02", "assumed"])
    const kept = thads("deadline", "--year", "2019", "--months", "7", "--level", "chv", "--json", "--rules", keep)
    expect(kept.code).toBe(0)
    expect(JSON.parse(kept.stdout)).toMatchObject({ deadline: "2019-05-01", basis: "official", settings: [] })
  })

  it("regimeEnd: no deadline after TT 05/2024's configured end (exit 2, saying why); before it, the same date", () => {
    const after = ["deadline", "--year", "2026", "--months", "10", "--level", "thads-tinh"]
    expect(thads(...after, "--json").code).toBe(0)
    const ended = thads(...after, "--json", "--rules", example, "--lang", "en")
    expect(ended.code).toBe(2)
    expect(ended.stdout).toBe("")
    expect(ended.stderr).toBe(
      "thads: no statistical reporting regime is encoded for a period ending 2026-07-31: tt05-2024 is set to end on 2026-06-30 (setting regimeEnd) and its successor is not encoded\n"
    )
    expect(thads(...after, "--rules", example).stderr).toMatch(
      /^thads: chưa có chế độ báo cáo thống kê cho kỳ kết thúc ngày 31\/07\/2026/u
    )
    const before = ["deadline", "--year", "2026", "--months", "9", "--level", "thads-tinh", "--json"]
    expect(JSON.parse(thads(...before, "--rules", example).stdout).deadline).toBe(
      JSON.parse(thads(...before).stdout).deadline
    )
  })
})

describe("thads check --rules", () => {
  // thads-tay-ninh's report of 10 months of statistical year 2026 (to 31/7/2026), sent on 10/8/2026.
  const report = file(
    "tinh-2026-10.json",
    JSON.stringify({
      ...Synthetic.report({ seed: 3, rows: 3, unitId: "thads-tay-ninh", year: 2026, months: 10 }),
      header: {
        unitId: "thads-tay-ninh",
        level: "thads-tinh",
        year: 2026,
        months: 10,
        regime: "tt05-2024",
        submittedAt: "2026-08-10T09:00:00+07:00"
      }
    })
  )
  const codes = (stdout: string): ReadonlyArray<string> =>
    JSON.parse(stdout).findings.map((f: { code: string }) => f.code)

  it("a report for a period after the configured regimeEnd gets no deadline, an info finding says why", () => {
    const standard = thads("check", report, "--json", "--as-of", "2026-09-30")
    expect(codes(standard.stdout)).toContain("report-late")
    const ended = thads("check", report, "--json", "--as-of", "2026-09-30", "--rules", example, "--lang", "en")
    expect(ended.stderr).toBe("")
    expect(ended.code).toBe(0)
    const out = JSON.parse(ended.stdout)
    expect(codes(ended.stdout)).toContain("deadline-not-encoded")
    expect(codes(ended.stdout)).not.toContain("report-late")
    expect(out.ruleSet.hash).not.toBe(JSON.parse(standard.stdout).ruleSet.hash)
    expect(thads("check", report, "--as-of", "2026-09-30", "--rules", example, "--lang", "en").stdout).toContain(
      "[deadline-not-encoded] No deadline: by the setting regimeEnd, tt05-2024 applies until 2026-06-30, before the period's end 2026-07-31"
    )
  })

  it("a rule-set file with nothing set checks as without one (the standard rule set, its hash)", () => {
    const empty = file("empty.json", { description: "nothing set" })
    const a = thads("check", "examples/report-late.json", "--json", "--as-of", "2022-10-31")
    const b = thads("check", "examples/report-late.json", "--json", "--as-of", "2022-10-31", "--rules", empty)
    expect(b).toEqual(a)
  })

  it("a file that does not decode: exit 2 naming each problem's pointer, in the language asked for; not with --server", () => {
    const bad = file("bad.json", { regimeEnd: { "tt05-2024": "2026-02-30" }, cultureDay: "yes", typo: 1 })
    const en = thads("check", "examples/report-late.json", "--rules", bad, "--lang", "en")
    expect(en.code).toBe(2)
    expect(en.stdout).toBe("")
    expect(en.stderr).toBe(
      `thads: the rule set file "${bad}" does not decode: /typo: unexpected field "typo" (allowed: $schema, description, regimeEnd, rollForward, cultureDay, cultureDayCompensated, holidayOverrides, deadlines, targets, identities, rules); /regimeEnd/tt05-2024: must be a real YYYY-MM-DD date: day 30 is outside 1–28 for 02/2026; /cultureDay: must be true or false\n`
    )
    const vi = thads("check", "examples/report-late.json", "--rules", bad)
    expect(vi.code).toBe(2)
    expect(vi.stderr).toMatch(
      /^thads: tệp bộ quy tắc ".*bad\.json" không hợp lệ: \/typo: trường "typo" không có trong mẫu/u
    )
    const notJson = thads(
      "deadline",
      "--year",
      "2022",
      "--months",
      "4",
      "--level",
      "cuc",
      "--rules",
      file("x.json", "{")
    )
    expect(notJson.code).toBe(2)
    const server = thads("check", "examples/report-late.json", "--server", "http://127.0.0.1:9", "--rules", example)
    expect(server.code).toBe(2)
    expect(server.stderr).toBe("thads: --rules không dùng với --server (máy chủ dùng bộ quy tắc của nó)\n")
  })
})

describe("thads obligations, interagency, case classify, overview --rules", () => {
  it("obligations: no statistical report is owed for a period after the configured regimeEnd", () => {
    const args = ["obligations", "--from", "2026-06-01", "--to", "2026-08-31", "--unit", "thads-tay-ninh", "--json"]
    const ids = (stdout: string): ReadonlyArray<string> =>
      JSON.parse(stdout).obligations.map((o: { id: string }) => o.id)
    expect(ids(thads(...args).stdout)).toContain("statistical-report/thads-tay-ninh/2026-07-31")
    const ended = ids(thads(...args, "--rules", example).stdout)
    expect(ended).toContain("statistical-report/thads-tay-ninh/2026-06-30")
    expect(ended).not.toContain("statistical-report/thads-tay-ninh/2026-07-31")
    expect(thads(...args, "--rules", example, "--server", "http://127.0.0.1:9", "--key", "k").code).toBe(2)
  })

  const friday = file("friday.json", {
    holidayOverrides: [
      { year: 2022, addDaysOff: [{ date: "2022-01-14", reason: "swap", confidence: "verified" }] },
      { year: 2022, addDaysOff: [{ date: "2022-04-01", reason: "swap", confidence: "verified" }] }
    ]
  })

  it("interagency: a step is counted on the rule set's calendar (1/4/2022 off: due 4/4)", () => {
    const args = [
      "interagency",
      "--from",
      "2022-03-31",
      "--to",
      "2022-03-31",
      "--unit",
      "chi-cuc-go-dau",
      "--form",
      "01"
    ]
    const due = (stdout: string) => JSON.parse(stdout).obligations[0].due
    expect(due(thads(...args, "--as-of", "2022-03-31", "--json").stdout)).toBe("2022-04-01")
    expect(due(thads(...args, "--as-of", "2022-03-31", "--json", "--rules", friday).stdout)).toBe("2022-04-04")
  })

  it("case classify: the time limits are counted on the rule set's calendar (14/1/2022 off: due 18/1)", () => {
    const step = (stdout: string) =>
      JSON.parse(stdout).timeLimits.find((s: { step: string }) => s.step === "enforcement-decision").due
    const args = ["case", "classify", "examples/case.json", "--at", "2024-12-31", "--json"]
    expect(step(thads(...args).stdout)).toBe("2022-01-17")
    expect(step(thads(...args, "--rules", friday).stdout)).toBe("2022-01-18")
  })

  it("overview: the year's calendar with the culture day, and no deadline after TT 05/2024's configured end", () => {
    const args = ["overview", "--date", "2026-11-26", "--json"]
    const standard = JSON.parse(thads(...args).stdout)
    expect(standard.deadlines.length).toBe(6)
    const ended = JSON.parse(thads(...args, "--rules", example).stdout)
    expect(ended.calendar.daysOff).toContain("2026-11-24")
    expect(ended.deadlines).toEqual([])
    expect(standard.note).toBeUndefined()
    expect(ended.note.en).toBe(
      "No deadline for a period ending after 2026-06-30 (the rule set ends tt05-2024): no regime after it is encoded (deadline-not-encoded)"
    )
    const text = thads("overview", "--date", "2026-11-26", "--lang", "en", "--rules", example).stdout
    expect(text.trimEnd().endsWith(ended.note.en)).toBe(true)
  })
})

describe("thads schema --rules", () => {
  it("prints docs/ruleset.schema.json", () => {
    const r = thads("schema", "--rules")
    expect(r.code).toBe(0)
    expect(JSON.parse(r.stdout)).toEqual(JSON.parse(readFileSync(`${root}docs/ruleset.schema.json`, "utf8")))
    expect(thads("schema", "--rules", "--units").code).toBe(2)
  })
})
