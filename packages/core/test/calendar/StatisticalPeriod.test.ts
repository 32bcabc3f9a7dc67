import { describe, expect, it } from "vitest"
import fc from "fast-check"
import * as CivilDate from "../../src/base/CivilDate.js"
import * as StatisticalPeriod from "../../src/calendar/StatisticalPeriod.js"

const d = CivilDate.make

describe("StatisticalPeriod (TT 06/2019 Điều 4; TTLT 12/2021 Điều 6)", () => {
  it("'6 tháng 2022' = 1/10/2021 – 31/3/2022 (thads-rules.md §2)", () => {
    const p = StatisticalPeriod.periodOf(d("2022-03-15"))
    expect(p).toEqual({ year: 2022, months: 6 })
    expect(StatisticalPeriod.start(p)).toBe("2021-10-01")
    expect(StatisticalPeriod.end(p)).toBe("2022-03-31")
  })

  it("the year runs 1/10 – 30/9", () => {
    expect(StatisticalPeriod.periodOf(d("2021-10-01"))).toEqual({ year: 2022, months: 1 })
    expect(StatisticalPeriod.periodOf(d("2022-09-30"))).toEqual({ year: 2022, months: 12 })
    expect(StatisticalPeriod.end({ year: 2022, months: 12 })).toBe("2022-09-30")
    expect(StatisticalPeriod.end({ year: 2024, months: 5 })).toBe("2024-02-29")
    expect(StatisticalPeriod.end({ year: 2023, months: 5 })).toBe("2023-02-28")
    expect(StatisticalPeriod.end({ year: 2022, months: 3 })).toBe("2021-12-31")
  })

  it("inter-agency periods are 3, 6, 10 and 12 months", () => {
    expect(StatisticalPeriod.periodsOfYear(2022, { interagency: true }).map(StatisticalPeriod.end)).toEqual([
      "2021-12-31",
      "2022-03-31",
      "2022-07-31",
      "2022-09-30"
    ])
    expect(StatisticalPeriod.interagencyPeriodOf(d("2021-10-15"))).toEqual({ year: 2022, months: 3 })
    expect(StatisticalPeriod.interagencyPeriodOf(d("2022-04-01"))).toEqual({ year: 2022, months: 10 })
    expect(StatisticalPeriod.isInteragency({ year: 2022, months: 9 })).toBe(false)
  })

  it("every date lies in its period, in the period's last month (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: -20000, max: 60000 }), (n) => {
        const date = CivilDate.fromDayNumber(n)
        const p = StatisticalPeriod.periodOf(date)
        expect(StatisticalPeriod.start(p) <= date && date <= StatisticalPeriod.end(p)).toBe(true)
        if (p.months > 1) {
          expect(
            date > StatisticalPeriod.end({ year: p.year, months: (p.months - 1) as StatisticalPeriod.Months })
          ).toBe(true)
        }
      })
    )
  })

  it("lists the periods ending in a range, across a year boundary", () => {
    expect(StatisticalPeriod.endingBetween(d("2022-09-01"), d("2022-11-30"))).toEqual([
      { year: 2022, months: 12 },
      { year: 2023, months: 1 },
      { year: 2023, months: 2 }
    ])
  })

  it("labels periods", () => {
    expect(StatisticalPeriod.label({ year: 2022, months: 6 }, "vi")).toBe("6 tháng năm 2022 (01/10/2021 – 31/03/2022)")
    expect(StatisticalPeriod.label({ year: 2022, months: 12 }, "en")).toBe(
      "statistical year 2022 (2021-10-01 – 2022-09-30)"
    )
  })

  it("rejects impossible periods", () => {
    expect(() => StatisticalPeriod.make(2022, 13)).toThrow(/1 to 12/)
    expect(() => StatisticalPeriod.make(2022, 0)).toThrow(StatisticalPeriod.InvalidPeriodError)
  })
})
