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
 * isSpreadsheet("bao-cao.xlsx") // true
 * isSpreadsheet("bao-cao.json") // false
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
 * reportFiles(["examples"], []) // ["examples/report-consistent.json", …]
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
 * workbookError("x.xls", new WorkbookError("legacy-xls", { vi: "…", en: "…" })).text.vi // "x.xls: …"
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
 * const read = await readWorkbook("bao-cao.xlsx")
 * read.locate("/cases/rows/0/V08") // { sheet: "Việc", cell: "K8" }
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
 * const source = await read("examples/report-late.json") // { _tag: "Json", file, text }
 * ```
 * @since 0.2.0
 */
export const read = async (file: string): Promise<Pipeline.Source> =>
  isSpreadsheet(file)
    ? { _tag: "Grid", file, read: await readWorkbook(file) }
    : { _tag: "Json", file, text: Files.readText(file) }
