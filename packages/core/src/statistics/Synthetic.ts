/**
 * Synthetic statistical reports for tests, demos and benchmarks: a seeded,
 * deterministic generator of reports that satisfy every identity of
 * {@link Identity} (for the given residual placement). The numbers are
 * plausible, not real.
 *
 * @since 0.1.0
 */
import * as Identity from "./Identity.js"
import * as Indicator from "./Indicator.js"
import type * as Report from "./Report.js"

/**
 * A seeded pseudo-random generator (mulberry32): numbers in [0, 1).
 *
 * @example
 * ```ts
 * const next = Synthetic.random(42)
 * next() // 0.6011037519201636
 * ```
 * @since 0.1.0
 */
export const random = (seed: number): (() => number) => {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const int = (next: () => number, max: number) => Math.floor(next() * (max + 1))

/**
 * Options of {@link report}.
 *
 * @example
 * ```ts
 * const options: Synthetic.Options = { seed: 9, rows: 3, unitId: "cuc-tay-ninh", year: 2022, months: 6 }
 * Synthetic.report(options).header // { unitId: "cuc-tay-ninh", year: 2022, months: 6, regime: "tt06-2019" }
 * ```
 * @since 0.1.0
 */
export interface Options {
  readonly seed: number
  /** Rows per table (default 10). */
  readonly rows?: number
  readonly unitId?: string
  readonly year?: number
  readonly months?: number
  readonly settings?: Identity.Settings
  /** Largest carried-over count of a row (default 2,000). */
  readonly maxCases?: number
  /** Largest carried-over amount of a row in VND (default 5×10^12). */
  readonly maxAmount?: number
}

const row = (
  next: () => number,
  max: number,
  placement: Identity.ResidualPlacement
): Record<Indicator.Slot, number> => {
  const v01 = int(next, max)
  const v02 = int(next, max)
  const v03 = v01 + v02
  const v04 = int(next, Math.floor(v03 * 0.02))
  const v05 = int(next, Math.floor((v03 - v04) * 0.01))
  const v06 = v03 - v04 - v05
  const v10 = int(next, Math.floor(v06 * 0.03))
  const v11 = int(next, Math.floor((v06 - v10) * 0.4))
  const v07 = placement === "outside-enforceable" ? v06 - v11 - v10 : v06 - v11
  const inside = placement === "inside-enforceable" ? v10 : 0
  // Completion rates around 60–95 %, as in published data.
  const v08 = Math.floor((v07 - inside) * (0.6 + 0.35 * next()))
  const v09 = v07 - v08 - inside
  const v12 = int(next, Math.floor(max * 0.2))
  return {
    "01": v01,
    "02": v02,
    "03": v03,
    "04": v04,
    "05": v05,
    "06": v06,
    "07": v07,
    "08": v08,
    "09": v09,
    "10": v10,
    "11": v11,
    "12": v12,
    "13": v06 - v08,
    "14": v07 - v08
  }
}

const values = (table: Indicator.Table, r: Record<Indicator.Slot, number>): Record<string, number> =>
  Object.fromEntries(Indicator.slots.map((s) => [Indicator.idOf(table, s), r[s]]))

const sum = (table: Indicator.Table, rows: ReadonlyArray<Record<string, number>>): Record<string, number> =>
  Object.fromEntries(Indicator.idsOf(table).map((id) => [id, rows.reduce((acc, r) => acc + r[id]!, 0)]))

/**
 * A report that satisfies every identity.
 *
 * @example
 * ```ts
 * const r = Synthetic.report({ seed: 1, rows: 20 })
 * Identity.evaluate(r, { onlyFailures: true }) // []
 * ```
 * @since 0.1.0
 */
export const report = (options: Options): Report.Report => {
  const next = random(options.seed)
  const n = options.rows ?? 10
  const placement = (options.settings ?? Identity.defaultSettings).placement
  const caseRows: Array<Record<string, number | string>> = []
  const moneyRows: Array<Record<string, number | string>> = []
  for (let i = 0; i < n; i++) {
    const id = `unit-${String(i + 1).padStart(2, "0")}`
    caseRows.push({ id, kind: "unit", ...values("cases", row(next, options.maxCases ?? 2000, placement)) })
    moneyRows.push({ id, kind: "unit", ...values("money", row(next, options.maxAmount ?? 5e12, placement)) })
  }
  return {
    formatVersion: "1",
    header: {
      unitId: options.unitId ?? "synthetic",
      year: options.year ?? 2023,
      months: options.months ?? 12,
      regime: "tt06-2019"
    },
    cases: { rows: caseRows as never, total: sum("cases", caseRows as never) as never },
    money: { rows: moneyRows as never, total: sum("money", moneyRows as never) as never }
  }
}

/**
 * A report made of a total row only, from slot values (missing slots are 0):
 * for examples and tests of KPIs and checks.
 *
 * @example
 * ```ts
 * Synthetic.totals({ year: 2017, months: 9 }, { "07": 579_413, "08": 369_372 })
 * ```
 * @since 0.1.0
 */
export const totals = (
  header: Partial<Report.Header>,
  cases: Partial<Record<Indicator.Slot, number>>,
  money: Partial<Record<Indicator.Slot, number>> = {}
): Report.Report => {
  const fill = (table: Indicator.Table, v: Partial<Record<Indicator.Slot, number>>) =>
    Object.fromEntries(Indicator.slots.map((s) => [Indicator.idOf(table, s), v[s] ?? 0]))
  return {
    header: { unitId: "national", year: 2022, months: 12, regime: "tt06-2019", ...header },
    cases: { rows: [], total: fill("cases", cases) as never },
    money: { rows: [], total: fill("money", money) as never }
  }
}
