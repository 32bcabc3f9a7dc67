/**
 * `thads period <YYYY-MM-DD>`: the statistical period a date falls in.
 *
 * @since 0.1.0
 */
import { StatisticalPeriod } from "@thads/core"
import { parseDate } from "../Input.js"
import * as Output from "../Output.js"
import { citationText } from "./Render.js"

/**
 * Runs the command.
 *
 * @example
 * ```ts
 * JSON.parse(period({ date: "2022-03-15", json: true, lang: "vi" }).stdout)
 * // { year: 2022, months: 6, start: "2021-10-01", end: "2022-03-31" }
 * ```
 * @since 0.1.0
 */
export const period = (input: {
  readonly date: string
  readonly json: boolean
  readonly lang: Output.Lang
}): Output.Output => {
  const date = parseDate(input.date)
  const p = StatisticalPeriod.periodOf(date)
  const start = StatisticalPeriod.start(p)
  const end = StatisticalPeriod.end(p)
  if (input.json) return Output.json({ year: p.year, months: p.months, start, end })
  const ia = StatisticalPeriod.interagencyPeriodOf(date)
  const { lang } = input
  return Output.text([
    Output.t(
      lang,
      `Ngày ${input.date} thuộc kỳ báo cáo: ${StatisticalPeriod.label(p, "vi")}`,
      `${input.date} falls in the period: ${StatisticalPeriod.label(p, "en")}`
    ),
    Output.t(
      lang,
      `Năm thống kê ${p.year}: ${StatisticalPeriod.label({ year: p.year, months: 12 }, "vi")}`,
      `Statistical year ${p.year}: ${start.slice(0, 4)}-10-01 – ${p.year}-09-30`
    ),
    Output.t(
      lang,
      `Kỳ liên ngành (3, 6, 10, 12 tháng): ${StatisticalPeriod.label(ia, "vi")}`,
      `Inter-agency period (3, 6, 10, 12 months): ${StatisticalPeriod.label(ia, "en")}`
    ),
    Output.t(
      lang,
      `Căn cứ: ${citationText(StatisticalPeriod.citation, "vi")}; ${citationText(StatisticalPeriod.interagencyCitation, "vi")}`,
      `Basis: ${citationText(StatisticalPeriod.citation, "en")}; ${citationText(StatisticalPeriod.interagencyCitation, "en")}`
    )
  ])
}
