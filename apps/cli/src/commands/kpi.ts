/**
 * `thads kpi <report.json> [--previous <report.json>]`: the KPIs of a
 * statistical report, each with its formula, inputs, citation and rounding.
 * A report that does not decode → exit 1 and every problem with its path.
 *
 * @since 0.1.0
 */
import {
  AreaOffices,
  CaseSettings,
  Decode,
  Identity,
  Kpi,
  ObligationSettings,
  Pipeline,
  Report,
  RuleSetDocument,
  StatisticalPeriod
} from "@thads/core"
import { problemLines, readText } from "../Files.js"
import * as Output from "../Output.js"

const REPORT = { vi: "báo cáo", en: "report" }
import { citationJson, citationText } from "./Render.js"

/**
 * Reads and decodes a report file; unreadable files are usage errors (exit
 * 2), undecodable content is returned as problems.
 *
 * @example
 * ```ts
 * readReport(fromRoot("examples/report-consistent.json"))._tag // "Success"
 * readReport(fromRoot("examples/report-malformed.json"))
 * // { _tag: "Failure", failure: [{ path: "/header/regime", code: "missing" }, { path: "/cases/rows/3/V08", code: "negative" }, { path: "/cases/rows/4/V02", code: "wrong-type" }, { path: "/money/rows/1/T07", code: "not-integer" }] }
 * ```
 * @since 0.1.0
 */
export const readReport = (file: string): Decode.Result => Decode.decodeJson(readText(file))

/**
 * Formats a number with Vietnamese or English digit grouping.
 *
 * @example
 * ```ts
 * [formatNumber(1234567, "vi"), formatNumber(1234567, "en")] // ["1.234.567", "1,234,567"]
 * ```
 * @since 0.1.0
 */
export const formatNumber = (n: number, lang: Output.Lang): string =>
  lang === "vi" ? n.toLocaleString("vi-VN") : n.toLocaleString("en-US")

const unitText = (k: Kpi.Kpi, lang: Output.Lang): string => {
  switch (k.unit) {
    case "percent":
      return "%"
    case "percentage-points":
      return Output.t(lang, " điểm %", " points")
    case "case":
      return Output.t(lang, " việc", " cases")
    case "vnd":
      return " đ"
  }
}

/**
 * Runs the command.
 *
 * @example
 * ```ts
 * const out = kpi({ file: fromRoot("examples/report-consistent.json"), json: true, lang: "vi" })
 * JSON.parse(out.stdout).kpis[0] // { id: "completion-rate-cases", unit: "percent", value: 77.71 }
 * ```
 * @since 0.1.0
 */
