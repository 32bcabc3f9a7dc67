/**
 * Deadlines for sending a statistical report (thời hạn gửi báo cáo thống kê),
 * by regime and reporting level:
 * - TT 01/2013/TT-BTP as amended by TT 08/2015/TT-BTP, Điều 10 k2: "chậm nhất
 *   trước ngày 02 / 04 / 07 của kỳ báo cáo kế tiếp" — by the end of the 1st,
 *   3rd or 6th day of the month after the period (Chấp hành viên / Chi cục /
 *   Cục), calendar days (official). The text says nothing about rest days:
 *   moving a day that falls on one to the next working day (BLDS Điều 148) is
 *   our reading, so a deadline that moved is `assumed` and names the setting
 *   `rollForward`;
 * - TT 06/2019/TT-BTP Điều 9 k2: 1 / 2 / 4 working days after the period ends;
 * - TT 05/2024/TT-BTP Điều 10: k1 gives the Chấp hành viên 1 working day,
 *   read in the Pháp điển compilation (đề mục Thống kê, Điều 31.1.TT.80.10;
 *   see {@link tt05Clause1Source}); the rest of the article was not found, so
 *   the other levels default to TT 06/2019's values, `assumed`, as settings.
 *   A replacement (TT 05/2026/TT-BTP from 1/7/2026) is reported but not
 *   verified: the regime has no end unless one is set (`regimeEnd`).
 *
 * Every deadline says its basis; when `assumed`, `settings` names the
 * settings it rests on (a {@link Setting.Setting} each, to cite in a
 * finding). A deadline that would move if an unverified day (a reported
 * swap, or 24/11/2026, not in the Labour Code in force) were — or were not —
 * a day off lists those days in `dependsOnUnverifiedDays`.
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
import type * as Setting from "../citation/Setting.js"
import * as CivilDate from "../base/CivilDate.js"
import type * as HolidaySchedule from "./HolidaySchedule.js"
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
 * Where the text of TT 05/2024 Điều 10 k1 was read: the Pháp điển
 * compilation as stored in a public repository. Only the first paragraph of
 * each article is stored there, and only in some versions of the file.
 *
 * @example
 * ```ts
 * ReportingDeadline.tt05Clause1Source.quote.startsWith("Trong thời hạn 01 ngày làm việc") // true
 * ```
 * @since 0.1.0
 */
