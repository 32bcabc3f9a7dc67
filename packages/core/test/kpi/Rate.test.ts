import { describe, expect, it } from "vitest"
import fc from "fast-check"
import * as Rate from "../../src/kpi/Rate.js"

describe("Rate.percent (2 decimals, half away from zero)", () => {
  // Published national rates (thads-rules.md §3).
  it.each([
    ["9 months 2017, cases", 369_372, 579_413, 63.75],
    ["6 months 2022, cases", 202_015, 410_615, 49.2],
    ["6 months 2022, money (35,183.57 / 159,795.80 bn VND)", 35_183_570_000_000, 159_795_800_000_000, 22.02],
    ["year 2022, cases", 539_290, 653_719, 82.5]
  ])("%s", (_, num, den, expected) => {
    expect(Rate.percent(num, den).value).toBe(expected)
  })

  it("rounds half away from zero", () => {
    expect(Rate.percent(1, 8).value).toBe(12.5)
    expect(Rate.percent(1, 32).value).toBe(3.13) // 3.125
    expect(Rate.percent(1, 3).value).toBe(33.33)
    expect(Rate.percent(2, 3).value).toBe(66.67)
    expect(Rate.percent(0, 5).value).toBe(0)
  })

  it("division by zero is undefined, not 0 or NaN", () => {
    expect(Rate.percent(0, 0)).toEqual({
      value: null,
      numerator: 0,
      denominator: 0,
      undefinedReason: "division-by-zero"
    })
    expect(Rate.gap(1, 0, 8000)).toBeNull()
    expect(Rate.compareExact(1, 0, 8000)).toBeNull()
  })

  it("is within half a hundredth of the exact value, also for money near 2^53 (property)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (den, f) => {
          const num = Math.floor(den * f)
          // The exact rate in units of 0.0001 %, truncated; the rounded value may differ by at most half a hundredth (50 units).
          const exact = (BigInt(num) * 1_000_000n) / BigInt(den)
          const v = Rate.percent(num, den).value!
          expect(Math.abs(Math.round(v * 10_000) - Number(exact))).toBeLessThanOrEqual(51)
        }
      )
    )
  })

  it("compares exactly with a target", () => {
    expect(Rate.compareExact(82_504, 100_000, 8250)).toBe(1)
    expect(Rate.compareExact(82_500, 100_000, 8250)).toBe(0)
    expect(Rate.compareExact(82_499, 100_000, 8250)).toBe(-1)
    expect(Rate.hundredths(82.6)).toBe(8260)
    expect(() => Rate.hundredths(82.605)).toThrow(RangeError)
  })

  it("gap and difference in percentage points", () => {
    expect(Rate.gap(539_290, 653_719, 8150)).toBe(1)
    expect(Rate.gap(80, 100, 8250)).toBe(-2.5)
    expect(Rate.difference(1, 3, 1, 4)).toBe(8.33)
    expect(Rate.difference(1, 4, 1, 3)).toBe(-8.33)
  })
})

describe("Rate.percent fast path", () => {
  it("agrees with the exact BigInt computation (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2 ** 40 }), fc.double({ min: 0, max: 1, noNaN: true }), (den, f) => {
        const num = Math.floor(den * f)
        const exact = Number((2n * BigInt(num) * 10000n + BigInt(den)) / (2n * BigInt(den))) / 100
        expect(Rate.percent(num, den).value).toBe(exact)
      }),
      { numRuns: 2000 }
    )
  })

  it("agrees with the exact BigInt computation for money and any sign, up to 2^53 (property)", () => {
    const exact = (num: number, den: number) => {
      const a = BigInt(Math.abs(num)) * 10000n
      const q = (2n * a + BigInt(den)) / (2n * BigInt(den))
      return Number(num < 0 ? -q : q) / 100
    }
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER }),
        fc.oneof(
          fc.double({ min: 0, max: 1.2, noNaN: true }),
          fc.constantFrom(0, 0.5, 0.99995, 0.00005, 0.000049999, 1, 1.00005)
        ),
        fc.boolean(),
        (den, f, negative) => {
          const num = Math.min(Number.MAX_SAFE_INTEGER, Math.floor(den * f)) * (negative ? -1 : 1)
          expect(Rate.percent(num, den).value).toBe(exact(num, den))
        }
      ),
      { numRuns: 5000 }
    )
    // Exactly half a hundredth of a percent with money-sized values (the long division's rounding): 12345 / 2 → 6173.
    expect(Rate.percent(45_000_000_000 * 12_345, 900_000_000_000_000).value).toBe(61.73)
    expect(Rate.percent(-45_000_000_000 * 12_345, 900_000_000_000_000).value).toBe(-61.73)
    expect(Rate.percent(45_000_000_000 * 12_345 - 1, 900_000_000_000_000).value).toBe(61.72)
    // Halves exactly at the fourth decimal, and remainders one below and above them, for money-sized denominators.
    for (const den of [2_000_000_000_000, 107_187_085_401_902, 900_719_925_474_099]) {
      for (const num of [den / 2 + 0.5, den - 1, 1, Math.floor(den / 20000), Math.ceil(den / 20000)]) {
        const n = Math.floor(num)
        expect(Rate.percent(n, den).value).toBe(exact(n, den))
        expect(Rate.percent(-n, den).value).toBe(exact(-n, den))
      }
    }
  })
})
