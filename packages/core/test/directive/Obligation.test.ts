import { readFileSync } from "node:fs"
import { describe, expect, it } from "vitest"
import * as CivilDate from "../../src/base/CivilDate.js"
import * as Documents from "../../src/citation/Documents.js"
import * as Checks09 from "../../src/directive/Checks09.js"
import * as Obligation from "../../src/directive/Obligation.js"
import * as ObligationSettings from "../../src/directive/ObligationSettings.js"
import * as Organization from "../../src/organization/Organization.js"

const d = CivilDate.make
const year2022 = Obligation.generate({ from: d("2021-10-01"), to: d("2022-09-30") })
const byId = (id: string) => year2022.find((o) => o.id === id)!

describe("obligations of the statistical year 2022 (1/10/2021–30/9/2022), Tây Ninh", () => {
  it("statistical reports: every office, every month, to its parent", () => {
    const reports = year2022.filter((o) => o.kind === "statistical-report")
    expect(reports).toHaveLength(11 * 12) // Tây Ninh's Cục and 9 Chi cục, and Long An's Cục
    const o = byId("statistical-report/chi-cuc-go-dau/2022-01-31")
    expect(o.recipient.unitId).toBe("cuc-tay-ninh")
    expect(o.citation).toEqual({ document: "tt-06-2019-btp", article: "9", clause: 2 })
  })

  it.each([
    // [obligation, due]: worked examples (TT 06/2019 Đ9 k2: Chi cục 2, Cục 4 working days)
    ["statistical-report/cuc-tay-ninh/2021-10-31", "2021-11-04"], // Sunday 31/10; 1–4/11
    ["statistical-report/chi-cuc-go-dau/2022-01-31", "2022-02-08"], // across Tết (31/1–4/2)
    ["statistical-report/cuc-tay-ninh/2022-01-31", "2022-02-10"],
    ["statistical-report/cuc-tay-ninh/2022-04-30", "2022-05-09"], // Saturday 30/4; 2–3/5 off; 4, 5, 6, 9/5
    ["statistical-report/chi-cuc-ben-cau/2022-08-31", "2022-09-06"], // 1–2/9 Quốc khánh
    ["statistical-report/cuc-tay-ninh/2022-09-30", "2022-10-06"] // the annual report
  ])("%s is due %s", (id, due) => {
    expect(byId(id).due).toBe(due)
    expect(byId(id).basis).toBe("official")
    expect(byId(id).estimated).toBe(false)
  })

  it("§1.3 hearings: quarterly, half-yearly and yearly of the statistical year, due dates assumed", () => {
    const h = year2022.filter((o) => o.kind === "hearing" && o.owner.unitId === "cuc-tay-ninh")
    // Default due rule (assumed): the end of the next month, moved off rest days (BLDS Đ148).
    expect(h.map((o) => [o.period.end, o.frequency, o.due])).toEqual([
      ["2021-12-31", "quarterly", "2022-02-07"], // 31/1/2022 is in Tết (31/1–4/2)
      ["2022-03-31", "half-yearly", "2022-05-04"], // Saturday 30/4, then 2–3/5 off
      ["2022-06-30", "quarterly", "2022-08-01"], // Sunday 31/7
      ["2022-09-30", "yearly", "2022-10-31"]
    ])
    expect(h.every((o) => o.basis === "assumed" && o.recipient.actorId === "A01")).toBe(true)
    const judicial = year2022.filter((o) => o.kind === "hearing" && o.owner.actorId !== undefined)
    expect(new Set(judicial.map((o) => o.owner.actorId))).toEqual(new Set(["A04", "A05", "A06"]))
    expect(
      year2022.filter((o) => o.kind === "hearing" && o.owner.unitId === "chi-cuc-go-dau")[0]!.recipient.actorId
    ).toBe("A02")
  })

  it("calendar quarters are a setting", () => {
    const cal = Obligation.generate({
      from: d("2022-01-01"),
      to: d("2022-12-31"),
      owner: "A04",
      settings: { quarters: "calendar", kinds: ["hearing"] }
    })
    expect(cal.map((o) => [o.period.end, o.frequency])).toEqual([
      ["2022-03-31", "quarterly"],
      ["2022-06-30", "half-yearly"],
      ["2022-09-30", "quarterly"],
      ["2022-12-31", "yearly"]
    ])
  })

  it("steering committees report half-yearly and yearly (TTLT 05/2016 Đ11)", () => {
    const s = year2022.filter((o) => o.kind === "steering-report")
    expect(s).toHaveLength(10 * 2)
    expect(s[0]!.citation).toEqual({ document: "ttlt-05-2016", article: "11", clause: 2 })
  })

  it("§8.1 reviews come only from the configured schedule", () => {
    expect(year2022.filter((o) => o.kind === "review")).toEqual([])
    const withReview = Obligation.generate({
      from: d("2021-10-01"),
      to: d("2022-09-30"),
      settings: {
        reviews: [
          { id: "so-ket-1-nam", title: { vi: "Sơ kết 1 năm", en: "One-year interim review" }, due: d("2022-08-25") }
        ]
      }
    })
    expect(withReview.filter((o) => o.kind === "review").map((o) => [o.id, o.due, o.owner.actorId])).toEqual([
      ["review/so-ket-1-nam", "2022-08-25", "A14"]
    ])
  })

  it("after 1/7/2025 the obligations fall on THADS tỉnh", () => {
    const list = Obligation.generate({
      from: d("2025-07-01"),
      to: d("2025-09-30"),
      settings: { kinds: ["statistical-report"] }
    })
    expect(new Set(list.map((o) => o.owner.unitId))).toEqual(new Set(["thads-tay-ninh"]))
    expect(list.map((o) => o.due)).toEqual(["2025-08-06", "2025-09-08", "2025-10-06"])
    expect(list.every((o) => o.basis === "assumed")).toBe(true)
    const withPhong = Organization.withUnits(Organization.tayNinh, [
      Organization.phongKhuVuc("phong-kv-1", "Phòng THADS khu vực 1", "thads-tay-ninh")
    ])
    const p = Obligation.generate({
      from: d("2025-07-01"),
      to: d("2025-07-31"),
      organization: withPhong,
      owner: "phong-kv-1",
      settings: { kinds: ["statistical-report"] }
    })
    expect(p.map((o) => [o.due, o.recipient.unitId])).toEqual([["2025-08-04", "thads-tay-ninh"]])
  })
})

