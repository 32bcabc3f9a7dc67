/**
 * The store of submissions: a submission is checked with the context the
 * service holds (the unit's earlier reports of the year and the previous
 * year's closing, its sub-units' reports for the period, the organisation,
 * its obligations), then stored with its original bytes and their SHA-256,
 * the decoded report, the result and the rule set, as the next version of
 * the unit and period — all in one transaction with its audit row. The same
 * `Idempotency-Key` with the same bytes answers the stored submission again;
 * with other bytes it is a conflict.
 *
 * @since 0.1.0
 */
import { createHash, randomUUID } from "node:crypto"
import type { Api, Submission } from "@thads/api"
import { Result } from "@thads/api"
import {
  type AreaOffices,
  CivilDate,
  Decode,
  type Obligation,
  type ObligationSettings,
  Organization,
  Pipeline,
  type Report,
  type ReportCheck,
  StatisticalPeriod
} from "@thads/core"
import * as Effect from "effect/Effect"
import * as SqlClient from "effect/sql/SqlClient"
import type { SqlError } from "effect/sql/SqlError"
import * as Audit from "./Audit.js"
import type * as Body from "./Body.js"
import * as Database from "./Database.js"
import * as Fulfilments from "./Fulfilments.js"
import * as Pages from "./Pages.js"
import * as Time from "./Time.js"

interface Row {
  readonly id: string
  readonly unit_id: string
  readonly year: number
  readonly months: number
  readonly version: number
  readonly latest: number | string
  readonly received_at: string
  readonly received_on: string
  readonly media_type: string
  readonly size: number
  readonly sha256: string
  readonly valid: number
  readonly errors: number
  readonly warnings: number
  readonly infos: number
  readonly ruleset_version: string
  readonly ruleset_hash: string
  readonly key_id: string
}

const summaryColumns = `s.id, s.unit_id, s.year, s.months, s.version, s.received_at, s.received_on, s.media_type,
  s.size, s.sha256, s.valid, s.errors, s.warnings, s.infos, s.ruleset_version, s.ruleset_hash, s.key_id,
  (SELECT max(m.version) FROM submissions m WHERE m.unit_id = s.unit_id AND m.year = s.year AND m.months = s.months) AS latest`

const summary = (r: Row): Submission.Summary => ({
  id: r.id,
  unitId: r.unit_id,
  year: Number(r.year),
  months: Number(r.months),
  version: Number(r.version),
  current: Number(r.version) === Number(r.latest),
  receivedAt: r.received_at,
  receivedOn: r.received_on,
  mediaType: r.media_type,
  size: Number(r.size),
  sha256: r.sha256,
  valid: Number(r.valid) === 1,
  findings: { error: Number(r.errors), warning: Number(r.warnings), info: Number(r.infos) },
  ruleSet: { version: r.ruleset_version, hash: r.ruleset_hash },
  keyId: r.key_id
})

/**
 * The SHA-256 (hex) of bytes.
 *
 * @example
 * ```ts
 * Submissions.sha256(new Uint8Array()) // "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
 * Submissions.sha256(new TextEncoder().encode("abc")) // "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
 * ```
 * @since 0.1.0
 */
export const sha256 = (bytes: Uint8Array): string => createHash("sha256").update(bytes).digest("hex")

/** The reports stored as current for a unit in some years. */
const currentReports = (sql: SqlClient.SqlClient, unitIds: ReadonlyArray<string>, years: ReadonlyArray<number>) =>
  unitIds.length === 0
    ? Effect.succeed([] as ReadonlyArray<{ readonly report: Report.Report; readonly receivedOn: string }>)
    : Effect.map(
        sql<{ report: string; received_on: string; first_on: string }>`
          SELECT s.report, s.received_on,
            (SELECT min(f.received_on) FROM submissions f
              WHERE f.unit_id = s.unit_id AND f.year = s.year AND f.months = s.months) AS first_on
          FROM submissions s
          WHERE s.unit_id IN ${sql.in(unitIds)} AND s.year IN ${sql.in(years)}
            AND s.version = (SELECT max(m.version) FROM submissions m
              WHERE m.unit_id = s.unit_id AND m.year = s.year AND m.months = s.months)`,
        (rows) =>
          rows.flatMap((r) => {
            const d = Decode.decodeJson(r.report)
            return d._tag === "Success" ? [{ report: d.success.report, receivedOn: r.first_on }] : []
          })
      )

