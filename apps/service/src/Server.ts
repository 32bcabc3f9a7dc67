/**
 * The HTTP server: the contract's routes, `/openapi.json` (OpenAPI 3.1),
 * `/docs` (the Scalar page bundled in effect, offline), the reviewers' page
 * at `/ui` (static files of apps/dashboard/dist when present), and around
 * every request: a request id, the body limit, one JSON log line, metrics,
 * and the guarantee that every refusal is an RFC 9457 problem document —
 * unknown routes, bodies over the limit and schema failures included; an
 * unexpected error is logged with the request id and answered with a 500
 * problem without details.
 *
 * @since 0.1.0
 */
import { randomUUID } from "node:crypto"
import { existsSync, readFileSync, statSync } from "node:fs"
import { createServer, type IncomingMessage, type Server as NodeServer, ServerResponse } from "node:http"
import { extname, join, normalize, resolve, sep } from "node:path"
import { gzipSync } from "node:zlib"
import { NodeHttpServer } from "@effect/platform-node"
import { Api, Problem } from "@thads/api"
import { Pipeline } from "@thads/core"
import * as ByteSize from "effect/ByteSize"
import * as Cause from "effect/Cause"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import * as HttpIncomingMessage from "effect/http/HttpIncomingMessage"
import * as HttpRouter from "effect/http/HttpRouter"
import * as HttpServer from "effect/http/HttpServer"
import * as HttpServerError from "effect/http/HttpServerError"
import * as HttpServerRequest from "effect/http/HttpServerRequest"
import * as HttpServerResponse from "effect/http/HttpServerResponse"
import * as HttpApiBuilder from "effect/http-api/HttpApiBuilder"
import * as HttpApiMiddleware from "effect/http-api/HttpApiMiddleware"
import * as HttpApiScalar from "effect/http-api/HttpApiScalar"
import * as SchemaIssue from "effect/SchemaIssue"
import type * as SqlClient from "effect/sql/SqlClient"
import * as Body from "./Body.js"
import * as Check from "./Check.js"
import * as Handlers from "./Handlers.js"

/**
 * Server settings.
 *
 * @example
 * ```ts
 * const options: Server.Options = { host: "127.0.0.1", port: 8080, uiDir: "apps/dashboard/dist", logRequests: true }
 * ```
 * @since 0.1.0
 */
export interface Options {
  readonly host: string
  readonly port: number
  /** The reviewers' page (static files) served at /ui, when the directory exists. */
  readonly uiDir?: string | undefined
  /** One JSON log line per request (info level). */
  readonly logRequests: boolean
  /** Origins allowed to call the API from a browser (CORS); none by default. */
  readonly corsOrigins?: ReadonlyArray<string> | undefined
  /** The hot path of anonymous JSON checks ({@link fastCheck}); on unless `false`. */
  readonly fastCheck?: boolean | undefined
}

const corsAllowHeaders = "authorization, content-type, idempotency-key, x-request-id"
const corsExposeHeaders = "location, x-request-id"

/**
 * CORS for the allowed origins: a preflight (`OPTIONS` with
 * `Access-Control-Request-Method`) from an allowed origin is answered 204
 * with the methods and headers the API takes; every response to an allowed
 * origin carries `Access-Control-Allow-Origin` (that origin, never `*`: keys
 * travel in `Authorization`). Other origins get no CORS headers, so browsers
 * keep refusing them.
 *
 * @example
 * ```ts
 * Server.corsHeaders(["https://addin.example.vn"], "https://addin.example.vn") // { "access-control-allow-origin": "https://addin.example.vn", vary: "origin" }
 * Server.corsHeaders(["https://addin.example.vn"], "https://evil.example") // undefined
 * Server.corsHeaders(["https://addin.example.vn"], undefined) // undefined
 * ```
 * @since 0.2.0
 */
export const corsHeaders = (
  allowed: ReadonlyArray<string>,
  origin: string | undefined
): Readonly<Record<string, string>> | undefined =>
  origin !== undefined && allowed.includes(origin)
    ? {
        "access-control-allow-origin": origin,
        "access-control-expose-headers": corsExposeHeaders,
        vary: "origin"
      }
    : undefined