export const tt05Clause1Source = {
  document: "tt-05-2024-btp",
  article: "10",
  clause: 1,
  compilation: "Pháp điển, chủ đề 31 Thống kê, đề mục Thống kê, Điều 31.1.TT.80.10",
  read: "GitHub diepxuan/diepxuan.github.io, van-ban/thong-ke/thong-ke.md at commit 83cca8a85da481f2636aea1f954485d30fb72a15",
  quote:
    "Trong thời hạn 01 ngày làm việc, kể từ ngày kết thúc kỳ báo cáo thống kê, Chấp hành viên phải lập và gửi báo cáo thống kê tới Thủ trưởng đơn vị nơi công tác.",
  identifiedBy:
    "Điều 31.1.TT.80.17 of the same file: 'Thông tư này có hiệu lực từ ngày 26 tháng 7 năm 2024, thay thế Thông tư số 06/2019/TT-BTP'"
} as const

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
  note: {
    vi: 'sửa đổi bởi Thông tư 08/2015/TT-BTP: "Chậm nhất trước ngày 02 / 04 / 07 của kỳ báo cáo kế tiếp" (điểm a, b, c)',
    en: 'as amended by Circular 08/2015/TT-BTP: "chậm nhất trước ngày 02 / 04 / 07 của kỳ báo cáo kế tiếp" (points a, b, c)'
  }
}
const rollForwardWhy: Note = {
  vi: "khoản 2 Điều 10 Thông tư 01/2013/TT-BTP (sửa đổi) chỉ nói “chậm nhất trước ngày 02/04/07 của kỳ báo cáo kế tiếp”, không nói về ngày nghỉ: việc lùi sang ngày làm việc tiếp theo là cách hiểu theo Điều 148 Bộ luật Dân sự 2015",
  en: "TT 01/2013 Article 10(2) as amended only says “before day 02/04/07 of the next period”, nothing about rest days: moving to the next working day is our reading of Civil Code 2015 Article 148"
}
const tt06: Citation.Citation = { document: "tt-06-2019-btp", article: "9", clause: 2 }
const tt05k1: Citation.Citation = {
  document: "tt-05-2024-btp",
  article: "10",
  clause: 1,
  note: {
    vi: `Đọc tại ${tt05Clause1Source.compilation} (${tt05Clause1Source.read}): "${tt05Clause1Source.quote}"`,
    en: `Read in ${tt05Clause1Source.compilation} (${tt05Clause1Source.read}): "${tt05Clause1Source.quote}"`
  }
}
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
 * TT 05/2024 Điều 10 is found); whether a calendar-day deadline that falls on
 * a rest day moves to the next working day (BLDS Điều 148; default `true`,
 * an assumption); the last day each regime applies (`regimeEnd`, none by
 * default: e.g. `{ "tt05-2024": "2026-06-30" }` if TT 05/2026/TT-BTP is
 * confirmed); and the working calendar (e.g. one that counts 24/11/2026).
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
  readonly regimeEnd?: { readonly [R in Regime]?: CivilDate.CivilDate }
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
  /**
   * `official` when the rule and its application are the text read;
   * `assumed` when the level's rule is a setting, or when the date was moved
   * past a rest day (our reading). A lateness finding on an `assumed`
   * deadline is a warning ("hạn gửi theo giả định"), never an error.
   */
  readonly basis: Basis
  /** The settings an `assumed` deadline rests on (empty when `official`): cite them. */
  readonly settings: ReadonlyArray<Setting.Setting>
  /** Whether a year of the working calendar used is estimated. */
  readonly estimated: boolean
  /**
   * The unverified days (reported swaps, 24/11/2026, …) whose status, if
   * flipped, would change the deadline; empty when none would.
   */
  readonly dependsOnUnverifiedDays: ReadonlyArray<CivilDate.CivilDate>
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
 * What a computed due date needs to say whether it rests on an assumption: a
 * {@link Deadline}, or an obligation generated from one (directive/Obligation).
 *
 * @example
 * ```ts
 * const c: ReportingDeadline.Computed = { basis: "official", estimated: false, dependsOnUnverifiedDays: [] }
 * ```
 * @since 0.3.0
 */
export interface Computed {
  readonly basis: Basis
  /** Whether a year of the working calendar used is estimated (no official notice). */
  readonly estimated: boolean
  /** The unverified days that would move it (absent or empty when none would). */
  readonly dependsOnUnverifiedDays?: ReadonlyArray<CivilDate.CivilDate> | undefined
}

/**
 * Whether a computed due date rests on an assumption: its rule or its
 * application is a setting (`basis: "assumed"`: a level rule not found, a
 * rest-day reading, a regime hand-over), a day off that is only reported or
 * inferred would move it (`dependsOnUnverifiedDays`), or a year of the
 * working calendar used is estimated. A verdict against such a date is then
 * `assumed`, never an error on its own. It is the one test of every rule that
 * judges a submission against a deadline (timeliness, obligations), so that
 * one submission gets one basis.
 *
 * @example
 * ```ts
 * ReportingDeadline.restsOnAssumption(ReportingDeadline.deadline({ year: 2022, months: 4 }, "chi-cuc")) // false
 * const may2022 = ReportingDeadline.deadline({ year: 2022, months: 7 }, "chi-cuc") // 30/4/2022 + 2 working days
 * may2022.dependsOnUnverifiedDays // ["2022-05-03"]: a day off inferred, not seen in a notice
 * ReportingDeadline.restsOnAssumption(may2022) // true
 * const y2028 = ReportingDeadline.deadline({ year: 2028, months: 3 }, "chv")
 * y2028.estimated // true: no notice for 2027–2028
 * ReportingDeadline.restsOnAssumption(y2028) // true
 * ```
 * @since 0.3.0
 */