/**
 * The context of a check from the store, assembled by core's pipeline: the
 * unit's current reports of the year and the previous year, its sub-units'
 * current reports of the period, the organisation, the receipt date, and the
 * unit's obligations (generated with the obligation settings in force)
 * tracked against the first receipt of each period.
 *
 * @example
 * ```ts
 * const report = Synthetic.report({ seed: 1, rows: 3, unitId: "cuc-tay-ninh", year: 2022, months: 6 })
 * const program = Effect.andThen(Database.migrate, Submissions.contextFor(report, CivilDate.make("2022-07-07"), "tay-ninh"))
 * const context = await Effect.runPromise(Effect.provide(program, Database.layer({ _tag: "sqlite", file: ":memory:" })))
 * context // { organizationId: "tay-ninh", submittedOn: "2022-07-07", earlier: [], units: [] }: nothing stored yet
 * ```
 * @since 0.1.0
 */
export const contextFor = (
  report: Report.Report,
  submittedOn: CivilDate.CivilDate,
  organizationId: string,
  obligationSettings?: ObligationSettings.Decoded,
  areaOffices?: AreaOffices.Decoded
): Effect.Effect<ReportCheck.Context, SqlError, SqlClient.SqlClient> =>
  Effect.gen(function* () {
    const sql = yield* SqlClient.SqlClient
    const h = report.header
    // The organisation the check uses: extended with the area offices in force (built once, at start).
    const organization = Pipeline.organizationOf({
      organization: organizationId,
      ...(areaOffices === undefined ? {} : { areaOffices })
    })
    const periodEnd = StatisticalPeriod.end({ year: h.year, months: h.months as StatisticalPeriod.Months })
    const own = yield* currentReports(sql, [h.unitId], [h.year - 1, h.year])
    const children =
      organization?.byId.has(h.unitId) === true
        ? Organization.childrenOn(organization, h.unitId, periodEnd).map((u) => u.id)
        : []
    const units = (yield* currentReports(sql, children, [h.year])).filter((r) => r.report.header.months === h.months)
    // The unit's hearings and steering reports are met by their fulfilment records.
    // The obligations a check tracks: those of the report's statistical year (see Pipeline.contextFor).
    const records = yield* Fulfilments.forTracking(
      { unitId: h.unitId },
      {
        from: CivilDate.make({ year: h.year - 1, month: 10, day: 1 }),
        to: CivilDate.make({ year: h.year, month: 9, day: 30 })
      }
    )
    const submissions = [...(yield* firstReceipts(h.unitId)), ...records.submissions]
    return Pipeline.contextFor(
      {
        organization: organizationId,
        submittedOn,
        asOf: submittedOn,
        reports: [...own, ...units].map((r) => r.report),
        submissions,
        ...(obligationSettings === undefined ? {} : { obligationSettings }),
        ...(areaOffices === undefined ? {} : { areaOffices })
      },
      h
    )
  })

/**
 * The JSON of a created submission (the wire form of `Submission.Created`).
 *
 * @example
 * ```ts
 * const id = (c: Submissions.CreatedJson): string => c.submission.id
 * ```
 * @since 0.1.0
 */
export interface CreatedJson {
  readonly submission: Submission.Summary
  readonly result: Result.CheckResultJson
}

/**
 * What a submission attempt ended in.
 *
 * @example
 * ```ts
 * const describe = (outcome: Submissions.Outcome): string =>
 *   outcome._tag === "Conflict" ? `conflict with ${outcome.existingId}` : `${outcome.replayed ? "replayed" : "created"} ${outcome.created.submission.id}`
 * describe({ _tag: "Conflict", existingId: "2b0c7d8e" }) // "conflict with 2b0c7d8e"
 * ```
 * @since 0.1.0
 */
