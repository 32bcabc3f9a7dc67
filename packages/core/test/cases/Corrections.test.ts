/**
 * Issue #13 items 3, 4, 5, 6, 10, each tested on an example built from the text it rests on (quoted in the test
 * names; read in the Pháp điển compilation, diepxuan/diepxuan.github.io `van-ban/thi-hanh-an/thi-hanh-an-dan-su.md`,
 * and NĐ 152/2026 in `van-ban/tu-phap-thi-hanh-an/nghi-dinh-152-2026-nd-cp-thi-hanh-an-dan-su.md`; the GSO metadata
 * page "Kết quả thi hành án dân sự").
 */
import { describe, expect, it } from "vitest"
import * as Aggregate from "../../src/cases/Aggregate.js"
import * as Case from "../../src/cases/Case.js"
import * as Classify from "../../src/cases/Classify.js"
import type * as CaseEvent from "../../src/cases/Event.js"
import * as State from "../../src/cases/State.js"
import * as CaseTimeLimits from "../../src/cases/TimeLimits.js"
import * as ReportCheck from "../../src/compliance/ReportCheck.js"
import * as Identity from "../../src/statistics/Identity.js"
import * as ResidualPlacement from "../../src/statistics/ResidualPlacement.js"
import { d, makeCase } from "./fixtures.js"

const onRequest = (requestDate: string, over: Partial<Case.Case>): Case.Case =>
  makeCase([], {
    decision: { date: d(requestDate), number: "1/QĐ-THADS" },
    initiation: { mode: "on-request", requestDate: d(requestDate) },
    ...over
  })

describe("#13.3 thời hiệu — Luật THADS 2008 Điều 30 khoản 1", () => {
  it('"05 năm, kể từ ngày bản án, quyết định có hiệu lực pháp luật": a request on the last day is within', () => {
    const within = Classify.limitation(onRequest("2022-03-15", { judgmentEffectiveDate: d("2017-03-15") }))!
    expect(within).toMatchObject({ start: "judgment-effective", expires: "2022-03-15", expired: false })
    expect(within.basis).toBe("official")
    expect(within.citation).toMatchObject({ document: "luat-thads-2008", article: "30", clause: 1 })
    expect(Classify.limitation(onRequest("2022-03-16", { judgmentEffectiveDate: d("2017-03-15") }))!.expired).toBe(true)
  })

  it('"thời hạn thực hiện nghĩa vụ được ấn định … thì thời hạn 05 năm được tính từ ngày nghĩa vụ đến hạn"', () => {
    // Effective 2015-05-04, but the judgment gives until 2018-12-28: a request in 2022 is within.
    const l = Classify.limitation(
      onRequest("2022-06-01", { judgmentEffectiveDate: d("2015-05-04"), obligationDueDate: d("2018-12-28") })
    )!
    expect(l).toMatchObject({ start: "due-date", from: "2018-12-28", expires: "2023-12-28", expired: false })
  })

  it('"theo định kỳ thì thời hạn 05 năm được áp dụng cho từng định kỳ": some instalments barred, the request is not', () => {
    const instalments = Array.from({ length: 12 }, (_, m) => ({
      dueDate: d(`2016-${String(m + 1).padStart(2, "0")}-15`)
    }))
    const l = Classify.limitation(onRequest("2021-06-01", { judgmentEffectiveDate: d("2016-01-05"), instalments }))!
    expect(l.start).toBe("instalments")
    expect(l.expired).toBe(false)
    expect(l.barredInstalments).toBe(5) // January–May 2016 (15/5/2021 a Saturday: rolled to Monday 17/5, BLDS Điều 148)
    expect(l.instalments!.map((x) => x.expired)).toEqual([...Array(5).fill(true), ...Array(7).fill(false)])
    expect(l.instalments![4]!.expires).toBe("2021-05-17")
    // Every instalment barred: then, and only then, time-barred.
    expect(
      Classify.limitation(onRequest("2023-01-10", { judgmentEffectiveDate: d("2016-01-05"), instalments }))!.expired
    ).toBe(true)
  })

  it("from 1/7/2026: Luật 2025 Điều 34 (as NĐ 152/2026 cites it), the 5 years assumed", () => {
    const l = Classify.limitation(onRequest("2026-07-10", { judgmentEffectiveDate: d("2021-07-05") }))!
    expect(l).toMatchObject({ expired: true, basis: "assumed" })
    expect(l.citation).toMatchObject({ document: "luat-thads-2025", article: "34" })
    expect(l.citation.note?.en).toContain("assumed")
    expect(l.setting).toMatchObject({ key: "Classify.Settings.limitationYears", value: 5 })
  })
})

