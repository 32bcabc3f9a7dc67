/**
 * The implementation of the contract (@thads/api): one handler per endpoint,
 * each authorised against the unit tree of the organisation on the report's
 * date, each refusal a problem document, each read of another unit's data
 * and each refusal written to the audit log.
 *
 * @since 0.1.0
 */
import { Access, Api, Fulfilment, FulfilmentRules, Problem, Result, Submission } from "@thads/api"
import {
  type AreaOffices,
  CivilDate,
  Directive09,
  FindingCatalogue,
  HolidaySchedule,
  Obligation,
  ObligationSettings,
  Organization,
  ReportCheck,
  ReportingDeadline,
  RuleSet,
  StatisticalPeriod,
  WorkingCalendar
} from "@thads/core"
import * as Context from "effect/Context"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import * as Redacted from "effect/Redacted"
import type * as HttpServerRequest from "effect/http/HttpServerRequest"
import * as HttpServerResponse from "effect/http/HttpServerResponse"
import * as HttpApiBuilder from "effect/http-api/HttpApiBuilder"
import * as SqlClient from "effect/sql/SqlClient"
import * as Audit from "./Audit.js"
import * as Body from "./Body.js"
import * as Check from "./Check.js"
import * as Database from "./Database.js"
import * as Fulfilments from "./Fulfilments.js"
import * as Keys from "./Keys.js"
import type * as Metrics from "./Metrics.js"
import * as Submissions from "./Submissions.js"
import * as Time from "./Time.js"

/**
 * What the handlers need to know about the deployment.
 *
 * @example
 * ```ts
 * const config = Layer.succeed(Handlers.ServiceConfig, {
 *   organizationId: "tay-ninh",
 *   organization: Organization.tayNinh,
 *   publicReads: true,
 *   maxBodyBytes: 5_000_000,
 *   database: "sqlite:data/thads.db",
 *   metrics: Metrics.make()
 * })
 * const limit = Effect.gen(function* () {
 *   return (yield* Handlers.ServiceConfig).maxBodyBytes
 * })
 * Effect.runSync(Effect.provide(limit, config)) // 5000000
 * ```
 * @since 0.1.0
 */
export class ServiceConfig extends Context.Service<
  ServiceConfig,
  {
    /** The organisation's id in core's `Pipeline.organizations`. */
    readonly organizationId: string
    readonly organization: Organization.Organization
    /** `POST /v1/check` and the reference views without a key. */
    readonly publicReads: boolean
    readonly maxBodyBytes: number
    readonly database: string
    readonly metrics: Metrics.Registry
    /**
     * The obligation settings in force (`thads-service serve --obligations
     * FILE`), decoded at start; absent: the defaults. Every obligation the
     * service generates or looks up uses them.
     */
    readonly obligations?: ObligationSettings.Decoded | undefined
    /**
     * The area offices (Phòng THADS khu vực) in force (`thads-service serve
     * --units FILE`), decoded at start; `organization` is then the
     * organisation extended with them. Absent: the built-in units only.
     */
    readonly areaOffices?: AreaOffices.Decoded | undefined
  }
>()("@thads/service/ServiceConfig") {}

/** The settings obligations are generated with (absent: the defaults). */
const settingsOf = (config: ServiceConfig["Service"]): { readonly settings?: Obligation.Settings } =>
  config.obligations === undefined ? {} : { settings: config.obligations.settings }

/**
 * The id of the request being served (set by the server for every request).
 *
 * @example
 * ```ts
 * const notFound = Handlers.problem(Problem.NotFound, "submission-not-found", "no such submission")
 * Effect.runSync(Effect.provideService(notFound, Handlers.RequestId, "3f1c2a")).requestId // "3f1c2a"
 * Effect.runSync(notFound).requestId // undefined: outside a request
 * ```
 * @since 0.1.0
 */
export const RequestId = Context.Reference<string>("@thads/service/RequestId", { defaultValue: () => "" })

type ProblemClass<P> = new (fields: Problem.Fields & Problem.Extensions) => P

/**
 * A problem document of the request being served.
 *
 * @example
 * ```ts
 * const notFound = Effect.gen(function* () {
 *   return yield* Effect.fail(yield* Handlers.problem(Problem.NotFound, "submission-not-found", "no such submission"))
 * })
 * Effect.runSync(Effect.flip(notFound)) // { type: "urn:thads:problem:submission-not-found", title: "Not Found", status: 404, detail: "no such submission" }
 * ```
 * @since 0.1.0
 */
export const problem = <P>(
  Class: ProblemClass<P>,
  slug: string,
  detail: string,
  errors?: ReadonlyArray<Problem.Item>,
  extensions: Problem.Extensions = {}
): Effect.Effect<P> =>
  Effect.map(RequestId, (requestId: string) => {
    const status = statusOf(Class)
    return new Class({
      type: Problem.type(slug),
      title: titles[status] ?? "Error",
      status,
      detail,
      ...(requestId === "" ? {} : { requestId }),
      ...(errors === undefined ? {} : { errors }),
      ...extensions
    })
  })

const statusOf = (Class: unknown): number => {
  for (const [status, c] of Object.entries(Problem.byStatus)) if (c === Class) return Number(status)
  return 400
}

