/**
 * Yearly targets (chỉ tiêu) for the completion rate, in cases (việc) and
 * money (tiền), as effective-dated parameters: one value per unit and
 * statistical year, with its operator (`>` "trên" or `>=` "đạt"), status and
 * sources (../shared/domain/thads-rules.md §3).
 *
 * Targets differ by unit: a province's target is never derived from the
 * national one. Lookup ({@link lookup}): the unit's own target for the year;
 * failing that, the national target of the year, returned with
 * `scope: "national"` so that it is shown as the national reference, not as
 * the unit's target; failing that, nothing.
 *
 * @since 0.1.0
 */
import type * as Citation from "../citation/Citation.js"

/**
 * The metric a target applies to: the completion rate in cases or in money.
 *
 * @example
 * ```ts
 * const metric: Target.Metric = "money"
 * Target.lookup("national", 2022, metric)?.target.value // 40.1
 * ```
 * @since 0.1.0
 */
export type Metric = "cases" | "money"

/**
 * A target.
 *
 * @example
 * ```ts
 * const t: Target.Target = { unitId: "cuc-tay-ninh", year: 2023, metric: "cases", op: ">", value: 82.6, confidence: "verified", sources: ["S22"] }
 * ```
 * @since 0.1.0
 */
export interface Target {
  /** `"national"` or a unit id. */
  readonly unitId: string
  /** Statistical year. */
  readonly year: number
  readonly metric: Metric
  /** `>`: strictly above ("trên"); `>=`: at least ("đạt"). */
  readonly op: ">" | ">="
  /** Percent, at most 2 decimals. */
  readonly value: number
  /** `verified` [V] or `inferred` [I] in the notes. */
  readonly confidence: "verified" | "inferred"
  /** Source keys or addresses (thads-rules.md "Sources"). */
  readonly sources: ReadonlyArray<string>
  /** The legal basis, when known. */
  readonly citation?: Citation.Citation
  readonly note?: string
}

/** NQ 96/2019/QH14: the National Assembly resolution behind the yearly targets. */
const nq96: Citation.Citation = { document: "nq-96-2019-qh14" }

const national = (
  year: number,
  metric: Metric,
  op: ">" | ">=",
  value: number,
  confidence: "verified" | "inferred",
  sources: ReadonlyArray<string>,
  note?: string
): Target => ({
  unitId: "national",
  year,
  metric,
  op,
  value,
  confidence,
  sources,
  citation: nq96,
  ...(note === undefined ? {} : { note })
})

/**
 * The built-in targets: national 2020, 2022–2025, Tây Ninh 2023.
 *
 * @example
 * ```ts
 * Target.builtIn.length // 11
 * Target.builtIn.filter((t) => t.unitId === "cuc-tay-ninh") // [{ unitId: "cuc-tay-ninh", year: 2023, metric: "cases", op: ">", value: 82.6, … }]
 * ```
 * @since 0.1.0
 */
export const builtIn: ReadonlyArray<Target> = [
  national(2020, "cases", ">=", 80, "inferred", ["S16"], "derived from the reported excess; operator not stated"),
  national(2020, "money", ">=", 38, "inferred", ["S16"], "derived from the reported excess; operator not stated"),
  national(2022, "cases", ">", 81.5, "verified", ["S15"]),
  national(2022, "money", ">", 40.1, "verified", ["S15"]),
  national(2023, "cases", ">", 82.5, "verified", ["S12", "S20"]),
  national(2023, "money", ">", 45.5, "verified", ["S12", "S20"]),
  national(2024, "cases", ">", 83.25, "verified", ["S18"], "set by the Tổng cục THADS"),
  national(2024, "money", ">", 46.45, "verified", ["S18"], "set by the Tổng cục THADS"),
  national(2025, "cases", ">=", 83.9, "verified", ["S19"], "National Assembly target; the operator is not stated"),
  national(2025, "money", ">=", 51.9, "verified", ["S19"], "National Assembly target; the operator is not stated"),
  {
    unitId: "cuc-tay-ninh",
    year: 2023,
    metric: "cases",
    op: ">",
    value: 82.6,
    confidence: "verified",
    sources: ["S22"]
  }
]

/**
 * The result of a lookup: the target and whether it is the unit's own.
 *
 * @example
 * ```ts
 * const found: Target.Found | undefined = Target.lookup("cuc-tay-ninh", 2024, "cases")
 * found?.scope // "national"
 * found?.target.value // 83.25
 * ```
 * @since 0.1.0
 */
export interface Found {
  readonly target: Target
  readonly scope: "unit" | "national"
}

/**
 * Finds the target of a unit for a statistical year and metric. `targets`
 * (default {@link builtIn}) can add or replace targets: a later entry for the
 * same unit, year and metric wins.
 *
 * @example
 * ```ts
 * Target.lookup("cuc-tay-ninh", 2023, "cases")?.target.value // 82.6 (scope "unit")
 * Target.lookup("cuc-tay-ninh", 2024, "cases")?.scope       // "national"
 * Target.lookup("cuc-tay-ninh", 2021, "cases")              // undefined: 2021 is unknown
 * ```
 * @since 0.1.0
 */
export const lookup = (
  unitId: string,
  year: number,
  metric: Metric,
  targets: ReadonlyArray<Target> = builtIn
): Found | undefined => {
  const find = (u: string) => {
    let found: Target | undefined
    for (const t of targets) if (t.unitId === u && t.year === year && t.metric === metric) found = t
    return found
  }
  const own = find(unitId)
  if (own !== undefined) return { target: own, scope: unitId === "national" ? "national" : "unit" }
  const nat = find("national")
  return nat === undefined ? undefined : { target: nat, scope: "national" }
}
