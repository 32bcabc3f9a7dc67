import { describe, expect, it } from "vitest"
import * as Citation from "../../src/citation/Citation.js"
import * as Classify from "../../src/cases/Classify.js"
import type * as CaseEvent from "../../src/cases/Event.js"
import * as State from "../../src/cases/State.js"
import { d, makeCase } from "./fixtures.js"

const at = d("2024-12-31")
const cite = (c: Citation.Citation) => Citation.toJSON({ ...c, ...(c.note ? {} : {}) })
const strip = (c: Citation.Citation) => ({ document: c.document, article: c.article, clause: c.clause, point: c.point })

describe("Điều 44a k1: chưa có điều kiện from verification facts", () => {
  const cases: ReadonlyArray<[string, CaseEvent.VerificationFacts, "a" | "b" | "c" | undefined]> = [
    ["a: no income and no assets", { noIncomeOrSubsistence: true, noAssets: true }, "a"],
    [
      "a: no income, assets only cover coercion",
      { noIncomeOrSubsistence: true, assetsOnlyCoverCoercionCost: true },
      "a"
    ],
    ["a: no income, assets exempt", { noIncomeOrSubsistence: true, assetsExempt: true }, "a"],
    ["not a: no assets but income", { noAssets: true }, undefined],
    ["not a: no income but assets", { noIncomeOrSubsistence: true }, undefined],
    ["b: specific item gone", { specificItemGoneOrUnusable: true }, "b"],
    ["b: documents unrecoverable", { documentsUnrecoverable: true }, "b"],
    ["c: address unknown", { addressUnknown: true }, "c"],
    ["nothing", {}, undefined]
  ]
  for (const [name, facts, ground] of cases) {
    it(name, () => {
      expect(State.notYetGroundOf(facts)).toBe(ground)
      const r = Classify.classify(makeCase([{ type: "verification", date: d("2024-02-05"), facts }]), at)
      if (ground === undefined) {
        expect(r.category).toBe("enforceable")
        expect(strip(r.citation)).toMatchObject({ document: "luat-thads-2008", article: "44a", clause: 1 })
      } else {
        expect(r.category).toBe("not-yet-enforceable")
        expect(r.ground).toEqual({ kind: "not-yet-enforceable", point: ground, decided: false })
        expect(r.decisionPending).toBe(true)
        expect(strip(r.citation)).toEqual({ document: "luat-thads-2008", article: "44a", clause: 1, point: ground })
      }
    })
  }

  for (const point of ["a", "b", "c"] as const) {
    it(`decision chưa có điều kiện, ground ${point}`, () => {
      const r = Classify.classify(makeCase([{ type: "not-yet-enforceable", date: d("2024-02-05"), ground: point }]), at)
      expect(r).toMatchObject({
        category: "not-yet-enforceable",
        ground: { kind: "not-yet-enforceable", point, decided: true },
        since: "2024-02-05"
      })
      expect(cite(r.citation)).toEqual({ document: "luat-thads-2008", article: "44a", clause: 1, point })
      expect(Citation.renderVi(r.citation)).toBe(`điểm ${point} khoản 1 Điều 44a Luật Thi hành án dân sự`)
    })
  }
})

describe("Điều 48 hoãn", () => {
  for (const point of ["a", "b", "c", "d", "đ", "e", "g", "h"] as const) {
    it(`k1 ${point} → ${point === "c" ? "enforceable (by agreement, TT 06/2019)" : "postponed"}`, () => {
      const r = Classify.classify(makeCase([{ type: "postponement", date: d("2024-03-01"), clause: 1, point }]), at)
      expect(r.category).toBe(point === "c" ? "enforceable" : "postponed")
      expect(r.ground).toEqual({ kind: "postponement", clause: 1, point })
      expect(cite(r.citation)).toEqual({ document: "luat-thads-2008", article: "48", clause: 1, point })
      expect(r.since).toBe("2024-03-01")
    })
  }
  it("k2 → postponed", () => {
    const r = Classify.classify(makeCase([{ type: "postponement", date: d("2024-03-01"), clause: 2 }]), at)
    expect(r.category).toBe("postponed")
    expect(cite(r.citation)).toEqual({ document: "luat-thads-2008", article: "48", clause: 2 })
  })
  it("resumption ends the hoãn", () => {
    const r = Classify.classify(
      makeCase([
        { type: "postponement", date: d("2024-03-01"), clause: 1, point: "a" },
        { type: "resumption", date: d("2024-05-02") }
      ]),
      at
    )
    expect(r).toMatchObject({ category: "enforceable", since: "2024-05-02" })
    expect(cite(r.citation)).toEqual({ document: "luat-thads-2008", article: "48" })
  })
  it("a hoãn after the date asked is ignored", () => {
    expect(
      Classify.classify(makeCase([{ type: "postponement", date: d("2025-03-01"), clause: 1, point: "a" }]), at).category
    ).toBe("enforceable")
  })
})