describe("status from a submissions file", () => {
  const file = JSON.parse(readFileSync(new URL("../../../../examples/submissions-2022.json", import.meta.url), "utf8"))
  const tracked = Obligation.track(year2022, file.submissions, d("2022-10-31"))
  const status = (id: string) => tracked.find((t) => t.obligation.id === id)!.status

  it("met, met late by 2 working days, missing", () => {
    expect(status("statistical-report/cuc-tay-ninh/2022-01-31")).toEqual({ _tag: "met", submittedOn: "2022-02-10" })
    expect(status("statistical-report/chi-cuc-go-dau/2022-01-31")).toEqual({
      _tag: "met-late",
      submittedOn: "2022-02-10",
      workingDaysLate: 2,
      daysLate: 2
    })
    expect(status("statistical-report/chi-cuc-ben-cau/2022-03-31")).toMatchObject({ _tag: "missing" })
    expect(status("hearing/A05/2022-03-31")).toMatchObject({ _tag: "missing" })
    expect(tracked.filter((t) => t.status._tag === "met")).toHaveLength(year2022.length - 3)
  })

  it("not yet due before the deadline", () => {
    const early = Obligation.track(year2022, [], d("2022-09-30"))
    expect(early.find((t) => t.obligation.id === "statistical-report/cuc-tay-ninh/2022-09-30")!.status).toEqual({
      _tag: "not-yet-due"
    })
  })

  it("feeds the §1.3 check", () => {
    expect(Checks09.hearingsHeld.run(tracked).status).toBe("fail")
    expect(Checks09.steeringReportsMade.run(tracked).status).toBe("pass")
  })
})

