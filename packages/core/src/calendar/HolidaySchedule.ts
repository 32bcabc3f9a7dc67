/**
 * The civil servants' yearly schedule of days off (lịch nghỉ lễ, Tết của cán
 * bộ, công chức, viên chức): the weekdays off and the Saturdays worked.
 *
 * Precedence (../shared/domain/holidays.md (e) 3): the official table of
 * announced years ({@link OfficialSchedules}), then runtime overrides (late
 * notices, swaps decided in the year itself), then the estimator
 * ({@link EstimatedSchedule}) for years with no notice, flagged `estimated`.
 *
 * @since 0.1.0
 */
import type * as Citation from "../citation/Citation.js"
import * as CivilDate from "../base/CivilDate.js"
import * as EstimatedSchedule from "./EstimatedSchedule.js"
import * as OfficialSchedules from "./OfficialSchedules.js"

/**
 * Why a weekday is off.
 *
 * - `new-year` — Tết Dương lịch (1/1)
 * - `tet` — Tết Âm lịch (Lunar New Year, 5 days)
 * - `gio-to` — Giỗ Tổ Hùng Vương (10/3 âm lịch)
 * - `victory-day` — Ngày Chiến thắng (30/4)
 * - `labour-day` — Ngày Quốc tế lao động (1/5)
 * - `national-day` — Quốc khánh (2/9 and one adjacent day from 2021)
 * - `culture-day` — Ngày Văn hóa Việt Nam (24/11, from 2026: only an amendment
 *   proposal, not in the Labour Code in force; off only when opted in)
 * - `compensatory` — nghỉ bù (BLLĐ 2019 Điều 111 k3)
 * - `swap` — hoán đổi ngày làm việc (administrative practice, traded for a Saturday worked)
 *
 * @example
 * ```ts
 * HolidaySchedule.forYear(2024).daysOff[1] // { date: "2024-02-08", reason: "tet", confidence: "verified" }
 * ```
 * @since 0.1.0
 */
export type DayOffReason =
  | "new-year"
  | "tet"
  | "gio-to"
  | "victory-day"
  | "labour-day"
  | "national-day"
  | "culture-day"
  | "compensatory"
  | "swap"

/**
 * How sure we are of one day, after the marks of holidays.md: `verified`
 * ([V], seen in a stored page of the notice or press), `reported` ([R],
 * stated by several independent sources citing the notice, not seen),
 * `inferred` ([I], derived from the rules), `estimated` (computed for a year
 * with no notice).
 *
 * @example
 * ```ts
 * HolidaySchedule.forYear(2024).daysOff[0].confidence // "verified"
 * HolidaySchedule.forYear(2027).daysOff[0].confidence // "estimated"
 * ```
 * @since 0.1.0
 */
export type Confidence = "verified" | "reported" | "inferred" | "estimated"

/**
 * A weekday (Monday–Friday) on which civil servants do not work.
 *
 * @example
 * ```ts
 * const d: HolidaySchedule.DayOff = { date: CivilDate.make("2024-04-29"), reason: "swap", confidence: "verified" }
 * ```
 * @since 0.1.0
 */
export interface DayOff {
  readonly date: CivilDate.CivilDate
  readonly reason: DayOffReason
  readonly confidence: Confidence
  /** For a compensatory day: the holiday it makes up for; for a swap: the Saturday worked. */
  readonly for?: CivilDate.CivilDate
}

/**
 * A Saturday worked in exchange for a weekday off (ngày làm bù).
 *
 * @example
 * ```ts
 * HolidaySchedule.forYear(2024).workingSaturdays // [{ date: "2024-05-04", confidence: "verified", for: "2024-04-29" }]
 * ```
 * @since 0.1.0
 */
export interface WorkingSaturday {
  readonly date: CivilDate.CivilDate
  readonly confidence: Confidence
  /** The weekday off it pays for. */
  readonly for?: CivilDate.CivilDate
}

/**
 * Status of a year's schedule: `official` (every day from an official notice
 * or verified reporting), `partial` (official notice, some days only reported
 * or added by an override), `estimated` (no notice: computed from the Labour
 * Code rules; swaps cannot be predicted).
 *
 * @example
 * ```ts
 * HolidaySchedule.forYear(2024).status // "official"
 * HolidaySchedule.forYear(2026).status // "partial"
 * HolidaySchedule.forYear(2027).status // "estimated"
 * ```
 * @since 0.1.0
 */
export type Status = "official" | "partial" | "estimated"

