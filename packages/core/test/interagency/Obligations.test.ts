import { describe, expect, it } from "vitest"
import * as CivilDate from "../../src/base/CivilDate.js"
import * as Obligations from "../../src/interagency/Obligations.js"

const d = CivilDate.make
const q2 = { from: d("2022-03-31"), to: d("2022-03-31") }

describe("TTLT 12/2021 obligations", () => {
  it("generates only the inter-agency periods (3, 6, 10, 12 months) from 25/02/2022", () => {
    const ends = new Set(Obligations.generate({ from: d("2021-10-01"), to: d("2022-09-30") }).map((o) => o.periodEnd))
    expect([...ends].sort()).toEqual(["2022-03-31", "2022-07-31", "2022-09-30"])
  })

  it("chains a district's form 01: close 1 day, send for co-signing 1 WD, co-sign 2 WD, send up 1 WD (Đ8–9)", () => {
    const list = Obligations.generate({ ...q2, forms: ["01"], unitId: "chi-cuc-go-dau" })
    expect(list.map((o) => [o.step, o.due, o.citation.article, o.citation.clause, o.citation.point])).toEqual([
      ["close", "2022-04-01", "8", 2, "a"],
      ["send-for-cosign", "2022-04-04", "8", 3, "a"],
      ["cosign", "2022-04-06", "8", 3, "b"],
      ["send-up", "2022-04-07", "9", 1, "a"]
    ])
    expect(list[2]!.owner.actorId).toBe("vks:chi-cuc-go-dau")
    expect(list[3]!.recipient?.unitId).toBe("cuc-tay-ninh")
    expect(list.every((o) => o.basis === "official")).toBe(true)
  })

  it("has the province compile within 2 WD and send up within 5 WD of the districts' reports (Hùng Kings' day off 11/4/2022)", () => {
    const list = Obligations.generate({ ...q2, forms: ["01"], unitId: "cuc-tay-ninh" })
    const due = Object.fromEntries(list.map((o) => [o.step, o.due]))
    expect(due).toEqual({
      close: "2022-04-01",
      compile: "2022-04-12",
      "send-for-cosign": "2022-04-13",
      cosign: "2022-04-15",
      "send-up": "2022-04-15"
    })
    expect(list.find((o) => o.step === "compile")!.after.length).toBe(10)
  })

  it("has the procuracy lead form 04, co-signed by both the enforcement office and the court", () => {
    const list = Obligations.generate({ ...q2, forms: ["04"], unitId: "chi-cuc-go-dau" })
    expect(list.find((o) => o.step === "close")!.owner.actorId).toBe("vks:chi-cuc-go-dau")
    expect(list.filter((o) => o.step === "cosign").map((o) => o.owner.unitId ?? o.owner.actorId)).toEqual([
      "chi-cuc-go-dau",
      "toa:chi-cuc-go-dau"
    ])
    expect(list.find((o) => o.step === "send-up")!.recipient?.actorId).toBe("vks:cuc-tay-ninh")
  })

  it("after 1/7/2025 the merged province has no districts: its send-up runs from its own report, assumed", () => {
    const list = Obligations.generate({ from: d("2025-09-30"), to: d("2025-09-30"), forms: ["02"] })
    expect(new Set(list.map((o) => o.unitId))).toEqual(new Set(["thads-tay-ninh"]))
    // Co-signed by 6/10/2025, then 5 working days (the setting's default): 7–10/10, 13/10.
    expect(list.find((o) => o.step === "cosign")).toMatchObject({ basis: "official", due: "2025-10-06" })
    expect(list.find((o) => o.step === "send-up")).toMatchObject({ basis: "assumed", due: "2025-10-13" })
    expect(list.find((o) => o.step === "compile")).toBeUndefined()
  })

  it("the province's send-up without districts is a setting: 5 working days by default (the only province figure, Đ9 k1 b)", () => {
    expect(Obligations.defaultProvinceSendUpDays).toBe(5)
    const sendUp = (options: Partial<Obligations.Options> = {}) =>
      Obligations.generate({
        from: d("2025-12-31"),
        to: d("2025-12-31"),
        forms: ["01"],
        unitId: "thads-tay-ninh",
        ...options
      }).find((o) => o.step === "send-up")!
    const byDefault = sendUp()
    // Co-signed by 8/1/2026 (1/1 and 2/1 off), then 5 working days: 9/1, Saturday 10/1 (worked in exchange for 2/1),
    // 12–14/1.
    expect(byDefault.due).toBe("2026-01-14")
    expect(byDefault.limit).toEqual({ amount: 5, unit: "working-days" })
    expect(byDefault.basis).toBe("assumed")
    expect(byDefault.citation).toMatchObject({ document: "ttlt-12-2021", article: "9", clause: 1, point: "b" })
    expect(byDefault.settings).toHaveLength(1)
    expect(byDefault.settings![0]).toMatchObject({
      key: "InteragencyObligations.provinceSendUpDays",
      value: 5,
      about: { document: "ttlt-12-2021", article: "9", clause: 1, point: "b" }
    })
    expect(byDefault.settings![0]!.why.en).toMatch(/no district/u)
    expect(byDefault.settings![0]!.why.vi).toMatch(/cấp huyện/u)
    // Set to 1 working day (what was hard-coded before): due 9/1/2026.
    const one = sendUp({ provinceSendUpDays: 1 })
    expect(one.due).toBe("2026-01-09")
    expect(one.settings![0]!.value).toBe(1)
    // The steps with the text's own limits name no setting; a province with districts neither.
    const before = Obligations.generate({ ...q2, forms: ["01"], unitId: "cuc-tay-ninh" })
    expect(before.every((o) => o.settings === undefined)).toBe(true)
    expect(
      Obligations.generate({ from: d("2025-12-31"), to: d("2025-12-31"), forms: ["01"] })
        .filter((o) => o.step !== "send-up")
        .every((o) => o.settings === undefined)
    ).toBe(true)
    expect(() => sendUp({ provinceSendUpDays: -1 })).toThrow(/provinceSendUpDays/)
    expect(() => sendUp({ provinceSendUpDays: 2.5 })).toThrow(/provinceSendUpDays/)
  })

  it("tracks status, and a late step moves the due dates of the steps after it", () => {
    const opts = { ...q2, forms: ["01" as const], unitId: "chi-cuc-go-dau" }
    const events: ReadonlyArray<Obligations.Event> = [
      { form: "01", unitId: "chi-cuc-go-dau", periodEnd: d("2022-03-31"), step: "close", on: d("2022-04-05") },
      { form: "01", unitId: "chi-cuc-go-dau", periodEnd: d("2022-03-31"), step: "send-for-cosign", on: d("2022-04-06") }
    ]
    const t = Obligations.track(opts, events, d("2022-04-12"))
    const by = Object.fromEntries(t.map((x) => [x.obligation.step, x]))
    expect(by["close"]!.status).toMatchObject({ _tag: "met-late", workingDaysLate: 2 })
    expect(by["send-for-cosign"]!.status).toEqual({ _tag: "met", submittedOn: "2022-04-06" })
    // co-signing runs from the day it was actually sent: 6/4 + 2 WD = 8/4
    expect(by["cosign"]!.obligation.due).toBe("2022-04-08")
    expect(by["cosign"]!.status).toMatchObject({ _tag: "missing" })
    expect(Obligations.track(opts, [], d("2022-03-31")).every((x) => x.status._tag === "not-yet-due")).toBe(true)
  })
})
