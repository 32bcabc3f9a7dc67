/**
 * `thads check <file|dir…> [--format text|json] [--context <dir>] [--as-of D]`:
 * checks one or many reports and prints the result object — text grouped by
 * report and severity with citations, or JSON (an array for several).
 * Exit 0 when no error finding, 1 when any, 2 for usage errors or
 * unreadable input. `thads findings`: the catalogue of finding codes as
 * Markdown (docs/findings.md).
 *
 * @since 0.1.0
 */
import { CivilDate, Decode, FindingCatalogue, Obligation, type Report, ReportCheck } from "@thads/core"
import { listFiles, readText } from "../Files.js"
import { parseDate } from "../Input.js"
import * as Output from "../Output.js"
import { citationJson, citationText } from "./Render.js"

/** Whether a file is read as a workbook (by its extension). */
const isWorkbookFile = (file: string): boolean => /\.(xlsx|xlsm|xls|xlsb|ods|csv|tsv)$/i.test(file)

/** Every report file under the given paths (directories walked), in order. */
const expand = (
  paths: ReadonlyArray<string>,
  unreadable: Array<{ readonly vi: string; readonly en: string }>
): ReadonlyArray<string> => listFiles(paths, /\.(json|xlsx|xlsm|xls|xlsb|ods|csv|tsv)$/i, unreadable)

const read = readText

/**
 * The reports of a context directory (the unit's earlier reports, its units'
 * reports) and its optional submissions.json.
 *
 * @since 0.1.0
 */
export const loadContext = (
  dir: string
): {
  readonly reports: ReadonlyArray<Report.Report>
  readonly submissions: ReadonlyArray<Obligation.Submission>
  readonly skipped: ReadonlyArray<string>
} => {
  const unreadable: Array<{ readonly vi: string; readonly en: string }> = []
  const files = expand([dir], unreadable)
  if (unreadable.length > 0)
    throw new Output.UsageError({
      vi: `không đọc được thư mục ngữ cảnh: ${unreadable[0]!.vi}`,
      en: `cannot read the context directory: ${unreadable[0]!.en}`
    })
  const reports: Array<Report.Report> = []
  let submissions: ReadonlyArray<Obligation.Submission> = []
  const skipped: Array<string> = []
  for (const f of files) {
    const text = read(f)
    if (f.endsWith("submissions.json")) {
      const u = JSON.parse(text) as { submissions?: ReadonlyArray<Obligation.Submission> }
      submissions = u.submissions ?? []
      continue
    }
    const d = Decode.decodeJson(text)
    if (d._tag === "Success") reports.push(d.report)
    else skipped.push(f)
  }
  return { reports, submissions, skipped }
}

const severityName = {
  error: { vi: "Lỗi", en: "Errors" },
  warning: { vi: "Cảnh báo", en: "Warnings" },
  info: { vi: "Thông tin", en: "Information" }
} as const

/**
 * The text of one report's result.
 *
 * @since 0.1.0
 */
export const resultLines = (file: string, r: ReportCheck.Result, lang: Output.Lang): ReadonlyArray<string> => {
  const c = r.stats.findings
  const verdict = r.valid ? Output.t(lang, "HỢP LỆ", "VALID") : Output.t(lang, "KHÔNG HỢP LỆ", "NOT VALID")
  const what =
    r.report === undefined
      ? ""
      : ` — ${r.report.unitId}, ${r.report.months} ${Output.t(lang, "tháng năm", "months of")} ${r.report.year}`
  const lines = [
    `${file}${what}: ${verdict} (${c.error} ${Output.t(lang, "lỗi", "errors")}, ${c.warning} ${Output.t(lang, "cảnh báo", "warnings")}, ${c.info} ${Output.t(lang, "thông tin", "info")})`
  ]
  for (const severity of ["error", "warning", "info"] as const) {
    const fs = r.findings.filter((f) => f.severity === severity)
    if (fs.length === 0) continue
    lines.push(`  ${severityName[severity][lang]} (${fs.length}):`)
    for (const f of fs) {
      const cell = f.location.sheet === undefined ? "" : ` (${f.location.sheet}!${f.location.cell})`
      lines.push(`    ${f.location.path === "" ? "/" : f.location.path}${cell}  [${f.code}] ${f.message[lang]}`)
      lines.push(`        ${Output.t(lang, "căn cứ", "source")}: ${citationText(f.citation, lang)}`)
    }
  }
  return lines
}

/**
 * Runs `thads check`.
 *
 * @example
 * ```ts
 * check({ paths: ["examples"], format: "text", lang: "vi" })
 * ```
 * @since 0.1.0
 */
