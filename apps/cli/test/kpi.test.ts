/** `thads kpi` and `thads schema` from the built binary. */
import { spawnSync } from "node:child_process"
import { fileURLToPath } from "node:url"
import { describe, expect, it } from "vitest"

const root = fileURLToPath(new URL("../../../", import.meta.url))
const thads = (...args: ReadonlyArray<string>) => {
  const r = spawnSync(process.execPath, [`${root}node_modules/.bin/thads`, ...args], { encoding: "utf8", cwd: root })
  return { code: r.status, stdout: r.stdout, stderr: r.stderr }
}

describe("thads kpi", () => {
  it("prints the KPIs of the consistent example with formula, inputs and citation", () => {
    const r = thads("kpi", "examples/report-consistent.json", "--json")
    expect(r.code).toBe(0)
    const out = JSON.parse(r.stdout)
    expect(out.valid).toBe(true)
    expect(out.identityFailures).toBe(0)
    const completion = out.kpis.find((k: { id: string }) => k.id === "completion-rate-cases")
    expect(completion.formula.vi).toBe("V08 (thi hành xong) ÷ V07 (có điều kiện) × 100")
    expect(completion.inputs.map((i: { indicator: string }) => i.indicator)).toEqual(["V08", "V07"])
    expect(completion.citation.document).toBe("gso-ket-qua-thads")
    expect(completion.citation.text.vi).toBe("Dữ liệu đặc tả chỉ tiêu “Kết quả thi hành án dân sự” (Tổng cục Thống kê)")
    const target = out.kpis.find((k: { id: string }) => k.id === "target-attainment-cases")
    expect(target.target).toMatchObject({ value: 82.6, op: ">", scope: "unit" })
  })

  it("text output in Vietnamese and English", () => {
    expect(thads("kpi", "examples/report-consistent.json").stdout).toContain("Tỷ lệ thi hành xong về việc")
    expect(thads("kpi", "examples/report-consistent.json", "--lang", "en").stdout).toContain("completion rate (cases)")
  })

  it("warns about failing identities", () => {
    const r = thads("kpi", "examples/report-with-mistakes.json")
    expect(r.code).toBe(0)
    expect(r.stdout).toContain("/cases/rows/2/V13")
  })

  it("a report that does not decode → exit 1 and every problem with its path", () => {
    const r = thads("kpi", "examples/report-malformed.json")
    expect(r.code).toBe(1)
    for (const p of ["/header/regime", "/cases/rows/3/V08", "/cases/rows/4/V02", "/money/rows/1/T07"])
      expect(r.stdout).toContain(p)
    const j = thads("kpi", "examples/report-malformed.json", "--json")
    expect(j.code).toBe(1)
    expect(JSON.parse(j.stdout).problems).toHaveLength(4)
  })

  it("an unreadable file → exit 2, one line", () => {
    const r = thads("kpi", "no-such-file.json")
    expect(r.code).toBe(2)
    expect(r.stderr.trim().split("\n")).toHaveLength(1)
  })

  it("compares with the previous year's report", () => {
    const r = thads("kpi", "examples/report-consistent.json", "--previous", "examples/report-consistent.json", "--json")
    const out = JSON.parse(r.stdout)
    // The same file is not the previous year: no change is computed.
    expect(out.kpis.find((k: { id: string }) => k.id === "change-carried-over-cases").value).toBeNull()
  })
})

describe("thads schema", () => {
  it("prints the JSON Schema of the report", () => {
    const r = thads("schema")
    expect(r.code).toBe(0)
    expect(JSON.parse(r.stdout).$schema).toBe("https://json-schema.org/draft/2020-12/schema")
  })
})
