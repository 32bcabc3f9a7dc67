/**
 * Obligations (nghĩa vụ báo cáo): dated duties generated from the cadences of
 * the directive and of the national rules, for a date range — who owes what,
 * to whom, for which period, by when (working days from the calendar), with
 * the citation — and their status given what was submitted.
 *
 * Generated kinds:
 * - `statistical-report`: every enforcement office's statistical report for
 *   each monthly cumulative period, to its parent, due per the regime in force
 *   ({@link ReportingDeadline});
 * - `hearing`: Chỉ thị 09 §1.3 — the judicial and enforcement agencies report
 *   to the party standing boards quarterly, half-yearly and yearly (and ad
 *   hoc, on request); the directive gives no due date, so the due rule and the
 *   meaning of "quarter" are settings; none for a period that ends before the
 *   directive was issued (25/8/2021, `Documents`);
 * - `steering-report`: the steering committees' 6-monthly and yearly reports
 *   (TTLT 05/2016 Đ11); due rule a setting; none for a period that ends
 *   before the circular was in force (5/7/2016, `Documents`);
 * - `review`: Chỉ thị 09 §8.1 interim and final reviews, on a configured
 *   schedule (the directive gives no dates).
 *
 * @since 0.1.0
 */
import type * as Citation from "../citation/Citation.js"
import * as Documents from "../citation/Documents.js"
import type * as Setting from "../citation/Setting.js"
import * as CivilDate from "../base/CivilDate.js"
import * as ReportingDeadline from "../calendar/ReportingDeadline.js"
import * as StatisticalPeriod from "../calendar/StatisticalPeriod.js"
import * as WorkingCalendar from "../calendar/WorkingCalendar.js"
import * as Organization from "../organization/Organization.js"
import * as OrgUnit from "../organization/OrgUnit.js"
import * as SteeringCommittee from "../organization/SteeringCommittee.js"
import type { Text } from "./Directive.js"

/**
 * Every kind of obligation, in the order they are generated: the one list the
 * type, the settings' Schema and the submissions' Schema are made from.
 *
 * @example
 * ```ts
 * Obligation.kinds // ["statistical-report", "hearing", "steering-report", "review", "ad-hoc"]
 * ```
 * @since 0.3.0
 */
export const kinds = ["statistical-report", "hearing", "steering-report", "review", "ad-hoc"] as const

/**
 * The kinds of obligation.
 *
 * @example
 * ```ts
 * const kinds: ReadonlyArray<Obligation.Kind> = ["statistical-report", "hearing"]
 * Obligation.generate({ from: CivilDate.make("2022-01-01"), to: CivilDate.make("2022-12-31"), settings: { kinds } })
 * ```
 * @since 0.1.0
 */
export type Kind = (typeof kinds)[number]

/**
 * A party to an obligation: an organisational unit, or an actor of the
 * directive (for bodies that are not enforcement units).
 *
 * @example
 * ```ts
 * const p: Obligation.Party = { unitId: "cuc-tay-ninh", name: { vi: "Cục Thi hành án dân sự tỉnh Tây Ninh", en: "Tây Ninh Provincial Civil Judgment Enforcement Department" } }
 * ```
 * @since 0.1.0
 */
export interface Party {
  readonly unitId?: string
  readonly actorId?: string
  readonly name: Text
}

/**
 * The period an obligation covers.
 *
 * @example
 * ```ts
 * const p: Obligation.Period = {
 *   start: CivilDate.make("2021-10-01"), end: CivilDate.make("2022-01-31"),
 *   label: { vi: "4 tháng năm 2022 (01/10/2021 – 31/01/2022)", en: "4 months of statistical year 2022 (2021-10-01 – 2022-01-31)" }, statistical: { year: 2022, months: 4 }
 * }
 * ```
 * @since 0.1.0
 */
export interface Period {
  readonly start: CivilDate.CivilDate
  readonly end: CivilDate.CivilDate
  readonly label: Text
  /** The statistical period, when it is one. */
  readonly statistical?: StatisticalPeriod.Period
}

/**
 * A dated obligation.
 *
 * @example
 * ```ts
 * const o = Obligation.generate({ from: CivilDate.make("2021-10-01"), to: CivilDate.make("2022-09-30") })
 *   .find((x) => x.id === "statistical-report/chi-cuc-go-dau/2022-01-31")
 * o?.recipient.unitId // "cuc-tay-ninh"
 * o?.due              // "2022-02-08"
 * ```
 * @since 0.1.0
 */
