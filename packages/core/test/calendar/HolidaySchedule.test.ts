import { describe, expect, it } from "vitest"
import * as CivilDate from "../../src/base/CivilDate.js"
import * as EstimatedSchedule from "../../src/calendar/EstimatedSchedule.js"
import * as HolidaySchedule from "../../src/calendar/HolidaySchedule.js"
import * as Lunar from "../../src/calendar/Lunar.js"
import * as OfficialSchedules from "../../src/calendar/OfficialSchedules.js"
import * as Documents from "../../src/citation/Documents.js"

const dates = (s: HolidaySchedule.YearSchedule) => s.daysOff.map((d) => d.date)

describe("official table (holidays.md (b))", () => {
  // holidays.md (e) 4: weekdays off per year 2019–2025 = 11, 10, 11, 11, 11, 12, 12.
  it.each([
    [2019, 11],
    [2020, 10],
    [2021, 11],
    [2022, 11],
    [2023, 11],
    [2024, 12],
    [2025, 12]
  ])("%i has %i weekdays off", (year, count) => {
    const s = HolidaySchedule.forYear(year)
    expect(s.status).toBe("official")
    expect(s.daysOff).toHaveLength(count)
  })

  it.each([
    [2019, ["2019-01-05", "2019-05-04"]],
    [2020, []],
    [2021, []],
    [2022, []],
    [2023, []],
    [2024, ["2024-05-04"]],
    [2025, ["2025-04-26"]],
    [2026, ["2026-01-10", "2026-08-22"]]
  ])("%i Saturdays worked", (year, sats) => {
    expect(HolidaySchedule.forYear(year).workingSaturdays.map((s) => s.date)).toEqual(sats)
  })

  it("every listed day off is a weekday of its year, every worked day a Saturday", () => {
    for (const s of OfficialSchedules.all) {
      for (const d of s.daysOff) {
        expect(CivilDate.isWeekend(d.date), d.date).toBe(false)
        expect(CivilDate.toParts(d.date).year).toBe(s.year)
      }
      for (const d of s.workingSaturdays) expect(CivilDate.weekday(d.date), d.date).toBe(6)
    }
  })

  it("every source is a registered document", () => {
    for (const s of OfficialSchedules.all) {
      for (const c of s.sources) expect(() => Documents.get(c.document)).not.toThrow()
    }
  })

  it("2026 is partial: the Quốc khánh swap is only reported; 24/11 is an opt-in candidate", () => {
    const s = HolidaySchedule.forYear(2026)
    expect(s.status).toBe("partial")
    expect(dates(s)).not.toContain("2026-11-24")
    expect(s.candidates?.map((d) => d.date)).toEqual(["2026-11-24"])
    expect(dates(s)).toEqual(expect.arrayContaining(["2026-01-02", "2026-08-31", "2026-09-01", "2026-09-02"]))
    const opted = HolidaySchedule.forYear(2026, { cultureDay: true })
    expect(opted.daysOff.find((d) => d.date === "2026-11-24")?.confidence).toBe("reported")
    expect(opted.candidates).toBeUndefined()
  })

  it("the Tết days of each notice surround the computed Tết", () => {
    for (const s of OfficialSchedules.all) {
      const tet = CivilDate.toDayNumber(Lunar.tet(s.year))
      const tetDays = s.daysOff.filter((d) => d.reason === "tet")
      expect(tetDays).toHaveLength(5)
      for (const d of tetDays) expect(Math.abs(CivilDate.toDayNumber(d.date) - tet)).toBeLessThanOrEqual(6)
    }
  })
})