describe("issue #13: obligations carry what their due dates rest on", () => {
  it("an assumed statistical-report due date names its setting; hearings name theirs", () => {
    const all = Obligation.generate({ from: CivilDate.make("2024-10-01"), to: CivilDate.make("2025-01-31") })
    const cuc = all.find((o) => o.id === "statistical-report/cuc-tay-ninh/2024-12-31")!
    expect(cuc.basis).toBe("assumed")
    expect(cuc.settings?.map((s) => s.key)).toEqual(["ReportingDeadline.rules.tt05-2024.cuc"])
    const hearing = all.find((o) => o.kind === "hearing")!
    expect(hearing.settings?.map((s) => s.key)).toEqual(["Obligation.hearingDue"])
  })

  it("a due date that depends on an unverified day lists it (1/9/2026, reported)", () => {
    const all = Obligation.generate({
      from: CivilDate.make("2026-08-01"),
      to: CivilDate.make("2026-08-31"),
      settings: { kinds: ["statistical-report"] }
    })
    const o = all.find((x) => x.id === "statistical-report/thads-tay-ninh/2026-08-31")!
    expect(o.dependsOnUnverifiedDays).toEqual(["2026-09-01"])
  })

  it("regimeEnd stops statistical-report obligations after the regime's configured end", () => {
    const all = Obligation.generate({
      from: CivilDate.make("2026-06-01"),
      to: CivilDate.make("2026-07-31"),
      settings: { kinds: ["statistical-report"], regimeEnd: { "tt05-2024": CivilDate.make("2026-06-30") } }
    })
    expect(new Set(all.map((o) => o.period.end))).toEqual(new Set(["2026-06-30"]))
  })
})

describe("an obligation by its id, and records that one was fulfilled", () => {
  const org = Organization.tayNinh
  const year2026 = Obligation.generate({ from: d("2025-10-01"), to: d("2026-09-30"), organization: org })

  it("every obligation generated for a year is found again by its id, and equal", () => {
    // THADS tỉnh: 12 reports, 4 hearings, 2 steering reports; A04, A05, A06: 4 hearings each.
    expect(year2026).toHaveLength(30)
    for (const o of year2026) expect(Obligation.byId(o.id, { organization: org })).toEqual(o)
    for (const o of year2022) expect(Obligation.byId(o.id)).toEqual(o)
  })

  it("ids core does not generate are unknown", () => {
    for (const id of [
      "",
      "hearing",
      "hearing/A04",
      "hearing/A04/2025-12-30",
      "hearing/A04/2025-02-30",
      "hearing/A14/2025-12-31",
      "meeting/A04/2025-12-31",
      "steering-report/bcd-thads-tay-ninh/2025-12-31", // quarterly: steering committees report half-yearly
      "statistical-report/chi-cuc-go-dau/2025-12-31", // the Chi cục were dissolved on 1/7/2025
      "review/so-ket",
      `hearing/${"x".repeat(300)}/2025-12-31`
    ])
      expect(Obligation.byId(id, { organization: org }), id).toBeUndefined()
  })

  it("reviews and ad-hoc requests come from the settings", () => {
    const settings = {
      reviews: [{ id: "so-ket", title: { vi: "Sơ kết", en: "Interim review" }, due: d("2023-08-31") }]
    }
    expect(Obligation.byId("review/so-ket", { settings })?.owner.actorId).toBe("A14")
    expect(Obligation.byId("review/tong-ket", { settings })).toBeUndefined()
  })

  it("the owner's id: unit or actor", () => {
    const owners = new Set(year2026.filter((o) => o.kind === "hearing").map(Obligation.ownerId))
    expect([...owners].sort()).toEqual(["A04", "A05", "A06", "thads-tay-ninh"])
  })

  it("a fulfilment is accepted from the period's first day to today, refused otherwise", () => {
    const check = (obligationId: string, fulfilledOn: string, today = "2026-07-15") =>
      Obligation.checkFulfilment({ obligationId, fulfilledOn: d(fulfilledOn), today: d(today), organization: org })
    const half = "steering-report/bcd-thads-tay-ninh/2026-03-31"
    expect(check(half, "2025-10-01")._tag).toBe("Accepted") // the half-year starts on 1/10/2025
    expect(check(half, "2025-09-30")._tag).toBe("BeforePeriod")
    expect(check(half, "2026-07-15")._tag).toBe("Accepted")
    expect(check(half, "2026-07-16")._tag).toBe("InFuture")
    expect(check("hearing/A05/2026-06-30", "2026-07-01")).toMatchObject({
      _tag: "Accepted",
      obligation: { owner: { actorId: "A05" }, kind: "hearing" }
    })
    expect(check("statistical-report/thads-tay-ninh/2026-06-30", "2026-07-01")._tag).toBe("MetByReport")
    expect(check("hearing/A05/2026-06-29", "2026-07-01")._tag).toBe("Unknown")
  })

  it("a recorded fulfilment meets the obligation through track (late when after the due date)", () => {
    const hearings = year2026.filter((o) => o.kind === "hearing" && o.owner.actorId === "A04")
    const [q1] = hearings
    const tracked = Obligation.track(
      hearings,
      [{ obligationId: q1!.id, submittedOn: CivilDate.addDays(q1!.due, 1) }],
      d("2026-12-31")
    )
    expect(tracked[0]!.status).toMatchObject({ _tag: "met-late", daysLate: 1 })
    expect(tracked.slice(1).every((t) => t.status._tag === "missing")).toBe(true)
  })
})

