/**
 * The CLI contract of issue #2, run against the built binary as a user runs it
 * (`npx thads …` after `npm run build`): stdout, stderr and exit codes.
 */
import { spawnSync } from "node:child_process"
import { existsSync } from "node:fs"
import { fileURLToPath } from "node:url"
import { describe, expect, it } from "vitest"

const root = fileURLToPath(new URL("../../../", import.meta.url))
const bin = `${root}node_modules/.bin/thads`

const thads = (...args: ReadonlyArray<string>) => {
  const r = spawnSync(process.execPath, [bin, ...args], { encoding: "utf8", env: { ...process.env, NO_COLOR: "1" } })
  return { code: r.status, stdout: r.stdout, stderr: r.stderr }
}
const json = (...args: ReadonlyArray<string>) => {
  const r = thads(...args, "--json")
  expect(r.stderr).toBe("")
  expect(r.code).toBe(0)
  return JSON.parse(r.stdout)
}

describe("thads binary", () => {
  it("is installed by npm as node_modules/.bin/thads", () => {
    expect(existsSync(bin)).toBe(true)
  })

  it("period", () => {
    expect(json("period", "2022-03-15")).toEqual({ year: 2022, months: 6, start: "2021-10-01", end: "2022-03-31" })
  })

  it("deadline (TT 06/2019, across Tết 2022)", () => {
    const out = json("deadline", "--year", "2022", "--months", "4", "--level", "chi-cuc")
    expect(out).toMatchObject({ deadline: "2022-02-08", regime: "tt06-2019", basis: "official", estimated: false })
    expect(out.citation).toMatchObject({ document: "tt-06-2019-btp", article: "9", clause: 2 })
    expect(out.citation.text.vi).toBe("khoản 2 Điều 9 Thông tư 06/2019/TT-BTP")
  })

  it("deadline with a forced regime and an assumed basis", () => {
    expect(
      json("deadline", "--year", "2022", "--months", "4", "--level", "cuc", "--regime", "tt01-2013").deadline
    ).toBe("2022-02-07")
    expect(json("deadline", "--year", "2025", "--months", "3", "--level", "cuc")).toMatchObject({
      deadline: "2025-01-07",
      regime: "tt05-2024",
      basis: "assumed"
    })
  })

  it("calendar", () => {
    const out = json("calendar", "2024")
    expect(out).toMatchObject({
      year: 2024,
      status: "official",
      tet: "2024-02-10",
      gioTo: "2024-04-18",
      workingSaturdays: ["2024-05-04"]
    })
    expect(out.daysOff).toHaveLength(12)
    expect(out.daysOff).toContain("2024-04-29")
    expect(out.sources.length).toBeGreaterThan(0)
    expect(json("calendar", "2027").status).toBe("estimated")
    expect(json("calendar", "2026").status).toBe("partial")
  })

  it("lunar, both ways", () => {
    expect(json("lunar", "2024-02-10")).toEqual({ day: 1, month: 1, year: 2024, leap: false })
    expect(json("lunar", "2004-03-21")).toEqual({ day: 1, month: 2, year: 2004, leap: true })
    expect(json("lunar", "--to-solar", "1", "2", "2004", "--leap")).toEqual({ solar: "2004-03-21" })
    expect(json("lunar", "--to-solar", "10", "3", "2026")).toEqual({ solar: "2026-04-26" })
  })

  it("prints exactly one JSON object", () => {
    const r = thads("calendar", "2025", "--json")
    expect(() => JSON.parse(r.stdout)).not.toThrow()
    expect(r.stdout.trim().startsWith("{")).toBe(true)
  })

  it("text output is Vietnamese by default, English with --lang en", () => {
    const vi = thads("deadline", "--year", "2024", "--months", "7", "--level", "cuc")
    expect(vi.code).toBe(0)
    expect(vi.stdout).toContain("Hạn gửi báo cáo")
    expect(vi.stdout).toContain("06/05/2024")
    const en = thads("deadline", "--year", "2024", "--months", "7", "--level", "cuc", "--lang", "en")
    expect(en.stdout).toContain("Report deadline")
    expect(en.stdout).toContain("2024-05-06")
  })

  it.each([
    [["period", "2023-02-30"], /2023-02-30/],
    [["deadline", "--year", "2022", "--months", "13", "--level", "cuc"], /--months/],
    [["deadline", "--year", "2022", "--months", "3", "--level", "district"], /district/],
    [["lunar", "--to-solar", "1", "4", "2024", "--leap"], /leap month 4|tháng nhuận 4|no leap month/],
    [["deadline", "--year", "abc", "--months", "3", "--level", "cuc"], /--year/],
    [["deadline", "--year", "2026", "--months", "3", "--level", "cuc"], /thads-tinh/],
    [["calendar", "1800"], /1800/],
    [["period"], /date/],
    [["nonsense"], /nonsense/]
  ])("bad input %j → exit 2, one line, no stack trace", (args, pattern) => {
    const r = thads(...args)
    expect(r.code).toBe(2)
    expect(r.stdout).toBe("")
    const lines = r.stderr.trimEnd().split("\n")
    expect(lines).toHaveLength(1)
    expect(lines[0]).toMatch(/^thads: /)
    expect(lines[0]).toMatch(pattern)
    expect(r.stderr).not.toMatch(/\n\s+at /)
  })

  it("overview (npm start) shows the calendar and the next deadlines", () => {
    const r = thads("overview", "--date", "2026-11-26", "--count", "3")
    expect(r.code).toBe(0)
    expect(r.stdout).toContain("Lịch nghỉ của cán bộ, công chức năm 2026")
    expect(r.stdout).toContain("01/12/2026")
    const out = json("overview", "--date", "2026-11-26", "--count", "3")
    expect(out.deadlines.map((d: { deadline: string }) => d.deadline)).toEqual([
      "2026-12-01",
      "2026-12-02",
      "2026-12-04"
    ])
  })

  it("--help exits 0", () => {
    const r = thads("--help")
    expect(r.code).toBe(0)
    expect(r.stdout).toContain("deadline")
  })
})