export interface Obligation {
  /** Stable id: kind, owner and period end, e.g. "statistical-report/chi-cuc-go-dau/2022-01-31". */
  readonly id: string
  readonly kind: Kind
  readonly frequency: "monthly" | "quarterly" | "half-yearly" | "yearly" | "ad-hoc"
  readonly owner: Party
  readonly recipient: Party
  readonly period: Period
  readonly due: CivilDate.CivilDate
  /** `official` when the due date is the rule's text; `assumed` when a documented setting. */
  readonly basis: "official" | "assumed"
  /** Whether the working calendar used is estimated. */
  readonly estimated: boolean
  /** The settings an `assumed` due date rests on (present when there are any): cite them. */
  readonly settings?: ReadonlyArray<Setting.Setting>
  /** The unverified days (e.g. 24/11/2026) that would move the due date (present when there are any). */
  readonly dependsOnUnverifiedDays?: ReadonlyArray<CivilDate.CivilDate>
  readonly citation: Citation.Citation
  /** The directive provision it serves, if any. */
  readonly provision?: string
}

/**
 * When an obligation without a rule of its own falls due.
 *
 * @example
 * ```ts
 * const rule: Obligation.DueRule = { kind: "working-days-after-period-end", days: 5 }
 * Obligation.generate({ from: CivilDate.make("2021-10-01"), to: CivilDate.make("2022-09-30"), settings: { hearingDue: rule } })
 * ```
 * @since 0.1.0
 */
export type DueRule =
  | { readonly kind: "working-days-after-period-end"; readonly days: number }
  | { readonly kind: "end-of-next-month" }

/**
 * Settings of obligation generation. Every default is documented as assumed.
 * Their JSON form, as a user writes it in a file, is decoded by
 * `ObligationSettings.decode`.
 *
 * @example
 * ```ts
 * const settings: Partial<Obligation.Settings> = { quarters: "calendar", kinds: ["hearing"] }
 * Obligation.generate({ from: CivilDate.make("2022-01-01"), to: CivilDate.make("2022-12-31"), owner: "A04", settings })
 * ```
 * @since 0.1.0
 */
export interface Settings {
  /**
   * What a "quarter" of §1.3 means: quarters of the statistical year (from
   * 1/10; default) or calendar quarters. Not stated in the directive.
   */
  readonly quarters: "statistical" | "calendar"
  /** Due rule of §1.3 hearings (not stated; default: the end of the month after the period). */
  readonly hearingDue: DueRule
  /** Due rule of the steering committees' reports (not stated in the notes; default as hearings). */
  readonly steeringDue: DueRule
  /**
   * §8.1 reviews: the directive gives no dates; none by default. `start`: the
   * first day of the period the review covers, the earliest day it can be
   * recorded as held (default: its due date).
   */
  readonly reviews: ReadonlyArray<{
    readonly id: string
    readonly title: Text
    readonly due: CivilDate.CivilDate
    readonly start?: CivilDate.CivilDate
  }>
  /**
   * Ad-hoc requests (§1.3 "đột xuất"). `start`: the day the request was made,
   * the earliest day it can be recorded as met (default: its due date).
   */
  readonly adHoc: ReadonlyArray<{
    readonly id: string
    readonly owner: Party
    readonly recipient: Party
    readonly due: CivilDate.CivilDate
    readonly title: Text
    readonly start?: CivilDate.CivilDate
  }>
  readonly kinds: ReadonlyArray<Kind>
  /** The province whose party committee issued the directive: hearings and steering reports are its units' (default "tay-ninh"). */
  readonly province: string
  /**
   * Deadline rules replacing the built-in ones (as in a compliance rule set).
   * Not a field of a settings file (`ObligationSettings`): in a check they
   * are the rule set's (`Pipeline.contextFor` passes them), so that the
   * report and its obligation are judged against one deadline.
   */
  readonly deadlines?: ReportingDeadline.Settings["rules"]
  /**
   * The last day each reporting regime applies (`ReportingDeadline.Settings.regimeEnd`; none by default). In a
   * check, the rule set's, as for `deadlines`.
   */
  readonly regimeEnd?: ReportingDeadline.Settings["regimeEnd"]
  /**
   * Whether a calendar-day deadline on a rest day moves to the next working day
   * (`ReportingDeadline.Settings.rollForward`; default `true`). In a check, the rule set's, as for `deadlines`.
   */
  readonly rollForward?: boolean
  /**
   * The working calendar (default: the standard one). In a check, the rule
   * set's (`RuleSet.calendarOf`: its holiday overrides), as for `deadlines`.
   */
  readonly calendar?: WorkingCalendar.WorkingCalendar
}

/**
 * The default settings.
 *
 * @example
 * ```ts
 * Obligation.defaultSettings.quarters // "statistical"
 * Obligation.defaultSettings.hearingDue // { kind: "end-of-next-month" }
 * ```
 * @since 0.1.0
 */
export const defaultSettings: Settings = {
  quarters: "statistical",
  hearingDue: { kind: "end-of-next-month" },
  steeringDue: { kind: "end-of-next-month" },
  reviews: [],
  adHoc: [],
  kinds,
  province: "tay-ninh"
}

