/**
 * The store of fulfilment records (ghi nhận thực hiện nghĩa vụ): that a
 * hearing was held or a steering report sent, for an obligation core
 * generates (checked by the caller with `Obligation.checkFulfilment`). One
 * obligation has one current record; a correction names it in `supersedes`
 * and is stored as the next version, the earlier ones kept. Each record is
 * written in one transaction with its audit row; the same `Idempotency-Key`
 * with the same request answers the stored record again, with another
 * request it is a conflict.
 *
 * @since 0.2.0
 */
import { createHash, randomUUID } from "node:crypto"
import { type Api, type Fulfilment, FulfilmentRules } from "@thads/api"
import { CivilDate, type Obligation } from "@thads/core"
import * as Effect from "effect/Effect"
import * as SqlClient from "effect/sql/SqlClient"
import * as Audit from "./Audit.js"
import * as Database from "./Database.js"
import * as Pages from "./Pages.js"
import * as Time from "./Time.js"

interface Row {
  readonly id: string
  readonly obligation_id: string
  readonly kind: string
  readonly owner_unit_id: string | null
  readonly owner_actor_id: string | null
  readonly period_end: string
  readonly fulfilled_on: string
  readonly document_number: string | null
  readonly document_title: string | null
  readonly note: string | null
  readonly version: number | string
  readonly latest: number | string
  readonly supersedes: string | null
  readonly recorded_at: string
  readonly key_id: string
}

const columns = `f.id, f.obligation_id, f.kind, f.owner_unit_id, f.owner_actor_id, f.period_end, f.fulfilled_on,
  f.document_number, f.document_title, f.note, f.version, f.supersedes, f.recorded_at, f.key_id,
  (SELECT max(m.version) FROM fulfilments m WHERE m.obligation_id = f.obligation_id) AS latest`

const isCurrent = `f.version = (SELECT max(m.version) FROM fulfilments m WHERE m.obligation_id = f.obligation_id)`

const toRecord = (r: Row): Fulfilment.Record => {
  const document = {
    ...(r.document_number === null ? {} : { number: r.document_number }),
    ...(r.document_title === null ? {} : { title: r.document_title })
  }
  return {
    id: r.id,
    obligationId: r.obligation_id,
    kind: r.kind,
    owner: r.owner_unit_id !== null ? { unitId: r.owner_unit_id } : { actorId: r.owner_actor_id ?? "" },
    periodEnd: r.period_end,
    fulfilledOn: r.fulfilled_on,
    ...(Object.keys(document).length === 0 ? {} : { document }),
    ...(r.note === null ? {} : { note: r.note }),
    version: Number(r.version),
    current: Number(r.version) === Number(r.latest),
    supersedes: r.supersedes,
    recordedAt: r.recorded_at,
    keyId: r.key_id
  }
}

/**
 * The hash that tells a replay (same request) from a conflict (another
 * request under the same `Idempotency-Key`): SHA-256 of
 * `FulfilmentRules.requestKey`, the request's fields in a fixed order.
 *
 * @example
 * ```ts
 * const a = Fulfilments.requestHash({ obligationId: "hearing/A04/2025-12-31", fulfilledOn: "2026-01-15" })
 * a.length // 64
 * Fulfilments.requestHash({ fulfilledOn: "2026-01-15", obligationId: "hearing/A04/2025-12-31" }) === a // true: the order of keys does not matter
 * Fulfilments.requestHash({ obligationId: "hearing/A04/2025-12-31", fulfilledOn: "2026-01-16" }) === a // false
 * ```
 * @since 0.2.0
 */
export const requestHash = (request: Fulfilment.Request): string =>
  createHash("sha256").update(FulfilmentRules.requestKey(request)).digest("hex")

/**
 * What recording ended in: created (or replayed), or refused by
 * `FulfilmentRules` — the `Idempotency-Key` reused with another request, a
 * record already current for the obligation (a correction must name it in
 * `supersedes`), or a `supersedes` that is not the obligation's current
 * record — with the record it concerns (the one first sent with the key,
 * or the current one).
 *
 * @example
 * ```ts
 * const describe = (o: Fulfilments.Outcome) => (o._tag === "Conflict" ? `${o.refusal.code} (${o.existingId ?? "-"})` : o.record.id)
 * describe({ _tag: "Conflict", refusal: FulfilmentRules.idempotency("a", "b").refusal, existingId: "2b0c7d8e" }) // "idempotency-key-reused (2b0c7d8e)"
 * ```
 * @since 0.2.0
 */
