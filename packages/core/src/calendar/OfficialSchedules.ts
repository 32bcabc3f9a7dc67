/**
 * The announced civil-servant schedules 2019–2026, as data: one entry per year
 * with the weekdays off, the Saturdays worked and the notices behind them.
 * Transcribed from ../shared/domain/holidays.md table (b); each day carries
 * the confidence mark of that table ([V] verified, [R] reported, [I] inferred).
 *
 * To add a year when its notice appears (usually October–December of the
 * year before), add an entry here; until then the estimator is used.
 *
 * @since 0.1.0
 */
import type * as Citation from "../citation/Citation.js"
import * as CivilDate from "../base/CivilDate.js"
import type { Confidence, DayOff, DayOffReason, WorkingSaturday, YearSchedule } from "./HolidaySchedule.js"

const off = (date: string, reason: DayOffReason, confidence: Confidence = "verified", forDate?: string): DayOff =>
  forDate === undefined
    ? { date: CivilDate.make(date), reason, confidence }
    : { date: CivilDate.make(date), reason, confidence, for: CivilDate.make(forDate) }

const sat = (date: string, forDate: string | undefined, confidence: Confidence = "verified"): WorkingSaturday =>
  forDate === undefined
    ? { date: CivilDate.make(date), confidence }
    : { date: CivilDate.make(date), confidence, for: CivilDate.make(forDate) }

const tet = (...dates: ReadonlyArray<string>) => dates.map((d) => off(d, "tet"))

/** BLLĐ 2019 Điều 112 k1: the public holidays. */
const holidays2019Code: Citation.Citation = { document: "blld-2019", article: "112", clause: 1 }
/** BLLĐ 2019 Điều 111 k3: compensatory days. */
const compensation2019Code: Citation.Citation = { document: "blld-2019", article: "111", clause: 3 }
/** BLLĐ 2012 Điều 115 (holidays and make-up until 31/12/2020). */
const holidays2012Code: Citation.Citation = { document: "blld-2012", article: "115" }
/** QĐ 188/1999/QĐ-TTg Điều 1: Saturday + Sunday weekly rest. */
const weeklyRest: Citation.Citation = { document: "qd-188-1999-ttg", article: "1" }
/** Tờ trình 89/TTr-LĐTBXH: the swap practice. */
const swapPractice: Citation.Citation = { document: "tt-89-ldtbxh-2014" }

