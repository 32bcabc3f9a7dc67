import { describe, expect, it } from "vitest"
import * as CaseTimeLimits from "../../src/cases/TimeLimits.js"
import { d, makeCase } from "./fixtures.js"

const byStep = (steps: ReadonlyArray<CaseTimeLimits.StepResult>, step: CaseTimeLimits.Step) =>
  steps.filter((s) => s.step === step)

describe("time limits of a case (worked dates, real calendar)", () => {
  it("theo đơn: 5 working days across Tết 2025 (27–31/1 off)", () => {
    // Request Thursday 23/1/2025: Fri 24/1 = 1, then Mon 3/2 … Thu 6/2 = 5.
    const c = makeCase([], {
      initiation: { mode: "on-request", requestDate: d("2025-01-23") },
      decision: { date: d("2025-02-07"), number: "1" }
    })
    const [s] = byStep(CaseTimeLimits.check(c, d("2025-02-10")), "enforcement-decision")
    expect(s).toMatchObject({
      due: "2025-02-06",
      done: "2025-02-07",
      status: "late",
      lateBy: 1,
      citation: { document: "luat-thads-2008", article: "36" }
    })
    expect(s!.message.vi).toContain("chậm 1 ngày làm việc")
    const ok = makeCase([], {
      initiation: { mode: "on-request", requestDate: d("2025-01-23") },
      decision: { date: d("2025-02-06"), number: "1" }
    })
    expect(byStep(CaseTimeLimits.check(ok, d("2025-02-10")), "enforcement-decision")[0]!.status).toBe("met")
  })

  it("chủ động: a–d 5 WD, đ immediately, e 3 WD after receiving the judgment", () => {
    const at = d("2024-12-31")
    const mk = (ground: "a" | "đ" | "e", decision: string) =>
      byStep(
        CaseTimeLimits.check(
          makeCase([], {
            initiation: { mode: "ex-officio", ground, judgmentReceivedDate: d("2024-04-26") },
            decision: { date: d(decision), number: "1" }
          }),
          at
        ),
        "enforcement-decision"
      )[0]!
    // Friday 26/4/2024; 29/4 (swap), 30/4, 1/5 off; Saturday 4/5 worked: WD 1 = Thu 2/5, 3 = Sat 4/5, 5 = Tue 7/5.
    expect(mk("a", "2024-05-07")).toMatchObject({
      due: "2024-05-07",
      status: "met",
      citation: { article: "36", clause: 2, point: "a" }
    })
    expect(mk("e", "2024-05-08")).toMatchObject({ due: "2024-05-04", status: "late", lateBy: 3 })
    expect(mk("đ", "2024-04-26")).toMatchObject({ due: "2024-04-26", status: "met" })
  })

  it("voluntary period (10 days) and verification (10 days after it), rolled off Tết", () => {
    // Notified Monday 20/1/2025: +10 days = Thu 30/1 (Tết) → Mon 3/2; verification due 3/2 + 10 = Thu 13/2.
    const c = makeCase([{ type: "verification", date: d("2025-02-14"), facts: {} }], {
      initiation: { mode: "on-request", requestDate: d("2025-01-15") },
      decision: { date: d("2025-01-17"), number: "1", notifiedDate: d("2025-01-20") }
    })
    const steps = CaseTimeLimits.check(c, d("2025-03-01"))
    expect(byStep(steps, "voluntary-period")[0]).toMatchObject({
      due: "2025-02-03",
      status: "lapsed",
      citation: { article: "45" }
    })
    expect(byStep(steps, "verification")[0]).toMatchObject({
      due: "2025-02-13",
      done: "2025-02-14",
      status: "late",
      lateBy: 1,
      citation: { article: "44" }
    })
  })

  it("decision chưa có điều kiện ≤ 5 WD after the ground; publication ≤ 5 WD (NĐ 62 Điều 9 k4, Điều 11)", () => {
    const c = makeCase([
      { type: "verification", date: d("2024-02-05"), facts: { addressUnknown: true } },
      // Ground established Mon 5/2/2024; Tết 8–14/2 off: WD 1 = Tue 6/2, 2 = Wed 7/2, 3 = Thu 15/2, 5 = Mon 19/2.
      { type: "not-yet-enforceable", date: d("2024-02-20"), ground: "c", publishedDate: d("2024-02-27") }
    ])
    const steps = CaseTimeLimits.check(c, d("2024-03-31"))
    expect(byStep(steps, "not-yet-decision")[0]).toMatchObject({
      due: "2024-02-19",
      done: "2024-02-20",
      status: "late",
      lateBy: 1,
      citation: { document: "nd-62-2015", article: "9", clause: 4 }
    })
    expect(byStep(steps, "not-yet-publication")[0]).toMatchObject({
      due: "2024-02-27",
      status: "met",
      citation: { document: "nd-62-2015", article: "11" }
    })
  })

  it("re-verification every 6 months (12 with ≥ 2 years of prison): overdue when missing", () => {
    const events = [
      { type: "verification", date: d("2024-02-05"), facts: { noIncomeOrSubsistence: true, noAssets: true } },
      { type: "not-yet-enforceable", date: d("2024-02-06"), ground: "a" }
    ] as const
    const steps = CaseTimeLimits.check(makeCase(events), d("2024-09-30"))
    expect(byStep(steps, "reverification")[0]).toMatchObject({
      due: "2024-08-06",
      status: "overdue",
      citation: { article: "44", clause: 2 }
    })
    const prison = CaseTimeLimits.check(
      makeCase(events, { debtor: { kind: "person", prisonRemainingYears: 3 } }),
      d("2024-09-30")
    )
    expect(byStep(prison, "reverification")[0]).toMatchObject({ due: "2025-02-06", status: "not-yet-due" })
  })

  it("hoãn ≤ 5 WD after the ground (k2 immediately), đình chỉ ≤ 5 WD", () => {
    const c = makeCase([
      { type: "postponement", date: d("2024-03-08"), clause: 1, point: "a", groundDate: d("2024-03-01") },
      { type: "resumption", date: d("2024-04-10"), groundEndedDate: d("2024-04-01") },
      { type: "postponement", date: d("2024-05-02"), clause: 2, groundDate: d("2024-05-02") },
      { type: "resumption", date: d("2024-06-03") },
      { type: "termination", date: d("2024-07-15"), point: "a", groundDate: d("2024-07-01") }
    ])
    const steps = CaseTimeLimits.check(c, d("2024-12-31"))
    expect(byStep(steps, "postponement-decision").map((s) => [s.due, s.status])).toEqual([
      ["2024-03-08", "met"],
      ["2024-05-02", "met"]
    ])
    expect(byStep(steps, "resumption")[0]).toMatchObject({ due: "2024-04-08", status: "late", lateBy: 2 })
    expect(byStep(steps, "termination-decision")[0]).toMatchObject({
      due: "2024-07-08",
      status: "late",
      lateBy: 5,
      citation: { article: "50", clause: 1, point: "a" }
    })
  })

  it("the move to the separate book ≤ 3 WD after the conditions are met", () => {
    const c = makeCase([
      { type: "not-yet-enforceable", date: d("2024-02-05"), ground: "a" },
      { type: "verification", date: d("2024-08-05"), facts: { noIncomeOrSubsistence: true, noAssets: true } },
      { type: "verification", date: d("2025-01-20"), facts: { noIncomeOrSubsistence: true, noAssets: true } },
      { type: "separate-book", date: d("2025-02-12") }
    ])
    const [s] = byStep(CaseTimeLimits.check(c, d("2025-03-01")), "separate-book-move")
    expect(s).toMatchObject({ due: "2025-02-10", done: "2025-02-12", status: "late", lateBy: 2 })
  })
})
