/**
 * Report bodies: a JSON report (`application/json`) or a workbook
 * (`.xlsx` media type), read into core's report with every decoding problem
 * at its JSON Pointer (and cell, for a workbook). The check itself is core's
 * (`ReportCheck.check`, `@thads/xlsx` `Check.checkRead`); this module only
 * routes bytes to it.
 *
 * @since 0.1.0
 */
import type { Problem } from "@thads/api"
import { Api } from "@thads/api"
import { Decode, type Report, ReportCheck } from "@thads/core"

/**
 * The media types a report body may have.
 *
 * @example
 * ```ts
 * Body.mediaTypeOf("application/json; charset=utf-8") // "application/json"
 * Body.mediaTypeOf("text/csv") // undefined
 * ```
 * @since 0.1.0
 */
export const mediaTypeOf = (
  contentType: string | undefined
): "application/json" | typeof Api.xlsxMediaType | undefined => {
  const base = (contentType ?? "").split(";")[0]!.trim().toLowerCase()
  if (base === "application/json") return "application/json"
  if (base === Api.xlsxMediaType) return Api.xlsxMediaType
  return undefined
}

/**
 * A body read: the report and how to check it in a context, or the problems.
 *
 * @example
 * ```ts
 * const report = Synthetic.report({ seed: 1, rows: 3, unitId: "chi-cuc-go-dau", year: 2023, months: 12 })
 * const bytes = new TextEncoder().encode(JSON.stringify(report))
 * const d: Body.Decoded = await Body.decode(bytes, "application/json")
 * if (d._tag !== "Report") throw new Error(`not a report: ${d._tag}`)
 * d.report.header // { unitId: "chi-cuc-go-dau", year: 2023, months: 12 }
 * d.check({ submittedOn: CivilDate.make("2023-10-02") }).valid // true
 * ```
 * @since 0.1.0
 */
export type Decoded =
  | {
      readonly _tag: "Report"
      readonly report: Report.Report
      readonly check: (context: ReportCheck.Context) => ReportCheck.Result
    }
  | { readonly _tag: "NotJson"; readonly problems: ReadonlyArray<Problem.Item> }
  | { readonly _tag: "Invalid"; readonly problems: ReadonlyArray<Problem.Item> }
  | { readonly _tag: "Unreadable"; readonly detail: string }

const item = (p: Decode.Problem, cell?: { readonly sheet: string; readonly cell: string }): Problem.Item => ({
  pointer: p.path,
  detail: cell === undefined ? p.message.en : `${p.message.en} (${cell.sheet}!${cell.cell})`,
  code: p.code
})

const fatalUtf8 = new TextDecoder("utf-8", { fatal: true })

/**
 * Decodes a body of a known media type.
 *
 * @example
 * ```ts
 * await Body.decode(new TextEncoder().encode("{}"), "application/json")
 * // { _tag: "Invalid", problems: [{ pointer: "/header", code: "missing" }, { pointer: "/cases", code: "missing" }, { pointer: "/money", code: "missing" }] }
 * await Body.decode(new TextEncoder().encode("{not json"), "application/json") // { _tag: "NotJson" }
 * await Body.decode(new Uint8Array([0xff]), "application/json") // { _tag: "NotJson", problems: [{ pointer: "", detail: "the body is not UTF-8 text", code: "report-not-json" }] }
 * await Body.decode(new TextEncoder().encode("id;V01"), Api.xlsxMediaType) // { _tag: "Unreadable" }
 * ```
 * @since 0.1.0
 */
export const decode = async (bytes: Uint8Array, mediaType: "application/json" | string): Promise<Decoded> => {
  if (mediaType === "application/json") {
    let text: string
    try {
      text = fatalUtf8.decode(bytes)
    } catch {
      return {
        _tag: "NotJson",
        problems: [{ pointer: "", detail: "the body is not UTF-8 text", code: "report-not-json" }]
      }
    }
    const d = Decode.decodeJson(text)
    if (d._tag === "Failure") {
      const problems = d.failure.map((p) => item(p))
      return d.failure.some((p) => p.code === "not-json")
        ? { _tag: "NotJson", problems }
        : { _tag: "Invalid", problems }
    }
    const decoded = d.success
    return { _tag: "Report", report: decoded.report, check: (context) => ReportCheck.checkDecoded(decoded, context) }
  }
  const { Check, Read, isWorkbookError } = await import("@thads/xlsx")
  try {
    const read = await Read.read(bytes, {})
    const d = Decode.decode(read.input)
    if (d._tag === "Failure") return { _tag: "Invalid", problems: d.failure.map((p) => item(p, read.locate(p.path))) }
    return { _tag: "Report", report: d.success.report, check: (context) => Check.checkRead(read, { context }) }
  } catch (e) {
    if (isWorkbookError(e)) return { _tag: "Unreadable", detail: e.text.en }
    return { _tag: "Unreadable", detail: "the workbook cannot be read" }
  }
}

/**
 * The decoding problems of a result (findings of the decoding group), as
 * problem items; empty when the report decoded.
 *
 * @example
 * ```ts
 * Body.decodingProblems(ReportCheck.check("{}")).length > 0 // true
 * Body.decodingProblems(ReportCheck.check("{")) // [{ pointer: "", code: "report-not-json" }]
 * Body.decodingProblems(ReportCheck.check(JSON.stringify(Synthetic.report({ seed: 1, rows: 3 })))) // []
 * ```
 * @since 0.1.0
 */
export const decodingProblems = (r: ReportCheck.Result): ReadonlyArray<Problem.Item> => {
  if (r.report !== undefined) return []
  return r.findings.map((f) => ({
    pointer: f.location.path ?? "",
    detail: f.message.en,
    code: f.code
  }))
}
