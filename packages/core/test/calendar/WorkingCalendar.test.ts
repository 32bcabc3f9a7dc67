import { describe, expect, it } from "vitest"
import fc from "fast-check"
import * as CivilDate from "../../src/base/CivilDate.js"
import * as WorkingCalendar from "../../src/calendar/WorkingCalendar.js"

const d = CivilDate.make
const cal = WorkingCalendar.standard

/** The reference: a day-by-day loop. */
const naiveAdd = (date: CivilDate.CivilDate, n: number): CivilDate.CivilDate => {
  let c = date
  let left = Math.abs(n)
  while (left > 0) {
    c = CivilDate.addDays(c, Math.sign(n))
    if (cal.isWorkingDay(c)) left--
  }
  return c
}

describe("WorkingCalendar", () => {
  it("knows weekends, holidays, swaps and Saturdays worked", () => {
    expect(cal.isWorkingDay(d("2024-05-04"))).toBe(true) // Saturday worked
    expect(cal.isWorkingDay(d("2024-05-11"))).toBe(false) // ordinary Saturday
    expect(cal.isWorkingDay(d("2024-04-29"))).toBe(false) // swap
    expect(cal.isWorkingDay(d("2024-02-14"))).toBe(false) // Tết
    expect(cal.isWorkingDay(d("2024-02-15"))).toBe(true)
    expect(cal.isWorkingDay(d("2026-01-10"))).toBe(true) // Saturday worked for 2/1/2026
  })

  it("adds working days across Tết", () => {
    expect(cal.addWorkingDays(d("2024-02-07"), 1)).toBe("2024-02-15")
    expect(cal.addWorkingDays(d("2024-02-15"), -1)).toBe("2024-02-07")
  })

  it("adds working days across years", () => {
    expect(cal.addWorkingDays(d("2025-12-31"), 1)).toBe("2026-01-05")
    expect(cal.addWorkingDays(d("2026-01-05"), -1)).toBe("2025-12-31")
    expect(cal.addWorkingDays(d("2024-12-31"), 250)).toBe(naiveAdd(d("2024-12-31"), 250))
  })

  it("matches the day-by-day loop (property)", () => {
    const lo = CivilDate.toDayNumber(d("2019-01-01"))
    const hi = CivilDate.toDayNumber(d("2030-12-31"))
    fc.assert(
      fc.property(fc.integer({ min: lo, max: hi }), fc.integer({ min: -400, max: 400 }), (n, k) => {
        const date = CivilDate.fromDayNumber(n)
        expect(cal.addWorkingDays(date, k)).toBe(naiveAdd(date, k))
      }),
      { numRuns: 400 }
    )
  })

  it("counts working days between dates consistently with addWorkingDays (property)", () => {
    const lo = CivilDate.toDayNumber(d("2019-01-01"))
    fc.assert(
      fc.property(fc.integer({ min: lo, max: lo + 3000 }), fc.integer({ min: 0, max: 600 }), (n, k) => {
        const date = CivilDate.fromDayNumber(n)
        const end = cal.addWorkingDays(date, k)
        expect(cal.workingDaysBetween(date, end)).toBe(k)
        expect(cal.workingDaysBetween(end, date)).toBe(0 - k)
      }),
      { numRuns: 300 }
    )
  })

  it("nextWorkingDayOnOrAfter skips rest days only", () => {
    expect(cal.nextWorkingDayOnOrAfter(d("2025-08-30"))).toBe("2025-09-03")
    expect(cal.nextWorkingDayOnOrAfter(d("2025-09-03"))).toBe("2025-09-03")
  })

  it("uses overrides", () => {
    const custom = WorkingCalendar.make({
      overrides: [{ year: 2027, addDaysOff: [{ date: d("2027-03-01"), reason: "swap", confidence: "verified" }] }]
    })
    expect(custom.isWorkingDay(d("2027-03-01"))).toBe(false)
    expect(cal.isWorkingDay(d("2027-03-01"))).toBe(true)
    expect(custom.isEstimated(2027)).toBe(true)
    expect(custom.isEstimated(2024)).toBe(false)
  })

  it("rejects fractional counts", () => {
    expect(() => cal.addWorkingDays(d("2024-01-02"), 1.5)).toThrow(RangeError)
  })
})
