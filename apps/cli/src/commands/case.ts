/**
 * `thads case classify <case.json> [--at <date>] [--case-settings <file>] [--json]`: the category of
 * an enforcement case at a date (default: today in Vietnam), with its legal
 * ground and citation, thời hiệu (per instalment for periodic obligations),
 * the check of its time limits and of its case-level duties (creditor
 * notice, verification after new information, posting at the commune,
 * Điều 37 grounds, unknown address as hoãn), and the findings they give.
 * Assumed rules are marked as such, with the setting that changes them;
 * `--case-settings FILE` sets those values (docs/case-settings.schema.json;
 * a file that does not decode → exit 2 naming its pointers). A case that
 * does not decode → exit 1 and every problem with its path.
 *
 * @since 0.1.0
 */
import { Case, CaseCheck, CaseDuties, CaseSettings, CaseTimeLimits, CivilDate, Classify, RuleSet } from "@thads/core"
import { problemLines, readDocument, readText } from "../Files.js"
import { parseDate } from "../Input.js"
import * as Output from "../Output.js"
import { readRuleSet } from "./directive.js"
import { citationJson, citationText, dateText } from "./Render.js"

/**
 * Reads a case settings file (`CaseSettings.decodeJson`: the settings of the
 * case and ledger rules the law read does not give, docs/cases.md); a file
 * that does not decode is a usage error (exit 2) listing its first problems
 * with their pointers, on one line. Without a file: the defaults.
 *
 * @example
 * ```ts
 * import { writeFileSync } from "node:fs"
 * import { join } from "node:path"
 * readCaseSettings(fromRoot("examples/case-settings.json")).ageEdgesMonths // [3, 9, 24]
 * readCaseSettings(undefined).classify.limitationYears // 5
 * const bad = join(tempDir(), "case-settings.json")
 * writeFileSync(bad, '{ "limitationYears": 0, "postingMonth": 3 }')
 * readCaseSettings(bad) // UsageError: the case settings file "…/case-settings.json" does not decode: /postingMonth: unexpected field…
 * ```
 * @since 0.4.0
 */
export const readCaseSettings = (file: string | undefined): CaseSettings.Decoded => {
  if (file === undefined) return CaseSettings.defaults
  return readDocument(
    file,
    { vi: "tệp thiết lập việc thi hành án", en: "the case settings file" },
    CaseSettings.decodeJson
  )
}

/**
 * Runs `thads case classify`.
 *
 * @example
 * ```ts
 * const out = caseClassify({ file: fromRoot("examples/case.json"), at: "2024-12-31", json: true, lang: "vi" })
 * JSON.parse(out.stdout).classification // { category: "separate-book", since: "2023-01-14" }
 * ```
 * @since 0.1.0
 */
