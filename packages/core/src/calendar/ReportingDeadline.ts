/**
 * Deadlines for sending a statistical report (thời hạn gửi báo cáo thống kê),
 * by regime and reporting level:
 * - TT 01/2013/TT-BTP as amended by TT 08/2015/TT-BTP, Điều 10 k2: "chậm nhất
 *   trước ngày 02 / 04 / 07 của kỳ báo cáo kế tiếp" — by the end of the 1st,
 *   3rd or 6th day of the month after the period (Chấp hành viên / Chi cục /
 *   Cục), calendar days;
 * - TT 06/2019/TT-BTP Điều 9 k2: 1 / 2 / 4 working days after the period ends;
 * - TT 05/2024/TT-BTP Điều 10: k1 gives the Chấp hành viên 1 working day
 *   (verified); the rest of the article was not found, so the other levels
 *   default to TT 06/2019's values, reported as `assumed`, and are settings.
 *
 * The regime is the one in force on the period's last day, from the in-force
 * dates of the registry ({@link Documents}). From 1/7/2025 the Chi cục and
 * Cục tiers are replaced by Phòng THADS khu vực and THADS tỉnh (QĐ 1898/QĐ-BTP);
 * their deadlines are not published and default to those of the tier they
 * replace (`assumed`).
 *
 * @since 0.1.0
 */
import type * as Citation from "../citation/Citation.js"
import * as Documents from "../citation/Documents.js"
import * as CivilDate from "./CivilDate.js"
import type { Note } from "./HolidaySchedule.js"
import * as StatisticalPeriod from "./StatisticalPeriod.js"
import * as WorkingCalendar from "./WorkingCalendar.js"

/**
 * A statistical reporting regime (chế độ báo cáo thống kê).
 *
 * @example
 * ```ts
 * ReportingDeadline.deadline({ year: 2022, months: 4 }, "chi-cuc").regime // "tt06-2019"
 * ```
 * @since 0.1.0
 */
export type Regime = "tt01-2013" | "tt06-2019" | "tt05-2024"

/**
 * The regimes, oldest first.
 *
 * @example
 * ```ts
 * ReportingDeadline.regimes // ["tt01-2013", "tt06-2019", "tt05-2024"]
 * ```
 * @since 0.1.0
 */
export const regimes: ReadonlyArray<Regime> = ["tt01-2013", "tt06-2019", "tt05-2024"]

/**
 * The circular that establishes each regime.
 *
 * @example
 * ```ts
 * ReportingDeadline.regimeDocument["tt06-2019"] // "tt-06-2019-btp"
 * ```
 * @since 0.1.0
 */
export const regimeDocument = {
  "tt01-2013": "tt-01-2013-btp",
  "tt06-2019": "tt-06-2019-btp",
  "tt05-2024": "tt-05-2024-btp"
} as const satisfies Record<Regime, Documents.DocumentId>

/**
 * A reporting level (cấp báo cáo):
 * - `chv` — Chấp hành viên (enforcement officer), reports to the head of the unit;
 * - `chi-cuc` — Chi cục THADS (district office), until 30/6/2025;
 * - `cuc` — Cục THADS (provincial department), until 30/6/2025;
 * - `phong-khu-vuc` — Phòng THADS khu vực (area office), from 1/7/2025;
 * - `thads-tinh` — Thi hành án dân sự tỉnh/thành phố, from 1/7/2025.
 *
 * @example
 * ```ts
 * const level: ReportingDeadline.Level = "phong-khu-vuc"
 * ReportingDeadline.deadline({ year: 2025, months: 11 }, level).deadline // "2025-09-04"
 * ```
 * @since 0.1.0
 */
export type Level = "chv" | "chi-cuc" | "cuc" | "phong-khu-vuc" | "thads-tinh"

/**
 * Facts about a level: names and the dates it exists.
 *
 * @example
 * ```ts
 * const info: ReportingDeadline.LevelInfo = ReportingDeadline.levels.cuc
 * info.successor // "thads-tinh"
 * ```
 * @since 0.1.0
 */
