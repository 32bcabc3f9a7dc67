/**
 * The compliance service for tests (máy chủ thật để kiểm thử): a real server
 * in this process on 127.0.0.1 and a free port, answering real HTTP, on a
 * real database — SQLite in a temporary folder unless a target is given —
 * migrated, with the API keys the test asks for and, when asked, a clock the
 * test sets. Nothing is mocked: a test talks to it as a client would.
 *
 * @since 0.2.0
 */
import { mkdtempSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import type { Api } from "@thads/api"
import { AreaOffices, ObligationSettings, Organization } from "@thads/core"
import * as Clock from "effect/Clock"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import * as ManagedRuntime from "effect/ManagedRuntime"
import * as HttpServer from "effect/http/HttpServer"
import type * as SqlClient from "effect/sql/SqlClient"
import * as Database from "./Database.js"
import * as Handlers from "./Handlers.js"
import * as Keys from "./Keys.js"
import * as Metrics from "./Metrics.js"
import * as Server from "./Server.js"

/**
 * A key to issue: its role and unit (none for a `reviewer` or an `admin`).
 *
 * @example
 * ```ts
 * const k: TestService.KeySpec = { role: "submitter", unitId: "chi-cuc-go-dau" }
 * k.role // "submitter"
 * ```
 * @since 0.2.0
 */
export interface KeySpec {
  readonly role: Api.Role
  readonly unitId: string | null
}

/**
 * How to start the service; everything is optional.
 *
 * @example
 * ```ts
 * const o: TestService.Options = { now: () => Date.parse("2023-10-02T09:00:00+07:00"), keys: { cuc: { role: "submitter", unitId: "cuc-tay-ninh" } } }
 * Object.keys(o.keys ?? {}) // ["cuc"]
 * ```
 * @since 0.2.0
 */
export interface Options {
  /** The database (default: SQLite in a new temporary folder, removed by `stop`; a given target is left as it is). */
  readonly database?: Database.Target | undefined
  /** Keys to issue, by a name of the test's choosing (default: none; `issueKey` issues more). */
  readonly keys?: Readonly<Record<string, KeySpec>> | undefined
  /**
   * The service's clock, epoch milliseconds, read each time the service asks
   * (receipt times, "today" in Vietnam); default the real clock. A test that
   * moves time returns a variable it changes.
   */
  readonly now?: (() => number) | undefined
  /** `POST /v1/check` and the reference views without a key (default false). */
  readonly publicReads?: boolean | undefined
  /** The largest request body (default 5 000 000 bytes, the service's default). */
  readonly maxBodyBytes?: number | undefined
  /** The reviewers' page served at /ui (a built dashboard). */
  readonly uiDir?: string | undefined
  /** Origins allowed to call from a browser (CORS). */
  readonly corsOrigins?: ReadonlyArray<string> | undefined
  /** The hot path of anonymous JSON checks (default on). */
  readonly fastCheck?: boolean | undefined
  /**
   * The obligation settings in force, as a settings document (what
   * `--obligations FILE` holds; core's `ObligationSettings`), decoded at start:
   * one that does not decode rejects `start` with its problems. Default: the
   * defaults.
   */
  readonly obligations?: unknown
  /**
   * The area offices in force, as a units document (what `--units FILE`
   * holds; core's `AreaOffices`), decoded at start, before the obligation
   * settings (which may name them): one that does not decode rejects `start`
   * with its problems. Default: none.
   */
  readonly units?: unknown
}

/**
 * A running service.
 *
 * @example
 * ```ts
 * const service: TestService.Running = await TestService.start()
 * service.url.startsWith("http://127.0.0.1:") // true
 * await service.stop()
 * ```
 * @since 0.2.0
 */
export interface Running {
  /** Its base URL, `http://127.0.0.1:<port>` (no trailing slash). */
  readonly url: string
  /** The keys of {@link Options.keys}, by their names (`thads_<id>_<secret>`, for `Authorization: Bearer`). */
  readonly keys: Readonly<Record<string, string>>
  /** Issues one more key. */
  readonly issueKey: (spec: KeySpec) => Promise<string>
  /** Runs an effect on the service's database (to look at what it stored). */
  readonly run: <A, E>(effect: Effect.Effect<A, E, SqlClient.SqlClient>) => Promise<A>
  /** Stops the server, closes the database and removes the temporary folder; safe to call twice. */
  readonly stop: () => Promise<void>
}

/** A clock whose time is `now()`; sleeping and monotonic time stay real (the server's timeouts keep working). */
const clockOf = (now: () => number) =>
  Layer.effect(
    Clock.Clock,
    Clock.clockWith((real) =>
      Effect.succeed<Clock.Clock>({
        currentTimeMillisUnsafe: now,
        currentTimeMillis: Effect.sync(now),
        currentTimeNanosUnsafe: () => BigInt(now()) * 1_000_000n,
        currentTimeNanos: Effect.sync(() => BigInt(now()) * 1_000_000n),
        monotonicTimeNanosUnsafe: () => real.monotonicTimeNanosUnsafe(),
        monotonicTimeNanos: real.monotonicTimeNanos,
        sleep: (duration) => real.sleep(duration)
      })
    )
  )

/**
 * Starts the service for the organisation of Tây Ninh (`tay-ninh`): listening
 * on 127.0.0.1 on a free port, its database migrated, the keys issued. Call
 * `stop` when done (in `afterAll`).
 *
 * @example
 * ```ts
 * const service = await TestService.start({
 *   now: () => Date.parse("2023-10-02T09:00:00+07:00"),
 *   keys: { cuc: { role: "submitter", unitId: "cuc-tay-ninh" } }
 * })
 * const me = await fetch(`${service.url}/v1/me`, { headers: { authorization: `Bearer ${service.keys.cuc}` } })
 * me.status // 200
 * const { role, unitId } = await me.json()
 * role // "submitter"
 * unitId // "cuc-tay-ninh"
 * // "Today" is the clock's: the units on 2/10/2023 that a new reviewer key may read.
 * const reviewer = await service.issueKey({ role: "reviewer", unitId: null })
 * const units = await fetch(`${service.url}/v1/units`, { headers: { authorization: `Bearer ${reviewer}` } })
 * const { date } = await units.json()
 * date // "2023-10-02"
 * await service.stop()
 * ```
 * @since 0.2.0
 */
export const start = async (options: Options = {}): Promise<Running> => {
  const temporary = options.database === undefined ? mkdtempSync(join(tmpdir(), "thads-service-test-")) : undefined
  const target: Database.Target = options.database ?? { _tag: "sqlite", file: join(temporary!, "thads.db") }
  const removeTemporary = () => {
    if (temporary !== undefined) rmSync(temporary, { recursive: true, force: true })
  }
  const units = options.units === undefined ? undefined : AreaOffices.decode(options.units)
  if (units?._tag === "Failure") {
    removeTemporary()
    throw new AreaOffices.InvalidUnitsError({ problems: units.failure })
  }
  const organization = units === undefined ? Organization.tayNinh : units.success.organization
  const obligations =
    options.obligations === undefined ? undefined : ObligationSettings.decode(options.obligations, { organization })
  if (obligations?._tag === "Failure") {
    removeTemporary()
    throw new ObligationSettings.InvalidSettingsError({ problems: obligations.failure })
  }
  const config = Layer.succeed(Handlers.ServiceConfig, {
    organizationId: "tay-ninh",
    organization,
    ...(units === undefined ? {} : { areaOffices: units.success }),
    publicReads: options.publicReads ?? false,
    maxBodyBytes: options.maxBodyBytes ?? 5_000_000,
    database: Database.describe(target),
    metrics: Metrics.make(),
    ...(obligations === undefined ? {} : { obligations: obligations.success })
  })
  const migrated = Layer.effectDiscard(Database.migrate).pipe(Layer.provideMerge(Database.layer(target)))
  const services = Layer.mergeAll(config, migrated, options.now === undefined ? Layer.empty : clockOf(options.now))
  const runtime = ManagedRuntime.make(
    Server.layer({
      host: "127.0.0.1",
      port: 0,
      logRequests: false,
      uiDir: options.uiDir,
      corsOrigins: options.corsOrigins,
      fastCheck: options.fastCheck
    }).pipe(Layer.provideMerge(services))
  )
  const stop = async () => {
    await runtime.dispose()
    removeTemporary()
  }
  try {
    const server = await runtime.runPromise(
      Effect.gen(function* () {
        return yield* HttpServer.HttpServer
      })
    )
    const issueKey = async (spec: KeySpec) =>
      (await runtime.runPromise(Keys.create({ role: spec.role, unitId: spec.unitId }))).key
    const keys: Record<string, string> = {}
    for (const [name, spec] of Object.entries(options.keys ?? {})) keys[name] = await issueKey(spec)
    return {
      url: HttpServer.formatAddress(server.address),
      keys,
      issueKey,
      run: (effect) => runtime.runPromise(effect),
      stop
    }
  } catch (e) {
    await stop()
    throw e
  }
}
