/**
 * The obligations held by the compliance service, from the command line:
 * `thads fulfil <obligationId> --on D [--document-number N]
 * [--document-title T] [--note …] [--supersedes ID] --server URL --key K
 * [--idempotency-key I] [--format text|json] [--lang vi|en]` records that an
 * obligation was fulfilled (ghi nhận thực hiện nghĩa vụ: a §1.3 hearing held,
 * a steering report sent), and `thads obligations --server URL --key K
 * (--unit U | --actor A0x) [--from D] [--to D] [--subtree]` reads the
 * obligations with their status as the service tracks them — both through
 * the typed client of @thads/api, as `thads submit`.
 *
 * Exit codes, as `thads submit`: 0 recorded (or read); 1 the service refused
 * (the problem's code and, in the language asked for, what it means and
 * what to do: printed on standard output, or `{ problem, message }` with
 * `--format json`); 2 bad input (a date that is not YYYY-MM-DD, flags that
 * do not go together) or a service that cannot be reached — one line on
 * standard error.
 *
 * @since 0.2.0
 */
import { randomUUID } from "node:crypto"
import { type Fulfilment, type Problem, Views } from "@thads/api"
import { CivilDate, type Obligation, type Terms } from "@thads/core"
import * as Schema from "effect/Schema"
import { parseDate } from "../Input.js"
import * as Output from "../Output.js"
import { obligationLines } from "./directive.js"
import { call, slugOf } from "./Remote.js"

const dateIn = (lang: Output.Lang, d: string): string =>
  lang === "vi" && CivilDate.parse(d) instanceof CivilDate.InvalidDateError === false
    ? CivilDate.formatVi(CivilDate.make(d))
    : d

/**
 * What a refusal of the service means, in the user's language: for the
 * problems of fulfilments and obligations a sentence that says what to do
 * (with the facts the service gave as the problem's extension members:
 * `today`, `periodStart`, `currentId` — never read from its English
 * `detail`), for any other the service's own title and detail.
 *
 * @example
 * ```ts
 * const p = { type: "urn:thads:problem:fulfilment-exists", title: "Conflict", status: 409, detail: "(any text)", currentId: "f-1" }
 * refusalText(p, { on: "2026-01-20" }).en // "the obligation is already recorded (record f-1): to correct it, run again with --supersedes f-1"
 * refusalText(p, { on: "2026-01-20" }).vi // "nghĩa vụ đã được ghi nhận (bản ghi f-1): để sửa, chạy lại với --supersedes f-1"
 * refusalText({ type: "urn:thads:problem:fulfilment-date-future", title: "Unprocessable Content", status: 422, today: "2026-07-15" }, { on: "2026-07-16" }).vi
 * // "ngày thực hiện 16/07/2026 sau ngày hôm nay (15/07/2026)"
 * refusalText({ type: "urn:thads:problem:fulfilment-date-future", title: "Unprocessable Content", status: 422, detail: "2026-07-16 > 2026-07-15" }, { on: "2026-07-16" }).en
 * // "the date 2026-07-16 is after today"
 * refusalText({ type: "urn:thads:problem:something-new", title: "Bad Request", status: 400, detail: "no" }, {}).vi // "Bad Request: no"
 * ```
 * @since 0.2.0
 */
