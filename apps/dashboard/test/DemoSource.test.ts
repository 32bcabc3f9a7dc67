import { describe, expect, it } from "vitest"
import * as DemoSource from "../src/demo/DemoSource.js"
import * as Source from "../src/Source.js"

describe("DemoSource", () => {
  const store = DemoSource.build()

  it("holds a year of submissions of the province and its units, each checked by core", () => {
    const units = new Set(store.submissions.map((s) => s.summary.unitId))
    expect(units.size).toBe(10)
    expect(store.submissions.length).toBeGreaterThan(100)
    expect(store.submissions.some((s) => s.result.findings.some((f) => f.code === "identity-violated"))).toBe(true)
    expect(store.submissions.some((s) => s.summary.version === 2)).toBe(true)
    expect(store.submissions.some((s) => s.result.findings.some((f) => f.code.startsWith("rollup-")))).toBe(true)
  })

  it("tracks every status of the obligations", () => {
    const tags = new Set(store.tracked.map((t) => t.status._tag))
    expect([...tags].sort()).toEqual(["met", "met-late", "missing", "not-yet-due"])
  })

  it("answers a submitter with its own unit only", async () => {
    const source = DemoSource.make({ role: "submitter", unitId: "chi-cuc-go-dau" })
    const list = await source.submissions({})
    expect(list.length).toBeGreaterThan(0)
    expect(new Set(list.map((s) => s.unitId))).toEqual(new Set(["chi-cuc-go-dau"]))
    expect((await source.units()).map((u) => u.id)).toEqual(["chi-cuc-go-dau"])
    await expect(source.kpis("chi-cuc-ben-cau", 2024)).rejects.toThrow(/403/)
    const other = store.submissions.find((s) => s.summary.unitId !== "chi-cuc-go-dau")!
    await expect(source.submission(other.summary.id)).rejects.toThrow(/404/)
  })

  it("lists submissions as the service does: those the key may read on each period's end, newest first", async () => {
    const reviewer = await DemoSource.make({ role: "reviewer", unitId: "cuc-tay-ninh" }).submissions({})
    expect(reviewer).toHaveLength(store.submissions.length)
    // The service's order: receipt time, then version, then id, each descending (so the store's order reversed).
    expect(reviewer.map((s) => s.id)).toEqual([...reviewer].sort(Source.newestFirst).map((s) => s.id))
    expect(reviewer.map((s) => s.id)).not.toEqual(store.submissions.map((s) => s.summary.id))
    for (let i = 1; i < reviewer.length; i++)
      expect(reviewer[i - 1]!.receivedAt >= reviewer[i]!.receivedAt, reviewer[i]!.id).toBe(true)
    const child = await DemoSource.make({ role: "unit-reviewer", unitId: "chi-cuc-go-dau" }).submissions({ year: 2024 })
    expect(child.map((s) => s.id)).toEqual(reviewer.filter((s) => s.unitId === "chi-cuc-go-dau").map((s) => s.id))
    const june = await DemoSource.make({ role: "submitter", unitId: "chi-cuc-go-dau" }).submissions({ months: 6 })
    expect(june.map((s) => s.id)).toEqual(child.filter((s) => s.period.months === 6).map((s) => s.id))
  })

  it("answers a unit-reviewer with its subtree and a reviewer with everything", async () => {
    const unitReviewer = DemoSource.make({ role: "unit-reviewer", unitId: "cuc-tay-ninh" })
    expect((await unitReviewer.units()).length).toBe(10)
    const reviewer = DemoSource.make({ role: "reviewer", unitId: "cuc-tay-ninh" })
    const rollup = await reviewer.rollup("cuc-tay-ninh", { year: 2024, months: 6 })
    expect(rollup.included.length + rollup.missing.length).toBe(9)
  })

  describe("recording a fulfilment, as the service does", () => {
    const from = "2023-10-01"
    const to = "2024-09-30"
    /** A unit's hearing that is overdue and not recorded, and a source signed in as that unit's submitter. */
    const overdue = async () => {
      const all = await DemoSource.make({ role: "reviewer", unitId: "cuc-tay-ninh" }).obligations(
        "cuc-tay-ninh",
        from,
        to
      )
      const open = all.find(
        (t) =>
          t.obligation.kind === "hearing" &&
          t.obligation.owner.unitId !== undefined &&
          t.fulfilment === undefined &&
          t.status._tag === "missing"
      )!
      const unit = open.obligation.owner.unitId!
      return { open, unit, source: DemoSource.make({ role: "submitter", unitId: unit }) }
    }

    it("a unit's submitter records its hearing: met with the record; the same key answers the same record", async () => {
      const { open, unit, source } = await overdue()
      const held = { obligationId: open.obligation.id, fulfilledOn: open.obligation.due, document: { number: "3/BB" } }
      const record = await source.record(held, "k1")
      expect(record).toMatchObject({ obligationId: open.obligation.id, version: 1, supersedes: null })
      expect(await source.record(held, "k1")).toEqual(record)
      await expect(source.record({ ...held, note: "other" }, "k1")).rejects.toMatchObject({
        status: 409,
        problem: "idempotency-key-reused"
      })
      const now = (await source.obligations(unit, from, to)).find((t) => t.obligation.id === open.obligation.id)!
      expect(now.status).toEqual({ _tag: "met", submittedOn: open.obligation.due })
      expect(now.fulfilment).toEqual({ id: record.id, fulfilledOn: open.obligation.due, document: { number: "3/BB" } })
      // Another source starts from the store again: records are kept per source.
      const fresh = DemoSource.make({ role: "submitter", unitId: unit })
      expect(
        (await fresh.obligations(unit, from, to)).find((t) => t.obligation.id === open.obligation.id)?.fulfilment
      ).toBeUndefined()
    })

    it("a second record must name the current one; the correction's date counts", async () => {
      const { open, unit, source } = await overdue()
      const held = { obligationId: open.obligation.id, fulfilledOn: open.obligation.due }
      const first = await source.record(held, "a")
      await expect(source.record({ ...held, fulfilledOn: open.obligation.period.end }, "b")).rejects.toMatchObject({
        status: 409,
        problem: "fulfilment-exists"
      })
      const second = await source.record({ ...held, fulfilledOn: "2024-10-07", supersedes: first.id }, "c")
      expect(second).toMatchObject({ version: 2, supersedes: first.id })
      await expect(source.record({ ...held, supersedes: first.id }, "d")).rejects.toMatchObject({
        status: 409,
        problem: "fulfilment-superseded"
      })
      const now = (await source.obligations(unit, from, to)).find((t) => t.obligation.id === open.obligation.id)!
      expect(now.status._tag).toBe("met-late")
      expect(now.fulfilment?.id).toBe(second.id)
    })

    it("keeps every version: after a correction the history has both, newest first, the correction current", async () => {
      const { open, unit, source } = await overdue()
      const held = { obligationId: open.obligation.id, fulfilledOn: open.obligation.due, document: { number: "3/BB" } }
      expect(await source.history(open.obligation)).toEqual([])
      const first = await source.record(held, "a")
      const second = await source.record(
        { ...held, fulfilledOn: "2024-10-07", note: "Sửa ngày họp", supersedes: first.id },
        "b"
      )
      const history = await source.history(open.obligation)
      expect(history.map((v) => [v.id, v.version, v.current, v.supersedes])).toEqual([
        [second.id, 2, true, first.id],
        [first.id, 1, false, null]
      ])
      expect(history[0]).toMatchObject({ fulfilledOn: "2024-10-07", note: "Sửa ngày họp", keyId: `demo-${unit}` })
      expect(history[1]).toMatchObject({ fulfilledOn: open.obligation.due, document: { number: "3/BB" } })
      expect(history[0]!.recordedAt > history[1]!.recordedAt).toBe(true)
      expect((await source.me()).keyId).toBe(`demo-${unit}`)
      // The obligation's record is the current version.
      const now = (await source.obligations(unit, from, to)).find((t) => t.obligation.id === open.obligation.id)!
      expect(now.fulfilment?.id).toBe(second.id)
    })

    it("reads the history as the service: a unit's for the keys that read the unit, the actors' for reviewer and admin", async () => {
      const reviewer = DemoSource.make({ role: "reviewer", unitId: "cuc-tay-ninh" })
      const done = (await reviewer.obligations("cuc-tay-ninh", from, to)).find(
        (t) => t.fulfilment !== undefined && t.obligation.owner.unitId !== "chi-cuc-go-dau"
      )!
      const owner = done.obligation.owner.unitId!
      expect((await reviewer.history(done.obligation)).map((v) => [v.id, v.current, v.keyId])).toEqual([
        [done.fulfilment!.id, true, `demo-${owner}`]
      ])
      expect(await DemoSource.make({ role: "unit-reviewer", unitId: "cuc-tay-ninh" }).history(done.obligation)).toEqual(
        await reviewer.history(done.obligation)
      )
      // Another unit's submitter: none (the service filters a unit's records to those the key may read).
      expect(await DemoSource.make({ role: "submitter", unitId: "chi-cuc-go-dau" }).history(done.obligation)).toEqual(
        []
      )
      const actor = (await reviewer.actorObligations(from, to)).find((t) => t.fulfilment !== undefined)!
      expect((await reviewer.history(actor.obligation)).map((v) => [v.version, v.keyId])).toEqual([[1, "demo-admin"]])
      for (const me of [
        { role: "unit-reviewer", unitId: "cuc-tay-ninh" },
        { role: "submitter", unitId: "chi-cuc-go-dau" }
      ] as const)
        await expect(DemoSource.make(me).history(actor.obligation)).rejects.toMatchObject({
          status: 403,
          problem: "actor-forbidden"
        })
      await expect(reviewer.history({ id: "hearing/A99/2023-12-31", owner: { actorId: "A99" } })).rejects.toMatchObject(
        { status: 404, problem: "actor-not-found" }
      )
      await expect(
        reviewer.history({ id: "hearing/nowhere/2023-12-31", owner: { unitId: "nowhere" } })
      ).rejects.toMatchObject({ status: 404, problem: "unit-not-found" })
    })

    it("refuses as the service: another unit's, a report, a date in the future or before the period", async () => {
      const { open, unit, source } = await overdue()
      const refused = (obligationId: string, fulfilledOn: string) =>
        source.record({ obligationId, fulfilledOn }, `${obligationId}|${fulfilledOn}`).then(
          () => undefined,
          (e) => [e.status, e.problem]
        )
      const other = unit === "chi-cuc-ben-cau" ? "chi-cuc-go-dau" : "chi-cuc-ben-cau"
      expect(await refused(`hearing/${other}/2023-12-31`, "2024-01-10")).toEqual([403, "fulfilment-forbidden"])
      expect(await refused("hearing/A04/2023-12-31", "2024-01-10")).toEqual([403, "fulfilment-forbidden"])
      expect(await refused(`statistical-report/${unit}/2023-10-31`, "2023-11-05")).toEqual([
        422,
        "obligation-met-by-report"
      ])
      expect(await refused(`hearing/${unit}/2023-12-30`, "2024-01-10")).toEqual([422, "obligation-unknown"])
      expect(await refused(open.obligation.id, "2024-10-08")).toEqual([422, "fulfilment-date-future"])
      expect(await refused(open.obligation.id, "2023-09-30")).toEqual([422, "fulfilment-date-before-period"])
      const reviewer = DemoSource.make({ role: "reviewer", unitId: "cuc-tay-ninh" })
      await expect(
        reviewer.record({ obligationId: open.obligation.id, fulfilledOn: "2024-10-01" }, "r")
      ).rejects.toMatchObject({ status: 403, problem: "fulfilment-forbidden" })
    })

    it("the directive actors' obligations: read by reviewer and admin keys, recorded by an admin key", async () => {
      const admin = DemoSource.make({ role: "admin", unitId: "cuc-tay-ninh" })
      const actors = await admin.actorObligations(from, to)
      expect(actors).toHaveLength(12)
      expect(new Set(actors.map((t) => t.status._tag))).toEqual(new Set(["met", "met-late", "missing", "not-yet-due"]))
      const missing = actors.find((t) => t.status._tag === "missing")!
      const record = await admin.record({ obligationId: missing.obligation.id, fulfilledOn: "2024-10-01" }, "x")
      const after = (await admin.actorObligations(from, to)).find((t) => t.obligation.id === missing.obligation.id)!
      expect(after.status._tag).toBe("met-late")
      expect(after.fulfilment?.id).toBe(record.id)
      await expect(
        admin.record({ obligationId: "hearing/cuc-tay-ninh/2023-12-31", fulfilledOn: "2024-01-10" }, "y")
      ).rejects.toMatchObject({ status: 403, problem: "fulfilment-forbidden" })
      expect(
        await DemoSource.make({ role: "reviewer", unitId: "cuc-tay-ninh" }).actorObligations(from, to)
      ).toHaveLength(12)
    })
  })
})
