/**
 * Percentages, computed exactly and rounded once, at the edge (tỷ lệ %).
 *
 * Rule: `value = numerator ÷ denominator × 100`, computed as an exact
 * rational (BigInt), rounded to 2 decimals, half away from zero (0.005 →
 * 0.01; the usual "làm tròn" of published reports, which reproduces the
 * national rates 63.75 %, 49.20 %, 22.02 %, 82.50 %). Comparisons with targets
 * use the exact rational, not the rounded value. A zero denominator gives
 * `value: null` with `undefinedReason: "division-by-zero"`.
 *
 * @since 0.1.0
 */

/**
 * The rounding rule, as data, attached to every rate.
 *
 * @example
 * ```ts
 * const r: Rate.Rounding = Rate.rounding
 * r.mode // "half-away-from-zero"
 * ```
 * @since 0.1.0
 */
export interface Rounding {
  readonly decimals: 2
  readonly mode: "half-away-from-zero"
  readonly description: { readonly vi: string; readonly en: string }
}

/**
 * The one rounding rule of the library.
 *
 * @example
 * ```ts
 * Rate.rounding.decimals // 2
 * Rate.rounding.description.vi // "tính chính xác rồi làm tròn một lần đến 2 chữ số thập phân (0,005 làm tròn lên)"
 * ```
 * @since 0.1.0
 */
export const rounding: Rounding = {
  decimals: 2,
  mode: "half-away-from-zero",
  description: {
    vi: "tính chính xác rồi làm tròn một lần đến 2 chữ số thập phân (0,005 làm tròn lên)",
    en: "computed exactly, rounded once to 2 decimals, half away from zero"
  }
}

/**
 * An exact percentage and its rounded value.
 *
 * @example
 * ```ts
 * const p: Rate.Percent = Rate.percent(369_372, 579_413)
 * // { value: 63.75, numerator: 369372, denominator: 579413 }
 * ```
 * @since 0.1.0
 */
export interface Percent {
  /** Rounded to 2 decimals, or null when undefined. */
  readonly value: number | null
  readonly numerator: number
  readonly denominator: number
  readonly undefinedReason?: "division-by-zero"
}

const roundDiv = (n: bigint, d: bigint): bigint => {
  // Round n/d to the nearest integer, half away from zero (d > 0).
  const neg = n < 0n
  const a = neg ? -n : n
  const q = (2n * a + d) / (2n * d)
  return neg ? -q : q
}

/**
 * `numerator ÷ denominator × 100`, rounded per {@link rounding}.
 *
 * @example
 * ```ts
 * Rate.percent(369_372, 579_413).value // 63.75
 * Rate.percent(1, 0) // { value: null, numerator: 1, denominator: 0, undefinedReason: "division-by-zero" }
 * ```
 * @since 0.1.0
 */
