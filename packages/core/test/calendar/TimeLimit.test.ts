import { describe, expect, it } from "vitest"
import * as CivilDate from "../../src/base/CivilDate.js"
import * as TimeLimit from "../../src/calendar/TimeLimit.js"

const d = CivilDate.make

describe("TimeLimit (BLDS 2015 Điều 147–148)", () => {
  it("does not count the day of the event", () => {
    // Voluntary period of 10 days (Luật THADS Đ45) from Monday 2024-06-03 ends Thursday 13/6.
    expect(TimeLimit.end(d("2024-06-03"), { amount: 10, unit: "days" }).end).toBe("2024-06-13")
  })

  it("rolls a calendar-day limit ending on a rest day to the next working day", () => {
    const r = TimeLimit.end(d("2024-04-19"), { amount: 10, unit: "days" })
    expect(r.end).toBe("2024-05-02") // 29/4 swap, 30/4, 1/5 holidays
    expect(r.rolledForwardFrom).toBe("2024-04-29")
    expect(r.citations.map((c) => c.article)).toEqual(["147", "148"])
  })

  it("ends a limit ending on a worked Saturday on that Saturday", () => {
    expect(TimeLimit.end(d("2024-04-24"), { amount: 10, unit: "days" }).end).toBe("2024-05-04")
  })

  it("counts months to the corresponding day, or the month's last day", () => {
    expect(TimeLimit.end(d("2023-08-31"), { amount: 6, unit: "months" }).end).toBe("2024-02-29")
    // 30 days for THAHC voluntary compliance (Luật TTHC Đ311 k2): Sunday 2024-03-17 rolls to Monday 18/3.
    const r = TimeLimit.end(d("2024-02-16"), { amount: 30, unit: "days" })
    expect(r.end).toBe("2024-03-18")
  })

  it("counts years", () => {
    // Limitation period of 5 years (Luật THADS Đ30) from 2019-03-30 ends Saturday 2024-03-30 → Monday 1/4.
    expect(TimeLimit.end(d("2019-03-30"), { amount: 5, unit: "years" }).end).toBe("2024-04-01")
  })

  it("counts working days", () => {
    // 5 working days from Friday 2025-04-25: Saturday 26/4 (worked), 28/4, 29/4, then 30/4–2/5 off, weekend, 5/5, 6/5.
    expect(TimeLimit.end(d("2025-04-25"), { amount: 5, unit: "working-days" }).end).toBe("2025-05-06")
  })

  it("'immediately' ends the same day", () => {
    expect(TimeLimit.end(d("2025-02-01"), { amount: 0, unit: "immediately" }).end).toBe("2025-02-01")
  })

  it("flags estimated years", () => {
    expect(TimeLimit.end(d("2026-12-28"), { amount: 10, unit: "days" }).estimated).toBe(true)
    expect(TimeLimit.end(d("2025-12-01"), { amount: 10, unit: "days" }).estimated).toBe(false)
  })

  it("rejects negative or fractional amounts", () => {
    expect(() => TimeLimit.end(d("2025-02-01"), { amount: -1, unit: "days" })).toThrow(RangeError)
    expect(() => TimeLimit.end(d("2025-02-01"), { amount: 1.5, unit: "days" })).toThrow(RangeError)
  })
})
