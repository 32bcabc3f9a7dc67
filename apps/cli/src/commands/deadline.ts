/**
 * `thads deadline --year Y --months M --level L [--regime R]`: the last day to
 * send a period's statistical report.
 *
 * @since 0.1.0
 */
import { ReportingDeadline, Terms } from "@thads/core"
import { parseLevel, parsePeriod, parseRegime } from "../Input.js"
import * as Output from "../Output.js"
import { citationJson, citationText, dateText } from "./Render.js"

/**
 * Computes a deadline or turns its domain error into a usage error.
 *
 * @example
 * ```ts
 * compute({ year: 2022, months: 4 }, "chi-cuc").deadline // "2022-02-08"
 * compute({ year: 2025, months: 11 }, "cuc") // throws UsageError: the level "cuc" (…) did not exist on 2025-08-31; use "thads-tinh" (…)
 * ```
 * @since 0.1.0
 */
export const compute = (...args: Parameters<typeof ReportingDeadline.deadline>): ReportingDeadline.Deadline => {
  try {
    return ReportingDeadline.deadline(...args)
  } catch (e) {
    if (e instanceof ReportingDeadline.DeadlineError) throw new Output.UsageError(e.text)
    throw e
  }
}

/**
 * Renders one deadline as text lines.
 *
 * @example
 * ```ts
 * deadlineLines(ReportingDeadline.deadline({ year: 2022, months: 4 }, "chi-cuc"), "en")[0]
 * // "Report deadline (district civil judgment enforcement office): Tuesday 2022-02-08"
 * ```
 * @since 0.1.0
 */
export const deadlineLines = (d: ReportingDeadline.Deadline, lang: Output.Lang): ReadonlyArray<string> => {
  const level = ReportingDeadline.levels[d.level].name[lang]
  const rule =
    d.rule.kind === "working-days-after-period-end"
      ? Output.t(
          lang,
          `${d.rule.days} ngày làm việc kể từ ngày kết thúc kỳ`,
          `${d.rule.days} working day(s) after the period ends`
        )
      : Output.t(
          lang,
          `trước ngày ${String(d.rule.day).padStart(2, "0")} của tháng kế tiếp`,
          `before day ${d.rule.day} of the next month`
        )
  return [
    Output.t(
      lang,
      `Hạn gửi báo cáo (${level}): ${dateText(d.deadline, lang)}`,
      `Report deadline (${level}): ${dateText(d.deadline, lang)}`
    ),
    Output.t(
      lang,
      `  Kỳ kết thúc ${dateText(d.periodEnd, lang)}; quy tắc: ${rule}`,
      `  Period ends ${dateText(d.periodEnd, lang)}; rule: ${rule}`
    ),
    Output.t(
      lang,
      `  Chế độ: ${Terms.regime[d.regime].vi}; cơ sở: ${Terms.basis[d.basis].vi}${d.estimated ? "; lịch nghỉ ước tính" : ""}`,
      `  Regime: ${Terms.regime[d.regime].en}; basis: ${Terms.basis[d.basis].en}${d.estimated ? "; estimated calendar" : ""}`
    ),
    Output.t(lang, `  Căn cứ: ${citationText(d.citation, "vi")}`, `  Source: ${citationText(d.citation, "en")}`),
    ...d.notes.map((n) => Output.t(lang, `  Ghi chú: ${n.vi}`, `  Note: ${n.en}`))
  ]
}

/**
 * Runs the command.
 *
 * @example
 * ```ts
 * deadline({ year: 2022, months: 4, level: "chi-cuc", json: true, lang: "vi" })
 * // {"deadline":"2022-02-08","regime":"tt06-2019","basis":"official","estimated":false,"citation":{…}}
 * ```
 * @since 0.1.0
 */
export const deadline = (input: {
  readonly year: number
  readonly months: number
  readonly level: string
  readonly regime?: string | undefined
  readonly json: boolean
  readonly lang: Output.Lang
}): Output.Output => {
  const period = parsePeriod(input.year, input.months)
  const level = parseLevel(input.level)
  const d = compute(period, level, input.regime === undefined ? {} : { regime: parseRegime(input.regime) })
  if (input.json) {
    return Output.json({
      deadline: d.deadline,
      regime: d.regime,
      basis: d.basis,
      estimated: d.estimated,
      citation: citationJson(d.citation)
    })
  }
  return Output.text(deadlineLines(d, input.lang))
}