export interface LevelInfo {
  readonly id: Level
  readonly name: { readonly vi: string; readonly en: string }
  readonly validFrom?: CivilDate.CivilDate
  readonly validTo?: CivilDate.CivilDate
  /** The level that replaced it, or that it replaced. */
  readonly successor?: Level
  readonly predecessor?: Level
}

/**
 * The reporting levels.
 *
 * @example
 * ```ts
 * ReportingDeadline.levels["chi-cuc"].validTo // "2025-06-30"
 * ```
 * @since 0.1.0
 */
export const levels: { readonly [L in Level]: LevelInfo } = {
  chv: { id: "chv", name: { vi: "Chấp hành viên", en: "enforcement officer" } },
  "chi-cuc": {
    id: "chi-cuc",
    name: { vi: "Chi cục Thi hành án dân sự", en: "district civil judgment enforcement office" },
    validTo: CivilDate.make("2025-06-30"),
    successor: "phong-khu-vuc"
  },
  cuc: {
    id: "cuc",
    name: { vi: "Cục Thi hành án dân sự", en: "provincial civil judgment enforcement department" },
    validTo: CivilDate.make("2025-06-30"),
    successor: "thads-tinh"
  },
  "phong-khu-vuc": {
    id: "phong-khu-vuc",
    name: { vi: "Phòng Thi hành án dân sự khu vực", en: "area civil judgment enforcement office" },
    validFrom: CivilDate.make("2025-07-01"),
    predecessor: "chi-cuc"
  },
  "thads-tinh": {
    id: "thads-tinh",
    name: { vi: "Thi hành án dân sự tỉnh, thành phố", en: "provincial civil judgment enforcement office" },
    validFrom: CivilDate.make("2025-07-01"),
    predecessor: "cuc"
  }
}

/**
 * Whether a rule is the text of the regime (`official`) or a documented
 * default where the text is unknown (`assumed`).
 *
 * @example
 * ```ts
 * ReportingDeadline.deadline({ year: 2022, months: 4 }, "chi-cuc").basis // "official"
 * ```
 * @since 0.1.0
 */
export type Basis = "official" | "assumed"

/**
 * How a deadline is counted.
 *
 * @example
 * ```ts
 * const rule: ReportingDeadline.Rule = { kind: "working-days-after-period-end", days: 2 }
 * ```
 * @since 0.1.0
 */
export type Rule =
  | { readonly kind: "working-days-after-period-end"; readonly days: number }
  | { readonly kind: "before-day-of-next-month"; readonly day: number }

/**
 * One level's rule in one regime, with its basis and citation.
 *
 * @example
 * ```ts
 * const r: ReportingDeadline.LevelRule = {
 *   rule: { kind: "working-days-after-period-end", days: 1 }, basis: "official", citation: { document: "tt-06-2019-btp", article: "9", clause: 2 }
 * }
 * ```
 * @since 0.1.0
 */
export interface LevelRule {
  readonly rule: Rule
  readonly basis: Basis
  readonly citation: Citation.Citation
  readonly note?: Note
}

const tt01: Citation.Citation = {
  document: "tt-01-2013-btp",
  article: "10",
  clause: 2,
  note: { vi: "sửa đổi bởi Thông tư 08/2015/TT-BTP", en: "as amended by Circular 08/2015/TT-BTP" }
}
const tt06: Citation.Citation = { document: "tt-06-2019-btp", article: "9", clause: 2 }
const tt05k1: Citation.Citation = { document: "tt-05-2024-btp", article: "10", clause: 1 }
const tt05: Citation.Citation = { document: "tt-05-2024-btp", article: "10" }
const assumedTt05: Note = {
  vi: "Chưa tìm được nội dung Điều 10 Thông tư 05/2024/TT-BTP ngoài khoản 1: giả định theo khoản 2 Điều 9 Thông tư 06/2019/TT-BTP",
  en: "TT 05/2024 Điều 10 beyond k1 was not found: TT 06/2019 Điều 9 k2 value assumed"
}
const assumedTier = (vi: string, en: string): Note => ({
  vi: `Chưa có quy định thời hạn cho cấp này: giả định bằng thời hạn của ${vi} mà cấp này thay thế (từ 01/7/2025, Quyết định 1898/QĐ-BTP)`,
  en: `no deadline is published for this tier: the value of the ${en} it replaced (1/7/2025, QĐ 1898/QĐ-BTP) is assumed`
})