const dueBy = (
  rule: DueRule,
  end: CivilDate.CivilDate,
  calendar: WorkingCalendar.WorkingCalendar
): CivilDate.CivilDate => {
  if (rule.kind === "working-days-after-period-end") return calendar.addWorkingDays(end, rule.days)
  const { month, year } = CivilDate.toParts(CivilDate.addDays(end, 1))
  return calendar.nextWorkingDayOnOrAfter(CivilDate.endOfMonth(year, month))
}

const dueSetting = (key: "hearingDue" | "steeringDue", rule: DueRule): Setting.Setting => ({
  key: `Obligation.${key}`,
  value: rule.kind === "end-of-next-month" ? rule.kind : `${rule.days} working days after the period ends`,
  why:
    key === "hearingDue"
      ? {
          vi: "Chỉ thị 09-CT/TU (mục 1.3) không quy định thời hạn báo cáo",
          en: "Directive 09-CT/TU (§1.3) gives no due date"
        }
      : {
          vi: "khoản 2 Điều 11 Thông tư liên tịch 05/2016 quy định báo cáo định kỳ 06 tháng, hằng năm nhưng không quy định thời hạn",
          en: "TTLT 05/2016 Article 11(2) requires 6-monthly and yearly reports but gives no due date"
        }
})

const quartersSetting = (quarters: Settings["quarters"]): Setting.Setting => ({
  key: "Obligation.quarters",
  value: quarters,
  why: {
    vi: 'Chỉ thị 09-CT/TU (mục 1.3) không nói "quý" là quý của năm thống kê (từ 01/10) hay quý dương lịch',
    en: 'Directive 09-CT/TU (§1.3) does not say whether a "quarter" is a quarter of the statistical year (from 1/10) or a calendar quarter'
  },
  about: { document: "ct-09-ct-tu-2021", section: "1.3" }
})

/**
 * The settings a hearing or steering report rests on: its due rule, and the
 * meaning of "quarter" when it is not the default (the default, quarters of
 * the statistical year, is documented in {@link defaultSettings}; naming it
 * on every obligation would change every existing output).
 */
const periodSettings = (key: "hearingDue" | "steeringDue", settings: Settings): ReadonlyArray<Setting.Setting> =>
  settings.quarters === defaultSettings.quarters
    ? [dueSetting(key, settings[key])]
    : [dueSetting(key, settings[key]), quartersSetting(settings.quarters)]

const scheduledSetting = (kind: "review" | "ad-hoc", id: string, due: CivilDate.CivilDate): Setting.Setting => ({
  key: kind === "review" ? `Obligation.reviews.${id}` : `Obligation.adHoc.${id}`,
  value: due,
  why:
    kind === "review"
      ? {
          vi: "Chỉ thị 09-CT/TU (mục 8.1) không quy định thời điểm sơ kết, tổng kết: ngày do người dùng thiết lập",
          en: "Directive 09-CT/TU (§8.1) gives no dates for its reviews: the date is a user setting"
        }
      : {
          vi: "yêu cầu báo cáo đột xuất (mục 1.3 Chỉ thị 09-CT/TU) do người dùng nhập trong thiết lập, văn bản yêu cầu không có trong dữ liệu",
          en: "an ad-hoc request (Directive 09-CT/TU §1.3) entered in the settings: the request itself is not in the data"
        },
  about: { document: "ct-09-ct-tu-2021", section: kind === "review" ? "8.1" : "1.3" }
})

const estimatedAt = (calendar: WorkingCalendar.WorkingCalendar, ...dates: ReadonlyArray<CivilDate.CivilDate>) =>
  dates.some((d) => calendar.isEstimated(CivilDate.toParts(d).year))

const unitParty = (u: OrgUnit.OrgUnit): Party => ({ unitId: u.id, name: u.name })
const actorParty = (actorId: string, name: Text): Party => ({ actorId, name })

const A01: Party = actorParty("A01", { vi: "Ban Thường vụ Tỉnh ủy", en: "Provincial Party Standing Board" })
/** The hearer of a Chi cục (until 30/6/2025): §1.3's "standing boards of lower party committees" at its district. */
const DISTRICT_BOARD: Party = actorParty("A02", {
  vi: "Ban Thường vụ cấp ủy cấp huyện",
  en: "District party standing board"
})
/**
 * The hearer of a Phòng THADS khu vực (from 1/7/2025): not stated. District-level government ended on 1/7/2025
 * (thads-rules.md §6), so there is no district standing board, and the notes name no other body that hears such an
 * office's report (the directive predates it). Not invented: no actor or unit, a name that says so.
 */
