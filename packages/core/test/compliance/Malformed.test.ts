/** Malformed input never crashes the check: it yields findings. */
import { describe, expect, it } from "vitest"
import fc from "fast-check"
import * as ReportCheck from "../../src/compliance/ReportCheck.js"
import * as Synthetic from "../../src/statistics/Synthetic.js"

const valid = (seed: number) => JSON.parse(JSON.stringify(Synthetic.report({ seed, rows: 3 })))

const expectFindings = (input: unknown) => {
  const r = ReportCheck.check(input)
  expect(r.valid).toBe(false)
  expect(r.findings.length).toBeGreaterThan(0)
  for (const f of r.findings) {
    expect(typeof f.message.vi).toBe("string")
    expect(typeof f.message.en).toBe("string")
    expect(f.citation.document).toBeTruthy()
  }
  return r
}

describe("malformed input", () => {
  it("not JSON, a BOM, an empty file", () => {
    expect(expectFindings("garbage").findings[0]!.code).toBe("report-not-json")
    expect(expectFindings("").findings[0]!.code).toBe("report-not-json")
    expect(
      ReportCheck.check(`\uFEFF${JSON.stringify(valid(1))}`).findings.some((f) => f.code === "report-not-json")
    ).toBe(false)
  })

  it("10 MB of garbage", () => {
    const junk = `{"header":${"x".repeat(10 * 1024 * 1024)}`
    const r = expectFindings(junk)
    expect(r.findings).toHaveLength(1)
    expect(r.findings[0]!.message.en.length).toBeLessThan(1000)
  })

  it("deeply nested JSON", () => {
    const deep = "[".repeat(200_000) + "]".repeat(200_000)
    expectFindings(deep)
    const inField = JSON.stringify(valid(2)).replace(
      '"regime":"tt06-2019"',
      `"regime":${"[".repeat(5000)}${"]".repeat(5000)}`
    )
    expect(expectFindings(inField).findings.map((f) => f.location.path)).toEqual(["/header/regime"])
  })

  it("wrong types everywhere, negative and huge numbers, missing fields", () => {
    expectFindings({ header: 1, cases: [], money: "x" })
    expectFindings({})
    const r = valid(3)
    r.cases.total.V01 = -1
    r.money.total.T01 = Number.MAX_SAFE_INTEGER + 2
    delete r.cases.rows[0].V05
    expect(
      expectFindings(r)
        .findings.map((f) => f.code)
        .sort()
    ).toEqual(["report-missing-field", "report-negative", "report-too-large"])
  })

  it("NFD Vietnamese text is normalised, not rejected", () => {
    const r = valid(4)
    r.header.unitName = "Thi hành án dân sự tỉnh Tây Ninh".normalize("NFD")
    const out = ReportCheck.check(r)
    expect(out.findings.find((f) => f.code === "text-normalized")?.location.path).toBe("/header/unitName")
  })

  it("10,000 generated malformed reports: findings, never a crash (property)", () => {
    const junk = fc.oneof(
      fc.constant(-1),
      fc.constant(1.5),
      fc.constant(2 ** 60),
      fc.constant(Number.MAX_SAFE_INTEGER + 2),
      fc.string({ maxLength: 5 }),
      fc.constant(null),
      fc.constant(true),
      fc.constant(0).map(() => []),
      fc.constant(0).map(() => ({})),
      fc.constant(0).map(() => ({ nested: [{ deep: [1, 2, { x: "y" }] }] })),
      fc.constant("Tây Ninh".normalize("NFD"))
    )
    let count = 0
    fc.assert(
      fc.property(
        fc.integer(),
        fc.array(fc.tuple(fc.nat(), fc.nat(), junk), { minLength: 1, maxLength: 4 }),
        fc.boolean(),
        (seed, edits, asText) => {
          const r = valid(seed)
          const targets: Array<Record<string, unknown>> = [
            r,
            r.header,
            r.cases,
            r.money,
            r.cases.total,
            r.money.total,
            ...r.cases.rows,
            ...r.money.rows
          ]
          for (const [t, k, v] of edits) {
            const target = targets[t % targets.length]!
            const keys = Object.keys(target)
            target[keys[k % keys.length]!] = v
          }
          const input = asText ? JSON.stringify(r) : r
          const result = ReportCheck.check(input)
          count++
          expect(Array.isArray(result.findings)).toBe(true)
          for (const f of result.findings) expect(f.message.en.length).toBeGreaterThan(0)
        }
      ),
      { numRuns: 10_000 }
    )
    expect(count).toBe(10_000)
  })
})