export type Outcome =
  | { readonly _tag: "Created"; readonly record: Fulfilment.Record; readonly replayed: boolean }
  | {
      readonly _tag: "Conflict"
      readonly refusal: FulfilmentRules.Refusal
      readonly existingId: string | undefined
    }

/**
 * Stores a record for an obligation the caller may record (checked before:
 * the obligation is core's, not a statistical report, the date is valid),
 * with its audit row, in one transaction.
 *
 * @example
 * ```ts
 * import { TestClock } from "effect/testing"
 * const obligation = Obligation.byId("hearing/thads-tay-ninh/2025-12-31", { organization: Organization.tayNinh })!
 * const caller = { _tag: "key", keyId: "a1b2c3d4e5f6", role: "submitter", unitId: "thads-tay-ninh" } as const
 * const record = (request: Fulfilment.Request, idempotencyKey?: string) =>
 *   Fulfilments.record({ request, obligation, caller, idempotencyKey, requestId: "r1" })
 * const held = { obligationId: obligation.id, fulfilledOn: "2026-01-20", document: { number: "12-BB/TU" } }
 * const program = Effect.gen(function* () {
 *   yield* Database.migrate
 *   yield* TestClock.setTime(Date.UTC(2026, 0, 21, 1)) // 21 January 2026, 08:00 in Vietnam
 *   const first = yield* record(held, "k1")
 *   const replay = yield* record(held, "k1")
 *   const again = yield* record({ ...held, fulfilledOn: "2026-01-19" })
 *   const corrected = first._tag === "Created" ? yield* record({ ...held, fulfilledOn: "2026-01-19", supersedes: first.record.id }) : first
 *   return { first, replay, again, corrected }
 * })
 * const layer = Layer.merge(Database.layer({ _tag: "sqlite", file: ":memory:" }), TestClock.layer())
 * const { first, replay, again, corrected } = await Effect.runPromise(Effect.provide(program, layer))
 * first // { _tag: "Created", replayed: false, record: { owner: { unitId: "thads-tay-ninh" }, fulfilledOn: "2026-01-20", version: 1, recordedAt: "2026-01-21T08:00:00.000+07:00" } }
 * replay // { _tag: "Created", replayed: true }
 * again // { _tag: "Conflict", refusal: { status: 409, code: "fulfilment-exists" } }: a second record must name the current one
 * corrected // { _tag: "Created", record: { fulfilledOn: "2026-01-19", version: 2, current: true } }
 * ```
 * @since 0.2.0
 */
