/**
 * Fulfilment records over real HTTP (SQLite and PostgreSQL): hearings and
 * steering reports recorded, corrected with history, counted by
 * /v1/obligations, the directive actors' obligations readable by reviewers;
 * every refusal a problem document; the typed client of @thads/api.
 */
import { Client, Problem } from "@thads/api"
import * as Effect from "effect/Effect"
import * as FetchHttpClient from "effect/http/FetchHttpClient"
import { afterAll, beforeAll, expect, it } from "vitest"
import * as Audit from "../src/Audit.js"
import { call, makeTarget, type Running, reportOf, start } from "./harness.js"
import { isProblem } from "./suite.js"

/** The keys of the unit tests of fulfilments, beside those of every role (`harness.keySpecs`). */
export const keys = {
  province: { role: "submitter", unitId: "thads-tay-ninh" },
  region: { role: "submitter", unitId: "phong-kv-1-tay-ninh" },
  provinceReviewer: { role: "unit-reviewer", unitId: "thads-tay-ninh" }
} as const

export const Q1 = "hearing/thads-tay-ninh/2025-12-31"
export const A04 = "hearing/A04/2025-12-31"
const year = "from=2025-10-01&to=2026-09-30"

/**
 * A service of the suite's own on `kind` (a new database), "today" 15 July
 * 2026, 09:00 in Vietnam, with {@link keys}: started before the suite's
 * tests (given to `started`), stopped and dropped after them.
 */
export const serviceForSuite = (kind: "sqlite" | "pg", started: (s: Running) => void) => {
  let s: Running | undefined
  let drop: (() => Promise<void>) | undefined
  beforeAll(async () => {
    const t = await makeTarget(kind)
    drop = t.drop
    s = await start(t.target, { now: () => Date.parse("2026-07-15T09:00:00+07:00"), keys })
    started(s)
  })
  afterAll(async () => {
    await s?.stop()
    await drop?.()
  })
}

