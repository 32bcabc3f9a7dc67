/**
 * The service's database: embedded SQLite by default (a file under the data
 * directory, through the project's `node:sqlite` client), PostgreSQL when a
 * `postgres://` URL is given (`@effect/sql-pg`). One set of migrations
 * (effect's `Migrator`) for both, and one write lock so that submissions and
 * the audit chain are serial across instances.
 *
 * @since 0.1.0
 */
import { mkdirSync } from "node:fs"
import { join } from "node:path"
import * as PgClient from "@effect/sql-pg/PgClient"
import * as Effect from "effect/Effect"
import type * as Layer from "effect/Layer"
import * as Redacted from "effect/Redacted"
import * as Migrator from "effect/sql/Migrator"
import * as SqlClient from "effect/sql/SqlClient"
import type { SqlError } from "effect/sql/SqlError"
import * as SqliteClient from "./sqlite/SqliteClient.js"

/**
 * Where the data live.
 *
 * @example
 * ```ts
 * const target: Database.Target = { _tag: "sqlite", file: "data/thads.db" }
 * ```
 * @since 0.1.0
 */
export type Target = { readonly _tag: "sqlite"; readonly file: string } | { readonly _tag: "pg"; readonly url: string }

/**
 * The target from a data directory and an optional `DATABASE_URL`.
 *
 * @example
 * ```ts
 * Database.target("data", undefined) // { _tag: "sqlite", file: "data/thads.db" }
 * Database.target("data", "postgres://thads@db.example.vn/thads") // { _tag: "pg", url: "postgres://thads@db.example.vn/thads" }
 * ```
 * @since 0.1.0
 */
export const target = (dataDir: string, databaseUrl: string | undefined): Target =>
  databaseUrl !== undefined && /^postgres(ql)?:\/\//.test(databaseUrl)
    ? { _tag: "pg", url: databaseUrl }
    : { _tag: "sqlite", file: join(dataDir, "thads.db") }

/**
 * A description of the target without credentials (for logs and /readyz).
 *
 * @example
 * ```ts
 * Database.describe({ _tag: "pg", url: "postgres://u:secret@h/db" }) // "postgresql://h/db"
 * Database.describe({ _tag: "sqlite", file: "data/thads.db" }) // "sqlite:data/thads.db"
 * ```
 * @since 0.1.0
 */
export const describe = (t: Target): string => {
  if (t._tag === "sqlite") return `sqlite:${t.file}`
  try {
    const u = new URL(t.url)
    return `postgresql://${u.host}${u.pathname}`
  } catch {
    return "postgresql"
  }
}

/**
 * The `SqlClient` layer of a target.
 *
 * @example
 * ```ts
 * import * as SqlClient from "effect/sql/SqlClient"
 * const program = Effect.flatMap(SqlClient.SqlClient, (sql) => sql`SELECT 1 + 1 AS two`)
 * await Effect.runPromise(Effect.provide(program, Database.layer({ _tag: "sqlite", file: ":memory:" }))) // [{ two: 2 }]
 * ```
 * @since 0.1.0
 */
export const layer = (t: Target): Layer.Layer<SqlClient.SqlClient, SqlError> => {
  if (t._tag === "pg") return PgClient.layer({ url: Redacted.make(t.url), maxConnections: 10 })
  if (t.file !== ":memory:") mkdirSync(join(t.file, ".."), { recursive: true })
  return SqliteClient.layer({ filename: t.file })
}

const statements = (sql: SqlClient.SqlClient, list: ReadonlyArray<string>) =>
  Effect.forEach(list, (s) => sql.unsafe(s), { discard: true })

/** 1: submissions, API keys, the audit log. */
const initial = Effect.gen(function* () {
  const sql = yield* SqlClient.SqlClient
  const pg = sql.onDialectOrElse({ pg: () => true, orElse: () => false })
  const bytes = pg ? "bytea" : "BLOB"
  const big = pg ? "bigint" : "INTEGER"
  yield* statements(sql, [
    `CREATE TABLE submissions (
      id TEXT PRIMARY KEY,
      unit_id TEXT NOT NULL,
      year INTEGER NOT NULL,
      months INTEGER NOT NULL,
      version INTEGER NOT NULL,
      received_at TEXT NOT NULL,
      received_on TEXT NOT NULL,
      media_type TEXT NOT NULL,
      size INTEGER NOT NULL,
      sha256 TEXT NOT NULL,
      body ${bytes} NOT NULL,
      report TEXT NOT NULL,
      result TEXT NOT NULL,
      valid INTEGER NOT NULL,
      errors INTEGER NOT NULL,
      warnings INTEGER NOT NULL,
      infos INTEGER NOT NULL,
      ruleset_version TEXT NOT NULL,
      ruleset_hash TEXT NOT NULL,
      key_id TEXT NOT NULL,
      idempotency_key TEXT,
      request_id TEXT,
      CONSTRAINT submissions_version_unique UNIQUE (unit_id, year, months, version),
      CONSTRAINT submissions_idempotency_unique UNIQUE (key_id, idempotency_key)
    )`,
    "CREATE INDEX submissions_period ON submissions (year, months, unit_id)",
    `CREATE TABLE api_keys (
      id TEXT PRIMARY KEY,
      secret_hash TEXT NOT NULL,
      role TEXT NOT NULL,
      unit_id TEXT,
      label TEXT,
      created_at TEXT NOT NULL,
      revoked_at TEXT
    )`,
    `CREATE TABLE audit_log (
      seq ${big} PRIMARY KEY,
      at TEXT NOT NULL,
      key_id TEXT,
      role TEXT,
      unit_id TEXT,
      action TEXT NOT NULL,
      object TEXT,
      outcome TEXT NOT NULL,
      request_id TEXT,
      prev_hash TEXT NOT NULL,
      hash TEXT NOT NULL
    )`
  ])
})

