import { describe, expect, it } from "vitest"
import * as CivilDate from "../../src/base/CivilDate.js"
import * as ReportingDeadline from "../../src/calendar/ReportingDeadline.js"
import * as WorkingCalendar from "../../src/calendar/WorkingCalendar.js"

const d = CivilDate.make
const due = (year: number, months: number, level: ReportingDeadline.Level, regime?: ReportingDeadline.Regime) =>
  ReportingDeadline.deadline({ year, months: months as 1 }, level, regime === undefined ? {} : { regime })

describe("regime in force", () => {
  it("follows the in-force dates of the circulars", () => {
    expect(ReportingDeadline.regimeAt(d("2020-01-04"))).toBe("tt01-2013")
    expect(ReportingDeadline.regimeAt(d("2020-01-05"))).toBe("tt06-2019")
    expect(ReportingDeadline.regimeAt(d("2024-07-25"))).toBe("tt06-2019")
    expect(ReportingDeadline.regimeAt(d("2024-07-26"))).toBe("tt05-2024")
    expect(ReportingDeadline.regimeAt(d("2012-12-31"))).toBeUndefined()
  })
  it("the period end picks the regime", () => {
    expect(due(2020, 3, "chv").regime).toBe("tt01-2013") // ends 31/12/2019
    expect(due(2020, 4, "chv").regime).toBe("tt06-2019") // ends 31/1/2020
    expect(due(2024, 9, "chv").regime).toBe("tt06-2019") // ends 30/6/2024
    expect(due(2024, 10, "chv").regime).toBe("tt05-2024") // ends 31/7/2024
  })
})

describe("TT 06/2019 Điều 9 k2: 1 / 2 / 4 working days", () => {
  it("across Tết 2022 (31/1 – 4/2)", () => {
    expect(due(2022, 4, "chv").deadline).toBe("2022-02-07")
    expect(due(2022, 4, "chi-cuc").deadline).toBe("2022-02-08")
    expect(due(2022, 4, "cuc").deadline).toBe("2022-02-10")
    const r = due(2022, 4, "cuc")
    expect(r.basis).toBe("official")
    expect(r.estimated).toBe(false)
    expect(r.citation).toMatchObject({ document: "tt-06-2019-btp", article: "9", clause: 2 })
  })
  it("across Quốc khánh 2022 (1–2/9)", () => {
    expect(due(2022, 11, "chv").deadline).toBe("2022-09-05")
    expect(due(2022, 11, "cuc").deadline).toBe("2022-09-08")
  })
  it("counting a worked Saturday (4/5/2024 under TT 06/2019)", () => {
    // Period ends Tuesday 30/4/2024; 1/5 off; 2/5, 3/5, Saturday 4/5 worked, 6/5.
    expect(due(2024, 7, "chi-cuc").deadline).toBe("2024-05-03")
    expect(due(2024, 7, "cuc").deadline).toBe("2024-05-06")
  })
})

describe("TT 01/2013 (amended by TT 08/2015) Điều 10 k2: before day 2 / 4 / 7 of the next month", () => {
  it("ordinary month", () => {
    expect(due(2019, 2, "chv").deadline).toBe("2018-12-03") // nominal Saturday 1/12 → Monday 3/12 (estimated 2018)
    expect(due(2019, 2, "chv").rolledForwardFrom).toBe("2018-12-01")
    expect(due(2019, 7, "chv").deadline).toBe("2019-05-02") // 1/5 holiday → 2/5
    expect(due(2019, 7, "chi-cuc").deadline).toBe("2019-05-03")
    expect(due(2019, 7, "cuc").deadline).toBe("2019-05-06")
  })
  it("across Tết 2019 (4–8/2)", () => {
    expect(due(2019, 4, "chv").deadline).toBe("2019-02-01")
    expect(due(2019, 4, "chi-cuc").deadline).toBe("2019-02-11") // Sunday 3/2, then Tết
    expect(due(2019, 4, "cuc").deadline).toBe("2019-02-11")
  })
  it("roll-forward is a setting", () => {
    expect(ReportingDeadline.deadline({ year: 2019, months: 4 }, "cuc", { rollForward: false }).deadline).toBe(
      "2019-02-06"
    )
  })
  it("a nominal Sunday moves to Monday (6/1/2019)", () => {
    expect(due(2019, 3, "cuc").deadline).toBe("2019-01-07") // nominal Sunday 6/1
  })
})