/**
 * The reason phrases of the statuses the service answers with.
 *
 * @example
 * ```ts
 * Handlers.titles[404] // "Not Found"
 * Handlers.titles[422] // "Unprocessable Content"
 * ```
 * @since 0.1.0
 */
export const titles: Readonly<Record<number, string>> = {
  400: "Bad Request",
  401: "Unauthorized",
  403: "Forbidden",
  404: "Not Found",
  405: "Method Not Allowed",
  409: "Conflict",
  413: "Content Too Large",
  415: "Unsupported Media Type",
  422: "Unprocessable Content",
  500: "Internal Server Error",
  503: "Service Unavailable"
}

const fail = <P>(
  Class: ProblemClass<P>,
  slug: string,
  detail: string,
  errors?: ReadonlyArray<Problem.Item>,
  extensions?: Problem.Extensions
) => Effect.flatMap(problem(Class, slug, detail, errors, extensions), Effect.fail)

/** Records a refusal in the audit log, then fails with it. */
const refuse = <P>(
  caller: Api.Caller | undefined,
  action: string,
  object: string | null,
  Class: ProblemClass<P>,
  slug: string,
  detail: string,
  extensions?: Problem.Extensions
) =>
  Effect.gen(function* () {
    const requestId = yield* RequestId
    yield* Audit.append({
      keyId: caller?._tag === "key" ? caller.keyId : null,
      role: caller?._tag === "key" ? caller.role : null,
      unitId: caller?._tag === "key" ? caller.unitId : null,
      action,
      object,
      outcome: `refused:${statusOf(Class)}:${slug}`,
      requestId
    }).pipe(Effect.orDie)
    return yield* fail(Class, slug, detail, undefined, extensions)
  })

/** The problem classes of a fulfilment's refusals, by status. */
const refusalClasses = { 403: Problem.Forbidden, 409: Problem.Conflict, 422: Problem.Unprocessable } as const

/** Records a refusal of `FulfilmentRules` in the audit log, then fails with its problem (extension members included). */
const refuseRecord = (caller: Api.Caller, object: string, r: FulfilmentRules.Refusal) =>
  refuse<Problem.Forbidden | Problem.Conflict | Problem.Unprocessable>(
    caller,
    "fulfilment.create",
    object,
    refusalClasses[r.status],
    r.code,
    r.detail,
    r.extensions
  )

/** Records a read of another unit's data. */
const auditRead = (caller: Api.Caller, unitId: string, action: string, object: string) =>
  Effect.gen(function* () {
    if (caller._tag !== "key" || caller.unitId === unitId) return
    const requestId = yield* RequestId
    yield* Audit.append({
      keyId: caller.keyId,
      role: caller.role,
      unitId: caller.unitId,
      action,
      object,
      outcome: "ok",
      requestId
    }).pipe(Effect.orDie)
  })

const publicGroups = new Set(["check", "reference"])

const anonymous: Api.Caller = { _tag: "anonymous" }

/**
 * The authentication middleware: the bearer key → the caller; public
 * endpoints without a key when `publicReads` is on. The functions run per
 * request are built once: an anonymous call adds one service to the
 * request's context; a key is looked up with the database client taken at
 * start.
 *
 * @example
 * ```ts
 * import { mkdtempSync, rmSync } from "node:fs"
 * import { tmpdir } from "node:os"
 * import { join } from "node:path"
 * import * as HttpRouter from "effect/http/HttpRouter"
 * const dir = mkdtempSync(join(tmpdir(), "thads-"))
 * const db = Database.layer({ _tag: "sqlite", file: join(dir, "thads.db") })
 * // What `thads-service keys create --role submitter --unit chi-cuc-go-dau` does.
 * const { key } = await Effect.runPromise(Effect.provide(Effect.andThen(Database.migrate, Keys.create({ role: "submitter", unitId: "chi-cuc-go-dau" })), db))
 * const config = { organizationId: "tay-ninh", organization: Organization.tayNinh, publicReads: true, maxBodyBytes: 5_000_000, database: "sqlite:thads.db", metrics: Metrics.make() }
 * // Server.routes serves every group with Handlers.layer, which authenticates with this middleware.
 * const routes = Server.routes({}).pipe(Layer.provide(Layer.succeed(Handlers.ServiceConfig, config)), Layer.provide(db))
 * const { handler, dispose } = HttpRouter.toWebHandler(routes, { disableLogger: true })
 * const me = (authorization?: string) => handler(new Request("http://localhost/v1/me", { headers: authorization === undefined ? {} : { authorization } }))
 * const anonymous = await me()
 * anonymous.status // 401
 * await anonymous.json() // { type: "urn:thads:problem:key-required", detail: "send an API key: Authorization: Bearer <key>" }
 * const unknown = await me("Bearer thads_a1b2c3d4e5f6_c2VjcmV0c2VjcmV0c2VjcmV0")
 * await unknown.json() // { status: 401, type: "urn:thads:problem:key-unknown", detail: "the API key is not valid" }
 * const known = await me(`Bearer ${key}`)
 * await known.json() // { role: "submitter", unitId: "chi-cuc-go-dau" }
 * await dispose()
 * rmSync(dir, { recursive: true })
 * ```
 * @since 0.1.0
 */