/** 2: records that obligations other than statistical reports were fulfilled (hearings, steering reports). */
const fulfilments = Effect.gen(function* () {
  const sql = yield* SqlClient.SqlClient
  yield* statements(sql, [
    `CREATE TABLE fulfilments (
      id TEXT PRIMARY KEY,
      obligation_id TEXT NOT NULL,
      kind TEXT NOT NULL,
      owner_unit_id TEXT,
      owner_actor_id TEXT,
      period_end TEXT NOT NULL,
      fulfilled_on TEXT NOT NULL,
      document_number TEXT,
      document_title TEXT,
      note TEXT,
      version INTEGER NOT NULL,
      supersedes TEXT,
      recorded_at TEXT NOT NULL,
      key_id TEXT NOT NULL,
      idempotency_key TEXT,
      request_hash TEXT NOT NULL,
      request_id TEXT,
      CONSTRAINT fulfilments_version_unique UNIQUE (obligation_id, version),
      CONSTRAINT fulfilments_idempotency_unique UNIQUE (key_id, idempotency_key)
    )`,
    "CREATE INDEX fulfilments_unit ON fulfilments (owner_unit_id, period_end)",
    "CREATE INDEX fulfilments_actor ON fulfilments (owner_actor_id, period_end)"
  ])
})

/**
 * 3: the order of the list of submissions (newest first: receipt time, version, id), so that a page of
 * `GET /v1/submissions` reads its rows from where the page before ended, not the whole table sorted.
 */
const submissionsOrder = Effect.gen(function* () {
  const sql = yield* SqlClient.SqlClient
  yield* statements(sql, ["CREATE INDEX submissions_order ON submissions (received_at, version, id)"])
})

/**
 * The migrations, in order.
 *
 * @example
 * ```ts
 * Object.keys(Database.migrations) // ["1_initial", "2_fulfilments", "3_submissions_order"]
 * ```
 * @since 0.1.0
 */
export const migrations: Record<string, Effect.Effect<void, unknown, SqlClient.SqlClient>> = {
  "1_initial": initial,
  "2_fulfilments": fulfilments,
  "3_submissions_order": submissionsOrder
}

/**
 * The migrations table.
 *
 * @example
 * ```ts
 * Database.migrationsTable // "thads_migrations"
 * ```
 * @since 0.1.0
 */
export const migrationsTable = "thads_migrations"

/**
 * Applies the pending migrations; returns those applied.
 *
 * @example
 * ```ts
 * const program = Effect.gen(function* () {
 *   const applied = yield* Database.migrate
 *   const again = yield* Database.migrate
 *   return { applied, again }
 * })
 * await Effect.runPromise(Effect.provide(program, Database.layer({ _tag: "sqlite", file: ":memory:" }))) // { applied: [[1, "initial"], [2, "fulfilments"], [3, "submissions_order"]], again: [] }
 * ```
 * @since 0.1.0
 */
export const migrate = Migrator.make({})({
  loader: Migrator.fromRecord(migrations),
  table: migrationsTable
})

/**
 * The number of applied migrations, and whether every known one is applied.
 *
 * @example
 * ```ts
 * const program = Effect.andThen(Database.migrate, Database.status)
 * await Effect.runPromise(Effect.provide(program, Database.layer({ _tag: "sqlite", file: ":memory:" }))) // { applied: 3, ready: true }
 * ```
 * @since 0.1.0
 */
export const status = Effect.gen(function* () {
  const sql = yield* SqlClient.SqlClient
  const rows = yield* sql<{ n: number | string }>`SELECT count(*) AS n FROM ${sql(migrationsTable)}`
  const applied = Number(rows[0]?.n ?? 0)
  return { applied, ready: applied === Object.keys(migrations).length }
})

/**
 * Runs an effect in a transaction that holds the service's write lock (an
 * advisory lock on PostgreSQL; `BEGIN IMMEDIATE` on SQLite), so writes of
 * submissions and audit rows are serial across instances.
 *
 * @example
 * ```ts
 * import * as SqlClient from "effect/sql/SqlClient"
 * const program = Effect.gen(function* () {
 *   yield* Database.migrate
 *   yield* Database.writing(Keys.create({ role: "reviewer", unitId: null }))
 *   // A failure rolls the whole transaction back: nothing of it is written.
 *   yield* Database.writing(Effect.andThen(Keys.create({ role: "admin", unitId: null }), Effect.fail("stop"))).pipe(Effect.ignore)
 *   const sql = yield* SqlClient.SqlClient
 *   return yield* sql`SELECT role FROM api_keys`
 * })
 * await Effect.runPromise(Effect.provide(program, Database.layer({ _tag: "sqlite", file: ":memory:" }))) // [{ role: "reviewer" }]
 * ```
 * @since 0.1.0
 */
export const writing = <A, E, R>(
  effect: Effect.Effect<A, E, R>
): Effect.Effect<A, E | SqlError, R | SqlClient.SqlClient> =>
  Effect.flatMap(SqlClient.SqlClient, (sql) =>
    sql.withTransaction(
      Effect.andThen(
        sql.onDialectOrElse({
          pg: () => Effect.asVoid(sql`SELECT pg_advisory_xact_lock(7305)`),
          orElse: () => Effect.void
        }),
        effect
      )
    )
  )