export type Outcome =
  | { readonly _tag: "Created"; readonly created: CreatedJson; readonly replayed: boolean }
  | { readonly _tag: "Conflict"; readonly existingId: string }

/**
 * Stores a submission (the decoded body of a caller allowed to submit it).
 *
 * @example
 * ```ts
 * import { TestClock } from "effect/testing"
 * const text = JSON.stringify(Synthetic.report({ seed: 1, rows: 3, unitId: "chi-cuc-go-dau", year: 2023, months: 12 }))
 * const bytes = new TextEncoder().encode(text)
 * const decoded = await Body.decode(bytes, "application/json")
 * if (decoded._tag !== "Report") throw new Error("not a report")
 * const caller = { _tag: "key", keyId: "a1b2c3d4e5f6", role: "submitter", unitId: "chi-cuc-go-dau" } as const
 * const submit = (body: Uint8Array, idempotencyKey: string | undefined) =>
 *   Submissions.submit({ bytes: body, mediaType: "application/json", decoded, caller, idempotencyKey, requestId: "r1", organizationId: "tay-ninh" })
 * const program = Effect.gen(function* () {
 *   yield* Database.migrate
 *   yield* TestClock.setTime(Date.UTC(2023, 9, 2, 2)) // received on 2 October 2023, 09:00 in Vietnam
 *   const first = yield* submit(bytes, "k1")
 *   const replay = yield* submit(bytes, "k1")
 *   const conflict = yield* submit(new TextEncoder().encode(`${text} `), "k1")
 *   const second = yield* submit(bytes, undefined)
 *   return { first, replay, conflict, second }
 * })
 * const layer = Layer.merge(Database.layer({ _tag: "sqlite", file: ":memory:" }), TestClock.layer())
 * const { first, replay, conflict, second } = await Effect.runPromise(Effect.provide(program, layer))
 * first // { _tag: "Created", replayed: false, created: { submission: { unitId: "chi-cuc-go-dau", year: 2023, months: 12, version: 1, current: true, receivedAt: "2023-10-02T09:00:00.000+07:00", valid: true }, result: { valid: true } } }
 * replay // { _tag: "Created", replayed: true }: the same key and bytes, the stored submission again
 * conflict // { _tag: "Conflict" }: the same key, other bytes
 * second // { _tag: "Created", created: { submission: { version: 2 } } }: without a key, the next version
 * ```
 * @since 0.1.0
 */
