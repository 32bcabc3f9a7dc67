/**
 * `thads check <file|dir…> [--format text|json | --json] [--context <dir>]
 * [--organization <id>] [--units F] [--rules F] [--as-of D]`: reads the
 * reports (.json, .xlsx), the context directory, the area offices (Phòng
 * THADS khu vực) of `--units` or of the context's units.json and the rule
 * set of `--rules`, and hands them to core's `Pipeline`, which checks
 * and renders. Text: grouped by report and severity with citations. JSON:
 * exactly one document — the result object of a single report file, or
 * `{ reports: [...], summary }` for a directory or several files. Exit 0 when
 * no error finding, 1 when any, 2 for usage errors or unreadable input.
 * `thads findings`: the catalogue of finding codes (docs/findings.md), with
 * the codes that can rest on an assumption.
 *
 * @since 0.1.0
 */
import { basename } from "node:path"
import {
  type AreaOffices,
  CivilDate,
  FindingCatalogue,
  type ObligationSettings,
  type Organization,
  Pipeline,
  type Report,
  Rules
} from "@thads/core"
import * as Files from "../Files.js"
import { readAreaOffices, readObligationSettings, readRuleSet, readSubmissions } from "./directive.js"
import { parseDate } from "../Input.js"
import * as Output from "../Output.js"
import * as Sources from "../Sources.js"

/**
 * The organisation `thads` checks against unless told otherwise: Tây Ninh
 * (Chỉ thị 09-CT/TU is Tây Ninh's), before and after the merger of 1/7/2025.
 *
 * @example
 * ```ts
 * defaultOrganization // "tay-ninh"
 * ```
 * @since 0.2.0
 */
export const defaultOrganization = "tay-ninh"

/**
 * The reports of a context directory (the unit's earlier reports, its units'
 * reports), its optional submissions.json, its optional units.json (the
 * area offices the organisation is extended with: `AreaOffices`) and its
 * optional obligations.json (the obligation settings the submissions are
 * tracked with) — each decoded here, once, with every problem at its
 * pointer: the area offices against the organisation (default Tây Ninh),
 * the settings against the organisation extended with the area offices (of
 * units.json, or `areaOffices` when the caller read them elsewhere:
 * `--units`) — as the pipeline's context.
 *
 * @example
 * ```ts
 * import { copyFileSync } from "node:fs"
 * import { basename, join } from "node:path"
 * const dir = tempDir()
 * copyFileSync(fromRoot("examples/report-consistent.json"), join(dir, "cuc-tay-ninh-2023.json"))
 * copyFileSync(fromRoot("examples/report-malformed.json"), join(dir, "malformed.json"))
 * copyFileSync(fromRoot("examples/submissions-2022.json"), join(dir, "submissions.json"))
 * const context = loadContext(dir)
 * context.reports.length // 1
 * context.submissions.length // 202
 * context.skipped.map((file) => basename(file)) // ["malformed.json"]: not a report
 * context.obligationSettings // undefined: no obligations.json
 * copyFileSync(fromRoot("examples/obligations.json"), join(dir, "obligations.json"))
 * loadContext(dir).obligationSettings?.settings.quarters // "calendar"
 * copyFileSync(fromRoot("examples/units.json"), join(dir, "units.json"))
 * loadContext(dir).areaOffices?.units.length // 2
 * ```
 * @since 0.1.0
 */
