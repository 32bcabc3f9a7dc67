/**
 * Issue #14 item 3: the case-level duties, each on an example built from the clause it rests on (Luật THADS 2008
 * Điều 37, 38, 39, 44 k2; NĐ 62/2015 Điều 9 k3, k4, Điều 11 k1, k3; NĐ 152/2026 Điều 23), as read in the Pháp điển
 * compilation.
 */
import { describe, expect, it } from "vitest"
import * as Case from "../../src/cases/Case.js"
import * as CaseDuties from "../../src/cases/Duties.js"
import type * as CaseEvent from "../../src/cases/Event.js"
import * as CaseTimeLimits from "../../src/cases/TimeLimits.js"
import * as CaseCheck from "../../src/compliance/CaseCheck.js"
import { d, makeCase } from "./fixtures.js"

const codes = (c: Case.Case, at: string) => CaseCheck.findings(c, d(at)).map((f) => f.code)
const step = (c: Case.Case, at: string, s: CaseTimeLimits.Step) =>
  CaseTimeLimits.check(c, d(at)).filter((x) => x.step === s)

describe('Điều 44 k2: "Sau hai lần xác minh mà người phải thi hành án vẫn chưa có điều kiện … phải thông báo bằng văn bản cho người được thi hành án"', () => {
  const events: ReadonlyArray<CaseEvent.Event> = [
    { type: "verification", date: d("2024-01-29"), facts: { noIncomeOrSubsistence: true, noAssets: true } },
    { type: "not-yet-enforceable", date: d("2024-02-01"), ground: "a", publishedDate: d("2024-02-02") },
    { type: "verification", date: d("2024-08-01"), facts: { noIncomeOrSubsistence: true, noAssets: true } },
    { type: "verification", date: d("2025-02-03") }
  ]
  it("due after the second verification (after the decision); the 3 working days are an assumed setting", () => {
    const [s] = step(makeCase(events), "2025-03-31", "creditor-notice")
    expect(s).toMatchObject({
      status: "overdue",
      due: "2025-02-06",
      basis: "assumed",
      setting: { key: "Classify.Settings.creditorNoticeWorkingDays", value: 3 }
    })
    expect(s!.citation).toMatchObject({ document: "luat-thads-2008", article: "44", clause: 2 })
    const f = CaseCheck.findings(makeCase(events), d("2025-03-31")).find(
      (x) => x.code === "case-creditor-not-notified"
    )!
    expect(f.severity).toBe("warning")
    expect(f.message.vi).toContain("theo giả định")
  })
  it("notified in time: no finding; one verification only: not due", () => {
    const notified = makeCase([...events, { type: "creditor-notified", date: d("2025-02-05") }])
    expect(step(notified, "2025-03-31", "creditor-notice")[0]!.status).toBe("met")
    expect(codes(notified, "2025-03-31")).not.toContain("case-creditor-not-notified")
    expect(step(makeCase(events.slice(0, 3)), "2025-03-31", "creditor-notice")).toEqual([])
    // A verification that finds the debtor able to pay ends the count.
    const able = makeCase([...events.slice(0, 3), { type: "verification", date: d("2024-10-01"), facts: {} }])
    expect(step(able, "2025-03-31", "creditor-notice")).toEqual([])
  })
  it("no creditor to notify in an ex officio fine (Điều 36 k2 a)", () => {
    const exOfficio = makeCase(events, { initiation: { mode: "ex-officio", ground: "a" } })
    expect(step(exOfficio, "2025-03-31", "creditor-notice")).toEqual([])
  })
})

