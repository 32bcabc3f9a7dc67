/**
 * Issue #13 items 1, 2 and 7: every deadline is exactly as sourced as it
 * claims to be — TT 05/2024 Điều 10 k1 as read in the Pháp điển, the other
 * levels and the rest-day shift of TT 01/2013 as settings, and the days whose
 * status is not verified (24/11/2026, the reported Quốc khánh 2026 swap).
 */
import { describe, expect, it } from "vitest"
import * as CivilDate from "../../src/base/CivilDate.js"
import * as HolidaySchedule from "../../src/calendar/HolidaySchedule.js"
import * as ReportingDeadline from "../../src/calendar/ReportingDeadline.js"
import * as TimeLimit from "../../src/calendar/TimeLimit.js"
import * as WorkingCalendar from "../../src/calendar/WorkingCalendar.js"
import * as Citation from "../../src/citation/Citation.js"
import * as Documents from "../../src/citation/Documents.js"
import * as Setting from "../../src/citation/Setting.js"

const d = CivilDate.make
const due = (year: number, months: number, level: ReportingDeadline.Level, options: ReportingDeadline.Settings = {}) =>
  ReportingDeadline.deadline({ year, months: months as 1 }, level, options)

describe("item 1: TT 05/2024 Điều 10", () => {
  it("k1 (Chấp hành viên, 01 working day) is official and says where it was read", () => {
    const r = due(2025, 3, "chv") // period ends Tuesday 31/12/2024
    expect(r.deadline).toBe("2025-01-02") // 1/1/2025 is a holiday
    expect(r.basis).toBe("official")
    expect(r.settings).toEqual([])
    expect(r.citation).toMatchObject({ document: "tt-05-2024-btp", article: "10", clause: 1 })
    expect(r.citation.note?.vi).toContain("Điều 31.1.TT.80.10")
    expect(r.citation.note?.vi).toContain("83cca8a85da481f2636aea1f954485d30fb72a15")
    expect(r.citation.note?.vi).toContain(
      "Trong thời hạn 01 ngày làm việc, kể từ ngày kết thúc kỳ báo cáo thống kê, Chấp hành viên"
    )
    expect(Documents.get("tt-05-2024-btp").notes).toContain("Điều 31.1.TT.80.10")
  })

  it("the other levels are assumed and name the setting they rest on", () => {
    const r = due(2025, 3, "cuc")
    expect(r.deadline).toBe("2025-01-07")
    expect(r.basis).toBe("assumed")
    expect(r.settings).toHaveLength(1)
    const s = r.settings[0]!
    expect(s.key).toBe("ReportingDeadline.rules.tt05-2024.cuc")
    expect(s.value).toBe(4)
    expect(s.about).toMatchObject({ document: "tt-05-2024-btp", article: "10" })
    expect(Setting.render(s, "vi")).toMatch(/^thiết lập ReportingDeadline\.rules\.tt05-2024\.cuc = 4 \(giả định: /)
    for (const level of ["chi-cuc", "cuc"] as const) expect(due(2025, 3, level).basis).toBe("assumed")
    for (const level of ["phong-khu-vuc", "thads-tinh"] as const) {
      const x = due(2025, 11, level)
      expect(x.basis).toBe("assumed")
      expect(x.settings.map((y) => y.key)).toEqual([`ReportingDeadline.rules.tt05-2024.${level}`])
    }
  })

  it("the regime has no end by default; after 1/7/2026 a note names the unverified replacement", () => {
    const r = due(2027, 1, "chv") // ends 31/10/2026
    expect(r.regime).toBe("tt05-2024")
    expect(r.basis).toBe("official")
    expect(r.notes.map((n) => n.en).join(" ")).toMatch(/TT 05\/2026\/TT-BTP is reported .*unverified.*regimeEnd/)
    expect(
      due(2026, 9, "chv")
        .notes.map((n) => n.en)
        .join(" ")
    ).not.toMatch(/05\/2026/) // ends 30/6/2026
  })

  it("the regime's end is configurable: after it, no deadline is computed and the error says why", () => {
    const regimeEnd = { "tt05-2024": d("2026-06-30") }
    expect(ReportingDeadline.regimeAt(d("2026-06-30"), regimeEnd)).toBe("tt05-2024")
    expect(ReportingDeadline.regimeAt(d("2026-07-31"), regimeEnd)).toBeUndefined()
    expect(due(2026, 9, "thads-tinh", { regimeEnd }).regime).toBe("tt05-2024") // ends 30/6/2026
    expect(() => due(2026, 10, "thads-tinh", { regimeEnd })).toThrow(/set to end on 2026-06-30 \(setting regimeEnd\)/)
    const listed = ReportingDeadline.between(d("2026-05-01"), d("2026-09-30"), ["chv"], { regimeEnd })
    expect(listed.map((x) => x.periodEnd)).toEqual(["2026-05-31", "2026-06-30"])
  })
})

describe("item 2: TT 01/2013 (amended by TT 08/2015) — the base day is the text, the rest-day shift is ours", () => {
  it("a base day that is a working day is official", () => {
    const r = due(2019, 4, "chv") // ends 31/1/2019: before 02/2 → Friday 1/2/2019
    expect(r.deadline).toBe("2019-02-01")
    expect(r.basis).toBe("official")
    expect(r.rolledForwardFrom).toBeUndefined()
    expect(r.citation).toMatchObject({ document: "tt-01-2013-btp", article: "10", clause: 2 })
    expect(r.citation.note?.vi).toContain("Chậm nhất trước ngày 02 / 04 / 07 của kỳ báo cáo kế tiếp")
  })

  it("moving a base day off a rest day is assumed and cites the rollForward setting", () => {
    const r = due(2019, 7, "chv") // ends 30/4/2019: before 02/5 → 1/5 (holiday) → 2/5
    expect(r.deadline).toBe("2019-05-02")
    expect(r.rolledForwardFrom).toBe("2019-05-01")
    expect(r.basis).toBe("assumed")
    expect(r.settings).toEqual([
      expect.objectContaining({
        key: "ReportingDeadline.rollForward",
        value: true,
        about: { document: "blds-2015", article: "148", clause: 5 }
      })
    ])
    expect(r.notes.map((n) => n.en).join(" ")).toMatch(/our reading, not the circular's text/)
  })

  it("without the shift (rollForward: false) the base day stands, official", () => {
    const r = due(2019, 7, "chv", { rollForward: false })
    expect(r.deadline).toBe("2019-05-01")
    expect(r.basis).toBe("official")
    expect(r.settings).toEqual([])
  })
})

describe("item 7: 24/11/2026 and other unverified days", () => {
  it("the default calendar follows the Labour Code in force: 24/11/2026 is a working day", () => {
    expect(WorkingCalendar.standard.isWorkingDay(d("2026-11-24"))).toBe(true)
    expect(HolidaySchedule.forYear(2026).candidates?.map((x) => x.date)).toEqual(["2026-11-24"])
    expect(WorkingCalendar.make({ cultureDay: true }).isWorkingDay(d("2026-11-24"))).toBe(false)
  })

  it("a time limit across 24/11/2026, with and without the override, flags the day", () => {
    // 5 working days from Friday 20/11/2026 (e.g. a decision due within 5 working days).
    const limit = { amount: 5, unit: "working-days" } as const
    const plain = TimeLimit.end(d("2026-11-20"), limit)
    expect(plain.end).toBe("2026-11-27")
    expect(plain.dependsOnUnverifiedDays).toEqual(["2026-11-24"])
    const opted = TimeLimit.end(d("2026-11-20"), limit, WorkingCalendar.make({ cultureDay: true }))
    expect(opted.end).toBe("2026-11-30")
    expect(opted.dependsOnUnverifiedDays).toEqual(["2026-11-24"])
    // A limit that ends before 24/11 does not depend on it.
    expect(TimeLimit.end(d("2026-11-16"), limit).dependsOnUnverifiedDays).toEqual([])
  })

  it("a calendar-day limit ending on 24/11/2026 would roll forward only if the day were off", () => {
    const r = TimeLimit.end(d("2026-11-14"), { amount: 10, unit: "days" }) // nominal Tuesday 24/11
    expect(r.end).toBe("2026-11-24")
    expect(r.dependsOnUnverifiedDays).toEqual(["2026-11-24"])
  })

  it("a reporting deadline across the reported Quốc khánh 2026 day (1/9) carries the flag and the alternative", () => {
    const r = due(2026, 11, "chv") // ends Monday 31/8/2026 (itself a reported swap day, before the count)
    expect(r.deadline).toBe("2026-09-03") // 1/9 (reported) and 2/9 off
    expect(r.basis).toBe("official")
    expect(r.dependsOnUnverifiedDays).toEqual(["2026-09-01"])
    expect(r.notes.map((n) => n.en).join(" ")).toMatch(
      /2026-09-01 is only reported as a day off: were it a working day, the deadline would be 2026-09-01/
    )
    // A verified period has no such dependence.
    expect(due(2025, 11, "thads-tinh").dependsOnUnverifiedDays).toEqual([])
  })

  it("WorkingCalendar.dependsOnUnverifiedDays flips each unverified day once", () => {
    const cal = WorkingCalendar.standard
    const list = WorkingCalendar.dependsOnUnverifiedDays(cal, d("2026-11-20"), d("2026-11-27"), (c) =>
      c.addWorkingDays(d("2026-11-20"), 5)
    )
    expect(list).toEqual([expect.objectContaining({ date: "2026-11-24", kind: "candidate", ifFlipped: "2026-11-30" })])
    expect(cal.flipped([d("2026-11-24")]).isWorkingDay(d("2026-11-24"))).toBe(false)
    expect(
      cal
        .flipped([d("2026-11-24")])
        .flipped([d("2026-11-24")])
        .isWorkingDay(d("2026-11-24"))
    ).toBe(true)
  })

  it("NQ 28/2026/QH16 stays unverified and Labour Code Article 112(1) is cited with its 11 days", () => {
    expect(Documents.get("nq-28-2026-qh16").confidence).toBe("unverified")
    expect(Documents.get("blld-2019").notes).toContain("11 days; 24/11 is not among them")
    expect(Citation.renderVi({ document: "blld-2019", article: "112", clause: 1 })).toBe(
      "khoản 1 Điều 112 Bộ luật Lao động năm 2019"
    )
  })
})