export const AuthenticationLive = Layer.effect(
  Api.Authentication,
  Effect.gen(function* () {
    const context = yield* Effect.context<SqlClient.SqlClient | ServiceConfig>()
    const config = Context.get(context, ServiceConfig)
    const sql = Context.get(context, SqlClient.SqlClient)
    const keyed = Effect.fnUntraced(function* <A, E, R>(
      httpEffect: Effect.Effect<A, E, R>,
      token: string,
      group: string
    ) {
      const outcome = yield* Keys.authenticate(token).pipe(
        Effect.provideService(SqlClient.SqlClient, sql),
        Effect.orDie
      )
      if (outcome._tag === "refused")
        return yield* refuse(
          undefined,
          `${group}.authenticate`,
          outcome.keyId,
          Problem.Unauthorized,
          `key-${outcome.reason}`,
          outcome.reason === "revoked" ? "the API key is revoked" : "the API key is not valid"
        ).pipe(Effect.provideContext(context))
      return yield* Effect.provideService(httpEffect, Api.CurrentCaller, outcome.caller)
    })
    return {
      apiKey: (httpEffect, { credential, group }) => {
        const token = Redacted.value(credential)
        if (token !== "") return keyed(httpEffect, token, group.identifier)
        if (config.publicReads && publicGroups.has(group.identifier))
          return Effect.provideService(httpEffect, Api.CurrentCaller, anonymous)
        return refuse(
          undefined,
          `${group.identifier}.authenticate`,
          null,
          Problem.Unauthorized,
          "key-required",
          "send an API key: Authorization: Bearer <key>"
        ).pipe(Effect.provideContext(context))
      }
    }
  })
)

/** Reads a body (bounded by the limit) or refuses with 413/400. */
const readBody = Effect.fnUntraced(function* (
  request: {
    readonly headers: Readonly<Record<string, string | undefined>>
    readonly arrayBuffer: Effect.Effect<ArrayBuffer, unknown>
  },
  maxBodyBytes: number
) {
  const length = request.headers["content-length"]
  if (length !== undefined && Number(length) > maxBodyBytes)
    return yield* fail(Problem.PayloadTooLarge, "body-too-large", `the body is over the ${maxBodyBytes}-byte limit`)
  const buffer = yield* Effect.catch(request.arrayBuffer, () =>
    fail(Problem.PayloadTooLarge, "body-too-large", `the body could not be read within the ${maxBodyBytes}-byte limit`)
  )
  if (buffer.byteLength > maxBodyBytes)
    return yield* fail(Problem.PayloadTooLarge, "body-too-large", `the body is over the ${maxBodyBytes}-byte limit`)
  return new Uint8Array(buffer)
})

const mediaTypeOrFail = (contentType: string | undefined) => {
  const mediaType = Body.mediaTypeOf(contentType)
  return mediaType === undefined
    ? fail(
        Problem.UnsupportedMediaType,
        "unsupported-media-type",
        `send application/json or ${Api.xlsxMediaType} (got ${contentType === undefined ? "no Content-Type" : JSON.stringify(contentType.slice(0, 100))})`
      )
    : Effect.succeed(mediaType)
}

/** 400 `cursor-invalid`: `cursor=` is not the `next` of a page of the list. */
const cursorInvalid = (list: string) =>
  fail(
    Problem.BadRequest,
    "cursor-invalid",
    "cursor= is not the next of a page of this list: send it as the service gave it",
    [{ pointer: "/query/cursor", detail: `not a cursor of ${list}` }]
  )

const jsonResponse = (body: unknown, status = 200, headers: Record<string, string> = {}) =>
  HttpServerResponse.text(JSON.stringify(body), { status, contentType: "application/json", headers })

const decodeFailure = (decoded: Exclude<Body.Decoded, { _tag: "Report" }>) => {
  switch (decoded._tag) {
    case "NotJson":
      return fail(Problem.BadRequest, "body-not-json", "the body is not JSON", decoded.problems)
    case "Invalid":
      return fail(
        Problem.Unprocessable,
        "report-invalid",
        `the body is not a report: ${decoded.problems.length} problem(s)`,
        decoded.problems
      )
    case "Unreadable":
      return fail(Problem.Unprocessable, "workbook-unreadable", decoded.detail)
  }
}

/**
 * `POST /v1/check`, built once at module level: nothing is created per
 * request that closes over the request (such closures kept requests alive
 * across young-generation collections and doubled the GC work under load).
 */
const check = Effect.fnUntraced(function* ({ request }: { readonly request: HttpServerRequest.HttpServerRequest }) {
  const config = yield* ServiceConfig
  const mediaType = yield* mediaTypeOrFail(request.headers["content-type"])
  const bytes = yield* readBody(request, config.maxBodyBytes)
  let result: ReportCheck.Result
  if (mediaType === "application/json") {
    // Core decodes and checks in one pass.
    const outcome = Check.json(bytes, { organization: config.organization, organizationId: config.organizationId })
    if (outcome._tag === "Refused")
      return yield* fail(
        outcome.status === 400 ? Problem.BadRequest : Problem.Unprocessable,
        outcome.slug,
        outcome.detail,
        outcome.problems
      )
    result = outcome.result
  } else {
    const decoded = yield* Effect.promise(() => Body.decode(bytes, mediaType))
    if (decoded._tag !== "Report") return yield* decodeFailure(decoded)
    result = decoded.check({ organization: config.organization, organizationId: config.organizationId })
  }
  config.metrics.findings(result.findings)
  return jsonResponse(Result.toJson(result))
})