/**
 * A remark in Vietnamese and English.
 *
 * @example
 * ```ts
 * const note: HolidaySchedule.Note = { vi: "Không hoán đổi dịp 30/4/2026", en: "No swap at 30/4/2026" }
 * ```
 * @since 0.1.0
 */
export interface Note {
  readonly vi: string
  readonly en: string
}

/**
 * One calendar year's schedule.
 *
 * @example
 * ```ts
 * const s = HolidaySchedule.forYear(2024)
 * s.status          // "official"
 * s.daysOff.length  // 12
 * ```
 * @since 0.1.0
 */
export interface YearSchedule {
  readonly year: number
  readonly status: Status
  /** Weekdays off, sorted by date. */
  readonly daysOff: ReadonlyArray<DayOff>
  /** Saturdays worked, sorted by date. */
  readonly workingSaturdays: ReadonlyArray<WorkingSaturday>
  /**
   * Days reported as off that the text in force does not make off (24/11
   * from 2026): not days off unless opted in ({@link Options.cultureDay}).
   * A deadline that would move if one were off says so.
   */
  readonly candidates?: ReadonlyArray<DayOff>
  /** The notices (and, for estimates, the Labour Code articles) behind it. */
  readonly sources: ReadonlyArray<Citation.Citation>
  /** What is uncertain, in Vietnamese and English. */
  readonly notes?: ReadonlyArray<Note>
}

/**
 * A runtime correction for one year: a late notice, a swap announced during
 * the year, or a whole replacement schedule. Dates outside `year` are
 * rejected by {@link applyOverride}.
 *
 * @example
 * ```ts
 * const late: HolidaySchedule.Override = {
 *   year: 2027,
 *   addDaysOff: [{ date: CivilDate.make("2027-05-03"), reason: "swap", confidence: "verified" }],
 *   addWorkingSaturdays: [{ date: CivilDate.make("2027-05-08"), confidence: "verified" }],
 *   source: { document: "tb-9441-bnv-2025" }
 * }
 * ```
 * @since 0.1.0
 */
export interface Override {
  readonly year: number
  /** Replace the base schedule entirely (the override is then the notice). */
  readonly replace?: boolean
  readonly addDaysOff?: ReadonlyArray<DayOff>
  readonly removeDaysOff?: ReadonlyArray<CivilDate.CivilDate>
  readonly addWorkingSaturdays?: ReadonlyArray<WorkingSaturday>
  readonly removeWorkingSaturdays?: ReadonlyArray<CivilDate.CivilDate>
  /** Status of the result; default: the base status, or `partial` for an official base. */
  readonly status?: Status
  readonly source?: Citation.Citation
}

/**
 * Settings of the estimator for years with no notice.
 *
 * @example
 * ```ts
 * const settings: HolidaySchedule.EstimatorSettings = { cultureDay: true, cultureDayCompensated: true }
 * EstimatedSchedule.estimate(2027, settings).status // "estimated"
 * ```
 * @since 0.1.0
 */
export interface EstimatorSettings {
  /**
   * Count 24/11 (Ngày Văn hóa Việt Nam) as a day off from 2026. Reported
   * ([R]) as NQ 28/2026/QH16 Điều 2, an amendment the Labour Code text in
   * force does not contain (Điều 112 k1 lists 11 holidays); default `false`.
   */
  readonly cultureDay: boolean
  /**
   * Give a compensatory day when 24/11 falls on a weekend. Unknown whether
   * BLLĐ Điều 111 k3 applies (it is outside Điều 112 k1); default `false`.
   */
  readonly cultureDayCompensated: boolean
}

/**
 * The default estimator settings.
 *
 * @example
 * ```ts
 * HolidaySchedule.defaultEstimatorSettings // { cultureDay: false, cultureDayCompensated: false }
 * ```
 * @since 0.1.0
 */
export const defaultEstimatorSettings: EstimatorSettings = { cultureDay: false, cultureDayCompensated: false }

/**
 * Options for {@link forYear}.
 *
 * @example
 * ```ts
 * HolidaySchedule.forYear(2026, { cultureDay: true }).daysOff.some((d) => d.date === "2026-11-24") // true
 * HolidaySchedule.forYear(2024, { ignoreOfficial: true }).status // "estimated"
 * ```
 * @since 0.1.0
 */
export interface Options {
  /**
   * Opt in to the unverified day off 24/11 (Ngày Văn hóa Việt Nam) from 2026,
   * in announced and estimated years alike; default `false` (the Labour Code
   * text in force). Takes precedence over `estimator.cultureDay`.
   */
  readonly cultureDay?: boolean
  readonly overrides?: ReadonlyArray<Override>
  readonly estimator?: Partial<EstimatorSettings>
  /** Ignore the official table (to compare the estimator against it). */
  readonly ignoreOfficial?: boolean
}

