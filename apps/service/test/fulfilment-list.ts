/**
 * `GET /v1/fulfilments` over real HTTP (SQLite and PostgreSQL): one
 * obligation's records (`obligation=`), and pages (`limit=`, `cursor=` the
 * `next` of the page before) that put together are the whole list in its
 * stable order — past 1,000 records too, where a list used to stop without
 * a sign.
 */
import { expect, it } from "vitest"
import { call, type Running } from "./harness.js"
import { A04, Q1, serviceForSuite } from "./fulfilments.js"
import { isProblem } from "./suite.js"

const Q2 = "hearing/thads-tay-ninh/2026-03-31"
const Q3 = "hearing/thads-tay-ninh/2026-06-30"
const steering = "steering-report/bcd-thads-tay-ninh/2026-03-31"

interface Item {
  readonly id: string
  readonly obligationId: string
  readonly periodEnd: string
  readonly version: number
  readonly current: boolean
}

export const fulfilmentListSuite = (kind: "sqlite" | "pg") => {
  let s: Running
  // "Today" is 15 July 2026 in Vietnam.
  serviceForSuite(kind, (running) => {
    s = running
  })

  /** Records an obligation `versions` times (the first, then corrections naming the one before); the last id. */
  const recordVersions = async (key: string, obligationId: string, versions: number, fulfilledOn = "2026-07-01") => {
    let current: string | undefined
    for (let v = 1; v <= versions; v++) {
      const r = await call(s.url, "/v1/fulfilments", {
        key,
        body: JSON.stringify({ obligationId, fulfilledOn, ...(current === undefined ? {} : { supersedes: current }) })
      })
      expect(r.status, `${obligationId} version ${v}`).toBe(201)
      current = r.json.id as string
    }
    return current!
  }

  const list = async (query: string, key = s.keys.reviewer!) => {
    const r = await call(s.url, `/v1/fulfilments?${query}`, { key })
    expect(r.status, query).toBe(200)
    return r.json as { items: ReadonlyArray<Item>; next?: string }
  }

  /** Every page of a query, following `next`; each page at most `limit` long. */
  const walk = async (query: string, limit: number, key = s.keys.reviewer!) => {
    const pages: Array<ReadonlyArray<Item>> = []
    let cursor: string | undefined
    for (let n = 0; n < 100; n++) {
      const page = await list(`${query}&limit=${limit}${cursor === undefined ? "" : `&cursor=${cursor}`}`, key)
      expect(page.items.length).toBeLessThanOrEqual(limit)
      pages.push(page.items)
      if (page.next === undefined) return pages
      cursor = page.next
    }
    throw new Error(`more than 100 pages: ${query}`)
  }

  /** The documented order: period end, then obligation id, then version newest first. */
  const inOrder = (items: ReadonlyArray<Item>) =>
    [...items].sort((a, b) =>
      a.periodEnd !== b.periodEnd
        ? a.periodEnd < b.periodEnd
          ? -1
          : 1
        : a.obligationId !== b.obligationId
          ? a.obligationId < b.obligationId
            ? -1
            : 1
          : b.version - a.version
    )

  it("obligation= lists one obligation's records, with or without its owner; every refusal a problem", async () => {
    await recordVersions(s.keys.province!, Q1, 3, "2026-01-20")
    await recordVersions(s.keys.province!, Q2, 1, "2026-04-20")
    await recordVersions(s.keys.province!, steering, 2, "2026-04-25")
    await recordVersions(s.keys.admin!, A04, 1, "2026-01-15")
    const versions = (items: ReadonlyArray<Item>) => items.map((i) => [i.obligationId, i.version, i.current])
    const q1 = [
      [Q1, 3, true],
      [Q1, 2, false],
      [Q1, 1, false]
    ]
    for (const key of [s.keys.province!, s.keys.provinceReviewer!, s.keys.reviewer!, s.keys.admin!]) {
      const alone = await list(`obligation=${Q1}&history=true`, key)
      expect(versions(alone.items)).toEqual(q1)
      expect(alone.next).toBeUndefined()
      expect(versions((await list(`unit=thads-tay-ninh&obligation=${Q1}&history=true`, key)).items)).toEqual(q1)
      expect(versions((await list(`obligation=${Q1}`, key)).items)).toEqual([[Q1, 3, true]])
    }
    // Another unit's key reads none of them, as with unit=.
    expect((await list(`obligation=${Q1}&history=true`, s.keys.region!)).items).toEqual([])
    expect(versions((await list(`obligation=${steering}&history=true`)).items)).toEqual([
      [steering, 2, true],
      [steering, 1, false]
    ])
    // A directive actor's: reviewer and admin keys, as with actor=.
    expect(versions((await list(`obligation=${A04}`)).items)).toEqual([[A04, 1, true]])
    expect(versions((await list(`actor=A04&obligation=${A04}`, s.keys.admin!)).items)).toEqual([[A04, 1, true]])
    isProblem(await call(s.url, `/v1/fulfilments?obligation=${A04}`, { key: s.keys.province! }), 403, "actor-forbidden")
    // An obligation with no record yet, and one the service does not generate.
    expect((await list(`obligation=${Q3}&history=true`)).items).toEqual([])
    const unknown = await call(s.url, "/v1/fulfilments?obligation=hearing/thads-tay-ninh/2025-12-30", {
      key: s.keys.reviewer!
    })
    isProblem(unknown, 404, "obligation-not-found")
    expect(unknown.json.errors).toEqual([{ pointer: "/query/obligation", detail: expect.any(String) }])
    // The owner given beside it must be the obligation's.
    for (const owner of ["unit=phong-kv-1-tay-ninh", "actor=A04"]) {
      const r = await call(s.url, `/v1/fulfilments?${owner}&obligation=${Q1}`, { key: s.keys.reviewer! })
      isProblem(r, 400, "obligation-owner-mismatch")
      expect(r.json.errors[0].pointer).toBe(`/query/${owner.slice(0, owner.indexOf("="))}`)
    }
    isProblem(
      await call(s.url, `/v1/fulfilments?unit=thads-tay-ninh&actor=A04&obligation=${Q1}`, { key: s.keys.reviewer! }),
      400,
      "owner-required"
    )
    // Not an id at all: the contract's bounds, at the parameter's pointer.
    for (const bad of ["", "h".repeat(301)]) {
      const r = await call(s.url, `/v1/fulfilments?obligation=${bad}`, { key: s.keys.reviewer! })
      isProblem(r, 400, "request-invalid")
      expect(r.json.errors.map((e: { pointer: string }) => e.pointer)).toEqual(["/query/obligation"])
    }
  })

  it("limit= and cursor=: the pages put together are the whole list, in its stable order", async () => {
    for (const [owner, history] of [
      ["unit=thads-tay-ninh", "true"],
      ["unit=thads-tay-ninh", "false"],
      [`obligation=${Q1}`, "true"]
    ] as const) {
      const query = `${owner}&history=${history}`
      const whole = await list(query)
      expect(whole.next).toBeUndefined()
      expect(whole.items).toEqual(inOrder(whole.items))
      for (const limit of [1, 2, 3]) {
        const pages = await walk(query, limit)
        expect(pages.flat(), `${query} by ${limit}`).toEqual(whole.items)
        expect(pages.length).toBe(Math.max(1, Math.ceil(whole.items.length / limit)))
      }
    }
    // A unit reviewer's pages are those its key may read (here all of them), put together the same way.
    expect(
      (await walk("unit=thads-tay-ninh&history=true", 2, s.keys.provinceReviewer!)).flat().map((i) => i.id)
    ).toEqual((await list("unit=thads-tay-ninh&history=true")).items.map((i) => i.id))
    // Another unit's key: no records, and no page after.
    expect(await list("unit=thads-tay-ninh&history=true&limit=1", s.keys.region!)).toEqual({ items: [] })
  })

  it("a cursor or limit that is not one is refused as a problem at its pointer", async () => {
    for (const cursor of ["not-a-cursor", "%5B%5D", Buffer.from('["2026-01-01","x",0]').toString("base64url")]) {
      const r = await call(s.url, `/v1/fulfilments?unit=thads-tay-ninh&cursor=${cursor}`, { key: s.keys.reviewer! })
      isProblem(r, 400, "cursor-invalid")
      expect(r.json.errors).toEqual([{ pointer: "/query/cursor", detail: expect.any(String) }])
    }
    for (const limit of ["0", "1001", "ten", "1.5"]) {
      const r = await call(s.url, `/v1/fulfilments?unit=thads-tay-ninh&limit=${limit}`, { key: s.keys.reviewer! })
      isProblem(r, 400, "request-invalid")
      expect(r.json.errors.map((e: { pointer: string }) => e.pointer)).toEqual(["/query/limit"])
    }
  })

  it("past 1,000 records: the first page has 1,000 and a next, the next page the rest (the newest included)", async () => {
    // 1,003 versions of Q3, the unit's latest period: the old list (oldest period first, cut at 1,000) lost its newest.
    const newest = await recordVersions(s.keys.province!, Q3, 1003)
    const first = await list(`obligation=${Q3}&history=true`)
    expect(first.items).toHaveLength(1000)
    expect(first.items[0]).toMatchObject({ id: newest, version: 1003, current: true })
    expect(typeof first.next).toBe("string")
    const second = await list(`obligation=${Q3}&history=true&cursor=${first.next}`)
    expect(second.next).toBeUndefined()
    expect(second.items.map((i) => i.version)).toEqual([3, 2, 1])
    // The unit's whole history: every record once, in order, the newest period last.
    const pages = await walk("unit=thads-tay-ninh&history=true", 1000)
    expect(pages.map((p) => p.length)).toEqual([1000, 3 + 1 + 2 + 1003 - 1000])
    const all = pages.flat()
    expect(new Set(all.map((i) => i.id)).size).toBe(all.length)
    expect(all).toEqual(inOrder(all))
    expect(all.filter((i) => i.obligationId === Q3)).toHaveLength(1003)
    // Without a limit, the default page is the most (1,000); current versions only fit in one page.
    expect((await list("unit=thads-tay-ninh&history=true")).items).toEqual(pages[0])
    const current = await list("unit=thads-tay-ninh")
    expect(current.next).toBeUndefined()
    expect(current.items.map((i) => [i.obligationId, i.version])).toEqual([
      [Q1, 3],
      [Q2, 1],
      [steering, 2],
      [Q3, 1003]
    ])
  })
}
