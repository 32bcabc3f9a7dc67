/** `thads thahc`: as a function, and through the built binary on examples/thahc-cases.json. */
import { spawnSync } from "node:child_process"
import { mkdtempSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { fileURLToPath } from "node:url"
import { CivilDate } from "@thads/core"
import { describe, expect, it } from "vitest"
import { thahc } from "../src/commands/thahc.js"
import { UsageError } from "../src/Output.js"

const root = fileURLToPath(new URL("../../../", import.meta.url))
const example = `${root}examples/thahc-cases.json`
const dir = mkdtempSync(join(tmpdir(), "thads-thahc-"))
const write = (name: string, value: unknown) => {
  const f = join(dir, name)
  writeFileSync(f, typeof value === "string" ? value : JSON.stringify(value))
  return f
}
const today = CivilDate.make("2025-06-30")
const one = { id: "hc-1", judgmentDate: "2024-01-10", receivedDate: "2024-02-16", kind: "a" }

describe("thahc (the command as a function)", () => {
  it("a case on time: exit 0; the deadlines with their citations", () => {
    const f = write("ok.json", [{ ...one, noticeDate: "2024-02-20" }])
    const out = thahc({ file: f, asOf: "2024-03-01", today, format: "json", lang: "en" })
    expect(out.exitCode).toBe(0)
    const j = JSON.parse(out.stdout)
    expect(j.asOf).toBe("2024-03-01")
    expect(j.cases[0]).toMatchObject({ id: "hc-1", status: "voluntary-period", lateSteps: [] })
    expect(j.cases[0].deadlines.map((d: { step: string }) => d.step)).toEqual([
      "voluntary",
      "compulsion-request",
      "notice",
      "obliged-report"
    ])
    expect(j.cases[0].deadlines[3]).toMatchObject({
      due: "2024-03-21",
      basis: "official",
      citation: {
        document: "nd-71-2016",
        article: "10",
        clause: 2,
        text: { en: "Article 10(2), Decree 71/2016/ND-CP" }
      }
    })
  })

  it("an official late step: exit 1; an assumed one alone: exit 0, marked [assumed] with its setting", () => {
    const late = write("late.json", [one])
    expect(thahc({ file: late, asOf: "2024-06-30", today, format: "text", lang: "en" }).exitCode).toBe(1)
    // Kind h: the obliged body's report counts from the assumed voluntary period.
    const h = write("h.json", { cases: [{ ...one, kind: "h", noticeDate: "2024-02-20" }] })
    const out = thahc({ file: h, asOf: "2024-06-30", today, format: "text", lang: "en" })
    expect(out.exitCode).toBe(0)
    expect(out.stdout).toContain("[assumed: Article 311(2) sets no voluntary period for point h")
    expect(out.stdout).toContain("setting Thahc.settings.kindHVoluntaryDays = 30]")
    expect(out.stdout).toContain("with late steps: 1 (of which late only on an assumption: 1)")
  })

  it("--as-of defaults to today (the caller's clock)", () => {
    const f = write("today.json", [one])
    const j = JSON.parse(thahc({ file: f, today: CivilDate.make("2024-02-19"), format: "json", lang: "vi" }).stdout)
    expect(j.asOf).toBe("2024-02-19")
    expect(j.cases[0].lateSteps).toEqual([])
  })

  it("a file that does not decode is a usage error naming each problem's pointer", () => {
    const f = write("bad.json", {
      cases: [
        { ...one, kind: "x" },
        { ...one, id: "hc-2", noticeDate: "2024-01-01" }
      ]
    })
    const run = () => thahc({ file: f, asOf: "2024-06-30", today, format: "json", lang: "en" })
    expect(run).toThrow(UsageError)
    try {
      run()
    } catch (e) {
      const text = (e as UsageError).text
      expect(text.en).toContain("2 problem(s): /cases/0/kind: the kind must be one of")
      expect(text.en).toContain("/cases/1/noticeDate: the voluntary-compliance notice (2024-01-01) is before")
      expect(text.vi).toContain("2 lỗi: /cases/0/kind: loại bản án phải là một trong")
    }
    expect(() => thahc({ file: f, asOf: "2024-02-30", today, format: "json", lang: "en" })).toThrow(UsageError)
  })
})

const thads = (...args: ReadonlyArray<string>) => {
  const r = spawnSync(process.execPath, [`${root}node_modules/.bin/thads`, ...args], {
    encoding: "utf8",
    cwd: root,
    env: { ...process.env, NO_COLOR: "1" }
  })
  return { code: r.status, stdout: r.stdout, stderr: r.stderr }
}

describe("thads thahc (the built binary) on examples/thahc-cases.json", () => {
  it("JSON: each case's status, deadlines and late steps, the counts; exit 1 (official late steps)", () => {
    const r = thads("thahc", "examples/thahc-cases.json", "--as-of", "2025-06-30", "--format", "json")
    expect(r.stderr).toBe("")
    expect(r.code).toBe(1)
    const j = JSON.parse(r.stdout)
    expect(j.cases.map((c: { id: string; status: string }) => [c.id, c.status])).toEqual([
      ["MAU-HC-01", "completed"],
      ["MAU-HC-02", "request-window-closed"],
      ["MAU-HC-03", "compulsion-ordered"],
      ["MAU-HC-04", "completed"],
      ["MAU-HC-05", "awaiting-request"],
      ["MAU-HC-06", "voluntary-period"]
    ])
    const late = (id: string) =>
      j.cases
        .find((c: { id: string }) => c.id === id)
        .lateSteps.map((s: { step: string; basis: string }) => [s.step, s.basis])
    expect(late("MAU-HC-02")).toEqual([
      ["notice", "official"],
      ["obliged-report", "official"]
    ])
    expect(late("MAU-HC-03")).toEqual([["superior-directive", "official"]])
    expect(late("MAU-HC-04")).toEqual([["result-notice", "assumed"]])
    expect(late("MAU-HC-05")).toEqual([["obliged-report", "assumed"]])
    expect(j.counts).toMatchObject({
      received: 6,
      counted: 2,
      completed: 2,
      compulsionOrders: 1,
      withLateSteps: 4,
      withOnlyAssumedLateSteps: 2
    })
    expect(j.citations.form03.text.vi).toBe("điểm c khoản 1 Điều 4 Thông tư liên tịch 12/2021/TTLT-BTP-VKSNDTC-TANDTC")
    // --json is the same as --format json.
    expect(thads("thahc", "examples/thahc-cases.json", "--as-of", "2025-06-30", "--json").stdout).toBe(r.stdout)
  })

  it("text in Vietnamese (default) and English; exit 0 before anything is late", () => {
    const vi = thads("thahc", "examples/thahc-cases.json", "--as-of", "2025-06-30")
    expect(vi.code).toBe(1)
    expect(vi.stdout).toContain(
      "✗ cơ quan cấp trên trực tiếp ban hành văn bản chỉ đạo: hạn thứ Năm 15/08/2024, trễ 3 ngày làm việc — khoản 1 Điều 13 Nghị định 71/2016/NĐ-CP"
    )
    expect(vi.stdout).toContain("[giả định: khoản 2 Điều 311 không quy định thời hạn tự nguyện cho điểm h")
    const en = thads("thahc", "examples/thahc-cases.json", "--as-of", "2025-06-30", "--lang", "en")
    expect(en.stdout).toContain("Figures for form 03/TKLN-THADS")
    expect(en.stdout).toContain("counted as việc (with a reminder letter, 1 each): 2")
    const early = thads("thahc", "examples/thahc-cases.json", "--as-of", "2024-03-05", "--lang", "en")
    expect(early.code).toBe(0)
    expect(early.stdout).toContain("(5 case(s) received after that day are not listed)")
  })

  it("bad input: exit 2 and one line on standard error", () => {
    const bad = write("bin-bad.json", "[{")
    const r = thads("thahc", bad, "--lang", "en")
    expect(r.code).toBe(2)
    expect(r.stdout).toBe("")
    expect(r.stderr).toMatch(/^thads: the THAHC cases file ".*bin-bad\.json" does not decode, 1 problem\(s\): \/: /)
    expect(r.stderr.trimEnd().split("\n")).toHaveLength(1)
    const usage = thads("thahc", "examples/thahc-cases.json", "--as-of", "30/06/2025")
    expect(usage.code).toBe(2)
    expect(usage.stderr).toMatch(/^thads: /)
    expect(thads("thahc", "examples/thahc-cases.json", "--format", "xml").code).toBe(2)
  })
})