export const submit = (input: {
  readonly bytes: Uint8Array
  readonly mediaType: string
  readonly decoded: Extract<Body.Decoded, { _tag: "Report" }>
  readonly caller: Extract<Api.Caller, { _tag: "key" }>
  readonly idempotencyKey: string | undefined
  readonly requestId: string
  readonly organizationId: string
  /** The obligation settings in force, decoded at start (default: the defaults). */
  readonly obligationSettings?: ObligationSettings.Decoded
  /** The area offices in force, decoded at start (default: none). */
  readonly areaOffices?: AreaOffices.Decoded
}) =>
  Database.writing(
    Effect.gen(function* () {
      const sql = yield* SqlClient.SqlClient
      const hash = sha256(input.bytes)
      if (input.idempotencyKey !== undefined) {
        const prior = yield* sql<{ id: string; sha256: string }>`SELECT id, sha256 FROM submissions
          WHERE key_id = ${input.caller.keyId} AND idempotency_key = ${input.idempotencyKey}`
        if (prior[0] !== undefined) {
          if (prior[0].sha256 !== hash) return { _tag: "Conflict", existingId: prior[0].id } as Outcome
          const created = yield* getCreated(prior[0].id)
          return { _tag: "Created", created: created!, replayed: true } as Outcome
        }
      }
      const { report } = input.decoded
      const h = report.header
      const now = yield* Time.now
      const context = yield* contextFor(
        report,
        now.date,
        input.organizationId,
        input.obligationSettings,
        input.areaOffices
      )
      const result = Result.toJson(input.decoded.check(context))
      const last = yield* sql<{ v: number | string | null }>`SELECT max(version) AS v FROM submissions
        WHERE unit_id = ${h.unitId} AND year = ${h.year} AND months = ${h.months}`
      const version = Number(last[0]?.v ?? 0) + 1
      const id = randomUUID()
      yield* sql`INSERT INTO submissions ${sql.insert({
        id,
        unit_id: h.unitId,
        year: h.year,
        months: h.months,
        version,
        received_at: now.iso,
        received_on: now.date,
        media_type: input.mediaType,
        size: input.bytes.byteLength,
        sha256: hash,
        body: input.bytes,
        report: JSON.stringify(report),
        result: JSON.stringify(result),
        valid: result.valid ? 1 : 0,
        errors: result.stats.findings.error,
        warnings: result.stats.findings.warning,
        infos: result.stats.findings.info,
        ruleset_version: result.ruleSet.version,
        ruleset_hash: result.ruleSet.hash,
        key_id: input.caller.keyId,
        idempotency_key: input.idempotencyKey ?? null,
        request_id: input.requestId
      })}`
      yield* Audit.appendInTransaction({
        keyId: input.caller.keyId,
        role: input.caller.role,
        unitId: h.unitId,
        action: "submission.create",
        object: id,
        outcome: "ok",
        requestId: input.requestId
      })
      const created: CreatedJson = {
        submission: {
          id,
          unitId: h.unitId,
          year: h.year,
          months: h.months,
          version,
          current: true,
          receivedAt: now.iso,
          receivedOn: now.date,
          mediaType: input.mediaType,
          size: input.bytes.byteLength,
          sha256: hash,
          valid: result.valid,
          findings: result.stats.findings,
          ruleSet: result.ruleSet,
          keyId: input.caller.keyId
        },
        result
      }
      return { _tag: "Created", created, replayed: false } as Outcome
    })
  )

/**
 * One submission's summary, report and result, or undefined.
 *
 * @example
 * ```ts
 * const bytes = new TextEncoder().encode(JSON.stringify(Synthetic.report({ seed: 1, rows: 3, unitId: "chi-cuc-go-dau", year: 2023, months: 12 })))
 * const decoded = await Body.decode(bytes, "application/json")
 * if (decoded._tag !== "Report") throw new Error("not a report")
 * const caller = { _tag: "key", keyId: "a1b2c3d4e5f6", role: "submitter", unitId: "chi-cuc-go-dau" } as const
 * const stored = Effect.andThen(
 *   Database.migrate,
 *   Submissions.submit({ bytes, mediaType: "application/json", decoded, caller, idempotencyKey: undefined, requestId: "r1", organizationId: "tay-ninh" })
 * )
 * const program = Effect.gen(function* () {
 *   yield* stored
 *   const [latest] = yield* Submissions.list({ history: false, limit: 1 })
 *   return { detail: yield* Submissions.get(latest!.id), missing: yield* Submissions.get("2b0c7d8e-0000-4000-8000-000000000000") }
 * })
 * const { detail, missing } = await Effect.runPromise(Effect.provide(program, Database.layer({ _tag: "sqlite", file: ":memory:" })))
 * detail // { submission: { unitId: "chi-cuc-go-dau", version: 1 }, report: { header: { unitId: "chi-cuc-go-dau", year: 2023, months: 12 } }, result: { report: { unitId: "chi-cuc-go-dau" } } }
 * missing // undefined
 * ```
 * @since 0.1.0
 */
export const get = (id: string) =>
  Effect.gen(function* () {
    const sql = yield* SqlClient.SqlClient
    const rows = yield* sql<Row & { report: string; result: string }>`SELECT ${sql.literal(summaryColumns)},
      s.report, s.result FROM submissions s WHERE s.id = ${id}`
    const r = rows[0]
    if (r === undefined) return undefined
    return {
      submission: summary(r),
      report: JSON.parse(r.report) as Report.Report,
      result: JSON.parse(r.result) as Result.CheckResultJson
    }
  })

