/**
 * The page's source over the real compliance service (`@thads/service/testing`:
 * real HTTP on 127.0.0.1, SQLite in a temporary folder): a record's history
 * is read with `obligation=` and every page of it (`next`), so more than one
 * page of versions (past 1,000) comes back whole, newest first; the
 * submissions and the years are read from every page of
 * `GET /v1/submissions`, so a list past 1,000 is not cut either.
 */
import { readFileSync } from "node:fs"
import { TestService } from "@thads/service/testing"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import * as ApiSource from "../src/ApiSource.js"

describe("ApiSource on the real service", () => {
  let service: TestService.Running
  const hearing = { id: "hearing/A04/2024-03-31", owner: { actorId: "A04" } }
  const other = { id: "hearing/A04/2024-06-30", owner: { actorId: "A04" } }

  beforeAll(async () => {
    service = await TestService.start({
      now: () => Date.parse("2024-10-07T10:00:00+07:00"),
      keys: { admin: { role: "admin", unitId: null } }
    })
  })
  afterAll(async () => {
    await service?.stop()
  })

  /** Records `versions` versions of an obligation (the first, then corrections); the ids, first to last. */
  const record = async (obligationId: string, versions: number) => {
    const ids: Array<string> = []
    for (let v = 1; v <= versions; v++) {
      const res = await fetch(`${service.url}/v1/fulfilments`, {
        method: "POST",
        headers: { authorization: `Bearer ${service.keys.admin}`, "content-type": "application/json" },
        body: JSON.stringify({
          obligationId,
          fulfilledOn: "2024-07-01",
          ...(ids.length === 0 ? {} : { supersedes: ids.at(-1) })
        })
      })
      expect(res.status, await res.clone().text()).toBe(201)
      ids.push(((await res.json()) as { id: string }).id)
    }
    return ids
  }

  it("reads every version of one obligation's record, past one page", async () => {
    const ids = await record(hearing.id, 1002)
    await record(other.id, 2)
    const source = await ApiSource.make(service.keys.admin!, `${service.url}/`)
    const history = await source.history(hearing)
    expect(history).toHaveLength(1002)
    expect(history.map((v) => v.id)).toEqual([...ids].reverse())
    expect(history[0]).toMatchObject({ version: 1002, current: true })
    expect(history.filter((v) => v.current)).toHaveLength(1)
    expect((await source.history(other)).map((v) => v.version)).toEqual([2, 1])
    expect(await source.history({ id: "hearing/A04/2024-09-30", owner: { actorId: "A04" } })).toEqual([])
  })
})

describe("ApiSource's submissions on the real service", () => {
  let service: TestService.Running
  let now = Date.parse("2024-04-02T09:00:00+07:00")
  const minute = 60_000

  beforeAll(async () => {
    service = await TestService.start({
      now: () => now,
      keys: {
        goDau: { role: "submitter", unitId: "chi-cuc-go-dau" },
        benCau: { role: "submitter", unitId: "chi-cuc-ben-cau" },
        reviewer: { role: "reviewer", unitId: null }
      }
    })
  })
  afterAll(async () => {
    await service?.stop()
  })

  const example = JSON.parse(
    readFileSync(new URL("../../../examples/report-consistent.json", import.meta.url), "utf8")
  ) as { header: Record<string, unknown> }

  /** Submits a unit's report of a period (the consistent example with another header) with the unit's key. */
  const submit = async (key: string, unitId: string, year: number, months: number) => {
    now += minute
    const header = { ...example.header, unitId, unitName: unitId, level: "chi-cuc", year, months }
    const res = await fetch(`${service.url}/v1/submissions`, {
      method: "POST",
      headers: { authorization: `Bearer ${key}`, "content-type": "application/json" },
      body: JSON.stringify({ ...example, header })
    })
    expect(res.status, await res.clone().text()).toBe(201)
    return ((await res.json()) as { submission: { id: string } }).submission.id
  }

  it("reads every submission and every year, past one page, newest first", async () => {
    const keys = service.keys
    // The first received is the only one of 2023 and has a second version: a list cut at 1,000 would lose it.
    const oldest = [
      await submit(keys.goDau!, "chi-cuc-go-dau", 2023, 12),
      await submit(keys.goDau!, "chi-cuc-go-dau", 2023, 12)
    ]
    const ids: Array<string> = [...oldest]
    // 1,000 more of two units, the periods of 2024 onwards.
    for (let i = 0; i < 500; i++)
      for (const [key, unit] of [
        [keys.goDau!, "chi-cuc-go-dau"],
        [keys.benCau!, "chi-cuc-ben-cau"]
      ] as const)
        ids.push(await submit(key, unit, 2024 + Math.floor(i / 12), (i % 12) + 1))
    const source = await ApiSource.make(keys.reviewer!, `${service.url}/`)
    const all = await source.submissions({})
    expect(all).toHaveLength(1002)
    expect(all.map((s) => s.id)).toEqual([...ids].reverse())
    expect(all.slice(-2).map((s) => [s.period.year, s.version, s.superseded])).toEqual([
      [2023, 2, false],
      [2023, 1, true]
    ])
    expect((await source.submissions({ unit: "chi-cuc-ben-cau" })).map((s) => s.id)).toEqual(
      all.filter((s) => s.unitId === "chi-cuc-ben-cau").map((s) => s.id)
    )
    expect((await source.submissions({ year: 2023 })).map((s) => s.id)).toEqual([...oldest].reverse())
    // The years: from every page of the current versions (2023 is on the second).
    const years = await source.years()
    expect(years[0]).toBe(2024 + Math.floor(499 / 12))
    expect(years).toContain(2023)
    for (const year of new Set(all.map((s) => s.period.year))) expect(years).toContain(year)
  })
})