const HEARER_NOT_STATED: Party = {
  name: {
    vi: "Ban Thường vụ cấp ủy nghe báo cáo (văn bản không nêu; chính quyền cấp huyện chấm dứt từ 01/7/2025)",
    en: "the standing board that hears the report (not stated; district-level government ended on 1/7/2025)"
  }
}
/** Ban Nội chính (A14): presides over the §8.1 interim and final reviews. */
const REVIEWER: Party = actorParty("A14", {
  vi: "Ban Nội chính Tỉnh ủy",
  en: "Provincial Party Internal Affairs Commission"
})
const JUDICIAL: ReadonlyArray<Party> = [
  actorParty("A04", { vi: "Đảng ủy Công an tỉnh", en: "Party Committee of the Provincial Police" }),
  actorParty("A05", {
    vi: "Ban cán sự đảng Tòa án nhân dân tỉnh",
    en: "Party Affairs Committee of the Provincial People's Court"
  }),
  actorParty("A06", {
    vi: "Ban cán sự đảng Viện kiểm sát nhân dân tỉnh",
    en: "Party Affairs Committee of the Provincial People's Procuracy"
  })
]
const UNSTATED: Party = { name: { vi: "cấp trên (văn bản không nêu)", en: "higher level (not stated in the notes)" } }

const HEARING_CITATION: Citation.Citation = { document: "ct-09-ct-tu-2021", section: "1.3" }
const STEERING_CITATION: Citation.Citation = { document: "ttlt-05-2016", article: "11", clause: 2 }
/**
 * The first day a hearing's period may end: the day Chỉ thị 09 was issued (a party directive takes effect on issue;
 * its entry into force is not stated, `Documents`). A period that ended before it owes no hearing under it.
 */
const hearingsFrom: CivilDate.CivilDate | undefined = Documents.get(HEARING_CITATION.document).issued
/** The first day a steering report's period may end: the day TTLT 05/2016 came into force. */
const steeringFrom: CivilDate.CivilDate | undefined = Documents.get(STEERING_CITATION.document).inForceFrom

interface HearingPeriod {
  readonly end: CivilDate.CivilDate
  readonly start: CivilDate.CivilDate
  readonly frequency: "quarterly" | "half-yearly" | "yearly"
  readonly label: Text
  readonly statistical?: StatisticalPeriod.Period
}

/** Quarter ends in [from, to], each with the longest kind it closes (a half-year end is not also a quarter). */
const hearingPeriods = (
  from: CivilDate.CivilDate,
  to: CivilDate.CivilDate,
  quarters: Settings["quarters"]
): ReadonlyArray<HearingPeriod> => {
  const out: Array<HearingPeriod> = []
  const first = CivilDate.toParts(from).year - 1
  const last = CivilDate.toParts(to).year + 1
  for (let y = first; y <= last; y++) {
    for (let q = 1; q <= 4; q++) {
      let end: CivilDate.CivilDate
      let start: CivilDate.CivilDate
      let statistical: StatisticalPeriod.Period | undefined
      if (quarters === "statistical") {
        statistical = { year: y, months: (q * 3) as StatisticalPeriod.Months }
        end = StatisticalPeriod.end(statistical)
        start = StatisticalPeriod.start(statistical)
      } else {
        end = CivilDate.endOfMonth(y, q * 3)
        start = CivilDate.make({ year: y, month: 1, day: 1 })
      }
      if (end < from || end > to) continue
      const frequency = q === 4 ? "yearly" : q === 2 ? "half-yearly" : "quarterly"
      const label =
        statistical !== undefined
          ? { vi: StatisticalPeriod.label(statistical, "vi"), en: StatisticalPeriod.label(statistical, "en") }
          : {
              vi: q === 4 ? `năm ${y}` : q === 2 ? `6 tháng đầu năm ${y}` : `quý ${q} năm ${y}`,
              en: q === 4 ? `year ${y}` : q === 2 ? `first half of ${y}` : `quarter ${q} of ${y}`
            }
      out.push({ end, start, frequency, label, ...(statistical === undefined ? {} : { statistical }) })
    }
  }
  return out.sort((a, b) => CivilDate.compare(a.end, b.end))
}

/**
 * Options of {@link generate}.
 *
 * @example
 * ```ts
 * const options: Obligation.Options = { from: CivilDate.make("2025-07-01"), to: CivilDate.make("2025-09-30"), settings: { kinds: ["statistical-report"] } }
 * Obligation.generate(options).map((o) => o.due) // ["2025-08-06", "2025-09-08", "2025-10-06"]
 * ```
 * @since 0.1.0
 */
export interface Options {
  readonly from: CivilDate.CivilDate
  readonly to: CivilDate.CivilDate
  readonly organization?: Organization.Organization
  /** Only the obligations owed by this unit (or actor id). */
  readonly owner?: string
  readonly settings?: Partial<Settings>
}

