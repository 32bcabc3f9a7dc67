/**
 * The inter-agency statistics (TTLT 12/2021) and the special lines on the
 * command line:
 * - `thads interagency --from D --to D [--unit U] [--form 01] [--events F] [--as-of D] [--rules F]`:
 *   the dated steps of forms 01–04/TKLN-THADS and, with events, their status
 *   (with a rule-set file: counted on its working calendar);
 * - `thads interagency-check <figures.json…> [--report R.json]`: the
 *   cross-checks of the figures (lead against partner, form 01 against the
 *   office's report and form 04);
 * - `thads special-lines <file.json> [--previous F]`: asset recovery in
 *   corruption and economic cases and complaints — KPIs and checks.
 *
 * @since 0.2.0
 */
import {
  CivilDate,
  Decode,
  type Finding,
  InteragencyCrossCheck,
  InteragencyObligations,
  type Report,
  RuleSet,
  SpecialLines
} from "@thads/core"
import { Json } from "@thads/core/internal"
import * as Schema from "effect/Schema"
import * as SchemaIssue from "effect/SchemaIssue"
import { readText } from "../Files.js"
import { parseDate } from "../Input.js"
import * as Output from "../Output.js"
import { readRuleSet, statusText } from "./directive.js"
import { citationJson, citationText, dateText } from "./Render.js"

const readJson = (file: string): unknown => {
  const p = Json.parse(readText(file))
  if (p._tag === "NotJson") {
    throw new Output.UsageError({ vi: `${file}: ${p.problem.message.vi}`, en: `${file}: ${p.problem.message.en}` })
  }
  return p.value
}

const decodeWith = <A>(schema: Schema.Codec<A, unknown>, u: unknown, where: string): A => {
  const r = Schema.decodeUnknownResult(schema)(u, { errors: "all" })
  if (r._tag === "Success") return r.success
  const why = SchemaIssue.makeFormatterDefault()(r.failure.issue).replace(/\s*\n\s*/g, " ")
  throw new Output.UsageError({ vi: `${where}: không hợp lệ: ${why}`, en: `${where}: does not decode: ${why}` })
}

const listOf = (u: unknown, key: string, file: string): ReadonlyArray<unknown> => {
  const list = Array.isArray(u) ? u : (u as Record<string, unknown> | null)?.[key]
  if (!Array.isArray(list)) {
    throw new Output.UsageError({ vi: `${file}: cần một mảng "${key}"`, en: `${file}: expected a "${key}" array` })
  }
  return list
}

const EventSchema = Schema.Struct({
  form: Schema.Literals(["01", "02", "03", "04"]),
  unitId: Schema.String.check(Schema.isMinLength(1)),
  periodEnd: Schema.String,
  step: Schema.Literals(["close", "compile", "send-for-cosign", "cosign", "send-up"]),
  partner: Schema.optionalKey(Schema.String),
  on: Schema.String
})

const readEvents = (file: string): ReadonlyArray<InteragencyObligations.Event> =>
  listOf(readJson(file), "events", file).map((u, i) => {
    const e = decodeWith(EventSchema, u, `${file} /events/${i}`)
    return {
      ...e,
      periodEnd: parseDate(e.periodEnd, `${file} /events/${i}/periodEnd`),
      on: parseDate(e.on, `${file} /events/${i}/on`)
    }
  })

const stepName: Record<InteragencyObligations.Step, { readonly vi: string; readonly en: string }> = {
  close: { vi: "rà soát, chốt số liệu, lập biểu", en: "close the figures and make the form" },
  compile: { vi: "tổng hợp báo cáo của địa phương", en: "compile the local report" },
  "send-for-cosign": { vi: "gửi đơn vị phối hợp ký xác nhận", en: "send for co-signing" },
  cosign: { vi: "rà soát, ký xác nhận, gửi lại", en: "review, co-sign and return" },
  "send-up": { vi: "gửi lên cấp trên", en: "send up" }
}

/**
 * `thads interagency`: the steps of forms 01–04/TKLN-THADS for the
 * inter-agency periods ending in [from, to], and their status with events,
 * as of `asOf` (default: `today`).
 *
 * @example
 * ```ts
 * import { writeFileSync } from "node:fs"
 * import { join } from "node:path"
 * const out = interagency({ from: "2022-03-31", to: "2022-03-31", unit: "chi-cuc-go-dau", form: "01", asOf: "2022-03-31", json: true, lang: "vi" })
 * JSON.parse(out.stdout).obligations[0] // { id: "tkln/01/chi-cuc-go-dau/2022-03-31/close", step: "close", due: "2022-04-01" }
 * const rules = join(tempDir(), "rules.json")
 * writeFileSync(rules, JSON.stringify({ holidayOverrides: [{ year: 2022, addDaysOff: [{ date: "2022-04-01", reason: "swap", confidence: "verified" }] }] }))
 * const moved = interagency({ from: "2022-03-31", to: "2022-03-31", unit: "chi-cuc-go-dau", form: "01", asOf: "2022-03-31", rules, json: true, lang: "vi" })
 * JSON.parse(moved.stdout).obligations[0].due // "2022-04-04"
 * ```
 * @since 0.2.0
 */