export const percent = (numerator: number, denominator: number): Percent => {
  if (denominator === 0) return { value: null, numerator, denominator, undefinedReason: "division-by-zero" }
  // Exact in doubles while 2 × |numerator| × 10^4 + denominator stays a safe integer (every count); BigInt otherwise.
  const a = Math.abs(numerator) * 20000 + denominator
  if (a <= Number.MAX_SAFE_INTEGER && denominator > 0) {
    const d2 = 2 * denominator
    let q = Math.floor(a / d2)
    // Guard against the quotient rounding up to the next integer.
    if (q * d2 > a) q--
    else if ((q + 1) * d2 <= a) q++
    return { value: (numerator < 0 && q !== 0 ? -q : q) / 100, numerator, denominator }
  }
  // Money (10^13–10^15 VND) by long division in doubles, not BigInt (a BigInt per rate was most of the KPIs' cost):
  // exact while 10 × denominator and |numerator| + denominator are safe integers — every product and remainder below
  // stays under 2^53 — the whole part, then four decimal digits, then the remainder decides the rounding (half away
  // from zero). A quotient that division rounded to the next integer is stepped back (it cannot happen for a digit
  // within these bounds; the test of the whole part guards large quotients).
  const n = Math.abs(numerator)
  if (denominator > 0 && 10 * denominator <= Number.MAX_SAFE_INTEGER && n + denominator <= Number.MAX_SAFE_INTEGER) {
    let whole = Math.floor(n / denominator)
    if (whole * denominator > n) whole--
    else if ((whole + 1) * denominator <= n) whole++
    if (whole <= MAX_WHOLE) {
      let r = n - whole * denominator
      let h = whole
      for (let i = 0; i < 4; i++) {
        r *= 10
        let digit = Math.floor(r / denominator)
        if (digit * denominator > r) digit--
        else if ((digit + 1) * denominator <= r) digit++
        r -= digit * denominator
        h = h * 10 + digit
      }
      if (2 * r >= denominator) h++
      return { value: (numerator < 0 && h !== 0 ? -h : h) / 100, numerator, denominator }
    }
  }
  const hundredths = roundDiv(BigInt(numerator) * 10000n, BigInt(denominator))
  return { value: Number(hundredths) / 100, numerator, denominator }
}

/** The largest whole part whose rate in hundredths (× 10^4, + 1) is still a safe integer. */
const MAX_WHOLE = Math.floor((Number.MAX_SAFE_INTEGER - 1) / 10000)

/**
 * Parses a percentage with at most 2 decimals into hundredths (82.6 → 8260),
 * exactly. Throws a RangeError for more decimals.
 *
 * @example
 * ```ts
 * Rate.hundredths(82.6) // 8260
 * ```
 * @since 0.1.0
 */
export const hundredths = (percentValue: number): number => {
  const h = Math.round(percentValue * 100)
  if (Math.abs(h - percentValue * 100) > 1e-6) throw new RangeError(`${percentValue} has more than 2 decimals`)
  return h
}

/**
 * Compares the exact `numerator ÷ denominator × 100` with a percentage given
 * in hundredths: -1, 0 or 1. Undefined (zero denominator) compares as `null`.
 *
 * @example
 * ```ts
 * Rate.compareExact(82_504, 100_000, 8250) // 1: 82.504 % > 82.50 %
 * ```
 * @since 0.1.0
 */
export const compareExact = (numerator: number, denominator: number, targetHundredths: number): -1 | 0 | 1 | null => {
  if (denominator === 0) return null
  const l = BigInt(numerator) * 10000n
  const r = BigInt(targetHundredths) * BigInt(denominator)
  return l > r ? 1 : l < r ? -1 : 0
}

/**
 * The gap in percentage points between the exact rate and a target (in
 * hundredths), rounded per {@link rounding}.
 *
 * @example
 * ```ts
 * Rate.gap(539_290, 653_719, 8150) // 1: 82.4957 % − 81.50 % = 0.9957 → 1.00
 * ```
 * @since 0.1.0
 */
export const gap = (numerator: number, denominator: number, targetHundredths: number): number | null => {
  if (denominator === 0) return null
  const d = BigInt(denominator)
  return Number(roundDiv(BigInt(numerator) * 10000n - BigInt(targetHundredths) * d, d)) / 100
}

/**
 * The difference in percentage points between two exact rates
 * `a = n1 ÷ d1 × 100` and `b = n0 ÷ d0 × 100`, rounded once per
 * {@link rounding}; null when either is undefined.
 *
 * @example
 * ```ts
 * Rate.difference(1, 3, 1, 4) // 8.33: 33.333… − 25
 * ```
 * @since 0.1.0
 */
export const difference = (n1: number, d1: number, n0: number, d0: number): number | null => {
  if (d1 === 0 || d0 === 0) return null
  const D1 = BigInt(d1)
  const D0 = BigInt(d0)
  return Number(roundDiv((BigInt(n1) * D0 - BigInt(n0) * D1) * 10000n, D1 * D0)) / 100
}
