/**
 * An `effect/sql` client for SQLite on Node's built-in `node:sqlite`
 * (`DatabaseSync`). No effect-4.1-compatible SQLite client exists on npm
 * (`@effect/sql-sqlite-node` 4.0 betas import modules effect 4.1 moved), so
 * the service carries this small one: one connection, statements prepared
 * once and cached, one statement at a time through a semaphore, transactions
 * with savepoints from `SqlClient.make`, and the durability settings of the
 * service (WAL, `synchronous=FULL`: what was acknowledged survives a crash).
 *
 * @since 0.1.0
 */
import * as Context from "effect/Context"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import * as Reactivity from "effect/reactivity/Reactivity"
import type * as Scope from "effect/Scope"
import * as Semaphore from "effect/Semaphore"
import * as Client from "effect/sql/SqlClient"
import type { Connection } from "effect/sql/SqlConnection"
import { classifySqliteError, SqlError } from "effect/sql/SqlError"
import * as Statement from "effect/sql/Statement"
import * as Stream from "effect/Stream"
import { DatabaseSync, type StatementSync } from "node:sqlite"

/**
 * Settings of a SQLite client.
 *
 * @example
 * ```ts
 * const config: SqliteClient.Config = { filename: "data/thads.db", busyTimeout: 10_000 }
 * ```
 * @since 0.1.0
 */
export interface Config {
  /** A file path, or `":memory:"`. */
  readonly filename: string
  /** How many prepared statements are kept (default 200). */
  readonly statementCacheSize?: number | undefined
  /** Milliseconds a writer waits for another process's lock (default 5000). */
  readonly busyTimeout?: number | undefined
  readonly transformResultNames?: ((s: string) => string) | undefined
  readonly transformQueryNames?: ((s: string) => string) | undefined
}

/**
 * The SQLite client: an `effect/sql` `SqlClient` plus the underlying handle.
 *
 * @example
 * ```ts
 * const program = Effect.gen(function* () {
 *   const sql = yield* SqliteClient.SqliteClient
 *   yield* sql.exec("CREATE TABLE units (id TEXT PRIMARY KEY); INSERT INTO units VALUES ('chi-cuc-go-dau')")
 *   return yield* sql<{ id: string }>`SELECT id FROM units WHERE id = ${"chi-cuc-go-dau"}`
 * })
 * await Effect.runPromise(Effect.provide(program, SqliteClient.layer({ filename: ":memory:" }))) // [{ id: "chi-cuc-go-dau" }]
 * ```
 * @since 0.1.0
 */
export interface SqliteClient extends Client.SqlClient {
  readonly config: Config
  /** Runs SQL text with several statements (no parameters), e.g. a schema. */
  readonly exec: (sql: string) => Effect.Effect<void, SqlError>
}

/**
 * The service tag of the SQLite client.
 *
 * @example
 * ```ts
 * const vacuum = Effect.flatMap(SqliteClient.SqliteClient, (sql) => sql.exec("VACUUM"))
 * await Effect.runPromise(Effect.provide(vacuum, SqliteClient.layer({ filename: ":memory:" }))) // undefined
 * ```
 * @since 0.1.0
 */
export const SqliteClient = Context.Service<SqliteClient>("@thads/service/SqliteClient")

/** node:sqlite binds null, numbers, bigints, strings and bytes; map the rest. */
const bindable = (u: unknown): null | number | bigint | string | Uint8Array => {
  if (u === undefined || u === null) return null
  switch (typeof u) {
    case "number":
    case "bigint":
    case "string":
      return u
    case "boolean":
      return u ? 1 : 0
    default:
      if (u instanceof Uint8Array) return u
      if (u instanceof Date) return u.toISOString()
      return JSON.stringify(u)
  }
}

const toParams = (params: ReadonlyArray<unknown>): Array<null | number | bigint | string | Uint8Array> => {
  const out = new Array(params.length)
  for (let i = 0; i < params.length; i++) out[i] = bindable(params[i])
  return out
}

/**
 * node:sqlite errors carry the SQLite result code in `errcode` (and
 * `code: "ERR_SQLITE_ERROR"`); effect's classifier reads `code`/`errno`.
 */
const sqlError = (cause: unknown, operation: string) => {
  const errcode = (cause as { errcode?: unknown } | null)?.errcode
  const classified = typeof errcode === "number" ? { code: errcode, message: (cause as Error).message, cause } : cause
  return new SqlError({
    reason: classifySqliteError(classified, { message: `SQLite ${operation} failed`, operation })
  })
}

/**
 * Opens the database and builds the client; the database closes with the scope.
 *
 * @example
 * ```ts
 * import * as Reactivity from "effect/reactivity/Reactivity"
 * const rows = Effect.scoped(
 *   Effect.flatMap(SqliteClient.make({ filename: ":memory:" }), (sql) => sql`SELECT 1 AS one`)
 * ).pipe(Effect.provide(Reactivity.layer))
 * await Effect.runPromise(rows) // [{ one: 1 }]
 * await Effect.runPromise(Effect.scoped(SqliteClient.make({ filename: "/nonexistent/dir/thads.db" })).pipe(Effect.provide(Reactivity.layer))) // SqlError
 * ```
 * @since 0.1.0
 */
