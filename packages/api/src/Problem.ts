/**
 * Problem documents (RFC 9457, `application/problem+json`): the one shape of
 * every refusal of the service. Each status has its own error class so the
 * contract lists the refusals an endpoint can give and the typed client
 * decodes them back; `type` is a stable URN (`urn:thads:problem:<slug>`), and
 * a report that does not decode lists every problem with its JSON Pointer in
 * `errors`.
 *
 * @since 0.1.0
 */
import { CivilDate } from "@thads/core"
import * as HttpApiSchema from "effect/http-api/HttpApiSchema"
import * as Schema from "effect/Schema"

/**
 * The media type of a problem document.
 *
 * @example
 * ```ts
 * Problem.contentType // "application/problem+json"
 * ```
 * @since 0.1.0
 */
export const contentType = "application/problem+json"

/**
 * One problem of a refused input: where (a JSON Pointer into the body, or
 * `/query/<name>`, `/headers/<name>`) and why.
 *
 * @example
 * ```ts
 * const item: Problem.Item = { pointer: "/cases/rows/3/V08", detail: "expected an integer ≥ 0", code: "report-negative" }
 * ```
 * @since 0.1.0
 */
export const Item = Schema.Struct({
  pointer: Schema.String,
  detail: Schema.String,
  code: Schema.optionalKey(Schema.String)
}).annotate({ identifier: "ProblemItem", description: "One problem of the input, at a JSON Pointer" })

/**
 * The type of {@link Item}.
 *
 * @example
 * ```ts
 * const item: Problem.Item = { pointer: "/header/year", detail: "missing" }
 * ```
 * @since 0.1.0
 */
export type Item = typeof Item.Type

const fields = {
  type: Schema.String.annotate({
    description: "A stable URN naming the kind of problem, e.g. urn:thads:problem:report-invalid"
  }),
  title: Schema.String,
  status: Schema.Int,
  detail: Schema.optionalKey(Schema.String),
  instance: Schema.optionalKey(Schema.String),
  requestId: Schema.optionalKey(Schema.String),
  errors: Schema.optionalKey(Schema.Array(Item))
}

/**
 * The fields of every problem document.
 *
 * @example
 * ```ts
 * const p: Problem.Fields = { type: "urn:thads:problem:not-found", title: "Not Found", status: 404 }
 * ```
 * @since 0.1.0
 */
export interface Fields {
  readonly type: string
  readonly title: string
  readonly status: number
  readonly detail?: string
  readonly instance?: string
  readonly requestId?: string
  readonly errors?: ReadonlyArray<Item>
}

/**
 * A problem's type URN from its slug.
 *
 * @example
 * ```ts
 * Problem.type("report-invalid") // "urn:thads:problem:report-invalid"
 * ```
 * @since 0.1.0
 */
export const type = (slug: string): string => `urn:thads:problem:${slug}`

// Core's date Schema (real dates; JSON Schema format "date"), typed as a plain string in the contract.
const Day = CivilDate.CivilDateSchema as Schema.Codec<string, string>

/**
 * The extension members (RFC 9457 §3.2) of a 409 problem: what the client
 * needs to act on a refusal without reading the English `detail`.
 */
const conflictExtensions = {
  currentId: Schema.optionalKey(
    Schema.String.annotate({
      description:
        "fulfilment-exists, fulfilment-superseded: the id of the obligation's current record (a correction names it in supersedes); absent when the obligation has none"
    })
  )
}

/** The extension members of a 422 problem. */
const unprocessableExtensions = {
  today: Schema.optionalKey(
    Day.annotate({ description: "fulfilment-date-future: the service's today in Vietnam (YYYY-MM-DD)" })
  ),
  periodStart: Schema.optionalKey(
    Day.annotate({
      description: "fulfilment-date-before-period: the first day of the period the obligation covers (YYYY-MM-DD)"
    })
  )
}

/**
 * The extension members a problem document may carry beside its
 * {@link Fields}, by the problem's type: `today` (the service's date in
 * Vietnam) with `fulfilment-date-future`, `periodStart` with
 * `fulfilment-date-before-period`, `currentId` (the obligation's current
 * record) with `fulfilment-exists` and `fulfilment-superseded`. Declared in
 * the 409 and 422 problem Schemas, so they are in the OpenAPI document and
 * the typed client decodes them.
 *
 * @example
 * ```ts
 * const p: Problem.Fields & Problem.Extensions = { type: Problem.type("fulfilment-date-future"), title: "Unprocessable Content", status: 422, today: "2026-07-15" }
 * ```
 * @since 0.2.0
 */
export interface Extensions {
  readonly today?: string
  readonly periodStart?: string
  readonly currentId?: string
}

const problem = (status: number, identifier: string) => ({
  httpApiStatus: status,
  identifier,
  description: `RFC 9457 problem document (status ${status})`
})

/**
 * 400: the request (query, headers, body) does not decode.
 *
 * @example
 * ```ts
 * new Problem.BadRequest({ type: Problem.type("bad-request"), title: "Bad Request", status: 400 })
 * ```
 * @since 0.1.0
 */
export class BadRequest extends Schema.Error<BadRequest>("thads/Problem/BadRequest")(
  fields,
  problem(400, "BadRequestProblem")
) {}

