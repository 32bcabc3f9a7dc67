/**
 * The workbook commands (sổ tính .xlsx), as pure async functions for the
 * command tree: `thads check` on a .xlsx ({@link checkWorkbook}, findings
 * with their cells), `thads template --unit U --year Y --months M --out F`
 * (a blank template for a unit and period) and `thads annotate <in.xlsx>
 * --out <out.xlsx>` (a copy with the findings as cell notes, highlights and
 * a "Phát hiện" sheet). ExcelJS reads and writes asynchronously, so these
 * return Promises. An unreadable workbook (legacy .xls, CSV, password,
 * limits, missing sheets) is a usage error (exit 2) with the reason.
 *
 * @since 0.1.0
 */
import { type ReportCheck, ReportingDeadline } from "@thads/core"
import { Annotate, Check, Limits, Read, WorkbookError, Write } from "@thads/xlsx"
import * as Files from "../Files.js"
import * as Output from "../Output.js"
import { resultLines } from "./check.js"
import { citationJson } from "./Render.js"

/**
 * Whether a path names a spreadsheet file (by extension): .xlsx and the
 * formats that get a "convert to .xlsx" error (.xls, .xlsm, .xlsb, .ods).
 *
 * @example
 * ```ts
 * isWorkbookFile("bao-cao.xlsx") // true
 * ```
 * @since 0.1.0
 */
export const isWorkbookFile = (file: string): boolean => /\.(xlsx|xlsm|xls|xlsb|ods)$/i.test(file)

const unreadable = (file: string, e: unknown): Output.UsageError => {
  if (e instanceof WorkbookError)
    return new Output.UsageError({ vi: `${file}: ${e.text.vi}`, en: `${file}: ${e.text.en}` })
  const why = e instanceof Error ? e.message : String(e)
  return new Output.UsageError({ vi: `không đọc được tệp "${file}": ${why}`, en: `cannot read "${file}": ${why}` })
}

/**
 * The bytes of a workbook file, refusing files past the size limit before
 * reading them.
 *
 * @example
 * ```ts
 * readBytes("bao-cao.xlsx").length
 * ```
 * @since 0.1.0
 */
export const readBytes = (file: string): Uint8Array => Files.readBytes(file, Limits.defaults.maxBytes)

/**
 * Reads a workbook file into the report as read, its source map and the
 * reading notes (for callers that build their own check context).
 *
 * @example
 * ```ts
 * const r = await readWorkbookFile("bao-cao.xlsx")
 * ReportCheck.check(r.input, { source: { file: "bao-cao.xlsx", locate: r.locate } })
 * ```
 * @since 0.1.0
 */
export const readWorkbookFile = async (file: string): Promise<Read.Read> => {
  const bytes = readBytes(file)
  try {
    return await Read.read(bytes, { file })
  } catch (e) {
    throw unreadable(file, e)
  }
}

/**
 * `thads check` on a .xlsx: the same result object as for a JSON report,
 * every finding with its sheet and cell, plus the reading notes. Throws
 * `Output.UsageError` when the workbook cannot be read. Messages carry both
 * languages; `lang` is accepted for symmetry with the other commands.
 *
 * @example
 * ```ts
 * const result = await checkWorkbook("bao-cao.xlsx")
 * result.findings[0]?.location // { path: "/cases/rows/1/V13", file: "bao-cao.xlsx", sheet: "Việc", cell: "P9" }
 * ```
 * @since 0.1.0
 */
export const checkWorkbook = async (file: string, context: ReportCheck.Context = {}): Promise<ReportCheck.Result> =>
  checkRead(await readWorkbookFile(file), file, context)

/**
 * Checks a workbook already read (so that the caller can build the context
 * from its report first).
 *
 * @example
 * ```ts
 * const read = await readWorkbookFile("bao-cao.xlsx")
 * const result = checkRead(read, "bao-cao.xlsx", {})
 * ```
 * @since 0.1.0
 */
export const checkRead = (read: Read.Read, file: string, context: ReportCheck.Context = {}): ReportCheck.Result =>
  Check.checkRead(read, { file, context })

const outPath = (out: string): string => {
  if (!/\.xlsx$/i.test(out))
    throw new Output.UsageError({
      vi: `tệp ghi ra phải có đuôi .xlsx: "${out}"`,
      en: `the output file must end in .xlsx: "${out}"`
    })
  return out
}

/**
 * `thads template --unit <id> --year <Y> --months <M> --out <file.xlsx>
 * [--unit-name N] [--level L] [--regime R] [--rows N]`: writes a blank
 * template for a unit and period.
 *
 * @example
 * ```ts
 * await template({ unit: "chi-cuc-go-dau", year: 2024, months: 6, out: "mau.xlsx", json: false, lang: "vi" })
 * ```
 * @since 0.1.0
 */
