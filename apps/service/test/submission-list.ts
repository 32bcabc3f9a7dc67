/**
 * `GET /v1/submissions` over real HTTP (SQLite and PostgreSQL): pages
 * (`limit=`, `cursor=` the `next` of the page before) that put together are
 * the whole list in its stable order (newest first: receipt time, version,
 * id) — past 1,000 submissions too, where the list used to stop without a
 * sign — for every role, a key that reads few of the rows included; every
 * refusal a problem document.
 */
import { Client, Problem, type Submission } from "@thads/api"
import * as Effect from "effect/Effect"
import * as FetchHttpClient from "effect/http/FetchHttpClient"
import { afterAll, beforeAll, expect, it } from "vitest"
import { call, makeTarget, type Running, reportOf, start } from "./harness.js"
import { isProblem } from "./suite.js"

interface Item {
  readonly id: string
  readonly unitId: string
  readonly year: number
  readonly months: number
  readonly version: number
  readonly current: boolean
  readonly receivedAt: string
}

interface Page {
  readonly items: ReadonlyArray<Item>
  readonly next?: string
}

/** The documented order: receipt time, then version, then id, each newest (largest) first. */
const orderKey = (i: Item) => `${i.receivedAt} ${String(i.version).padStart(10, "0")} ${i.id}`
const inOrder = (items: ReadonlyArray<Item>) =>
  [...items].sort((a, b) => (orderKey(a) < orderKey(b) ? 1 : orderKey(a) > orderKey(b) ? -1 : 0))