describe("TT 05/2024 Điều 10", () => {
  it("Chấp hành viên: 1 working day, official (k1)", () => {
    const r = due(2025, 3, "chv") // ends 31/12/2024
    expect(r.deadline).toBe("2025-01-02")
    expect(r.basis).toBe("official")
    expect(r.citation).toMatchObject({ document: "tt-05-2024-btp", article: "10", clause: 1 })
  })
  it("Chi cục and Cục: TT 06/2019's values, assumed", () => {
    const r = due(2025, 3, "cuc")
    expect(r.deadline).toBe("2025-01-07")
    expect(r.basis).toBe("assumed")
    expect(r.notes.map((n) => n.en).join(" ")).toMatch(/assumed/)
    expect(r.notes.map((n) => n.vi).join(" ")).toMatch(/giả định/)
    expect(due(2025, 4, "chi-cuc").deadline).toBe("2025-02-04") // ends Friday 31/1 (Tết)
  })
  it("new tiers from 1/7/2025, assumed", () => {
    // Period ends Sunday 31/8/2025; 1/9, 2/9 off; 3, 4, 5, 8/9.
    expect(due(2025, 11, "phong-khu-vuc").deadline).toBe("2025-09-04")
    const r = due(2025, 11, "thads-tinh")
    expect(r.deadline).toBe("2025-09-08")
    expect(r.basis).toBe("assumed")
  })
  it("a level that no longer (or not yet) exists is an error naming the other tier", () => {
    expect(() => due(2025, 11, "cuc")).toThrow(/thads-tinh/)
    expect(() => due(2025, 9, "thads-tinh")).toThrow(/"cuc"/)
  })
  it("settings replace a rule", () => {
    const r = ReportingDeadline.deadline({ year: 2025, months: 3 }, "cuc", {
      rules: {
        "tt05-2024": {
          cuc: {
            rule: { kind: "working-days-after-period-end", days: 5 },
            basis: "official",
            citation: { document: "tt-05-2024-btp", article: "10", clause: 3 }
          }
        }
      }
    })
    expect(r.deadline).toBe("2025-01-08")
    expect(r.basis).toBe("official")
  })
})

describe("forced regime and estimated calendars", () => {
  it("--regime overrides the date", () => {
    expect(due(2022, 4, "cuc", "tt01-2013").deadline).toBe("2022-02-07") // nominal Sunday 6/2 → Monday 7/2
  })
  it("flags estimated years and crossing Tết 2027", () => {
    const r = due(2027, 4, "thads-tinh") // ends 31/1/2027
    expect(r.estimated).toBe(true)
    expect(r.deadline).toBe("2027-02-11") // 1, 2, 3/2 then Tết 4–10/2 (estimated)
    const late = due(2027, 5, "thads-tinh") // ends Sunday 28/2/2027
    expect(late.deadline).toBe("2027-03-04")
  })
  it("uses the given calendar", () => {
    const cal = WorkingCalendar.make({
      overrides: [{ year: 2027, addDaysOff: [{ date: d("2027-03-01"), reason: "swap", confidence: "verified" }] }]
    })
    expect(ReportingDeadline.deadline({ year: 2027, months: 5 }, "chv", { calendar: cal }).deadline).toBe("2027-03-02")
  })
})

describe("upcoming deadlines", () => {
  it("lists the next deadlines in order", () => {
    const list = ReportingDeadline.upcoming(d("2026-11-26"), 4, ["chv", "thads-tinh"])
    expect(list.map((x) => [x.deadline, x.level])).toEqual([
      ["2026-12-01", "chv"],
      ["2026-12-04", "thads-tinh"],
      ["2027-01-04", "chv"],
      ["2027-01-07", "thads-tinh"]
    ])
  })
})