describe("Điều 49 tạm đình chỉ", () => {
  for (const clause of [1, 2] as const) {
    it(`k${clause} → suspended`, () => {
      const r = Classify.classify(makeCase([{ type: "suspension", date: d("2024-03-01"), clause }]), at)
      expect(r.category).toBe("suspended")
      expect(r.ground).toEqual({ kind: "suspension", clause })
      expect(cite(r.citation)).toEqual({ document: "luat-thads-2008", article: "49", clause })
    })
  }
})

describe("Điều 50 k1 đình chỉ", () => {
  for (const point of ["a", "b", "c", "d", "đ", "e", "g", "h"] as const) {
    it(`k1 ${point} → terminated`, () => {
      const r = Classify.classify(makeCase([{ type: "termination", date: d("2024-03-01"), point }]), at)
      expect(r.category).toBe("terminated")
      expect(cite(r.citation)).toEqual({ document: "luat-thads-2008", article: "50", clause: 1, point })
    })
  }
})

describe("other categories", () => {
  it("completed, delegated, withdrawn", () => {
    expect(Classify.classify(makeCase([{ type: "completion", date: d("2024-03-01") }]), at)).toMatchObject({
      category: "completed",
      citation: { article: "52" }
    })
    expect(Classify.classify(makeCase([{ type: "delegation", date: d("2024-03-01") }]), at)).toMatchObject({
      category: "delegated",
      citation: { article: "55" }
    })
    const w = Classify.classify(makeCase([{ type: "withdrawal", date: d("2024-03-01"), kind: "cancelled" }]), at)
    expect(w).toMatchObject({
      category: "withdrawn",
      ground: { kind: "withdrawal", withdrawal: "cancelled" },
      citation: { document: "luat-thads-2008", article: "37", clause: 3 }
    })
  })
  it("no events: enforceable, citing the decision to enforce (Điều 36)", () => {
    const r = Classify.classify(makeCase([], { initiation: { mode: "ex-officio", ground: "đ" } }), at)
    expect(r.category).toBe("enforceable")
    expect(cite(r.citation)).toEqual({ document: "luat-thads-2008", article: "36", clause: 2, point: "đ" })
  })
  it("cites the 2025 Law for decisions from 1/7/2026, with the 2008 article in a note", () => {
    const r = Classify.classify(
      makeCase([{ type: "postponement", date: d("2026-07-01"), clause: 1, point: "a" }], {
        decision: { date: d("2026-06-01"), number: "1" }
      }),
      d("2026-08-01")
    )
    expect(r.citation.document).toBe("luat-thads-2025")
    expect(r.citation.note?.vi).toContain("điểm a khoản 1 Điều 48")
    const before = Classify.classify(
      makeCase([{ type: "postponement", date: d("2026-06-30"), clause: 1, point: "a" }], {
        decision: { date: d("2026-06-01"), number: "1" }
      }),
      d("2026-08-01")
    )
    expect(before.citation.document).toBe("luat-thads-2008")
  })
})