export const kpi = (input: {
  readonly file: string
  readonly previous?: string | undefined
  readonly json: boolean
  readonly lang: Output.Lang
}): Output.Output => {
  const { lang } = input
  const decoded = readReport(input.file)
  let previous: Report.Report | undefined
  if (input.previous !== undefined) {
    const p = readReport(input.previous)
    if (p._tag === "Failure") {
      return input.json
        ? { ...Output.json({ valid: false, file: input.previous, problems: p.failure }), exitCode: 1 }
        : { ...Output.text(problemLines(input.previous, REPORT, p.failure, lang)), exitCode: 1 }
    }
    previous = p.success.report
  }
  if (decoded._tag === "Failure") {
    return input.json
      ? { ...Output.json({ valid: false, file: input.file, problems: decoded.failure }), exitCode: 1 }
      : { ...Output.text(problemLines(input.file, REPORT, decoded.failure, lang)), exitCode: 1 }
  }
  const report = decoded.success.report
  const kpis = Kpi.compute(report, previous === undefined ? {} : { previous })
  const failures = Identity.evaluate(report, { onlyFailures: true })
  if (input.json) {
    return Output.json({
      valid: true,
      file: input.file,
      report: { unitId: report.header.unitId, year: report.header.year, months: report.header.months },
      kpis: kpis.map((k) => ({ ...k, citation: citationJson(k.citation) })),
      identityFailures: failures.length
    })
  }
  const h = report.header
  const period = StatisticalPeriod.label({ year: h.year, months: h.months as StatisticalPeriod.Months }, lang)
  const lines = [
    Output.t(
      lang,
      `Chỉ tiêu của ${h.unitName ?? h.unitId}, kỳ ${period}`,
      `KPIs of ${h.unitName ?? h.unitId}, period: ${period}`
    ),
    ""
  ]
  for (const k of kpis) {
    const value =
      k.value === null
        ? Output.t(lang, "không xác định", "undefined")
        : `${formatNumber(k.value, lang)}${unitText(k, lang)}`
    lines.push(`${k.label[lang]}: ${value}`)
    lines.push(`  ${Output.t(lang, "công thức", "formula")}: ${k.formula[lang]}`)
    lines.push(
      `  ${Output.t(lang, "số liệu", "inputs")}: ${k.inputs.map((i) => `${i.indicator} = ${formatNumber(i.value, lang)}`).join("; ")}`
    )
    if (k.target !== undefined) {
      const met =
        k.target.met === null
          ? Output.t(lang, "không xác định", "undefined")
          : k.target.met
            ? Output.t(lang, "đạt", "met")
            : Output.t(lang, "không đạt", "not met")
      const scope =
        k.target.scope === "unit"
          ? Output.t(lang, "của đơn vị", "the unit's own")
          : Output.t(lang, "toàn quốc", "national")
      lines.push(
        `  ${Output.t(lang, "chỉ tiêu", "target")}: ${k.target.op === ">" ? Output.t(lang, "trên", ">") : "≥"} ${formatNumber(k.target.value, lang)}% (${scope}) → ${met}`
      )
    }
    if (k.rounding !== null) lines.push(`  ${Output.t(lang, "làm tròn", "rounding")}: ${k.rounding.description[lang]}`)
    lines.push(`  ${Output.t(lang, "căn cứ", "source")}: ${citationText(k.citation, lang)}`)
    if (k.note !== undefined) lines.push(`  ${Output.t(lang, "ghi chú", "note")}: ${k.note[lang]}`)
  }
  if (failures.length > 0) {
    lines.push("")
    lines.push(
      Output.t(
        lang,
        `Cảnh báo: ${failures.length} đẳng thức kiểm tra không thỏa mãn:`,
        `Warning: ${failures.length} identity check(s) fail:`
      )
    )
    for (const f of failures.slice(0, 20)) {
      const identity = Identity.get(f.identity)!
      lines.push(
        `  ${f.path}  ${Identity.formula(identity, f.table, lang)}: ${Output.t(lang, "thực tế", "observed")} ${formatNumber(f.observed, lang)}, ${Output.t(lang, "kỳ vọng", "expected")} ${formatNumber(f.expected, lang)}`
      )
    }
    if (failures.length > 20)
      lines.push(Output.t(lang, `  … và ${failures.length - 20} lỗi khác`, `  … and ${failures.length - 20} more`))
  }
  return Output.text(lines)
}

/**
 * `thads schema`: prints the JSON Schema of the report format (`--result`:
 * of check results; `--obligations`: of obligation settings files;
 * `--units`: of area offices files; `--case-settings`: of case settings
 * files; `--rules`: of rule-set files).
 *
 * @example
 * ```ts
 * JSON.parse(schema().stdout).title // "THADS statistical report"
 * JSON.parse(schema({ obligations: true }).stdout).title // "thads obligation settings"
 * JSON.parse(schema({ units: true }).stdout).title // "thads area offices"
 * JSON.parse(schema({ caseSettings: true }).stdout).title // "thads case settings"
 * JSON.parse(schema({ rules: true }).stdout).title // "thads rule set"
 * schema({ result: true, units: true }) // UsageError: choose one: --result, --obligations, --units, --case-settings or --rules
 * ```
 * @since 0.1.0
 */
export const schema = (
  input: {
    readonly result?: boolean
    readonly obligations?: boolean
    readonly units?: boolean
    readonly caseSettings?: boolean
    readonly rules?: boolean
  } = {}
): Output.Output => {
  if (
    [input.result, input.obligations, input.units, input.caseSettings, input.rules].filter((x) => x === true).length > 1
  )
    throw new Output.UsageError({
      vi: "chọn một: --result, --obligations, --units, --case-settings hoặc --rules",
      en: "choose one: --result, --obligations, --units, --case-settings or --rules"
    })
  return Output.json(
    input.result === true
      ? Pipeline.jsonSchema()
      : input.obligations === true
        ? ObligationSettings.jsonSchema()
        : input.units === true
          ? AreaOffices.jsonSchema()
          : input.caseSettings === true
            ? CaseSettings.jsonSchema()
            : input.rules === true
              ? RuleSetDocument.jsonSchema()
              : Report.jsonSchema()
  )
}