export const interagency = (input: {
  readonly from: string
  readonly to: string
  readonly unit?: string | undefined
  readonly form?: string | undefined
  readonly events?: string | undefined
  readonly asOf?: string | undefined
  /** A rule-set file (`RuleSetDocument`): the working calendar the steps are counted on. */
  readonly rules?: string | undefined
  /** Today in Vietnam (the command line passes Effect's `Clock`); the status date when `asOf` is not given. */
  readonly today?: CivilDate.CivilDate
  readonly json: boolean
  readonly lang: Output.Lang
}): Output.Output => {
  const from = parseDate(input.from, "--from")
  const to = parseDate(input.to, "--to")
  if (to < from) throw new Output.UsageError({ vi: "--to phải sau --from", en: "--to must not be before --from" })
  const form = input.form?.replace(/\/.*$/, "").padStart(2, "0")
  if (form !== undefined && !InteragencyObligations.forms.includes(form as InteragencyObligations.Form)) {
    throw new Output.UsageError({
      vi: `--form không hợp lệ: "${input.form}" (01, 02, 03, 04)`,
      en: `unknown --form "${input.form}" (01, 02, 03, 04)`
    })
  }
  const ruleSet = readRuleSet(input.rules)
  const options: InteragencyObligations.Options = {
    from,
    to,
    ...(ruleSet === RuleSet.standard ? {} : { calendar: RuleSet.calendarOf(ruleSet) }),
    ...(input.unit === undefined ? {} : { unitId: input.unit }),
    ...(form === undefined ? {} : { forms: [form as InteragencyObligations.Form] })
  }
  const asOf =
    input.asOf === undefined ? (input.today ?? CivilDate.todayInVietnam(Date.now())) : parseDate(input.asOf, "--as-of")
  const tracked = InteragencyObligations.track(
    options,
    input.events === undefined ? [] : readEvents(input.events),
    asOf
  )
  if (input.unit !== undefined && tracked.length === 0) {
    throw new Output.UsageError({
      vi: `không có bước thống kê liên ngành nào của "${input.unit}" trong khoảng này`,
      en: `no inter-agency step of "${input.unit}" in this range`
    })
  }
  const withStatus = input.events !== undefined || input.asOf !== undefined
  if (input.json) {
    return Output.json({
      from,
      to,
      asOf,
      obligations: tracked.map((t) => ({
        ...t.obligation,
        citation: citationJson(t.obligation.citation),
        ...(withStatus ? { status: t.status } : {})
      }))
    })
  }
  const { lang } = input
  const lines = [
    Output.t(
      lang,
      `${tracked.length} bước thống kê liên ngành (TTLT 12/2021) từ ${CivilDate.formatVi(from)} đến ${CivilDate.formatVi(to)}:`,
      `${tracked.length} inter-agency statistics steps (TTLT 12/2021) from ${from} to ${to}:`
    )
  ]
  for (const t of tracked) {
    const o = t.obligation
    const basis = o.basis === "assumed" ? Output.t(lang, " (hạn giả định)", " (assumed due date)") : ""
    const to = o.recipient === undefined ? "" : ` → ${o.recipient.name[lang]}`
    const status = withStatus ? ` — ${statusText(t, lang)}` : ""
    lines.push(
      `${dateText(o.due, lang)}${basis}  ${o.form}/TKLN-THADS ${o.periodEnd}  ${o.owner.name[lang]}${to}: ${stepName[o.step][lang]}${status}`
    )
    lines.push(`    ${citationText(o.citation, lang)}`)
  }
  return Output.text(lines)
}

const findingLines = (findings: ReadonlyArray<Finding.Finding>, lang: Output.Lang): ReadonlyArray<string> =>
  findings.flatMap((f) => [
    `  ${f.location.path ?? ""}  [${f.severity}] [${f.code}] ${f.message[lang]}`,
    `      ${citationText(f.citation, lang)}`
  ])