export const check = async (input: {
  readonly paths: ReadonlyArray<string>
  readonly format: "text" | "json"
  readonly context?: string | undefined
  readonly asOf?: string | undefined
  readonly lang: Output.Lang
  readonly progress?: (done: number, total: number) => void
}): Promise<Output.Output> => {
  if (input.paths.length === 0)
    throw new Output.UsageError({
      vi: "cần ít nhất một tệp hoặc thư mục báo cáo",
      en: "give at least one report file or directory"
    })
  const unreadable: Array<{ readonly vi: string; readonly en: string }> = []
  const files = expand(input.paths, unreadable)
  const ctx = input.context === undefined ? undefined : loadContext(input.context)
  const asOf = input.asOf === undefined ? CivilDate.todayInVietnam() : parseDate(input.asOf, "--as-of")
  const results: Array<{ readonly file: string; readonly result: ReportCheck.Result }> = []
  const contextFor = (file: string, decoded: () => Decode.Result): ReportCheck.Context => {
    const context: ReportCheck.Context = { source: { file } }
    if (ctx === undefined) return context
    const d = decoded()
    const h = d._tag === "Success" ? d.report.header : undefined
    const obligations =
      h === undefined || ctx.submissions.length === 0
        ? undefined
        : Obligation.track(
            Obligation.generate({
              from: CivilDate.make({ year: h.year - 1, month: 10, day: 1 }),
              to: CivilDate.make({ year: h.year, month: 9, day: 30 }),
              owner: h.unitId
            }),
            ctx.submissions,
            asOf
          )
    return {
      ...context,
      earlier: ctx.reports.filter((r) => h !== undefined && r.header.unitId === h.unitId),
      units: ctx.reports.filter((r) => h !== undefined && r.header.unitId !== h.unitId),
      ...(obligations === undefined ? {} : { obligations })
    }
  }
  const unreadableText = (file: string, e: unknown): { readonly vi: string; readonly en: string } => {
    if (e instanceof Output.UsageError) return e.text
    const why = e instanceof Error ? e.message : String(e)
    return { vi: `${file}: ${why}`, en: `${file}: ${why}` }
  }
  for (const [i, file] of files.entries()) {
    if (isWorkbookFile(file)) {
      // Workbooks: read with the form layout; findings carry their sheet and cell.
      try {
        const workbook = await import("./workbook.js")
        const read = await workbook.readWorkbookFile(file)
        results.push({
          file,
          result: await workbook.checkRead(
            read,
            file,
            contextFor(file, () => Decode.decode(read.input))
          )
        })
      } catch (e) {
        unreadable.push(unreadableText(file, e))
      }
    } else {
      let text: string
      try {
        text = read(file)
      } catch (e) {
        unreadable.push(unreadableText(file, e))
        continue
      }
      results.push({
        file,
        result: ReportCheck.check(
          text,
          contextFor(file, () => Decode.decodeJson(text))
        )
      })
    }
    input.progress?.(i + 1, files.length)
  }
  if (unreadable.length > 0) {
    throw new Output.UsageError({
      vi: `không đọc được: ${unreadable.map((u) => u.vi).join("; ")}`,
      en: `unreadable input: ${unreadable.map((u) => u.en).join("; ")}`
    })
  }
  const anyError = results.some((r) => !r.result.valid)
  const exitCode = anyError ? 1 : 0
  if (input.format === "json") {
    const withText = (r: ReportCheck.Result) => ({
      ...r,
      findings: r.findings.map((f) => ({ ...f, citation: citationJson(f.citation) }))
    })
    const value =
      results.length === 1 && input.paths.length === 1 && files[0] === input.paths[0]
        ? { file: results[0]!.file, ...withText(results[0]!.result) }
        : results.map((r) => ({ file: r.file, ...withText(r.result) }))
    return { ...Output.json(value), exitCode }
  }
  const { lang } = input
  const lines: Array<string> = []
  for (const r of results) lines.push(...resultLines(r.file, r.result, lang), "")
  const total = results.reduce(
    (a, r) => {
      const c = r.result.stats.findings
      return { error: a.error + c.error, warning: a.warning + c.warning, info: a.info + c.info }
    },
    { error: 0, warning: 0, info: 0 }
  )
  const valid = results.filter((r) => r.result.valid).length
  const rs = results[0]?.result.ruleSet
  lines.push(
    Output.t(
      lang,
      `${results.length} báo cáo: ${valid} hợp lệ, ${results.length - valid} không hợp lệ; ${total.error} lỗi, ${total.warning} cảnh báo, ${total.info} thông tin`,
      `${results.length} report(s): ${valid} valid, ${results.length - valid} not valid; ${total.error} errors, ${total.warning} warnings, ${total.info} info`
    )
  )
  if (rs !== undefined)
    lines.push(
      Output.t(
        lang,
        `Bộ quy tắc ${rs.version}, sha256 ${rs.hash.slice(0, 16)}…`,
        `Rule set ${rs.version}, sha256 ${rs.hash.slice(0, 16)}…`
      )
    )
  return { ...Output.text(lines), exitCode }
}

/**
 * Runs `thads findings`: the catalogue as Markdown.
 *
 * @since 0.1.0
 */
export const findings = (): Output.Output => ({ stdout: `${FindingCatalogue.toMarkdown()}\n`, exitCode: 0 })