/**
 * Generates the obligations whose period ends in [`from`, `to`] (reviews and
 * ad-hoc requests: whose due date is in the range), ordered by due date. No
 * obligation precedes its basis: a hearing's period ends on or after the day
 * Chỉ thị 09 was issued (25/8/2021), a steering report's on or after the day
 * TTLT 05/2016 came into force (5/7/2016), both read from `Documents`.
 *
 * @example
 * ```ts
 * const list = Obligation.generate({ from: CivilDate.make("2021-10-01"), to: CivilDate.make("2022-09-30") })
 * list.find((o) => o.id === "statistical-report/cuc-tay-ninh/2022-01-31")?.due // "2022-02-10"
 * const kinds: ReadonlyArray<Obligation.Kind> = ["hearing", "steering-report"]
 * Obligation.generate({ from: CivilDate.make("2019-10-01"), to: CivilDate.make("2020-09-30"), settings: { kinds } }).filter((o) => o.kind === "hearing").length // 0
 * Obligation.generate({ from: CivilDate.make("2019-10-01"), to: CivilDate.make("2020-09-30"), settings: { kinds } }).filter((o) => o.kind === "steering-report").length // 20
 * ```
 * @since 0.1.0
 */
export const generate = (options: Options): ReadonlyArray<Obligation> => {
  const settings: Settings = { ...defaultSettings, ...options.settings }
  const org = options.organization ?? Organization.tayNinh
  const calendar = settings.calendar ?? WorkingCalendar.standard
  const { from, to } = options
  const out: Array<Obligation> = []
  const kinds = new Set(settings.kinds)

  if (kinds.has("statistical-report")) {
    for (const p of StatisticalPeriod.endingBetween(from, to)) {
      const end = StatisticalPeriod.end(p)
      for (const u of Organization.unitsOn(org, end)) {
        const level = OrgUnit.reportingLevel(u.tier)
        if (level === undefined || ReportingDeadline.regimeAt(end, settings.regimeEnd) === undefined) continue
        const d = ReportingDeadline.deadline(p, level, {
          calendar,
          ...(settings.deadlines === undefined ? {} : { rules: settings.deadlines }),
          ...(settings.regimeEnd === undefined ? {} : { regimeEnd: settings.regimeEnd }),
          ...(settings.rollForward === undefined ? {} : { rollForward: settings.rollForward })
        })
        const parent = Organization.parentOn(org, u.id, end)
        out.push({
          id: `statistical-report/${u.id}/${end}`,
          kind: "statistical-report",
          frequency: "monthly",
          owner: unitParty(u),
          recipient: parent === undefined ? UNSTATED : unitParty(parent),
          period: {
            start: StatisticalPeriod.start(p),
            end,
            label: { vi: StatisticalPeriod.label(p, "vi"), en: StatisticalPeriod.label(p, "en") },
            statistical: p
          },
          due: d.deadline,
          basis: d.basis,
          estimated: d.estimated,
          ...(d.settings.length > 0 ? { settings: d.settings } : {}),
          ...(d.dependsOnUnverifiedDays.length > 0 ? { dependsOnUnverifiedDays: d.dependsOnUnverifiedDays } : {}),
          citation: d.citation
        })
      }
    }
  }

  if (kinds.has("hearing")) {
    for (const hp of hearingPeriods(from, to, settings.quarters)) {
      if (hearingsFrom !== undefined && hp.end < hearingsFrom) continue
      const due = dueBy(settings.hearingDue, hp.end, calendar)
      const period: Period = {
        start: hp.start,
        end: hp.end,
        label: hp.label,
        ...(hp.statistical ? { statistical: hp.statistical } : {})
      }
      const base = {
        kind: "hearing" as const,
        frequency: hp.frequency,
        period,
        due,
        basis: "assumed" as const,
        estimated: estimatedAt(calendar, hp.end, due),
        settings: periodSettings("hearingDue", settings),
        citation: HEARING_CITATION,
        provision: "1.3"
      }
      for (const j of JUDICIAL) out.push({ ...base, id: `hearing/${j.actorId}/${hp.end}`, owner: j, recipient: A01 })
      for (const u of Organization.unitsOn(org, hp.end)) {
        if (u.province !== settings.province) continue
        if (u.tier !== "cuc" && u.tier !== "thads-tinh" && u.tier !== "chi-cuc" && u.tier !== "phong-khu-vuc") continue
        out.push({
          ...base,
          id: `hearing/${u.id}/${hp.end}`,
          owner: unitParty(u),
          recipient: u.tier === "chi-cuc" ? DISTRICT_BOARD : u.tier === "phong-khu-vuc" ? HEARER_NOT_STATED : A01
        })
      }
    }
  }

  if (kinds.has("steering-report")) {
    for (const hp of hearingPeriods(from, to, settings.quarters)) {
      if (hp.frequency === "quarterly") continue
      if (steeringFrom !== undefined && hp.end < steeringFrom) continue
      const due = dueBy(settings.steeringDue, hp.end, calendar)
      for (const c of SteeringCommittee.on(org, hp.end)) {
        if (Organization.get(org, c.standingBodyId).province !== settings.province) continue
        out.push({
          id: `steering-report/${c.id}/${hp.end}`,
          kind: "steering-report",
          frequency: hp.frequency,
          owner: { unitId: c.standingBodyId, name: c.name },
          recipient: UNSTATED,
          period: {
            start: hp.start,
            end: hp.end,
            label: hp.label,
            ...(hp.statistical ? { statistical: hp.statistical } : {})
          },
          due,
          basis: "assumed",
          estimated: estimatedAt(calendar, hp.end, due),
          settings: periodSettings("steeringDue", settings),
          citation: STEERING_CITATION,
          provision: "2.3"
        })
      }
    }
  }

  if (kinds.has("review")) {
    for (const r of settings.reviews) {
      if (r.due < from || r.due > to) continue
      out.push({
        id: `review/${r.id}`,
        kind: "review",
        frequency: "ad-hoc",
        owner: REVIEWER,
        recipient: A01,
        period: { start: r.start ?? r.due, end: r.due, label: r.title },
        due: r.due,
        basis: "assumed",
        estimated: false,
        settings: [scheduledSetting("review", r.id, r.due)],
        citation: { document: "ct-09-ct-tu-2021", section: "8.1" },
        provision: "8.1"
      })
    }
  }

  if (kinds.has("ad-hoc")) {
    for (const r of settings.adHoc) {
      if (r.due < from || r.due > to) continue
      out.push({
        id: `ad-hoc/${r.id}`,
        kind: "ad-hoc",
        frequency: "ad-hoc",
        owner: r.owner,
        recipient: r.recipient,
        period: { start: r.start ?? r.due, end: r.due, label: r.title },
        due: r.due,
        basis: "assumed",
        estimated: false,
        settings: [scheduledSetting("ad-hoc", r.id, r.due)],
        citation: { document: "ct-09-ct-tu-2021", section: "1.3" },
        provision: "1.3"
      })
    }
  }

  const owner = options.owner
  return out
    .filter((o) => owner === undefined || o.owner.unitId === owner || o.owner.actorId === owner)
    .sort((a, b) => CivilDate.compare(a.due, b.due) || a.id.localeCompare(b.id))
}