export const record = (input: {
  readonly request: Fulfilment.Request
  readonly obligation: Obligation.Obligation
  readonly caller: Extract<Api.Caller, { _tag: "key" }>
  readonly idempotencyKey: string | undefined
  readonly requestId: string
}) =>
  Database.writing(
    Effect.gen(function* () {
      const sql = yield* SqlClient.SqlClient
      const { request, obligation, caller } = input
      const hash = requestHash(request)
      if (input.idempotencyKey !== undefined) {
        const prior = yield* sql<{ id: string; request_hash: string }>`SELECT id, request_hash FROM fulfilments
          WHERE key_id = ${caller.keyId} AND idempotency_key = ${input.idempotencyKey}`
        const same = FulfilmentRules.idempotency(prior[0]?.request_hash, hash)
        if (same._tag === "Refused")
          return { _tag: "Conflict", refusal: same.refusal, existingId: prior[0]?.id } as Outcome
        if (same._tag === "Replay") {
          const stored = yield* get(prior[0]!.id)
          return { _tag: "Created", record: stored!, replayed: true } as Outcome
        }
      }
      const current = yield* sql<{ id: string; version: number | string }>`SELECT id, version FROM fulfilments
        WHERE obligation_id = ${obligation.id} ORDER BY version DESC LIMIT 1`
      const latest = current[0] === undefined ? undefined : { id: current[0].id, version: Number(current[0].version) }
      const next = FulfilmentRules.nextVersion(request, latest)
      if (next._tag === "Refused") return { _tag: "Conflict", refusal: next.refusal, existingId: latest?.id } as Outcome
      const now = yield* Time.now
      const id = randomUUID()
      const version = next.version
      yield* sql`INSERT INTO fulfilments ${sql.insert({
        id,
        obligation_id: obligation.id,
        kind: obligation.kind,
        owner_unit_id: obligation.owner.unitId ?? null,
        owner_actor_id: obligation.owner.unitId === undefined ? (obligation.owner.actorId ?? null) : null,
        period_end: obligation.period.end,
        fulfilled_on: request.fulfilledOn,
        document_number: request.document?.number ?? null,
        document_title: request.document?.title ?? null,
        note: request.note ?? null,
        version,
        supersedes: request.supersedes ?? null,
        recorded_at: now.iso,
        key_id: caller.keyId,
        idempotency_key: input.idempotencyKey ?? null,
        request_hash: hash,
        request_id: input.requestId
      })}`
      yield* Audit.appendInTransaction({
        keyId: caller.keyId,
        role: caller.role,
        unitId: caller.unitId,
        action: "fulfilment.create",
        object: id,
        outcome: "ok",
        requestId: input.requestId
      })
      const stored = yield* get(id)
      return { _tag: "Created", record: stored!, replayed: false } as Outcome
    })
  )

/**
 * One record (any version), or undefined.
 *
 * @example
 * ```ts
 * const program = Effect.andThen(Database.migrate, Fulfilments.get("2b0c7d8e-0000-4000-8000-000000000000"))
 * await Effect.runPromise(Effect.provide(program, Database.layer({ _tag: "sqlite", file: ":memory:" }))) // undefined
 * ```
 * @since 0.2.0
 */
export const get = (id: string) =>
  Effect.gen(function* () {
    const sql = yield* SqlClient.SqlClient
    const rows = yield* sql<Row>`SELECT ${sql.literal(columns)} FROM fulfilments f WHERE f.id = ${id}`
    return rows[0] === undefined ? undefined : toRecord(rows[0])
  })

/**
 * The records of an owner (a unit or a directive actor), current versions
 * unless `history`, by period end then version (newest first).
 *
 * @example
 * ```ts
 * const obligation = Obligation.byId("hearing/A04/2025-12-31", { organization: Organization.tayNinh })!
 * const caller = { _tag: "key", keyId: "b1b2c3d4e5f6", role: "admin", unitId: null } as const
 * const request = { obligationId: obligation.id, fulfilledOn: "2026-01-15" }
 * const program = Effect.gen(function* () {
 *   yield* Database.migrate
 *   const first = yield* Fulfilments.record({ request, obligation, caller, idempotencyKey: undefined, requestId: "r1" })
 *   if (first._tag !== "Created") return yield* Effect.die("not created")
 *   yield* Fulfilments.record({ request: { ...request, note: "Họp ngày 15/1", supersedes: first.record.id }, obligation, caller, idempotencyKey: undefined, requestId: "r2" })
 *   return {
 *     current: yield* Fulfilments.list({ owner: { actorId: "A04" }, history: false, limit: 100 }),
 *     history: yield* Fulfilments.list({ owner: { actorId: "A04" }, history: true, limit: 100 }),
 *     other: yield* Fulfilments.list({ owner: { actorId: "A05" }, history: true, limit: 100 })
 *   }
 * })
 * const { current, history, other } = await Effect.runPromise(Effect.provide(program, Database.layer({ _tag: "sqlite", file: ":memory:" })))
 * current.map((r) => [r.version, r.note]) // [[2, "Họp ngày 15/1"]]
 * history.map((r) => [r.version, r.current]) // [[2, true], [1, false]]
 * other // []
 * ```
 * @since 0.2.0
 */