describe("Obligation.actorOwners", () => {
  // The directive's actors that owe obligations, for the settings and for their JSON document: exactly the actors
  // `generate` gives obligations to over the years the settings' schedules cover.
  const ownersOf = (settings: Partial<Obligation.Settings>) => {
    const owners = new Set<string>()
    for (const [from, to] of [
      ["2021-10-01", "2022-09-30"],
      ["2022-10-01", "2023-09-30"],
      ["2023-10-01", "2024-09-30"],
      ["2025-10-01", "2026-09-30"]
    ] as const)
      for (const o of Obligation.generate({
        from: CivilDate.make(from),
        to: CivilDate.make(to),
        organization: Organization.tayNinh,
        settings
      }))
        if (o.owner.actorId !== undefined) owners.add(o.owner.actorId)
    return [...owners].sort()
  }

  it("by default: the judicial bodies' hearings (A04–A06)", () => {
    expect([...Obligation.actorOwners()].sort()).toEqual(ownersOf({}))
    expect(Obligation.actorOwners()).toEqual(["A04", "A05", "A06"])
  })

  it("with the example settings (§8.1 reviews, an ad-hoc request of a unit): A14 too, from the settings or their document", () => {
    const r = ObligationSettings.decodeJson(
      readFileSync(new URL("../../../../examples/obligations.json", import.meta.url), "utf8")
    )
    if (r._tag !== "Success") throw new Error("examples/obligations.json does not decode")
    expect([...Obligation.actorOwners(r.success.settings)].sort()).toEqual(ownersOf(r.success.settings))
    expect(Obligation.actorOwners(r.success.document)).toEqual(Obligation.actorOwners(r.success.settings))
    expect(Obligation.actorOwners(r.success.settings)).toContain("A14")
  })

  it("an actor's ad-hoc request; no hearings when the kinds leave them out", () => {
    const adHoc: Obligation.Settings["adHoc"] = [
      {
        id: "dot-xuat",
        owner: { actorId: "A09", name: { vi: "Mặt trận", en: "Front" } },
        recipient: { actorId: "A01", name: { vi: "Ban Thường vụ", en: "Standing Board" } },
        due: CivilDate.make("2026-01-20"),
        title: { vi: "Báo cáo đột xuất", en: "Ad-hoc report" }
      }
    ]
    expect(Obligation.actorOwners({ adHoc })).toEqual(["A04", "A05", "A06", "A09"])
    expect([...Obligation.actorOwners({ adHoc })].sort()).toEqual(ownersOf({ adHoc }))
    expect(Obligation.actorOwners({ adHoc, kinds: ["ad-hoc"] })).toEqual(["A09"])
  })
})

