/** Regressions from the review of the cases modules. */
import { describe, expect, it } from "vitest"
import * as Aggregate from "../../src/cases/Aggregate.js"
import * as Classify from "../../src/cases/Classify.js"
import * as Ledger from "../../src/cases/Ledger.js"
import * as CaseTimeLimits from "../../src/cases/TimeLimits.js"
import * as CaseCheck from "../../src/compliance/CaseCheck.js"
import * as Identity from "../../src/statistics/Identity.js"
import { d, makeCase } from "./fixtures.js"

describe("review fixes", () => {
  it("a bare verification record (no facts) does not make a case enforceable", () => {
    const c = makeCase([
      { type: "verification", date: d("2024-01-20"), facts: { noIncomeOrSubsistence: true, noAssets: true } },
      { type: "not-yet-enforceable", date: d("2024-01-22"), ground: "a" },
      { type: "verification", date: d("2024-05-20") }
    ])
    expect(Classify.classify(c, d("2024-06-30")).category).toBe("not-yet-enforceable")
  })

  it("ground c (address unknown) re-verifies every 12 months (Đ44 k2)", () => {
    const c = makeCase([
      { type: "verification", date: d("2024-01-20"), facts: { addressUnknown: true } },
      { type: "not-yet-enforceable", date: d("2024-01-22"), ground: "c" }
    ])
    const steps = CaseTimeLimits.check(c, d("2024-12-31")).filter((s) => s.step === "reverification")
    expect(steps.map((s) => [s.due, s.status])).toEqual([["2025-01-22", "not-yet-due"]])
    expect(Classify.classify(c, d("2024-12-31")).nextVerificationDue?.date).toBe("2025-01-22")
  })

  it("a resumption cites what it resumes (Đ49 after tạm đình chỉ)", () => {
    const c = makeCase([
      { type: "suspension", date: d("2024-02-01"), clause: 1 },
      { type: "resumption", date: d("2024-03-20"), groundEndedDate: d("2024-03-01") }
    ])
    const r = CaseTimeLimits.check(c, d("2024-06-30")).find((s) => s.step === "resumption")!
    expect(r.citation).toMatchObject({ article: "49" })
    expect(r.status).toBe("late")
  })

  it("old cases (before 2014) are computed on a weekends-only calendar instead of crashing", () => {
    const c = makeCase([{ type: "verification", date: d("2012-05-02"), facts: { addressUnknown: true } }], {
      decision: { date: d("2012-04-02"), number: "1/QĐ-THA" },
      initiation: { mode: "on-request", requestDate: d("2012-03-28") }
    })
    expect(() => Classify.classify(c, d("2024-12-31"))).not.toThrow()
    expect(() => CaseCheck.findings(c, d("2024-12-31"))).not.toThrow()
  })

  it("CSV: a payment after the status change is put in date order", () => {
    const header = Ledger.csvColumns.join(",")
    const row = Ledger.csvColumns
      .map(
        (col) =>
          (
            ({
              id: "c-9",
              unitId: "phong-kv-1",
              officerId: "chv-01",
              decisionDate: "2024-01-15",
              decisionNumber: "9/QĐ-THADS",
              initiation: "on-request",
              requestDate: "2024-01-10",
              debtorKind: "person",
              amountDue: "5000000",
              paid: "1000000",
              paidDate: "2024-03-01",
              status: "postponed",
              statusDate: "2024-02-01",
              statusGround: "1.c"
            }) as Record<string, string>
          )[col] ?? ""
      )
      .join(",")
    const r = Ledger.decodeCsv(`${header}\n${row}\n`)
    expect(r._tag).toBe("Success")
  })

  it("a carried case that comes back from the separate book and returns to it stays new for the rest of the year", () => {
    const c = makeCase(
      [
        { type: "verification", date: d("2021-02-01"), facts: { noIncomeOrSubsistence: true, noAssets: true } },
        { type: "not-yet-enforceable", date: d("2021-02-03"), ground: "a" },
        { type: "separate-book", date: d("2023-03-01") },
        { type: "resumption", date: d("2023-11-15") },
        { type: "verification", date: d("2024-01-10"), facts: { noIncomeOrSubsistence: true, noAssets: true } },
        { type: "not-yet-enforceable", date: d("2024-01-12"), ground: "a" },
        { type: "separate-book", date: d("2024-02-20") }
      ],
      {
        decision: { date: d("2021-01-10"), number: "1/QĐ-THADS" },
        initiation: { mode: "on-request", requestDate: d("2021-01-05") }
      }
    )
    const ledger = { unitId: "phong-kv-1", cases: [c] }
    const q = Aggregate.aggregate(ledger, { year: 2024, months: 3 }).report
    const h = Aggregate.aggregate(ledger, { year: 2024, months: 6 }).report
    expect(q.cases.total.V02).toBe(1)
    expect(h.cases.total.V02).toBe(1)
    expect(Identity.evaluate(h, { onlyFailures: true })).toEqual([])
  })
})

describe("date cross-checks on decoding", () => {
  it("a request after the decision, a publication before it, an excluded period backwards", async () => {
    const { decode } = await import("../../src/cases/Case.js")
    const c = JSON.parse(
      JSON.stringify(
        makeCase(
          [
            { type: "verification", date: d("2024-01-20"), facts: { addressUnknown: true } },
            { type: "not-yet-enforceable", date: d("2024-01-22"), ground: "c", publishedDate: d("2024-01-21") }
          ],
          {
            initiation: { mode: "on-request", requestDate: d("2024-03-01") },
            limitationExclusions: [{ from: d("2020-05-01"), to: d("2020-04-01") }]
          }
        )
      )
    )
    const r = decode(c)
    expect(r._tag).toBe("Failure")
    if (r._tag === "Failure") {
      expect(
        r.problems
          .filter((p) => p.code === "inconsistent-date")
          .map((p) => p.path)
          .sort()
      ).toEqual(["/events/1/publishedDate", "/initiation/requestDate", "/limitationExclusions/0/to"])
    }
  })
})

describe("a ground found without a decision", () => {
  it("the decision chưa có điều kiện is overdue 5 working days after the verification (NĐ 62 Đ9 k4)", () => {
    const c = makeCase([
      { type: "verification", date: d("2024-03-01"), facts: { noIncomeOrSubsistence: true, noAssets: true } }
    ])
    const s = CaseTimeLimits.check(c, d("2024-12-31")).find((x) => x.step === "not-yet-decision")!
    expect(s).toMatchObject({
      due: "2024-03-08",
      status: "overdue",
      citation: { document: "nd-62-2015", article: "9", clause: 4 }
    })
    expect(CaseCheck.findings(c, d("2024-12-31")).map((f) => f.ruleId)).toContain("case/not-yet-decision")
  })
})
