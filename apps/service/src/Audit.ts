/**
 * The audit log (nhật ký kiểm toán): every submission, read of another
 * unit's data, key change and refused request is a row (time, key, role,
 * unit, action, object, outcome, request id). Rows are hash-chained — each
 * row's hash covers its fields and the previous row's hash, and sequence
 * numbers have no gaps — so a removed or edited row is detected by
 * {@link verify}.
 *
 * @since 0.1.0
 */
import { createHash } from "node:crypto"
import * as Effect from "effect/Effect"
import * as SqlClient from "effect/sql/SqlClient"
import * as Database from "./Database.js"
import * as Time from "./Time.js"

/**
 * What is recorded.
 *
 * @example
 * ```ts
 * const e: Audit.Event = { keyId: "a1b2c3d4e5f6", role: "submitter", unitId: "chi-cuc-go-dau", action: "submission.create", object: "2b0c7d8e-…", outcome: "ok", requestId: "3f1c…" }
 * ```
 * @since 0.1.0
 */
export interface Event {
  readonly keyId: string | null
  readonly role: string | null
  readonly unitId: string | null
  readonly action: string
  readonly object: string | null
  readonly outcome: string
  readonly requestId: string | null
}

/**
 * A stored row.
 *
 * @example
 * ```ts
 * const event: Audit.Event = { keyId: null, role: null, unitId: null, action: "submission.authenticate", object: null, outcome: "refused:401:key-required", requestId: "r1" }
 * const fields = { seq: 1, at: "2022-04-07T09:30:00.000+07:00", ...event }
 * const row: Audit.Entry = { ...fields, prevHash: "", hash: Audit.hashOf(fields, "") }
 * ```
 * @since 0.1.0
 */
export interface Entry extends Event {
  readonly seq: number
  readonly at: string
  readonly prevHash: string
  readonly hash: string
}

/**
 * The hash of a row: SHA-256 of the previous hash and the row's fields.
 *
 * @example
 * ```ts
 * const event: Audit.Event = { keyId: null, role: null, unitId: null, action: "submission.authenticate", object: null, outcome: "refused:401:key-required", requestId: "r1" }
 * const row = { seq: 1, at: "2022-04-07T09:30:00.000+07:00", ...event }
 * const hash = Audit.hashOf(row, "")
 * hash.length // 64: hex
 * Audit.hashOf(row, "") === hash // true
 * Audit.hashOf({ ...row, outcome: "ok" }, "") === hash // false: a field edited
 * Audit.hashOf(row, hash) === hash // false: another previous row
 * ```
 * @since 0.1.0
 */
export const hashOf = (row: Omit<Entry, "prevHash" | "hash">, prevHash: string): string =>
  createHash("sha256")
    .update(
      JSON.stringify([
        prevHash,
        row.seq,
        row.at,
        row.keyId,
        row.role,
        row.unitId,
        row.action,
        row.object,
        row.outcome,
        row.requestId
      ])
    )
    .digest("hex")

interface Row {
  readonly seq: number | string
  readonly at: string
  readonly key_id: string | null
  readonly role: string | null
  readonly unit_id: string | null
  readonly action: string
  readonly object: string | null
  readonly outcome: string
  readonly request_id: string | null
  readonly prev_hash: string
  readonly hash: string
}

const entry = (r: Row): Entry => ({
  seq: Number(r.seq),
  at: r.at,
  keyId: r.key_id,
  role: r.role,
  unitId: r.unit_id,
  action: r.action,
  object: r.object,
  outcome: r.outcome,
  requestId: r.request_id,
  prevHash: r.prev_hash,
  hash: r.hash
})

/**
 * Appends a row; must run inside {@link Database.writing} (the chain is serial).
 *
 * @example
 * ```ts
 * const event: Audit.Event = { keyId: null, role: "admin", unitId: null, action: "key.create", object: "a1b2c3d4e5f6", outcome: "ok", requestId: null }
 * const program = Effect.gen(function* () {
 *   yield* Database.migrate
 *   // Two rows in one transaction: both or neither.
 *   return yield* Database.writing(Effect.zip(Audit.appendInTransaction(event), Audit.appendInTransaction(event)))
 * })
 * await Effect.runPromise(Effect.provide(program, Database.layer({ _tag: "sqlite", file: ":memory:" }))) // [1, 2]: their sequence numbers
 * ```
 * @since 0.1.0
 */
export const appendInTransaction = (event: Event) =>
  Effect.gen(function* () {
    const sql = yield* SqlClient.SqlClient
    const last = yield* sql<{
      seq: number | string
      hash: string
    }>`SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1`
    const seq = last[0] === undefined ? 1 : Number(last[0].seq) + 1
    const prevHash = last[0]?.hash ?? ""
    const { iso } = yield* Time.now
    const row = { seq, at: iso, ...event }
    const hash = hashOf(row, prevHash)
    yield* sql`INSERT INTO audit_log ${sql.insert({
      seq,
      at: iso,
      key_id: event.keyId,
      role: event.role,
      unit_id: event.unitId,
      action: event.action,
      object: event.object,
      outcome: event.outcome,
      request_id: event.requestId,
      prev_hash: prevHash,
      hash
    })}`
    return seq
  })

