/**
 * The HTTP contract of the thads compliance service (`effect/http-api`):
 * every endpoint, its inputs and outputs as Schemas, its refusals as problem
 * documents, and the API-key security. The service implements it, the CLI and
 * the add-in get a typed client from it ({@link Client}), and the OpenAPI 3.1
 * document at `/openapi.json` is generated from it.
 *
 * @since 0.1.0
 */
import { Report } from "@thads/core"
import * as Context from "effect/Context"
import * as HttpApi from "effect/http-api/HttpApi"
import * as HttpApiEndpoint from "effect/http-api/HttpApiEndpoint"
import * as HttpApiGroup from "effect/http-api/HttpApiGroup"
import * as HttpApiMiddleware from "effect/http-api/HttpApiMiddleware"
import * as HttpApiSchema from "effect/http-api/HttpApiSchema"
import * as HttpApiSecurity from "effect/http-api/HttpApiSecurity"
import * as OpenApi from "effect/http-api/OpenApi"
import * as Schema from "effect/Schema"
import * as SchemaTransformation from "effect/SchemaTransformation"
import * as Fulfilment from "./Fulfilment.js"
import * as Page from "./Page.js"
import * as Problem from "./Problem.js"
import * as Result from "./Result.js"
import * as Submission from "./Submission.js"
import * as Views from "./Views.js"

/**
 * The media type of an Excel workbook body.
 *
 * @example
 * ```ts
 * Api.xlsxMediaType // "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
 * ```
 * @since 0.1.0
 */
export const xlsxMediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"

/**
 * The roles of API keys: `submitter` submits and reads its own unit;
 * `unit-reviewer` reads its unit and every unit below it on the report's
 * date; `reviewer` reads everything; `admin` manages keys and reads the audit
 * log (and everything).
 *
 * @example
 * ```ts
 * Api.roles // ["submitter", "unit-reviewer", "reviewer", "admin"]
 * ```
 * @since 0.1.0
 */
export const roles = ["submitter", "unit-reviewer", "reviewer", "admin"] as const

/**
 * A role.
 *
 * @example
 * ```ts
 * const role: Api.Role = "reviewer"
 * ```
 * @since 0.1.0
 */
export type Role = (typeof roles)[number]

/**
 * Who is calling: the key's id, role and unit; `anonymous` for public
 * endpoints called without a key.
 *
 * @example
 * ```ts
 * const p: Api.Caller = { _tag: "key", keyId: "k1", role: "submitter", unitId: "chi-cuc-go-dau" }
 * ```
 * @since 0.1.0
 */
export type Caller =
  | { readonly _tag: "key"; readonly keyId: string; readonly role: Role; readonly unitId: string | null }
  | { readonly _tag: "anonymous" }

/**
 * The caller, provided to handlers by {@link Authentication}.
 *
 * @example
 * ```ts
 * const tag = Effect.gen(function* () {
 *   return (yield* Api.CurrentCaller)._tag
 * })
 * Effect.runSync(Effect.provideService(tag, Api.CurrentCaller, { _tag: "anonymous" })) // "anonymous"
 * ```
 * @since 0.1.0
 */
export class CurrentCaller extends Context.Service<CurrentCaller, Caller>()("@thads/api/CurrentCaller") {}

/**
 * API-key authentication: `Authorization: Bearer <key>`.
 *
 * @example
 * ```ts
 * HttpApiGroup.make("x").middleware(Api.Authentication)
 * ```
 * @since 0.1.0
 */
export class Authentication extends HttpApiMiddleware.Service<Authentication, { provides: CurrentCaller }>()(
  "@thads/api/Authentication",
  {
    security: { apiKey: HttpApiSecurity.bearer },
    error: Problem.errors(Problem.Unauthorized, Problem.Forbidden)
  }
) {}

/**
 * Request decoding failures (query, path, headers) as 400 problem documents
 * listing every problem at its pointer (`/query/year`).
 *
 * @example
 * ```ts
 * HttpApi.make("x").middleware(Api.SchemaErrors)
 * ```
 * @since 0.1.0
 */
