/**
 * `thads submit <file> --server URL --key K [--idempotency-key I]
 * [--format text|json]`: sends a report (.json or .xlsx) to the compliance
 * service through the typed client of @thads/api, and prints where it is
 * stored and the result of the service's check. `checkRemote` is the same
 * for `thads check --server URL`: the service checks, nothing is stored.
 * Exit 0 when the report is valid, 1 when it has an error finding or the
 * service refuses it, 2 for usage errors or an unreachable service.
 *
 * @since 0.1.0
 */
import { randomUUID } from "node:crypto"
import { type Problem, Result } from "@thads/api"
import { Decode, Pipeline, type ReportCheck } from "@thads/core"
import { readBytes } from "../Files.js"
import * as Output from "../Output.js"
import { call } from "./Remote.js"

const isWorkbook = (file: string) => /\.xlsx$/i.test(file)

/** The body the client sends: a decoded JSON report, or a workbook's bytes. */
const payloadOf = (file: string) => {
  const bytes = readBytes(file)
  if (isWorkbook(file)) return bytes
  const d = Decode.decodeJson(new TextDecoder().decode(bytes))
  if (d._tag === "Failure")
    throw new Output.UsageError({
      vi: `${file}: không phải báo cáo — ${d.failure
        .slice(0, 5)
        .map((p) => `${p.path || "/"} ${p.message.vi}`)
        .join("; ")}`,
      en: `${file}: not a report — ${d.failure
        .slice(0, 5)
        .map((p) => `${p.path || "/"} ${p.message.en}`)
        .join("; ")}`
    })
  return d.success.report
}

const refusalLines = (file: string, p: Problem.Fields, lang: Output.Lang): ReadonlyArray<string> => [
  `${file}: ${Output.t(lang, "máy chủ từ chối", "refused by the service")} — ${p.status} ${p.title}${p.detail === undefined ? "" : `: ${p.detail}`} (${p.type})`,
  ...(p.errors ?? []).map((e) => `    ${e.pointer || "/"}  ${e.detail}`),
  ...(p.requestId === undefined ? [] : [`    request id: ${p.requestId}`])
]

/**
 * Runs `thads submit`.
 *
 * @example
 * ```ts
 * const file = fromRoot("examples/report-consistent.json")
 * await submit({ file, server: "http://127.0.0.1:9", key: "thads_…", format: "text", lang: "en" })
 * // UsageError: cannot reach http://127.0.0.1:9: Transport error (POST http://127.0.0.1:9/v1/submissions)
 * await submit({ file: fromRoot("examples/report-malformed.json"), server: "http://127.0.0.1:9", key: "thads_…", format: "text", lang: "en" })
 * // UsageError: …/report-malformed.json: not a report — /header/regime missing required field "regime"; …
 * ```
 *
 * With a running service (`thads-service`) and a unit's submitter key:
 *
 * ```ts skip-doctest needs a running thads service (tested against the real one in apps/service/test/cli.test.ts)
 * const out = await submit({ file: "bao-cao.json", server: "http://127.0.0.1:8080", key: process.env.THADS_KEY!, format: "json", lang: "vi" })
 * JSON.parse(out.stdout).submission // { unitId: "chi-cuc-go-dau", version: 1, … }
 * ```
 * @since 0.1.0
 */
export const submit = async (input: {
  readonly file: string
  readonly server: string
  readonly key: string
  readonly idempotencyKey?: string | undefined
  readonly format: "text" | "json"
  readonly lang: Output.Lang
}): Promise<Output.Output> => {
  const payload = payloadOf(input.file)
  const idempotencyKey = input.idempotencyKey ?? randomUUID()
  const r = await call(input.server, input.key, (client) =>
    client.submissions.submit({ headers: { "idempotency-key": idempotencyKey }, payload })
  )
  if (r._tag === "Refused") {
    if (input.format === "json") return { ...Output.json({ file: input.file, problem: r.problem }), exitCode: 1 }
    return { ...Output.text(refusalLines(input.file, r.problem, input.lang)), exitCode: 1 }
  }
  const { submission, result } = r.value
  const exitCode = result.valid ? 0 : 1
  if (input.format === "json")
    return { ...Output.json({ file: input.file, submission, result: Result.toJson(result) }), exitCode }
  const lang = input.lang
  return {
    ...Output.text([
      `${input.file}: ${Output.t(lang, "đã nộp", "submitted")} — ${submission.unitId}, ${submission.months} ${Output.t(lang, "tháng năm", "months of")} ${submission.year}, ${Output.t(lang, "lần", "version")} ${submission.version}`,
      `    id ${submission.id}  ${Output.t(lang, "nhận lúc", "received")} ${submission.receivedAt}  sha256 ${submission.sha256}`,
      `    ${input.server.replace(/\/$/, "")}/v1/submissions/${submission.id}  (Idempotency-Key: ${idempotencyKey})`,
      ...Pipeline.resultLines({ file: input.file, result: result as ReportCheck.Result }, lang)
    ]),
    exitCode
  }
}

/**
 * `thads check --server URL [--key K]`: the service checks the reports.
 *
 * @example
 * ```ts
 * const paths = [fromRoot("examples/report-consistent.json")]
 * await checkRemote({ paths, server: "http://127.0.0.1:9", format: "json", lang: "en" })
 * // UsageError: cannot reach http://127.0.0.1:9: Transport error (POST http://127.0.0.1:9/v1/check)
 * await checkRemote({ paths: [], server: "http://127.0.0.1:9", format: "json", lang: "en" }) // UsageError: give at least one report file
 * ```
 *
 * With a running service:
 *
 * ```ts skip-doctest needs a running thads service (tested against the real one in apps/service/test/cli.test.ts)
 * const out = await checkRemote({ paths: ["bao-cao.json"], server: "http://127.0.0.1:8080", format: "json", lang: "en" })
 * JSON.parse(out.stdout).report // { unitId: "chi-cuc-go-dau", … }
 * ```
 * @since 0.1.0
 */
export const checkRemote = async (input: {
  readonly paths: ReadonlyArray<string>
  readonly server: string
  readonly key?: string | undefined
  readonly format: "text" | "json"
  readonly lang: Output.Lang
}): Promise<Output.Output> => {
  if (input.paths.length === 0)
    throw new Output.UsageError({
      vi: "cần ít nhất một tệp báo cáo",
      en: "give at least one report file"
    })
  const lines: Array<string> = []
  const json: Array<unknown> = []
  let anyInvalid = false
  for (const file of input.paths) {
    const payload = payloadOf(file)
    const r = await call(input.server, input.key, (client) => client.check.check({ payload }))
    if (r._tag === "Refused") {
      anyInvalid = true
      json.push({ file, problem: r.problem })
      lines.push(...refusalLines(file, r.problem, input.lang), "")
      continue
    }
    anyInvalid ||= !r.value.valid
    json.push({ file, ...Result.toJson(r.value) })
    lines.push(...Pipeline.resultLines({ file, result: r.value as ReportCheck.Result }, input.lang), "")
  }
  const exitCode = anyInvalid ? 1 : 0
  if (input.format === "json") return { ...Output.json(json.length === 1 ? json[0] : json), exitCode }
  return { ...Output.text(lines), exitCode }
}
