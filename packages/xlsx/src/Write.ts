/**
 * Writes statistical report workbooks (ghi sổ tính báo cáo) after the layout
 * of `FormLayout` in `@thads/core`: a blank template for a unit and period,
 * and a filled report. The form itself (labels, number formats, validation,
 * formulas for derived cells, totals and rates, locked formula cells on
 * protected sheets) is written by core's `ReportWriter` through the ExcelJS
 * adapter of the grid port ({@link ExcelGrid}); this module makes the
 * workbook and its bytes.
 *
 * A filled report keeps its numbers exactly: a derived or total cell is a
 * formula (with the report's value cached) when the report agrees with the
 * formula, and the report's own number otherwise, so that reading it back
 * gives the same report and the mistake stays visible to the check.
 *
 * @since 0.1.0
 */
import { type Report, ReportWriter } from "@thads/core"
import ExcelJS from "exceljs"
import * as ExcelGrid from "./ExcelGrid.js"

/**
 * A row of a template: its id and, optionally, name and kind.
 *
 * @since 0.1.0
 */
export type TemplateRow = ReportWriter.TemplateRow

/**
 * Options of {@link template}.
 *
 * @since 0.1.0
 */
export type TemplateOptions = ReportWriter.TemplateOptions

const build = async (content: ReportWriter.Content): Promise<Uint8Array> => {
  const wb = new ExcelJS.Workbook()
  wb.creator = "thads"
  wb.calcProperties.fullCalcOnLoad = true
  ReportWriter.write(ExcelGrid.fromWorkbook(wb), content)
  const buf = await wb.xlsx.writeBuffer()
  return new Uint8Array(buf as ArrayBuffer)
}

/**
 * A blank template for a unit and period: the header filled in, blank rows
 * (0 in every input cell; rows with no id and only zeros are skipped when
 * read), formulas for derived cells, totals and rates.
 *
 * @example
 * ```ts
 * const bytes = await Write.template({ unitId: "chi-cuc-go-dau", year: 2024, months: 6, rows: 10 }) // then writeFileSync("mau.xlsx", bytes)
 * (await Read.read(bytes)).input.header // { unitId: "chi-cuc-go-dau", year: 2024, months: 6 }
 * ```
 * @since 0.1.0
 */
export const template = (o: TemplateOptions): Promise<Uint8Array> => build(ReportWriter.templateContent(o))

/**
 * A filled report as a workbook. Reading it back gives the same report.
 *
 * @example
 * ```ts
 * const bytes = await Write.report(Synthetic.report({ seed: 1, rows: 20 }))
 * (await Read.read(bytes)).input.cases.rows.length // 20
 * ```
 * @since 0.1.0
 */
export const report = (r: Report.Report): Promise<Uint8Array> => build(ReportWriter.reportContent(r))
