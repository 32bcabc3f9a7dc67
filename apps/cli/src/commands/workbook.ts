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
import { Pipeline, type ReportCheck, type ReportReader, ReportingDeadline } from "@thads/core"
import { Annotate, Limits, Read, Write } from "@thads/xlsx"
import * as Files from "../Files.js"
import * as Output from "../Output.js"
import * as Sources from "../Sources.js"
import { defaultOrganization } from "./check.js"

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

/**
 * Reads a workbook file into the report as read, its source map and the
 * reading notes. Throws `Output.UsageError` when it cannot be read.
 *
 * @example
 * ```ts
 * import { writeFileSync } from "node:fs"
 * import { join } from "node:path"
 * const file = join(tempDir(), "bao-cao.xlsx")
 * writeFileSync(file, await Write.report(Synthetic.report({ seed: 1, rows: 3 })))
 * const r = await readWorkbookFile(file)
 * r.locate("/cases/rows/0/V08") // { sheet: "Việc", cell: "K8" }
 * const empty = join(tempDir(), "empty.xlsx")
 * writeFileSync(empty, "")
 * await readWorkbookFile(empty) // UsageError: …/empty.xlsx: the file is empty (0 bytes)
 * ```
 * @since 0.1.0
 */
export const readWorkbookFile = (file: string): Promise<ReportReader.Read> => Sources.readWorkbook(file)

/**
 * `thads check` on a .xlsx: the same result object as for a JSON report,
 * every finding with its sheet and cell, plus the reading notes, checked by
 * the pipeline in a context (default: the organisation of `thads check`).
 *
 * @example
 * ```ts
 * import { writeFileSync } from "node:fs"
 * import { join } from "node:path"
 * const wb = await Read.load(await Write.report(Synthetic.report({ seed: 1, rows: 3 })))
 * Read.sheet(wb, "Việc")!.getCell("F8").value // { formula: "D8+E8", result: 1259 }: V03 = V01 + V02
 * Read.sheet(wb, "Việc")!.getCell("F8").value = 1260 // V03 typed over its formula
 * const file = join(tempDir(), "bao-cao.xlsx")
 * writeFileSync(file, new Uint8Array(await wb.xlsx.writeBuffer()))
 * const result = await checkWorkbook(file)
 * result.valid // false
 * result.findings[0] // { code: "identity-violated", severity: "error", location: { path: "/cases/rows/0/V03", sheet: "Việc", cell: "F8" } }
 * ```
 * @since 0.1.0
 */
export const checkWorkbook = async (
  file: string,
  data: Pipeline.ContextData = { organization: defaultOrganization }
): Promise<ReportCheck.Result> =>
  Pipeline.checkSource({ _tag: "Grid", file, read: await readWorkbookFile(file) }, data).result

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
 * import { join } from "node:path"
 * const out = join(tempDir(), "mau.xlsx")
 * const written = await template({ unit: "chi-cuc-go-dau", year: 2024, months: 6, out, json: true, lang: "vi" })
 * JSON.parse(written.stdout) // { unitId: "chi-cuc-go-dau", year: 2024, months: 6, regime: "tt06-2019", rows: 20 }: the regime in force for the period
 * const read = await readWorkbookFile(out)
 * read.input.header // { unitId: "chi-cuc-go-dau", year: 2024, months: 6 }
 * await template({ unit: "chi-cuc-go-dau", year: 2024, months: 6, out, json: false, lang: "en" }) // UsageError: cannot write "…/mau.xlsx": the file exists (add --force to replace it)
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
      vi: `--level không hợp lệ: "${level}" (${Object.keys(ReportingDeadline.levels).join(", ")})`,
      en: `unknown --level "${level}" (${Object.keys(ReportingDeadline.levels).join(", ")})`
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
 * import { readFileSync, writeFileSync } from "node:fs"
 * import { join } from "node:path"
 * const dir = tempDir()
 * const file = join(dir, "bao-cao.xlsx")
 * const out = join(dir, "bao-cao.phat-hien.xlsx")
 * const wb = await Read.load(await Write.report(Synthetic.report({ seed: 1, rows: 3 })))
 * Read.sheet(wb, "Việc")!.getCell("F8").value // { formula: "D8+E8", result: 1259 }: V03 = V01 + V02
 * Read.sheet(wb, "Việc")!.getCell("F8").value = 1260 // V03 typed over its formula
 * writeFileSync(file, new Uint8Array(await wb.xlsx.writeBuffer()))
 * const annotated = await annotate({ file, out, json: false, lang: "en" })
 * annotated.exitCode // 1: the report has an error finding
 * const copy = await Read.load(readFileSync(out))
 * copy.worksheets.map((w) => w.name) // ["Báo cáo", "Việc", "Tiền", "Phát hiện"]
 * await annotate({ file, out: file, json: false, lang: "en" }) // UsageError: cannot write "…/bao-cao.xlsx": it is the input "…/bao-cao.xlsx" (the original is never overwritten; choose another --out)
 * ```
 * @since 0.1.0
 */
export const annotate = async (input: {
  readonly file: string
  readonly out: string
  readonly force?: boolean
  readonly json: boolean
  readonly lang: Output.Lang
  readonly organization?: string | undefined
}): Promise<Output.Output> => {
  const { lang } = input
  const out = outPath(input.out)
  // Refused before the work: an output that is the input (links included) or that exists without --force.
  Files.checkWritable(out, { inputs: [input.file], force: input.force === true })
  const organization = input.organization ?? defaultOrganization
  const bytes = Files.readBytes(input.file, Limits.defaults.maxBytes)
  let wb: Awaited<ReturnType<typeof Read.load>>
  let read: ReportReader.Read
  try {
    wb = await Read.load(bytes, { file: input.file })
    read = Read.fromWorkbook(wb, { file: input.file })
  } catch (e) {
    throw Sources.workbookError(input.file, e)
  }
  const checked = Pipeline.checkSource(
    { _tag: "Grid", file: input.file, read },
    organization === "none" ? {} : { organization }
  )
  Annotate.onWorkbook(wb, checked.result.findings, read.layout.findingsSheet)
  const annotated = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer)
  Files.writeAtomic(out, annotated, { inputs: [input.file], force: input.force === true })
  const r = checked.result
  const exitCode = r.valid ? 0 : 1
  if (input.json) return { ...Output.json({ ...Pipeline.resultJson(checked), out }), exitCode }
  const located = r.findings.filter((f) => f.location.cell !== undefined).length
  return {
    ...Output.text([
      ...Pipeline.resultLines(checked, lang),
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
