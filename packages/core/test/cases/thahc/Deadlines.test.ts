/**
 * THAHC deadlines: the three steps of NĐ 71/2016 the module lacked (Điều 10 k2
 * the obliged body's report, Điều 12 k3 the result notice, Điều 13 k1 the
 * superior body's directive), and the basis of every deadline (kind h's
 * voluntary period is assumed, a setting).
 */
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import * as CivilDate from "../../../src/base/CivilDate.js"
import * as Thahc from "../../../src/cases/Thahc.js"
import { d } from "../fixtures.js"

const base: Thahc.ThahcCase = { id: "hc-1", judgmentDate: d("2024-01-10"), receivedDate: d("2024-02-16"), kind: "a" }

describe("the deadlines of NĐ 71/2016 Điều 10, 12, 13", () => {
  it("Điều 10 k2: the obliged body reports ≤ 3 working days after the voluntary period", () => {
    const x = Thahc.deadlines(base)
    // The voluntary period ends Monday 18/3/2024; + 3 WD = Thursday 21/3.
    expect(x.obligedReport).toMatchObject({
      step: "obliged-report",
      from: "2024-03-18",
      due: "2024-03-21",
      limit: { amount: 3, unit: "working-days" },
      citation: { document: "nd-71-2016", article: "10", clause: 2 },
      basis: "official"
    })
  })

  it("Điều 12 k3: the result notice ≤ 5 working days after completion (official after a compulsion order)", () => {
    const c = {
      ...base,
      compulsionRequestDate: d("2024-04-01"),
      compulsionOrderDate: d("2024-04-05"),
      completedDate: d("2024-05-10")
    }
    expect(Thahc.deadlines(c).resultNotice).toMatchObject({
      from: "2024-05-10",
      due: "2024-05-17",
      citation: { document: "nd-71-2016", article: "12", clause: 3 },
      basis: "official"
    })
    // Complied with in the voluntary period (no compulsion order): Điều 12 governs compliance after an order, so its
    // 5 working days are an assumption there.
    const early = Thahc.deadlines({ ...base, completedDate: d("2024-03-01") }).resultNotice
    expect(early).toMatchObject({ due: "2024-03-08", basis: "assumed" })
    expect(early?.assumption?.en).toContain("Article 12")
    expect(Thahc.deadlines(base).resultNotice).toBeUndefined()
  })

  it("Điều 13 k1: the superior body's directive ≤ 3 working days after it received the compulsion order", () => {
    const ordered = { ...base, compulsionRequestDate: d("2025-01-23"), compulsionOrderDate: d("2025-02-07") }
    // Received on Monday 10/2/2025: + 3 WD = Thursday 13/2; official.
    expect(Thahc.deadlines({ ...ordered, superiorOrderReceivedDate: d("2025-02-10") }).superiorDirective).toMatchObject(
      {
        from: "2025-02-10",
        due: "2025-02-13",
        citation: { document: "nd-71-2016", article: "13", clause: 1 },
        basis: "official"
      }
    )
    // Receipt not recorded: counted from the order's date, assumed (it can only make the due day earlier).
    const assumed = Thahc.deadlines(ordered).superiorDirective
    expect(assumed).toMatchObject({ from: "2025-02-07", due: "2025-02-12", basis: "assumed" })
    expect(Thahc.deadlines(base).superiorDirective).toBeUndefined()
  })

  it("late steps: the three new steps, each with its citation and basis", () => {
    const c: Thahc.ThahcCase = {
      ...base,
      noticeDate: d("2024-02-20"),
      obligedReportDate: d("2024-03-27"),
      compulsionRequestDate: d("2024-04-01"),
      compulsionOrderDate: d("2024-04-05"),
      orderReceivedDate: d("2024-04-08"),
      superiorOrderReceivedDate: d("2024-04-08"),
      meetingDate: d("2024-04-10"),
      superiorDirectiveDate: d("2024-04-16"),
      completedDate: d("2024-05-10"),
      resultNoticeDate: d("2024-05-24")
    }
    const late = Thahc.lateSteps(c, d("2024-06-30"))
    expect(late.map((s) => [s.step, s.due, s.done, s.basis])).toEqual([
      ["obliged-report", "2024-03-21", "2024-03-27", "official"],
      ["superior-directive", "2024-04-11", "2024-04-16", "official"],
      ["result-notice", "2024-05-17", "2024-05-24", "official"]
    ])
    expect(late[0]?.citation).toEqual({ document: "nd-71-2016", article: "10", clause: 2 })
    expect(late[0]?.lateBy).toBe(4)
  })

  it("an overdue step with no done date; meeting and directive are moot once the judgment was complied with", () => {
    const c: Thahc.ThahcCase = {
      ...base,
      noticeDate: d("2024-02-20"),
      compulsionRequestDate: d("2024-04-01"),
      compulsionOrderDate: d("2024-04-05"),
      completedDate: d("2024-04-08"),
      obligedReportDate: d("2024-03-20"),
      resultNoticeDate: d("2024-04-09")
    }
    expect(Thahc.lateSteps(c, d("2024-06-30")).map((s) => s.step)).toEqual([])
    const { completedDate: _done, resultNoticeDate: _notice, ...open } = c
    expect(Thahc.lateSteps(open, d("2024-06-30")).map((s) => [s.step, s.done, s.basis])).toEqual([
      ["meeting", undefined, "assumed"],
      ["superior-directive", undefined, "assumed"]
    ])
  })
})