export const fulfilmentSuite = (kind: "sqlite" | "pg") => {
  let s: Running
  let first = ""
  serviceForSuite(kind, (running) => {
    s = running
  })

  const post = (key: string | undefined, body: unknown, headers: Record<string, string> = {}) =>
    call(s.url, "/v1/fulfilments", {
      method: "POST",
      ...(key === undefined ? {} : { key }),
      body: typeof body === "string" ? body : JSON.stringify(body),
      headers
    })
  const statusOf = async (query: string, id: string, key = s.keys.reviewer!) => {
    const r = await call(s.url, `/v1/obligations?${query}&${year}`, { key })
    expect(r.status).toBe(200)
    return r.json.items.find((i: { id: string }) => i.id === id)
  }

  it("the unit's obligations of the year: 12 reports, 4 hearings, 2 steering reports; nothing met yet", async () => {
    const r = await call(s.url, `/v1/obligations?unit=thads-tay-ninh&${year}`, { key: s.keys.province! })
    const kinds = r.json.items.map((i: { kind: string }) => i.kind)
    expect(kinds.filter((k: string) => k === "statistical-report")).toHaveLength(12)
    expect(kinds.filter((k: string) => k === "hearing")).toHaveLength(4)
    expect(kinds.filter((k: string) => k === "steering-report")).toHaveLength(2)
    expect(r.json.unitId).toBe("thads-tay-ninh")
    expect((await statusOf("unit=thads-tay-ninh", Q1)).status._tag).toBe("missing")
  })

  it("a submitter records its unit's hearing: 201, Location, the record; the same Idempotency-Key replays", async () => {
    const body = {
      obligationId: Q1,
      fulfilledOn: "2026-01-20",
      document: { number: "12-BB/TU", title: "Biên bản làm việc quý I" },
      note: "Ban Thường vụ nghe báo cáo"
    }
    const r = await post(s.keys.province!, body, { "idempotency-key": "q1" })
    expect(r.status).toBe(201)
    first = r.json.id
    expect(r.headers.get("location")).toBe(`/v1/fulfilments/${first}`)
    expect(r.json).toMatchObject({
      obligationId: Q1,
      kind: "hearing",
      owner: { unitId: "thads-tay-ninh" },
      periodEnd: "2025-12-31",
      fulfilledOn: "2026-01-20",
      document: { number: "12-BB/TU", title: "Biên bản làm việc quý I" },
      note: "Ban Thường vụ nghe báo cáo",
      version: 1,
      current: true,
      supersedes: null,
      recordedAt: "2026-07-15T09:00:00.000+07:00"
    })
    const got = await call(s.url, `/v1/fulfilments/${first}`, { key: s.keys.province! })
    expect(got.json).toEqual(r.json)
    const again = await post(s.keys.province!, body, { "idempotency-key": "q1" })
    expect(again.status).toBe(201)
    expect(again.headers.get("idempotent-replayed")).toBe("true")
    expect(again.json.id).toBe(first)
    isProblem(
      await post(s.keys.province!, { ...body, note: "khác" }, { "idempotency-key": "q1" }),
      409,
      "idempotency-key-reused"
    )
  })

  it("GET /v1/obligations counts it: met, with the record", async () => {
    const q1 = await statusOf("unit=thads-tay-ninh", Q1, s.keys.province!)
    expect(q1.status).toEqual({ _tag: "met", submittedOn: "2026-01-20" })
    expect(q1.fulfilment).toEqual({
      id: first,
      fulfilledOn: "2026-01-20",
      document: { number: "12-BB/TU", title: "Biên bản làm việc quý I" }
    })
    const q2 = await statusOf("unit=thads-tay-ninh", "hearing/thads-tay-ninh/2026-03-31")
    expect(q2.status._tag).toBe("missing")
    expect(q2.fulfilment).toBeUndefined()
  })

  it("a second record is refused unless it names the current one; then it is a correction with history", async () => {
    const body = { obligationId: Q1, fulfilledOn: "2026-02-20" }
    const exists = await post(s.keys.province!, body)
    isProblem(exists, 409, "fulfilment-exists")
    expect(exists.json.detail).toContain(first)
    // What to correct, as an extension member: a client need not read the English detail.
    expect(exists.json.currentId).toBe(first)
    const notCurrent = await post(s.keys.province!, { ...body, supersedes: "not-the-current-one" })
    isProblem(notCurrent, 409, "fulfilment-superseded")
    expect(notCurrent.json.currentId).toBe(first)
    const corrected = await post(s.keys.province!, { ...body, supersedes: first })
    expect(corrected.status).toBe(201)
    expect(corrected.json).toMatchObject({ version: 2, current: true, supersedes: first, fulfilledOn: "2026-02-20" })
    // The first version is no longer current: naming it again is stale.
    const stale = await post(s.keys.province!, { ...body, supersedes: first })
    isProblem(stale, 409, "fulfilment-superseded")
    expect(stale.json.currentId).toBe(corrected.json.id)
    // An obligation with no record has nothing to correct: no current id.
    const none = await post(s.keys.province!, {
      obligationId: "hearing/thads-tay-ninh/2026-06-30",
      fulfilledOn: "2026-07-10",
      supersedes: first
    })
    isProblem(none, 409, "fulfilment-superseded")
    expect(none.json).not.toHaveProperty("currentId")
    expect((await call(s.url, `/v1/fulfilments/${first}`, { key: s.keys.province! })).json.current).toBe(false)
    const current = await call(s.url, "/v1/fulfilments?unit=thads-tay-ninh", { key: s.keys.province! })
    expect(current.json.items.map((i: { version: number }) => i.version)).toEqual([2])
    const history = await call(s.url, "/v1/fulfilments?unit=thads-tay-ninh&history=true", { key: s.keys.province! })
    expect(history.json.items.map((i: { version: number; current: boolean }) => [i.version, i.current])).toEqual([
      [2, true],
      [1, false]
    ])
    // The current version's date counts: after the due date (the end of January, a Saturday → 2/2/2026).
    const q1 = await statusOf("unit=thads-tay-ninh", Q1)
    expect(q1.due).toBe("2026-02-02")
    expect(q1.status).toMatchObject({ _tag: "met-late", submittedOn: "2026-02-20", daysLate: 18 })
  })

  it("a steering report is recorded the same way", async () => {
    const id = "steering-report/bcd-thads-tay-ninh/2026-03-31"
    const r = await post(s.keys.province!, { obligationId: id, fulfilledOn: "2026-04-28" })
    expect(r.status).toBe(201)
    expect((await statusOf("unit=thads-tay-ninh", id)).status._tag).toBe("met")
  })

  it("every refusal of a record is a problem document with its code", async () => {
    const province = s.keys.province!
    isProblem(
      await post(province, { obligationId: "hearing/thads-tay-ninh/2025-12-30", fulfilledOn: "2026-01-20" }),
      422,
      "obligation-unknown"
    )
    isProblem(await post(province, { obligationId: "meeting/x", fulfilledOn: "2026-01-20" }), 422, "obligation-unknown")
    isProblem(
      await post(province, { obligationId: "statistical-report/thads-tay-ninh/2025-12-31", fulfilledOn: "2026-01-05" }),
      422,
      "obligation-met-by-report"
    )
    const q3 = "hearing/thads-tay-ninh/2026-06-30"
    const future = await post(province, { obligationId: q3, fulfilledOn: "2026-07-16" })
    isProblem(future, 422, "fulfilment-date-future")
    expect(future.json.detail).toContain("2026-07-15")
    expect(future.json.today).toBe("2026-07-15")
    expect(future.json).not.toHaveProperty("periodStart")
    // The period of a hearing of the statistical year is cumulative: 9 months from 1/10/2025.
    const early = await post(province, { obligationId: q3, fulfilledOn: "2025-09-30" })
    isProblem(early, 422, "fulfilment-date-before-period")
    expect(early.json.periodStart).toBe("2025-10-01")
    expect(early.json).not.toHaveProperty("today")
    // Permission: the owning unit's submitter only; an admin records the actors' obligations only.
    for (const key of [s.keys.region!, s.keys.provinceReviewer!, s.keys.reviewer!, s.keys.admin!])
      isProblem(await post(key, { obligationId: q3, fulfilledOn: "2026-07-10" }), 403, "fulfilment-forbidden")
    isProblem(await post(province, { obligationId: A04, fulfilledOn: "2026-01-15" }), 403, "fulfilment-forbidden")
    // Bodies that do not decode: each problem at its pointer.
    const pointers = async (body: unknown) => {
      const r = await post(province, body)
      isProblem(r, 400, "request-invalid")
      return r.json.errors.map((e: { pointer: string; detail: string }) => `${e.pointer} ${e.detail}`)
    }
    expect(await pointers({ obligationId: q3, fulfilledOn: "2026-02-30" })).toEqual([
      expect.stringMatching(/^\/payload\/fulfilledOn .*day 30 is outside 1–28/)
    ])
    expect(await pointers({ obligationId: q3, fulfilledOn: "2026-07-10", note: "" })).toEqual([
      expect.stringMatching(/^\/payload\/note /)
    ])
    isProblem(await post(province, { fulfilledOn: "2026-07-10" }), 400, "request-invalid")
    const notJson = await post(province, "{not json")
    expect(notJson.status).toBe(400)
    expect(notJson.headers.get("content-type")).toMatch(/^application\/problem\+json/)
    isProblem(await post(undefined, { obligationId: q3, fulfilledOn: "2026-07-10" }), 401, "key-required")
    // Nothing of it was stored.
    const history = await call(s.url, "/v1/fulfilments?unit=thads-tay-ninh&history=true", { key: province })
    expect(history.json.items.some((i: { obligationId: string }) => i.obligationId === q3)).toBe(false)
  })

  it("the directive's actors: an admin records, reviewers read GET /v1/obligations?actor=", async () => {
    const r = await post(s.keys.admin!, {
      obligationId: A04,
      fulfilledOn: "2026-01-15",
      document: { number: "05-BC/ĐU" }
    })
    expect(r.status).toBe(201)
    expect(r.json.owner).toEqual({ actorId: "A04" })
    const o = await call(s.url, `/v1/obligations?actor=A04&${year}`, { key: s.keys.reviewer! })
    expect(o.status).toBe(200)
    expect(o.json.actorId).toBe("A04")
    expect(o.json.unitId).toBeUndefined()
    expect(o.json.items.map((i: { id: string }) => i.id)).toEqual([
      "hearing/A04/2025-12-31",
      "hearing/A04/2026-03-31",
      "hearing/A04/2026-06-30",
      "hearing/A04/2026-09-30"
    ])
    expect(o.json.items.map((i: { status: { _tag: string } }) => i.status._tag)).toEqual([
      "met",
      "missing",
      "not-yet-due",
      "not-yet-due"
    ])
    expect(o.json.items[0].fulfilment).toMatchObject({ id: r.json.id, document: { number: "05-BC/ĐU" } })
    expect((await call(s.url, `/v1/obligations?actor=A05&${year}`, { key: s.keys.admin! })).json.items).toHaveLength(4)
    const list = await call(s.url, "/v1/fulfilments?actor=A04", { key: s.keys.reviewer! })
    expect(list.json.items.map((i: { id: string }) => i.id)).toEqual([r.json.id])
    expect((await call(s.url, `/v1/fulfilments/${r.json.id}`, { key: s.keys.reviewer! })).status).toBe(200)
    // Units' keys do not read the actors.
    for (const key of [s.keys.province!, s.keys.provinceReviewer!]) {
      isProblem(await call(s.url, `/v1/obligations?actor=A04&${year}`, { key }), 403, "actor-forbidden")
      isProblem(await call(s.url, "/v1/fulfilments?actor=A04", { key }), 403, "actor-forbidden")
      isProblem(await call(s.url, `/v1/fulfilments/${r.json.id}`, { key }), 404, "fulfilment-not-found")
    }
    isProblem(await call(s.url, `/v1/obligations?actor=A99&${year}`, { key: s.keys.reviewer! }), 404, "actor-not-found")
    isProblem(
      await call(s.url, `/v1/obligations?actor=police&${year}`, { key: s.keys.reviewer! }),
      400,
      "request-invalid"
    )
    isProblem(await call(s.url, `/v1/obligations?${year}`, { key: s.keys.reviewer! }), 400, "owner-required")
    isProblem(
      await call(s.url, `/v1/obligations?unit=thads-tay-ninh&actor=A04&${year}`, { key: s.keys.reviewer! }),
      400,
      "owner-required"
    )
    isProblem(
      await call(s.url, `/v1/obligations?actor=A04&subtree=true&${year}`, { key: s.keys.reviewer! }),
      400,
      "subtree-needs-unit"
    )
    isProblem(await call(s.url, "/v1/fulfilments", { key: s.keys.reviewer! }), 400, "owner-required")
  })

  it("another unit's records are not readable; a unit reviewer reads the units below it", async () => {
    isProblem(await call(s.url, `/v1/fulfilments/${first}`, { key: s.keys.region! }), 404, "fulfilment-not-found")
    isProblem(await call(s.url, "/v1/fulfilments/no-such-id", { key: s.keys.reviewer! }), 404, "fulfilment-not-found")
    expect((await call(s.url, "/v1/fulfilments?unit=thads-tay-ninh", { key: s.keys.region! })).json.items).toEqual([])
    expect(
      (await call(s.url, "/v1/fulfilments?unit=thads-tay-ninh", { key: s.keys.provinceReviewer! })).json.items
    ).toHaveLength(2)
    isProblem(await call(s.url, "/v1/fulfilments?unit=atlantis", { key: s.keys.reviewer! }), 404, "unit-not-found")
  })

  it("the typed client of @thads/api records and lists; a refusal decodes into its problem class", async () => {
    const program = Effect.gen(function* () {
      const client = yield* Client.make({ baseUrl: s.url, key: s.keys.province! })
      const created = yield* client.fulfilments.record({
        payload: { obligationId: "hearing/thads-tay-ninh/2026-03-31", fulfilledOn: "2026-04-25" },
        headers: { "idempotency-key": "typed-1" }
      })
      const listed = yield* client.fulfilments.list({ query: { unit: "thads-tay-ninh" } })
      const obligations = yield* client.review.obligations({
        query: { unit: "thads-tay-ninh", from: "2025-10-01", to: "2026-09-30" }
      })
      const refused = yield* Effect.flip(
        client.fulfilments.record({
          payload: { obligationId: "hearing/thads-tay-ninh/2026-03-31", fulfilledOn: "2026-04-26" },
          headers: {}
        })
      )
      return { created, listed, obligations, refused }
    }).pipe(Effect.provide(FetchHttpClient.layer))
    const { created, listed, obligations, refused } = await Effect.runPromise(program)
    expect(created).toMatchObject({ version: 1, fulfilledOn: "2026-04-25", owner: { unitId: "thads-tay-ninh" } })
    expect(listed.items.map((i) => i.id)).toContain(created.id)
    expect(obligations.items.find((i) => i.id === "hearing/thads-tay-ninh/2026-03-31")?.status._tag).toBe("met")
    expect(refused).toBeInstanceOf(Problem.Conflict)
    expect((refused as Problem.Conflict).type).toBe("urn:thads:problem:fulfilment-exists")
    // The extension member decodes with the problem: the current record to name in supersedes.
    expect((refused as Problem.Conflict).currentId).toBe(created.id)
  })

  it("a report's check counts the records: recorded hearings and steering reports are not missing", async () => {
    const r = await call(s.url, "/v1/submissions", {
      key: s.keys.province!,
      body: reportOf("thads-tay-ninh", {
        level: "thads-tinh",
        year: 2026,
        months: 6,
        regime: "tt05-2024",
        preparedAt: "2026-07-06T08:30:00+07:00",
        submittedAt: "2026-07-06T16:00:00+07:00"
      })
    })
    expect(r.status).toBe(201)
    const about = (code: string) =>
      r.json.result.findings
        .filter((f: { code: string }) => f.code === code)
        .map((f: { message: { en: string } }) => f.message.en.slice(0, f.message.en.indexOf(":")))
    // Q1 was recorded on 20/2/2026, after its due date; the steering report and Q2 in time.
    expect(about("obligation-late")).toEqual([Q1])
    expect(about("obligation-missing")).not.toContain("steering-report/bcd-thads-tay-ninh/2026-03-31")
    expect(about("obligation-missing")).not.toContain("hearing/thads-tay-ninh/2026-03-31")
    expect(about("obligation-missing")).not.toContain(Q1)
  })

  it("the audit log has each record and each refusal; the chain verifies", async () => {
    const page = await call(s.url, "/v1/audit?limit=1000", { key: s.keys.admin! })
    const rows = page.json.items as Array<{ action: string; outcome: string; object: string | null }>
    expect(rows.filter((r) => r.action === "fulfilment.create" && r.outcome === "ok")).toHaveLength(5)
    const refusals = new Set(rows.filter((r) => r.action === "fulfilment.create").map((r) => r.outcome))
    for (const slug of [
      "refused:409:idempotency-key-reused",
      "refused:409:fulfilment-exists",
      "refused:409:fulfilment-superseded",
      "refused:422:obligation-unknown",
      "refused:422:obligation-met-by-report",
      "refused:422:fulfilment-date-future",
      "refused:422:fulfilment-date-before-period",
      "refused:403:fulfilment-forbidden"
    ])
      expect(refusals.has(slug), slug).toBe(true)
    expect(rows.some((r) => r.action === "obligations.read" && r.outcome === "refused:403:actor-forbidden")).toBe(true)
    expect(await s.run(Audit.verify)).toMatchObject({ ok: true })
  })
}
