/**
 * The page's source over the real compliance service (`@thads/service/testing`:
 * real HTTP on 127.0.0.1, SQLite in a temporary folder): a record's history
 * is read with `obligation=` and every page of it (`next`), so more than one
 * page of versions (past 1,000) comes back whole, newest first.
 */
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
