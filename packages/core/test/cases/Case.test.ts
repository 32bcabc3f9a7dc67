import { describe, expect, it } from "vitest"
import * as Case from "../../src/cases/Case.js"
import { makeCase } from "./fixtures.js"

const json = (x: unknown) => JSON.parse(JSON.stringify(x))

describe("Case.decode", () => {
  it("accepts a consistent case", () => {
    const c = makeCase([
      { type: "verification", date: "2024-02-01" as never, facts: { noAssets: true } },
      { type: "payment", date: "2024-02-10" as never, amount: 40_000_000 },
      { type: "postponement", date: "2024-03-01" as never, clause: 1, point: "c", until: "2024-06-01" as never },
      { type: "resumption", date: "2024-06-03" as never },
      { type: "payment", date: "2024-07-01" as never, amount: 60_000_000 },
      { type: "completion", date: "2024-07-01" as never }
    ])
    const r = Case.decode(json(c))
    expect(r._tag).toBe("Success")
  })

  it("collects every shape problem with its JSON Pointer", () => {
    const bad = json(makeCase([]))
    bad.amountDue = 1.5
    bad.decision.date = "2024-02-30"
    bad.extra = 1
    bad.events = [
      { type: "payment", date: "2024-03-01", amount: -5 },
      { type: "hoan", date: "2024-03-02" },
      { type: "termination", date: "2024-03-03", point: "i" }
    ]
    const r = Case.decode(bad)
    expect(r._tag).toBe("Failure")
    if (r._tag !== "Failure") return
    const paths = r.problems.map((p) => p.path)
    expect(paths).toEqual(
      expect.arrayContaining([
        "/amountDue",
        "/decision/date",
        "/extra",
        "/events/0/amount",
        "/events/1",
        "/events/2/point"
      ])
    )
    expect(r.problems.find((p) => p.path === "/events/1")!.code).toBe("unknown-event")
    expect(r.problems.find((p) => p.path === "/extra")!.code).toBe("unexpected-key")
    for (const p of r.problems) expect(p.message.vi.length).toBeGreaterThan(0)
  })

  it("reports history problems: order, terminal, resumption, separate book, handover, overpayment", () => {
    const c = json(
      makeCase([
        { type: "payment", date: "2024-01-10" as never, amount: 1 }, // 0: before the decision
        { type: "resumption", date: "2024-02-01" as never }, // 1: nothing to resume
        { type: "payment", date: "2024-03-01" as never, amount: 100_000_000 }, // 2: overpaid (1 + 100,000,000)
        { type: "verification", date: "2024-02-15" as never }, // 3: out of order
        { type: "separate-book", date: "2024-04-01" as never }, // 4: no decision chưa có điều kiện
        { type: "handover", date: "2024-04-02" as never }, // 5: no sale
        { type: "postponement", date: "2024-04-03" as never, clause: 1 }, // 6: no point
        { type: "completion", date: "2024-05-01" as never }, // 7
        { type: "payment", date: "2024-05-02" as never, amount: 1 } // 8: after the terminal event
      ])
    )
    const r = Case.decode(c)
    expect(r._tag).toBe("Failure")
    if (r._tag !== "Failure") return
    expect(r.problems.map((p) => [p.path, p.code])).toEqual([
      ["/events/0/date", "before-decision"],
      ["/events/1", "nothing-to-resume"],
      ["/events/2/amount", "overpaid"],
      ["/events/3/date", "out-of-order"],
      ["/events/4", "not-in-separate-book-state"],
      ["/events/5", "no-sale"],
      ["/events/6", "missing-point"],
      ["/events/8", "after-terminal"]
    ])
  })

  it("prefixes paths inside a ledger, and rejects text that is not JSON", () => {
    const r = Case.decode({}, "/cases/7")
    expect(r._tag === "Failure" && r.problems.every((p) => p.path.startsWith("/cases/7/"))).toBe(true)
    const j = Case.decodeJson("{")
    expect(j._tag === "Failure" && j.problems[0]!.code).toBe("not-json")
  })
})