/**
 * An override that does not fit its year.
 *
 * @example
 * ```ts
 * HolidaySchedule.forYear(2027, {
 *   overrides: [{ year: 2027, addWorkingSaturdays: [{ date: CivilDate.make("2027-05-09"), confidence: "verified" }] }]
 * }) // InvalidOverrideError: override for 2027: working Saturday 2027-05-09 is not a Saturday
 * ```
 * @since 0.1.0
 */
export class InvalidOverrideError extends Error {
  readonly _tag = "InvalidOverrideError"
  constructor(message: string) {
    super(message)
    this.name = "InvalidOverrideError"
  }
}

const byDate = <A extends { readonly date: CivilDate.CivilDate }>(a: A, b: A) => CivilDate.compare(a.date, b.date)

/**
 * Applies one override to a schedule. Throws {@link InvalidOverrideError} when
 * a date is outside the year, a day off is on a weekend, or a worked day is
 * not a Saturday.
 *
 * @example
 * ```ts
 * const s = HolidaySchedule.applyOverride(HolidaySchedule.forYear(2027), {
 *   year: 2027, removeDaysOff: [CivilDate.make("2027-09-03")]
 * })
 * ```
 * @since 0.1.0
 */
export const applyOverride = (base: YearSchedule, o: Override): YearSchedule => {
  const check = (d: CivilDate.CivilDate, what: string) => {
    if (CivilDate.toParts(d).year !== o.year) {
      throw new InvalidOverrideError(`override for ${o.year}: ${what} ${d} is not in ${o.year}`)
    }
  }
  for (const d of o.addDaysOff ?? []) {
    check(d.date, "day off")
    if (CivilDate.isWeekend(d.date)) {
      throw new InvalidOverrideError(`override for ${o.year}: day off ${d.date} is a weekend day (list weekdays only)`)
    }
  }
  for (const s of o.addWorkingSaturdays ?? []) {
    check(s.date, "working Saturday")
    if (CivilDate.weekday(s.date) !== 6) {
      throw new InvalidOverrideError(`override for ${o.year}: working Saturday ${s.date} is not a Saturday`)
    }
  }
  const start: YearSchedule =
    o.replace === true ? { year: o.year, status: "official", daysOff: [], workingSaturdays: [], sources: [] } : base
  const removeOff = new Set<string>(o.removeDaysOff ?? [])
  const removeSat = new Set<string>(o.removeWorkingSaturdays ?? [])
  const offMap = new Map<string, DayOff>()
  for (const d of start.daysOff) if (!removeOff.has(d.date)) offMap.set(d.date, d)
  for (const d of o.addDaysOff ?? []) offMap.set(d.date, d)
  const satMap = new Map<string, WorkingSaturday>()
  for (const s of start.workingSaturdays) if (!removeSat.has(s.date)) satMap.set(s.date, s)
  for (const s of o.addWorkingSaturdays ?? []) satMap.set(s.date, s)
  const status: Status =
    o.status ?? (o.replace === true ? "official" : start.status === "official" ? "partial" : start.status)
  const candidates = (start.candidates ?? []).filter((d) => !offMap.has(d.date) && !removeOff.has(d.date))
  return {
    year: o.year,
    status,
    daysOff: [...offMap.values()].sort(byDate),
    ...(candidates.length > 0 ? { candidates } : {}),
    workingSaturdays: [...satMap.values()].sort(byDate),
    sources: o.source === undefined ? start.sources : [...start.sources, o.source],
    notes: [
      ...(start.notes ?? []),
      {
        vi: `đã áp dụng điều chỉnh${o.source ? ` (${o.source.document})` : ""}`,
        en: `override applied${o.source ? ` (${o.source.document})` : ""}`
      }
    ]
  }
}

/**
 * The schedule of a calendar year: official table, then overrides, else the
 * estimator.
 *
 * @example
 * ```ts
 * HolidaySchedule.forYear(2025).workingSaturdays.map((s) => s.date) // ["2025-04-26"]
 * HolidaySchedule.forYear(2030).status // "estimated"
 * ```
 * @since 0.1.0
 */
export const forYear = (year: number, options: Options = {}): YearSchedule => {
  const official = options.ignoreOfficial === true ? undefined : OfficialSchedules.get(year)
  const cultureDay = options.cultureDay ?? options.estimator?.cultureDay ?? defaultEstimatorSettings.cultureDay
  let schedule =
    official === undefined
      ? year >= EstimatedSchedule.firstYear && year <= EstimatedSchedule.lastYear
        ? EstimatedSchedule.estimate(year, { ...defaultEstimatorSettings, ...options.estimator, cultureDay })
        : weekendsOnly(year)
      : cultureDay
        ? withCandidates(official)
        : official
  for (const o of options.overrides ?? []) if (o.year === year) schedule = applyOverride(schedule, o)
  return schedule
}

