import { describe, expect, it } from "vitest"
import * as DemoSource from "../src/demo/DemoSource.js"

describe("DemoSource", () => {
  const store = DemoSource.build()

  it("holds a year of submissions of the province and its units, each checked by core", () => {
    const units = new Set(store.submissions.map((s) => s.summary.unitId))
    expect(units.size).toBe(10)
    expect(store.submissions.length).toBeGreaterThan(100)
    expect(store.submissions.some((s) => s.result.findings.some((f) => f.code === "identity-violated"))).toBe(true)
    expect(store.submissions.some((s) => s.summary.version === 2)).toBe(true)
    expect(store.submissions.some((s) => s.result.findings.some((f) => f.code.startsWith("rollup-")))).toBe(true)
  })

  it("tracks every status of the obligations", () => {
    const tags = new Set(store.tracked.map((t) => t.status._tag))
    expect([...tags].sort()).toEqual(["met", "met-late", "missing", "not-yet-due"])
  })

  it("answers a submitter with its own unit only", async () => {
    const source = DemoSource.make({ role: "submitter", unitId: "chi-cuc-go-dau" })
    const list = await source.submissions({})
    expect(list.length).toBeGreaterThan(0)
    expect(new Set(list.map((s) => s.unitId))).toEqual(new Set(["chi-cuc-go-dau"]))
    expect((await source.units()).map((u) => u.id)).toEqual(["chi-cuc-go-dau"])
    await expect(source.kpis("chi-cuc-ben-cau", 2024)).rejects.toThrow(/403/)
    const other = store.submissions.find((s) => s.summary.unitId !== "chi-cuc-go-dau")!
    await expect(source.submission(other.summary.id)).rejects.toThrow(/404/)
  })

  it("answers a unit-reviewer with its subtree and a reviewer with everything", async () => {
    const unitReviewer = DemoSource.make({ role: "unit-reviewer", unitId: "cuc-tay-ninh" })
    expect((await unitReviewer.units()).length).toBe(10)
    const reviewer = DemoSource.make({ role: "reviewer", unitId: "cuc-tay-ninh" })
    const rollup = await reviewer.rollup("cuc-tay-ninh", { year: 2024, months: 6 })
    expect(rollup.included.length + rollup.missing.length).toBe(9)
  })
})
