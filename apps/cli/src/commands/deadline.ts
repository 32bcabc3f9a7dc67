/**
 * `thads deadline --year Y --months M --level L [--regime R] [--rules F]`: the
 * last day to send a period's statistical report (with a rule-set file:
 * its deadline rules, `regimeEnd`, `rollForward` and working calendar).
 *
 * @since 0.1.0
 */
import { ReportingDeadline, RuleSet, Setting, Terms } from "@thads/core"
import { parseLevel, parsePeriod, parseRegime } from "../Input.js"
import * as Output from "../Output.js"
import { readRuleSet } from "./directive.js"
import { type CitationJson, citationJson, citationText, dateText } from "./Render.js"

/**
 * Computes a deadline or turns its domain error into a usage error.
 *
 * @example
 * ```ts
 * compute({ year: 2022, months: 4 }, "chi-cuc").deadline // "2022-02-08"
 * compute({ year: 2025, months: 11 }, "cuc") // UsageError: the level "cuc" (…) did not exist on 2025-08-31; use "thads-tinh" (…)
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
    ...(d.citation.note === undefined ? [] : [`    ${d.citation.note[lang]}`]),
    ...d.settings.map((s) =>
      Output.t(
        lang,
        `  Hạn gửi theo giả định: ${Setting.render(s, "vi")}`,
        `  Assumed deadline: ${Setting.render(s, "en")}`
      )
    ),
    ...(d.dependsOnUnverifiedDays.length > 0
      ? [
          Output.t(
            lang,
            `  Phụ thuộc ngày chưa kiểm chứng: ${d.dependsOnUnverifiedDays.join(", ")}`,
            `  Depends on unverified days: ${d.dependsOnUnverifiedDays.join(", ")}`
          )
        ]
      : []),
    ...d.notes
      .filter((n) => !d.settings.some((s) => s.why.en === n.en))
      .map((n) => Output.t(lang, `  Ghi chú: ${n.vi}`, `  Note: ${n.en}`))
  ]
}

/**
 * The JSON printed by `thads deadline --json`: the deadline, its basis, the
 * settings an assumed deadline rests on, and the unverified days it depends on.
 *
 * @example
 * ```ts
 * const j: DeadlineJson = deadlineJson(ReportingDeadline.deadline({ year: 2019, months: 7 }, "chv"))
 * j.settings[0]?.key // "ReportingDeadline.rollForward"
 * ```
 * @since 0.1.0
 */
export interface DeadlineJson {
  readonly deadline: string
  readonly periodEnd: string
  readonly level: ReportingDeadline.Level
  readonly regime: ReportingDeadline.Regime
  readonly basis: ReportingDeadline.Basis
  readonly estimated: boolean
  readonly citation: CitationJson
  readonly settings: ReadonlyArray<{
    readonly key: string
    readonly value: string | number | boolean | null
    readonly why: { readonly vi: string; readonly en: string }
    readonly about?: CitationJson
  }>
  readonly dependsOnUnverifiedDays: ReadonlyArray<string>
  readonly rolledForwardFrom?: string
  readonly notes: ReadonlyArray<{ readonly vi: string; readonly en: string }>
}

/**
 * The JSON form of a deadline.
 *
 * @example
 * ```ts
 * deadlineJson(ReportingDeadline.deadline({ year: 2022, months: 4 }, "chi-cuc")).basis // "official"
 * ```
 * @since 0.1.0
 */
export const deadlineJson = (d: ReportingDeadline.Deadline): DeadlineJson => ({
  deadline: d.deadline,
  periodEnd: d.periodEnd,
  level: d.level,
  regime: d.regime,
  basis: d.basis,
  estimated: d.estimated,
  citation: citationJson(d.citation),
  settings: d.settings.map((s) => ({
    key: s.key,
    value: s.value,
    why: s.why,
    ...(s.about === undefined ? {} : { about: citationJson(s.about) })
  })),
  dependsOnUnverifiedDays: d.dependsOnUnverifiedDays,
  ...(d.rolledForwardFrom === undefined ? {} : { rolledForwardFrom: d.rolledForwardFrom }),
  notes: d.notes
})

/**
 * Runs the command.
 *
 * @example
 * ```ts
 * import { writeFileSync } from "node:fs"
 * import { join } from "node:path"
 * JSON.parse(deadline({ year: 2022, months: 4, level: "chi-cuc", json: true, lang: "vi" }).stdout)
 * // { deadline: "2022-02-08", regime: "tt06-2019", basis: "official", estimated: false }
 * JSON.parse(deadline({ year: 2019, months: 7, level: "chv", json: true, lang: "en" }).stdout).deadline // "2019-05-02"
 * const rules = join(tempDir(), "rules.json")
 * writeFileSync(rules, '{ "rollForward": false }')
 * JSON.parse(deadline({ year: 2019, months: 7, level: "chv", rules, json: true, lang: "en" }).stdout) // { deadline: "2019-05-01", basis: "official" }
 * deadline({ year: 2026, months: 10, level: "thads-tinh", rules: fromRoot("examples/rules.json"), json: true, lang: "en" })
 * // UsageError: no statistical reporting regime is encoded for a period ending 2026-07-31: tt05-2024 is set to end on 2026-06-30 (setting regimeEnd) and its successor is not encoded
 * ```
 * @since 0.1.0
 */
export const deadline = (input: {
  readonly year: number
  readonly months: number
  readonly level: string
  readonly regime?: string | undefined
  /** A rule-set file (`RuleSetDocument`): deadline rules, regimeEnd, rollForward, the working calendar. */
  readonly rules?: string | undefined
  readonly json: boolean
  readonly lang: Output.Lang
}): Output.Output => {
  const period = parsePeriod(input.year, input.months)
  const level = parseLevel(input.level)
  const settings = RuleSet.deadlineSettings(readRuleSet(input.rules))
  const d = compute(
    period,
    level,
    input.regime === undefined ? settings : { ...settings, regime: parseRegime(input.regime) }
  )
  if (input.json) return Output.json(deadlineJson(d))
  return Output.text(deadlineLines(d, input.lang))
}
