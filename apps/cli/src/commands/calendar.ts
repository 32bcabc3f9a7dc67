/**
 * `thads calendar <year> [--rules F]`: the civil servants' days off and
 * Saturdays worked of a calendar year, with Tết and Giỗ Tổ and the notices
 * behind them (with a rule-set file: its holiday overrides and culture day).
 *
 * @since 0.1.0
 */
import { CivilDate, type HolidaySchedule, Lunar, RuleSet, Terms } from "@thads/core"
import { parseInteger } from "../Input.js"
import * as Output from "../Output.js"
import { readRuleSet } from "./directive.js"
import { type CitationJson, citationJson, citationText, dateText } from "./Render.js"

/**
 * Runs the command.
 *
 * @example
 * ```ts
 * JSON.parse(calendar({ year: "2024", json: true, lang: "vi" }).stdout)
 * // { year: 2024, status: "official", workingSaturdays: ["2024-05-04"], tet: "2024-02-10", gioTo: "2024-04-18" }
 * calendar({ year: "2013", json: false, lang: "en" }) // UsageError: year must be a whole number from 2014 to 2199, got "2013"
 * JSON.parse(calendar({ year: "2026", json: true, lang: "en" }).stdout).unverifiedCandidates // ["2026-11-24"]
 * JSON.parse(calendar({ year: "2026", rules: fromRoot("examples/rules.json"), json: true, lang: "en" }).stdout).daysOff.includes("2026-11-24") // true
 * ```
 * @since 0.1.0
 */
export const calendar = (input: {
  readonly year: string
  /** A rule-set file (`RuleSetDocument`): its holiday overrides and culture day. */
  readonly rules?: string | undefined
  readonly json: boolean
  readonly lang: Output.Lang
}): Output.Output => {
  const year = parseInteger(input.year, "year", 2014, 2199)
  const s = RuleSet.calendarOf(readRuleSet(input.rules)).schedule(year)
  return input.json ? Output.json(toJson(s)) : Output.text(lines(s, input.lang))
}

/**
 * The JSON printed by `thads calendar --json`.
 *
 * @example
 * ```ts
 * const j: CalendarJson = toJson(HolidaySchedule.forYear(2024))
 * j.tet              // "2024-02-10"
 * j.workingSaturdays // ["2024-05-04"]
 * ```
 * @since 0.1.0
 */
export interface CalendarJson {
  readonly year: number
  readonly status: HolidaySchedule.Status
  readonly daysOff: ReadonlyArray<string>
  readonly workingSaturdays: ReadonlyArray<string>
  /** Reported days off not in the Labour Code in force (24/11 from 2026): not counted unless opted in. */
  readonly unverifiedCandidates: ReadonlyArray<string>
  readonly tet: string
  readonly gioTo: string
  readonly sources: ReadonlyArray<CitationJson>
  readonly details: {
    readonly daysOff: ReadonlyArray<HolidaySchedule.DayOff>
    readonly workingSaturdays: ReadonlyArray<HolidaySchedule.WorkingSaturday>
    readonly notes: ReadonlyArray<HolidaySchedule.Note>
  }
}

/**
 * The JSON form of a year's schedule.
 *
 * @example
 * ```ts
 * toJson(HolidaySchedule.forYear(2024)).gioTo // "2024-04-18"
 * ```
 * @since 0.1.0
 */
export const toJson = (s: HolidaySchedule.YearSchedule): CalendarJson => ({
  year: s.year,
  status: s.status,
  daysOff: s.daysOff.map((d) => d.date),
  workingSaturdays: s.workingSaturdays.map((d) => d.date),
  unverifiedCandidates: (s.candidates ?? []).map((d) => d.date),
  tet: Lunar.tet(s.year),
  gioTo: Lunar.gioTo(s.year),
  sources: s.sources.map(citationJson),
  details: {
    daysOff: s.daysOff,
    workingSaturdays: s.workingSaturdays,
    notes: s.notes ?? []
  }
})

/**
 * The text form of a year's schedule.
 *
 * @example
 * ```ts
 * lines(HolidaySchedule.forYear(2024), "en")[0] // "Civil servants' days off in 2024 (official)"
 * ```
 * @since 0.1.0
 */
export const lines = (s: HolidaySchedule.YearSchedule, lang: Output.Lang): ReadonlyArray<string> => {
  const status = Terms.scheduleStatus[s.status][lang]
  const out = [
    Output.t(
      lang,
      `Lịch nghỉ của cán bộ, công chức năm ${s.year} (${status})`,
      `Civil servants' days off in ${s.year} (${status})`
    ),
    Output.t(
      lang,
      `Tết Nguyên đán: ${dateText(Lunar.tet(s.year), lang)}; Giỗ Tổ Hùng Vương (10/3 âm lịch): ${dateText(Lunar.gioTo(s.year), lang)}`,
      `Lunar New Year: ${dateText(Lunar.tet(s.year), lang)}; Hùng Kings' day (10/3 lunar): ${dateText(Lunar.gioTo(s.year), lang)}`
    ),
    Output.t(lang, `Ngày nghỉ trong tuần làm việc (${s.daysOff.length}):`, `Weekdays off (${s.daysOff.length}):`)
  ]
  for (const d of s.daysOff) {
    const extra = d.for === undefined ? "" : Output.t(lang, ` (cho ${CivilDate.formatVi(d.for)})`, ` (for ${d.for})`)
    const conf = d.confidence === "verified" ? "" : ` [${Terms.confidence[d.confidence][lang]}]`
    out.push(`  ${dateText(d.date, lang)}  ${Terms.dayOffReason[d.reason][lang]}${extra}${conf}`)
  }
  out.push(
    Output.t(lang, `Thứ Bảy đi làm (${s.workingSaturdays.length}):`, `Saturdays worked (${s.workingSaturdays.length}):`)
  )
  for (const d of s.workingSaturdays) {
    const extra =
      d.for === undefined
        ? ""
        : Output.t(lang, ` (làm bù cho ${CivilDate.formatVi(d.for)})`, ` (in exchange for ${d.for})`)
    const conf = d.confidence === "verified" ? "" : ` [${Terms.confidence[d.confidence][lang]}]`
    out.push(`  ${dateText(d.date, lang)}${extra}${conf}`)
  }
  const candidates = s.candidates ?? []
  if (candidates.length > 0) {
    out.push(
      Output.t(
        lang,
        'Ngày nghỉ chưa có trong Bộ luật Lao động đang có hiệu lực (không tính, trừ khi bộ quy tắc đặt "cultureDay": true, --rules):',
        'Days off not in the Labour Code in force (not counted unless the rule set sets "cultureDay": true, --rules):'
      )
    )
    for (const d of candidates) {
      out.push(
        `  ${dateText(d.date, lang)}  ${Terms.dayOffReason[d.reason][lang]} [${Terms.confidence[d.confidence][lang]}]`
      )
    }
  }
  out.push(Output.t(lang, "Căn cứ:", "Sources:"))
  for (const c of s.sources) out.push(`  ${citationText(c, lang)}`)
  for (const n of s.notes ?? []) out.push(Output.t(lang, `Ghi chú: ${n.vi}`, `Note: ${n.en}`))
  return out
}