const CheckLive = HttpApiBuilder.group(Api.Api, "check", (handlers) => handlers.handleRaw("check", check))

const SubmissionsLive = HttpApiBuilder.group(Api.Api, "submissions", (handlers) =>
  handlers
    .handleRaw("submit", ({ request, headers }) =>
      Effect.gen(function* () {
        const config = yield* ServiceConfig
        const caller = yield* Api.CurrentCaller
        const requestId = yield* RequestId
        const mediaType = yield* mediaTypeOrFail(request.headers["content-type"])
        const bytes = yield* readBody(request, config.maxBodyBytes)
        const decoded = yield* Effect.promise(() => Body.decode(bytes, mediaType))
        if (decoded._tag !== "Report") return yield* decodeFailure(decoded)
        const unitId = decoded.report.header.unitId
        if (caller._tag !== "key" || !Access.canSubmit(caller, unitId))
          return yield* refuse(
            caller,
            "submission.create",
            unitId,
            Problem.Forbidden,
            "submit-forbidden",
            caller._tag === "key" && caller.role === "submitter"
              ? `this key submits for unit "${caller.unitId}", not "${unitId}"`
              : "only a submitter key of the report's unit may submit it"
          )
        const outcome = yield* Submissions.submit({
          bytes,
          mediaType,
          decoded,
          caller,
          idempotencyKey: headers["idempotency-key"],
          requestId,
          organizationId: config.organizationId,
          ...(config.obligations === undefined ? {} : { obligationSettings: config.obligations }),
          ...(config.areaOffices === undefined ? {} : { areaOffices: config.areaOffices })
        }).pipe(Effect.orDie)
        if (outcome._tag === "Conflict")
          return yield* refuse(
            caller,
            "submission.create",
            outcome.existingId,
            Problem.Conflict,
            "idempotency-key-reused",
            "this Idempotency-Key was used with another body"
          )
        if (!outcome.replayed) {
          config.metrics.submission(outcome.created.result.valid)
          config.metrics.findings(outcome.created.result.findings)
        }
        return jsonResponse(outcome.created, 201, {
          location: `/v1/submissions/${outcome.created.submission.id}`,
          ...(outcome.replayed ? { "idempotent-replayed": "true" } : {})
        })
      })
    )
    .handle("list", ({ query }) =>
      Effect.gen(function* () {
        const config = yield* ServiceConfig
        const caller = yield* Api.CurrentCaller
        const after = query.cursor === undefined ? undefined : Submissions.decodeCursor(query.cursor)
        if (query.cursor !== undefined && after === undefined) return yield* cursorInvalid("GET /v1/submissions")
        if (query.unit !== undefined && caller._tag === "key")
          yield* auditRead(caller, query.unit, "submission.list", query.unit)
        // A submitter key reads its own unit only: its rows are the only ones read (the same page, less work).
        const own = caller._tag === "key" && caller.role === "submitter" ? (caller.unitId ?? "") : undefined
        if (own !== undefined && query.unit !== undefined && query.unit !== own) return { items: [] }
        // The submissions the key may read on each period's end.
        const page = yield* Submissions.page({
          unit: query.unit ?? own,
          year: query.year,
          months: query.months,
          history: query.history === "true",
          limit: query.limit ?? Submission.maxPage,
          after,
          readable: (s) => Access.canRead(caller, s.unitId, periodEndOf(s.year, s.months), config.organization)
        }).pipe(Effect.orDie)
        return page.next === undefined ? { items: page.items } : { items: page.items, next: page.next }
      })
    )
    .handle("get", ({ params }) =>
      Effect.gen(function* () {
        const config = yield* ServiceConfig
        const caller = yield* Api.CurrentCaller
        const detail = yield* Submissions.get(params.id).pipe(Effect.orDie)
        const s = detail?.submission
        if (
          s === undefined ||
          !Access.canRead(
            caller,
            s.unitId,
            StatisticalPeriod.end({ year: s.year, months: s.months as StatisticalPeriod.Months }),
            config.organization
          )
        )
          // The same answer for "no such" and "not yours": ids of other units are not disclosed.
          return yield* refuse(
            caller,
            "submission.read",
            params.id.slice(0, 100),
            Problem.NotFound,
            "submission-not-found",
            "no such submission (or not readable with this key)"
          )
        yield* auditRead(caller, s.unitId, "submission.read", s.id)
        // The stored report and result are already in their JSON form.
        return jsonResponse(detail)
      })
    )
)

const periodEndOf = (year: number, months: number) =>
  StatisticalPeriod.end({ year, months: months as StatisticalPeriod.Months })

