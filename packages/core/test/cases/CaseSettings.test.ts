/**
 * The case settings document: its problems at their pointers (vi and en), the bounds, the typed settings it gives,
 * that each setting changes what the module it feeds computes — only where the law read does not give the value
 * (from 1/7/2026), never the 2008 Law's or NĐ 62's read values — and that the results resting on one name it.
 */
import { readFileSync } from "node:fs"
import { describe, expect, it } from "vitest"
import * as Aggregate from "../../src/cases/Aggregate.js"
import type * as Case from "../../src/cases/Case.js"
import * as CaseSettings from "../../src/cases/CaseSettings.js"
import * as Classify from "../../src/cases/Classify.js"
import * as CaseDuties from "../../src/cases/Duties.js"
import type * as CaseEvent from "../../src/cases/Event.js"
import * as CaseTimeLimits from "../../src/cases/TimeLimits.js"
import * as CaseCheck from "../../src/compliance/CaseCheck.js"
import { d, makeCase } from "./fixtures.js"

const root = new URL("../../../../", import.meta.url)
const read = (path: string) => readFileSync(new URL(path, root), "utf8")

const ok = (u: unknown): CaseSettings.Decoded => {
  const r = CaseSettings.decode(u)
  if (r._tag === "Failure") throw new Error(CaseSettings.summary(r.failure, "en", 10))
  return r.success
}
const problems = (u: unknown): ReadonlyArray<readonly [string, string]> => {
  const r = CaseSettings.decode(u)
  return r._tag === "Failure" ? r.failure.map((p) => [p.path, p.code] as const) : []
}

describe("CaseSettings.decode", () => {
  it("an empty document is the library's defaults, and no §2.4 / §2.5 threshold", () => {
    const s = ok({})
    expect(s.classify).toEqual(Classify.defaultSettings)
    expect(s.duties).toEqual(CaseDuties.defaultSettings)
    expect(s.ageEdgesMonths).toEqual(Aggregate.defaultAgeEdgesMonths)
    expect(s.thresholds).toEqual({})
    expect(ok({ description: "x" }).document).toEqual({ description: "x", ...CaseSettings.defaults.document })
  })

  it("every key goes to the Settings of the module that takes it", () => {
    const s = ok({
      limitationYears: 4,
      reverificationMonths: 3,
      reverificationMonthsLong: 9,
      newRuleVerifications: 3,
      creditorNoticeWorkingDays: 5,
      postingMonths: 4,
      ageEdgesMonths: [3, 9],
      auctionHandoverMaxDays: 30,
      compensationMaxDays: 90
    })
    expect(s.classify).toEqual({
      ...Classify.defaultSettings,
      limitationYears: 4,
      reverificationMonths: 3,
      reverificationMonthsLong: 9,
      newRuleVerifications: 3,
      creditorNoticeWorkingDays: 5
    })
    expect(s.duties).toEqual({ postingMonths: 4 })
    expect(s.ageEdgesMonths).toEqual([3, 9])
    expect(s.thresholds).toEqual({ auctionHandoverMaxDays: 30, compensationMaxDays: 90 })
  })

  it("reports every problem at its pointer, in Vietnamese and English", () => {
    const r = CaseSettings.decode({
      limitationYears: 0,
      reverificationMonths: 2.5,
      newRuleVerifications: "2",
      ageEdgesMonths: [6, 6, 3],
      auctionHandoverMaxDays: -1,
      postingMonth: 3
    })
    expect(r._tag).toBe("Failure")
    const found = r._tag === "Failure" ? r.failure : []
    expect(found.map((p) => [p.path, p.code])).toEqual([
      ["/postingMonth", "unexpected-key"],
      ["/limitationYears", "out-of-range"],
      ["/reverificationMonths", "out-of-range"],
      ["/newRuleVerifications", "out-of-range"],
      ["/ageEdgesMonths/1", "not-increasing"],
      ["/ageEdgesMonths/2", "not-increasing"],
      ["/auctionHandoverMaxDays", "out-of-range"]
    ])
    const limitation = found.find((p) => p.path === "/limitationYears")!
    expect(limitation.message).toEqual({
      vi: "phải là số nguyên từ 1 đến 30 (năm)",
      en: "must be a whole number from 1 to 30 (years)"
    })
    expect(found.find((p) => p.path === "/ageEdgesMonths/2")!.message.vi).toBe("mốc 3 phải lớn hơn mốc trước")
    for (const p of found) expect(p.message.vi).not.toBe(p.message.en)
  })

  it("the long re-verification interval is not shorter than the usual one, defaults included", () => {
    expect(problems({ reverificationMonthsLong: 4 })).toEqual([["/reverificationMonthsLong", "out-of-range"]])
    expect(problems({ reverificationMonths: 13 })).toEqual([["/reverificationMonthsLong", "out-of-range"]])
    expect(problems({ reverificationMonths: 12, reverificationMonthsLong: 12 })).toEqual([])
  })

  it("bounded: a list of edges too long is one problem and its items are not read", () => {
    let touched = 0
    const edges = new Proxy(
      Array.from({ length: 100_000 }, (_, i) => i + 1),
      {
        get: (target, key) => {
          if (typeof key === "string" && /^\d+$/.test(key)) touched++
          return Reflect.get(target, key)
        }
      }
    )
    expect(problems({ ageEdgesMonths: edges })).toEqual([["/ageEdgesMonths", "too-many"]])
    expect(touched).toBe(0)
    expect(problems({ ageEdgesMonths: [] })).toEqual([["/ageEdgesMonths", "out-of-range"]])
  })

  it("not an object, not JSON, a repeated key", () => {
    expect(problems("x")).toEqual([["", "wrong-type"]])
    expect(CaseSettings.decodeJson("\uFEFF{}")._tag).toBe("Success")
    const dup = CaseSettings.decodeJson('{"limitationYears":5,"limitationYears":4}')
    expect(dup._tag === "Failure" ? dup.failure.map((p) => p.path) : []).toEqual(["/limitationYears"])
  })

  it("examples/case-settings.json decodes and says it is an example", () => {
    const r = CaseSettings.decodeJson(read("examples/case-settings.json"))
    expect(r._tag).toBe("Success")
    expect(JSON.parse(read("examples/case-settings.json")).description).toMatch(/^VÍ DỤ/)
  })

  it("docs/case-settings.schema.json is generated (regenerate: npx thads schema --case-settings > docs/case-settings.schema.json)", () => {
    expect(JSON.parse(read("docs/case-settings.schema.json"))).toEqual(
      JSON.parse(JSON.stringify(CaseSettings.jsonSchema()))
    )
  })
})