describe("re-verification (Điều 44 k2) and the separate book", () => {
  const notYet = (qd: string, verifications: ReadonlyArray<string>, over = {}) =>
    makeCase(
      [
        { type: "verification", date: d(qd), facts: { noIncomeOrSubsistence: true, noAssets: true } },
        { type: "not-yet-enforceable", date: d(qd), ground: "a" },
        ...verifications.map(
          (v): CaseEvent.Event => ({
            type: "verification",
            date: d(v),
            facts: { noIncomeOrSubsistence: true, noAssets: true }
          })
        )
      ],
      over
    )

  it("next verification: 6 months, or 12 with ≥ 2 years of prison left or address unknown", () => {
    expect(Classify.classify(notYet("2024-02-05", ["2024-08-05"]), at).nextVerificationDue?.date).toBe("2025-02-05")
    // Released on 2026-03-01: on 2024-02-05, more than 2 years remain (Điều 44 k2) → 12 months.
    const prison = Classify.classify(
      notYet("2024-02-05", [], { debtor: { kind: "person", releaseDate: d("2026-03-01") } }),
      at
    )
    expect(prison.nextVerificationDue).toEqual({
      date: "2025-02-05",
      citation: { document: "luat-thads-2008", article: "44", clause: 2 }
    })
  })

  it("NĐ 62 Điều 9 k5: 1 year since the decision + 2 verifications + no new information", () => {
    const c = notYet("2024-02-05", ["2024-08-05", "2025-01-20"])
    expect(Classify.classify(c, d("2025-02-04")).category).toBe("not-yet-enforceable")
    expect(Classify.classify(c, d("2025-02-04")).separateBookDue?.date).toBe("2025-02-05")
    const r = Classify.classify(c, d("2025-02-05"))
    expect(r).toMatchObject({
      category: "separate-book",
      since: "2025-02-05",
      ground: { kind: "separate-book", rule: "nd-62-2015" }
    })
    expect(cite(r.citation)).toEqual({ document: "nd-62-2015", article: "9", clause: 5 })
  })

  it("2 years with ≥ 2 years of prison left; new information blocks the move", () => {
    const long = notYet("2023-02-06", ["2023-08-07", "2024-02-06"], {
      debtor: { kind: "person", prisonRemainingYears: 5 }
    })
    expect(Classify.classify(long, d("2025-02-05")).category).toBe("not-yet-enforceable")
    expect(Classify.classify(long, d("2025-02-06")).category).toBe("separate-book")
    const info = makeCase(
      [
        { type: "not-yet-enforceable", date: d("2023-02-06"), ground: "a" },
        {
          type: "verification",
          date: d("2023-08-07"),
          facts: { noIncomeOrSubsistence: true, noAssets: true },
          newInformation: true
        },
        { type: "verification", date: d("2024-02-06"), facts: { noIncomeOrSubsistence: true, noAssets: true } }
      ],
      { decision: { date: d("2023-01-16"), number: "1" } }
    )
    expect(Classify.classify(info, d("2025-06-30")).category).toBe("not-yet-enforceable")
  })

  it("NĐ 152/2026 Điều 22 from 1/7/2026: 2 years for all; on-request cases are returned", () => {
    // Decision 2025-09-01: 1 year would be 2026-09-01, after 30/6/2026, so the new rule applies: 2 years.
    const c = notYet("2025-09-01", ["2026-03-02", "2026-09-01"], { decision: { date: d("2025-08-20"), number: "1" } })
    expect(Classify.classify(c, d("2027-08-31")).category).toBe("not-yet-enforceable")
    const r = Classify.classify(c, d("2027-09-01"))
    expect(r).toMatchObject({ category: "returned", ground: { kind: "separate-book", rule: "nd-152-2026" } })
    expect(cite(r.citation)).toEqual({ document: "nd-152-2026", article: "22" })
    const ex = Classify.classify({ ...c, initiation: { mode: "ex-officio", ground: "a" } }, d("2027-09-01"))
    expect(ex.category).toBe("separate-book")
  })

  it("a move met before 1/7/2026 stays under NĐ 62", () => {
    const c = notYet("2025-03-03", ["2025-09-03", "2026-02-03"])
    expect(Classify.classify(c, d("2026-03-03"))).toMatchObject({
      category: "separate-book",
      ground: { rule: "nd-62-2015" }
    })
  })

  it("a recorded move, then a resumption", () => {
    const c = notYet("2024-02-05", ["2024-08-05"])
    const moved = { ...c, events: [...c.events, { type: "separate-book", date: d("2024-09-02") } as const] }
    expect(Classify.classify(moved, d("2024-10-01"))).toMatchObject({
      category: "separate-book",
      ground: { rule: "recorded" }
    })
    const back = { ...moved, events: [...moved.events, { type: "resumption", date: d("2024-11-04") } as const] }
    expect(Classify.classify(back, d("2024-12-01"))).toMatchObject({ category: "enforceable", since: "2024-11-04" })
  })

  it("the rule can be turned off (only recorded moves)", () => {
    const c = notYet("2024-02-05", ["2024-08-05", "2025-01-20"])
    expect(
      Classify.classify(c, d("2025-03-01"), { ...Classify.defaultSettings, deriveSeparateBook: false }).category
    ).toBe("not-yet-enforceable")
  })

  it("a verification finding the debtor able ends chưa có điều kiện (decision to continue pending)", () => {
    const c = notYet("2024-02-05", [])
    const able = { ...c, events: [...c.events, { type: "verification", date: d("2024-08-05"), facts: {} } as const] }
    expect(Classify.classify(able, at)).toMatchObject({ category: "enforceable", decisionPending: true })
  })
})