describe("the basis of each deadline", () => {
  it("kind h (the property part goes to the THADS procedure): the 30 days are assumed, a setting", () => {
    const x = Thahc.deadlines({ ...base, kind: "h" })
    expect(x.voluntary).toMatchObject({ due: "2024-03-18", basis: "assumed" })
    expect(x.voluntary.setting).toMatchObject({ key: "Thahc.settings.kindHVoluntaryDays", value: 30 })
    expect(x.voluntary.assumption?.vi).toContain("điểm h")
    // What is counted from it is assumed too.
    expect(x.obligedReport.basis).toBe("assumed")
    expect(x.compulsionRequest.basis).toBe("assumed")
    // The setting changes it.
    expect(Thahc.deadlines({ ...base, kind: "h" }, undefined, { kindHVoluntaryDays: 10 }).voluntary).toMatchObject({
      due: "2024-02-26",
      setting: { value: 10 }
    })
  })

  it("kinds a–đ: official, Điều 311 k2 b; e/g: immediately, Điều 311 k2 a", () => {
    const a = Thahc.deadlines(base)
    expect(a.voluntary).toMatchObject({
      basis: "official",
      citation: { document: "luat-tthc-2015", article: "311", clause: 2, point: "b" }
    })
    expect(a.compulsionRequest).toMatchObject({ due: "2025-03-18", basis: "official" })
    expect(a.notice).toMatchObject({ due: "2024-02-23", basis: "official", citation: { article: "14", clause: 2 } })
    const g = Thahc.deadlines({ ...base, kind: "g" })
    expect(g.voluntary).toMatchObject({
      due: "2024-02-16",
      limit: { unit: "immediately" },
      citation: { point: "a" },
      basis: "official"
    })
    expect(g.notice).toMatchObject({ due: "2024-02-16", basis: "official" })
    // Điều 312 k1 counts the year from the end of the period of Điều 311 k2 b only.
    expect(g.compulsionRequest.basis).toBe("assumed")
  })

  it("a deadline counted from a day before Luật TTHC 2015 / NĐ 71/2016 were in force is assumed", () => {
    const old = Thahc.deadlines({ ...base, judgmentDate: d("2016-05-02"), receivedDate: d("2016-06-01") })
    expect(old.notice.basis).toBe("assumed")
    expect(old.notice.assumption?.en).toContain("2016-07-01")
    expect(old.voluntary.basis).toBe("assumed")
  })
})

const day = fc.integer({ min: 0, max: 4000 }).map((n) => CivilDate.addDays(d("2016-07-01"), n))
const maybe = <A>(a: fc.Arbitrary<A>) => fc.option(a, { nil: undefined })
const kind = fc.constantFrom<Thahc.Kind>("a", "b", "c", "d", "đ", "e", "g", "h")
const thahcCase: fc.Arbitrary<Thahc.ThahcCase> = fc
  .record({
    receivedDate: day,
    kind,
    offsets: fc.array(maybe(fc.integer({ min: 0, max: 400 })), { minLength: 10, maxLength: 10 })
  })
  .map(({ receivedDate, kind, offsets }) => {
    const at = (i: number) => (offsets[i] === undefined ? undefined : CivilDate.addDays(receivedDate, offsets[i]!))
    const request = at(2)
    const order = request === undefined ? undefined : at(3) && CivilDate.addDays(request, offsets[3]! % 30)
    const o = (k: string, v: CivilDate.CivilDate | undefined) => (v === undefined ? {} : { [k]: v })
    return {
      id: "p",
      judgmentDate: CivilDate.addDays(receivedDate, -5),
      receivedDate,
      kind,
      ...o("noticeDate", at(0)),
      ...o("obligedReportDate", at(1)),
      ...o("compulsionRequestDate", request),
      ...o("compulsionOrderDate", order),
      ...(order === undefined
        ? {}
        : {
            ...o("meetingDate", at(4) && CivilDate.addDays(order, offsets[4]! % 20)),
            ...o("superiorDirectiveDate", at(5) && CivilDate.addDays(order, offsets[5]! % 20))
          }),
      ...o("completedDate", at(6)),
      ...(at(6) === undefined ? {} : o("resultNoticeDate", at(7) && CivilDate.addDays(at(6)!, offsets[7]! % 20)))
    } as Thahc.ThahcCase
  })

describe("properties", () => {
  it("no deadline ends before it starts; an assumed deadline says why", () => {
    fc.assert(
      fc.property(thahcCase, (c) => {
        for (const x of Thahc.deadlineList(Thahc.deadlines(c))) {
          expect(x.due >= x.from).toBe(true)
          if (x.basis === "assumed") expect(x.assumption).toBeDefined()
          else expect(x.assumption).toBeUndefined()
        }
      })
    )
  })

  it("a step is late iff done after its due day, or not done and the check date is past it (unless moot)", () => {
    fc.assert(
      fc.property(thahcCase, fc.integer({ min: 0, max: 800 }), (c, n) => {
        const asOf = CivilDate.addDays(c.receivedDate, n)
        const late = new Map(Thahc.lateSteps(c, asOf).map((s) => [s.step, s]))
        for (const x of Thahc.deadlineList(Thahc.deadlines(c))) {
          if (!Thahc.isDuty(x.step)) continue
          const done = Thahc.doneDate(c, x.step)
          const moot =
            (x.step === "meeting" || x.step === "superior-directive") &&
            c.completedDate !== undefined &&
            c.completedDate <= x.due
          const expected = done !== undefined ? done > x.due : asOf > x.due && !moot
          expect(late.has(x.step)).toBe(expected)
          if (expected) expect(late.get(x.step)?.due).toBe(x.due)
        }
      })
    )
  })
})