export const restsOnAssumption = (d: Computed): boolean =>
  d.basis === "assumed" ||
  d.estimated ||
  (d.dependsOnUnverifiedDays !== undefined && d.dependsOnUnverifiedDays.length > 0)

/** The regimes with the day each came into force, in order (the registry is static: read once, not per call). */
const regimeStarts: ReadonlyArray<{ readonly regime: Regime; readonly from: CivilDate.CivilDate }> = regimes.flatMap(
  (regime) => {
    const from = inForceFrom(regime)
    return from === undefined ? [] : [{ regime, from }]
  }
)

/**
 * The regime in force on a date, from the registry's in-force dates, or
 * `undefined` before TT 01/2013 or after the configured end of the last
 * regime (`regimeEnd`).
 *
 * @example
 * ```ts
 * ReportingDeadline.regimeAt(CivilDate.make("2020-01-04")) // "tt01-2013"
 * ReportingDeadline.regimeAt(CivilDate.make("2024-07-26")) // "tt05-2024"
 * ReportingDeadline.regimeAt(CivilDate.make("2026-07-31"), { "tt05-2024": CivilDate.make("2026-06-30") }) // undefined
 * ```
 * @since 0.1.0
 */
export const regimeAt = (date: CivilDate.CivilDate, regimeEnd?: Settings["regimeEnd"]): Regime | undefined => {
  let found: Regime | undefined
  for (let i = 0; i < regimeStarts.length; i++) {
    const s = regimeStarts[i]!
    if (s.from <= date) found = s.regime
  }
  const end = found === undefined || regimeEnd === undefined ? undefined : regimeEnd[found]
  return end !== undefined && date > end ? undefined : found
}

/** The day from which a replacement of TT 05/2024 is reported (TT 05/2026/TT-BTP, unverified). */
const reportedReplacement = Documents.get("tt-05-2026-btp").inForceFrom

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
 * The note that explains a deadline's dependence on one unverified day:
 * what the day is, and the deadline if its status were the other way.
 *
 * @example
 * ```ts
 * ReportingDeadline.unverifiedDayNote({ date: CivilDate.make("2026-09-01"), kind: "day-off", confidence: "reported", ifFlipped: CivilDate.make("2026-09-01") }).en
 * // "2026-09-01 is only reported as a day off: were it a working day, the deadline would be 2026-09-01"
 * ```
 * @since 0.1.0
 */
export const unverifiedDayNote = (
  u: HolidaySchedule.UnverifiedDay & { readonly ifFlipped: CivilDate.CivilDate }
): Note => {
  const date = CivilDate.formatVi(u.date)
  const other = CivilDate.formatVi(u.ifFlipped)
  switch (u.kind) {
    case "day-off":
      return {
        vi: `Ngày ${date} là ngày nghỉ chỉ theo nguồn tin, chưa kiểm chứng: nếu là ngày làm việc, hạn là ${other}`,
        en: `${u.date} is only reported as a day off: were it a working day, the deadline would be ${u.ifFlipped}`
      }
    case "working-saturday":
      return {
        vi: `Thứ Bảy ${date} là ngày làm bù chỉ theo nguồn tin, chưa kiểm chứng: nếu không làm việc, hạn là ${other}`,
        en: `Saturday ${u.date} is only reported as worked: were it not, the deadline would be ${u.ifFlipped}`
      }
    case "candidate":
      return {
        vi: `Ngày ${date} không phải ngày nghỉ theo Bộ luật Lao động đang có hiệu lực nhưng được đề xuất là ngày nghỉ: nếu được nghỉ, hạn là ${other}`,
        en: `${u.date} is not a day off under the Labour Code in force but is proposed as one: were it off, the deadline would be ${u.ifFlipped}`
      }
  }
}