const problemBody = (status: number, slug: string, detail: string, requestId: string, instance?: string) =>
  JSON.stringify({
    type: Problem.type(slug),
    title: Handlers.titles[status] ?? "Error",
    status,
    detail,
    ...(instance === undefined ? {} : { instance }),
    requestId
  })

const problemResponse = (status: number, slug: string, detail: string, requestId: string, instance?: string) =>
  HttpServerResponse.text(problemBody(status, slug, detail, requestId, instance), {
    status,
    contentType: Problem.contentType
  })

/** Slugs and details for statuses the framework answers without a body. */
const generic: Readonly<Record<number, readonly [string, string]>> = {
  400: ["bad-request", "the request cannot be read"],
  401: ["unauthorized", "send an API key: Authorization: Bearer <key>"],
  404: ["route-not-found", "no such route"],
  405: ["method-not-allowed", "the route does not take this method"],
  413: ["body-too-large", "the body is over the limit"],
  415: ["unsupported-media-type", "the media type is not accepted"],
  499: ["client-closed-request", "the client closed the request"],
  500: ["internal-error", "an unexpected error; it is logged with the request id"],
  503: ["unavailable", "the service is shutting down or not ready"]
}

const isProblem = (response: HttpServerResponse.HttpServerResponse) =>
  (response.headers["content-type"] ?? (response.body as { contentType?: string }).contentType ?? "").startsWith(
    Problem.contentType
  )

const routeLabel = (method: string, url: string): string => {
  const path = url.split("?")[0] ?? ""
  if (/^\/v1\/submissions\/[^/]+$/.test(path)) return `${method} /v1/submissions/:id`
  if (/^\/v1\/rollups\/[^/]+$/.test(path)) return `${method} /v1/rollups/:unit`
  if (/^\/v1\/calendar\/[^/]+$/.test(path)) return `${method} /v1/calendar/:year`
  if (path === "/ui" || path.startsWith("/ui/")) return `${method} /ui`
  if (
    /^\/(v1\/(check|submissions|obligations|kpis|audit|deadlines|catalogue\/findings|rulesets\/current|obligations\/settings)|healthz|readyz|metrics|docs|openapi\.json)$/.test(
      path
    )
  )
    return `${method} ${path}`
  return "unmatched"
}

const cleanRequestId = (header: string | undefined): string =>
  header !== undefined && /^[A-Za-z0-9._:-]{1,100}$/.test(header) ? header : randomUUID()

/**
 * Wraps the router's app: request id, body limit, problems, log line, metrics.
 *
 * @example
 * ```ts
 * import * as HttpServerRequest from "effect/http/HttpServerRequest"
 * import * as HttpServerResponse from "effect/http/HttpServerResponse"
 * const metrics = Metrics.make()
 * // An app that answers every request with a bare 404, as a router does for an unknown route.
 * const app = Server.wrap(Effect.succeed(HttpServerResponse.empty({ status: 404 })), { logRequests: false, maxBodyBytes: 5_000_000, metrics })
 * const request = HttpServerRequest.fromWeb(new Request("http://localhost/v2/nowhere", { headers: { "x-request-id": "r-42" } }))
 * const response = await Effect.runPromise(Effect.provideService(app, HttpServerRequest.HttpServerRequest, request))
 * response.status // 404
 * response.headers // { "content-type": "application/problem+json", "x-request-id": "r-42" }
 * metrics.render().includes('thads_http_requests_total{route="unmatched",status="404"} 1') // true
 * ```
 * @since 0.1.0
 */