export const submissionListSuite = (kind: "sqlite" | "pg") => {
  let s: Running
  let drop: (() => Promise<void>) | undefined
  // The service's clock: each submission is stamped with the time the test sets.
  let now = Date.parse("2023-10-02T09:00:00+07:00")
  const hour = 3_600_000
  const t0 = now

  beforeAll(async () => {
    const t = await makeTarget(kind)
    drop = t.drop
    s = await start(t.target, {
      now: () => now,
      keys: { reviewerSibling: { role: "unit-reviewer", unitId: "chi-cuc-ben-cau" } }
    })
  })
  afterAll(async () => {
    await s?.stop()
    await drop?.()
  })

  /** Submits a report of a unit (the consistent example) with a submitter key of the unit, received at `at`. */
  const submit = async (key: string, unitId: string, months: number, at: number, year = 2023) => {
    now = at
    const r = await call(s.url, "/v1/submissions", { key, body: reportOf(unitId, { year, months }) })
    expect(r.status, `${unitId} ${months}`).toBe(201)
    return r.json.submission as Item
  }

  const list = async (query: string, key = s.keys.reviewer!) => {
    const r = await call(s.url, `/v1/submissions?${query}`, { key })
    expect(r.status, query).toBe(200)
    return r.json as Page
  }

  /** Every page of a query, following `next`; each page at most `limit` long. */
  const walk = async (query: string, limit: number, key = s.keys.reviewer!) => {
    const pages: Array<Page> = []
    let cursor: string | undefined
    for (let n = 0; n < 2000; n++) {
      const page = await list(`${query}&limit=${limit}${cursor === undefined ? "" : `&cursor=${cursor}`}`, key)
      expect(page.items.length).toBeLessThanOrEqual(limit)
      pages.push(page)
      if (page.next === undefined) return pages
      cursor = page.next
    }
    throw new Error(`more than 2,000 pages: ${query}`)
  }

  it("limit= and cursor=: the pages put together are the whole list, in its stable order, for every key", async () => {
    const k = s.keys
    // Three units, two periods, corrections; two submissions of other units in the same millisecond (the order then
    // falls to the version, then the id).
    await submit(k.submitterChild!, "chi-cuc-go-dau", 6, t0)
    await submit(k.submitterSibling!, "chi-cuc-ben-cau", 6, t0 + hour)
    await submit(k.submitterChild!, "chi-cuc-go-dau", 12, t0 + 2 * hour)
    await submit(k.submitterChild!, "chi-cuc-go-dau", 12, t0 + 3 * hour)
    await submit(k.submitterParent!, "cuc-tay-ninh", 12, t0 + 4 * hour)
    await submit(k.submitterSibling!, "chi-cuc-ben-cau", 12, t0 + 4 * hour)
    await submit(k.submitterChild!, "chi-cuc-go-dau", 6, t0 + 4 * hour)
    await submit(k.submitterSibling!, "chi-cuc-ben-cau", 6, t0 + 5 * hour)
    for (const history of ["true", "false"]) {
      for (const filter of ["", "&unit=chi-cuc-go-dau", "&year=2023&months=12"]) {
        const query = `history=${history}${filter}`
        const whole = await list(query)
        expect(whole.next).toBeUndefined()
        expect(whole.items).toEqual(inOrder(whole.items))
        for (const limit of [1, 2, 3]) {
          const pages = await walk(query, limit)
          expect(
            pages.flatMap((p) => p.items),
            `${query} by ${limit}`
          ).toEqual(whole.items)
          expect(pages.length).toBe(Math.max(1, Math.ceil(whole.items.length / limit)))
        }
      }
    }
    const all = await list("history=true")
    expect(all.items).toHaveLength(8)
    expect(all.items.slice(0, 2).map((i) => [i.unitId, i.months, i.version])).toEqual([
      ["chi-cuc-ben-cau", 6, 2],
      ["chi-cuc-go-dau", 6, 2]
    ])
    // Three received in the same millisecond: the higher version first, then by id, the largest first.
    const sameTime = all.items.filter((i) => i.receivedAt === "2023-10-02T13:00:00.000+07:00")
    expect(sameTime).toEqual(all.items.slice(1, 4))
    expect(sameTime.slice(1).map((i) => i.id)).toEqual(
      sameTime
        .slice(1)
        .map((i) => i.id)
        .sort()
        .reverse()
    )
    // Each key's pages are the whole list it may read: a submitter its unit, a unit reviewer its subtree.
    for (const [key, units] of [
      [k.submitterChild!, ["chi-cuc-go-dau"]],
      [k.submitterParent!, ["cuc-tay-ninh"]],
      [k.reviewerChild!, ["chi-cuc-go-dau"]],
      [k.reviewerParent!, ["chi-cuc-go-dau", "chi-cuc-ben-cau", "cuc-tay-ninh"]],
      [k.reviewerUnrelated!, []],
      [k.admin!, ["chi-cuc-go-dau", "chi-cuc-ben-cau", "cuc-tay-ninh"]]
    ] as const) {
      const readable = all.items.filter((i) => (units as ReadonlyArray<string>).includes(i.unitId))
      expect((await list("history=true", key)).items).toEqual(readable)
      expect((await walk("history=true", 1, key)).flatMap((p) => p.items)).toEqual(readable)
    }
    // A submitter asking for another unit: nothing, and no page after.
    expect(await list("unit=chi-cuc-ben-cau&history=true", k.submitterChild!)).toEqual({ items: [] })
  })

  it("the typed client of @thads/api follows next: its pages are the whole list; a bad cursor a BadRequest problem", async () => {
    const program = Effect.gen(function* () {
      const client = yield* Client.make({ baseUrl: s.url, key: s.keys.reviewer! })
      const items: Array<Submission.Summary> = []
      let cursor: string | undefined
      for (let n = 0; n < 100; n++) {
        const page = yield* client.submissions.list({
          query: { history: "true", limit: 3, ...(cursor === undefined ? {} : { cursor }) }
        })
        for (const item of page.items) items.push(item)
        if (page.next === undefined) break
        cursor = page.next
      }
      const refused = yield* Effect.flip(client.submissions.list({ query: { cursor: "not-a-cursor" } }))
      return { items, refused }
    }).pipe(Effect.provide(FetchHttpClient.layer))
    const { items, refused } = await Effect.runPromise(program)
    expect(items.map((i) => i.id)).toEqual((await list("history=true")).items.map((i) => i.id))
    expect(items).toHaveLength(8)
    expect(refused).toBeInstanceOf(Problem.BadRequest)
    expect((refused as Problem.BadRequest).type).toBe("urn:thads:problem:cursor-invalid")
  })

  it("a cursor or limit that is not one is refused as a problem at its pointer", async () => {
    const k = s.keys
    const url = s.url
    const fulfilmentCursor = Buffer.from('["2025-12-31","hearing/A04/2025-12-31",1]').toString("base64url")
    const badVersion = Buffer.from('["2023-10-02T09:00:00.000+07:00",0,"x"]').toString("base64url")
    for (const cursor of ["not-a-cursor", "%5B%5D", fulfilmentCursor, badVersion, "A".repeat(1000)]) {
      const r = await call(url, `/v1/submissions?cursor=${cursor}`, { key: k.reviewer! })
      isProblem(r, 400, "cursor-invalid")
      expect(r.json.errors).toEqual([{ pointer: "/query/cursor", detail: expect.any(String) }])
    }
    for (const limit of ["0", "1001", "ten", "1.5", "-1"]) {
      const r = await call(url, `/v1/submissions?limit=${limit}`, { key: k.reviewer! })
      isProblem(r, 400, "request-invalid")
      expect(r.json.errors.map((e: { pointer: string }) => e.pointer)).toEqual(["/query/limit"])
    }
    const long = await call(url, `/v1/submissions?cursor=${"A".repeat(1001)}`, { key: k.reviewer! })
    isProblem(long, 400, "request-invalid")
    expect(long.json.errors.map((e: { pointer: string }) => e.pointer)).toEqual(["/query/cursor"])
    isProblem(await call(url, "/v1/submissions?limit=2"), 401, "key-required")
  })

  it("past 1,000 submissions: the first page has 1,000 and a next, the rest follow; a sparse reader's pages are bounded", async () => {
    const k = s.keys
    // 1,000 reports of Gò Dầu (the periods of 2024 onwards, a minute apart), then one of Bến Cầu's, the newest.
    for (let i = 0; i < 1000; i++)
      await submit(
        k.submitterChild!,
        "chi-cuc-go-dau",
        (i % 12) + 1,
        t0 + 6 * hour + i * 60_000,
        2024 + Math.floor(i / 12)
      )
    const newest = await submit(k.submitterSibling!, "chi-cuc-ben-cau", 12, t0 + 30 * hour)
    const first = await list("history=true")
    expect(first.items).toHaveLength(1000)
    expect(first.items[0]).toMatchObject({ id: newest.id, current: true })
    expect(typeof first.next).toBe("string")
    const second = await list(`history=true&cursor=${first.next}`)
    expect(second.next).toBeUndefined()
    expect(second.items).toHaveLength(8 + 1001 - 1000)
    const all = [...first.items, ...second.items]
    expect(new Set(all.map((i) => i.id)).size).toBe(all.length)
    expect(all).toEqual(inOrder(all))
    // The same by pages of 1,000 (limit=1000 is the default).
    expect((await walk("history=true", 1000)).flatMap((p) => p.items)).toEqual(all)
    expect(all.filter((i) => i.unitId === "chi-cuc-go-dau" && i.year > 2023)).toHaveLength(1000)
    // Current versions only (the 1,000 and the five current of 2023): past one page too, Bến Cầu's newest first.
    const current = await walk("", 1000)
    expect(current.map((p) => p.items.length)).toEqual([1000, 5])
    expect(current[0]!.items[0]!.id).toBe(newest.id)
    expect(current[1]!.items.map((i) => [i.unitId, i.year, i.months])).toEqual([
      ["chi-cuc-go-dau", 2024, 1],
      ["chi-cuc-ben-cau", 2023, 6],
      ["chi-cuc-go-dau", 2023, 6],
      ["cuc-tay-ninh", 2023, 12],
      ["chi-cuc-go-dau", 2023, 12]
    ])
    // Bến Cầu's unit reviewer may read few rows: a page reads at most ten chunks of limit + 1 rows, so a page can be
    // empty and still have a next; put together, the pages are exactly what it may read.
    const reviewer = k.reviewerSibling!
    const pages = await walk("history=true", 5, reviewer)
    expect(pages.some((p) => p.items.length === 0 && p.next !== undefined)).toBe(true)
    expect(pages.flatMap((p) => p.items)).toEqual(all.filter((i) => i.unitId === "chi-cuc-ben-cau"))
    expect(pages.flatMap((p) => p.items)).toHaveLength(4)
  })
}