export const refusalText = (
  p: Problem.Fields & Problem.Extensions,
  request: { readonly obligationId?: string; readonly on?: string; readonly idempotencyKey?: string }
): Terms.Term => {
  const both = (vi: string, en: string): Terms.Term => ({ vi, en })
  const on = request.on ?? ""
  switch (slugOf(p)) {
    case "obligation-unknown":
      return both(
        `không có nghĩa vụ "${request.obligationId ?? ""}": lấy mã nghĩa vụ từ thads obligations --server`,
        `no obligation "${request.obligationId ?? ""}": take the id from thads obligations --server`
      )
    case "obligation-met-by-report":
      return both(
        "báo cáo thống kê được ghi nhận khi đơn vị nộp báo cáo (thads submit), không ghi nhận bằng thads fulfil",
        "a statistical report is met by submitting the report (thads submit), not by a record"
      )
    case "fulfilment-date-future": {
      const today = p.today
      return both(
        `ngày thực hiện ${dateIn("vi", on)} sau ngày hôm nay${today === undefined ? "" : ` (${dateIn("vi", today)})`}`,
        `the date ${on} is after today${today === undefined ? "" : ` (${today})`}`
      )
    }
    case "fulfilment-date-before-period": {
      const start = p.periodStart
      return both(
        `ngày thực hiện ${dateIn("vi", on)} trước ngày bắt đầu kỳ của nghĩa vụ${start === undefined ? "" : ` (${dateIn("vi", start)})`}`,
        `the date ${on} is before the obligation's period starts${start === undefined ? "" : ` (${start})`}`
      )
    }
    case "fulfilment-forbidden":
      return both(
        "khóa này không được ghi nhận nghĩa vụ này: khóa nộp báo cáo (submitter) của đơn vị ghi nhận nghĩa vụ của đơn vị mình, khóa quản trị (admin) ghi nhận nghĩa vụ của các chủ thể của Chỉ thị",
        "this key may not record this obligation: a unit's submitter key records its unit's obligations, an admin key those of the directive's actors"
      )
    case "fulfilment-exists": {
      const id = p.currentId
      return id === undefined
        ? both(
            "nghĩa vụ đã được ghi nhận: để sửa, chạy lại với --supersedes <mã bản ghi hiện tại>",
            "the obligation is already recorded: to correct it, run again with --supersedes <the current record's id>"
          )
        : both(
            `nghĩa vụ đã được ghi nhận (bản ghi ${id}): để sửa, chạy lại với --supersedes ${id}`,
            `the obligation is already recorded (record ${id}): to correct it, run again with --supersedes ${id}`
          )
    }
    case "fulfilment-superseded": {
      const id = p.currentId
      return id === undefined
        ? both(
            "nghĩa vụ chưa có bản ghi nào để sửa: bỏ --supersedes",
            "the obligation has no record to correct: leave out --supersedes"
          )
        : both(
            `bản ghi được sửa đã được sửa trước đó: --supersedes phải là bản ghi hiện tại (${id})`,
            `the record named has already been corrected: --supersedes must name the current record (${id})`
          )
    }
    case "idempotency-key-reused":
      return both(
        `Idempotency-Key "${request.idempotencyKey ?? ""}" đã được dùng cho một yêu cầu khác: bỏ --idempotency-key hoặc dùng khóa mới`,
        `the Idempotency-Key "${request.idempotencyKey ?? ""}" was used for another request: leave out --idempotency-key or use a new one`
      )
    case "key-required":
    case "key-unknown":
    case "key-malformed":
      return both("khóa API không hợp lệ (--key)", "the API key is not valid (--key)")
    case "key-revoked":
      return both("khóa API đã bị thu hồi (--key)", "the API key is revoked (--key)")
    case "actor-forbidden":
      return both(
        "nghĩa vụ của các chủ thể của Chỉ thị chỉ đọc được bằng khóa reviewer hoặc admin",
        "the directive actors' obligations are read with a reviewer or admin key"
      )
    case "actor-not-found":
      return both(
        "không có chủ thể này trong Chỉ thị 09-CT/TU (xem thads directive)",
        "no such actor in Chỉ thị 09-CT/TU (see thads directive)"
      )
    case "unit-not-found":
      return both("không có đơn vị này trong tổ chức", "no such unit in the organisation")
    case "unit-forbidden":
      return both("khóa này không được đọc dữ liệu của đơn vị này", "this key may not read this unit's data")
    case "subtree-needs-unit":
      return both("--subtree chỉ dùng với --unit", "--subtree goes with --unit, not --actor")
    default: {
      const text = `${p.title}${p.detail === undefined ? "" : `: ${p.detail}`}`
      return both(text, text)
    }
  }
}

/** A refusal: the sentence and the problem's code on one line, then the input's problems and the request id. */
const refusedLines = (
  subject: string,
  p: Problem.Fields,
  message: string,
  lang: Output.Lang,
  what: { readonly vi: string; readonly en: string }
): ReadonlyArray<string> => [
  `${subject}: ${what[lang]} — ${message} (${p.status} ${slugOf(p)})`,
  ...(p.errors ?? []).map((e) => `    ${e.pointer || "/"}  ${e.detail}`),
  ...(p.requestId === undefined ? [] : [`    request id: ${p.requestId}`])
]

