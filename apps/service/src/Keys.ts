/**
 * API keys: one per unit (or per person), with a role. A key is printed once
 * when created (`thads_<id>_<secret>`) and stored only as the SHA-256 of its
 * secret; it is listed and revoked by id. Authentication compares hashes in
 * constant time and refuses revoked keys.
 *
 * @since 0.1.0
 */
import { createHash, randomBytes, timingSafeEqual } from "node:crypto"
import type { Api } from "@thads/api"
import * as Effect from "effect/Effect"
import * as SqlClient from "effect/sql/SqlClient"
import * as Time from "./Time.js"

/**
 * A stored key (never its secret).
 *
 * @example
 * ```ts
 * const k: Keys.KeyInfo = { id: "a1b2c3d4e5f6", role: "submitter", unitId: "chi-cuc-go-dau", label: null, createdAt: "2022-04-07T09:30:00.000+07:00", revokedAt: null }
 * ```
 * @since 0.1.0
 */
export interface KeyInfo {
  readonly id: string
  readonly role: Api.Role
  readonly unitId: string | null
  readonly label: string | null
  readonly createdAt: string
  readonly revokedAt: string | null
}

const hashSecret = (secret: string) => createHash("sha256").update(secret).digest("hex")

/**
 * Splits a presented key into id and secret.
 *
 * @example
 * ```ts
 * Keys.parse("thads_a1b2c3d4e5f6_c2VjcmV0c2VjcmV0c2VjcmV0") // { id: "a1b2c3d4e5f6", secret: "c2VjcmV0c2VjcmV0c2VjcmV0" }
 * Keys.parse("thads_a1b2c3d4e5f6_c2VjcmV0") // undefined: a secret has 20 to 100 characters
 * Keys.parse("nonsense") // undefined
 * ```
 * @since 0.1.0
 */
export const parse = (token: string): { readonly id: string; readonly secret: string } | undefined => {
  const m = /^thads_([0-9a-f]{12})_([A-Za-z0-9_-]{20,100})$/.exec(token)
  return m === null ? undefined : { id: m[1]!, secret: m[2]! }
}

/**
 * Creates a key; returns its info and the key itself (shown once).
 *
 * @example
 * ```ts
 * const program = Effect.gen(function* () {
 *   yield* Database.migrate
 *   return yield* Keys.create({ role: "submitter", unitId: "chi-cuc-go-dau", label: "Gò Dầu" })
 * })
 * const { info, key } = await Effect.runPromise(Effect.provide(program, Database.layer({ _tag: "sqlite", file: ":memory:" })))
 * info // { role: "submitter", unitId: "chi-cuc-go-dau", label: "Gò Dầu", revokedAt: null }
 * Keys.parse(key)?.id === info.id // true: the key names its id; only the hash of its secret is stored
 * ```
 * @since 0.1.0
 */
export const create = (input: { readonly role: Api.Role; readonly unitId: string | null; readonly label?: string }) =>
  Effect.gen(function* () {
    const sql = yield* SqlClient.SqlClient
    const id = randomBytes(6).toString("hex")
    const secret = randomBytes(32).toString("base64url")
    const { iso } = yield* Time.now
    yield* sql`INSERT INTO api_keys ${sql.insert({
      id,
      secret_hash: hashSecret(secret),
      role: input.role,
      unit_id: input.unitId,
      label: input.label ?? null,
      created_at: iso,
      revoked_at: null
    })}`
    const info: KeyInfo = {
      id,
      role: input.role,
      unitId: input.unitId,
      label: input.label ?? null,
      createdAt: iso,
      revokedAt: null
    }
    return { info, key: `thads_${id}_${secret}` }
  })

interface Row {
  readonly id: string
  readonly secret_hash: string
  readonly role: string
  readonly unit_id: string | null
  readonly label: string | null
  readonly created_at: string
  readonly revoked_at: string | null
}

const info = (r: Row): KeyInfo => ({
  id: r.id,
  role: r.role as Api.Role,
  unitId: r.unit_id,
  label: r.label,
  createdAt: r.created_at,
  revokedAt: r.revoked_at
})