export const caseClassify = (input: {
  readonly file: string
  readonly at?: string | undefined
  /** Today in Vietnam (from the caller's clock): the default of --at. */
  readonly today?: CivilDate.CivilDate
  /** A case settings file (`--case-settings`, docs/case-settings.schema.json); default: the defaults. */
  readonly caseSettings?: string | undefined
  /** A rule-set file (`RuleSetDocument`): the working calendar the time limits are counted on. */
  readonly rules?: string | undefined
  readonly json: boolean
  readonly lang: Output.Lang
}): Output.Output => {
  const { lang } = input
  const at =
    input.at === undefined ? (input.today ?? CivilDate.todayInVietnam(Date.now())) : parseDate(input.at, "--at")
  const settings = readCaseSettings(input.caseSettings)
  const calendar = RuleSet.calendarOf(readRuleSet(input.rules))
  const decoded = Case.decodeJson(readText(input.file))
  if (decoded._tag === "Failure") {
    return input.json
      ? { ...Output.json({ valid: false, file: input.file, problems: decoded.problems }), exitCode: 1 }
      : {
          ...Output.text(problemLines(input.file, { vi: "việc thi hành án", en: "case" }, decoded.problems, lang)),
          exitCode: 1
        }
  }
  const c = decoded.case
  const classify = { ...settings.classify, calendar }
  const r = Classify.classify(c, at, classify)
  const steps = CaseTimeLimits.check(c, at, classify)
  const duties = CaseDuties.check(c, at, settings.duties)
  const findings = CaseCheck.findings(c, at, classify, settings.duties)
  if (input.json) {
    return Output.json({
      valid: true,
      id: c.id,
      at,
      classification: {
        ...r,
        citation: citationJson(r.citation),
        ...(r.nextVerificationDue
          ? {
              nextVerificationDue: { ...r.nextVerificationDue, citation: citationJson(r.nextVerificationDue.citation) }
            }
          : {}),
        ...(r.separateBookDue
          ? { separateBookDue: { ...r.separateBookDue, citation: citationJson(r.separateBookDue.citation) } }
          : {}),
        ...(r.limitation ? { limitation: { ...r.limitation, citation: citationJson(r.limitation.citation) } } : {})
      },
      timeLimits: steps.map((s) => ({ ...s, citation: citationJson(s.citation) })),
      duties: duties.map((x) => ({ ...x, citation: citationJson(x.citation) })),
      findings: findings.map((f) => ({ ...f, citation: citationJson(f.citation) }))
    })
  }
  const assumed = Output.t(lang, " [giả định]", " [assumed]")
  /** " [giả định]", with the setting that changes it when there is one. */
  const assumedText = (setting: { readonly key: string; readonly value: unknown } | undefined) =>
    setting === undefined
      ? assumed
      : Output.t(
          lang,
          ` [giả định: thiết lập ${setting.key} = ${String(setting.value)}]`,
          ` [assumed: setting ${setting.key} = ${String(setting.value)}]`
        )
  const lines = [
    Output.t(
      lang,
      `Việc ${c.id} tại ngày ${dateText(at, lang)}: ${r.label.vi}`,
      `Case ${c.id} on ${dateText(at, lang)}: ${r.label.en}`
    ) + (r.setting === undefined ? "" : assumedText(r.setting)),
    `  ${Output.t(lang, "căn cứ", "source")}: ${citationText(r.citation, lang)}${r.citation.note ? ` (${r.citation.note[lang]})` : ""}`
  ]
  if (r.ground !== undefined)
    lines.push(`  ${Output.t(lang, "căn cứ phân loại", "ground")}: ${Classify.groundText(r.ground)}`)
  if (r.since !== undefined) lines.push(`  ${Output.t(lang, "từ ngày", "since")}: ${dateText(r.since, lang)}`)
  if (r.decisionPending === true)
    lines.push(
      `  ${Output.t(lang, "chưa có quyết định tương ứng (theo kết quả xác minh)", "no matching decision yet (from the verification)")}`
    )
  if (r.nextVerificationDue)
    lines.push(
      `  ${Output.t(lang, "xác minh lại trước", "re-verify by")}: ${dateText(r.nextVerificationDue.date, lang)} (${citationText(r.nextVerificationDue.citation, lang)})`
    )
  if (r.separateBookDue) {
    const rests = r.separateBookDue.setting === undefined ? "" : assumedText(r.separateBookDue.setting)
    const what =
      r.separateBookDue.outcome === "returned"
        ? Output.t(lang, "gửi lại yêu cầu thi hành án", "send the request back")
        : Output.t(lang, "chuyển sổ theo dõi riêng", "move to the separate book")
    lines.push(
      `  ${what}: ${dateText(r.separateBookDue.date, lang)} (${citationText(r.separateBookDue.citation, lang)})${rests}`
    )
  }
  if (r.limitation) {
    const l = r.limitation
    const from = {
      "judgment-effective": Output.t(lang, "từ ngày bản án có hiệu lực", "from the judgment's effect"),
      "due-date": Output.t(lang, "từ ngày nghĩa vụ đến hạn", "from the obligation's due date"),
      instalments: Output.t(lang, "cho từng kỳ, từ ngày đến hạn", "per instalment, from its due date")
    }[l.start]
    const state =
      l.barredInstalments !== undefined && l.barredInstalments > 0 && !l.expired
        ? Output.t(
            lang,
            `còn (${l.barredInstalments}/${l.instalments!.length} kỳ đã hết thời hiệu)`,
            `within (${l.barredInstalments}/${l.instalments!.length} instalments time-barred)`
          )
        : l.expired
          ? Output.t(lang, "đã hết", "expired")
          : Output.t(lang, "còn", "within")
    lines.push(
      `  ${Output.t(lang, "thời hiệu yêu cầu", "limitation")} (${l.years} ${Output.t(lang, "năm", "years")}, ${from}): ${dateText(l.expires, lang)} → ${state} (${citationText(l.citation, lang)})${l.basis === "assumed" ? assumedText(l.setting) : ""}`
    )
  }
  if (steps.length > 0) {
    lines.push("", Output.t(lang, "Thời hạn:", "Time limits:"))
    const mark = { met: "✓", late: "!", overdue: "✗", "not-yet-due": "·", lapsed: "–" } as const
    for (const s of steps)
      lines.push(
        `  ${mark[s.status]} ${s.message[lang]} — ${citationText(s.citation, lang)}${s.basis === "assumed" ? assumedText(s.setting) : ""}`
      )
  }
  if (duties.length > 0) {
    lines.push("", Output.t(lang, "Nghĩa vụ theo từng việc:", "Case-level duties:"))
    const mark = { met: "✓", breached: "✗", "in-progress": "·" } as const
    for (const x of duties)
      lines.push(
        `  ${mark[x.status]} ${x.message[lang]} — ${citationText(x.citation, lang)}${x.basis === "assumed" ? assumedText(x.setting) : ""}`
      )
  }
  if (findings.length > 0) {
    lines.push("", Output.t(lang, "Phát hiện:", "Findings:"))
    for (const f of findings) lines.push(`  ${f.severity} ${f.code}: ${f.message[lang]}`)
  }
  return Output.text(lines)
}
