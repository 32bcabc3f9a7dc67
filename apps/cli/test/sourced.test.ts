/**
 * Issue #13 items 1, 2, 7, 8 as the CLI shows them: an assumed deadline names
 * its setting ("hạn gửi theo giả định"), a deadline that depends on an
 * unverified day lists it, the calendar shows 24/11/2026 as an opt-in day,
 * and the directive separates documents it names from related ones.
 */
import { describe, expect, it } from "vitest"
import { calendar, deadline, directive } from "../src/index.js"

describe("thads deadline", () => {
  it("--json: a TT 01/2013 deadline moved off a holiday is assumed and names the rollForward setting", () => {
    const out = JSON.parse(deadline({ year: 2019, months: 7, level: "chv", json: true, lang: "vi" }).stdout)
    expect(out).toMatchObject({ deadline: "2019-05-02", basis: "assumed", rolledForwardFrom: "2019-05-01" })
    expect(out.settings[0]).toMatchObject({ key: "ReportingDeadline.rollForward", value: true })
    expect(out.settings[0].about).toMatchObject({ document: "blds-2015", article: "148" })
    expect(out.dependsOnUnverifiedDays).toEqual([])
  })

  it("text: an assumed TT 05/2024 level says 'Hạn gửi theo giả định' and the setting", () => {
    const vi = deadline({ year: 2025, months: 3, level: "cuc", json: false, lang: "vi" }).stdout
    expect(vi).toContain("Hạn gửi theo giả định: thiết lập ReportingDeadline.rules.tt05-2024.cuc = 4")
    const en = deadline({ year: 2025, months: 3, level: "chv", json: false, lang: "en" }).stdout
    expect(en).toContain("basis: official")
    expect(en).not.toContain("Assumed deadline")
  })

  it("lists the unverified days a deadline depends on (1/9/2026, reported only)", () => {
    const out = JSON.parse(deadline({ year: 2026, months: 11, level: "chv", json: true, lang: "en" }).stdout)
    expect(out).toMatchObject({ deadline: "2026-09-03", dependsOnUnverifiedDays: ["2026-09-01"] })
    const text = deadline({ year: 2026, months: 11, level: "chv", json: false, lang: "en" }).stdout
    expect(text).toContain("Depends on unverified days: 2026-09-01")
  })
})

describe("thads calendar", () => {
  it("2026: 24/11 is listed apart, not counted", () => {
    const out = JSON.parse(calendar({ year: "2026", json: true, lang: "en" }).stdout)
    expect(out.daysOff).not.toContain("2026-11-24")
    expect(out.unverifiedCandidates).toEqual(["2026-11-24"])
    const text = calendar({ year: "2026", json: false, lang: "en" }).stdout
    expect(text).toContain(
      'Days off not in the Labour Code in force (not counted unless the rule set sets "cultureDay": true, --rules):'
    )
  })
})

describe("thads directive", () => {
  it("separates the documents the text names from related ones, and says it covers the summary", () => {
    const out = JSON.parse(directive({ coverage: true, json: true, lang: "en" }).stdout)
    expect(out.source.kind).toBe("published-summary")
    expect(out.invokes).toEqual(["ct-17-ct-tu-2015"])
    expect(out.scope.covers).toBe("published-summary")
    const p23 = out.provisions.find((p: { id: string }) => p.id === "2.3")
    expect(p23.invokes).toEqual([])
    expect(p23.related.map((r: { document: string }) => r.document)).toEqual(["nd-62-2015", "ttlt-05-2016"])
    const text = directive({ coverage: true, json: false, lang: "en" }).stdout
    expect(text).toContain("related (assumed, not named)")
    expect(text).toContain("Coverage of the published summary, not the full text")
  })
})