/**
 * The built-in rules. A level missing from a regime does not exist under it.
 *
 * @example
 * ```ts
 * ReportingDeadline.defaultRules["tt06-2019"].cuc?.rule // { kind: "working-days-after-period-end", days: 4 }
 * ReportingDeadline.defaultRules["tt01-2013"]["thads-tinh"] // undefined
 * ```
 * @since 0.1.0
 */
export const defaultRules: { readonly [R in Regime]: { readonly [L in Level]?: LevelRule } } = {
  "tt01-2013": {
    chv: { rule: { kind: "before-day-of-next-month", day: 2 }, basis: "official", citation: tt01 },
    "chi-cuc": { rule: { kind: "before-day-of-next-month", day: 4 }, basis: "official", citation: tt01 },
    cuc: { rule: { kind: "before-day-of-next-month", day: 7 }, basis: "official", citation: tt01 }
  },
  "tt06-2019": {
    chv: { rule: { kind: "working-days-after-period-end", days: 1 }, basis: "official", citation: tt06 },
    "chi-cuc": { rule: { kind: "working-days-after-period-end", days: 2 }, basis: "official", citation: tt06 },
    cuc: { rule: { kind: "working-days-after-period-end", days: 4 }, basis: "official", citation: tt06 }
  },
  "tt05-2024": {
    chv: { rule: { kind: "working-days-after-period-end", days: 1 }, basis: "official", citation: tt05k1 },
    "chi-cuc": {
      rule: { kind: "working-days-after-period-end", days: 2 },
      basis: "assumed",
      citation: tt05,
      note: assumedTt05
    },
    cuc: {
      rule: { kind: "working-days-after-period-end", days: 4 },
      basis: "assumed",
      citation: tt05,
      note: assumedTt05
    },
    "phong-khu-vuc": {
      rule: { kind: "working-days-after-period-end", days: 2 },
      basis: "assumed",
      citation: tt05,
      note: assumedTier("Chi cục", "Chi cục (district office)")
    },
    "thads-tinh": {
      rule: { kind: "working-days-after-period-end", days: 4 },
      basis: "assumed",
      citation: tt05,
      note: assumedTier("Cục", "Cục (provincial department)")
    }
  }
}

/**
 * Settings: replace or add a level's rule in a regime (e.g. when the text of
 * TT 05/2024 Điều 10 is found), and whether a calendar-day deadline that
 * falls on a rest day moves to the next working day (BLDS Điều 148; default
 * `true`).
 *
 * @example
 * ```ts
 * const settings: ReportingDeadline.Settings = {
 *   rules: { "tt05-2024": { cuc: { rule: { kind: "working-days-after-period-end", days: 5 }, basis: "official", citation: { document: "tt-05-2024-btp", article: "10", clause: 3 } } } }
 * }
 * ```
 * @since 0.1.0
 */
export interface Settings {
  readonly rules?: { readonly [R in Regime]?: { readonly [L in Level]?: LevelRule } }
  readonly rollForward?: boolean
  readonly calendar?: WorkingCalendar.WorkingCalendar
}

/**
 * A deadline, explained.
 *
 * @example
 * ```ts
 * const d: ReportingDeadline.Deadline = ReportingDeadline.deadline({ year: 2022, months: 4 }, "chi-cuc")
 * d.periodEnd // "2022-01-31"
 * d.deadline  // "2022-02-08"
 * ```
 * @since 0.1.0
 */