describe('NĐ 62 Điều 9 k4: "Trong thời hạn 10 ngày, kể từ ngày nhận được văn bản … cung cấp thông tin mới … Chấp hành viên phải tiến hành xác minh"', () => {
  const withInfo = (...more: ReadonlyArray<CaseEvent.Event>) =>
    makeCase([
      { type: "not-yet-enforceable", date: d("2024-02-01"), ground: "a", publishedDate: d("2024-02-02") },
      { type: "information-received", date: d("2024-03-04"), source: "creditor" },
      ...more
    ])
  it("verified on day 10: met; later: late (info); not at all: overdue (warning)", () => {
    expect(
      step(withInfo({ type: "verification", date: d("2024-03-14") }), "2024-06-30", "new-information-verification")[0]
    ).toMatchObject({
      status: "met",
      due: "2024-03-14",
      basis: "official",
      citation: { document: "nd-62-2015", article: "9", clause: 4 }
    })
    const late = CaseCheck.findings(withInfo({ type: "verification", date: d("2024-03-20") }), d("2024-06-30")).find(
      (f) => f.code === "case-new-information-not-verified"
    )!
    expect(late.severity).toBe("info")
    const overdue = CaseCheck.findings(withInfo(), d("2024-06-30")).find(
      (f) => f.code === "case-new-information-not-verified"
    )!
    expect(overdue.severity).toBe("warning")
  })
  it("new information blocks the move to the separate book (NĐ 62 Điều 9 k5 c)", () => {
    const c = withInfo(
      { type: "verification", date: d("2024-03-14"), facts: { noIncomeOrSubsistence: true, noAssets: true } },
      { type: "verification", date: d("2024-09-10"), facts: { noIncomeOrSubsistence: true, noAssets: true } }
    )
    expect(CaseTimeLimits.check(c, d("2025-06-30")).some((s) => s.step === "separate-book-move")).toBe(false)
  })
  it("from 1/7/2026: Luật 2025 Điều 38 k2 (NĐ 152 Điều 22), the 10 days assumed", () => {
    const c = makeCase(
      [
        { type: "not-yet-enforceable", date: d("2026-07-10"), ground: "a", publishedDate: d("2026-07-13") },
        { type: "information-received", date: d("2026-08-03") }
      ],
      { decision: { date: d("2026-07-01"), number: "1" } }
    )
    expect(step(c, "2026-12-31", "new-information-verification")[0]).toMatchObject({
      status: "overdue",
      basis: "assumed",
      citation: { document: "luat-thads-2025", article: "38", clause: 2 }
    })
  })
})

describe('NĐ 62 Điều 11 k1: "gửi quyết định … cho Ủy ban nhân dân cấp xã … để niêm yết công khai. Thời gian niêm yết … là 03 tháng"', () => {
  const posted = (over: Partial<CaseEvent.NotYetEnforceable>, ...more: ReadonlyArray<CaseEvent.Event>) =>
    makeCase([
      {
        type: "not-yet-enforceable",
        date: d("2024-03-01"),
        ground: "a",
        publishedDate: d("2024-03-04"),
        sentToCommuneDate: d("2024-03-05"),
        postedDate: d("2024-03-06"),
        ...over
      },
      ...more
    ])
  it("sent within 5 working days: met; never sent: a finding", () => {
    expect(step(posted({}), "2024-12-31", "commune-posting")[0]).toMatchObject({ status: "met", due: "2024-03-08" })
    const never = posted({ sentToCommuneDate: undefined as never, postedDate: undefined as never })
    expect(codes(never, "2024-12-31")).toContain("case-commune-posting-late")
  })
  it("posted 6/3/2024 and taken down 6/5/2024: short of 3 months (until 6/6/2024)", () => {
    const [r] = CaseDuties.check(posted({ postingEndedDate: d("2024-05-06") }), d("2024-12-31"))
    expect(r).toMatchObject({ rule: "posting-period", status: "breached", until: "2024-06-06", basis: "official" })
    expect(codes(posted({ postingEndedDate: d("2024-05-06") }), "2024-12-31")).toContain("case-posting-period-short")
    expect(CaseDuties.check(posted({ postingEndedDate: d("2024-06-06") }), d("2024-12-31"))[0]!.status).toBe("met")
    expect(CaseDuties.check(posted({}), d("2024-04-30"))[0]!.status).toBe("in-progress")
  })
  it("k3: a termination ends the posting early without a breach", () => {
    const c = posted({ postingEndedDate: d("2024-04-03") }, { type: "termination", date: d("2024-04-01"), point: "c" })
    expect(CaseDuties.check(c, d("2024-12-31"))[0]!.status).toBe("met")
  })
  it("from 1/7/2026 NĐ 152 Điều 23 names no period: the 3 months are assumed", () => {
    const c = makeCase(
      [
        {
          type: "not-yet-enforceable",
          date: d("2026-08-03"),
          ground: "a",
          publishedDate: d("2026-08-04"),
          postedDate: d("2026-08-06"),
          postingEndedDate: d("2026-09-01")
        }
      ],
      { decision: { date: d("2026-07-15"), number: "1" } }
    )
    const [r] = CaseDuties.check(c, d("2026-12-31"))
    expect(r).toMatchObject({
      status: "breached",
      basis: "assumed",
      citation: { document: "nd-152-2026", article: "23" },
      setting: { key: "CaseDuties.Settings.postingMonths", value: 3 }
    })
    const f = CaseCheck.findings(c, d("2026-12-31")).find((x) => x.code === "case-posting-period-short")!
    expect(f.message.en).toContain("(assumed: setting CaseDuties.Settings.postingMonths = 3)")
    expect(f.basis).toBe("assumed")
  })
})