export const loadContext = (
  dir: string,
  organization?: Organization.Organization,
  areaOffices?: AreaOffices.Decoded
): {
  readonly reports: ReadonlyArray<Report.Report>
  readonly submissions: ReadonlyArray<Pipeline.Submission>
  readonly obligationSettings?: ObligationSettings.Decoded
  readonly areaOffices?: AreaOffices.Decoded
  readonly skipped: ReadonlyArray<string>
} => {
  const unreadable: Array<{ readonly vi: string; readonly en: string }> = []
  const files = Files.listFiles([dir], /\.json$/i, unreadable)
  if (unreadable.length > 0)
    throw new Output.UsageError({
      vi: `thư mục ngữ cảnh: ${unreadable.map((u) => u.vi).join("; ")}`,
      en: `context directory: ${unreadable.map((u) => u.en).join("; ")}`
    })
  const texts: Array<{ readonly file: string; readonly text: string }> = []
  let submissions: ReadonlyArray<Pipeline.Submission> = []
  let settingsFile: string | undefined
  let units = areaOffices
  for (const file of files) {
    if (file.endsWith("submissions.json")) {
      // Every problem at its pointer: real dates, repeated keys, known kinds (see directive.ts).
      submissions = readSubmissions(file)
      continue
    }
    if (basename(file) === "obligations.json") {
      settingsFile = file
      continue
    }
    if (basename(file) === "units.json") {
      if (areaOffices !== undefined)
        throw new Output.UsageError({
          vi: `--units và "${file}" trong thư mục ngữ cảnh: chỉ dùng một`,
          en: `--units and "${file}" in the context directory: give one of them`
        })
      units = readAreaOffices(file, organization)
      continue
    }
    texts.push({ file, text: Files.readText(file) })
  }
  // The settings after the area offices: they may name them.
  const withUnits = units?.organization ?? organization
  const obligationSettings = settingsFile === undefined ? undefined : readObligationSettings(settingsFile, withUnits)
  const { reports, skipped } = Pipeline.decodeReports(texts)
  return {
    reports,
    submissions,
    ...(obligationSettings === undefined ? {} : { obligationSettings }),
    ...(units === undefined || units === areaOffices ? {} : { areaOffices: units }),
    skipped: skipped.map((s) => s.file)
  }
}

/**
 * Runs `thads check`.
 *
 * @example
 * ```ts
 * import { copyFileSync } from "node:fs"
 * import { join } from "node:path"
 * const dir = tempDir()
 * copyFileSync(fromRoot("examples/report-consistent.json"), join(dir, "a.json"))
 * copyFileSync(fromRoot("examples/report-late.json"), join(dir, "b.json"))
 * const out = await check({ paths: [dir], format: "json", lang: "en", today: CivilDate.make("2022-10-31") })
 * out.exitCode // 1: b.json has an error finding
 * JSON.parse(out.stdout).summary // { reports: 2, valid: 1, invalid: 1 }
 * await check({ paths: [fromRoot("examples")], format: "text", lang: "en" }) // UsageError: …/examples/ledger-sample.csv: a text (CSV) file is not a workbook: …
 * ```
 * @since 0.1.0
 */