const entries: ReadonlyArray<YearSchedule> = [
  {
    year: 2019,
    status: "official",
    daysOff: [
      off("2019-01-01", "new-year"),
      ...tet("2019-02-04", "2019-02-05", "2019-02-06", "2019-02-07", "2019-02-08"),
      off("2019-04-15", "compensatory", "verified", "2019-04-14"),
      off("2019-04-29", "swap", "verified", "2019-05-04"),
      off("2019-04-30", "victory-day"),
      off("2019-05-01", "labour-day"),
      off("2019-09-02", "national-day")
    ],
    workingSaturdays: [sat("2019-01-05", "2018-12-31"), sat("2019-05-04", "2019-04-29")],
    sources: [{ document: "tb-3238-ldtbxh" }, holidays2012Code, weeklyRest, swapPractice],
    notes: [
      {
        vi: "Nghỉ Tết từ 02/02 đến 10/02/2019; thứ Hai 31/12/2018 được hoán đổi với thứ Bảy 05/01/2019.",
        en: "Tết break 2/2–10/2/2019; Monday 31/12/2018 was swapped for Saturday 5/1/2019."
      }
    ]
  },
  {
    year: 2020,
    status: "official",
    daysOff: [
      off("2020-01-01", "new-year"),
      ...tet("2020-01-23", "2020-01-24", "2020-01-27", "2020-01-28", "2020-01-29"),
      off("2020-04-02", "gio-to"),
      off("2020-04-30", "victory-day"),
      off("2020-05-01", "labour-day"),
      off("2020-09-02", "national-day")
    ],
    workingSaturdays: [],
    sources: [holidays2012Code, weeklyRest],
    notes: [
      {
        vi: "Chưa thấy số hiệu thông báo năm 2020; các ngày nghỉ đã được kiểm chứng qua báo chí.",
        en: "The number of the 2020 notice was not seen (holidays.md); the dates are verified in the press."
      }
    ]
  },
  {
    year: 2021,
    status: "official",
    daysOff: [
      off("2021-01-01", "new-year"),
      ...tet("2021-02-10", "2021-02-11", "2021-02-12", "2021-02-15", "2021-02-16"),
      off("2021-04-21", "gio-to"),
      off("2021-04-30", "victory-day"),
      off("2021-05-03", "compensatory", "verified", "2021-05-01"),
      off("2021-09-02", "national-day"),
      off("2021-09-03", "national-day")
    ],
    workingSaturdays: [],
    sources: [{ document: "tb-4875-ldtbxh" }, holidays2019Code, compensation2019Code, weeklyRest]
  },
  {
    year: 2022,
    status: "official",
    daysOff: [
      off("2022-01-03", "compensatory", "verified", "2022-01-01"),
      ...tet("2022-01-31", "2022-02-01", "2022-02-02", "2022-02-03", "2022-02-04"),
      off("2022-04-11", "compensatory", "verified", "2022-04-10"),
      off("2022-05-02", "compensatory", "verified", "2022-04-30"),
      off("2022-05-03", "compensatory", "inferred", "2022-05-01"),
      off("2022-09-01", "national-day"),
      off("2022-09-02", "national-day")
    ],
    workingSaturdays: [],
    sources: [{ document: "cv-245-vpcp-2022" }, holidays2019Code, compensation2019Code, weeklyRest],
    notes: [
      {
        vi: "Ngày 03/5/2022 suy ra từ khoản 3 Điều 111 Bộ luật Lao động 2019 (nghỉ bù cho Chủ nhật 01/5).",
        en: "3/5/2022 is inferred from BLLĐ 2019 Điều 111 k3 (make-up for Sunday 1/5)."
      }
    ]
  },
  {
    year: 2023,
    status: "official",
    daysOff: [
      off("2023-01-02", "compensatory", "verified", "2023-01-01"),
      ...tet("2023-01-20", "2023-01-23", "2023-01-24", "2023-01-25", "2023-01-26"),
      off("2023-05-01", "labour-day"),
      off("2023-05-02", "compensatory", "verified", "2023-04-29"),
      off("2023-05-03", "compensatory", "verified", "2023-04-30"),
      off("2023-09-01", "national-day"),
      off("2023-09-04", "compensatory", "verified", "2023-09-02")
    ],
    workingSaturdays: [],
    sources: [{ document: "cv-8056-vpcp-2022" }, holidays2019Code, compensation2019Code, weeklyRest]
  },
  {
    year: 2024,
    status: "official",
    daysOff: [
      off("2024-01-01", "new-year"),
      ...tet("2024-02-08", "2024-02-09", "2024-02-12", "2024-02-13", "2024-02-14"),
      off("2024-04-18", "gio-to"),
      off("2024-04-29", "swap", "verified", "2024-05-04"),
      off("2024-04-30", "victory-day"),
      off("2024-05-01", "labour-day"),
      off("2024-09-02", "national-day"),
      off("2024-09-03", "national-day")
    ],
    workingSaturdays: [sat("2024-05-04", "2024-04-29")],
    sources: [
      { document: "tb-5015-ldtbxh-2023" },
      { document: "cv-2450-vpcp-2024" },
      holidays2019Code,
      weeklyRest,
      swapPractice
    ],
    notes: [
      {
        vi: "Việc hoán đổi ngày 29/4 với thứ Bảy 04/5 được quyết định muộn (12/4/2024).",
        en: "The swap of 29/4 for Saturday 4/5 was decided late (12/4/2024)."
      }
    ]
  },
  {
    year: 2025,
    status: "official",
    daysOff: [
      off("2025-01-01", "new-year"),
      ...tet("2025-01-27", "2025-01-28", "2025-01-29", "2025-01-30", "2025-01-31"),
      off("2025-04-07", "gio-to"),
      off("2025-04-30", "victory-day"),
      off("2025-05-01", "labour-day"),
      off("2025-05-02", "swap", "verified", "2025-04-26"),
      off("2025-09-01", "national-day"),
      off("2025-09-02", "national-day")
    ],
    workingSaturdays: [sat("2025-04-26", "2025-05-02")],
    sources: [
      { document: "tb-6150-ldtbxh-2024" },
      { document: "cv-8726-vpcp-2024" },
      holidays2019Code,
      weeklyRest,
      swapPractice
    ]
  },
  {
    year: 2026,
    status: "partial",
    daysOff: [
      off("2026-01-01", "new-year"),
      off("2026-01-02", "swap", "verified", "2026-01-10"),
      ...tet("2026-02-16", "2026-02-17", "2026-02-18", "2026-02-19", "2026-02-20"),
      off("2026-04-27", "compensatory", "verified", "2026-04-26"),
      off("2026-04-30", "victory-day"),
      off("2026-05-01", "labour-day"),
      off("2026-08-31", "swap", "reported", "2026-08-22"),
      off("2026-09-01", "national-day", "reported"),
      off("2026-09-02", "national-day")
    ],
    candidates: [off("2026-11-24", "culture-day", "reported")],
    workingSaturdays: [sat("2026-01-10", "2026-01-02"), sat("2026-08-22", "2026-08-31", "reported")],
    sources: [
      { document: "tb-9441-bnv-2025" },
      { document: "cv-12729-vpcp-2025" },
      { document: "cv-3383-bnv-2026" },
      holidays2019Code,
      compensation2019Code,
      weeklyRest,
      swapPractice
    ],
    notes: [
      {
        vi: "Quốc khánh 2026 (01/9, hoán đổi 31/8 với thứ Bảy 22/8) theo nhiều nguồn tin, chưa thấy văn bản.",
        en: "Quốc khánh 2026 (1/9, swap of 31/8 for Saturday 22/8) is reported by several sources, not seen in the notice text."
      },
      {
        vi: "Ngày 24/11 (Ngày Văn hóa Việt Nam) chỉ có trong đề xuất sửa đổi (Nghị quyết 28/2026/QH16 theo nguồn tin); khoản 1 Điều 112 Bộ luật Lao động đang có hiệu lực chỉ có 11 ngày lễ: mặc định không nghỉ, chỉ tính khi bật thiết lập cultureDay.",
        en: "24/11 (Vietnam Culture Day) is off only in an amendment proposal (NQ 28/2026/QH16, reported); Labour Code Article 112(1) in force lists 11 holidays: not a day off by default, counted only with the cultureDay setting."
      },
      {
        vi: "Không hoán đổi dịp 30/4/2026 (Công văn 3383/BNV-CVL, theo nguồn tin).",
        en: "No swap at 30/4/2026 (CV 3383/BNV-CVL, reported)."
      }
    ]
  }
]

const byYear = new Map(entries.map((e) => [e.year, e]))

/**
 * The official entry for a year, if there is one.
 *
 * @example
 * ```ts
 * OfficialSchedules.get(2023)?.daysOff.length // 11
 * OfficialSchedules.get(2030) // undefined
 * ```
 * @since 0.1.0
 */
export const get = (year: number): YearSchedule | undefined => byYear.get(year)

/**
 * Every official entry, by year.
 *
 * @example
 * ```ts
 * OfficialSchedules.all.length // 8
 * OfficialSchedules.all[0].year // 2019
 * ```
 * @since 0.1.0
 */
export const all: ReadonlyArray<YearSchedule> = entries

/**
 * The years in the table.
 *
 * @example
 * ```ts
 * OfficialSchedules.years // [2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026]
 * ```
 * @since 0.1.0
 */
export const years: ReadonlyArray<number> = entries.map((e) => e.year)