describe("no obligation before its legal basis, none to an abolished body", () => {
  const org = Organization.tayNinh
  it("no §1.3 hearing for a period that ends before Chỉ thị 09 was issued (25/8/2021, read from Documents)", () => {
    expect(Documents.get("ct-09-ct-tu-2021").issued).toBe("2021-08-25")
    expect(Obligation.byId("hearing/A04/2014-12-31", { organization: org })).toBeUndefined()
    expect(Obligation.byId("hearing/A04/2021-06-30", { organization: org })).toBeUndefined()
    expect(Obligation.byId("hearing/cuc-tay-ninh/2021-06-30", { organization: org })).toBeUndefined()
    // The year ending 30/9/2021 ends after the issue date: its hearing is owed.
    expect(Obligation.byId("hearing/A04/2021-09-30", { organization: org })?.frequency).toBe("yearly")
    const hearings = Obligation.generate({
      from: d("2014-10-01"),
      to: d("2021-12-31"),
      settings: { kinds: ["hearing"] }
    })
    expect([...new Set(hearings.map((o) => o.period.end))]).toEqual(["2021-09-30", "2021-12-31"])
    // Calendar quarters: the quarter ending 30/6/2021 is before the issue date, the one ending 30/9/2021 is not.
    const calendar = Obligation.generate({
      from: d("2021-01-01"),
      to: d("2021-12-31"),
      owner: "A05",
      settings: { kinds: ["hearing"], quarters: "calendar" }
    })
    expect(calendar.map((o) => o.period.end)).toEqual(["2021-09-30", "2021-12-31"])
  })

  it("no steering report for a period that ends before TTLT 05/2016 was in force (5/7/2016)", () => {
    expect(Documents.get("ttlt-05-2016").inForceFrom).toBe("2016-07-05")
    expect(Obligation.byId("steering-report/bcd-chi-cuc-ben-cau/2015-03-31", { organization: org })).toBeUndefined()
    expect(Obligation.byId("steering-report/bcd-chi-cuc-ben-cau/2016-03-31", { organization: org })).toBeUndefined()
    expect(Obligation.byId("steering-report/bcd-chi-cuc-ben-cau/2016-09-30", { organization: org })?.frequency).toBe(
      "yearly"
    )
    const reports = Obligation.generate({
      from: d("2014-10-01"),
      to: d("2017-09-30"),
      settings: { kinds: ["steering-report"] }
    })
    expect([...new Set(reports.map((o) => o.period.end))]).toEqual(["2016-09-30", "2017-03-31", "2017-09-30"])
  })

  it("a Chi cục's hearing goes to the district standing board; a Phòng THADS khu vực's hearer is not stated", () => {
    const before = Obligation.byId("hearing/chi-cuc-go-dau/2022-03-31", { organization: org })
    expect(before?.recipient.actorId).toBe("A02")
    const withPhong = Organization.withUnits(org, [
      Organization.phongKhuVuc("phong-kv-1", "Phòng THADS khu vực 1", "thads-tay-ninh")
    ])
    const after = Obligation.byId("hearing/phong-kv-1/2025-12-31", { organization: withPhong })!
    expect(after.basis).toBe("assumed")
    // District-level government ended on 1/7/2025 (thads-rules.md §6): no district standing board, and the
    // domain notes name no other body that hears a Phòng THADS khu vực. Not invented: the hearer is not stated.
    expect(after.recipient.actorId).toBeUndefined()
    expect(after.recipient.unitId).toBeUndefined()
    expect(after.recipient.name.vi).toMatch(/không nêu/u)
    expect(after.recipient.name.en).toMatch(/not stated/u)
    expect(after.recipient.name.en).not.toMatch(/district party/iu)
    // THADS tỉnh still reports to the provincial standing board (A01).
    expect(Obligation.byId("hearing/thads-tay-ninh/2025-12-31", { organization: withPhong })?.recipient.actorId).toBe(
      "A01"
    )
  })
})
