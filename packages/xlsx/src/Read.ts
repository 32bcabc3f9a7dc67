/**
 * Reads a statistical report workbook (đọc sổ tính báo cáo) into the
 * canonical report and a source map: every JSON Pointer of the report → its
 * sheet and A1 cell, so that every finding of `ReportCheck.check` carries its
 * cell. The layout comes from `FormLayout` in `@thads/core`: the columns of a
 * table are found by the keys row ("id", "name", "kind", "V01"…), so inserted
 * or moved columns still read.
 *
 * The file is inspected first ({@link Inspect.inspect}: legacy .xls, CSV,
 * password, size, zip bomb, cell count) and loaded with ExcelJS; the reading
 * itself is core's `ReportReader` over the ExcelJS adapter of the grid port
 * ({@link ExcelGrid}), the same reader the Excel add-in runs over Office.js
 * (input care: text numbers, formulas, merged cells, dates — see there).
 *
 * @since 0.1.0
 */
import { Decode, FormError, type FormLayout, type Report, ReportReader } from "@thads/core"
import * as Result from "effect/Result"
import ExcelJS from "exceljs"
import * as ExcelGrid from "./ExcelGrid.js"
import * as Inspect from "./Inspect.js"
import * as Limits from "./Limits.js"
import { WorkbookError } from "./WorkbookError.js"

/**
 * Options of {@link read}.
 *
 * @since 0.1.0
 */
export interface Options {
  /** The file name, for messages and finding locations. */
  readonly file?: string
  readonly limits?: Partial<Limits.Limits>
}

/**
 * A workbook as read: the report as read, JSON Pointer → cell, the reading
 * notes, the layout and the sheet row of each data row (core's
 * `ReportReader.Read`).
 *
 * @since 0.1.0
 */
export type Read = ReportReader.Read

const norm = (s: string) => s.normalize("NFC").trim().toLowerCase()

/**
 * Inspects the bytes, then loads them with ExcelJS. Throws a
 * {@link WorkbookError} for anything that is not a readable .xlsx within the
 * limits.
 *
 * @example
 * ```ts
 * const bytes = await Write.report(Synthetic.report({ seed: 1, rows: 3 })) // a workbook's bytes, e.g. readFileSync("bao-cao.xlsx")
 * const wb = await Read.load(bytes, { file: "bao-cao.xlsx" })
 * wb.worksheets.map((w) => w.name) // ["Báo cáo", "Việc", "Tiền"]
 * await Read.load(new Uint8Array(0), { file: "bao-cao.xlsx" }) // WorkbookError: empty-file: the file is empty (0 bytes)
 * ```
 * @since 0.1.0
 */
export const load = async (bytes: Uint8Array, options: Options = {}): Promise<ExcelJS.Workbook> => {
  const limits = Limits.make(options.limits)
  Inspect.inspect(bytes, options.file ?? "", limits)
  const wb = new ExcelJS.Workbook()
  try {
    await wb.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as never)
  } catch (e) {
    throw new WorkbookError(
      "bad-zip",
      {
        // The library's message is English: only the English line carries it.
        vi: "không mở được sổ tính (tệp hỏng hoặc không đúng định dạng .xlsx)",
        en: `the workbook cannot be opened: ${e instanceof Error ? e.message : String(e)}`
      },
      options.file
    )
  }
  return wb
}

/**
 * The worksheet of a name (NFC, case and surrounding spaces ignored).
 *
 * @example
 * ```ts
 * const wb = await Read.load(await Write.report(Synthetic.report({ seed: 1, rows: 3 })))
 * Read.sheet(wb, "VIỆC")?.name // "Việc"
 * Read.sheet(wb, "Sheet1") // undefined
 * ```
 * @since 0.1.0
 */
export const sheet = (wb: ExcelJS.Workbook, name: string): ExcelJS.Worksheet | undefined =>
  wb.worksheets.find((w) => norm(w.name) === norm(name))

