import { describe, expect, it } from "vitest"
import * as Schema from "effect/Schema"
import { CivilDate } from "@thads/core"

describe("CivilDate", () => {
  it("rejects impossible dates with the reason", () => {
    const r = CivilDate.parse("2023-02-30")
    expect(r).toBeInstanceOf(CivilDate.InvalidDateError)
    expect((r as Error).message).toContain("outside 1–28")
  })
  it("schema decodes", () => {
    expect(Schema.decodeUnknownSync(CivilDate.CivilDateSchema)("2024-02-29")).toBe("2024-02-29")
    expect(() => Schema.decodeUnknownSync(CivilDate.CivilDateSchema)("2023-02-29")).toThrow(/outside 1–28/)
    for (const bad of [
      "2026-02-30",
      "2026-04-31",
      "2026-13-01",
      "2026-00-10",
      "0000-01-01",
      "2026-1-5",
      " 2026-01-05",
      20260105
    ])
      expect(Schema.is(CivilDate.CivilDateSchema)(bad), String(bad)).toBe(false)
    expect(Schema.is(CivilDate.CivilDateSchema)("2000-02-29")).toBe(true)
  })
  it("renders as a JSON Schema string of format date, with its pattern, in a document and in OpenAPI", () => {
    const doc = Schema.toJsonSchemaDocument(Schema.Struct({ on: CivilDate.CivilDateSchema }))
    const on = (doc.schema as { properties: Record<string, Record<string, unknown>> }).properties.on
    expect(on).toMatchObject({
      type: "string",
      format: "date",
      pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$",
      title: "CivilDate"
    })
    const pattern = new RegExp(String(on?.pattern))
    expect(["2026-02-28", "2026-02-30"].map((d) => pattern.test(d))).toEqual([true, true]) // format "date" refuses 30/2
    expect(pattern.test("2026-2-28")).toBe(false)
  })
})
