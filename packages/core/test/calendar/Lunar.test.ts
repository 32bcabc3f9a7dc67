import { describe, expect, it } from "vitest"
import fc from "fast-check"
import * as CivilDate from "../../src/base/CivilDate.js"
import * as Lunar from "../../src/calendar/Lunar.js"

const d = (s: string): CivilDate.CivilDate => CivilDate.make(s)
const lunar = (year: number, month: number, day: number, leap = false): Lunar.LunarDate => ({ year, month, day, leap })

const MIN_DAY = CivilDate.toDayNumber(d("1900-02-01"))
const MAX_DAY = CivilDate.toDayNumber(d("2199-12-31"))
const YEARS = Array.from({ length: 2199 - 1900 + 1 }, (_, i) => 1900 + i)

// Sourced facts (project domain notes): Tết (1/1 âm) and Giỗ Tổ (10/3 âm).
const TET_GIO_TO: ReadonlyArray<readonly [number, string, string]> = [
  [2019, "2019-02-05", "2019-04-14"],
  [2020, "2020-01-25", "2020-04-02"],
  [2021, "2021-02-12", "2021-04-21"],
  [2022, "2022-02-01", "2022-04-10"],
  [2023, "2023-01-22", "2023-04-29"],
  [2024, "2024-02-10", "2024-04-18"],
  [2025, "2025-01-29", "2025-04-07"],
  [2026, "2026-02-17", "2026-04-26"],
  [2027, "2027-02-06", "2027-04-16"]
]

