/**
 * The estimator of a year's days off when no notice has been published, from
 * the Labour Code rules (../shared/domain/holidays.md (a) and (e) 2). Every
 * day it returns is marked `estimated`; swaps (hoán đổi) cannot be predicted,
 * so an estimated year has none and no Saturdays worked.
 *
 * Rules:
 * - fixed days 1/1, 30/4, 1/5, 2/9 (BLLĐ 2019 Điều 112 k1; BLLĐ 2012 Điều 115);
 * - Giỗ Tổ 10/3 âm lịch (regular month 3) and Tết from the lunar calendar at UTC+7;
 * - from 2021, a second Quốc khánh day adjacent to 2/9: Mon→+1, Tue→−1,
 *   Wed→−1, Thu→+1, Fri→−1, Sat→−1, Sun→+1;
 * - Tết: the eve (last day of month 12) to mùng 4; a Saturday in that block is
 *   moved to the last free weekday before it, a Sunday to the first free
 *   weekday after it (the rule that reproduces the notices 2019–2026);
 * - a statutory day on Saturday or Sunday is made up on the next weekday that
 *   is neither a holiday nor already a make-up day (Điều 111 k3; chains);
 * - 24/11 from 2026 only when opted in (see {@link HolidaySchedule.EstimatorSettings}):
 *   the Labour Code text in force lists 11 holidays, so by default 24/11 is
 *   returned as an unverified `candidate`, not a day off.
 *
 * The rules before BLLĐ 2012 came into force are not encoded: years before
 * 2014 are refused.
 *
 * @since 0.1.0
 */
import type * as Citation from "../citation/Citation.js"
import * as CivilDate from "../base/CivilDate.js"
import type { DayOff, DayOffReason, EstimatorSettings, YearSchedule } from "./HolidaySchedule.js"
import * as Lunar from "./Lunar.js"

/**
 * The first year the estimator covers (the first whole year under BLLĐ 2012).
 *
 * @example
 * ```ts
 * EstimatedSchedule.firstYear // 2014
 * EstimatedSchedule.estimate(2013, HolidaySchedule.defaultEstimatorSettings) // RangeError: … covers 2014–2199
 * ```
 * @since 0.1.0
 */
export const firstYear = 2014

/**
 * The last year the estimator covers (the end of the lunar calendar's range).
 *
 * @example
 * ```ts
 * EstimatedSchedule.lastYear // 2199
 * ```
 * @since 0.1.0
 */
export const lastYear = 2199

/**
 * Which day of 1/9 or 3/9 accompanies 2/9, by the weekday of 2/9 (ISO 1–7):
 * the offset in days from 2/9. Holidays.md (e) 2, reproduces 2021–2026.
 *
 * @example
 * ```ts
 * CivilDate.weekday(CivilDate.make("2021-09-02")) // 4: 2/9/2021 was a Thursday, so the second Quốc khánh day is 3/9
 * EstimatedSchedule.nationalDayAdjacentOffset[CivilDate.weekday(CivilDate.make("2021-09-02"))] // 1
 * ```
 * @since 0.1.0
 */
export const nationalDayAdjacentOffset: Readonly<Record<CivilDate.Weekday, -1 | 1>> = {
  1: 1,
  2: -1,
  3: -1,
  4: 1,
  5: -1,
  6: -1,
  7: 1
}

/**
 * Estimates the schedule of `year` from the rules.
 *
 * @example
 * ```ts
 * const s = EstimatedSchedule.estimate(2027, HolidaySchedule.defaultEstimatorSettings)
 * s.status // "estimated"
 * s.daysOff.map((d) => d.date) // ["2027-01-01", "2027-02-04", "2027-02-05", "2027-02-08", "2027-02-09", "2027-02-10", "2027-04-16", "2027-04-30", "2027-05-03", "2027-09-02", "2027-09-03"]
 * ```
 * @since 0.1.0
 */
