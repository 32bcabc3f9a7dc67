import { describe, expect, it } from "vitest"
import * as Target from "../../src/kpi/Target.js"

describe("Target", () => {
  it("national targets of thads-rules.md §3", () => {
    expect(Target.lookup("national", 2022, "cases")?.target).toMatchObject({
      op: ">",
      value: 81.5,
      confidence: "verified"
    })
    expect(Target.lookup("national", 2023, "money")?.target).toMatchObject({ op: ">", value: 45.5 })
    expect(Target.lookup("national", 2024, "cases")?.target.value).toBe(83.25)
    expect(Target.lookup("national", 2025, "money")?.target.value).toBe(51.9)
    expect(Target.lookup("national", 2020, "cases")?.target.confidence).toBe("inferred")
  })

  it("a unit's own target wins; otherwise the national one, marked as such; 2021 is unknown", () => {
    expect(Target.lookup("cuc-tay-ninh", 2023, "cases")).toMatchObject({
      scope: "unit",
      target: { op: ">", value: 82.6 }
    })
    expect(Target.lookup("cuc-tay-ninh", 2023, "money")).toMatchObject({ scope: "national", target: { value: 45.5 } })
    expect(Target.lookup("cuc-tay-ninh", 2021, "cases")).toBeUndefined()
  })

  it("later entries replace earlier ones", () => {
    const custom = [
      ...Target.builtIn,
      {
        unitId: "cuc-tay-ninh",
        year: 2023,
        metric: "cases",
        op: ">=",
        value: 83,
        confidence: "verified",
        sources: ["test"]
      } as const
    ]
    expect(Target.lookup("cuc-tay-ninh", 2023, "cases", custom)?.target.value).toBe(83)
  })
})