const requireUnit = (org: Organization.Organization, unitId: string) =>
  org.byId.has(unitId)
    ? Effect.void
    : fail(Problem.NotFound, "unit-not-found", `no unit "${unitId.slice(0, 100)}" in the organisation`)

const requireRead = (caller: Api.Caller, unitId: string, date: CivilDate.CivilDate, action: string) =>
  Effect.gen(function* () {
    const config = yield* ServiceConfig
    if (!Access.canRead(caller, unitId, date, config.organization))
      return yield* refuse(
        caller,
        action,
        unitId,
        Problem.Forbidden,
        "unit-forbidden",
        `this key may not read unit "${unitId}"`
      )
    yield* auditRead(caller, unitId, action, unitId)
  })

const actorIds: ReadonlySet<string> = new Set(Directive09.actors.map((a) => a.id))

/** The owner asked for: `unit=` (a unit of the organisation) or `actor=` (an actor of the directive), exactly one. */
const ownerOf = (query: { readonly unit?: string | undefined; readonly actor?: string | undefined }) =>
  Effect.gen(function* () {
    const config = yield* ServiceConfig
    if ((query.unit === undefined) === (query.actor === undefined))
      return yield* fail(Problem.BadRequest, "owner-required", "give one of unit= (a unit) or actor= (A04, A05, …)")
    if (query.unit !== undefined) {
      yield* requireUnit(config.organization, query.unit)
      return { unitId: query.unit } as { readonly unitId: string } | { readonly actorId: string }
    }
    const actorId = query.actor!
    if (!actorIds.has(actorId))
      return yield* fail(Problem.NotFound, "actor-not-found", `no actor "${actorId}" in Chỉ thị 09-CT/TU`)
    return { actorId } as { readonly unitId: string } | { readonly actorId: string }
  })

/** The directive actors' data are for reviewer and admin keys (each read is audited). */
const requireActors = (caller: Api.Caller, actorId: string, action: string) =>
  Effect.gen(function* () {
    if (!Access.canReadActors(caller))
      return yield* refuse(
        caller,
        action,
        actorId,
        Problem.Forbidden,
        "actor-forbidden",
        "the directive actors' obligations are read with reviewer and admin keys"
      )
    yield* auditRead(caller, actorId, action, actorId)
  })

/** The owner of a page of records, and the obligation when the list is of one (`obligation=`). */
const listOwnerOf = (query: {
  readonly unit?: string | undefined
  readonly actor?: string | undefined
  readonly obligation?: string | undefined
}) =>
  Effect.gen(function* () {
    // Not both owners; one of them without an obligation.
    if (
      query.unit !== undefined ? query.actor !== undefined : query.actor === undefined && query.obligation === undefined
    )
      return yield* fail(
        Problem.BadRequest,
        "owner-required",
        "give one of unit= (a unit), actor= (A04, A05, …) or obligation= (an obligation's id)"
      )
    if (query.obligation === undefined) return { owner: yield* ownerOf(query), obligationId: undefined }
    const config = yield* ServiceConfig
    const obligation = Obligation.byId(query.obligation, {
      organization: config.organization,
      ...settingsOf(config)
    })
    if (obligation === undefined)
      return yield* fail(
        Problem.NotFound,
        "obligation-not-found",
        "no obligation with this id: take the id from GET /v1/obligations",
        [{ pointer: "/query/obligation", detail: "not an obligation of the service" }]
      )
    const { unitId, actorId } = obligation.owner
    const owner: { readonly unitId: string } | { readonly actorId: string } =
      unitId !== undefined ? { unitId } : { actorId: actorId ?? "" }
    // An owner given beside it must be the obligation's.
    if ((query.unit !== undefined && query.unit !== unitId) || (query.actor !== undefined && query.actor !== actorId))
      return yield* fail(
        Problem.BadRequest,
        "obligation-owner-mismatch",
        `the obligation is owed by ${unitId !== undefined ? `unit "${unitId}"` : `actor ${actorId}`}: leave out unit= and actor=, or give its owner`,
        [
          {
            pointer: query.unit !== undefined ? "/query/unit" : "/query/actor",
            detail: `not the owner of ${obligation.id}`
          }
        ]
      )
    return { owner, obligationId: obligation.id }
  })