/**
 * Every key, oldest first.
 *
 * @example
 * ```ts
 * const program = Effect.gen(function* () {
 *   yield* Database.migrate
 *   yield* Keys.create({ role: "submitter", unitId: "chi-cuc-go-dau" })
 *   yield* Keys.create({ role: "reviewer", unitId: null, label: "Phòng nghiệp vụ" })
 *   return yield* Keys.list
 * })
 * const keys = await Effect.runPromise(Effect.provide(program, Database.layer({ _tag: "sqlite", file: ":memory:" })))
 * keys.map((k) => k.role).sort() // ["reviewer", "submitter"]
 * ```
 * @since 0.1.0
 */
export const list = Effect.gen(function* () {
  const sql = yield* SqlClient.SqlClient
  const rows = yield* sql<Row>`SELECT * FROM api_keys ORDER BY created_at, id`
  return rows.map(info)
})

/**
 * Revokes a key; false when there is no such (unrevoked) key.
 *
 * @example
 * ```ts
 * const program = Effect.gen(function* () {
 *   yield* Database.migrate
 *   const { info } = yield* Keys.create({ role: "submitter", unitId: "chi-cuc-go-dau" })
 *   const done = yield* Keys.revoke(info.id)
 *   const again = yield* Keys.revoke(info.id)
 *   return { done, again, unknown: yield* Keys.revoke("ffffffffffff") }
 * })
 * await Effect.runPromise(Effect.provide(program, Database.layer({ _tag: "sqlite", file: ":memory:" }))) // { done: true, again: false, unknown: false }
 * ```
 * @since 0.1.0
 */
export const revoke = (id: string) =>
  Effect.gen(function* () {
    const sql = yield* SqlClient.SqlClient
    const { iso } = yield* Time.now
    const rows = yield* sql<{ id: string }>`UPDATE api_keys SET revoked_at = ${iso}
      WHERE id = ${id} AND revoked_at IS NULL RETURNING id`
    return rows.length > 0
  })

/**
 * The caller of a presented key, or why it is refused.
 *
 * @example
 * ```ts
 * const program = Effect.gen(function* () {
 *   yield* Database.migrate
 *   const { info, key } = yield* Keys.create({ role: "submitter", unitId: "chi-cuc-go-dau" })
 *   const ok = yield* Keys.authenticate(key)
 *   const forged = yield* Keys.authenticate(`thads_${info.id}_${"x".repeat(43)}`)
 *   yield* Keys.revoke(info.id)
 *   return { ok, forged, revoked: yield* Keys.authenticate(key), malformed: yield* Keys.authenticate("Bearer") }
 * })
 * const r = await Effect.runPromise(Effect.provide(program, Database.layer({ _tag: "sqlite", file: ":memory:" })))
 * r.ok // { _tag: "ok", caller: { _tag: "key", role: "submitter", unitId: "chi-cuc-go-dau" } }
 * r.forged // { _tag: "refused", reason: "unknown" }
 * r.revoked // { _tag: "refused", reason: "revoked" }
 * r.malformed // { _tag: "refused", reason: "malformed", keyId: null }
 * ```
 * @since 0.1.0
 */
export const authenticate = Effect.fnUntraced(function* (token: string) {
  const parsed = parse(token)
  if (parsed === undefined) return { _tag: "refused", reason: "malformed", keyId: null } as const
  const sql = yield* SqlClient.SqlClient
  const rows = yield* sql<Row>`SELECT * FROM api_keys WHERE id = ${parsed.id}`
  const row = rows[0]
  const presented = Buffer.from(hashSecret(parsed.secret), "hex")
  if (row === undefined || !timingSafeEqual(presented, Buffer.from(row.secret_hash, "hex")))
    return { _tag: "refused", reason: "unknown", keyId: row === undefined ? null : parsed.id } as const
  if (row.revoked_at !== null) return { _tag: "refused", reason: "revoked", keyId: row.id } as const
  const caller: Api.Caller = { _tag: "key", keyId: row.id, role: row.role as Api.Role, unitId: row.unit_id }
  return { _tag: "ok", caller } as const
})