/**
 * The directive's actors (chủ thể, not units) that owe obligations under
 * these settings: the judicial bodies that report at the standing board's
 * hearings (A04–A06), Ban Nội chính (A14) when §8.1 reviews are scheduled, and
 * the actors that owe an ad-hoc request — what a reviewer lists besides the
 * units. Accepts the settings or their JSON document (`ObligationSettings`).
 *
 * @example
 * ```ts
 * Obligation.actorOwners() // ["A04", "A05", "A06"]
 * Obligation.actorOwners({ reviews: [{ id: "so-ket", title: { vi: "Sơ kết", en: "Interim review" }, due: CivilDate.make("2023-08-25") }] }) // ["A04", "A05", "A06", "A14"]
 * Obligation.actorOwners({ kinds: ["statistical-report"] }) // []
 * ```
 * @since 0.3.0
 */
export const actorOwners = (
  settings: {
    readonly kinds?: ReadonlyArray<Kind>
    readonly reviews?: ReadonlyArray<unknown>
    readonly adHoc?: ReadonlyArray<{
      readonly owner: { readonly actorId?: string | undefined; readonly unitId?: string | undefined }
    }>
  } = {}
): ReadonlyArray<string> => {
  const kinds = new Set(settings.kinds ?? defaultSettings.kinds)
  const ids: Array<string> = []
  const add = (id: string | undefined) => {
    if (id !== undefined && !ids.includes(id)) ids.push(id)
  }
  if (kinds.has("hearing")) for (const j of JUDICIAL) add(j.actorId)
  if (kinds.has("review") && (settings.reviews ?? defaultSettings.reviews).length > 0) add(REVIEWER.actorId)
  if (kinds.has("ad-hoc")) for (const r of settings.adHoc ?? defaultSettings.adHoc) add(r.owner.actorId)
  return ids
}

/**
 * A submission: what was sent, by whom, for which period end, when.
 *
 * @example
 * ```ts
 * const s: Obligation.Submission = { obligationId: "statistical-report/chi-cuc-go-dau/2022-01-31", submittedOn: CivilDate.make("2022-02-10") }
 * const s2: Obligation.Submission = { kind: "hearing", owner: "A05", periodEnd: CivilDate.make("2022-03-31"), submittedOn: CivilDate.make("2022-04-29") }
 * ```
 * @since 0.1.0
 */
export interface Submission {
  /** The obligation id, or kind + owner + period end. */
  readonly obligationId?: string
  readonly kind?: Kind
  readonly owner?: string
  readonly periodEnd?: CivilDate.CivilDate
  readonly submittedOn: CivilDate.CivilDate
}

