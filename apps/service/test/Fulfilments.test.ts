/**
 * `Fulfilments.page` on the embedded store: when the key may read only some
 * of the rows (a unit's records are filtered on each period's end), a page
 * reads on past the first `limit + 1` rows, at most ten times, and its
 * `next` continues where the reading stopped — so the pages put together
 * are exactly the records the key may read, in order, even when a page
 * holds fewer than `limit` (or none).
 */
import { Obligation, Organization } from "@thads/core"
import * as Effect from "effect/Effect"
import { describe, expect, it } from "vitest"
import * as Database from "../src/Database.js"
import * as Fulfilments from "../src/Fulfilments.js"

const caller = { _tag: "key", keyId: "b1b2c3d4e5f6", role: "admin", unitId: null } as const

/** `versions` records of an actor's obligation: the first, then corrections naming the one before. */
const recordVersions = (obligationId: string, versions: number) =>
  Effect.gen(function* () {
    const obligation = Obligation.byId(obligationId, { organization: Organization.tayNinh })!
    let supersedes: string | undefined
    for (let v = 1; v <= versions; v++) {
      const request = { obligationId, fulfilledOn: "2026-07-01", ...(supersedes === undefined ? {} : { supersedes }) }
      const made = yield* Fulfilments.record({ request, obligation, caller, idempotencyKey: undefined, requestId: "t" })
      if (made._tag !== "Created") return yield* Effect.die(made.refusal.detail)
      supersedes = made.record.id
    }
  })

type Readable = (r: { readonly obligationId: string; readonly version: number }) => boolean

const walk = (readable: Readable, limit: number) =>
  Effect.gen(function* () {
    const pages: Array<ReadonlyArray<{ readonly id: string }>> = []
    let after: Fulfilments.Position | undefined
    for (let n = 0; n < 200; n++) {
      const page = yield* Fulfilments.page({ owner: { actorId: "A04" }, history: true, limit, after, readable })
      pages.push(page.items)
      if (page.next === undefined) return pages
      after = Fulfilments.decodeCursor(page.next)
      if (after === undefined) return yield* Effect.die("a next that does not decode")
    }
    return yield* Effect.die("more than 200 pages")
  })

describe("Fulfilments.page", () => {
  it("pages of the records a key may read put together are those records, in order", async () => {
    const program = Effect.gen(function* () {
      yield* Database.migrate
      // 30 versions of the first quarter's hearing, then 4 of the second's: 34 rows in the list's order.
      yield* recordVersions("hearing/A04/2025-12-31", 30)
      yield* recordVersions("hearing/A04/2026-03-31", 4)
      const all = yield* Fulfilments.list({ owner: { actorId: "A04" }, history: true, limit: 1000 })
      const cases: ReadonlyArray<readonly [string, Readable]> = [
        ["every record", () => true],
        ["none", () => false],
        // Only the rows past the first chunks: the first pages read 10 × (limit + 1) rows and find none.
        ["only the second quarter's", (r) => r.obligationId === "hearing/A04/2026-03-31"],
        [
          "every seventh version, and the second quarter's",
          (r) => r.version % 7 === 0 || r.obligationId.endsWith("03-31")
        ]
      ]
      const out: Array<{ name: string; limit: number; expected: Array<string>; pages: Array<Array<string>> }> = []
      for (const [name, readable] of cases)
        for (const limit of [1, 2, 5, 1000]) {
          const pages = (yield* walk(readable, limit)).map((p) => p.map((r) => r.id))
          out.push({ name, limit, expected: all.filter(readable).map((r) => r.id), pages })
        }
      return { all, out }
    })
    const { all, out } = await Effect.runPromise(
      Effect.provide(program, Database.layer({ _tag: "sqlite", file: ":memory:" }))
    )
    expect(all).toHaveLength(34)
    for (const { name, limit, expected, pages } of out) {
      expect(pages.flat(), `${name}, by ${limit}`).toEqual(expected)
      for (const p of pages) expect(p.length).toBeLessThanOrEqual(limit)
    }
    // Where the first readable rows lie past ten reads of limit + 1 rows, the first page is empty and has a next.
    const late = out.find((o) => o.name === "only the second quarter's" && o.limit === 1)!
    expect(late.pages[0]).toEqual([])
    expect(late.pages.flat()).toHaveLength(4)
    // Nothing readable: one read to the end, one empty page without a next.
    expect(out.find((o) => o.name === "none" && o.limit === 1000)!.pages).toEqual([[]])
  })
})
