import { readFileSync, writeFileSync } from "node:fs"
import { fileURLToPath } from "node:url"
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

describe("Target sources, tasks and gaps", () => {
  it("cites what each target's source says, not NQ 96/2019 for every year", () => {
    for (const t of Target.builtIn) {
      expect(t.source, `${t.unitId}/${t.year}`).toBeDefined()
      expect(t.citation?.document).not.toBe("nq-96-2019-qh14")
    }
    expect(Target.lookup("national", 2024, "cases")?.target.citation).toEqual({
      document: "qd-1229-tcthads-2023",
      article: "1",
      clause: 1,
      point: "b"
    })
    expect(Target.lookup("national", 2022, "cases")?.target.source?.assignedBy.vi).toBe(
      "Tổng cục trưởng Tổng cục THADS"
    )
    expect(Target.lookup("national", 2025, "cases")?.target.source?.assignedBy.en).toContain("National Assembly")
    expect(Target.lookup("national", 2014, "money")?.target).toMatchObject({ op: ">", value: 77 })
  })

  it("holds the groups beyond the rates, each measure consistent with the numeric targets", () => {
    const groups = new Set(Target.tasks.map((t) => t.group))
    for (const g of ["decisions-on-time", "classification", "backlog", "complaints", "asset-recovery"] as const)
      expect(groups.has(g)).toBe(true)
    for (const task of Target.tasks.filter((t) => t.group === "completion-rate")) {
      for (const m of task.measures ?? []) {
        const found = Target.lookup(task.unitId, task.year, m.of as Target.Metric)
        expect(found?.target.value, task.id).toBe(m.value)
      }
    }
    expect(new Set(Target.tasks.map((t) => t.id)).size).toBe(Target.tasks.length)
    expect(Target.sets.find((s) => s.year === 2014)?.complete).toBe(true)
    expect(Target.tasks.filter((t) => t.year === 2014)).toHaveLength(6)
  })

  it("says explicitly that no target is known for the merged Tây Ninh", () => {
    const s = Target.statusOf("thads-tay-ninh", 2026)
    expect(s.own).toEqual([])
    expect(s.national).toEqual([])
    expect(s.gap?.note.en).toContain("no target known")
    expect(Target.statusOf("cuc-tay-ninh", 2023).gap).toBeUndefined()
    expect(Target.statusOf("cuc-tay-ninh", 2024).gap?.note.vi).toContain("Không rõ")
    for (const g of Target.gaps)
      expect(
        Target.builtIn.some((t) => t.unitId === g.unitId && t.year === g.year),
        `${g.unitId}/${g.year}`
      ).toBe(false)
  })
})

describe("docs/targets.md", () => {
  it("is generated from the targets", () => {
    const file = fileURLToPath(new URL("../../../../docs/targets.md", import.meta.url))
    // UPDATE_DOCS=1 npx vitest run --root packages/core test/kpi/Target.test.ts regenerates it.
    if (process.env["UPDATE_DOCS"] === "1") writeFileSync(file, Target.toMarkdown())
    expect(readFileSync(file, "utf8")).toBe(Target.toMarkdown())
  })
})