export const list = (filter: {
  readonly owner: { readonly unitId: string } | { readonly actorId: string }
  readonly history: boolean
  readonly limit: number
  /** Only the records of obligations whose period ends in [from, to] (the owner's index covers it). */
  readonly periodEnd?: { readonly from: CivilDate.CivilDate; readonly to: CivilDate.CivilDate }
  /** Only the records of this obligation. */
  readonly obligationId?: string | undefined
  /** Only the records after this one in the order of the list (a page's cursor). */
  readonly after?: Position | undefined
}) =>
  Effect.gen(function* () {
    const sql = yield* SqlClient.SqlClient
    const owner =
      "unitId" in filter.owner
        ? sql`f.owner_unit_id = ${filter.owner.unitId}`
        : sql`f.owner_actor_id = ${filter.owner.actorId}`
    const period =
      filter.periodEnd === undefined
        ? sql``
        : sql`AND f.period_end >= ${filter.periodEnd.from} AND f.period_end <= ${filter.periodEnd.to}`
    const obligation = filter.obligationId === undefined ? sql`` : sql`AND f.obligation_id = ${filter.obligationId}`
    const a = filter.after
    // After (period end, obligation, version) in the order below: a later period, a later obligation of the same
    // period, or an earlier version of the same obligation.
    const after =
      a === undefined
        ? sql``
        : sql`AND (f.period_end > ${a.periodEnd} OR (f.period_end = ${a.periodEnd} AND (f.obligation_id > ${a.obligationId}
            OR (f.obligation_id = ${a.obligationId} AND f.version < ${a.version}))))`
    const rows = yield* sql<Row>`SELECT ${sql.literal(columns)} FROM fulfilments f
      WHERE ${owner} ${period} ${obligation} ${after} ${filter.history ? sql`` : sql`AND ${sql.literal(isCurrent)}`}
      ORDER BY f.period_end, f.obligation_id, f.version DESC LIMIT ${filter.limit}`
    return rows.map(toRecord)
  })

/**
 * A place in the order of a list of records (period end, obligation id,
 * version newest first): where a page ended.
 *
 * @example
 * ```ts
 * const p: Fulfilments.Position = { periodEnd: "2025-12-31", obligationId: "hearing/A04/2025-12-31", version: 1 }
 * ```
 * @since 0.2.0
 */
export interface Position {
  readonly periodEnd: string
  readonly obligationId: string
  readonly version: number
}

const cursorFields = [Pages.matching(/^\d{4}-\d{2}-\d{2}$/), Pages.text(300), Pages.positive] as const

/**
 * A position as the opaque cursor `next` of a page (`Pages.encodeCursor` of
 * its period end, obligation id and version).
 *
 * @example
 * ```ts
 * Fulfilments.encodeCursor({ periodEnd: "2025-12-31", obligationId: "hearing/A04/2025-12-31", version: 1 }) // "WyIyMDI1LTEyLTMxIiwiaGVhcmluZy9BMDQvMjAyNS0xMi0zMSIsMV0"
 * ```
 * @since 0.2.0
 */
export const encodeCursor = (p: Position): string => Pages.encodeCursor([p.periodEnd, p.obligationId, p.version])

/**
 * The position of a cursor, or undefined when the text is not a cursor that
 * {@link encodeCursor} makes (the caller refuses it).
 *
 * @example
 * ```ts
 * Fulfilments.decodeCursor("WyIyMDI1LTEyLTMxIiwiaGVhcmluZy9BMDQvMjAyNS0xMi0zMSIsMV0") // { periodEnd: "2025-12-31", obligationId: "hearing/A04/2025-12-31", version: 1 }
 * Fulfilments.decodeCursor("not a cursor") // undefined
 * Fulfilments.decodeCursor(Buffer.from('["2025-12-31","x",0]').toString("base64url")) // undefined
 * ```
 * @since 0.2.0
 */
export const decodeCursor = (text: string): Position | undefined => {
  const values = Pages.decodeCursor(text, cursorFields)
  return values === undefined ? undefined : { periodEnd: values[0], obligationId: values[1], version: values[2] }
}