/** What a regime hand-over setting stands in for: the new circular's transitional provisions, not read. */
const handOverAbout: Note = {
  vi: "quy định về hiệu lực thi hành và chuyển tiếp giữa hai chế độ báo cáo: chưa tìm thấy",
  en: "the entry-into-force and transitional provisions between the two regimes: not found"
}
const regimeName = (r: Regime): Note => Documents.get(regimeDocument[r]).shortName
const handOverWhy = (
  regime: Regime,
  deadline: CivilDate.CivilDate,
  next: Regime,
  from: CivilDate.CivilDate,
  other: CivilDate.CivilDate
): Note => ({
  vi: `chưa tìm thấy quy định chuyển giao giữa hai chế độ báo cáo: áp dụng chế độ có hiệu lực vào ngày cuối kỳ (${regimeName(regime).vi}, hạn ${CivilDate.formatVi(deadline)}); ${regimeName(next).vi} có hiệu lực từ ${CivilDate.formatVi(from)}, trước hạn đó, và theo đó hạn là ${CivilDate.formatVi(other)}`,
  en: `the hand-over rules between the two regimes were not found: the regime in force on the period's last day is applied (${regimeName(regime).en}, due ${deadline}); ${regimeName(next).en} came into force on ${from}, by that deadline, and would make it ${other}`
})

/**
 * The deadline of a period's report for a level. When another regime comes
 * into force between the period's end and the deadline and would give
 * another date, the deadline is `assumed`: it names the setting
 * `ReportingDeadline.regime` (hand-over rules not found [U]).
 *
 * @example
 * ```ts
 * const d = ReportingDeadline.deadline({ year: 2022, months: 4 }, "chi-cuc")
 * d.deadline // "2022-02-08": 31/1/2022 + 2 working days, across Tết (31/1–4/2)
 * d.regime   // "tt06-2019"
 * d.basis    // "official"
 * const h = ReportingDeadline.deadline({ year: 2020, months: 3 }, "cuc") // ends 31/12/2019
 * h.deadline                   // "2020-01-06": TT 01/2013; TT 06/2019, in force from 5/1/2020, would give 7/1
 * h.basis                      // "assumed"
 * h.settings.map((s) => s.key) // ["ReportingDeadline.regime"]
 * ```
 * @since 0.1.0
 */