export const estimate = (year: number, settings: EstimatorSettings): YearSchedule => {
  if (!Number.isInteger(year) || year < firstYear || year > lastYear) {
    throw new RangeError(`no holiday rules are encoded for ${year}: the estimator covers ${firstYear}–${lastYear}`)
  }
  const code2019 = year >= 2021
  const d = (month: number, day: number) => CivilDate.make({ year, month, day })

  // Statutory days other than Tết, in date order.
  const statutory: Array<{ date: CivilDate.CivilDate; reason: DayOffReason }> = [
    { date: d(1, 1), reason: "new-year" },
    { date: Lunar.gioTo(year), reason: "gio-to" },
    { date: d(4, 30), reason: "victory-day" },
    { date: d(5, 1), reason: "labour-day" },
    { date: d(9, 2), reason: "national-day" }
  ]
  if (code2019) {
    const sep2 = d(9, 2)
    statutory.push({
      date: CivilDate.addDays(sep2, nationalDayAdjacentOffset[CivilDate.weekday(sep2)]),
      reason: "national-day"
    })
  }
  const cultureDay = settings.cultureDay && year >= 2026
  if (cultureDay) statutory.push({ date: d(11, 24), reason: "culture-day" })
  statutory.sort((a, b) => CivilDate.compare(a.date, b.date))

  const taken = new Set<string>()
  const daysOff: Array<DayOff> = []
  const add = (date: CivilDate.CivilDate, reason: DayOffReason, forDate?: CivilDate.CivilDate) => {
    taken.add(date)
    daysOff.push(
      forDate === undefined
        ? { date, reason, confidence: "estimated" }
        : { date, reason, confidence: "estimated", for: forDate }
    )
  }

  // Tết block: eve … mùng 4.
  const tet = Lunar.tet(year)
  const blockStart = CivilDate.addDays(tet, -1)
  const blockEnd = CivilDate.addDays(tet, 3)
  const block = [0, 1, 2, 3, 4].map((i) => CivilDate.addDays(blockStart, i))
  for (const day of block) if (!CivilDate.isWeekend(day)) add(day, "tet")
  for (const day of block) {
    if (CivilDate.weekday(day) === 6) {
      let c = CivilDate.addDays(blockStart, -1)
      while (CivilDate.isWeekend(c) || taken.has(c)) c = CivilDate.addDays(c, -1)
      add(c, "tet", day)
    }
  }
  for (const day of block) {
    if (CivilDate.weekday(day) === 7) {
      let c = CivilDate.addDays(blockEnd, 1)
      while (CivilDate.isWeekend(c) || taken.has(c)) c = CivilDate.addDays(c, 1)
      add(c, "tet", day)
    }
  }

  // Statutory weekdays, then make-up days for those on a weekend.
  const holidays = new Set<string>(statutory.map((s) => s.date))
  for (const s of statutory) if (!CivilDate.isWeekend(s.date) && !taken.has(s.date)) add(s.date, s.reason)
  for (const s of statutory) {
    if (!CivilDate.isWeekend(s.date)) continue
    if (s.reason === "culture-day" && !settings.cultureDayCompensated) continue
    let c = CivilDate.addDays(s.date, 1)
    while (CivilDate.isWeekend(c) || holidays.has(c) || taken.has(c)) c = CivilDate.addDays(c, 1)
    add(c, "compensatory", s.date)
  }
  daysOff.sort((a, b) => CivilDate.compare(a.date, b.date))

  const sources: Array<Citation.Citation> = code2019
    ? [
        { document: "blld-2019", article: "112", clause: 1 },
        { document: "blld-2019", article: "112", clause: 3 },
        { document: "blld-2019", article: "111", clause: 3 },
        { document: "qd-188-1999-ttg", article: "1" }
      ]
    : [
        { document: "blld-2012", article: "115" },
        { document: "qd-188-1999-ttg", article: "1" }
      ]
  if (cultureDay) sources.push({ document: "nq-28-2026-qh16", article: "2" })
  const nov24 = d(11, 24)
  const candidates: ReadonlyArray<DayOff> =
    !cultureDay && year >= 2026 && !CivilDate.isWeekend(nov24) && !taken.has(nov24)
      ? [{ date: nov24, reason: "culture-day", confidence: "reported" }]
      : []
  return {
    year,
    status: "estimated",
    daysOff,
    workingSaturdays: [],
    ...(candidates.length > 0 ? { candidates } : {}),
    sources,
    notes: [
      {
        vi: `Chưa có thông báo lịch nghỉ năm ${year}: ngày nghỉ được ước tính theo Bộ luật Lao động; không dự đoán được ngày hoán đổi và thứ Bảy làm bù.`,
        en: `No notice for ${year} is encoded: days off estimated from the Labour Code rules; swaps and Saturdays worked cannot be predicted.`
      },
      ...(cultureDay
        ? [
            {
              vi: "Ngày 24/11 (Ngày Văn hóa Việt Nam) được tính theo nguồn tin (Nghị quyết 28/2026/QH16), chưa kiểm chứng.",
              en: "24/11 (Ngày Văn hóa Việt Nam) counted as reported (NQ 28/2026/QH16), not verified."
            }
          ]
        : [])
    ]
  }
}