export class SchemaErrors extends HttpApiMiddleware.Service<SchemaErrors>()("@thads/api/SchemaErrors", {
  error: Problem.errors(Problem.BadRequest)
}) {}

const Int = Schema.Int
const MonthsParam = Schema.Int.check(Schema.isBetween({ minimum: 1, maximum: 12 }))
const YearParam = Schema.Int.check(Schema.isBetween({ minimum: 2000, maximum: 2100 }))
const DateParam = Schema.String.check(Schema.isPattern(/^\d{4}-\d{2}-\d{2}$/, { title: "CivilDate" }))
const UnitParam = Schema.String.check(Schema.isMinLength(1), Schema.isMaxLength(200))
const ActorParam = Schema.String.check(Schema.isPattern(/^A\d{2}$/, { title: "ActorId" })).annotate({
  description: "A directive actor's id (A04 Đảng ủy Công an tỉnh, A05, A06, A14, …)"
})

const ObligationParam = Schema.String.check(Schema.isMinLength(1), Schema.isMaxLength(300)).annotate({
  description: "An obligation's id, as GET /v1/obligations lists it (e.g. hearing/thads-tay-ninh/2025-12-31)"
})

/**
 * `limit=` of a list in pages: a whole number from 1 to `Page.maxItems` (1,000), that by default. Written as the text
 * of the query with its pattern and description, so the OpenAPI document states the bounds (a number's bounds are not
 * rendered for a query parameter).
 */
const LimitParam = (items: string) =>
  Schema.String.check(
    Schema.isPattern(/^(?:[1-9]\d{0,2}|1000)$/, {
      description: `The most ${items} of the page: 1 to ${Page.maxItems} (default ${Page.maxItems})`
    })
  ).pipe(
    Schema.decodeTo(
      Schema.Int.check(Schema.isBetween({ minimum: 1, maximum: Page.maxItems })),
      SchemaTransformation.numberFromString
    )
  )

/** `cursor=` of a list in pages: the `next` of the page before. */
const CursorParam = Schema.String.check(Schema.isMinLength(1), Schema.isMaxLength(1000)).annotate({
  description: "The next of the page before (opaque): the page after it"
})

const reportPayload = [
  Report.ReportSchema,
  Schema.Uint8Array.pipe(HttpApiSchema.asUint8Array({ contentType: xlsxMediaType }))
] as const

// 400 (the request does not decode) is declared once, for every endpoint, by SchemaErrors.
const bodyErrors = Problem.errors(Problem.PayloadTooLarge, Problem.UnsupportedMediaType, Problem.Unprocessable)

/**
 * `POST /v1/check`: checks one report and returns the result (no storage).
 *
 * @example
 * ```ts
 * Api.CheckGroup.identifier // "check"
 * ```
 * @since 0.1.0
 */
export const CheckGroup = HttpApiGroup.make("check")
  .add(
    HttpApiEndpoint.post("check", "/v1/check", {
      payload: reportPayload,
      success: Result.CheckResult,
      error: bodyErrors
    }).annotate(OpenApi.Summary, "Check one report (JSON or .xlsx); nothing is stored")
  )
  .middleware(Authentication)
  .annotate(OpenApi.Description, "Checks of reports (kiểm tra báo cáo)")

/**
 * The submissions endpoints: `POST /v1/submissions` (201 + Location;
 * `Idempotency-Key`), `GET /v1/submissions` (current versions unless
 * `history=true`, newest first, in pages: `limit=`, and `cursor=` the `next`
 * of the page before) and `GET /v1/submissions/{id}`.
 *
 * @example
 * ```ts
 * Api.SubmissionsGroup.identifier // "submissions"
 * ```
 * @since 0.1.0
 */