describe("Điều 37: grounds of thu hồi (k1 a–d) and hủy (k3 a–b); Điều 38 and Điều 39 k2: 03 ngày làm việc", () => {
  it("a withdrawal without its ground is a finding; with it, met and cited to its point", () => {
    const none = makeCase([{ type: "withdrawal", date: d("2024-03-01"), kind: "withdrawn" }])
    expect(codes(none, "2024-03-04")).toEqual(["case-withdrawal-ground-missing"])
    const ok = makeCase([
      {
        type: "withdrawal",
        date: d("2024-03-01"),
        kind: "withdrawn",
        ground: "c",
        sentToProcuracyDate: d("2024-03-05"),
        notifiedDate: d("2024-03-06")
      }
    ])
    expect(CaseDuties.check(ok, d("2024-06-30"))[0]).toMatchObject({
      status: "met",
      citation: { document: "luat-thads-2008", article: "37", clause: 1 }
    })
    expect(codes(ok, "2024-06-30")).toEqual([])
  })
  it("not sent to the procuracy within 3 working days (due 6/3/2024)", () => {
    const late = makeCase([
      { type: "withdrawal", date: d("2024-03-01"), kind: "cancelled", ground: "b", notifiedDate: d("2024-03-04") }
    ])
    expect(step(late, "2024-06-30", "withdrawal-sent")[0]).toMatchObject({
      status: "overdue",
      due: "2024-03-06",
      citation: { document: "luat-thads-2008", article: "38" }
    })
    expect(codes(late, "2024-06-30")).toEqual(["case-withdrawal-notice-late"])
  })
  it('from 1/7/2026: Luật 2025 Điều 52 k1 (NĐ 152 Điều 55 k4: "thu hồi … theo quy định tại điểm c khoản 1 Điều 52"), assumed', () => {
    const c = makeCase([{ type: "withdrawal", date: d("2026-08-03"), kind: "withdrawn", ground: "c" }], {
      decision: { date: d("2026-07-15"), number: "1" }
    })
    expect(CaseDuties.check(c, d("2026-12-31"))[0]).toMatchObject({
      status: "met",
      basis: "assumed",
      citation: { document: "luat-thads-2025", article: "52", clause: 1, point: "c" }
    })
  })
  it("a hủy has no point c or d (k3 a–b only): a decoding problem", () => {
    const r = Case.decode({
      ...makeCase([{ type: "withdrawal", date: d("2024-03-01"), kind: "cancelled", ground: "c" }])
    })
    expect(r._tag === "Failure" && r.problems.map((p) => [p.path, p.code])).toEqual([
      ["/events/0/ground", "point-not-allowed"]
    ])
  })
})

describe('NĐ 62 Điều 9 k3: "chưa xác định được địa chỉ … phải ghi rõ việc thi hành án bị hoãn theo Điểm b Khoản 1 Điều 48"', () => {
  const unknown = (statesPostponement: boolean | undefined, over: Partial<Case.Case> = {}, date = "2024-03-01") =>
    makeCase(
      [
        { type: "verification", date: d("2024-02-20"), facts: { addressUnknown: true, noAssets: true } },
        {
          type: "not-yet-enforceable",
          date: d(date),
          ground: "c",
          publishedDate: d(date),
          ...(statesPostponement === undefined ? {} : { statesPostponement })
        }
      ],
      over
    )
  it("address and assets unknown: the decision must state the hoãn", () => {
    expect(CaseDuties.check(unknown(true), d("2024-06-30"))[0]).toMatchObject({
      rule: "unknown-address-postponement",
      status: "met",
      citation: { document: "nd-62-2015", article: "9", clause: 3 }
    })
    expect(codes(unknown(undefined), "2024-06-30")).toContain("case-unknown-address-not-postponed")
  })
  it("address unknown, the debtor must act personally: the same", () => {
    const c = makeCase(
      [
        { type: "verification", date: d("2024-02-20"), facts: { addressUnknown: true } },
        { type: "not-yet-enforceable", date: d("2024-03-01"), ground: "c", publishedDate: d("2024-03-01") }
      ],
      { personalObligation: true }
    )
    expect(CaseDuties.check(c, d("2024-06-30")).map((r) => [r.rule, r.status])).toEqual([
      ["unknown-address-postponement", "breached"]
    ])
    expect(CaseDuties.check({ ...c, personalObligation: false }, d("2024-06-30"))).toEqual([])
  })
  it("dated: not applied to decisions from 1/7/2026 (no counterpart found in NĐ 152/2026)", () => {
    const c = unknown(undefined, { decision: { date: d("2024-01-15"), number: "1" } }, "2026-07-02")
    expect(CaseDuties.check(c, d("2026-12-31"))).toEqual([])
  })
})