const getCreated = (id: string) =>
  Effect.map(get(id), (d) => (d === undefined ? undefined : { submission: d.submission, result: d.result }))

/**
 * The original bytes of a submission.
 *
 * @example
 * ```ts
 * const bytes = new TextEncoder().encode(JSON.stringify(Synthetic.report({ seed: 1, rows: 3, unitId: "chi-cuc-go-dau", year: 2023, months: 12 })))
 * const decoded = await Body.decode(bytes, "application/json")
 * if (decoded._tag !== "Report") throw new Error("not a report")
 * const caller = { _tag: "key", keyId: "a1b2c3d4e5f6", role: "submitter", unitId: "chi-cuc-go-dau" } as const
 * const stored = Effect.andThen(
 *   Database.migrate,
 *   Submissions.submit({ bytes, mediaType: "application/json", decoded, caller, idempotencyKey: undefined, requestId: "r1", organizationId: "tay-ninh" })
 * )
 * const program = Effect.gen(function* () {
 *   yield* stored
 *   const [latest] = yield* Submissions.list({ history: false, limit: 1 })
 *   return yield* Submissions.original(latest!.id)
 * })
 * const original = await Effect.runPromise(Effect.provide(program, Database.layer({ _tag: "sqlite", file: ":memory:" })))
 * original?.mediaType // "application/json"
 * Submissions.sha256(original!.bytes) === Submissions.sha256(bytes) // true: the bytes as received
 * ```
 * @since 0.1.0
 */
export const original = (id: string) =>
  Effect.gen(function* () {
    const sql = yield* SqlClient.SqlClient
    const rows = yield* sql<{
      media_type: string
      body: Uint8Array
    }>`SELECT media_type, body FROM submissions WHERE id = ${id}`
    return rows[0] === undefined ? undefined : { mediaType: rows[0].media_type, bytes: new Uint8Array(rows[0].body) }
  })

/**
 * Which submissions a list holds: of a unit, a year, a period (any when
 * absent), every version (`history`) or the current ones.
 *
 * @example
 * ```ts
 * const f: Submissions.Filter = { unit: "chi-cuc-go-dau", year: 2023, history: false }
 * ```
 * @since 0.2.0
 */
export interface Filter {
  readonly unit?: string | undefined
  readonly year?: number | undefined
  readonly months?: number | undefined
  readonly history: boolean
}

/**
 * Summaries matching a filter (current versions unless `history`), in the
 * list's order ({@link Position}): newest first — by receipt time, then
 * version, then id, each descending.
 *
 * @example
 * ```ts
 * const bytes = new TextEncoder().encode(JSON.stringify(Synthetic.report({ seed: 1, rows: 3, unitId: "chi-cuc-go-dau", year: 2023, months: 12 })))
 * const decoded = await Body.decode(bytes, "application/json")
 * if (decoded._tag !== "Report") throw new Error("not a report")
 * const caller = { _tag: "key", keyId: "a1b2c3d4e5f6", role: "submitter", unitId: "chi-cuc-go-dau" } as const
 * const stored = Effect.andThen(
 *   Database.migrate,
 *   Submissions.submit({ bytes, mediaType: "application/json", decoded, caller, idempotencyKey: undefined, requestId: "r1", organizationId: "tay-ninh" })
 * )
 * const program = Effect.gen(function* () {
 *   yield* stored
 *   yield* stored
 *   return {
 *     current: yield* Submissions.list({ unit: "chi-cuc-go-dau", year: 2023, history: false, limit: 1000 }),
 *     history: yield* Submissions.list({ unit: "chi-cuc-go-dau", year: 2023, history: true, limit: 1000 }),
 *     other: yield* Submissions.list({ unit: "chi-cuc-ben-cau", history: true, limit: 1000 })
 *   }
 * })
 * const { current, history, other } = await Effect.runPromise(Effect.provide(program, Database.layer({ _tag: "sqlite", file: ":memory:" })))
 * current.map((s) => [s.version, s.current]) // [[2, true]]
 * history.map((s) => [s.version, s.current]) // [[2, true], [1, false]]
 * other // []
 * ```
 * @since 0.1.0
 */
