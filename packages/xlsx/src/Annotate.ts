/**
 * An annotated copy of a workbook (bản sổ tính có ghi chú phát hiện): every
 * finding that has a cell becomes a note on that cell (Vietnamese, English,
 * citation) and the cell is highlighted by its worst severity (error red,
 * warning amber, info blue); a sheet "Phát hiện" lists every finding, with a
 * link to its cell. The original content is kept. Annotating again first
 * removes what an earlier annotation added (its notes, recognised by the
 * marker line, and its highlight colours, and its findings sheet), so a copy
 * can be re-annotated after corrections; the users' own notes are kept.
 *
 * @since 0.1.0
 */
import { type Finding, type ReportCheck, ReportAnnotation } from "@thads/core"
import type ExcelJS from "exceljs"
import * as Check from "./Check.js"
import * as ExcelGrid from "./ExcelGrid.js"
import * as Read from "./Read.js"

/**
 * The fill colour (ARGB) of each severity.
 *
 * @since 0.1.0
 */
export const colours = ReportAnnotation.colours

/**
 * Writes the findings onto a loaded workbook: cell notes, highlights, and
 * the findings sheet (core's `ReportAnnotation` over the ExcelJS adapter).
 *
 * @example
 * ```ts
 * const wb = await Read.load(await Write.report(Synthetic.report({ seed: 1, rows: 3 })))
 * Read.sheet(wb, "Việc")!.getCell("F8").value // { formula: "D8+E8", result: 1259 }: V03 = V01 + V02
 * Read.sheet(wb, "Việc")!.getCell("F8").value = 1260 // V03 typed over its formula
 * Annotate.onWorkbook(wb, Check.checkRead(Read.fromWorkbook(wb)).findings, "Phát hiện")
 * Read.sheet(wb, "Việc")!.getCell("F8").fill // { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFC7CE" } }
 * wb.worksheets.map((w) => w.name) // ["Báo cáo", "Việc", "Tiền", "Phát hiện"]
 * ```
 * @since 0.1.0
 */
export const onWorkbook = (
  wb: ExcelJS.Workbook,
  findings: ReadonlyArray<Finding.Finding>,
  findingsSheet: string
): void => {
  ReportAnnotation.annotate(ExcelGrid.fromWorkbook(wb), findings, findingsSheet)
}

/**
 * Checks a workbook and writes an annotated copy. Rejects with a
 * `WorkbookError` when the file cannot be read.
 *
 * @example
 * ```ts
 * const input = await Write.report(Synthetic.report({ seed: 1, rows: 3 })) // a workbook's bytes, e.g. readFileSync("bao-cao.xlsx")
 * const { bytes, result } = await Annotate.annotate(input, { file: "bao-cao.xlsx" })
 * result.valid // true
 * (await Read.load(bytes)).worksheets.map((w) => w.name) // ["Báo cáo", "Việc", "Tiền", "Phát hiện"]
 * ```
 * @since 0.1.0
 */
export const annotate = async (
  bytes: Uint8Array,
  options: Check.Options = {}
): Promise<{ readonly bytes: Uint8Array; readonly result: ReportCheck.Result }> => {
  const wb = await Read.load(bytes, options)
  const read = Read.fromWorkbook(wb, options)
  const result = Check.checkRead(read, options)
  onWorkbook(wb, result.findings, read.layout.findingsSheet)
  const out = await wb.xlsx.writeBuffer()
  return { bytes: new Uint8Array(out as ArrayBuffer), result }
}
