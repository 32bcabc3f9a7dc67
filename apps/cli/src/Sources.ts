/**
 * Reading report files into the pipeline's sources (đọc tệp báo cáo): a
 * .json report as text, a workbook (.xlsx) through `@thads/xlsx` (loaded on
 * first use: ExcelJS is large) into the form as read, with its cell map and
 * reading notes; spreadsheets of other formats get the workbook reader's
 * "convert to .xlsx" error. The checking itself is core's `Pipeline`.
 * Unreadable files are a usage error with one line per file, in the
 * language asked for, with no doubled prefix.
 *
 * @since 0.2.0
 */
import type { Pipeline, ReportReader } from "@thads/core"
import * as Files from "./Files.js"
import * as Output from "./Output.js"

/**
 * Whether a file is read as a spreadsheet (by its extension).
 *
 * @example
 * ```ts
 * Sources.isSpreadsheet("bao-cao.xlsx") // true
 * Sources.isSpreadsheet("bao-cao.csv") // true: read as a workbook, which says to convert it to .xlsx
 * Sources.isSpreadsheet("bao-cao.json") // false
 * ```
 * @since 0.2.0
 */
export const isSpreadsheet = (file: string): boolean => /\.(xlsx|xlsm|xls|xlsb|ods|csv|tsv)$/i.test(file)

/**
 * The report files of the given paths: a file as given, a directory's .json
 * and spreadsheet files (walked). Paths that cannot be listed go to
 * `unreadable`.
 *
 * @example
 * ```ts
 * import { writeFileSync } from "node:fs"
 * import { join, relative } from "node:path"
 * const dir = tempDir()
 * for (const name of ["a.json", "b.xlsx", "c.csv", "notes.txt"]) writeFileSync(join(dir, name), "")
 * Sources.reportFiles([dir], []).map((f) => relative(dir, f)) // ["a.json", "b.xlsx", "c.csv"]
 * ```
 * @since 0.2.0
 */
export const reportFiles = (
  paths: ReadonlyArray<string>,
  unreadable: Array<{ readonly vi: string; readonly en: string }>
): ReadonlyArray<string> => Files.listFiles(paths, /\.(json|xlsx|xlsm|xls|xlsb|ods|csv|tsv)$/i, unreadable)

/**
 * A workbook that cannot be read, as one usage error naming the file once.
 *
 * @example
 * ```ts
 * const legacy = new WorkbookError("legacy-xls", { vi: "sổ tính .xls cũ", en: "a legacy .xls workbook" })
 * Sources.workbookError("x.xls", legacy).text // { vi: "x.xls: sổ tính .xls cũ", en: "x.xls: a legacy .xls workbook" }
 * Sources.workbookError("x.xlsx", new Error("bad zip")).text.en // "x.xlsx: the workbook cannot be read (bad zip)"
 * ```
 * @since 0.2.0
 */
export const workbookError = (file: string, e: unknown): Output.UsageError => {
  if (e instanceof Output.UsageError) return e
  const w = e as { readonly _tag?: string; readonly text?: { readonly vi: string; readonly en: string } }
  if ((w._tag === "WorkbookError" || w._tag === "FormError") && w.text !== undefined)
    return new Output.UsageError({ vi: `${file}: ${w.text.vi}`, en: `${file}: ${w.text.en}` })
  return new Output.UsageError({
    vi: `${file}: không đọc được sổ tính`,
    en: `${file}: the workbook cannot be read (${e instanceof Error ? e.message : String(e)})`
  })
}

/**
 * Reads a workbook file into the form as read (core's `ReportReader.Read`).
 * Throws {@link Output.UsageError}.
 *
 * @example
 * ```ts
 * import { writeFileSync } from "node:fs"
 * import { join } from "node:path"
 * const file = join(tempDir(), "bao-cao.xlsx")
 * writeFileSync(file, await Write.report(Synthetic.report({ seed: 1, rows: 3 })))
 * const read = await Sources.readWorkbook(file)
 * read.locate("/cases/rows/0/V08") // { sheet: "Việc", cell: "K8" }
 * await Sources.readWorkbook(fromRoot("examples/ledger-sample.csv"))
 * // UsageError: …/ledger-sample.csv: a text (CSV) file is not a workbook: open it in Excel or LibreOffice and save it as .xlsx (Excel Workbook)
 * ```
 * @since 0.2.0
 */
export const readWorkbook = async (file: string): Promise<ReportReader.Read> => {
  const { Limits, Read } = await import("@thads/xlsx")
  const bytes = Files.readBytes(file, Limits.defaults.maxBytes)
  try {
    return await Read.read(bytes, { file })
  } catch (e) {
    throw workbookError(file, e)
  }
}

/**
 * Reads one report file as a pipeline source. Throws {@link Output.UsageError}.
 *
 * @example
 * ```ts
 * const source = await Sources.read(fromRoot("examples/report-late.json"))
 * source._tag // "Json": its text, decoded by the pipeline
 * ```
 * @since 0.2.0
 */
export const read = async (file: string): Promise<Pipeline.Source> =>
  isSpreadsheet(file)
    ? { _tag: "Grid", file, read: await readWorkbook(file) }
    : { _tag: "Json", file, text: Files.readText(file) }
