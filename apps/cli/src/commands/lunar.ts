/**
 * `thads lunar <YYYY-MM-DD>` and `thads lunar --to-solar <day> <month> <year>
 * [--leap]`: conversions between the solar and the Vietnamese lunar calendar
 * (âm lịch, UTC+7).
 *
 * @since 0.1.0
 */
import { Lunar } from "@thads/core"
import { parseDate, parseInteger } from "../Input.js"
import * as Output from "../Output.js"
import { dateText } from "./Render.js"

const range = {
  vi: `năm âm lịch ${Lunar.MIN_YEAR}–${Lunar.MAX_YEAR}`,
  en: `lunar years ${Lunar.MIN_YEAR}–${Lunar.MAX_YEAR}`
}

/**
 * Runs the command.
 *
 * @example
 * ```ts
 * JSON.parse(lunar({ values: ["2024-02-10"], toSolar: false, leap: false, json: true, lang: "vi" }).stdout)
 * // { day: 1, month: 1, year: 2024, leap: false }
 * JSON.parse(lunar({ values: ["1", "2", "2004"], toSolar: true, leap: true, json: true, lang: "vi" }).stdout)
 * // { solar: "2004-03-21" }
 * ```
 * @since 0.1.0
 */
export const lunar = (input: {
  readonly values: ReadonlyArray<string>
  readonly toSolar: boolean
  readonly leap: boolean
  readonly json: boolean
  readonly lang: Output.Lang
}): Output.Output => {
  const { lang } = input
  if (!input.toSolar) {
    if (input.leap) {
      throw new Output.UsageError({ vi: "--leap chỉ dùng với --to-solar", en: "--leap only goes with --to-solar" })
    }
    if (input.values.length !== 1) {
      throw new Output.UsageError({
        vi: "cần đúng một ngày dương lịch YYYY-MM-DD (hoặc --to-solar <ngày> <tháng> <năm>)",
        en: "expected exactly one solar date YYYY-MM-DD (or --to-solar <day> <month> <year>)"
      })
    }
    const date = parseDate(input.values[0]!)
    let l: Lunar.LunarDate
    try {
      l = Lunar.toLunar(date)
    } catch (e) {
      if (e instanceof RangeError) {
        throw new Output.UsageError({
          vi: `ngày ${date} ngoài phạm vi (${range.vi})`,
          en: `${date} is out of range (${range.en})`
        })
      }
      throw e
    }
    if (input.json) return Output.json({ day: l.day, month: l.month, year: l.year, leap: l.leap })
    const leapVi = l.leap ? " (nhuận)" : ""
    const leapEn = l.leap ? " (leap)" : ""
    return Output.text([
      Output.t(
        lang,
        `${dateText(date, "vi")} dương lịch = ngày ${l.day} tháng ${l.month}${leapVi} năm ${l.year} âm lịch`,
        `${dateText(date, "en")} = lunar day ${l.day}, month ${l.month}${leapEn}, year ${l.year}`
      )
    ])
  }
  if (input.values.length !== 3) {
    throw new Output.UsageError({
      vi: "--to-solar cần ba số: <ngày> <tháng> <năm> âm lịch",
      en: "--to-solar expects three numbers: <day> <month> <year> (lunar)"
    })
  }
  const day = parseInteger(input.values[0]!, "day", 1, 30)
  const month = parseInteger(input.values[1]!, "month", 1, 12)
  const year = parseInteger(input.values[2]!, "year", Lunar.MIN_YEAR, Lunar.MAX_YEAR)
  const solar = Lunar.toSolar({ day, month, year, leap: input.leap })
  if (solar instanceof Lunar.LunarError) throw new Output.UsageError({ vi: solar.message, en: solar.message })
  if (input.json) return Output.json({ solar })
  const leapVi = input.leap ? " (nhuận)" : ""
  const leapEn = input.leap ? " (leap)" : ""
  return Output.text([
    Output.t(
      lang,
      `Ngày ${day} tháng ${month}${leapVi} năm ${year} âm lịch = ${dateText(solar, "vi")} dương lịch`,
      `Lunar day ${day}, month ${month}${leapEn}, year ${year} = ${dateText(solar, "en")}`
    )
  ])
}