describe("thời hiệu (Điều 30)", () => {
  it("5 years from the judgment's effect, rolled to a working day", () => {
    const c = makeCase([], {
      judgmentEffectiveDate: d("2019-01-12"),
      initiation: { mode: "on-request", requestDate: d("2024-01-10") }
    })
    const l = Classify.limitation(c)!
    expect(l).toMatchObject({
      expires: "2024-01-12",
      expired: false,
      excludedDays: 0,
      citation: { document: "luat-thads-2008", article: "30" }
    })
    const late = makeCase([], {
      judgmentEffectiveDate: d("2018-06-01"),
      initiation: { mode: "on-request", requestDate: d("2024-01-10") },
      limitationExclusions: [{ from: d("2020-01-01"), to: d("2020-03-01") }]
    })
    const ll = Classify.limitation(late)!
    expect(ll.excludedDays).toBe(60)
    expect(ll.expires).toBe("2023-07-31")
    expect(ll.expired).toBe(true)
    expect(Classify.classify(late, at).limitation?.expired).toBe(true)
  })
})

describe("decision table", () => {
  const rows = Classify.decisionTable()
  it("enumerates every combination", () => {
    expect(rows.filter((r) => r.section === "44a")).toHaveLength(128)
    expect(rows.filter((r) => r.section === "status").length).toBeGreaterThan(60)
    expect(rows.filter((r) => r.section === "separate-book")).toHaveLength(2 * 2 * 2 * 5 * 3)
  })
  it("exports CSV", () => {
    const csv = Classify.toCsv(rows).split("\r\n")
    expect(csv[0]).toBe(
      "section,noIncomeOrSubsistence,noAssets,assetsOnlyCoverCoercionCost,assetsExempt,specificItemGoneOrUnusable,documentsUnrecoverable,addressUnknown,event,law,decree,initiation,longPeriods,verifications,newInformation,monthsSinceDecision,category,ground,citation_vi,citation_en"
    )
    expect(csv[1]).toBe(
      '44a,0,0,0,0,0,0,0,,,,,,,,,enforceable,,khoản 1 Điều 44a Luật Thi hành án dân sự,"Article 44a(1), Law on Civil Judgment Enforcement"'
    )
    expect(csv).toContain(
      'status,,,,,,,,postponement 48.1.c,2008,,,,,,,enforceable,48.1.c,điểm c khoản 1 Điều 48 Luật Thi hành án dân sự,"Article 48(1)(c), Law on Civil Judgment Enforcement"'
    )
    expect(csv).toContain(
      'separate-book,,,,,,,,,,nd-152-2026,on-request,0,2,0,30,returned,nd-152-2026,Điều 22 Nghị định 152/2026/NĐ-CP,"Article 22, Decree 152/2026/ND-CP"'
    )
  })
  it("exports Markdown", () => {
    const md = Classify.toMarkdown(rows)
    expect(md.startsWith("## 44a\n")).toBe(true)
    expect(md).toContain(
      "| 1 | 1 | 0 | 0 | 0 | 0 | 0 | not-yet-enforceable (chưa có điều kiện thi hành) | 44a.1.a | điểm a khoản 1 Điều 44a Luật Thi hành án dân sự |"
    )
    expect(md).toContain(
      "| termination 50.1.đ | 2008 | terminated (đình chỉ thi hành án) | 50.1.đ | điểm đ khoản 1 Điều 50 Luật Thi hành án dân sự |"
    )
    expect(md).toContain(
      "| nd-62-2015 | ex-officio | 0 | 2 | 0 | 18 | separate-book (chuyển sổ theo dõi riêng) | nd-62-2015 | khoản 5 Điều 9 Nghị định 62/2015/NĐ-CP |"
    )
  })
})
