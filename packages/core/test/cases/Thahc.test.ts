import { describe, expect, it } from "vitest"
import * as Thahc from "../../src/cases/Thahc.js"
import { d } from "./fixtures.js"

describe("THAHC monitoring (Luật TTHC Điều 311–312, NĐ 71/2016 Điều 14)", () => {
  const base: Thahc.ThahcCase = { id: "hc-1", judgmentDate: d("2024-01-10"), receivedDate: d("2024-02-16"), kind: "a" }

  it("voluntary period: 30 days rolled off a Sunday; e/g immediately; request window 1 year", () => {
    const x = Thahc.deadlines(base)
    expect(x.voluntary.due).toBe("2024-03-18")
    expect(x.compulsionRequest.due).toBe("2025-03-18")
    // Friday 16/2/2024 + 5 WD = Fri 23/2.
    expect(x.notice.due).toBe("2024-02-23")
    expect(Thahc.deadlines({ ...base, kind: "g" })).toMatchObject({
      voluntary: { due: "2024-02-16" },
      notice: { due: "2024-02-16" }
    })
  })

  it("court order ≤ 5 WD after the request; meeting ≤ 3 WD after the order (across Tết 2025)", () => {
    const c = {
      ...base,
      compulsionRequestDate: d("2025-01-23"),
      compulsionOrderDate: d("2025-02-07"),
      meetingDate: d("2025-02-11")
    }
    const x = Thahc.deadlines(c)
    expect(x.courtOrder?.due).toBe("2025-02-06")
    expect(x.meeting?.due).toBe("2025-02-12")
    expect(Thahc.lateSteps(c, d("2025-03-01")).map((s) => [s.step, s.due])).toEqual([
      ["notice", "2024-02-23"],
      ["obliged-report", "2024-03-21"],
      ["court-order", "2025-02-06"],
      ["superior-directive", "2025-02-12"]
    ])
  })

  it("status and counts", () => {
    expect(Thahc.status(base, d("2024-03-01"))).toBe("voluntary-period")
    expect(Thahc.status(base, d("2024-06-01"))).toBe("awaiting-request")
    expect(Thahc.status(base, d("2025-06-01"))).toBe("request-window-closed")
    const cases: ReadonlyArray<Thahc.ThahcCase> = [
      { ...base, reminderDate: d("2024-03-20"), noticeDate: d("2024-02-20") },
      { ...base, id: "hc-2", completedDate: d("2024-03-01"), noticeDate: d("2024-02-20") },
      {
        ...base,
        id: "hc-3",
        compulsionRequestDate: d("2024-04-01"),
        compulsionOrderDate: d("2024-04-05"),
        reminderDate: d("2024-03-25")
      },
      { ...base, id: "hc-4", receivedDate: d("2024-12-01") }
    ]
    const n = Thahc.counts(cases, d("2024-09-30"))
    // Every case misses the obliged body's report (NĐ 71 Điều 10 k2); hc-2 also its result notice (assumed: no
    // compulsion order), hc-3 the superior body's directive (assumed: the receipt of the order is not recorded).
    expect(n).toMatchObject({ received: 3, counted: 2, completed: 1, compulsionOrders: 1, withLateSteps: 3 })
    expect(n.lateByStep).toEqual({
      notice: 1,
      "obliged-report": 3,
      "court-order": 0,
      meeting: 1,
      "superior-directive": 1,
      "result-notice": 1
    })
    expect(n.byStatus).toMatchObject({ completed: 1, "compulsion-ordered": 1, "awaiting-request": 1 })
  })
})