export const list = (
  filter: Filter & {
    readonly limit: number
    /** Only the summaries after this one in the order of the list (a page's cursor). */
    readonly after?: Position | undefined
  }
) =>
  Effect.gen(function* () {
    const sql = yield* SqlClient.SqlClient
    const a = filter.after
    const where = [
      filter.unit === undefined ? undefined : sql`s.unit_id = ${filter.unit}`,
      filter.year === undefined ? undefined : sql`s.year = ${filter.year}`,
      filter.months === undefined ? undefined : sql`s.months = ${filter.months}`,
      filter.history
        ? undefined
        : sql`s.version = (SELECT max(m.version) FROM submissions m
            WHERE m.unit_id = s.unit_id AND m.year = s.year AND m.months = s.months)`,
      // After (receipt time, version, id) in the order below, all descending: the index submissions_order reads it.
      a === undefined ? undefined : sql`(s.received_at, s.version, s.id) < (${a.receivedAt}, ${a.version}, ${a.id})`
    ].filter((w) => w !== undefined)
    const rows = yield* sql<Row>`SELECT ${sql.literal(summaryColumns)} FROM submissions s
      ${where.length === 0 ? sql`` : sql`WHERE ${sql.and(where)}`}
      ORDER BY s.received_at DESC, s.version DESC, s.id DESC LIMIT ${filter.limit}`
    return rows.map(summary)
  })

/**
 * A place in the order of the list of submissions (receipt time, version,
 * id, each descending): where a page ended.
 *
 * @example
 * ```ts
 * const p: Submissions.Position = { receivedAt: "2023-10-02T09:00:00.000+07:00", version: 1, id: "2b0c7d8e-0000-4000-8000-000000000000" }
 * ```
 * @since 0.2.0
 */
export interface Position {
  readonly receivedAt: string
  readonly version: number
  readonly id: string
}

const cursorFields = [
  Pages.matching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})$/),
  Pages.positive,
  Pages.text(100)
] as const

/**
 * A position as the opaque cursor `next` of a page (`Pages.encodeCursor` of
 * its receipt time, version and id).
 *
 * @example
 * ```ts
 * Submissions.encodeCursor({ receivedAt: "2023-10-02T09:00:00.000+07:00", version: 1, id: "2b0c7d8e" }) // "WyIyMDIzLTEwLTAyVDA5OjAwOjAwLjAwMCswNzowMCIsMSwiMmIwYzdkOGUiXQ"
 * ```
 * @since 0.2.0
 */
export const encodeCursor = (p: Position): string => Pages.encodeCursor([p.receivedAt, p.version, p.id])

/**
 * The position of a cursor, or undefined when the text is not a cursor that
 * {@link encodeCursor} makes (the caller refuses it; a cursor of another list
 * is not one).
 *
 * @example
 * ```ts
 * Submissions.decodeCursor("WyIyMDIzLTEwLTAyVDA5OjAwOjAwLjAwMCswNzowMCIsMSwiMmIwYzdkOGUiXQ") // { receivedAt: "2023-10-02T09:00:00.000+07:00", version: 1, id: "2b0c7d8e" }
 * Submissions.decodeCursor("not a cursor") // undefined
 * Submissions.decodeCursor(Buffer.from('["2025-12-31","hearing/A04/2025-12-31",1]').toString("base64url")) // undefined: a cursor of GET /v1/fulfilments
 * ```
 * @since 0.2.0
 */
export const decodeCursor = (text: string): Position | undefined => {
  const values = Pages.decodeCursor(text, cursorFields)
  return values === undefined ? undefined : { receivedAt: values[0], version: values[1], id: values[2] }
}

