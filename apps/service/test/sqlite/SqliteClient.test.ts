import { mkdtempSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import * as Effect from "effect/Effect"
import * as Migrator from "effect/sql/Migrator"
import * as SqlClient from "effect/sql/SqlClient"
import { afterAll, describe, expect, it } from "vitest"
import * as SqliteClient from "../../src/sqlite/SqliteClient.js"

const dir = mkdtempSync(join(tmpdir(), "thads-sqlite-"))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const run = <A, E>(filename: string, effect: Effect.Effect<A, E, SqlClient.SqlClient | SqliteClient.SqliteClient>) =>
  Effect.runPromise(Effect.provide(effect, SqliteClient.layer({ filename })))

describe("SqliteClient", () => {
  it("runs statements with parameters, returns rows, maps booleans, bytes and nulls", async () => {
    const rows = await run(
      ":memory:",
      Effect.gen(function* () {
        const sql = yield* SqlClient.SqlClient
        yield* sql`CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT NOT NULL, flag INTEGER, data BLOB, note TEXT)`
        yield* sql`INSERT INTO t ${sql.insert([
          { id: 1, name: "một", flag: true, data: new Uint8Array([1, 2, 3]), note: null },
          { id: 2, name: "hai", flag: false, data: null, note: "x" }
        ])}`
        return yield* sql<{ id: number; name: string; flag: number; data: Uint8Array | null; note: string | null }>`
          SELECT * FROM t WHERE id IN ${sql.in([1, 2])} ORDER BY id`
      })
    )
    expect(rows).toEqual([
      { id: 1, name: "một", flag: 1, data: new Uint8Array([1, 2, 3]), note: null },
      { id: 2, name: "hai", flag: 0, data: null, note: "x" }
    ])
  })

  it("commits a transaction and rolls back a failed one, savepoints included", async () => {
    const result = await run(
      ":memory:",
      Effect.gen(function* () {
        const sql = yield* SqlClient.SqlClient
        yield* sql`CREATE TABLE t (id INTEGER PRIMARY KEY)`
        yield* sql.withTransaction(sql`INSERT INTO t (id) VALUES (1)`)
        const failed = yield* sql
          .withTransaction(Effect.andThen(sql`INSERT INTO t (id) VALUES (2)`, Effect.fail("boom" as const)))
          .pipe(Effect.flip)
        yield* sql.withTransaction(
          Effect.gen(function* () {
            yield* sql`INSERT INTO t (id) VALUES (3)`
            yield* sql
              .withTransaction(Effect.andThen(sql`INSERT INTO t (id) VALUES (4)`, Effect.fail("inner")))
              .pipe(Effect.ignore)
          })
        )
        const ids = yield* sql<{ id: number }>`SELECT id FROM t ORDER BY id`
        return { failed, ids: ids.map((r) => r.id) }
      })
    )
    expect(result).toEqual({ failed: "boom", ids: [1, 3] })
  })

  it("reports a unique violation as a typed SqlError", async () => {
    const error = await run(
      ":memory:",
      Effect.gen(function* () {
        const sql = yield* SqlClient.SqlClient
        yield* sql`CREATE TABLE t (k TEXT UNIQUE)`
        yield* sql`INSERT INTO t (k) VALUES ('a')`
        return yield* Effect.flip(sql`INSERT INTO t (k) VALUES ('a')`)
      })
    )
    expect(error._tag).toBe("SqlError")
    expect(error.reason._tag).toBe("UniqueViolation")
  })

  it("runs effect's Migrator once, and the data survive a reopen (WAL file)", async () => {
    const filename = join(dir, "m.db")
    const migrate = Migrator.make({})({
      loader: Migrator.fromRecord({
        "1_first": Effect.flatMap(SqlClient.SqlClient, (sql) => sql`CREATE TABLE a (x INTEGER)`),
        "2_second": Effect.flatMap(SqlClient.SqlClient, (sql) => sql`INSERT INTO a (x) VALUES (42)`)
      })
    })
    expect(await run(filename, migrate)).toEqual([
      [1, "first"],
      [2, "second"]
    ])
    expect(await run(filename, migrate)).toEqual([])
    const mode = await run(
      filename,
      Effect.gen(function* () {
        const sql = yield* SqlClient.SqlClient
        const [j] = yield* sql<{ journal_mode: string }>`PRAGMA journal_mode`
        const [s] = yield* sql<{ synchronous: number }>`PRAGMA synchronous`
        const rows = yield* sql<{ x: number }>`SELECT x FROM a`
        return { journal: j!.journal_mode, synchronous: s!.synchronous, rows }
      })
    )
    expect(mode).toEqual({ journal: "wal", synchronous: 2, rows: [{ x: 42 }] })
  })

  it("runs several statements through exec", async () => {
    const n = await run(
      ":memory:",
      Effect.gen(function* () {
        const client = yield* SqliteClient.SqliteClient
        yield* client.exec("CREATE TABLE a (x INTEGER); INSERT INTO a VALUES (1); INSERT INTO a VALUES (2);")
        const rows = yield* client<{ n: number }>`SELECT count(*) AS n FROM a`
        return rows[0]!.n
      })
    )
    expect(n).toBe(2)
  })
})