export const SubmissionsGroup = HttpApiGroup.make("submissions")
  .add(
    HttpApiEndpoint.post("submit", "/v1/submissions", {
      headers: { "idempotency-key": Schema.optionalKey(Schema.String.check(Schema.isMaxLength(200))) },
      payload: reportPayload,
      success: Submission.Created.pipe(HttpApiSchema.status(201)),
      error: [...bodyErrors, ...Problem.errors(Problem.Conflict)]
    }).annotate(
      OpenApi.Summary,
      "Submit a report: checked with the stored context, stored with its bytes and result; 201 + Location"
    )
  )
  .add(
    HttpApiEndpoint.get("list", "/v1/submissions", {
      query: {
        unit: Schema.optionalKey(UnitParam),
        year: Schema.optionalKey(YearParam),
        months: Schema.optionalKey(MonthsParam),
        history: Schema.optionalKey(Schema.Literals(["true", "false"])),
        limit: Schema.optionalKey(LimitParam("submissions")),
        cursor: Schema.optionalKey(CursorParam)
      },
      success: Submission.List,
      error: Problem.errors(Problem.BadRequest)
    }).annotate(
      OpenApi.Summary,
      "The submissions the caller may read (current versions unless history=true); in pages ordered newest first (receipt time, then version, then id, each descending): follow next (cursor=) until it is absent"
    )
  )
  .add(
    HttpApiEndpoint.get("get", "/v1/submissions/:id", {
      params: { id: Schema.String },
      success: Submission.Detail,
      error: Problem.errors(Problem.NotFound)
    }).annotate(OpenApi.Summary, "One submission with its report and result (any version)")
  )
  .middleware(Authentication)
  .annotate(OpenApi.Description, "Reports submitted by units (báo cáo đã nộp)")

/**
 * Records that an obligation other than a statistical report was fulfilled
 * (a hearing held, a steering report sent): `POST /v1/fulfilments` (201 +
 * Location; `Idempotency-Key` as for submissions; a second record of an
 * obligation is a correction that names the current one in `supersedes`),
 * `GET /v1/fulfilments` (by unit, actor or obligation, current versions
 * unless `history=true`, in pages: `limit=`, and `cursor=` the `next` of the
 * page before) and `GET /v1/fulfilments/{id}`. A unit's submitter key
 * records its unit's obligations; an admin key records the directive actors'
 * (A04, A05, A06: party bodies, not units). The refusals of a record carry
 * what a client acts on as problem extension members (`today`,
 * `periodStart`, `currentId`: {@link Problem.Extensions}).
 *
 * @example
 * ```ts
 * Api.FulfilmentsGroup.identifier // "fulfilments"
 * ```
 * @since 0.2.0
 */
export const FulfilmentsGroup = HttpApiGroup.make("fulfilments")
  .add(
    HttpApiEndpoint.post("record", "/v1/fulfilments", {
      headers: { "idempotency-key": Schema.optionalKey(Schema.String.check(Schema.isMaxLength(200))) },
      payload: Fulfilment.Request,
      success: Fulfilment.Record.pipe(HttpApiSchema.status(201)),
      error: Problem.errors(Problem.Forbidden, Problem.Conflict, Problem.Unprocessable)
    }).annotate(
      OpenApi.Summary,
      "Record that a hearing was held or a steering report sent (not a statistical report: submit it); 201 + Location"
    )
  )
  .add(
    HttpApiEndpoint.get("list", "/v1/fulfilments", {
      query: {
        unit: Schema.optionalKey(UnitParam),
        actor: Schema.optionalKey(ActorParam),
        obligation: Schema.optionalKey(ObligationParam),
        history: Schema.optionalKey(Schema.Literals(["true", "false"])),
        limit: Schema.optionalKey(LimitParam("records")),
        cursor: Schema.optionalKey(CursorParam)
      },
      success: Fulfilment.List,
      error: Problem.errors(Problem.BadRequest, Problem.Forbidden, Problem.NotFound)
    }).annotate(
      OpenApi.Summary,
      "The fulfilment records of a unit (unit=), a directive actor (actor=) or one obligation (obligation=, with or without its owner), current versions unless history=true; in pages ordered by period end, obligation and version (newest first): follow next (cursor=) until it is absent"
    )
  )
  .add(
    HttpApiEndpoint.get("get", "/v1/fulfilments/:id", {
      params: { id: Schema.String },
      success: Fulfilment.Record,
      error: Problem.errors(Problem.NotFound)
    }).annotate(OpenApi.Summary, "One fulfilment record (any version)")
  )
  .middleware(Authentication)
  .annotate(OpenApi.Description, "Obligations fulfilled other than by a report (ghi nhận thực hiện nghĩa vụ)")