export const check = async (input: {
  readonly paths: ReadonlyArray<string>
  readonly format: "text" | "json"
  readonly json?: boolean
  readonly context?: string | undefined
  readonly organization?: string | undefined
  /** An area offices file (`AreaOffices`): the organisation's Phòng THADS khu vực. */
  readonly units?: string | undefined
  /** A rule-set file (`RuleSetDocument`): the settings the reports are checked with (default: the standard rule set). */
  readonly rules?: string | undefined
  readonly asOf?: string | undefined
  /** Today in Vietnam (from the caller's clock): the default of --as-of. */
  readonly today?: CivilDate.CivilDate
  readonly lang: Output.Lang
  readonly progress?: (done: number, total: number) => void
  /** Where to stream the output as it is made (the returned `stdout` is then empty). */
  readonly write?: (s: string) => void
}): Promise<Output.Output> => {
  if (input.paths.length === 0)
    throw new Output.UsageError({
      vi: "cần ít nhất một tệp hoặc thư mục báo cáo",
      en: "give at least one report file or directory"
    })
  const organization = input.organization ?? defaultOrganization
  if (!(organization in Pipeline.organizations) && organization !== "none")
    throw new Output.UsageError({
      vi: `--organization không hợp lệ: "${organization}" (có: ${Object.keys(Pipeline.organizations).join(", ")}, none)`,
      en: `unknown --organization "${organization}" (known: ${Object.keys(Pipeline.organizations).join(", ")}, none)`
    })
  const unreadable: Array<{ readonly vi: string; readonly en: string }> = []
  const files = Sources.reportFiles(input.paths, unreadable)
  if (input.units !== undefined && organization === "none")
    throw new Output.UsageError({
      vi: "--units cần một tổ chức (không dùng với --organization none)",
      en: "--units needs an organisation (not with --organization none)"
    })
  const ruleSet = input.rules === undefined ? undefined : readRuleSet(input.rules)
  const base = organization === "none" ? undefined : Pipeline.organizations[organization]
  const flagged = input.units === undefined ? undefined : readAreaOffices(input.units, base)
  const ctx = input.context === undefined ? undefined : loadContext(input.context, base, flagged)
  const areaOffices = flagged ?? ctx?.areaOffices
  if (areaOffices !== undefined && base === undefined)
    throw new Output.UsageError({
      vi: "units.json trong thư mục ngữ cảnh cần một tổ chức (không dùng với --organization none)",
      en: "units.json in the context directory needs an organisation (not with --organization none)"
    })
  const asOf =
    input.asOf !== undefined ? parseDate(input.asOf, "--as-of") : (input.today ?? CivilDate.todayInVietnam(Date.now()))
  const data: Pipeline.ContextData = {
    ...(organization === "none" ? {} : { organization }),
    asOf,
    ...(ctx === undefined ? {} : { reports: ctx.reports, submissions: ctx.submissions }),
    ...(ctx?.obligationSettings === undefined ? {} : { obligationSettings: ctx.obligationSettings }),
    ...(areaOffices === undefined ? {} : { areaOffices }),
    ...(ruleSet === undefined ? {} : { ruleSet })
  }
  // Every file is read before anything is printed: an unreadable one ends the command with nothing on stdout.
  const sources: Array<Pipeline.Source> = []
  for (const file of files) {
    try {
      sources.push(await Sources.read(file))
    } catch (e) {
      if (!(e instanceof Output.UsageError)) throw e
      unreadable.push(e.text)
    }
  }
  if (unreadable.length > 0)
    throw new Output.UsageError({
      vi: unreadable.map((u) => u.vi).join("; "),
      en: unreadable.map((u) => u.en).join("; ")
    })
  // Checked and written one report at a time (a batch's output can be tens of megabytes): to `write` when the
  // caller streams, else collected into `stdout`.
  const parts: Array<string> = []
  const totals = Pipeline.checkStream(sources, data, {
    format: input.format === "json" || input.json === true ? "json" : "text",
    lang: input.lang,
    // One report file named on its own: its result object, indented for people.
    single: input.paths.length === 1 && files.length === 1 && files[0] === input.paths[0],
    write: input.write ?? ((s) => parts.push(s)),
    ...(input.progress === undefined ? {} : { progress: input.progress })
  })
  const exitCode = totals.invalid > 0 ? 1 : 0
  return input.write === undefined ? { stdout: parts.join(""), exitCode } : { stdout: "", exitCode, streamed: true }
}

/**
 * Runs `thads findings`: the catalogue as Markdown (docs/findings.md), or
 * with `--json` as one object `{ codes: [...], rules: [...] }`.
 *
 * @example
 * ```ts
 * findings({ json: false }).stdout.startsWith("# Finding codes") // true
 * ```
 * @since 0.1.0
 */
export const findings = (input: { readonly json?: boolean } = {}): Output.Output => {
  if (input.json !== true) return { stdout: `${Rules.findingsMarkdown()}\n`, exitCode: 0 }
  const assumed = Rules.assumedCodes()
  return Output.json({
    codes: FindingCatalogue.entries.map((e) => ({
      ...e,
      mayBeAssumed: assumed.has(e.code),
      ...(assumed.has(e.code) ? { assumedBecause: assumed.get(e.code) } : {})
    })),
    rules: Rules.describe()
  })
}