const FulfilmentsLive = HttpApiBuilder.group(Api.Api, "fulfilments", (handlers) =>
  handlers
    .handle("record", ({ payload, headers }) =>
      Effect.gen(function* () {
        const config = yield* ServiceConfig
        const caller = yield* Api.CurrentCaller
        const requestId = yield* RequestId
        const now = yield* Time.now
        const object = payload.obligationId.slice(0, 300)
        const checked = FulfilmentRules.check({
          obligationId: payload.obligationId,
          fulfilledOn: CivilDate.make(payload.fulfilledOn),
          today: now.date,
          caller,
          organization: config.organization,
          ...settingsOf(config)
        })
        if (checked._tag === "Refused") return yield* refuseRecord(caller, object, checked.refusal)
        // The group needs a key (Authentication), and check refuses a caller without one: this is a key.
        if (caller._tag !== "key") return yield* Effect.die(new Error("a fulfilment recorded without a key"))
        const outcome = yield* Fulfilments.record({
          request: payload,
          obligation: checked.obligation,
          caller,
          idempotencyKey: headers["idempotency-key"],
          requestId
        }).pipe(Effect.orDie)
        if (outcome._tag === "Conflict")
          return yield* refuseRecord(caller, outcome.existingId ?? object, outcome.refusal)
        return jsonResponse(outcome.record, 201, {
          location: `/v1/fulfilments/${outcome.record.id}`,
          ...(outcome.replayed ? { "idempotent-replayed": "true" } : {})
        })
      })
    )
    .handle("list", ({ query }) =>
      Effect.gen(function* () {
        const config = yield* ServiceConfig
        const caller = yield* Api.CurrentCaller
        const after = query.cursor === undefined ? undefined : Fulfilments.decodeCursor(query.cursor)
        if (query.cursor !== undefined && after === undefined) return yield* cursorInvalid("GET /v1/fulfilments")
        const { owner, obligationId } = yield* listOwnerOf(query)
        if ("actorId" in owner) yield* requireActors(caller, owner.actorId, "fulfilment.list")
        // A unit's records are those the key may read on each period's end (as /v1/submissions).
        const page = yield* Fulfilments.page({
          owner,
          obligationId,
          history: query.history === "true",
          limit: query.limit ?? Fulfilment.maxPage,
          after,
          readable:
            "actorId" in owner
              ? () => true
              : (r) => Access.canRead(caller, owner.unitId, CivilDate.make(r.periodEnd), config.organization)
        }).pipe(Effect.orDie)
        if ("unitId" in owner && caller._tag === "key")
          yield* auditRead(caller, owner.unitId, "fulfilment.list", owner.unitId)
        return page.next === undefined ? { items: page.items } : { items: page.items, next: page.next }
      })
    )
    .handle("get", ({ params }) =>
      Effect.gen(function* () {
        const config = yield* ServiceConfig
        const caller = yield* Api.CurrentCaller
        const record = yield* Fulfilments.get(params.id).pipe(Effect.orDie)
        const readable =
          record !== undefined &&
          (record.owner.unitId !== undefined
            ? Access.canRead(caller, record.owner.unitId, CivilDate.make(record.periodEnd), config.organization)
            : Access.canReadActors(caller))
        if (!readable)
          // The same answer for "no such" and "not yours", as for submissions.
          return yield* refuse(
            caller,
            "fulfilment.read",
            params.id.slice(0, 100),
            Problem.NotFound,
            "fulfilment-not-found",
            "no such fulfilment record (or not readable with this key)"
          )
        if (record.owner.unitId !== undefined)
          yield* auditRead(caller, record.owner.unitId, "fulfilment.read", record.id)
        else yield* auditRead(caller, "", "fulfilment.read", record.id)
        return record
      })
    )
)