/**
 * Roll-ups, obligations and KPIs of a unit.
 *
 * @example
 * ```ts
 * Api.ReviewGroup.identifier // "review"
 * ```
 * @since 0.1.0
 */
export const ReviewGroup = HttpApiGroup.make("review")
  .add(
    HttpApiEndpoint.get("rollup", "/v1/rollups/:unit", {
      params: { unit: UnitParam },
      query: { year: YearParam, months: MonthsParam },
      success: Views.Rollup,
      error: Problem.errors(Problem.NotFound)
    }).annotate(OpenApi.Summary, "Sub-units' latest reports summed and compared with the unit's own report")
  )
  .add(
    HttpApiEndpoint.get("obligations", "/v1/obligations", {
      query: {
        unit: Schema.optionalKey(UnitParam),
        actor: Schema.optionalKey(ActorParam),
        from: Schema.optionalKey(DateParam),
        to: Schema.optionalKey(DateParam),
        subtree: Schema.optionalKey(Schema.Literals(["true", "false"]))
      },
      success: Views.Obligations,
      error: Problem.errors(Problem.NotFound)
    }).annotate(
      OpenApi.Summary,
      "The dated obligations of a unit (unit=) or of a directive actor (actor=, reviewer and admin keys) with their status from the stored submissions and fulfilment records (subtree=true: and those of every unit below the unit on `to` that the key may read)"
    )
  )
  .add(
    HttpApiEndpoint.get("me", "/v1/me", { success: Views.Me }).annotate(
      OpenApi.Summary,
      "The calling key: its id, role and unit"
    )
  )
  .add(
    HttpApiEndpoint.get("units", "/v1/units", {
      query: { date: Schema.optionalKey(DateParam) },
      success: Views.Units,
      error: Problem.errors(Problem.BadRequest)
    }).annotate(OpenApi.Summary, "The organisation's units on a date (default today) that the key may read")
  )
  .add(
    HttpApiEndpoint.get("kpis", "/v1/kpis", {
      query: { unit: UnitParam, year: YearParam },
      success: Views.Kpis,
      error: Problem.errors(Problem.NotFound)
    }).annotate(OpenApi.Summary, "The KPIs of every stored period of a unit's year")
  )
  .middleware(Authentication)
  .annotate(OpenApi.Description, "Roll-ups, obligations and KPIs (tổng hợp, nghĩa vụ, chỉ tiêu)")

/**
 * Thin views of core: finding catalogue, rule set, obligation settings,
 * calendar, deadlines.
 *
 * @example
 * ```ts
 * Api.ReferenceGroup.identifier // "reference"
 * ```
 * @since 0.1.0
 */
