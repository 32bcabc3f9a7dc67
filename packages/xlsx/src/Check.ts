/**
 * Checks a workbook (kiểm tra sổ tính): reads it, runs `ReportCheck.check`
 * with the workbook's source map so every finding carries its sheet and
 * cell, and adds the reading notes (text numbers, formulas in input cells,
 * merged cells…). The result is the same object as for a JSON report.
 *
 * @since 0.1.0
 */
import { type Finding, Pipeline, ReportCheck } from "@thads/core"
import * as Read from "./Read.js"

/**
 * Options of {@link check}.
 *
 * @since 0.1.0
 */
export interface Options extends Read.Options {
  /** The check's context (earlier reports, units, organisation…); its `source` is set from the workbook. */
  readonly context?: ReportCheck.Context
}

/**
 * Adds reading notes to a check result: findings re-ordered, counts and
 * validity recomputed (core's `Pipeline.withNotes`).
 *
 * @example
 * ```ts
 * const read = await Read.read(await Write.report(Synthetic.report({ seed: 1, rows: 3 })))
 * const r = Check.withNotes(ReportCheck.check(read.input, { source: { locate: read.locate } }), read.notes)
 * r.stats.findings // { error: 0, warning: 1, info: 2 }
 * ```
 * @since 0.1.0
 */
export const withNotes: (result: ReportCheck.Result, notes: ReadonlyArray<Finding.Finding>) => ReportCheck.Result =
  Pipeline.withNotes

/**
 * Checks a read workbook.
 *
 * @example
 * ```ts
 * const wb = await Read.load(await Write.report(Synthetic.report({ seed: 1, rows: 3 })))
 * Read.sheet(wb, "Việc")!.getCell("F8").value // { formula: "D8+E8", result: 1259 }: V03 = V01 + V02
 * Read.sheet(wb, "Việc")!.getCell("F8").value = 1260 // V03 typed over its formula
 * const result = Check.checkRead(Read.fromWorkbook(wb), { file: "bao-cao.xlsx" })
 * result.findings[0] // { code: "identity-violated", severity: "error", location: { file: "bao-cao.xlsx", sheet: "Việc", cell: "F8" } }
 * ```
 * @since 0.1.0
 */
export const checkRead = (read: Read.Read, options: Options = {}): ReportCheck.Result => {
  const file = options.file ?? options.context?.source?.file
  const context: ReportCheck.Context = {
    ...options.context,
    source: { ...(file === undefined ? {} : { file }), locate: read.locate }
  }
  return withNotes(
    ReportCheck.check(read.input, context),
    read.notes.map((n) => (file === undefined ? n : { ...n, location: { ...n.location, file } }))
  )
}

/**
 * Reads and checks a workbook's bytes. Rejects with a `WorkbookError` when
 * the file cannot be read at all (legacy .xls, CSV, password, limits…).
 *
 * @example
 * ```ts
 * const bytes = await Write.report(Synthetic.report({ seed: 1, rows: 3 })) // a workbook's bytes, e.g. readFileSync("bao-cao.xlsx")
 * const result = await Check.check(bytes, { file: "bao-cao.xlsx" })
 * result.findings.map((f) => `${f.location.sheet}!${f.location.cell} ${f.code}`)
 * // ["Việc!K7 target-not-met", "Báo cáo!B4 organization-not-given", "Tiền!K7 target-met"]
 * ```
 * @since 0.1.0
 */
export const check = async (bytes: Uint8Array, options: Options = {}): Promise<ReportCheck.Result> =>
  checkRead(await Read.read(bytes, options), options)
