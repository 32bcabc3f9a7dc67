/**
 * `thads overview [--date D] [--rules F]` (what `npm start` runs): today's
 * statistical period, the year's calendar, and the next reporting deadlines
 * (with a rule-set file: its calendar and deadline settings).
 *
 * @since 0.1.0
 */
import { CivilDate, ReportingDeadline, RuleSet, StatisticalPeriod } from "@thads/core"
import { parseDate, parseInteger } from "../Input.js"
import * as Output from "../Output.js"
import * as Calendar from "./calendar.js"
import { deadlineLines } from "./deadline.js"
import { readRuleSet } from "./directive.js"
import { dateText } from "./Render.js"

/**
 * Runs the command.
 *
 * @example
 * ```ts
 * overview({ date: "2026-11-26", count: 6, json: false, lang: "en" }).stdout.split("\n")[0] // "thads — today is Thursday 2026-11-26 (Vietnam time)"
 * const j = JSON.parse(overview({ date: "2026-11-26", count: 6, json: true, lang: "en" }).stdout)
 * j.period // { year: 2027, months: 2, start: "2026-10-01", end: "2026-11-30" }
 * j.deadlines.length // 6
 * ```
 * @since 0.1.0
 */
export const overview = (input: {
  readonly date?: string | undefined
  /** Today in Vietnam from the caller's clock (default: the system clock). */
  readonly today?: CivilDate.CivilDate
  readonly count: number
  /** A rule-set file (`RuleSetDocument`): its working calendar and deadline settings. */
  readonly rules?: string | undefined
  readonly json: boolean
  readonly lang: Output.Lang
}): Output.Output => {
  const today = input.date === undefined ? (input.today ?? CivilDate.todayInVietnam(Date.now())) : parseDate(input.date)
  const count = parseInteger(input.count, "--count", 1, 100)
  const { year } = CivilDate.toParts(today)
  const settings = RuleSet.deadlineSettings(readRuleSet(input.rules))
  const schedule = (settings.calendar ?? RuleSet.calendarOf(RuleSet.standard)).schedule(year)
  const period = StatisticalPeriod.periodOf(today)
  const next = ReportingDeadline.upcoming(today, count, undefined, settings)
  // Fewer deadlines than asked because the rule set ends a regime and none after it is encoded: say so.
  const ended = Object.entries(settings.regimeEnd ?? {}).filter(([, end]) => end !== undefined && end < today)
  const note =
    next.length < count && ended.length > 0
      ? {
          vi: `Không có hạn cho kỳ kết thúc sau ${ended.map(([r, end]) => `${CivilDate.formatVi(end!)} (bộ quy tắc kết thúc ${r})`).join(", ")}: chưa mã hóa chế độ báo cáo thay thế (deadline-not-encoded)`,
          en: `No deadline for a period ending after ${ended.map(([r, end]) => `${end} (the rule set ends ${r})`).join(", ")}: no regime after it is encoded (deadline-not-encoded)`
        }
      : undefined
  if (input.json) {
    return Output.json({
      today,
      period: {
        year: period.year,
        months: period.months,
        start: StatisticalPeriod.start(period),
        end: StatisticalPeriod.end(period)
      },
      calendar: Calendar.toJson(schedule),
      deadlines: next.map((d) => ({
        deadline: d.deadline,
        level: d.level,
        year: d.period.year,
        months: d.period.months,
        regime: d.regime,
        basis: d.basis,
        estimated: d.estimated
      })),
      ...(note === undefined ? {} : { note })
    })
  }
  const { lang } = input
  return Output.text([
    Output.t(
      lang,
      `thads — hôm nay ${dateText(today, "vi")} (giờ Việt Nam)`,
      `thads — today is ${dateText(today, "en")} (Vietnam time)`
    ),
    Output.t(
      lang,
      `Kỳ báo cáo hiện tại: ${StatisticalPeriod.label(period, "vi")}`,
      `Current period: ${StatisticalPeriod.label(period, "en")}`
    ),
    "",
    ...Calendar.lines(schedule, lang),
    "",
    Output.t(
      lang,
      `Các hạn gửi báo cáo thống kê sắp tới (${next.length}):`,
      `Next statistical report deadlines (${next.length}):`
    ),
    ...next.flatMap((d) => [
      Output.t(
        lang,
        `- Kỳ ${StatisticalPeriod.label(d.period, "vi")}`,
        `- Period: ${StatisticalPeriod.label(d.period, "en")}`
      ),
      ...deadlineLines(d, lang).map((l) => `  ${l}`)
    ]),
    ...(note === undefined ? [] : [note[lang]])
  ])
}