/**
 * A schedule with its candidate days (reported, not in the text in force)
 * counted as days off: the opt-in of {@link Options.cultureDay}. The status
 * becomes `partial` and a note says which days were added.
 *
 * @example
 * ```ts
 * HolidaySchedule.withCandidates(OfficialSchedules.get(2026)!).daysOff.some((d) => d.date === "2026-11-24") // true
 * ```
 * @since 0.1.0
 */
export const withCandidates = (s: YearSchedule): YearSchedule => {
  const added = s.candidates ?? []
  if (added.length === 0) return s
  const { candidates: _, ...rest } = s
  return {
    ...rest,
    status: s.status === "official" ? "partial" : s.status,
    daysOff: [...s.daysOff, ...added].sort(byDate),
    sources: [...s.sources, { document: "nq-28-2026-qh16", article: "2" }],
    notes: [
      ...(s.notes ?? []),
      {
        vi: `Đã tính ngày nghỉ chưa kiểm chứng theo thiết lập: ${added.map((d) => CivilDate.formatVi(d.date)).join(", ")}`,
        en: `Unverified days off counted by setting: ${added.map((d) => d.date).join(", ")}`
      }
    ]
  }
}

/**
 * A day whose status in a schedule is not verified: a day off or a Saturday
 * worked that is only reported or inferred, or a candidate day off that the
 * text in force does not give (counted only when opted in). Estimated years
 * are flagged as a whole (`status: "estimated"`), so their computed days are
 * not listed one by one.
 *
 * @example
 * ```ts
 * HolidaySchedule.unverifiedDays(HolidaySchedule.forYear(2026)).map((u) => u.date)
 * // ["2026-08-22", "2026-08-31", "2026-09-01", "2026-11-24"]
 * ```
 * @since 0.1.0
 */
export interface UnverifiedDay {
  readonly date: CivilDate.CivilDate
  /** What the default calendar does with it. */
  readonly kind: "day-off" | "working-saturday" | "candidate"
  readonly confidence: Confidence
  readonly reason?: DayOffReason
}

/**
 * The unverified days of a schedule, by date.
 *
 * @example
 * ```ts
 * HolidaySchedule.unverifiedDays(HolidaySchedule.forYear(2024)) // []
 * ```
 * @since 0.1.0
 */
export const unverifiedDays = (s: YearSchedule): ReadonlyArray<UnverifiedDay> => {
  const unsure = (c: Confidence) => c === "reported" || c === "inferred"
  const out: Array<UnverifiedDay> = []
  for (const d of s.daysOff)
    if (unsure(d.confidence)) out.push({ date: d.date, kind: "day-off", confidence: d.confidence, reason: d.reason })
  for (const d of s.workingSaturdays)
    if (unsure(d.confidence)) out.push({ date: d.date, kind: "working-saturday", confidence: d.confidence })
  for (const d of s.candidates ?? [])
    out.push({ date: d.date, kind: "candidate", confidence: d.confidence, reason: d.reason })
  return out.sort(byDate)
}

/**
 * The schedule of a year outside the estimator's range (before 2014, when
 * the holiday rules before BLLĐ 2012 are not encoded): weekends only, flagged
 * estimated, so that old cases and periods are still computed — with a note
 * that holidays are missing.
 *
 * @example
 * ```ts
 * HolidaySchedule.weekendsOnly(2012).daysOff // []
 * ```
 * @since 0.1.0
 */
export const weekendsOnly = (year: number): YearSchedule => ({
  year,
  status: "estimated",
  daysOff: [],
  workingSaturdays: [],
  sources: [{ document: "qd-188-1999-ttg", article: "1" }],
  notes: [
    {
      vi: `Chưa mã hóa quy định ngày lễ cho năm ${year}: chỉ tính nghỉ thứ Bảy, Chủ nhật; ngày lễ, Tết không được tính.`,
      en: `No holiday rules are encoded for ${year}: only Saturdays and Sundays are rest days; holidays are missing.`
    }
  ]
})

/**
 * The years with an official (or partly official) schedule in the table.
 *
 * @example
 * ```ts
 * HolidaySchedule.officialYears() // [2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026]
 * ```
 * @since 0.1.0
 */
export const officialYears = (): ReadonlyArray<number> => OfficialSchedules.years