/**
 * One page of an owner's records (or one obligation's) in the order of
 * {@link list}: at most `limit` records that `readable` keeps (those the key
 * may read), and `next`, the cursor of the page after, when more records
 * may follow (`Pages.read`: `limit + 1` rows at a time, at most ten times;
 * when the key may read few of the rows, a page can hold fewer than `limit`
 * records, even none, and still have a `next`: the list ends only where
 * `next` is absent).
 *
 * @example
 * ```ts
 * const obligation = Obligation.byId("hearing/A04/2025-12-31", { organization: Organization.tayNinh })!
 * const caller = { _tag: "key", keyId: "b1b2c3d4e5f6", role: "admin", unitId: null } as const
 * const program = Effect.gen(function* () {
 *   yield* Database.migrate
 *   let supersedes: string | undefined
 *   for (const day of ["2026-01-15", "2026-01-16", "2026-01-17"]) {
 *     const request = { obligationId: obligation.id, fulfilledOn: day, ...(supersedes === undefined ? {} : { supersedes }) }
 *     const made = yield* Fulfilments.record({ request, obligation, caller, idempotencyKey: undefined, requestId: day })
 *     if (made._tag === "Created") supersedes = made.record.id
 *   }
 *   const query = { owner: { actorId: "A04" }, obligationId: obligation.id, history: true, limit: 2, readable: () => true } as const
 *   const first = yield* Fulfilments.page(query)
 *   const second = yield* Fulfilments.page({ ...query, after: Fulfilments.decodeCursor(first.next!) })
 *   return { first, second }
 * })
 * const { first, second } = await Effect.runPromise(Effect.provide(program, Database.layer({ _tag: "sqlite", file: ":memory:" })))
 * first.items.map((r) => r.version) // [3, 2]
 * typeof first.next // "string"
 * second.items.map((r) => r.version) // [1]
 * second.next // undefined
 * ```
 * @since 0.2.0
 */
export const page = (query: {
  readonly owner: { readonly unitId: string } | { readonly actorId: string }
  readonly obligationId?: string | undefined
  readonly history: boolean
  readonly limit: number
  readonly after?: Position | undefined
  readonly readable: (record: Fulfilment.Record) => boolean
}) =>
  Pages.read(query, {
    read: (after: Position | undefined, limit) => list({ ...query, limit, after }),
    positionOf: (r): Position => ({ periodEnd: r.periodEnd, obligationId: r.obligationId, version: r.version }),
    cursorOf: encodeCursor
  })

/**
 * The current records of an owner as what `Obligation.track` takes (the
 * obligation id and the date it was fulfilled), with the records by
 * obligation id.
 *
 * @example
 * ```ts
 * const obligation = Obligation.byId("hearing/A04/2025-12-31", { organization: Organization.tayNinh })!
 * const caller = { _tag: "key", keyId: "b1b2c3d4e5f6", role: "admin", unitId: null } as const
 * const program = Effect.gen(function* () {
 *   yield* Database.migrate
 *   yield* Fulfilments.record({ request: { obligationId: obligation.id, fulfilledOn: "2026-01-15" }, obligation, caller, idempotencyKey: undefined, requestId: "r1" })
 *   return yield* Fulfilments.forTracking({ actorId: "A04" }, { from: CivilDate.make("2025-10-01"), to: CivilDate.make("2026-09-30") })
 * })
 * const { submissions } = await Effect.runPromise(Effect.provide(program, Database.layer({ _tag: "sqlite", file: ":memory:" })))
 * submissions // [{ obligationId: "hearing/A04/2025-12-31", submittedOn: "2026-01-15" }]
 * Obligation.track([obligation], submissions, CivilDate.make("2026-03-01"))[0]?.status // { _tag: "met", submittedOn: "2026-01-15" }
 * ```
 * @since 0.2.0
 */
export const forTracking = (
  owner: { readonly unitId: string } | { readonly actorId: string },
  /** The obligations tracked: those whose period ends in [from, to] (bounds the records read). */
  periodEnd: { readonly from: CivilDate.CivilDate; readonly to: CivilDate.CivilDate }
) =>
  Effect.map(list({ owner, history: false, limit: 100_000, periodEnd }), (records) => ({
    submissions: records.map(
      (r): Obligation.Submission => ({ obligationId: r.obligationId, submittedOn: CivilDate.make(r.fulfilledOn) })
    ),
    byObligation: new Map(records.map((r) => [r.obligationId, r]))
  }))