export const ReferenceGroup = HttpApiGroup.make("reference")
  .add(
    HttpApiEndpoint.get("findings", "/v1/catalogue/findings", { success: Views.Catalogue }).annotate(
      OpenApi.Summary,
      "Every finding code with its severity, citation and message templates"
    )
  )
  .add(
    HttpApiEndpoint.get("ruleset", "/v1/rulesets/current", { success: Views.RuleSetView }).annotate(
      OpenApi.Summary,
      "The rule set in force: version, hash and parameters"
    )
  )
  .add(
    HttpApiEndpoint.get("obligationSettings", "/v1/obligations/settings", {
      success: Views.ObligationSettingsView
    }).annotate(
      OpenApi.Summary,
      "The obligation settings in force: quarters, due rules, Chỉ thị 09 §8.1 reviews, ad-hoc requests (thiết lập nghĩa vụ)"
    )
  )
  .add(
    HttpApiEndpoint.get("calendar", "/v1/calendar/:year", {
      params: { year: YearParam },
      success: Views.Calendar
    }).annotate(OpenApi.Summary, "The civil-service working calendar of a year")
  )
  .add(
    HttpApiEndpoint.get("deadlines", "/v1/deadlines", {
      query: {
        year: YearParam,
        months: MonthsParam,
        level: Schema.optionalKey(Schema.Literals(["chv", "chi-cuc", "cuc", "phong-khu-vuc", "thads-tinh"]))
      },
      success: Views.Deadlines
    }).annotate(OpenApi.Summary, "Reporting deadlines of a period, per level")
  )
  .middleware(Authentication)
  .annotate(OpenApi.Description, "Reference data from @thads/core")

/**
 * The audit log (admins).
 *
 * @example
 * ```ts
 * Api.AdminGroup.identifier // "admin"
 * ```
 * @since 0.1.0
 */
export const AdminGroup = HttpApiGroup.make("admin")
  .add(
    HttpApiEndpoint.get("audit", "/v1/audit", {
      query: {
        after: Schema.optionalKey(Int.check(Schema.isGreaterThanOrEqualTo(0))),
        limit: Schema.optionalKey(Int.check(Schema.isBetween({ minimum: 1, maximum: 1000 })))
      },
      success: Views.AuditPage
    }).annotate(OpenApi.Summary, "Audit-log rows after a sequence number, and whether the hash chain verifies")
  )
  .middleware(Authentication)
  .annotate(OpenApi.Description, "Administration (quản trị)")

/**
 * Liveness, readiness and metrics.
 *
 * @example
 * ```ts
 * Api.OpsGroup.identifier // "ops"
 * ```
 * @since 0.1.0
 */
export const OpsGroup = HttpApiGroup.make("ops")
  .add(
    HttpApiEndpoint.get("healthz", "/healthz", { success: Views.Health }).annotate(OpenApi.Summary, "The process is up")
  )
  .add(
    HttpApiEndpoint.get("readyz", "/readyz", {
      success: Views.Health,
      error: Problem.errors(Problem.Unavailable)
    }).annotate(OpenApi.Summary, "The database is reachable and migrated")
  )
  .add(
    HttpApiEndpoint.get("metrics", "/metrics", {
      success: Schema.String.pipe(HttpApiSchema.asText({ contentType: "text/plain; version=0.0.4" }))
    }).annotate(OpenApi.Summary, "Prometheus metrics")
  )
  .annotate(OpenApi.Description, "Operations")

/**
 * The API.
 *
 * @example
 * ```ts
 * OpenApi.fromApi(Api.Api).info.title // "thads compliance service"
 * ```
 * @since 0.1.0
 */
export const Api = HttpApi.make("thads")
  .add(CheckGroup)
  .add(SubmissionsGroup)
  .add(FulfilmentsGroup)
  .add(ReviewGroup)
  .add(ReferenceGroup)
  .add(AdminGroup)
  .add(OpsGroup)
  .middleware(SchemaErrors)
  .annotate(OpenApi.Title, "thads compliance service")
  .annotate(OpenApi.Version, "0.1.0")
  .annotate(
    OpenApi.Description,
    "Units submit their statistical reports of civil judgment enforcement (THADS); the service checks, stores, rolls up and tracks every obligation. Every refusal is an RFC 9457 problem document."
  )
  .annotate(OpenApi.License, { name: "MIT", url: "https://opensource.org/licenses/MIT" })
  .annotate(OpenApi.Servers, [{ url: "http://127.0.0.1:8080", description: "A local service (npm run service)" }])