export const wrap = <E, R>(
  app: Effect.Effect<HttpServerResponse.HttpServerResponse, E, R>,
  options: {
    readonly logRequests: boolean
    readonly maxBodyBytes: number
    readonly metrics: Handlers.ServiceConfig["Service"]["metrics"]
    readonly corsOrigins?: ReadonlyArray<string> | undefined
  }
) => {
  const allowed = options.corsOrigins ?? []
  const bounded = Effect.exit(
    Effect.provideService(app, HttpIncomingMessage.MaxBodySize, ByteSize.bytes(options.maxBodyBytes))
  )
  return Effect.gen(function* () {
    const request = yield* HttpServerRequest.HttpServerRequest
    const requestId = cleanRequestId(request.headers["x-request-id"])
    const started = performance.now()
    const cors = corsHeaders(allowed, request.headers.origin)
    if (
      cors !== undefined &&
      request.method === "OPTIONS" &&
      request.headers["access-control-request-method"] !== undefined
    )
      return HttpServerResponse.empty({
        status: 204,
        headers: {
          ...cors,
          "access-control-allow-methods": "GET, POST",
          "access-control-allow-headers": corsAllowHeaders,
          "access-control-max-age": "600",
          "x-request-id": requestId
        }
      })
    const exit = yield* Effect.provideService(bounded, Handlers.RequestId, requestId)
    let response: HttpServerResponse.HttpServerResponse
    if (exit._tag === "Success") response = exit.value
    else {
      const [r, cause] = yield* HttpServerError.causeResponse(exit.cause)
      response = r
      if (r.status >= 500 && r.status !== 503)
        yield* Effect.logError("unexpected error", Cause.pretty(cause)).pipe(
          Effect.annotateLogs({ requestId, method: request.method, url: request.url.slice(0, 200) })
        )
    }
    if (response.status >= 400 && !isProblem(response)) {
      const [slug, detail] = generic[response.status] ?? ["error", "the request was refused"]
      response = problemResponse(response.status, slug, detail, requestId, request.url.split("?")[0]?.slice(0, 200))
    }
    response = HttpServerResponse.setHeaders(
      response,
      cors === undefined ? { "x-request-id": requestId } : { ...cors, "x-request-id": requestId }
    )
    const seconds = (performance.now() - started) / 1000
    const route = routeLabel(request.method, request.url)
    options.metrics.request(route, response.status, seconds)
    if (options.logRequests)
      yield* Effect.logInfo("request").pipe(
        Effect.annotateLogs({
          requestId,
          method: request.method,
          route,
          status: response.status,
          ms: Math.round(seconds * 1e4) / 10
        })
      )
    return response
  })
}

