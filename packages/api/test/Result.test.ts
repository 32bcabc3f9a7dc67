import { readFileSync } from "node:fs"
import { Organization, Pipeline, ReportCheck } from "@thads/core"
import { Synthetic } from "@thads/core/testing"
import { describe, expect, it } from "vitest"
import * as Result from "../src/Result.js"

const examples = ["report-consistent", "report-with-mistakes", "report-late", "report-malformed"].map((name) =>
  readFileSync(new URL(`../../../examples/${name}.json`, import.meta.url), "utf8")
)

const broken = (seed: number) => {
  const r = JSON.parse(JSON.stringify(Synthetic.report({ seed, rows: 20 })))
  r.cases.rows[seed % 20].V13 += 1
  r.money.rows[(seed * 7) % 20].T08 = -1
  if (seed % 3 === 0) r.header.months = 13
  return JSON.stringify(r)
}

describe("Result.toJson", () => {
  it("gives exactly the JSON of the Schema encoder (valid, broken, undecodable reports; with and without organisation)", () => {
    const inputs = [
      ...examples,
      ...Array.from({ length: 20 }, (_, i) => JSON.stringify(Synthetic.report({ seed: i + 1, rows: 20 }))),
      ...Array.from({ length: 20 }, (_, i) => broken(i + 1)),
      "{not json",
      "{}"
    ]
    let findings = 0
    for (const text of inputs) {
      for (const context of [{}, { organization: Organization.tayNinh, organizationId: "tay-ninh" }]) {
        const r = ReportCheck.check(text, context)
        findings += r.findings.length
        expect(JSON.parse(JSON.stringify(Result.toJson(r)))).toEqual(JSON.parse(JSON.stringify(Result.encode(r))))
        // The service's hot path writes core's hand-made text: the same bytes, key order included.
        expect(Pipeline.resultText(r)).toBe(JSON.stringify(Result.toJson(r)))
      }
    }
    expect(findings).toBeGreaterThan(100)
  })
})