/**
 * 401: no key, or an unknown or revoked key.
 *
 * @example
 * ```ts
 * new Problem.Unauthorized({ type: Problem.type("unauthorized"), title: "Unauthorized", status: 401 })
 * ```
 * @since 0.1.0
 */
export class Unauthorized extends Schema.Error<Unauthorized>("thads/Problem/Unauthorized")(
  fields,
  problem(401, "UnauthorizedProblem")
) {}

/**
 * 403: the key's role or unit does not allow this.
 *
 * @example
 * ```ts
 * new Problem.Forbidden({ type: Problem.type("forbidden"), title: "Forbidden", status: 403 })
 * ```
 * @since 0.1.0
 */
export class Forbidden extends Schema.Error<Forbidden>("thads/Problem/Forbidden")(
  fields,
  problem(403, "ForbiddenProblem")
) {}

/**
 * 404: no such resource (or no such route).
 *
 * @example
 * ```ts
 * new Problem.NotFound({ type: Problem.type("not-found"), title: "Not Found", status: 404 })
 * ```
 * @since 0.1.0
 */
export class NotFound extends Schema.Error<NotFound>("thads/Problem/NotFound")(
  fields,
  problem(404, "NotFoundProblem")
) {}

/**
 * 409: the Idempotency-Key was used with another body; a fulfilment record
 * that is not a correction of the current one (`fulfilment-exists`,
 * `fulfilment-superseded`: `currentId` names the current record).
 *
 * @example
 * ```ts
 * new Problem.Conflict({ type: Problem.type("idempotency-key-reused"), title: "Conflict", status: 409 })
 * new Problem.Conflict({ type: Problem.type("fulfilment-exists"), title: "Conflict", status: 409, currentId: "2b0c7d8e" }).currentId // "2b0c7d8e"
 * ```
 * @since 0.1.0
 */
export class Conflict extends Schema.Error<Conflict>("thads/Problem/Conflict")(
  { ...fields, ...conflictExtensions },
  problem(409, "ConflictProblem")
) {}

/**
 * 413: the body is over the limit.
 *
 * @example
 * ```ts
 * new Problem.PayloadTooLarge({ type: Problem.type("body-too-large"), title: "Payload Too Large", status: 413 })
 * ```
 * @since 0.1.0
 */
export class PayloadTooLarge extends Schema.Error<PayloadTooLarge>("thads/Problem/PayloadTooLarge")(
  fields,
  problem(413, "PayloadTooLargeProblem")
) {}

/**
 * 415: a media type the endpoint does not take.
 *
 * @example
 * ```ts
 * new Problem.UnsupportedMediaType({ type: Problem.type("unsupported-media-type"), title: "Unsupported Media Type", status: 415 })
 * ```
 * @since 0.1.0
 */
export class UnsupportedMediaType extends Schema.Error<UnsupportedMediaType>("thads/Problem/UnsupportedMediaType")(
  fields,
  problem(415, "UnsupportedMediaTypeProblem")
) {}

/**
 * 422: the body is JSON (or a workbook) but not a report: `errors` lists
 * every problem with its JSON Pointer; a fulfilment record the service does
 * not accept (`today` with `fulfilment-date-future`, `periodStart` with
 * `fulfilment-date-before-period`).
 *
 * @example
 * ```ts
 * new Problem.Unprocessable({ type: Problem.type("report-invalid"), title: "Unprocessable Content", status: 422, errors: [] })
 * new Problem.Unprocessable({ type: Problem.type("fulfilment-date-future"), title: "Unprocessable Content", status: 422, today: "2026-07-15" }).today // "2026-07-15"
 * ```
 * @since 0.1.0
 */
export class Unprocessable extends Schema.Error<Unprocessable>("thads/Problem/Unprocessable")(
  { ...fields, ...unprocessableExtensions },
  problem(422, "UnprocessableProblem")
) {}

/**
 * 503: the database is not reachable or not migrated (readiness).
 *
 * @example
 * ```ts
 * new Problem.Unavailable({ type: Problem.type("not-ready"), title: "Service Unavailable", status: 503 })
 * ```
 * @since 0.1.0
 */
export class Unavailable extends Schema.Error<Unavailable>("thads/Problem/Unavailable")(
  fields,
  problem(503, "UnavailableProblem")
) {}

/**
 * Every problem class, by status.
 *
 * @example
 * ```ts
 * new Problem.byStatus[404]!({ type: Problem.type("not-found"), title: "Not Found", status: 404 })
 * ```
 * @since 0.1.0
 */
export const byStatus: Readonly<Record<number, new (f: Fields) => Fields>> = {
  400: BadRequest,
  401: Unauthorized,
  403: Forbidden,
  404: NotFound,
  409: Conflict,
  413: PayloadTooLarge,
  415: UnsupportedMediaType,
  422: Unprocessable,
  503: Unavailable
}

/**
 * The problem classes with the problem media type, for an endpoint's `error`.
 *
 * @example
 * ```ts
 * HttpApiEndpoint.get("x", "/x", { error: Problem.errors(Problem.NotFound) })
 * ```
 * @since 0.1.0
 */
export const errors = <const S extends ReadonlyArray<Schema.Top>>(...schemas: S) =>
  schemas.map((s) => s.pipe(HttpApiSchema.asJson({ contentType }))) as unknown as S