/** The contract's schema failures (query, params, headers) as 400 problems listing each at its pointer. */
const SchemaErrorsLive = HttpApiMiddleware.layerSchemaErrorTransform(Api.SchemaErrors, (error) =>
  Effect.flatMap(
    Handlers.problem(
      Problem.BadRequest,
      "request-invalid",
      `the request's ${error.kind.toLowerCase()} do not decode`,
      formatIssues(error.cause.issue).issues.map((i) => ({
        pointer: `/${error.kind.toLowerCase()}${(i.path ?? [])
          .map(
            (p) =>
              `/${String(typeof p === "object" && p !== null && "key" in p ? p.key : p)
                .replace(/~/g, "~0")
                .replace(/\//g, "~1")}`
          )
          .join("")}`,
        detail: i.message
      }))
    ),
    Effect.fail
  )
)

const formatIssues = SchemaIssue.makeFormatterStandardSchemaV1()

const contentTypes: Readonly<Record<string, string>> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".map": "application/json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
  ".txt": "text/plain; charset=utf-8"
}

const compressible = new Set([".html", ".js", ".mjs", ".css", ".json", ".map", ".svg", ".txt"])
/** Vite's content-hashed file names (`index-0v3gdLXr.js`): their bytes never change under that name. */
const hashed = /-[A-Za-z0-9_-]{8}\.[a-z0-9]+$/

interface StaticFile {
  readonly mtimeMs: number
  readonly size: number
  readonly etag: string
  readonly bytes: Uint8Array
  readonly gzip: Uint8Array | undefined
}

/**
 * Generic static serving of a directory at `/ui` (index.html for `/ui`,
 * no path escapes the directory). Text files are sent gzip-compressed when
 * the client accepts it (compressed once per file version and kept); every
 * file has an ETag (a matching `If-None-Match` gets 304); content-hashed
 * assets are cached for a year (`immutable`), the rest revalidated
 * (`no-cache`).
 *
 * @example
 * ```ts
 * import { mkdtempSync, rmSync, writeFileSync } from "node:fs"
 * import { tmpdir } from "node:os"
 * import { join } from "node:path"
 * import * as HttpRouter from "effect/http/HttpRouter"
 * const dist = mkdtempSync(join(tmpdir(), "thads-ui-"))
 * writeFileSync(join(dist, "index.html"), "<!doctype html><title>thads</title>")
 * const { handler, dispose } = HttpRouter.toWebHandler(Server.staticRoutes(dist), { disableLogger: true })
 * const page = await handler(new Request("http://localhost/ui/"))
 * page.status // 200
 * page.headers.get("cache-control") // "no-cache"
 * const again = await handler(new Request("http://localhost/ui/", { headers: { "if-none-match": page.headers.get("etag")! } }))
 * again.status // 304: not modified
 * const escape = await handler(new Request("http://localhost/ui/..%2F..%2Fetc%2Fpasswd"))
 * escape.status // 404: nothing outside the directory
 * await dispose()
 * rmSync(dist, { recursive: true })
 * ```
 * @since 0.1.0
 */
export const staticRoutes = (dir: string) => {
  const root = resolve(dir)
  const files = new Map<string, StaticFile>()
  const load = (file: string): StaticFile => {
    const stat = statSync(file)
    const known = files.get(file)
    if (known !== undefined && known.mtimeMs === stat.mtimeMs && known.size === stat.size) return known
    const bytes = new Uint8Array(readFileSync(file))
    const gzip = compressible.has(extname(file)) && bytes.byteLength > 256 ? new Uint8Array(gzipSync(bytes)) : undefined
    const loaded: StaticFile = {
      mtimeMs: stat.mtimeMs,
      size: stat.size,
      etag: `W/"${stat.size.toString(16)}-${Math.floor(stat.mtimeMs).toString(16)}"`,
      bytes,
      gzip: gzip !== undefined && gzip.byteLength < bytes.byteLength ? gzip : undefined
    }
    files.set(file, loaded)
    return loaded
  }
  const serve = Effect.gen(function* () {
    const request = yield* HttpServerRequest.HttpServerRequest
    // "/ui" → "/ui/": the page's assets are relative to the folder.
    if ((request.url.split("?")[0] ?? "") === "/ui") return HttpServerResponse.redirect("/ui/", { status: 301 })
    const path = decodeURIComponent((request.url.split("?")[0] ?? "").replace(/^\/ui\/?/, "")) || "index.html"
    const file = resolve(root, normalize(path))
    if (!(file === root || file.startsWith(root + sep)) || !existsSync(file) || !statSync(file).isFile())
      return HttpServerResponse.empty({ status: 404 })
    const f = load(file)
    const headers: Record<string, string> = {
      etag: f.etag,
      vary: "accept-encoding",
      "cache-control": hashed.test(file) ? "public, max-age=31536000, immutable" : "no-cache"
    }
    const match = request.headers["if-none-match"]
    if (match !== undefined && match.split(",").some((t) => t.trim() === f.etag))
      return HttpServerResponse.empty({ status: 304, headers })
    const gzip = f.gzip !== undefined && /\bgzip\b/.test(request.headers["accept-encoding"] ?? "")
    return HttpServerResponse.uint8Array(gzip ? f.gzip! : f.bytes, {
      contentType: contentTypes[extname(file)] ?? "application/octet-stream",
      headers: gzip ? { ...headers, "content-encoding": "gzip" } : headers
    })
  }).pipe(Effect.catchDefect(() => Effect.succeed(HttpServerResponse.empty({ status: 400 }))))
  // "/ui/*" also matches "/ui" (declaring both fails: "Method 'GET' already declared for route '/ui'").
  return HttpRouter.add("GET", "/ui/*", serve)
}

/**
 * The routes: the API (with handlers), OpenAPI, Scalar, and /ui when given.
 *
 * @example
 * ```ts
 * import * as HttpRouter from "effect/http/HttpRouter"
 * const config = { organizationId: "tay-ninh", organization: Organization.tayNinh, publicReads: true, maxBodyBytes: 5_000_000, database: "sqlite::memory:", metrics: Metrics.make() }
 * const routes = Server.routes({ uiDir: undefined }).pipe(
 *   Layer.provide(Layer.succeed(Handlers.ServiceConfig, config)),
 *   Layer.provide(Database.layer({ _tag: "sqlite", file: ":memory:" }))
 * )
 * const { handler, dispose } = HttpRouter.toWebHandler(routes, { disableLogger: true })
 * const openapi = await handler(new Request("http://localhost/openapi.json"))
 * const spec = await openapi.json()
 * spec.openapi // "3.1.0"
 * "/v1/submissions" in spec.paths // true
 * const docs = await handler(new Request("http://localhost/docs"))
 * docs.headers.get("content-type") // "text/html": the Scalar page
 * await dispose()
 * ```
 * @since 0.1.0
 */
export const routes = (options: { readonly uiDir?: string | undefined }) =>
  Layer.unwrap(
    Effect.map(Effect.context<SqlClient.SqlClient | Handlers.ServiceConfig>(), (services) =>
      Layer.mergeAll(
        HttpApiBuilder.layer(Api.Api, { openapiPath: "/openapi.json" }).pipe(
          Layer.provide(Handlers.layer),
          Layer.provide(SchemaErrorsLive)
        ),
        HttpApiScalar.layer(Api.Api, { path: "/docs" }),
        options.uiDir !== undefined && existsSync(join(options.uiDir, "index.html"))
          ? staticRoutes(options.uiDir)
          : Layer.empty
      ).pipe(
        // The handlers' services (database, configuration) for every request.
        HttpRouter.provideRequest(Layer.succeedContext(services)),
        Layer.provide(Layer.succeedContext(services))
      )
    )
  )

/**
 * Serves the routes on the current `HttpServer`.
 *
 * @example
 * ```ts
 * import { createServer } from "node:http"
 * import { NodeHttpServer } from "@effect/platform-node"
 * import * as HttpServer from "effect/http/HttpServer"
 * const config = { organizationId: "tay-ninh", organization: Organization.tayNinh, publicReads: true, maxBodyBytes: 5_000_000, database: "sqlite::memory:", metrics: Metrics.make() }
 * const app = Server.serve({ uiDir: undefined, logRequests: false }).pipe(
 *   // Port 0: any free port (the service's own server is Server.layer).
 *   Layer.provideMerge(NodeHttpServer.layer(createServer, { host: "127.0.0.1", port: 0 })),
 *   Layer.provide(Layer.succeed(Handlers.ServiceConfig, config)),
 *   Layer.provide(Database.layer({ _tag: "sqlite", file: ":memory:" }))
 * )
 * const health = Effect.gen(function* () {
 *   const url = HttpServer.formatAddress((yield* HttpServer.HttpServer).address)
 *   const response = yield* Effect.promise(() => fetch(`${url}/healthz`))
 *   return { status: response.status, body: yield* Effect.promise(() => response.json()) }
 * })
 * // The server listens while the effect runs and is closed after it.
 * await Effect.runPromise(Effect.provide(health, app)) // { status: 200, body: { status: "ok" } }
 * ```
 * @since 0.1.0
 */
export const serve = (options: {
  readonly uiDir?: string | undefined
  readonly logRequests: boolean
  readonly corsOrigins?: ReadonlyArray<string> | undefined
}) =>
  Layer.unwrap(
    Effect.gen(function* () {
      const router = yield* HttpRouter.HttpRouter
      const config = yield* Handlers.ServiceConfig
      return HttpServer.serve(
        wrap(router.asHttpEffect(), {
          logRequests: options.logRequests,
          maxBodyBytes: config.maxBodyBytes,
          metrics: config.metrics,
          corsOrigins: options.corsOrigins
        })
      )
    })
  ).pipe(Layer.provide(Layer.provideMerge(routes(options), HttpRouter.layer)))

/**
 * Node's response with `strictContentLength` kept off. The effect adapter
 * turns it on before every write; Node then cannot finish the response with
 * the body's write and sends an empty chunk after it, so the body goes out
 * through `writev` (the string converted again) instead of one `write`:
 * 15–35 µs of CPU a request on a 14 KB check result, measured. The adapter
 * sets `Content-Length` from the body it writes and checks the length of
 * streamed bodies itself, so Node's own check adds nothing.
 */
class Response extends ServerResponse {}
Object.defineProperty(Response.prototype, "strictContentLength", {
  get: () => false,
  set: () => {},
  configurable: true
})

/**
 * The hot path of `POST /v1/check`: an anonymous JSON check (public reads
 * on, no `Authorization` header, a `Content-Length` within the limit, no
 * `Expect`) is answered straight from Node's request, without the router,
 * the middleware chain and the body stream — the same {@link Check.json},
 * the same problem documents, request id, metrics and log line. Every other
 * request (keys, workbooks, chunked bodies, other routes) returns `false`
 * and goes through the HttpApi app.
 *
 * Why it exists: the HttpApi path costs about 100 µs of CPU more per check
 * than this one (the effect adapter's fiber and body stream, the router, the
 * endpoint's middleware chain; BENCHMARKS.md has the table by stage), which
 * keeps it near 0.6× the bare `node:http` server where the goal is 0.85×.
 * `Options.fastCheck: false` (`--no-fast-check`) sends these requests
 * through the HttpApi app too; a test holds both paths' answers equal.
 *
 * @example
 * ```ts
 * import { createServer } from "node:http"
 * const config = { organizationId: "tay-ninh", organization: Organization.tayNinh, publicReads: true, maxBodyBytes: 5_000_000, database: "sqlite::memory:", metrics: Metrics.make() }
 * const handle = Server.fastCheck(config, { logRequests: false, log: () => {} })
 * // What the hot path leaves goes to the rest of the app (here: a bare 404).
 * const server = createServer((req, res) => {
 *   if (!handle(req, res)) res.writeHead(404).end()
 * })
 * await new Promise<void>((listening) => server.listen(0, "127.0.0.1", listening))
 * const url = `http://127.0.0.1:${(server.address() as { port: number }).port}`
 * const report = JSON.stringify(Synthetic.report({ seed: 1, rows: 3, unitId: "chi-cuc-go-dau" }))
 * const checked = await fetch(`${url}/v1/check`, { method: "POST", headers: { "content-type": "application/json" }, body: report })
 * await checked.json() // { valid: true, report: { unitId: "chi-cuc-go-dau", year: 2023, months: 12 } }
 * const notJson = await fetch(`${url}/v1/check`, { method: "POST", headers: { "content-type": "application/json" }, body: "{" })
 * await notJson.json() // { status: 400, type: "urn:thads:problem:body-not-json", detail: "the body is not JSON" }
 * const keyed = await fetch(`${url}/v1/check`, { method: "POST", headers: { "content-type": "application/json", authorization: "Bearer thads_a1b2c3d4e5f6_c2VjcmV0c2VjcmV0c2VjcmV0" }, body: report })
 * keyed.status // 404: a key takes the HttpApi path
 * await new Promise((closed) => server.close(closed))
 * ```
 * @since 0.2.0
 */
export const fastCheck =
  (
    config: Handlers.ServiceConfig["Service"],
    options: {
      readonly logRequests: boolean
      readonly log: (fields: Readonly<Record<string, string | number>>) => void
    }
  ) =>
  (req: IncomingMessage, res: ServerResponse): boolean => {
    if (!config.publicReads || req.method !== "POST") return false
    const url = req.url ?? ""
    if (url !== "/v1/check" && !url.startsWith("/v1/check?")) return false
    const headers = req.headers
    // Keys, `Expect` and browsers' cross-origin requests (CORS headers) take the HttpApi path.
    if (headers.authorization !== undefined || headers.expect !== undefined || headers.origin !== undefined)
      return false
    if (Body.mediaTypeOf(headers["content-type"]) !== "application/json") return false
    const length = headers["content-length"]
    if (length === undefined || !/^\d{1,12}$/.test(length) || Number(length) > config.maxBodyBytes) return false
    const started = performance.now()
    const requestId = cleanRequestId(headers["x-request-id"] as string | undefined)
    const chunks: Array<Buffer> = []
    req.on("data", (c: Buffer) => chunks.push(c))
    req.on("error", () => res.destroy())
    req.on("end", () => {
      let status = 200
      let contentType = "application/json"
      let body: string
      try {
        const outcome = Check.json(chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks), {
          organization: config.organization,
          organizationId: config.organizationId
        })
        if (outcome._tag === "Checked") {
          config.metrics.findings(outcome.result.findings)
          // Core's hand-made JSON text: the bytes of JSON.stringify(Result.toJson(…)) (@thads/api's test holds them
          // equal), about half the cost, with the KPIs' and citations' shared parts serialised once per process.
          body = Pipeline.resultText(outcome.result)
        } else {
          status = outcome.status
          contentType = Problem.contentType
          body = JSON.stringify({
            type: Problem.type(outcome.slug),
            title: Handlers.titles[status] ?? "Error",
            status,
            detail: outcome.detail,
            requestId,
            ...(outcome.problems === undefined ? {} : { errors: outcome.problems })
          })
        }
      } catch (e) {
        status = 500
        contentType = Problem.contentType
        body = problemBody(500, "internal-error", generic[500]![1], requestId, "/v1/check")
        options.log({ level: "error", message: "unexpected error", requestId, error: String(e).slice(0, 500) })
      }
      res.writeHead(status, {
        "content-type": contentType,
        "content-length": Buffer.byteLength(body),
        "x-request-id": requestId
      })
      res.end(body)
      const seconds = (performance.now() - started) / 1000
      config.metrics.request("POST /v1/check", status, seconds)
      if (options.logRequests)
        options.log({
          level: "info",
          message: "request",
          requestId,
          method: "POST",
          route: "POST /v1/check",
          status,
          ms: Math.round(seconds * 1e4) / 10
        })
    })
    return true
  }

/** Node's server (answers with {@link Response}), with the hot path in front of the listeners the effect layer adds. */
const nodeServer = (hot: ((req: IncomingMessage, res: ServerResponse) => boolean) | undefined) => {
  const server: NodeServer = createServer({ keepAliveTimeout: 5000, ServerResponse: Response })
  if (hot === undefined) return server
  const emit = server.emit
  server.emit = function (this: NodeServer, event: string | symbol, ...args: Array<unknown>) {
    if (event === "request" && hot(args[0] as IncomingMessage, args[1] as ServerResponse)) return true
    return Reflect.apply(emit, this, [event, ...args]) as boolean
  } as NodeServer["emit"]
  return server
}

/**
 * The whole server on Node's `http` module, listening on host and port.
 *
 * @example
 * ```ts
 * import * as HttpServer from "effect/http/HttpServer"
 * const config = { organizationId: "tay-ninh", organization: Organization.tayNinh, publicReads: true, maxBodyBytes: 5_000_000, database: "sqlite::memory:", metrics: Metrics.make() }
 * const service = Server.layer({ host: "127.0.0.1", port: 0, logRequests: false }).pipe(
 *   Layer.provide(Layer.succeed(Handlers.ServiceConfig, config)),
 *   Layer.provide(Layer.provideMerge(Layer.effectDiscard(Database.migrate), Database.layer({ _tag: "sqlite", file: ":memory:" })))
 * )
 * // `thads-service serve` runs it with Layer.launch on a fixed port until a signal; here it serves one request, on any free port.
 * const ready = Effect.gen(function* () {
 *   const url = HttpServer.formatAddress((yield* HttpServer.HttpServer).address)
 *   const response = yield* Effect.promise(() => fetch(`${url}/readyz`))
 *   return yield* Effect.promise(() => response.json())
 * })
 * await Effect.runPromise(Effect.provide(ready, service)) // { status: "ok", database: "sqlite::memory:", migrations: 3 }
 * ```
 * @since 0.1.0
 */
export const layer = (options: Options) =>
  Layer.unwrap(
    Effect.gen(function* () {
      const config = yield* Handlers.ServiceConfig
      const services = yield* Effect.context<never>()
      const run = Effect.runForkWith(services)
      const hot =
        options.fastCheck === false
          ? undefined
          : fastCheck(config, {
              logRequests: options.logRequests,
              log: ({ level, message, ...fields }) =>
                void run(
                  (level === "error" ? Effect.logError(String(message)) : Effect.logInfo(String(message))).pipe(
                    Effect.annotateLogs(fields)
                  )
                )
            })
      return serve(options).pipe(
        Layer.provideMerge(
          NodeHttpServer.layer(() => nodeServer(hot), {
            host: options.host,
            port: options.port,
            gracefulShutdownTimeout: "10 seconds"
          })
        )
      )
    })
  )

/** The services the server needs from outside. */
export type Requirements = SqlClient.SqlClient | Handlers.ServiceConfig