export interface Deadline {
  /** The last day to send the report (inclusive). */
  readonly deadline: CivilDate.CivilDate
  readonly period: StatisticalPeriod.Period
  readonly periodEnd: CivilDate.CivilDate
  readonly regime: Regime
  readonly level: Level
  readonly rule: Rule
  readonly basis: Basis
  /** Whether a year of the working calendar used is estimated. */
  readonly estimated: boolean
  readonly citation: Citation.Citation
  /** Set when the nominal last day was a rest day (BLDS Điều 148). */
  readonly rolledForwardFrom?: CivilDate.CivilDate
  readonly notes: ReadonlyArray<Note>
}

/**
 * A deadline that cannot be computed: no regime in force, a level that does
 * not exist under the regime or on the date.
 *
 * @example
 * ```ts
 * ReportingDeadline.deadline({ year: 2025, months: 11 }, "cuc")
 * // DeadlineError: the level "cuc" (…) did not exist on 2025-08-31; use "thads-tinh" (…)
 * ```
 * @since 0.1.0
 */
export class DeadlineError extends Error {
  readonly _tag = "DeadlineError"
  constructor(readonly text: { readonly vi: string; readonly en: string }) {
    super(text.en)
    this.name = "DeadlineError"
  }
}

const inForceFrom = (r: Regime): CivilDate.CivilDate | undefined => {
  const doc = Documents.get(regimeDocument[r])
  return doc.inForceFrom ?? doc.issued
}

/**
 * The regime in force on a date, from the registry's in-force dates, or
 * `undefined` before TT 01/2013.
 *
 * @example
 * ```ts
 * ReportingDeadline.regimeAt(CivilDate.make("2020-01-04")) // "tt01-2013"
 * ReportingDeadline.regimeAt(CivilDate.make("2024-07-26")) // "tt05-2024"
 * ```
 * @since 0.1.0
 */
export const regimeAt = (date: CivilDate.CivilDate): Regime | undefined => {
  let found: Regime | undefined
  for (const r of regimes) {
    const from = inForceFrom(r)
    if (from !== undefined && from <= date) found = r
  }
  return found
}

/**
 * Whether a level exists on a date.
 *
 * @example
 * ```ts
 * ReportingDeadline.levelExistsOn("cuc", CivilDate.make("2025-07-01")) // false
 * ```
 * @since 0.1.0
 */
export const levelExistsOn = (level: Level, date: CivilDate.CivilDate): boolean => {
  const info = levels[level]
  return (
    (info.validFrom === undefined || info.validFrom <= date) && (info.validTo === undefined || date <= info.validTo)
  )
}

/**
 * The deadline of a period's report for a level.
 *
 * @example
 * ```ts
 * const d = ReportingDeadline.deadline({ year: 2022, months: 4 }, "chi-cuc")
 * d.deadline // "2022-02-08": 31/1/2022 + 2 working days, across Tết (31/1–4/2)
 * d.regime   // "tt06-2019"
 * d.basis    // "official"
 * ```
 * @since 0.1.0
 */