const outcome = (
  findings: ReadonlyArray<Finding.Finding>,
  json: boolean,
  extra: object,
  header: string
): Output.Output => {
  const errors = findings.filter((f) => f.severity === "error").length
  const out = json
    ? Output.json({ ...extra, findings: findings.map((f) => ({ ...f, citation: citationJson(f.citation) })) })
    : Output.text([header, ...findingLines(findings, "vi")])
  return { ...out, exitCode: errors > 0 ? 1 : 0 }
}

/**
 * `thads interagency-check <files…> [--report R.json]`: decodes the figures
 * (`{ "figures": [...] }` or an array per file) and runs the cross-checks.
 * Exit 1 when a finding is an error.
 *
 * @example
 * ```ts
 * const out = interagencyCheck({ files: [fromRoot("examples/tkln-figures-differ.json")], json: true, lang: "en" })
 * out.exitCode // 1: a finding is an error
 * JSON.parse(out.stdout).findings.map((f: { code: string }) => f.code) // ["tkln-period-not-interagency", "tkln-figures-differ", "tkln-figures-differ"]
 * ```
 * @since 0.2.0
 */
export const interagencyCheck = (input: {
  readonly files: ReadonlyArray<string>
  readonly reports?: ReadonlyArray<string> | undefined
  readonly json: boolean
  readonly lang: Output.Lang
}): Output.Output => {
  const figures = input.files.flatMap((file) =>
    listOf(readJson(file), "figures", file).map((u, i) =>
      decodeWith(InteragencyCrossCheck.FiguresSchema, u, `${file} /figures/${i}`)
    )
  )
  const reports: Array<Report.Report> = []
  for (const file of input.reports ?? []) {
    const d = Decode.decode(readJson(file))
    if (d._tag !== "Success") {
      throw new Output.UsageError({
        vi: `${file}: báo cáo không hợp lệ (thads check ${file})`,
        en: `${file}: the report does not decode (thads check ${file})`
      })
    }
    reports.push(d.success.report)
  }
  const findings = InteragencyCrossCheck.checkAll(figures, reports)
  const { lang } = input
  const header = Output.t(
    lang,
    `${figures.length} bộ số liệu liên ngành, ${reports.length} báo cáo: ${findings.length} phát hiện`,
    `${figures.length} inter-agency figure sets, ${reports.length} report(s): ${findings.length} finding(s)`
  )
  const out = outcome(findings, input.json, { figures: figures.length, reports: reports.length }, header)
  return input.json ? out : { ...Output.text([header, ...findingLines(findings, lang)]), exitCode: out.exitCode }
}

/**
 * `thads special-lines <file> [--previous F]`: the KPIs and checks of asset
 * recovery and complaints, and the directive's year-on-year checks.
 *
 * @example
 * ```ts
 * const file = fromRoot("examples/special-lines-2024.json")
 * const out = specialLines({ file, previous: fromRoot("examples/special-lines-2023.json"), json: true, lang: "en" })
 * JSON.parse(out.stdout).kpis[0] // { id: "asset-recovery-rate-cases", value: 53.61, numerator: 52, denominator: 97 }
 * ```
 * @since 0.2.0
 */
export const specialLines = (input: {
  readonly file: string
  readonly previous?: string | undefined
  readonly json: boolean
  readonly lang: Output.Lang
}): Output.Output => {
  const read = (file: string) => decodeWith(SpecialLines.SpecialLinesSchema, readJson(file), file)
  const current = read(input.file)
  const previous = input.previous === undefined ? undefined : read(input.previous)
  const kpis = SpecialLines.kpis(current)
  const findings = SpecialLines.check(current)
  const directive = SpecialLines.directiveChecks(current, previous)
  const errors = findings.filter((f) => f.severity === "error").length
  if (input.json) {
    return {
      ...Output.json({
        unitId: current.unitId,
        year: current.year,
        months: current.months,
        kpis,
        findings: findings.map((f) => ({ ...f, citation: citationJson(f.citation) })),
        directive
      }),
      exitCode: errors > 0 ? 1 : 0
    }
  }
  const { lang } = input
  const lines = [
    Output.t(
      lang,
      `${current.unitId}, ${current.months} tháng năm ${current.year}:`,
      `${current.unitId}, ${current.months} months of ${current.year}:`
    ),
    ...kpis.map((k) => `  ${k.label[lang]}: ${k.value === null ? "—" : k.value} (${k.numerator}/${k.denominator})`),
    ...directive.map((d) => `  [${d.id}] ${d.outcome.status}: ${d.outcome.message[lang]}`),
    ...findingLines(findings, lang)
  ]
  return { ...Output.text(lines), exitCode: errors > 0 ? 1 : 0 }
}
