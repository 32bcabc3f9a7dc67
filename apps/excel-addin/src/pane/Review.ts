/**
 * What the task pane shows (kết quả kiểm tra trong ngăn tác vụ), computed
 * from a grid with no I/O: the report read through core's layout-driven
 * reader and checked by core's pipeline (the findings on their cells, plus
 * the reading notes), the KPIs with targets and gaps, and the unit's next reporting
 * deadlines. One function for the pane, the tests and the bench.
 *
 * @since 0.1.0
 */
import {
  CivilDate,
  type Finding,
  FormError,
  type Grid,
  type Kpi,
  Pipeline,
  type ReportCheck,
  ReportingDeadline,
  ReportReader
} from "@thads/core"

/**
 * The review of a workbook: a check result, or why the workbook could not be read.
 *
 * @example
 * ```ts
 * const r = Review.review(MemoryGrid.make([{ name: "Sheet1", cells: {} }]), CivilDate.make("2023-10-10"))
 * r._tag // "NoReport"
 * ```
 * @since 0.1.0
 */
export type Review =
  | {
      readonly _tag: "Checked"
      readonly result: ReportCheck.Result
      readonly read: ReportReader.Read
      readonly kpis: ReadonlyArray<Kpi.Kpi>
      readonly deadlines: ReadonlyArray<ReportingDeadline.Deadline>
    }
  | { readonly _tag: "NoReport"; readonly text: { readonly vi: string; readonly en: string } }

/** The KPIs the pane shows: the two rates per table and target attainment. */
const shown = new Set([
  "completion-rate-cases",
  "completion-rate-money",
  "enforceable-share-cases",
  "enforceable-share-money",
  "target-attainment-cases",
  "target-attainment-money"
])

const levelIds = Object.keys(ReportingDeadline.levels) as ReadonlyArray<ReportingDeadline.Level>

/**
 * The unit's level on a date: the header's level, or its successor when it
 * no longer exists (chi-cuc → phong-khu-vuc, cuc → thads-tinh from 1/7/2025).
 *
 * @example
 * ```ts
 * Review.levelOn("cuc", CivilDate.make("2026-01-05")) // "thads-tinh"
 * ```
 * @since 0.1.0
 */
export const levelOn = (level: unknown, today: CivilDate.CivilDate): ReportingDeadline.Level | undefined => {
  if (typeof level !== "string" || !(levelIds as ReadonlyArray<string>).includes(level)) return undefined
  const l = level as ReportingDeadline.Level
  if (ReportingDeadline.levelExistsOn(l, today)) return l
  const next = ReportingDeadline.levels[l].successor
  return next !== undefined && ReportingDeadline.levelExistsOn(next, today) ? next : undefined
}

/**
 * Reads and checks the report of a grid; `today` (from the app's clock)
 * picks the next deadlines; `file` (the workbook's name) goes into the
 * findings' locations.
 *
 * @example
 * ```ts
 * const grid = MemoryGrid.make()
 * ReportWriter.write(grid, ReportWriter.reportContent(Synthetic.report({ seed: 1, rows: 3, unitId: "cuc-tay-ninh", year: 2023, months: 12 })))
 * const r = Review.review(grid, CivilDate.make("2023-10-02"), "bao-cao.xlsx")
 * r._tag === "Checked" && r.result.valid // true
 * r._tag === "Checked" && r.result.findings[0].location // { file: "bao-cao.xlsx", sheet: "Việc", cell: "K7" }
 * r._tag === "Checked" && r.kpis.map((k) => k.id).slice(0, 2) // ["completion-rate-cases", "enforceable-share-cases"]
 * r._tag === "Checked" && r.deadlines // [] — the header names no level (a "cuc" report gets the Cục's next deadlines)
 * ```
 * @since 0.1.0
 */
export const review = (grid: Grid.Grid, today: CivilDate.CivilDate, file = "workbook.xlsx"): Review => {
  let read: ReportReader.Read
  try {
    read = ReportReader.read(grid, { file })
  } catch (e) {
    if (FormError.isFormError(e)) return { _tag: "NoReport", text: e.text }
    throw e
  }
  const { result } = Pipeline.checkSource({ _tag: "Grid", file, read }, { asOf: today })
  const header = (read.input.header ?? {}) as Record<string, unknown>
  const level = levelOn(header.level, today)
  const deadlines = level === undefined ? [] : ReportingDeadline.upcoming(today, 4, [level])
  return { _tag: "Checked", result, read, kpis: result.kpis.filter((k) => shown.has(k.id)), deadlines }
}

/**
 * The findings by severity, in the order the pane shows them.
 *
 * @example
 * ```ts
 * const result = ReportCheck.check(Synthetic.report({ seed: 1, rows: 3 }))
 * Review.bySeverity(result.findings).info.map((f) => f.code) // ["organization-not-given", "target-met"]
 * ```
 * @since 0.1.0
 */
export const bySeverity = (
  findings: ReadonlyArray<Finding.Finding>
): Readonly<Record<Finding.Severity, ReadonlyArray<Finding.Finding>>> => {
  const out: Record<Finding.Severity, Array<Finding.Finding>> = { error: [], warning: [], info: [] }
  for (const f of findings) out[f.severity].push(f)
  return out
}

/** Re-export for the pane: a civil date today in Vietnam. */
export const today = (epochMs: number = Date.now()): CivilDate.CivilDate => CivilDate.todayInVietnam(epochMs)