export const deadline = (
  period: StatisticalPeriod.Period,
  level: Level,
  options: Settings & { readonly regime?: Regime } = {}
): Deadline => {
  const periodEnd = StatisticalPeriod.end(period)
  const regime = options.regime ?? regimeAt(periodEnd, options.regimeEnd)
  if (regime === undefined) {
    const ended = regimeAt(periodEnd)
    const end = ended === undefined ? undefined : options.regimeEnd?.[ended]
    throw new DeadlineError(
      ended !== undefined && end !== undefined
        ? {
            en: `no statistical reporting regime is encoded for a period ending ${periodEnd}: ${ended} is set to end on ${end} (setting regimeEnd) and its successor is not encoded`,
            vi: `chưa có chế độ báo cáo thống kê cho kỳ kết thúc ngày ${CivilDate.formatVi(periodEnd)}: ${ended} được thiết lập kết thúc ngày ${CivilDate.formatVi(end)} (regimeEnd) và chế độ thay thế chưa được mã hóa`
          }
        : {
            en: `no statistical reporting regime is encoded for a period ending ${periodEnd} (the first is TT 01/2013/TT-BTP)`,
            vi: `chưa có chế độ báo cáo thống kê cho kỳ kết thúc ngày ${CivilDate.formatVi(periodEnd)} (sớm nhất là Thông tư 01/2013/TT-BTP)`
          }
    )
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
  const settings: Array<Setting.Setting> = []
  if (levelRule.basis === "assumed") {
    settings.push({
      key: `ReportingDeadline.rules.${regime}.${level}`,
      value: levelRule.rule.kind === "working-days-after-period-end" ? levelRule.rule.days : levelRule.rule.day,
      why: levelRule.note ?? {
        vi: "quy định chưa tìm thấy: giá trị giả định",
        en: "the provision was not found: assumed value"
      },
      about: levelRule.citation
    })
  }
  const rule = levelRule.rule
  const rollForward = options.rollForward !== false
  const nominalOf = (): CivilDate.CivilDate => {
    if (rule.kind === "working-days-after-period-end") return calendar.addWorkingDays(periodEnd, rule.days)
    const { month, year } = CivilDate.toParts(CivilDate.addDays(periodEnd, 1))
    return CivilDate.make({ year, month, day: rule.day - 1 })
  }
  const finalOn = (cal: WorkingCalendar.WorkingCalendar): CivilDate.CivilDate =>
    rule.kind === "working-days-after-period-end"
      ? cal.addWorkingDays(periodEnd, rule.days)
      : rollForward
        ? cal.nextWorkingDayOnOrAfter(nominalOf())
        : nominalOf()
  const nominal = nominalOf()
  const final = finalOn(calendar)
  if (final !== nominal) {
    notes.push({
      vi: `${CivilDate.formatVi(nominal)} là ngày nghỉ: thời hạn chuyển sang ngày làm việc tiếp theo (Điều 148 Bộ luật Dân sự 2015; cách hiểu, không phải quy định của thông tư)`,
      en: `${nominal} is a rest day: the deadline moves to the next working day (BLDS 2015 Điều 148; our reading, not the circular's text)`
    })
    settings.push({
      key: "ReportingDeadline.rollForward",
      value: true,
      why: rollForwardWhy,
      about: { document: "blds-2015", article: "148", clause: 5 }
    })
  }
  if (regime === "tt05-2024" && options.regimeEnd?.[regime] === undefined) {
    if (reportedReplacement !== undefined && periodEnd >= reportedReplacement) {
      notes.push({
        vi: `Thông tư 05/2026/TT-BTP được cho là thay thế Thông tư 05/2024/TT-BTP từ ${CivilDate.formatVi(reportedReplacement)} (chưa kiểm chứng): vẫn áp dụng Thông tư 05/2024/TT-BTP; đặt regimeEnd nếu đã xác nhận`,
        en: `TT 05/2026/TT-BTP is reported to replace TT 05/2024/TT-BTP from ${reportedReplacement} (unverified): TT 05/2024 still applied; set regimeEnd once confirmed`
      })
    }
  }
  // A regime that comes into force after the period's end and by the deadline, and would give another date: which
  // of the two governs the report is a hand-over rule that was not found [U], so the deadline rests on a setting.
  if (regime === regimeAt(periodEnd, options.regimeEnd)) {
    for (let i = 0; i < regimeStarts.length; i++) {
      const next = regimeStarts[i]!
      if (next.regime === regime || next.from <= periodEnd || next.from > final) continue
      if ((options.rules?.[next.regime]?.[level] ?? defaultRules[next.regime][level]) === undefined) continue
      const other = deadline(period, level, { ...options, regime: next.regime }).deadline
      if (other === final) continue
      const why = handOverWhy(regime, final, next.regime, next.from, other)
      notes.push(why)
      settings.push({
        key: "ReportingDeadline.regime",
        value: regime,
        why,
        about: { document: regimeDocument[next.regime], note: handOverAbout }
      })
    }
  }
  // The unverified days that could move the deadline lie between the period's
  // end and the deadline itself: flip each and compare.
  const unverified = WorkingCalendar.dependsOnUnverifiedDays(calendar, periodEnd, final, finalOn)
  for (const u of unverified) notes.push(unverifiedDayNote(u))
  const dependsOnUnverifiedDays = unverified.map((u) => u.date)
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
    basis: settings.length > 0 ? ("assumed" as const) : levelRule.basis,
    settings,
    estimated,
    dependsOnUnverifiedDays,
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
      if (regimeAt(StatisticalPeriod.end(p), options.regimeEnd) === undefined) continue
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
