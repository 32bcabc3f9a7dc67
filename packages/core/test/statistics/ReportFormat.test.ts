/** The documented format stays in sync with the Schema, and the examples are what they say. */
import { readFileSync } from "node:fs"
import { describe, expect, it } from "vitest"
import * as Decode from "../../src/statistics/Decode.js"
import * as Identity from "../../src/statistics/Identity.js"
import * as Report from "../../src/statistics/Report.js"

const root = new URL("../../../../", import.meta.url)
const read = (path: string) => readFileSync(new URL(path, root), "utf8")

describe("report format", () => {
  it("docs/report.schema.json is the JSON Schema generated from ReportSchema (regenerate: npx thads schema > docs/report.schema.json)", () => {
    expect(JSON.parse(read("docs/report.schema.json"))).toEqual(JSON.parse(JSON.stringify(Report.jsonSchema())))
  })

  it("examples/report-consistent.json decodes and passes every identity", () => {
    const d = Decode.decodeJson(read("examples/report-consistent.json"))
    expect(d._tag).toBe("Success")
    if (d._tag === "Success") expect(Identity.evaluate(d.success.report, { onlyFailures: true })).toEqual([])
  })

  it("examples/report-with-mistakes.json decodes but breaks identities at the planted cells", () => {
    const d = Decode.decodeJson(read("examples/report-with-mistakes.json"))
    expect(d._tag).toBe("Success")
    if (d._tag !== "Success") return
    const paths = Identity.evaluate(d.success.report, { onlyFailures: true }).map((e) => e.path)
    expect(paths).toEqual(expect.arrayContaining(["/cases/rows/2/V13", "/cases/rows/5/V08", "/money/total/T08"]))
  })

  it("examples/report-malformed.json does not decode, with every problem", () => {
    const d = Decode.decodeJson(read("examples/report-malformed.json"))
    expect(d._tag).toBe("Failure")
    if (d._tag === "Failure") {
      expect(d.failure.map((p) => p.path)).toEqual([
        "/header/regime",
        "/cases/rows/3/V08",
        "/cases/rows/4/V02",
        "/money/rows/1/T07"
      ])
    }
  })
})