export const template = async (input: {
  readonly unit: string
  readonly year: number
  readonly months: number
  readonly out: string
  readonly force?: boolean
  readonly unitName?: string | undefined
  readonly level?: string | undefined
  readonly regime?: string | undefined
  readonly rows?: number | undefined
  readonly json: boolean
  readonly lang: Output.Lang
}): Promise<Output.Output> => {
  const { lang } = input
  const unit = input.unit.normalize("NFC").trim()
  if (unit === "") throw new Output.UsageError({ vi: "--unit không được để trống", en: "--unit must not be empty" })
  if (!Number.isInteger(input.year) || input.year < 2000 || input.year > 2199) {
    throw new Output.UsageError({
      vi: `--year phải là năm từ 2000 đến 2199, nhận được ${input.year}`,
      en: `--year must be a year from 2000 to 2199, got ${input.year}`
    })
  }
  if (!Number.isInteger(input.months) || input.months < 1 || input.months > 12) {
    throw new Output.UsageError({
      vi: `--months phải từ 1 đến 12, nhận được ${input.months}`,
      en: `--months must be 1 to 12, got ${input.months}`
    })
  }
  const rows = input.rows ?? 20
  if (!Number.isInteger(rows) || rows < 0 || rows > Limits.defaults.maxRows) {
    throw new Output.UsageError({
      vi: `--rows phải từ 0 đến ${Limits.defaults.maxRows}, nhận được ${rows}`,
      en: `--rows must be 0 to ${Limits.defaults.maxRows}, got ${rows}`
    })
  }
  const level = input.level
  if (level !== undefined && !(level in ReportingDeadline.levels)) {
    throw new Output.UsageError({
      vi: `--level không hợp lệ: "${level}" (chv, chi-cuc, cuc, phong-khu-vuc, thads-tinh)`,
      en: `unknown --level "${level}" (chv, chi-cuc, cuc, phong-khu-vuc, thads-tinh)`
    })
  }
  const regime = input.regime
  if (regime !== undefined && !ReportingDeadline.regimes.includes(regime as ReportingDeadline.Regime)) {
    throw new Output.UsageError({
      vi: `--regime không hợp lệ: "${regime}" (${ReportingDeadline.regimes.join(", ")})`,
      en: `unknown --regime "${regime}" (${ReportingDeadline.regimes.join(", ")})`
    })
  }
  const out = outPath(input.out)
  const bytes = await Write.template({
    unitId: unit,
    year: input.year,
    months: input.months,
    rows,
    ...(input.unitName === undefined ? {} : { unitName: input.unitName }),
    ...(level === undefined ? {} : { level: level as ReportingDeadline.Level }),
    ...(regime === undefined ? {} : { regime: regime as ReportingDeadline.Regime })
  })
  Files.writeAtomic(out, bytes, { force: input.force === true })
  const read = await Read.read(bytes)
  const header = read.input["header"] as { readonly regime: string }
  if (input.json)
    return Output.json({
      file: out,
      unitId: unit,
      year: input.year,
      months: input.months,
      regime: header.regime,
      rows,
      bytes: bytes.length
    })
  return Output.text([
    Output.t(
      lang,
      `Đã ghi mẫu báo cáo ${out}: đơn vị ${unit}, ${input.months} tháng năm ${input.year}, chế độ ${header.regime}, ${rows} dòng`,
      `Wrote the report template ${out}: unit ${unit}, ${input.months} months of ${input.year}, regime ${header.regime}, ${rows} rows`
    )
  ])
}

/**
 * `thads annotate <in.xlsx> --out <out.xlsx>`: checks a workbook and writes
 * a copy with the findings as cell notes and highlights and a "Phát hiện"
 * sheet. Exit 1 when the report has errors (as `thads check`).
 *
 * @example
 * ```ts
 * await annotate({ file: "bao-cao.xlsx", out: "bao-cao.phat-hien.xlsx", json: false, lang: "vi" })
 * ```
 * @since 0.1.0
 */
export const annotate = async (input: {
  readonly file: string
  readonly out: string
  readonly force?: boolean
  readonly json: boolean
  readonly lang: Output.Lang
  readonly context?: ReportCheck.Context
}): Promise<Output.Output> => {
  const { lang } = input
  const out = outPath(input.out)
  // Refused before the work: an output that is the input (links included) or that exists without --force.
  Files.checkWritable(out, { inputs: [input.file], force: input.force === true })
  const bytes = readBytes(input.file)
  let annotated: Awaited<ReturnType<typeof Annotate.annotate>>
  try {
    annotated = await Annotate.annotate(bytes, {
      file: input.file,
      ...(input.context === undefined ? {} : { context: input.context })
    })
  } catch (e) {
    throw unreadable(input.file, e)
  }
  Files.writeAtomic(out, annotated.bytes, { inputs: [input.file], force: input.force === true })
  const r = annotated.result
  const exitCode = r.valid ? 0 : 1
  if (input.json) {
    return {
      ...Output.json({
        file: input.file,
        out,
        ...r,
        findings: r.findings.map((f) => ({ ...f, citation: citationJson(f.citation) }))
      }),
      exitCode
    }
  }
  const located = r.findings.filter((f) => f.location.cell !== undefined).length
  return {
    ...Output.text([
      ...resultLines(input.file, r, lang),
      "",
      Output.t(
        lang,
        `Đã ghi ${out}: ${located} phát hiện ghi chú trên ô, ${r.findings.length} phát hiện ở trang "Phát hiện"`,
        `Wrote ${out}: ${located} findings as cell notes, ${r.findings.length} findings on the "Phát hiện" sheet`
      )
    ]),
    exitCode
  }
}