const ReviewLive = HttpApiBuilder.group(Api.Api, "review", (handlers) =>
  handlers
    .handle("rollup", ({ params, query }) =>
      Effect.gen(function* () {
        const config = yield* ServiceConfig
        const caller = yield* Api.CurrentCaller
        const org = config.organization
        yield* requireUnit(org, params.unit)
        const asOf = periodEndOf(query.year, query.months)
        yield* requireRead(caller, params.unit, asOf, "rollup.read")
        const children = Organization.childrenOn(org, params.unit, asOf)
        const reporting = children.filter((c) => Organization.reportingLevelOn(org, c.id, asOf) !== undefined)
        const reports = yield* Submissions.currentOf(
          children.map((c) => c.id),
          query.year,
          query.months
        ).pipe(Effect.orDie)
        const [own] = yield* Submissions.currentOf([params.unit], query.year, query.months).pipe(Effect.orDie)
        const byUnit = new Map(reports.map((r) => [r.submission.unitId, r]))
        const sum = { cases: {} as Record<string, number>, money: {} as Record<string, number> }
        for (const r of reports)
          for (const table of ["cases", "money"] as const)
            for (const [k, v] of Object.entries(r.report[table].total as unknown as Record<string, number>))
              sum[table][k] = (sum[table][k] ?? 0) + v
        // The roll-up findings are core's: the unit's own report checked against its units' reports.
        const findings =
          own === undefined
            ? []
            : ReportCheck.check(own.report, {
                organization: org,
                organizationId: config.organizationId,
                units: reports.map((r) => r.report)
              }).findings.filter((f) => f.ruleId.startsWith("rollup/"))
        return {
          unitId: params.unit,
          year: query.year,
          months: query.months,
          asOf,
          own: own === undefined ? null : { submissionId: own.submission.id, valid: own.submission.valid },
          subUnits: children.map((c) => ({
            unitId: c.id,
            name: c.name.vi,
            submissionId: byUnit.get(c.id)?.submission.id ?? null,
            valid: byUnit.get(c.id)?.submission.valid ?? null
          })),
          missing: reporting.filter((c) => !byUnit.has(c.id)).map((c) => c.id),
          sum,
          findings
        }
      })
    )
    .handle("obligations", ({ query }) =>
      Effect.gen(function* () {
        const config = yield* ServiceConfig
        const caller = yield* Api.CurrentCaller
        const owner = yield* ownerOf(query)
        if ("actorId" in owner && query.subtree === "true")
          return yield* fail(Problem.BadRequest, "subtree-needs-unit", "subtree=true applies to unit=, not actor=")
        const now = yield* Time.now
        const from = query.from ?? `${Number(now.date.slice(0, 4)) - 1}-10-01`
        const to = query.to ?? `${now.date.slice(0, 4)}-09-30`
        const fromDate = CivilDate.parse(from)
        const toDate = CivilDate.parse(to)
        if (fromDate instanceof CivilDate.InvalidDateError || toDate instanceof CivilDate.InvalidDateError)
          return yield* fail(Problem.BadRequest, "bad-date", "from and to must be valid dates (YYYY-MM-DD)")
        if (toDate < fromDate || CivilDate.daysBetween(fromDate, toDate) > 3660)
          return yield* fail(Problem.BadRequest, "bad-range", "to must be after from, within ten years")
        if ("actorId" in owner) yield* requireActors(caller, owner.actorId, "obligations.read")
        else yield* requireRead(caller, owner.unitId, toDate, "obligations.read")
        // The owner, then (subtree=true) every unit below the unit on `to` that the key may read, breadth first.
        const owners: Array<{ readonly unitId: string } | { readonly actorId: string }> = [owner]
        if ("unitId" in owner && query.subtree === "true") {
          const ids = [owner.unitId]
          for (let i = 0; i < ids.length && ids.length <= config.organization.units.length; i++)
            for (const child of Organization.childrenOn(config.organization, ids[i]!, toDate))
              if (!ids.includes(child.id) && Access.canRead(caller, child.id, toDate, config.organization)) {
                ids.push(child.id)
                owners.push({ unitId: child.id })
              }
        }
        const items: Array<
          Obligation.Obligation & {
            readonly status: Obligation.Status
            readonly fulfilment?: {
              readonly id: string
              readonly fulfilledOn: string
              readonly document?: Fulfilment.Document
            }
          }
        > = []
        for (const o of owners) {
          const id = "unitId" in o ? o.unitId : o.actorId
          const reports = "unitId" in o ? yield* Submissions.firstReceipts(o.unitId).pipe(Effect.orDie) : []
          const records = yield* Fulfilments.forTracking(o, { from: fromDate, to: toDate }).pipe(Effect.orDie)
          const tracked = Obligation.track(
            Obligation.generate({
              from: fromDate,
              to: toDate,
              owner: id,
              organization: config.organization,
              ...settingsOf(config)
            }),
            [...reports, ...records.submissions],
            now.date
          )
          for (const t of tracked) {
            const record = records.byObligation.get(t.obligation.id)
            items.push({
              ...t.obligation,
              ...(record === undefined
                ? {}
                : {
                    fulfilment: {
                      id: record.id,
                      fulfilledOn: record.fulfilledOn,
                      ...(record.document === undefined ? {} : { document: record.document })
                    }
                  }),
              status: t.status
            })
          }
        }
        return {
          ...owner,
          from: fromDate,
          to: toDate,
          asOf: now.date,
          items
        }
      })
    )
    .handle("me", () =>
      Effect.gen(function* () {
        const caller = yield* Api.CurrentCaller
        if (caller._tag !== "key") return yield* fail(Problem.Unauthorized, "key-required", "send an API key")
        return { keyId: caller.keyId, role: caller.role, unitId: caller.unitId }
      })
    )
    .handle("units", ({ query }) =>
      Effect.gen(function* () {
        const config = yield* ServiceConfig
        const caller = yield* Api.CurrentCaller
        const now = yield* Time.now
        const date = CivilDate.parse(query.date ?? now.date)
        if (date instanceof CivilDate.InvalidDateError)
          return yield* fail(Problem.BadRequest, "bad-date", "date must be a valid date (YYYY-MM-DD)")
        const items = Organization.unitsOn(config.organization, date)
          .filter((u) => Access.canRead(caller, u.id, date, config.organization))
          .map((u) => {
            const parentId = Organization.parentOn(config.organization, u.id, date)?.id
            return {
              id: u.id,
              name: { vi: u.name.vi, en: u.name.en },
              tier: u.tier,
              ...(parentId === undefined ? {} : { parentId })
            }
          })
        return { date, items }
      })
    )
    .handle("kpis", ({ query }) =>
      Effect.gen(function* () {
        const config = yield* ServiceConfig
        const caller = yield* Api.CurrentCaller
        yield* requireUnit(config.organization, query.unit)
        yield* requireRead(caller, query.unit, periodEndOf(query.year, 12), "kpis.read")
        const rows = yield* Submissions.currentOf([query.unit], query.year).pipe(Effect.orDie)
        // The stored results are already in their JSON form.
        return jsonResponse({
          unitId: query.unit,
          year: query.year,
          periods: rows.map((r) => ({
            months: r.submission.months,
            submissionId: r.submission.id,
            kpis: r.result.kpis
          }))
        })
      })
    )
)

const catalogue = { items: FindingCatalogue.entries }

const ruleSetView = {
  ...RuleSet.describe(RuleSet.standard),
  ruleSet: JSON.parse(JSON.stringify(RuleSet.standard)) as Record<string, never>
}

