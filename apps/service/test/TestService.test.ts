/**
 * The public testing entry (`@thads/service/testing`): a real service on a
 * free port with SQLite in a temporary folder, removed by `stop`; the clock
 * the test sets is the one receipts are stamped with; the keys it issues
 * authenticate; a database it is given outlives it.
 */
import { existsSync } from "node:fs"
import * as Effect from "effect/Effect"
import * as SqlClient from "effect/sql/SqlClient"
import { describe, expect, it } from "vitest"
import { TestService } from "../src/testing.js"
import { call, makeTarget, reportOf } from "./harness.js"

const sqliteFile = (database: string) => database.replace(/^sqlite:/, "")

describe("TestService.start", () => {
  it("serves on 127.0.0.1 from a migrated temporary SQLite file, stamps receipts with the given clock, and cleans up", async () => {
    let now = Date.parse("2022-04-07T09:30:00+07:00")
    const service = await TestService.start({
      now: () => now,
      keys: { child: { role: "submitter", unitId: "chi-cuc-go-dau" } }
    })
    expect(service.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/)
    const ready = await call(service.url, "/readyz")
    expect(ready.status).toBe(200)
    expect(ready.json.migrations).toBeGreaterThan(0)
    const file = sqliteFile(ready.json.database)
    expect(existsSync(file)).toBe(true)

    const first = await call(service.url, "/v1/submissions", {
      key: service.keys.child!,
      body: reportOf("chi-cuc-go-dau")
    })
    expect(first.status).toBe(201)
    expect(first.json.submission.receivedAt).toBe("2022-04-07T09:30:00.000+07:00")
    now = Date.parse("2022-04-08T16:00:00+07:00") // the test moves the service's clock
    const second = await call(service.url, "/v1/submissions", {
      key: service.keys.child!,
      body: reportOf("chi-cuc-go-dau")
    })
    expect(second.json.submission.receivedAt).toBe("2022-04-08T16:00:00.000+07:00")
    expect(second.json.submission.version).toBe(2)

    // A key issued later, of another role, authenticates; a made-up one does not.
    const reviewer = await service.issueKey({ role: "reviewer", unitId: null })
    expect((await call(service.url, "/v1/me", { key: reviewer })).json).toMatchObject({
      role: "reviewer",
      unitId: null
    })
    expect((await call(service.url, "/v1/me", { key: "thads_nope_nope" })).status).toBe(401)

    await service.stop()
    expect(existsSync(file)).toBe(false)
    await expect(fetch(`${service.url}/healthz`)).rejects.toThrow()
    await service.stop() // twice is harmless
  })

  it("without `now`, the real clock; a database it is given is left in place for the next start", async () => {
    const t = await makeTarget("sqlite")
    try {
      const before = Date.now()
      const a = await TestService.start({
        database: t.target,
        keys: { parent: { role: "submitter", unitId: "cuc-tay-ninh" } }
      })
      const created = await call(a.url, "/v1/submissions", { key: a.keys.parent!, body: reportOf("cuc-tay-ninh") })
      expect(created.status).toBe(201)
      expect(Date.parse(created.json.submission.receivedAt)).toBeGreaterThanOrEqual(before - 1000)
      await a.stop()

      const b = await TestService.start({ database: t.target })
      const count = await b.run(
        Effect.gen(function* () {
          const sql = yield* SqlClient.SqlClient
          return yield* sql<{ n: number }>`SELECT COUNT(*) AS n FROM submissions`
        })
      )
      expect(Number(count[0]!.n)).toBe(1)
      await b.stop()
    } finally {
      await t.drop()
    }
  })
})