/**
 * The status of an obligation.
 *
 * @example
 * ```ts
 * // Obligation "statistical-report/chi-cuc-go-dau/2022-01-31", due 8/2, sent 10/2:
 * const s: Obligation.Status = { _tag: "met-late", submittedOn: CivilDate.make("2022-02-10"), workingDaysLate: 2, daysLate: 2 }
 * ```
 * @since 0.1.0
 */
export type Status =
  | { readonly _tag: "met"; readonly submittedOn: CivilDate.CivilDate }
  | {
      readonly _tag: "met-late"
      readonly submittedOn: CivilDate.CivilDate
      readonly workingDaysLate: number
      readonly daysLate: number
    }
  | { readonly _tag: "missing"; readonly workingDaysOverdue: number }
  | { readonly _tag: "not-yet-due" }

/**
 * An obligation with its status.
 *
 * @example
 * ```ts
 * const [obligation] = Obligation.generate({ from: CivilDate.make("2022-01-01"), to: CivilDate.make("2022-01-31") })
 * const t: Obligation.Tracked = { obligation: obligation!, status: { _tag: "missing", workingDaysOverdue: 3 } }
 * ```
 * @since 0.1.0
 */
export interface Tracked {
  readonly obligation: Obligation
  readonly status: Status
}

const keyOf = (kind: string, owner: string, end: string) => `${kind}/${owner}/${end}`

/**
 * Gives each obligation its status as of a date: met, met late (by how many
 * working days), missing (and how many working days overdue), not yet due.
 * The earliest submission counts.
 *
 * @example
 * ```ts
 * const list = Obligation.generate({ from: CivilDate.make("2022-01-01"), to: CivilDate.make("2022-03-31") })
 * const submissions: Array<Obligation.Submission> = [
 *   { kind: "hearing", owner: "A05", periodEnd: CivilDate.make("2022-03-31"), submittedOn: CivilDate.make("2022-04-29") }
 * ]
 * Obligation.track(list, submissions, CivilDate.make("2022-10-31")).find((t) => t.obligation.id === "hearing/A05/2022-03-31")?.status._tag // "met"
 * ```
 * @since 0.1.0
 */
export const track = (
  obligations: ReadonlyArray<Obligation>,
  submissions: ReadonlyArray<Submission>,
  asOf: CivilDate.CivilDate,
  calendar: WorkingCalendar.WorkingCalendar = WorkingCalendar.standard
): ReadonlyArray<Tracked> => {
  const first = new Map<string, CivilDate.CivilDate>()
  for (const s of submissions) {
    const key =
      s.obligationId ??
      (s.kind !== undefined && s.owner !== undefined && s.periodEnd !== undefined
        ? keyOf(s.kind, s.owner, s.periodEnd)
        : undefined)
    if (key === undefined) continue
    const prev = first.get(key)
    if (prev === undefined || s.submittedOn < prev) first.set(key, s.submittedOn)
  }
  return obligations.map((o) => {
    const owner = ownerId(o)
    const submitted = first.get(o.id) ?? first.get(keyOf(o.kind, owner, o.period.end))
    let status: Status
    if (submitted !== undefined && submitted <= asOf) {
      status =
        submitted <= o.due
          ? { _tag: "met", submittedOn: submitted }
          : {
              _tag: "met-late",
              submittedOn: submitted,
              workingDaysLate: calendar.workingDaysBetween(o.due, submitted),
              daysLate: CivilDate.daysBetween(o.due, submitted)
            }
    } else if (asOf > o.due) {
      status = { _tag: "missing", workingDaysOverdue: calendar.workingDaysBetween(o.due, asOf) }
    } else {
      status = { _tag: "not-yet-due" }
    }
    return { obligation: o, status }
  })
}

/**
 * The id of an obligation's owner: its unit id, or the directive actor's id
 * (A04, A05, … for bodies that are not enforcement units).
 *
 * @example
 * ```ts
 * const list = Obligation.generate({ from: CivilDate.make("2022-03-31"), to: CivilDate.make("2022-03-31"), settings: { kinds: ["hearing"] } })
 * list.map(Obligation.ownerId).slice(0, 3) // ["A04", "A05", "A06"]
 * ```
 * @since 0.2.0
 */
export const ownerId = (o: Obligation): string => o.owner.unitId ?? o.owner.actorId ?? ""

const kindSet: ReadonlySet<string> = new Set<Kind>(kinds)