describe("estimator (Labour Code rules)", () => {
  // The estimator must reproduce every official year except the swaps, which
  // cannot be predicted (holidays.md (e) 2).
  it.each(OfficialSchedules.years.map((y) => [y]))("reproduces %i without its swaps", (year) => {
    const official = OfficialSchedules.get(year)!
    const estimate = HolidaySchedule.forYear(year, { ignoreOfficial: true })
    expect(estimate.status).toBe("estimated")
    expect(dates(estimate)).toEqual(official.daysOff.filter((d) => d.reason !== "swap").map((d) => d.date))
    expect(estimate.workingSaturdays).toEqual([])
    for (const d of estimate.daysOff) expect(d.confidence).toBe("estimated")
  })

  it("2027 matches the estimate of holidays.md (b)", () => {
    const s = HolidaySchedule.forYear(2027)
    expect(s.status).toBe("estimated")
    expect(dates(s)).toEqual([
      "2027-01-01",
      "2027-02-04",
      "2027-02-05",
      "2027-02-08",
      "2027-02-09",
      "2027-02-10",
      "2027-04-16",
      "2027-04-30",
      "2027-05-03",
      "2027-09-02",
      "2027-09-03"
    ])
    expect(s.candidates?.map((d) => d.date)).toEqual(["2027-11-24"])
  })

  it("24/11 is an opt-in setting (the Labour Code in force lists 11 holidays)", () => {
    expect(dates(HolidaySchedule.forYear(2027))).not.toContain("2027-11-24")
    expect(dates(HolidaySchedule.forYear(2027, { cultureDay: true }))).toContain("2027-11-24")
    expect(dates(HolidaySchedule.forYear(2027, { estimator: { cultureDay: true } }))).toContain("2027-11-24")
  })

  it("make-up days chain past other holidays (2023: 29/4 and 30/4 → 2/5 and 3/5)", () => {
    const s = EstimatedSchedule.estimate(2023, HolidaySchedule.defaultEstimatorSettings)
    const comp = s.daysOff.filter((d) => d.reason === "compensatory")
    expect(comp.map((d) => [d.date, d.for])).toEqual([
      ["2023-01-02", "2023-01-01"],
      ["2023-05-02", "2023-04-29"],
      ["2023-05-03", "2023-04-30"],
      ["2023-09-04", "2023-09-02"]
    ])
  })

  it("every estimated year 2027–2199 has 11 or 12 weekdays off, none on a weekend", () => {
    for (let y = 2027; y <= 2199; y++) {
      const s = HolidaySchedule.forYear(y, { estimator: { cultureDay: false } })
      expect(s.daysOff.length, String(y)).toBe(11)
      for (const d of s.daysOff) expect(CivilDate.isWeekend(d.date)).toBe(false)
      expect(new Set(dates(s)).size).toBe(s.daysOff.length)
    }
  })

  it("years without encoded rules: weekends only, estimated, with a note; the estimator itself refuses them", () => {
    const s = HolidaySchedule.forYear(2013)
    expect(s).toMatchObject({ status: "estimated", daysOff: [], workingSaturdays: [] })
    expect(s.notes?.[0]?.en).toMatch(/holidays are missing/)
    expect(() => EstimatedSchedule.estimate(2013, HolidaySchedule.defaultEstimatorSettings)).toThrow(/2014–2199/)
  })
})

describe("overrides", () => {
  it("adds a late swap to an estimated year and keeps it estimated", () => {
    const s = HolidaySchedule.forYear(2027, {
      overrides: [
        {
          year: 2027,
          addDaysOff: [{ date: CivilDate.make("2027-04-29"), reason: "swap", confidence: "verified" }],
          addWorkingSaturdays: [{ date: CivilDate.make("2027-05-08"), confidence: "verified" }],
          source: { document: "tb-9441-bnv-2025" }
        }
      ]
    })
    expect(dates(s)).toContain("2027-04-29")
    expect(s.workingSaturdays.map((d) => d.date)).toEqual(["2027-05-08"])
    expect(s.status).toBe("estimated")
  })

  it("an override on an official year makes it partial; replace makes it official", () => {
    const partial = HolidaySchedule.forYear(2024, {
      overrides: [{ year: 2024, removeDaysOff: [CivilDate.make("2024-04-29")] }]
    })
    expect(partial.status).toBe("partial")
    expect(dates(partial)).not.toContain("2024-04-29")
    const replaced = HolidaySchedule.forYear(2030, {
      overrides: [
        {
          year: 2030,
          replace: true,
          addDaysOff: [{ date: CivilDate.make("2030-01-01"), reason: "new-year", confidence: "verified" }]
        }
      ]
    })
    expect(replaced.status).toBe("official")
    expect(dates(replaced)).toEqual(["2030-01-01"])
  })

  it("rejects days outside the year, weekend days off and worked days that are not Saturdays", () => {
    const base = { reason: "swap", confidence: "verified" } as const
    expect(() =>
      HolidaySchedule.forYear(2027, {
        overrides: [{ year: 2027, addDaysOff: [{ ...base, date: CivilDate.make("2028-01-03") }] }]
      })
    ).toThrow(/not in 2027/)
    expect(() =>
      HolidaySchedule.forYear(2027, {
        overrides: [{ year: 2027, addDaysOff: [{ ...base, date: CivilDate.make("2027-05-08") }] }]
      })
    ).toThrow(/weekend/)
    expect(() =>
      HolidaySchedule.forYear(2027, {
        overrides: [
          { year: 2027, addWorkingSaturdays: [{ date: CivilDate.make("2027-05-09"), confidence: "verified" }] }
        ]
      })
    ).toThrow(/not a Saturday/)
  })
})
