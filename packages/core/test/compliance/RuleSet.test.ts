/**
 * The rule set's provenance: the written-down hash of the standard rule set
 * is its hash, and `describe` gives it without hashing again; the settings a
 * user may set (regimeEnd, rollForward, the culture day) change the hash
 * when set and reach the calendar and the deadlines.
 */
import { describe, expect, it } from "vitest"
import * as CivilDate from "../../src/base/CivilDate.js"
import * as ReportingDeadline from "../../src/calendar/ReportingDeadline.js"
import * as RuleSet from "../../src/compliance/RuleSet.js"
import * as RuleSetDocument from "../../src/compliance/RuleSetDocument.js"

describe("RuleSet", () => {
  it("standardHash is the hash of the standard rule set (else: set it to the value this test prints)", () => {
    const actual = RuleSet.hash(RuleSet.standard)
    expect(
      actual,
      `RuleSet.standardHash is out of date: set it to "${actual}" in packages/core/src/compliance/RuleSet.ts`
    ).toBe(RuleSet.standardHash)
    expect(RuleSet.describe(RuleSet.standard)).toEqual({ version: RuleSet.standard.version, hash: actual })
  })

  it("another rule set is hashed on its own", () => {
    const other = { ...RuleSet.standard, targets: [] }
    expect(RuleSet.describe(other).hash).toBe(RuleSet.hash(other))
    expect(RuleSet.describe(other).hash).not.toBe(RuleSet.standardHash)
  })
})

describe("the settings of a rule set: regimeEnd, rollForward, cultureDay, cultureDayCompensated", () => {
  const d = CivilDate.make
  it("absent, they leave the hash of the standard rule set as it is", () => {
    expect(RuleSet.hash({ ...RuleSet.standard })).toBe(RuleSet.standardHash)
    const decoded = RuleSetDocument.decode({})
    expect(decoded._tag === "Success" && RuleSet.describe(decoded.success.ruleSet).hash).toBe(RuleSet.standardHash)
  })

  it("set, each changes the hash (a result names the settings it was computed with)", () => {
    const variants: ReadonlyArray<RuleSet.RuleSet> = [
      { ...RuleSet.standard, regimeEnd: { "tt05-2024": d("2026-06-30") } },
      { ...RuleSet.standard, regimeEnd: { "tt05-2024": d("2026-07-31") } },
      { ...RuleSet.standard, rollForward: false },
      { ...RuleSet.standard, rollForward: true },
      { ...RuleSet.standard, cultureDay: true },
      { ...RuleSet.standard, cultureDayCompensated: true }
    ]
    const hashes = variants.map((v) => RuleSet.describe(v).hash)
    expect(new Set([...hashes, RuleSet.standardHash]).size).toBe(variants.length + 1)
  })

  it("cultureDay: the rule set's calendar counts 24/11/2026 as a day off (the calendar's own option)", () => {
    const culture: RuleSet.RuleSet = { ...RuleSet.standard, cultureDay: true }
    expect(RuleSet.calendarOf(culture).isWorkingDay(d("2026-11-24"))).toBe(false)
    expect(
      RuleSet.calendarOf(culture)
        .schedule(2026)
        .daysOff.map((x) => x.date)
    ).toContain("2026-11-24")
    expect(RuleSet.calendarOf(RuleSet.standard).isWorkingDay(d("2026-11-24"))).toBe(true)
    // 5 working days from Friday 20/11/2026 (docs/calendar.md): 27/11, or 30/11 with the culture day.
    expect(RuleSet.calendarOf(culture).addWorkingDays(d("2026-11-20"), 5)).toBe("2026-11-30")
    expect(RuleSet.calendarOf(RuleSet.standard).addWorkingDays(d("2026-11-20"), 5)).toBe("2026-11-27")
  })

  it("cultureDayCompensated: a make-up day in an estimated year when 24/11 is a weekend (2029: a Saturday)", () => {
    const both: RuleSet.RuleSet = { ...RuleSet.standard, cultureDay: true, cultureDayCompensated: true }
    const only: RuleSet.RuleSet = { ...RuleSet.standard, cultureDay: true }
    expect(CivilDate.weekday(d("2029-11-24"))).toBe(6)
    const off = (r: RuleSet.RuleSet) => RuleSet.calendarOf(r).schedule(2029).daysOff.length
    expect(off(both)).toBe(off(only) + 1)
  })

  it("deadlineSettings: regimeEnd ends TT 05/2024, rollForward keeps TT 01/2013's base day", () => {
    const ended: RuleSet.RuleSet = { ...RuleSet.standard, regimeEnd: { "tt05-2024": d("2026-06-30") } }
    expect(() =>
      ReportingDeadline.deadline({ year: 2026, months: 10 }, "thads-tinh", RuleSet.deadlineSettings(ended))
    ).toThrow(/tt05-2024 is set to end on 2026-06-30/u)
    expect(
      ReportingDeadline.deadline({ year: 2026, months: 9 }, "thads-tinh", RuleSet.deadlineSettings(ended)).deadline
    ).toBe(ReportingDeadline.deadline({ year: 2026, months: 9 }, "thads-tinh").deadline)
    const kept = RuleSet.deadlineSettings({ ...RuleSet.standard, rollForward: false })
    const d2019 = ReportingDeadline.deadline({ year: 2019, months: 7 }, "chv", kept)
    expect([d2019.deadline, d2019.basis]).toEqual(["2019-05-01", "official"])
    expect(ReportingDeadline.deadline({ year: 2019, months: 7 }, "chv").deadline).toBe("2019-05-02")
  })
})