export const deadline = (
  period: StatisticalPeriod.Period,
  level: Level,
  options: Settings & { readonly regime?: Regime } = {}
): Deadline => {
  const periodEnd = StatisticalPeriod.end(period)
  const regime = options.regime ?? regimeAt(periodEnd)
  if (regime === undefined) {
    throw new DeadlineError({
      en: `no statistical reporting regime is encoded for a period ending ${periodEnd} (the first is TT 01/2013/TT-BTP)`,
      vi: `chưa có chế độ báo cáo thống kê cho kỳ kết thúc ngày ${CivilDate.formatVi(periodEnd)} (sớm nhất là Thông tư 01/2013/TT-BTP)`
    })
  }
  if (!levelExistsOn(level, periodEnd)) {
    const info = levels[level]
    const other = info.successor ?? info.predecessor
    throw new DeadlineError({
      en:
        `the level "${level}" (${info.name.en}) did not exist on ${periodEnd}` +
        (other === undefined ? "" : `; use "${other}" (${levels[other].name.en})`),
      vi:
        `cấp "${level}" (${info.name.vi}) không tồn tại vào ngày ${CivilDate.formatVi(periodEnd)}` +
        (other === undefined ? "" : `; dùng "${other}" (${levels[other].name.vi})`)
    })
  }
  const levelRule = options.rules?.[regime]?.[level] ?? defaultRules[regime][level]
  if (levelRule === undefined) {
    throw new DeadlineError({
      en: `the regime ${regime} has no deadline for the level "${level}"`,
      vi: `chế độ ${regime} không quy định thời hạn cho cấp "${level}"`
    })
  }
  const calendar = options.calendar ?? WorkingCalendar.standard
  const notes: Array<Note> = levelRule.note === undefined ? [] : [levelRule.note]
  let nominal: CivilDate.CivilDate
  let final: CivilDate.CivilDate
  if (levelRule.rule.kind === "working-days-after-period-end") {
    nominal = final = calendar.addWorkingDays(periodEnd, levelRule.rule.days)
  } else {
    const next = CivilDate.addDays(periodEnd, 1)
    const { month, year } = CivilDate.toParts(next)
    nominal = CivilDate.make({ year, month, day: levelRule.rule.day - 1 })
    final = options.rollForward === false ? nominal : calendar.nextWorkingDayOnOrAfter(nominal)
    if (final !== nominal) {
      notes.push({
        vi: `${CivilDate.formatVi(nominal)} là ngày nghỉ: thời hạn chuyển sang ngày làm việc tiếp theo (Điều 148 Bộ luật Dân sự 2015)`,
        en: `${nominal} is a rest day: the deadline moves to the next working day (BLDS 2015 Điều 148)`
      })
    }
  }
  const years = new Set([CivilDate.toParts(periodEnd).year, CivilDate.toParts(final).year])
  const estimated = [...years].some((y) => calendar.isEstimated(y))
  if (estimated) {
    notes.push({
      vi: "lịch nghỉ của năm liên quan chưa có thông báo chính thức: ước tính",
      en: "the working calendar of a year used has no official notice yet: estimated"
    })
  }
  const base = {
    deadline: final,
    period,
    periodEnd,
    regime,
    level,
    rule: levelRule.rule,
    basis: levelRule.basis,
    estimated,
    citation: levelRule.citation,
    notes
  }
  return final === nominal ? base : { ...base, rolledForwardFrom: nominal }
}

/**
 * The deadlines of the periods ending in [`from`, `to`] for the given levels,
 * ordered by deadline. Levels that do not exist at a period's end are skipped.
 *
 * @example
 * ```ts
 * ReportingDeadline.between(CivilDate.make("2026-11-01"), CivilDate.make("2027-01-31"), ["chv", "thads-tinh"])
 * ```
 * @since 0.1.0
 */
export const between = (
  from: CivilDate.CivilDate,
  to: CivilDate.CivilDate,
  levelList: ReadonlyArray<Level>,
  options: Settings = {}
): ReadonlyArray<Deadline> => {
  const out: Array<Deadline> = []
  for (const p of StatisticalPeriod.endingBetween(from, to)) {
    for (const level of levelList) {
      if (!levelExistsOn(level, StatisticalPeriod.end(p))) continue
      if (regimeAt(StatisticalPeriod.end(p)) === undefined) continue
      out.push(deadline(p, level, options))
    }
  }
  return out.sort((a, b) => CivilDate.compare(a.deadline, b.deadline))
}

/**
 * The next deadlines on or after `today`: the reports of the periods that
 * ended recently (and may still be due) and of the coming months.
 *
 * @example
 * ```ts
 * ReportingDeadline.upcoming(CivilDate.make("2026-11-26"), 3)
 * ```
 * @since 0.1.0
 */
export const upcoming = (
  today: CivilDate.CivilDate,
  count: number,
  levelList: ReadonlyArray<Level> = ["chv", "chi-cuc", "cuc", "phong-khu-vuc", "thads-tinh"],
  options: Settings = {}
): ReadonlyArray<Deadline> => {
  const from = CivilDate.addMonths(today, -1)
  const to = CivilDate.addMonths(today, Math.max(2, Math.ceil(count / Math.max(1, levelList.length)) + 2))
  return between(from, to, levelList, options)
    .filter((d) => d.deadline >= today)
    .slice(0, count)
}
