import { describe, expect, it } from "vitest"
import * as Schema from "effect/Schema"
import * as SpecialLines from "../../src/compliance/SpecialLines.js"

// National asset recovery in corruption and economic cases, 2022 (vietbao, Tổng Thanh tra): must enforce
// ~4,000 cases / 89,600 bn; completed 1,895 cases / ~16,000 bn. Enforceable is not published: set equal to
// must-enforce here, so the rate is a lower bound.
const y2022: SpecialLines.SpecialLines = {
  unitId: "national",
  year: 2022,
  months: 12,
  assetRecovery: {
    cases: { mustEnforce: 4000, enforceable: 4000, completed: 1895 },
    money: { mustEnforce: 89_600_000_000_000, enforceable: 89_600_000_000_000, completed: 16_000_000_000_000 }
  }
}

describe("special lines: asset recovery and complaints", () => {
  it("computes the KPIs exactly, rounded once", () => {
    const k = SpecialLines.kpis(y2022)
    expect(k.map((x) => [x.id, x.value])).toEqual([
      ["asset-recovery-rate-cases", 47.38],
      ["asset-recovery-rate-money", 17.86]
    ])
    const c = SpecialLines.kpis({
      unitId: "u",
      year: 2024,
      months: 12,
      complaints: { carriedOver: 2, received: 10, withinCompetence: 8, resolved: 6, resolvedOnTime: 5 }
    })
    expect(c.map((x) => [x.id, x.value])).toEqual([
      ["complaints-resolution-rate", 75],
      ["complaints-on-time-rate", 83.33]
    ])
    expect(
      SpecialLines.kpis({
        unitId: "u",
        year: 2024,
        months: 12,
        complaints: { carriedOver: 0, received: 0, withinCompetence: 0, resolved: 0 }
      })[0]!.value
    ).toBeNull()
  })

  it("flags a part larger than its whole", () => {
    const f = SpecialLines.check({
      unitId: "u",
      year: 2024,
      months: 6,
      assetRecovery: { cases: { enforceable: 10, completed: 11 } },
      complaints: { carriedOver: 1, received: 3, withinCompetence: 5, resolved: 6, resolvedOnTime: 7 }
    })
    expect(f.map((x) => [x.code, x.location.path])).toEqual([
      ["special-line-inconsistent", "/assetRecovery/cases/completed"],
      ["special-line-inconsistent", "/complaints/withinCompetence"],
      ["special-line-inconsistent", "/complaints/resolved"],
      ["special-line-inconsistent", "/complaints/resolvedOnTime"]
    ])
    expect(SpecialLines.check(y2022)).toEqual([])
  })

  it("checks the 2014 complaints task (100% carried over, 90% new) and says nothing for years without one", () => {
    const c = { carriedOver: 10, received: 50, withinCompetence: 40, resolved: 35, carriedOverResolved: 9 }
    const f = SpecialLines.check({ unitId: "u", year: 2014, months: 12, complaints: c })
    expect(f.map((x) => [x.code, x.observed, x.expected, x.citation.document])).toEqual([
      ["complaints-target-missed", 90, 100, "qd-3005-btp-2013"],
      ["complaints-target-missed", 86.67, 90, "qd-3005-btp-2013"]
    ])
    expect(SpecialLines.check({ unitId: "u", year: 2024, months: 12, complaints: c })).toEqual([])
  })

  it("feeds the directive's year-on-year checks (§4.2, §4.5)", () => {
    const y2024: SpecialLines.SpecialLines = {
      unitId: "national",
      year: 2024,
      months: 12,
      assetRecovery: { money: { enforceable: 89_600_000_000_000, completed: 22_177_000_000_000 } },
      complaints: { carriedOver: 0, received: 40, withinCompetence: 30, resolved: 30 }
    }
    const r = SpecialLines.directiveChecks(y2024, {
      ...y2022,
      complaints: { carriedOver: 0, received: 52, withinCompetence: 40, resolved: 40 }
    })
    expect(r.map((x) => [x.id, x.outcome.status])).toEqual([
      ["asset-recovery-rising", "pass"],
      ["complaints-falling", "pass"]
    ])
    expect(SpecialLines.directiveChecks(y2024).map((x) => x.outcome.status)).toEqual([
      "not-applicable",
      "not-applicable"
    ])
  })

  it("decodes from JSON", () => {
    expect(Schema.decodeUnknownSync(SpecialLines.SpecialLinesSchema)(y2022)).toEqual(y2022)
    expect(() =>
      Schema.decodeUnknownSync(SpecialLines.SpecialLinesSchema)({ ...y2022, complaints: { carriedOver: -1 } })
    ).toThrow()
  })
})