const ReferenceLive = HttpApiBuilder.group(Api.Api, "reference", (handlers) =>
  handlers
    .handle("findings", () => Effect.succeed(catalogue))
    .handle("ruleset", () => Effect.succeed(ruleSetView))
    .handle("obligationSettings", () =>
      Effect.map(ServiceConfig, (config) => ({
        configured: config.obligations !== undefined,
        settings: config.obligations?.document ?? ObligationSettings.defaults
      }))
    )
    .handle("calendar", ({ params }) =>
      Effect.sync(() => {
        const schedule = HolidaySchedule.forYear(params.year)
        const calendar = WorkingCalendar.standard
        return {
          ...schedule,
          sources: schedule.sources,
          workingDays: calendar.workingDaysBetween(
            CivilDate.make({ year: params.year - 1, month: 12, day: 31 }),
            CivilDate.make({ year: params.year, month: 12, day: 31 })
          )
        }
      })
    )
    .handle("deadlines", ({ query }) =>
      Effect.sync(() => {
        const period = { year: query.year, months: query.months as StatisticalPeriod.Months }
        const levels =
          query.level === undefined
            ? (Object.keys(ReportingDeadline.levels) as Array<ReportingDeadline.Level>)
            : [query.level]
        const items = levels.flatMap((level) => {
          try {
            const d = ReportingDeadline.deadline(period, level)
            return [
              {
                level,
                deadline: d.deadline,
                periodEnd: d.periodEnd,
                regime: d.regime,
                basis: d.basis,
                estimated: d.estimated,
                citation: d.citation,
                notes: d.notes
              }
            ]
          } catch {
            return [] // the level does not exist under the regime of the period
          }
        })
        return { year: query.year, months: query.months, items }
      })
    )
)

const AdminLive = HttpApiBuilder.group(Api.Api, "admin", (handlers) =>
  handlers.handle("audit", ({ query }) =>
    Effect.gen(function* () {
      const caller = yield* Api.CurrentCaller
      if (!Access.canAudit(caller))
        return yield* refuse(
          caller,
          "audit.read",
          null,
          Problem.Forbidden,
          "admin-only",
          "the audit log is for admin keys"
        )
      const items = yield* Audit.list({ after: query.after ?? 0, limit: query.limit ?? 100 }).pipe(Effect.orDie)
      const chain = yield* Audit.verify.pipe(Effect.orDie)
      return { items, chain }
    })
  )
)

const OpsLive = HttpApiBuilder.group(Api.Api, "ops", (handlers) =>
  handlers
    .handle("healthz", () => Effect.succeed({ status: "ok" as const }))
    .handle("readyz", () =>
      Effect.gen(function* () {
        const config = yield* ServiceConfig
        const status = yield* Effect.result(Database.status)
        if (status._tag === "Failure" || !status.success.ready)
          return yield* fail(
            Problem.Unavailable,
            "not-ready",
            status._tag === "Failure"
              ? "the database is not reachable"
              : "migrations are pending: run thads-service migrate"
          )
        return { status: "ok" as const, database: config.database, migrations: status.success.applied }
      })
    )
    .handle("metrics", () => Effect.map(ServiceConfig, (c) => c.metrics.render()))
)

/**
 * Every group's handlers.
 *
 * @example
 * ```ts
 * import * as HttpRouter from "effect/http/HttpRouter"
 * const config = { organizationId: "tay-ninh", organization: Organization.tayNinh, publicReads: true, maxBodyBytes: 5_000_000, database: "sqlite::memory:", metrics: Metrics.make() }
 * // Server.routes serves them: HttpApiBuilder.layer(Api.Api) with Handlers.layer and the contract's middleware.
 * const routes = Server.routes({}).pipe(
 *   Layer.provide(Layer.succeed(Handlers.ServiceConfig, config)),
 *   Layer.provide(Database.layer({ _tag: "sqlite", file: ":memory:" }))
 * )
 * const { handler, dispose } = HttpRouter.toWebHandler(routes, { disableLogger: true })
 * const deadlines = await handler(new Request("http://localhost/v1/deadlines?year=2023&months=12&level=chi-cuc"))
 * await deadlines.json() // { year: 2023, months: 12, items: [{ level: "chi-cuc", periodEnd: "2023-09-30", deadline: "2023-10-03" }] }
 * const report = JSON.stringify(Synthetic.report({ seed: 1, rows: 3, unitId: "chi-cuc-go-dau" }))
 * const checked = await handler(new Request("http://localhost/v1/check", { method: "POST", headers: { "content-type": "application/json" }, body: report }))
 * await checked.json() // { valid: true, report: { unitId: "chi-cuc-go-dau", year: 2023, months: 12 } }
 * await dispose()
 * ```
 * @since 0.1.0
 */
export const layer = Layer.mergeAll(
  CheckLive,
  SubmissionsLive,
  FulfilmentsLive,
  ReviewLive,
  ReferenceLive,
  AdminLive,
  OpsLive
).pipe(Layer.provide(AuthenticationLive))

/** Unused import guard for `SqlClient` in declarations. */
export type Requirements = SqlClient.SqlClient | ServiceConfig
