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
  })
})