export const make = (config: Config): Effect.Effect<SqliteClient, SqlError, Scope.Scope | Reactivity.Reactivity> =>
  Effect.gen(function* () {
    const compiler = Statement.makeCompilerSqlite(config.transformQueryNames)
    const transformRows = config.transformResultNames
      ? Statement.defaultTransforms(config.transformResultNames).array
      : undefined

    const db = yield* Effect.acquireRelease(
      Effect.try({
        try: () => {
          const db = new DatabaseSync(config.filename)
          db.exec(`PRAGMA busy_timeout = ${Math.max(0, Math.trunc(config.busyTimeout ?? 5000))}`)
          if (config.filename !== ":memory:") db.exec("PRAGMA journal_mode = WAL")
          db.exec("PRAGMA synchronous = FULL")
          db.exec("PRAGMA foreign_keys = ON")
          return db
        },
        catch: (cause) => sqlError(cause, "open")
      }),
      (db) => Effect.sync(() => db.isOpen && db.close())
    )

    const cacheSize = config.statementCacheSize ?? 200
    const cache = new Map<string, StatementSync>()
    const prepare = (sql: string): StatementSync => {
      let stmt = cache.get(sql)
      if (stmt !== undefined) {
        cache.delete(sql)
        cache.set(sql, stmt)
        return stmt
      }
      stmt = db.prepare(sql)
      cache.set(sql, stmt)
      if (cache.size > cacheSize) cache.delete(cache.keys().next().value!)
      return stmt
    }

    const all = (sql: string, params: ReadonlyArray<unknown>, prepared: boolean): Array<Record<string, unknown>> => {
      const stmt = prepared ? prepare(sql) : db.prepare(sql)
      return stmt.all(...toParams(params)) as Array<Record<string, unknown>>
    }
    const run = (sql: string, params: ReadonlyArray<unknown>, prepared: boolean) =>
      Effect.try({ try: () => all(sql, params, prepared), catch: (cause) => sqlError(cause, "execute") })
    const values = (sql: string, params: ReadonlyArray<unknown>, prepared: boolean) =>
      Effect.map(run(sql, params, prepared), (rows) => rows.map((row) => Object.values(row)))

    const connection: Connection = {
      execute: (sql, params, transform) =>
        transform ? Effect.map(run(sql, params, true), transform) : run(sql, params, true),
      executeRaw: (sql, params) => run(sql, params, true),
      executeValues: (sql, params) => values(sql, params, true),
      executeValuesUnprepared: (sql, params) => values(sql, params, false),
      executeUnprepared: (sql, params, transform) =>
        transform ? Effect.map(run(sql, params, false), transform) : run(sql, params, false),
      executeStream: (sql, params, transform) =>
        Stream.fromIterableEffect(transform ? Effect.map(run(sql, params, true), transform) : run(sql, params, true))
    }

    const semaphore = yield* Semaphore.make(1)
    const acquirers = Client.makeSqliteAcquirers({
      connection: Effect.succeed(connection),
      semaphore,
      isTransaction: () => db.isTransaction
    })

    const client = yield* Client.make({
      ...acquirers,
      compiler,
      // Take the write lock at BEGIN: two writers (processes) never deadlock upgrading a read lock.
      beginTransaction: "BEGIN IMMEDIATE",
      driver: "thads-node-sqlite",
      spanAttributes: [["db.system.name", "sqlite"]],
      transformRows
    })
    return Object.assign(client, {
      config,
      exec: (sql: string) =>
        semaphore.withPermit(Effect.try({ try: () => db.exec(sql), catch: (cause) => sqlError(cause, "exec") }))
    }) as SqliteClient
  })

/**
 * A layer giving both the `SqliteClient` and the generic `SqlClient`.
 *
 * @example
 * ```ts
 * import * as SqlClient from "effect/sql/SqlClient"
 * // In memory here; a file path ("data/thads.db") for a database that lasts.
 * const Db = SqliteClient.layer({ filename: ":memory:" })
 * // The generic SqlClient is the same client: code written for effect/sql runs on it.
 * const program = Effect.flatMap(SqlClient.SqlClient, (sql) => sql`SELECT sqlite_version() IS NOT NULL AS ok`)
 * await Effect.runPromise(Effect.provide(program, Db)) // [{ ok: 1 }]
 * ```
 * @since 0.1.0
 */
export const layer = (config: Config): Layer.Layer<SqliteClient | Client.SqlClient, SqlError> =>
  Layer.effectContext(
    Effect.map(make(config), (client) => Context.make(SqliteClient, client).pipe(Context.add(Client.SqlClient, client)))
  ).pipe(Layer.provide(Reactivity.layer))