const recordLines = (
  r: Fulfilment.Record,
  server: string,
  idempotencyKey: string,
  lang: Output.Lang
): ReadonlyArray<string> => {
  const owner = r.owner.unitId ?? r.owner.actorId ?? ""
  const doc = [r.document?.number, r.document?.title].filter((x) => x !== undefined).join(" — ")
  return [
    `${Output.t(lang, "Đã ghi nhận", "Recorded")} ${r.obligationId} — ${owner}, ${Output.t(lang, "ngày thực hiện", "fulfilled on")} ${dateIn(lang, r.fulfilledOn)}, ${Output.t(lang, "lần", "version")} ${r.version}`,
    ...(doc === "" ? [] : [`    ${Output.t(lang, "văn bản", "document")}: ${doc}`]),
    ...(r.note === undefined ? [] : [`    ${Output.t(lang, "ghi chú", "note")}: ${r.note}`]),
    ...(r.supersedes === null ? [] : [`    ${Output.t(lang, "sửa bản ghi", "corrects record")} ${r.supersedes}`]),
    `    id ${r.id}  ${Output.t(lang, "ghi nhận lúc", "recorded")} ${r.recordedAt}`,
    `    ${server.replace(/\/$/, "")}/v1/fulfilments/${r.id}  (Idempotency-Key: ${idempotencyKey})`
  ]
}

/**
 * Runs `thads fulfil`: `POST /v1/fulfilments` with a new Idempotency-Key
 * (or the one given: sending the same record again with it gives the same
 * record, stored once), then prints the record — or the refusal in the
 * user's language, exit 1.
 *
 * @example
 * ```ts
 * const input = { obligationId: "hearing/thads-tay-ninh/2025-12-31", on: "2026-01-20", server: "http://127.0.0.1:9", key: "thads_…", format: "text", lang: "en" } as const
 * await fulfil(input) // UsageError: cannot reach http://127.0.0.1:9: Transport error (POST http://127.0.0.1:9/v1/fulfilments)
 * await fulfil({ ...input, on: "20/01/2026" }) // UsageError: invalid --on "20/01/2026": …
 * ```
 *
 * With a running service (`thads-service`) and the unit's submitter key:
 *
 * ```ts skip-doctest needs a running thads service (tested against the real one in test/fulfil.test.ts)
 * const out = await fulfil({ obligationId: "hearing/thads-tay-ninh/2025-12-31", on: "2026-01-20", documentNumber: "12-BB/TU", server: "http://127.0.0.1:8080", key: process.env.THADS_KEY!, format: "json", lang: "vi" })
 * JSON.parse(out.stdout) // { id: "…", obligationId: "hearing/thads-tay-ninh/2025-12-31", fulfilledOn: "2026-01-20", version: 1, current: true, … }
 * ```
 * @since 0.2.0
 */
export const fulfil = async (input: {
  readonly obligationId: string
  /** The day the hearing was held or the report sent, YYYY-MM-DD. */
  readonly on: string
  readonly documentNumber?: string | undefined
  readonly documentTitle?: string | undefined
  readonly note?: string | undefined
  /** For a correction: the id of the current record. */
  readonly supersedes?: string | undefined
  readonly server: string
  readonly key: string
  readonly idempotencyKey?: string | undefined
  readonly format: "text" | "json"
  readonly lang: Output.Lang
}): Promise<Output.Output> => {
  const on = parseDate(input.on, "--on")
  const idempotencyKey = input.idempotencyKey ?? randomUUID()
  const document = {
    ...(input.documentNumber === undefined ? {} : { number: input.documentNumber }),
    ...(input.documentTitle === undefined ? {} : { title: input.documentTitle })
  }
  const payload: Fulfilment.Request = {
    obligationId: input.obligationId,
    fulfilledOn: on,
    ...(Object.keys(document).length === 0 ? {} : { document }),
    ...(input.note === undefined ? {} : { note: input.note }),
    ...(input.supersedes === undefined ? {} : { supersedes: input.supersedes })
  }
  const r = await call(input.server, input.key, (client) =>
    client.fulfilments.record({ headers: { "idempotency-key": idempotencyKey }, payload })
  )
  if (r._tag === "Refused") {
    const message = refusalText(r.problem, { obligationId: input.obligationId, on, idempotencyKey })[input.lang]
    if (input.format === "json")
      return { ...Output.json({ obligationId: input.obligationId, problem: r.problem, message }), exitCode: 1 }
    const what = { vi: "không ghi nhận được", en: "not recorded" }
    return { ...Output.text(refusedLines(input.obligationId, r.problem, message, input.lang, what)), exitCode: 1 }
  }
  if (input.format === "json") return Output.json(r.value)
  return Output.text(recordLines(r.value, input.server, idempotencyKey, input.lang))
}