describe("#13.10 the prison term shrinks with time — Điều 44 k2 (≥ 02 năm còn lại)", () => {
  const notYet = (over: Partial<Case.Case>, verifications: ReadonlyArray<string> = []) =>
    makeCase(
      [
        { type: "verification", date: d("2024-02-05"), facts: { noIncomeOrSubsistence: true, noAssets: true } },
        { type: "not-yet-enforceable", date: d("2024-02-05"), ground: "a" },
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
  const released = { debtor: { kind: "person" as const, releaseDate: d("2026-03-01") } }

  it("released 1/3/2026: ≥ 2 years left on 5/2/2024 (12 months), not on 10/6/2024 (6 months)", () => {
    expect(Classify.classify(notYet(released), d("2024-05-01")).nextVerificationDue?.date).toBe("2025-02-05")
    expect(Classify.classify(notYet(released, ["2024-06-10"]), d("2024-12-31")).nextVerificationDue?.date).toBe(
      "2024-12-10"
    )
  })

  it("the older prisonRemainingYears is read as years left on the decision date (15/1/2024 + 3 years)", () => {
    const old = { debtor: { kind: "person" as const, prisonRemainingYears: 3 } }
    expect(State.releaseDateOf(notYet(old))).toBe("2027-01-15")
    expect(State.prisonAtLeast(notYet(old), "2025-01-15", 2)).toBe(true)
    expect(State.prisonAtLeast(notYet(old), "2025-01-16", 2)).toBe(false)
    expect(Classify.classify(notYet(old, ["2025-03-01"]), d("2025-06-30")).nextVerificationDue?.date).toBe("2025-09-01")
  })
})

describe('#13.4 "thi hành xong" as the GSO counts it (xong, đình chỉ, giảm; partly done and the rest ủy thác)', () => {
  // Miễn / giảm (Điều 61) is of amounts owed to the State: the cases are ex officio (Điều 36 k2 a: fines, court fees).
  const c = (id: string, events: ReadonlyArray<CaseEvent.Event>): Case.Case =>
    makeCase(events, {
      id,
      amountDue: 10_000_000,
      decision: { date: d("2024-11-01"), number: id },
      initiation: { mode: "ex-officio", ground: "a", judgmentReceivedDate: d("2024-10-30") }
    })
  const ledger = {
    unitId: "phong-kv-1",
    cases: [
      c("A-xong", [{ type: "completion", date: d("2025-03-01") }]),
      c("B-dinh-chi", [
        { type: "payment", date: d("2025-01-10"), amount: 4_000_000 },
        { type: "termination", date: d("2025-04-01"), point: "c" }
      ]),
      c("C-giam", [
        { type: "payment", date: d("2025-01-10"), amount: 6_000_000 },
        { type: "reduction", date: d("2025-05-01"), kind: "reduction", amount: 4_000_000 }
      ]),
      c("D-mot-phan-uy-thac", [
        { type: "payment", date: d("2025-01-10"), amount: 3_000_000 },
        { type: "delegation", date: d("2025-06-01"), toUnitId: "phong-kv-2" }
      ]),
      c("E-uy-thac", [{ type: "delegation", date: d("2025-06-01"), toUnitId: "phong-kv-2" }]),
      c("F-dang-thi-hanh", []),
      c("G-giam-mot-phan", [
        { type: "payment", date: d("2025-02-01"), amount: 2_000_000 },
        { type: "reduction", date: d("2025-03-01"), kind: "reduction", amount: 1_000_000 }
      ])
    ]
  }

  it("the rest giảm ends the case (category reduced, Điều 61); only amounts owed to the State", () => {
    const onRequest = { ...ledger.cases[2]!, initiation: { mode: "on-request" as const, requestDate: d("2024-10-30") } }
    expect(Case.decode(onRequest)).toMatchObject({
      _tag: "Failure",
      problems: [{ path: "/events/1", code: "reduction-not-allowed" }]
    })
    expect(Classify.classify(ledger.cases[2]!, d("2025-09-30"))).toMatchObject({
      category: "reduced",
      citation: { document: "luat-thads-2008", article: "61" }
    })
    expect(Classify.classify(ledger.cases[6]!, d("2025-09-30")).category).toBe("enforceable")
  })

  it("numerator and denominator both move: V08 4 of V07 6 (was 2 of 5)", () => {
    const { report, identities } = Aggregate.aggregate(ledger, { year: 2025, months: 12, rowsBy: "unit" })
    const v = report.cases.total
    expect([v.V02, v.V04, v.V06, v.V07, v.V08, v.V09]).toEqual([7, 1, 6, 6, 4, 2])
    const t = report.money.total
    // Money: D's 7,000,000 left goes to the receiving office (T04); G's 1,000,000 giảm counts as xong.
    expect([t.T04, t.T06, t.T07, t.T08, t.T09]).toEqual([17_000_000, 53_000_000, 53_000_000, 36_000_000, 17_000_000])
    expect(Identity.evaluate(report, { settings: identities, onlyFailures: true })).toEqual([])
  })
})

describe("#13.5 hoãn / tạm đình chỉ placed by regime", () => {
  const ledgerIn = (year: number) => {
    const y = (s: string) => d(`${year - 1 + (s < "10" ? 1 : 0)}-${s}`)
    const c = (id: string, events: ReadonlyArray<CaseEvent.Event>): Case.Case =>
      makeCase(events, {
        id,
        amountDue: 1_000_000,
        decision: { date: y("11-01"), number: id },
        initiation: { mode: "on-request", requestDate: y("10-28") }
      })
    return {
      unitId: "chi-cuc",
      cases: [
        c("hoan", [{ type: "postponement", date: y("03-01"), clause: 1, point: "a" }]),
        c("tam-dinh-chi", [{ type: "suspension", date: y("04-01"), clause: 1 }]),
        c("chua-co", [{ type: "not-yet-enforceable", date: y("05-02"), ground: "a" }]),
        c("dang", []),
        c("xong", [{ type: "completion", date: y("06-03") }])
      ]
    }
  }

  it("TT 01/2013 (year 2019): V06 = V07 + V11 exactly, hoãn and tạm đình chỉ inside V07", () => {
    const { report, identities } = Aggregate.aggregate(ledgerIn(2019), { year: 2019, months: 12, rowsBy: "unit" })
    expect(report.header.regime).toBe("tt01-2013")
    const v = report.cases.total
    expect([v.V06, v.V07, v.V08, v.V09, v.V10, v.V11, v.V14]).toEqual([5, 4, 1, 1, 2, 1, 3])
    expect(v.V06).toBe(v.V07 + v.V11)
    expect(identities).toEqual(ResidualPlacement.identitySettings("tt01-2013"))
    expect(Identity.evaluate(report, { settings: identities, onlyFailures: true })).toEqual([])
    // thads check picks the regime's placement for the standard rule set.
    expect(ReportCheck.check(report).findings.map((f) => f.code)).not.toContain("identity-violated")
  })

  it("TT 06/2019 (year 2021): the residual bucket outside, V06 = V07 + V11 + V10", () => {
    const { report } = Aggregate.aggregate(ledgerIn(2021), { year: 2021, months: 12, rowsBy: "unit" })
    expect(report.header.regime).toBe("tt06-2019")
    const v = report.cases.total
    expect([v.V06, v.V07, v.V10, v.V11, v.V14]).toEqual([5, 2, 2, 1, 1])
    expect(ReportCheck.check(report).findings.map((f) => f.code)).not.toContain("identity-violated")
  })

  it("the published 9 months 2017 split holds under the TT 01/2013 identities (728,227 = 579,413 + 148,814)", () => {
    const i06b = Identity.get("I06b", ResidualPlacement.identitySettings("tt01-2013"))!
    expect(i06b._tag === "RowIdentity" && i06b.terms.map((t) => t.slot)).toEqual(["07", "11"])
    expect(579_413 + 148_814).toBe(728_227)
  })
})

describe("#13.6 from 1/7/2026: the 2025 Law's articles as NĐ 152/2026 cites them", () => {
  const at = d("2026-12-31")
  const after = (events: ReadonlyArray<CaseEvent.Event>, over: Partial<Case.Case> = {}) =>
    makeCase(events, { decision: { date: d("2026-07-15"), number: "1" }, ...over })

  it("đình chỉ Điều 48 (NĐ 152 Điều 25 k1 b), ủy thác Điều 49 (Điều 26), chưa có điều kiện Điều 38 k1 a (Điều 80)", () => {
    const t = Classify.classify(after([{ type: "termination", date: d("2026-08-03"), point: "a" }]), at).citation
    expect(t).toMatchObject({ document: "luat-thads-2025", article: "48" })
    expect(t.note?.en).toContain("clause or point is not verified")
    expect(Classify.classify(after([{ type: "delegation", date: d("2026-08-03") }]), at).citation).toEqual({
      document: "luat-thads-2025",
      article: "49"
    })
    expect(
      Classify.classify(after([{ type: "not-yet-enforceable", date: d("2026-08-03"), ground: "a" }]), at).citation
    ).toMatchObject({ document: "luat-thads-2025", article: "38", clause: 1, point: "a" })
  })

  it('re-verification cites Điều 38 k3 (NĐ 152 Điều 22: "xác minh theo quy định tại khoản 3 Điều 38")', () => {
    const r = Classify.classify(after([{ type: "not-yet-enforceable", date: d("2026-08-03"), ground: "a" }]), at)
    expect(r.nextVerificationDue?.citation).toMatchObject({ document: "luat-thads-2025", article: "38", clause: 3 })
  })

  it('NĐ 152 Điều 22 k2 says "gửi lại yêu cầu", not "trả lại đơn yêu cầu"', () => {
    expect(Classify.categoryNames.returned.vi).toBe("gửi lại yêu cầu thi hành án")
  })

  it("time limits of the 2008 Law reused for events after 1/7/2026 are assumed and say so; NĐ 152 Điều 23 is read", () => {
    const steps = CaseTimeLimits.check(
      after([{ type: "not-yet-enforceable", date: d("2026-08-03"), ground: "a", publishedDate: d("2026-08-05") }]),
      at
    )
    const verification = steps.find((s) => s.step === "verification")!
    expect(verification.basis).toBe("assumed")
    expect(verification.assumption?.vi).toContain("giả định")
    const publication = steps.find((s) => s.step === "not-yet-publication")!
    expect(publication).toMatchObject({ basis: "official", citation: { document: "nd-152-2026", article: "23" } })
    // Before 1/7/2026 the same step is official.
    const before = CaseTimeLimits.check(makeCase([]), d("2024-12-31")).find((s) => s.step === "verification")!
    expect(before.basis).toBe("official")
  })
})