const chuaCo = (qd: string, verifications: ReadonlyArray<string>, over: Partial<Case.Case> = {}): Case.Case =>
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

describe("each setting changes its rule only where the law read gives no value, and is named", () => {
  it("limitationYears: a request from 1/7/2026 is time-barred after 4 years; a request before keeps Điều 30's 5", () => {
    const onRequest = (request: string): Case.Case =>
      makeCase([], {
        decision: { date: d(request), number: "1" },
        initiation: { mode: "on-request", requestDate: d(request) },
        judgmentEffectiveDate: d("2022-03-01")
      })
    const four = ok({ limitationYears: 4 }).classify
    const late = onRequest("2026-08-03")
    expect(Classify.classify(late, d("2026-09-30")).limitation).toMatchObject({ expired: false, years: 5 })
    expect(Classify.classify(late, d("2026-09-30"), four).limitation).toMatchObject({
      expired: true,
      years: 4,
      basis: "assumed",
      setting: { key: "Classify.Settings.limitationYears", value: 4 }
    })
    const before = onRequest("2026-06-01")
    expect(Classify.classify(before, d("2026-09-30"), four).limitation).toMatchObject({
      expired: false,
      years: 5,
      basis: "official"
    })
    expect(Classify.classify(before, d("2026-09-30"), four).limitation?.setting).toBeUndefined()
  })

  it("newRuleVerifications: with 3, a case is not sent back after 2 verifications (NĐ 152 Điều 22), and says so", () => {
    const c = chuaCo("2025-09-01", ["2026-03-02", "2026-09-01"], { decision: { date: d("2025-08-20"), number: "1" } })
    const byDefault = Classify.classify(c, d("2027-09-01"))
    expect(byDefault).toMatchObject({
      category: "returned",
      setting: { key: "State.Settings.newRuleVerifications", value: 2 }
    })
    const three = Classify.classify(c, d("2027-09-01"), ok({ newRuleVerifications: 3 }).classify)
    expect(three.category).toBe("not-yet-enforceable")
    const third = { ...c, events: [...c.events, { type: "verification", date: d("2027-03-01") } as const] }
    expect(Classify.classify(third, d("2027-09-01"), ok({ newRuleVerifications: 3 }).classify)).toMatchObject({
      category: "returned",
      setting: { value: 3 }
    })
    // NĐ 62's two verifications (read) are not the setting: a move before 1/7/2026 is unchanged and names none.
    const old = chuaCo("2025-03-03", ["2025-09-03", "2026-02-03"])
    const r = Classify.classify(old, d("2026-03-03"), ok({ newRuleVerifications: 3 }).classify)
    expect(r.category).toBe("separate-book")
    expect(r.setting).toBeUndefined()
  })

  it("reverificationMonths: 4 months after a verification from 1/7/2026 (assumed, named); 6 before (Điều 44 k2)", () => {
    const s = ok({ reverificationMonths: 4 }).classify
    const late = chuaCo("2026-07-15", [], { decision: { date: d("2026-07-01"), number: "1" } })
    expect(Classify.classify(late, d("2026-08-31"), s).nextVerificationDue?.date).toBe("2026-11-15")
    const [step] = CaseTimeLimits.check(late, d("2026-12-31"), s).filter((x) => x.step === "reverification")
    expect(step).toMatchObject({
      status: "overdue",
      basis: "assumed",
      setting: { key: "Classify.Settings.reverificationMonths", value: 4 }
    })
    const early = chuaCo("2024-02-05", [])
    expect(Classify.classify(early, d("2024-03-31"), s).nextVerificationDue?.date).toBe("2024-08-05")
    const [old] = CaseTimeLimits.check(early, d("2024-12-31"), s).filter((x) => x.step === "reverification")
    expect(old).toMatchObject({ basis: "official", limit: { amount: 6 } })
    expect(old!.setting).toBeUndefined()
  })

  it("reverificationMonthsLong: the longer interval from 1/7/2026 names its own setting", () => {
    const s = ok({ reverificationMonthsLong: 18 }).classify
    const c = chuaCo("2026-07-15", [], {
      decision: { date: d("2026-07-01"), number: "1" },
      debtor: { kind: "person", addressUnknown: true }
    })
    const [step] = CaseTimeLimits.check(c, d("2026-12-31"), s).filter((x) => x.step === "reverification")
    expect(step).toMatchObject({
      due: "2028-01-17",
      setting: { key: "Classify.Settings.reverificationMonthsLong", value: 18 }
    })
  })

  it("creditorNoticeWorkingDays: assumed at every date, so the setting applies to 2024 too", () => {
    const c = chuaCo("2024-02-01", ["2024-08-01", "2025-02-03"])
    const s = ok({ creditorNoticeWorkingDays: 10 }).classify
    const [step] = CaseTimeLimits.check(c, d("2025-03-31"), s).filter((x) => x.step === "creditor-notice")
    expect(step).toMatchObject({
      due: "2025-02-17",
      basis: "assumed",
      setting: { key: "Classify.Settings.creditorNoticeWorkingDays", value: 10 }
    })
  })

  it("postingMonths: a posting of 3½ months from 1/7/2026 is short of 4 months; before, NĐ 62's 3 months hold", () => {
    const posted = (date: string, ended: string, decision: string) =>
      makeCase(
        [
          {
            type: "not-yet-enforceable",
            date: d(date),
            ground: "a",
            publishedDate: d(date),
            postedDate: d(date),
            postingEndedDate: d(ended)
          }
        ],
        { decision: { date: d(decision), number: "1" } }
      )
    const four = ok({ postingMonths: 4 })
    const late = posted("2026-08-03", "2026-11-20", "2026-07-15")
    expect(CaseDuties.check(late, d("2026-12-31"))[0]!.status).toBe("met")
    expect(CaseDuties.check(late, d("2026-12-31"), four.duties)[0]).toMatchObject({
      status: "breached",
      until: "2026-12-03",
      basis: "assumed",
      setting: { key: "CaseDuties.Settings.postingMonths", value: 4 }
    })
    const f = CaseCheck.findings(late, d("2026-12-31"), four.classify, four.duties).find(
      (x) => x.code === "case-posting-period-short"
    )!
    expect(f).toMatchObject({ basis: "assumed", severity: "warning" })
    expect(f.message.en).toContain("(assumed: setting CaseDuties.Settings.postingMonths = 4)")
    expect(CaseCheck.findings(late, d("2026-12-31")).map((x) => x.code)).not.toContain("case-posting-period-short")
    const early = posted("2024-03-01", "2024-06-20", "2024-01-15")
    expect(CaseDuties.check(early, d("2024-12-31"), four.duties)[0]).toMatchObject({
      status: "met",
      until: "2024-06-01",
      basis: "official"
    })
  })

  it("ageEdgesMonths: the ledger's age bands of the enforceable cases carried forward", () => {
    const ledger = {
      unitId: "u",
      cases: [
        makeCase([], { id: "a", decision: { date: d("2024-07-01"), number: "1" } }),
        makeCase([], { id: "b", decision: { date: d("2024-01-02"), number: "2" } }),
        makeCase([], { id: "c", decision: { date: d("2023-06-01"), number: "3" } })
      ]
    }
    const bands = (edges: ReadonlyArray<number>) =>
      Aggregate.aggregate(ledger, { year: 2024, months: 12, ageEdgesMonths: edges }).extra.enforceableByAge.map((b) => [
        b.fromMonths,
        b.toMonths,
        b.cases
      ])
    expect(bands(ok({ ageEdgesMonths: [3, 9] }).ageEdgesMonths)).toEqual([
      [0, 3, 1],
      [3, 9, 1],
      [9, null, 1]
    ])
    expect(bands(ok({}).ageEdgesMonths)).toEqual([
      [0, 6, 1],
      [6, 12, 1],
      [12, 24, 1],
      [24, 60, 0],
      [60, null, 0]
    ])
  })
})