/**
 * One page of the submissions matching a filter, in the order of
 * {@link list}: at most `limit` summaries that `readable` keeps (those the
 * key may read), and `next`, the cursor of the page after, when more may
 * follow (`Pages.read`: `limit + 1` rows at a time, at most ten times; when
 * the key may read few of the rows, a page can hold fewer than `limit`
 * summaries, even none, and still have a `next`: the list ends only where
 * `next` is absent).
 *
 * @example
 * ```ts
 * import { TestClock } from "effect/testing"
 * const caller = { _tag: "key", keyId: "a1b2c3d4e5f6", role: "submitter", unitId: "chi-cuc-go-dau" } as const
 * const submitOn = (utc: number, months: number) =>
 *   Effect.gen(function* () {
 *     const bytes = new TextEncoder().encode(JSON.stringify(Synthetic.report({ seed: 1, rows: 3, unitId: "chi-cuc-go-dau", year: 2023, months })))
 *     const decoded = yield* Effect.promise(() => Body.decode(bytes, "application/json"))
 *     if (decoded._tag !== "Report") return yield* Effect.die("not a report")
 *     yield* TestClock.setTime(utc)
 *     return yield* Submissions.submit({ bytes, mediaType: "application/json", decoded, caller, idempotencyKey: undefined, requestId: "r1", organizationId: "tay-ninh" })
 *   })
 * const program = Effect.gen(function* () {
 *   yield* Database.migrate
 *   yield* submitOn(Date.UTC(2023, 3, 4, 2), 6)
 *   yield* submitOn(Date.UTC(2023, 3, 20, 2), 6)
 *   yield* submitOn(Date.UTC(2023, 9, 3, 2), 12)
 *   const query = { history: true, limit: 2, readable: () => true }
 *   const first = yield* Submissions.page(query)
 *   const second = yield* Submissions.page({ ...query, after: Submissions.decodeCursor(first.next!) })
 *   return { first, second }
 * })
 * const { first, second } = await Effect.runPromise(Effect.provide(program, Layer.merge(Database.layer({ _tag: "sqlite", file: ":memory:" }), TestClock.layer())))
 * first.items.map((s) => [s.months, s.version, s.receivedOn]) // [[12, 1, "2023-10-03"], [6, 2, "2023-04-20"]]
 * typeof first.next // "string"
 * second.items.map((s) => [s.months, s.version, s.current]) // [[6, 1, false]]
 * second.next // undefined
 * ```
 * @since 0.2.0
 */
export const page = (
  query: Filter & {
    readonly limit: number
    readonly after?: Position | undefined
    readonly readable: (summary: Submission.Summary) => boolean
  }
) =>
  Pages.read(query, {
    read: (after: Position | undefined, limit) => list({ ...query, limit, after }),
    positionOf: (s): Position => ({ receivedAt: s.receivedAt, version: s.version, id: s.id }),
    cursorOf: encodeCursor
  })

/**
 * The current report of each of some units for a period.
 *
 * @example
 * ```ts
 * const bytes = new TextEncoder().encode(JSON.stringify(Synthetic.report({ seed: 1, rows: 3, unitId: "chi-cuc-go-dau", year: 2023, months: 12 })))
 * const decoded = await Body.decode(bytes, "application/json")
 * if (decoded._tag !== "Report") throw new Error("not a report")
 * const caller = { _tag: "key", keyId: "a1b2c3d4e5f6", role: "submitter", unitId: "chi-cuc-go-dau" } as const
 * const stored = Effect.andThen(
 *   Database.migrate,
 *   Submissions.submit({ bytes, mediaType: "application/json", decoded, caller, idempotencyKey: undefined, requestId: "r1", organizationId: "tay-ninh" })
 * )
 * const program = Effect.gen(function* () {
 *   yield* stored
 *   return {
 *     december: yield* Submissions.currentOf(["chi-cuc-go-dau", "chi-cuc-ben-cau"], 2023, 12),
 *     june: yield* Submissions.currentOf(["chi-cuc-go-dau"], 2023, 6)
 *   }
 * })
 * const { december, june } = await Effect.runPromise(Effect.provide(program, Database.layer({ _tag: "sqlite", file: ":memory:" })))
 * december // [{ submission: { unitId: "chi-cuc-go-dau", months: 12, current: true }, report: { header: { months: 12 } } }]: Bến Cầu has not submitted
 * june // []
 * ```
 * @since 0.1.0
 */