/**
 * Reads a loaded workbook. Throws a {@link WorkbookError} when a sheet or the
 * column keys are missing.
 *
 * @example
 * ```ts
 * const bytes = await Write.report(Synthetic.report({ seed: 1, rows: 3 })) // a workbook's bytes, e.g. readFileSync("bao-cao.xlsx")
 * const r = Read.fromWorkbook(await Read.load(bytes))
 * ReportCheck.check(r.input, { source: { file: "bao-cao.xlsx", locate: r.locate } }).valid // true
 * ```
 * @since 0.1.0
 */
export const fromWorkbook = (wb: ExcelJS.Workbook, options: Options = {}): Read => {
  const limits = Limits.make(options.limits)
  try {
    return ReportReader.read(ExcelGrid.fromWorkbook(wb), { file: options.file, maxRows: limits.maxRows })
  } catch (e) {
    if (FormError.isFormError(e)) throw new WorkbookError(e.code, e.text, e.where)
    throw e
  }
}

/**
 * Reads a workbook's bytes: {@link load} then {@link fromWorkbook}.
 * Rejects with a {@link WorkbookError} when the file cannot be read.
 *
 * @example
 * ```ts
 * const bytes = await Write.report(Synthetic.report({ seed: 1, rows: 3 })) // a workbook's bytes, e.g. readFileSync("bao-cao.xlsx")
 * const r = await Read.read(bytes, { file: "bao-cao.xlsx" })
 * r.locate("/cases/rows/0/V08") // { sheet: "Việc", cell: "K8" }
 * ```
 * @since 0.1.0
 */
export const read = async (bytes: Uint8Array, options: Options = {}): Promise<Read> =>
  fromWorkbook(await load(bytes, options), options)

/**
 * A workbook read and decoded: the report and the reading (cell map, notes).
 *
 * @example
 * ```ts
 * const report = Synthetic.report({ seed: 1, rows: 3 })
 * const ok: Read.Decoded = { report, read: await Read.read(await Write.report(report)) }
 * ```
 * @since 0.2.0
 */
export interface Decoded {
  readonly report: Report.Report
  readonly read: Read
}

/**
 * A workbook read that does not decode: every decoding problem, each with
 * its cell when it has one, and the reading.
 *
 * @example
 * ```ts
 * const read = await Read.read(await Write.template({ unitId: "chi-cuc-go-dau", year: 2024, months: 6 }))
 * const message = { vi: 'thiếu trường bắt buộc "year"', en: 'missing required field "year"' }
 * const bad: Read.Problems = { problems: [{ path: "/header/year", code: "missing", message, cell: { sheet: "Báo cáo", cell: "B7" } }], read }
 * ```
 * @since 0.2.0
 */
export interface Problems {
  readonly problems: ReadonlyArray<Decode.Problem & { readonly cell?: FormLayout.CellRef }>
  readonly read: Read
}

/**
 * Reads and decodes (effect's `Result`): the report, or every decoding
 * problem, each with its cell. Rejects with a `WorkbookError` when the file
 * cannot be read as a workbook.
 *
 * @example
 * ```ts
 * import * as Result from "effect/Result"
 * const wb = await Read.load(await Write.template({ unitId: "chi-cuc-go-dau", year: 2024, months: 6 }))
 * Read.sheet(wb, "Báo cáo")!.getCell("B7").value = null // the year left empty
 * const r = await Read.readReport(new Uint8Array(await wb.xlsx.writeBuffer()))
 * Result.isFailure(r) && r.failure.problems // [{ path: "/header/year", code: "missing", cell: { sheet: "Báo cáo", cell: "B7" } }]
 * ```
 * @since 0.1.0
 */
export const readReport = async (
  bytes: Uint8Array,
  options: Options = {}
): Promise<Result.Result<Decoded, Problems>> => {
  const r = await read(bytes, options)
  const d = Decode.decode(r.input)
  if (d._tag === "Success") return Result.succeed({ report: d.success.report, read: r })
  return Result.fail({
    problems: d.failure.map((p) => {
      const cell = r.locate(p.path)
      return cell === undefined ? p : { ...p, cell }
    }),
    read: r
  })
}