describe("Lunar — sourced dates", () => {
  it.each(TET_GIO_TO)("Tết and Giỗ Tổ %i", (year, tet, gioTo) => {
    expect(Lunar.tet(year)).toBe(tet)
    expect(Lunar.gioTo(year)).toBe(gioTo)
    expect(Lunar.toLunar(d(tet))).toEqual(lunar(year, 1, 1))
    expect(Lunar.toLunar(d(gioTo))).toEqual(lunar(year, 3, 10))
    expect(Lunar.toSolar(lunar(year, 1, 1))).toBe(tet)
    expect(Lunar.toSolar(lunar(year, 3, 10))).toBe(gioTo)
  })

  it.each([
    ["2019-02-02", lunar(2018, 12, 28)],
    ["2020-01-23", lunar(2019, 12, 29)],
    ["2021-02-10", lunar(2020, 12, 29)],
    ["2022-01-31", lunar(2021, 12, 29)],
    ["2024-02-08", lunar(2023, 12, 29)],
    ["2024-02-14", lunar(2024, 1, 5)],
    ["2025-01-25", lunar(2024, 12, 26)],
    ["2025-02-02", lunar(2025, 1, 5)],
    ["2026-02-16", lunar(2025, 12, 29)],
    ["2026-02-20", lunar(2026, 1, 4)]
  ] as const)("Tết holiday notice date %s", (solar, expected) => {
    expect(Lunar.toLunar(d(solar))).toEqual(expected)
    expect(Lunar.toSolar(expected)).toBe(solar)
  })

  it("leap months (tháng nhuận) 2019–2031", () => {
    const expected: Record<number, number> = { 2020: 4, 2023: 2, 2025: 6, 2028: 5, 2031: 3 }
    for (let y = 2019; y <= 2031; y++) {
      expect(Lunar.leapMonth(y), `year ${y}`).toBe(expected[y])
      expect(Lunar.monthsInYear(y), `year ${y}`).toBe(expected[y] === undefined ? 12 : 13)
    }
  })

  it("examples of the algorithm's description page", () => {
    expect(Lunar.toLunar(d("1984-02-02"))).toEqual(lunar(1984, 1, 1))
    expect(Lunar.toSolar(lunar(2004, 2, 1, true))).toBe("2004-03-21")
    expect(Lunar.toLunar(d("2004-03-21"))).toEqual(lunar(2004, 2, 1, true))
    expect(Lunar.leapMonth(2004)).toBe(2)
  })

  it("the leap month follows the regular month with the same number", () => {
    const labels = Lunar.months(2023).map((m) => `${m.month}${m.leap ? "N" : ""}`)
    expect(labels).toEqual(["1", "2", "2N", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12"])
    const m2 = Lunar.months(2023)[1]!
    expect(Lunar.toSolar(lunar(2023, 2, m2.length))).toBe(CivilDate.addDays(d("2023-03-22"), -1))
    expect(Lunar.toSolar(lunar(2023, 2, 1, true))).toBe("2023-03-22")
  })

  it("a leap month 11 (lunar 2033, computed by the algorithm) belongs to the lunar year it follows", () => {
    expect(Lunar.leapMonth(2033)).toBe(11)
    const ms = Lunar.months(2033)
    expect(ms.map((m) => `${m.month}${m.leap ? "N" : ""}`).slice(-3)).toEqual(["11", "11N", "12"])
    expect(Lunar.toLunar(ms[11]!.start)).toEqual(lunar(2033, 11, 1, true))
  })
})

describe("Lunar — Vietnam (UTC+7) vs China (UTC+8)", () => {
  it.each([
    [1968, "1968-01-29", "1968-01-30"],
    [1969, "1969-02-16", "1969-02-17"],
    [1985, "1985-01-21", "1985-02-20"],
    [2007, "2007-02-17", "2007-02-18"],
    [2030, "2030-02-02", "2030-02-03"],
    [2053, "2053-02-18", "2053-02-19"]
  ] as const)("Tết %i differs", (year, vn, cn) => {
    expect(Lunar.tet(year)).toBe(vn)
    expect(Lunar.tet(year, 8)).toBe(cn)
    expect(Lunar.toSolarAt(lunar(year, 1, 1), 7)).toBe(vn)
    expect(Lunar.toSolarAt(lunar(year, 1, 1), 8)).toBe(cn)
  })

  it("Tết 1985 is a whole month apart", () => {
    expect(Lunar.toLunarAt(d("1985-01-21"), 7)).toEqual(lunar(1985, 1, 1))
    expect(Lunar.toLunarAt(d("1985-01-21"), 8)).toEqual(lunar(1984, 12, 1))
    expect(Lunar.toLunar(d("1985-01-21"))).toEqual(Lunar.toLunarAt(d("1985-01-21"), 7))
  })

  it("Giỗ Tổ differs in 2009, 2037, 2038, 2085, 2086, 2095 and agrees in neighbouring years", () => {
    for (const y of [2009, 2037, 2038, 2085, 2086, 2095]) {
      expect(Lunar.gioTo(y, 8), `year ${y}`).not.toBe(Lunar.gioTo(y))
    }
    for (const y of [2008, 2010, 2036, 2039, 2084, 2087, 2094, 2096]) {
      expect(Lunar.gioTo(y, 8), `year ${y}`).toBe(Lunar.gioTo(y))
    }
  })

  it("rejects an unreasonable time zone", () => {
    expect(() => Lunar.toLunarAt(d("2024-02-10"), 15)).toThrow(RangeError)
    expect(() => Lunar.toSolarAt(lunar(2024, 1, 1), Number.NaN)).toThrow(RangeError)
  })
})

describe("Lunar — invalid input", () => {
  const message = (r: unknown): string => {
    expect(r).toBeInstanceOf(Lunar.LunarError)
    expect((r as Lunar.LunarError)._tag).toBe("LunarError")
    return (r as Lunar.LunarError).message
  }

  it("rejects a leap flag on a month that is not the leap month", () => {
    expect(message(Lunar.toSolar(lunar(2024, 4, 1, true)))).toBe(
      "lunar year 2024 has no leap month 4 (it has no leap month)"
    )
    expect(message(Lunar.toSolar(lunar(2023, 4, 1, true)))).toBe(
      "lunar year 2023 has no leap month 4 (its leap month is 2)"
    )
    expect(message(Lunar.monthLength(2024, 4, true))).toContain("no leap month 4")
  })

  it("rejects day 30 of a 29-day month", () => {
    // 2026-02-16 is 29 Chạp and 2026-02-17 is Tết: tháng Chạp 2025 is short.
    expect(Lunar.monthLength(2025, 12)).toBe(29)
    expect(message(Lunar.toSolar(lunar(2025, 12, 30)))).toBe("lunar month 12/2025 has 29 days, not 30")
    expect(Lunar.toSolar(lunar(2025, 12, 29))).toBe("2026-02-16")
    // whereas tháng Chạp 2023 has 30 days (2024-02-08 is 29 Chạp, Tết on 2024-02-10)
    expect(Lunar.monthLength(2023, 12)).toBe(30)
    expect(Lunar.toSolar(lunar(2023, 12, 30))).toBe("2024-02-09")
    expect(message(Lunar.toSolar(lunar(2023, 2, 30, true)))).toBe("lunar month 2 (leap)/2023 has 29 days, not 30")
  })

  it("rejects months and days out of range", () => {
    expect(message(Lunar.toSolar(lunar(2024, 13, 1)))).toContain("month 13 is outside 1–12")
    expect(message(Lunar.toSolar(lunar(2024, 0, 1)))).toContain("outside 1–12")
    expect(message(Lunar.toSolar(lunar(2024, 1, 0)))).toContain("lunar day 0 is outside")
    expect(message(Lunar.toSolar(lunar(2024, 1, 31)))).toContain("lunar day 31 is outside")
    expect(message(Lunar.toSolar(lunar(2024, 1.5, 1)))).toContain("outside 1–12")
    expect(message(Lunar.monthLength(2024, 13))).toContain("outside 1–12")
  })

  it("rejects years out of range", () => {
    expect(message(Lunar.toSolar(lunar(1899, 1, 1)))).toBe("lunar year 1899 is outside 1900–2199")
    expect(message(Lunar.toSolar(lunar(2200, 1, 1)))).toBe("lunar year 2200 is outside 1900–2199")
    expect(() => Lunar.tet(2200)).toThrow(RangeError)
    expect(() => Lunar.leapMonth(1899)).toThrow(RangeError)
    expect(() => Lunar.monthsInYear(2024.5)).toThrow(RangeError)
  })

  it("supports exactly the solar dates of lunar years 1900–2199", () => {
    expect(Lunar.tet(1900)).toBe("1900-01-31")
    expect(Lunar.toLunar(d("1900-01-31"))).toEqual(lunar(1900, 1, 1))
    expect(() => Lunar.toLunar(d("1900-01-30"))).toThrow(RangeError)
    expect(Lunar.toLunar(d("2199-12-31")).year).toBe(2199)
    const lastDay = Lunar.months(2199).at(-1)!
    const last = CivilDate.addDays(lastDay.start, lastDay.length - 1)
    expect(Lunar.toLunar(last)).toEqual(lunar(2199, 12, lastDay.length))
    expect(() => Lunar.toLunar(CivilDate.addDays(last, 1))).toThrow(RangeError)
  })
})

// Independent low-precision solar longitude (degrees) at local midnight
// starting the day `dayNumber`, for locating Đông chí.
const sunLongitudeAtMidnight = (dayNumber: number, tz: number): number => {
  const jd = dayNumber + 2440588 - 0.5 - tz / 24
  const t = (jd - 2451545) / 36525
  const rad = Math.PI / 180
  const m = (357.5291 + 35999.0503 * t - 0.0001559 * t * t) * rad
  const l0 = 280.46645 + 36000.76983 * t + 0.0003032 * t * t
  const c = (1.9146 - 0.004817 * t) * Math.sin(m) + 0.019993 * Math.sin(2 * m) + 0.00029 * Math.sin(3 * m)
  return (((l0 + c) % 360) + 360) % 360
}

/** The local day during which the sun's longitude reaches 270° (Đông chí). */
const winterSolstice = (year: number, tz: number): number => {
  for (let n = CivilDate.dayNumberOfParts({ year, month: 12, day: 15 }); ; n++) {
    if (sunLongitudeAtMidnight(n + 1, tz) >= 270) return n
  }
}

describe("Lunar — structure of every year 1900–2199", () => {
  it("12 or 13 months of 29/30 days, 13 iff there is a leap month, contiguous years", () => {
    for (const y of YEARS) {
      const ms = Lunar.months(y)
      const leap = Lunar.leapMonth(y)
      expect(ms.length).toBe(Lunar.monthsInYear(y))
      expect(ms.length === 13).toBe(leap !== undefined)
      expect(ms.filter((m) => m.leap).map((m) => m.month)).toEqual(leap === undefined ? [] : [leap])
      expect(ms.filter((m) => !m.leap).map((m) => m.month)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12])
      expect(ms[0]!.start).toBe(Lunar.tet(y))
      for (const [i, m] of ms.entries()) {
        expect([29, 30]).toContain(m.length)
        expect(Lunar.monthLength(y, m.month, m.leap)).toBe(m.length)
        const next = i + 1 < ms.length ? ms[i + 1]!.start : y < 2199 ? Lunar.tet(y + 1) : undefined
        if (next !== undefined) expect(CivilDate.daysBetween(m.start, next)).toBe(m.length)
      }
      // Tết falls between 21 January and 20 February.
      expect(Lunar.tet(y) >= `${y}-01-21` && Lunar.tet(y) <= `${y}-02-20`).toBe(true)
    }
  })

  it("Đông chí always falls in the regular month 11", () => {
    for (const y of YEARS) {
      const n = winterSolstice(y, 7)
      const l = Lunar.toLunar(CivilDate.fromDayNumber(n))
      expect({ year: y, month: l.month, leap: l.leap }).toEqual({ year: y, month: 11, leap: false })
      expect(l.year).toBe(y)
    }
  })

  it("Đông chí is in month 11 at UTC+8 too", () => {
    for (const y of YEARS) {
      const l = Lunar.toLunarAt(CivilDate.fromDayNumber(winterSolstice(y, 8)), 8)
      expect([l.month, l.leap]).toEqual([11, false])
    }
  })
})

describe("Lunar — properties", () => {
  const solarDay = fc.integer({ min: MIN_DAY, max: MAX_DAY })

  it("solar → lunar → solar round trip", () => {
    fc.assert(
      fc.property(solarDay, (n) => {
        const date = CivilDate.fromDayNumber(n)
        expect(Lunar.toSolar(Lunar.toLunar(date))).toBe(date)
      }),
      { numRuns: 2000 }
    )
  })

  it("lunar → solar → lunar round trip", () => {
    const lunarDate = fc
      .record({
        year: fc.integer({ min: 1900, max: 2199 }),
        index: fc.integer({ min: 0, max: 12 }),
        day: fc.integer({ min: 1, max: 30 })
      })
      .map(({ day, index, year }) => {
        const ms = Lunar.months(year)
        const m = ms[index % ms.length]!
        return lunar(year, m.month, Math.min(day, m.length), m.leap)
      })
    fc.assert(
      fc.property(lunarDate, (l) => {
        const solar = Lunar.toSolar(l)
        expect(solar).not.toBeInstanceOf(Lunar.LunarError)
        expect(Lunar.toLunar(solar as CivilDate.CivilDate)).toEqual(l)
      }),
      { numRuns: 2000 }
    )
  })

  it("every lunar date lies in a month of 29 or 30 days", () => {
    fc.assert(
      fc.property(solarDay, (n) => {
        const l = Lunar.toLunar(CivilDate.fromDayNumber(n))
        const length = Lunar.monthLength(l.year, l.month, l.leap)
        expect([29, 30]).toContain(length)
        expect(l.day).toBeGreaterThanOrEqual(1)
        expect(l.day).toBeLessThanOrEqual(length as number)
      }),
      { numRuns: 2000 }
    )
  })

  it("the lunar date advances by exactly one day per solar day", () => {
    fc.assert(
      fc.property(fc.integer({ min: MIN_DAY, max: MAX_DAY - 1 }), (n) => {
        const a = Lunar.toLunar(CivilDate.fromDayNumber(n))
        const b = Lunar.toLunar(CivilDate.fromDayNumber(n + 1))
        if (b.day !== 1) {
          expect(b).toEqual({ ...a, day: a.day + 1 })
          return
        }
        expect(a.day).toBe(Lunar.monthLength(a.year, a.month, a.leap))
        const ms = Lunar.months(a.year)
        const i = ms.findIndex((m) => m.month === a.month && m.leap === a.leap)
        const next = ms[i + 1]
        if (next === undefined) expect(b).toEqual(lunar(a.year + 1, 1, 1))
        else expect(b).toEqual(lunar(a.year, next.month, 1, next.leap))
      }),
      { numRuns: 2000 }
    )
  })

  it("repeated conversions are served from the cache", () => {
    const t0 = performance.now()
    for (let i = 0; i < 20000; i++) Lunar.toLunar(CivilDate.fromDayNumber(MIN_DAY + ((i * 7919) % (MAX_DAY - MIN_DAY))))
    expect(performance.now() - t0).toBeLessThan(2000)
  })
})
