/** The counts of THAHC cases for form 03/TKLN-THADS, with the new steps. */
import { describe, expect, it } from "vitest"
import * as Thahc from "../../../src/cases/Thahc.js"
import { d } from "../fixtures.js"

const base: Thahc.ThahcCase = { id: "hc-1", judgmentDate: d("2024-01-10"), receivedDate: d("2024-02-16"), kind: "a" }

describe("Thahc.counts", () => {
  it("late steps per step; an assumed late step is counted apart", () => {
    const cases: ReadonlyArray<Thahc.ThahcCase> = [
      { ...base, noticeDate: d("2024-02-20"), obligedReportDate: d("2024-03-27") },
      { ...base, id: "hc-2", kind: "h", noticeDate: d("2024-02-20") },
      { ...base, id: "hc-3", noticeDate: d("2024-02-20"), obligedReportDate: d("2024-03-19") }
    ]
    const n = Thahc.counts(cases, d("2024-09-30"))
    expect(n.lateByStep["obliged-report"]).toBe(2)
    expect(n.withLateSteps).toBe(2)
    // hc-2's only late step rests on the assumed voluntary period of kind h.
    expect(n.withOnlyAssumedLateSteps).toBe(1)
  })
})