const row = (item: typeof Views.TrackedObligation.Type) => {
  const s = item.status
  const status: Obligation.Status =
    s._tag === "met" || s._tag === "met-late" ? { ...s, submittedOn: CivilDate.make(s.submittedOn) } : s
  return { ...item, due: CivilDate.make(item.due), status }
}

/**
 * Runs `thads obligations --server`: `GET /v1/obligations` for a unit (and,
 * with `subtree`, every unit below it the key may read) or a directive
 * actor (reviewer and admin keys), from `from` to `to` (default: the
 * service's, the statistical year of today). Text as the local
 * `thads obligations` ({@link obligationLines}, with the fulfilment record
 * that met an obligation); JSON as the service gives it.
 *
 * @example
 * ```ts
 * const input = { server: "http://127.0.0.1:9", key: "thads_…", unit: "thads-tay-ninh", subtree: false, format: "text", lang: "en" } as const
 * await serviceObligations(input)
 * // UsageError: cannot reach http://127.0.0.1:9: Transport error (GET http://127.0.0.1:9/v1/obligations)
 * await serviceObligations({ ...input, actor: "A04" }) // UsageError: give one of --unit and --actor
 * await serviceObligations({ ...input, from: "2026-10-01", to: "2026-09-30" }) // UsageError: --to must not be before --from
 * ```
 *
 * With a running service and a reviewer's key:
 *
 * ```ts skip-doctest needs a running thads service (tested against the real one in test/fulfil.test.ts)
 * const out = await serviceObligations({ server: "http://127.0.0.1:8080", key: process.env.THADS_KEY!, actor: "A04", subtree: false, format: "json", lang: "vi" })
 * JSON.parse(out.stdout).actorId // "A04"
 * ```
 * @since 0.2.0
 */
export const serviceObligations = async (input: {
  readonly server: string
  readonly key: string
  readonly unit?: string | undefined
  readonly actor?: string | undefined
  readonly from?: string | undefined
  readonly to?: string | undefined
  readonly subtree: boolean
  readonly format: "text" | "json"
  readonly lang: Output.Lang
}): Promise<Output.Output> => {
  if ((input.unit === undefined) === (input.actor === undefined))
    throw new Output.UsageError({ vi: "cần đúng một trong --unit và --actor", en: "give one of --unit and --actor" })
  if (input.subtree && input.actor !== undefined)
    throw new Output.UsageError({ vi: "--subtree chỉ dùng với --unit", en: "--subtree goes with --unit, not --actor" })
  const from = input.from === undefined ? undefined : parseDate(input.from, "--from")
  const to = input.to === undefined ? undefined : parseDate(input.to, "--to")
  if (from !== undefined && to !== undefined && to < from)
    throw new Output.UsageError({ vi: "--to phải sau --from", en: "--to must not be before --from" })
  const query = {
    ...(input.unit === undefined ? {} : { unit: input.unit }),
    ...(input.actor === undefined ? {} : { actor: input.actor }),
    ...(from === undefined ? {} : { from }),
    ...(to === undefined ? {} : { to }),
    ...(input.subtree ? { subtree: "true" as const } : {})
  }
  const r = await call(input.server, input.key, (client) => client.review.obligations({ query }))
  const owner = input.unit ?? input.actor ?? ""
  if (r._tag === "Refused") {
    const message = refusalText(r.problem, {})[input.lang]
    if (input.format === "json") return { ...Output.json({ problem: r.problem, message }), exitCode: 1 }
    const what = { vi: "máy chủ từ chối", en: "refused by the service" }
    return { ...Output.text(refusedLines(owner, r.problem, message, input.lang, what)), exitCode: 1 }
  }
  const v = r.value
  if (input.format === "json") return Output.json(Schema.encodeSync(Views.Obligations)(v))
  const { lang } = input
  return Output.text([
    `${v.unitId ?? v.actorId ?? owner}: ${Output.t(lang, "tình trạng trên máy chủ ngày", "status on the service as of")} ${dateIn(lang, v.asOf)} (${input.server.replace(/\/$/, "")})`,
    ...obligationLines(
      { from: CivilDate.make(v.from), to: CivilDate.make(v.to), items: v.items.map(row), tracked: true, ids: true },
      lang
    )
  ])
}