/**
 * The obligation with this id among those {@link generate} gives for the
 * organisation and settings, or `undefined` when core generates none: the id
 * names its kind and period end (`hearing/A04/2025-12-31`,
 * `steering-report/bcd-thads-tay-ninh/2026-03-31`), so only that day is
 * generated; reviews and ad-hoc requests (`review/…`, `ad-hoc/…`) are looked
 * up in the settings' schedules. Ids longer than 300 characters are unknown.
 *
 * @example
 * ```ts
 * const org = Organization.tayNinh
 * Obligation.byId("hearing/A04/2025-12-31", { organization: org })?.owner.actorId // "A04"
 * Obligation.byId("steering-report/bcd-thads-tay-ninh/2026-03-31", { organization: org })?.owner.unitId // "thads-tay-ninh"
 * Obligation.byId("hearing/A04/2025-12-30", { organization: org }) // undefined: no quarter ends that day
 * Obligation.byId("hearing/A99/2025-12-31", { organization: org }) // undefined: no such owner
 * Obligation.byId("review/so-ket-2023", { settings: { reviews: [{ id: "so-ket-2023", title: { vi: "Sơ kết 2 năm", en: "Two-year interim review" }, due: CivilDate.make("2023-08-31") }] } })?.due // "2023-08-31"
 * ```
 * @since 0.2.0
 */
export const byId = (
  id: string,
  options: { readonly organization?: Organization.Organization; readonly settings?: Partial<Settings> } = {}
): Obligation | undefined => {
  if (id.length > 300) return undefined
  const slash = id.indexOf("/")
  const kind = slash < 0 ? "" : id.slice(0, slash)
  if (!kindSet.has(kind)) return undefined
  const settings = { ...options.settings, kinds: [kind as Kind] }
  let day: CivilDate.CivilDate | undefined
  if (kind === "review" || kind === "ad-hoc") {
    const schedule = kind === "review" ? (options.settings?.reviews ?? []) : (options.settings?.adHoc ?? [])
    day = schedule.find((r) => `${kind}/${r.id}` === id)?.due
  } else {
    const parsed = CivilDate.parse(id.slice(id.lastIndexOf("/") + 1))
    day = parsed instanceof CivilDate.InvalidDateError ? undefined : parsed
  }
  if (day === undefined) return undefined
  return generate({
    from: day,
    to: day,
    settings,
    ...(options.organization === undefined ? {} : { organization: options.organization })
  }).find((o) => o.id === id)
}

/**
 * Whether a record that an obligation was fulfilled (a hearing held, a
 * steering report sent) can be accepted: `Accepted` with the obligation, or
 * why not — `Unknown` (core generates no obligation with that id),
 * `MetByReport` (a statistical report is met by submitting the report, not
 * by a record), `InFuture` (the date is after today), `BeforePeriod` (the
 * date is before the period the obligation covers starts).
 *
 * @example
 * ```ts
 * const org = Organization.tayNinh
 * const today = CivilDate.make("2026-02-10")
 * const check = (obligationId: string, fulfilledOn: string) =>
 *   Obligation.checkFulfilment({ obligationId, fulfilledOn: CivilDate.make(fulfilledOn), today, organization: org })._tag
 * check("hearing/thads-tay-ninh/2025-12-31", "2026-01-20") // "Accepted"
 * check("hearing/thads-tay-ninh/2025-12-31", "2026-02-11") // "InFuture"
 * check("hearing/thads-tay-ninh/2025-12-31", "2025-09-30") // "BeforePeriod": the quarter starts on 1/10/2025
 * check("statistical-report/thads-tay-ninh/2025-12-31", "2026-01-05") // "MetByReport"
 * check("hearing/thads-tay-ninh/2025-12-30", "2026-01-05") // "Unknown"
 * ```
 * @since 0.2.0
 */
export const checkFulfilment = (input: {
  readonly obligationId: string
  readonly fulfilledOn: CivilDate.CivilDate
  readonly today: CivilDate.CivilDate
  readonly organization?: Organization.Organization
  readonly settings?: Partial<Settings>
}): FulfilmentCheck => {
  const obligation = byId(input.obligationId, {
    ...(input.organization === undefined ? {} : { organization: input.organization }),
    ...(input.settings === undefined ? {} : { settings: input.settings })
  })
  if (obligation === undefined) return { _tag: "Unknown" }
  if (obligation.kind === "statistical-report") return { _tag: "MetByReport", obligation }
  if (input.fulfilledOn > input.today) return { _tag: "InFuture", obligation }
  if (input.fulfilledOn < obligation.period.start) return { _tag: "BeforePeriod", obligation }
  return { _tag: "Accepted", obligation }
}

/**
 * The answer of {@link checkFulfilment}.
 *
 * @example
 * ```ts
 * const why = (c: Obligation.FulfilmentCheck): string => (c._tag === "Accepted" ? c.obligation.id : c._tag)
 * why({ _tag: "Unknown" }) // "Unknown"
 * ```
 * @since 0.2.0
 */
export type FulfilmentCheck =
  | { readonly _tag: "Accepted"; readonly obligation: Obligation }
  | { readonly _tag: "Unknown" }
  | { readonly _tag: "MetByReport"; readonly obligation: Obligation }
  | { readonly _tag: "InFuture"; readonly obligation: Obligation }
  | { readonly _tag: "BeforePeriod"; readonly obligation: Obligation }