/**
 * Appends a row in its own transaction.
 *
 * @example
 * ```ts
 * const event: Audit.Event = { keyId: null, role: null, unitId: null, action: "submission.authenticate", object: null, outcome: "refused:401:key-required", requestId: "r1" }
 * const program = Effect.gen(function* () {
 *   yield* Database.migrate
 *   yield* Audit.append(event)
 *   return yield* Audit.append({ ...event, outcome: "refused:401:key-unknown", requestId: "r2" })
 * })
 * await Effect.runPromise(Effect.provide(program, Database.layer({ _tag: "sqlite", file: ":memory:" }))) // 2: the second row
 * ```
 * @since 0.1.0
 */
export const append = (event: Event) => Database.writing(appendInTransaction(event))

/**
 * Rows after a sequence number.
 *
 * @example
 * ```ts
 * const event: Audit.Event = { keyId: null, role: "admin", unitId: null, action: "key.create", object: "a1b2c3d4e5f6", outcome: "ok", requestId: null }
 * const program = Effect.gen(function* () {
 *   yield* Database.migrate
 *   for (const object of ["a1b2c3d4e5f6", "b1b2c3d4e5f6", "c1b2c3d4e5f6"]) yield* Audit.append({ ...event, object })
 *   return yield* Audit.list({ after: 1, limit: 100 })
 * })
 * const rows = await Effect.runPromise(Effect.provide(program, Database.layer({ _tag: "sqlite", file: ":memory:" })))
 * rows.map((r) => [r.seq, r.object]) // [[2, "b1b2c3d4e5f6"], [3, "c1b2c3d4e5f6"]]
 * rows[1]!.prevHash === rows[0]!.hash // true: the chain
 * ```
 * @since 0.1.0
 */
export const list = (options: { readonly after: number; readonly limit: number }) =>
  Effect.gen(function* () {
    const sql = yield* SqlClient.SqlClient
    const rows =
      yield* sql<Row>`SELECT * FROM audit_log WHERE seq > ${options.after} ORDER BY seq LIMIT ${options.limit}`
    return rows.map(entry)
  })

/**
 * The outcome of a verification.
 *
 * @example
 * ```ts
 * const v: Audit.Verification = { ok: false, rows: 41, brokenAt: 17, reason: "hash mismatch (row edited)" }
 * ```
 * @since 0.1.0
 */
export interface Verification {
  readonly ok: boolean
  readonly rows: number
  readonly brokenAt?: number
  readonly reason?: string
}

/**
 * Walks the whole chain (in pages) and says where it breaks: a gap in the
 * sequence (a removed row), a previous-hash mismatch, or a hash that does
 * not match the row (an edited row).
 *
 * @example
 * ```ts
 * import * as SqlClient from "effect/sql/SqlClient"
 * const event: Audit.Event = { keyId: null, role: "admin", unitId: null, action: "key.create", object: "a1b2c3d4e5f6", outcome: "ok", requestId: null }
 * const program = Effect.gen(function* () {
 *   yield* Database.migrate
 *   for (let i = 0; i < 3; i++) yield* Audit.append(event)
 *   const before = yield* Audit.verify
 *   const sql = yield* SqlClient.SqlClient
 *   yield* sql`UPDATE audit_log SET outcome = 'not-found' WHERE seq = 2`
 *   const edited = yield* Audit.verify
 *   yield* sql`DELETE FROM audit_log WHERE seq = 2`
 *   const removed = yield* Audit.verify
 *   return { before, edited, removed }
 * })
 * const { before, edited, removed } = await Effect.runPromise(Effect.provide(program, Database.layer({ _tag: "sqlite", file: ":memory:" })))
 * before // { ok: true, rows: 3 }
 * edited // { ok: false, rows: 1, brokenAt: 2, reason: "hash mismatch (row edited)" }
 * removed // { ok: false, rows: 1, brokenAt: 2, reason: "row 2 is missing (removed)" }
 * ```
 * @since 0.1.0
 */
export const verify: Effect.Effect<Verification, unknown, SqlClient.SqlClient> = Effect.gen(function* () {
  const sql = yield* SqlClient.SqlClient
  let after = 0
  let prevHash = ""
  let rows = 0
  for (;;) {
    const page = yield* sql<Row>`SELECT * FROM audit_log WHERE seq > ${after} ORDER BY seq LIMIT 1000`
    if (page.length === 0) return { ok: true, rows }
    for (const r of page) {
      const e = entry(r)
      if (e.seq !== after + 1)
        return { ok: false, rows, brokenAt: after + 1, reason: `row ${after + 1} is missing (removed)` }
      if (e.prevHash !== prevHash)
        return { ok: false, rows, brokenAt: e.seq, reason: "previous-hash mismatch (a row before it changed)" }
      if (hashOf(e, prevHash) !== e.hash)
        return { ok: false, rows, brokenAt: e.seq, reason: "hash mismatch (row edited)" }
      prevHash = e.hash
      after = e.seq
      rows++
    }
  }
})