export const currentOf = (unitIds: ReadonlyArray<string>, year: number, months?: number) =>
  Effect.gen(function* () {
    if (unitIds.length === 0) return []
    const sql = yield* SqlClient.SqlClient
    const rows = yield* sql<Row & { report: string; result: string }>`SELECT ${sql.literal(summaryColumns)},
      s.report, s.result FROM submissions s
      WHERE s.unit_id IN ${sql.in(unitIds)} AND s.year = ${year}
        ${months === undefined ? sql`` : sql`AND s.months = ${months}`}
        AND s.version = (SELECT max(m.version) FROM submissions m
          WHERE m.unit_id = s.unit_id AND m.year = s.year AND m.months = s.months)
      ORDER BY s.months`
    return rows.map((r) => ({
      submission: summary(r),
      report: JSON.parse(r.report) as Report.Report,
      result: JSON.parse(r.result) as Result.CheckResultJson
    }))
  })

/**
 * The first receipt date of each period a unit submitted (for obligations).
 *
 * @example
 * ```ts
 * import { TestClock } from "effect/testing"
 * const caller = { _tag: "key", keyId: "a1b2c3d4e5f6", role: "submitter", unitId: "chi-cuc-go-dau" } as const
 * const submitOn = (utc: number, months: number) =>
 *   Effect.gen(function* () {
 *     const bytes = new TextEncoder().encode(JSON.stringify(Synthetic.report({ seed: 1, rows: 3, unitId: "chi-cuc-go-dau", year: 2023, months })))
 *     const decoded = yield* Effect.promise(() => Body.decode(bytes, "application/json"))
 *     if (decoded._tag !== "Report") return yield* Effect.die("not a report")
 *     yield* TestClock.setTime(utc)
 *     return yield* Submissions.submit({ bytes, mediaType: "application/json", decoded, caller, idempotencyKey: undefined, requestId: "r1", organizationId: "tay-ninh" })
 *   })
 * const program = Effect.gen(function* () {
 *   yield* Database.migrate
 *   yield* submitOn(Date.UTC(2023, 3, 4, 2), 6)
 *   yield* submitOn(Date.UTC(2023, 3, 20, 2), 6) // a second version of the six months: its first receipt stays 4 April
 *   yield* submitOn(Date.UTC(2023, 9, 3, 2), 12)
 *   return yield* Submissions.firstReceipts("chi-cuc-go-dau")
 * })
 * const firsts = await Effect.runPromise(Effect.provide(program, Layer.merge(Database.layer({ _tag: "sqlite", file: ":memory:" }), TestClock.layer())))
 * firsts.map((s) => [s.periodEnd, s.submittedOn]).sort() // [["2023-03-31", "2023-04-04"], ["2023-09-30", "2023-10-03"]]: the statistical year ends on 30 September
 * ```
 * @since 0.1.0
 */
export const firstReceipts = (unitId: string) =>
  Effect.gen(function* () {
    const sql = yield* SqlClient.SqlClient
    const rows = yield* sql<{ year: number; months: number; first_on: string }>`
      SELECT year, months, min(received_on) AS first_on FROM submissions WHERE unit_id = ${unitId}
      GROUP BY year, months`
    return rows.map(
      (r): Obligation.Submission => ({
        kind: "statistical-report",
        owner: unitId,
        periodEnd: StatisticalPeriod.end({
          year: Number(r.year),
          months: Number(r.months) as StatisticalPeriod.Months
        }),
        submittedOn: CivilDate.make(r.first_on)
      })
    )
  })
