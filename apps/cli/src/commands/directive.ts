/**
 * `thads directive [--coverage]`: Chỉ thị 09-CT/TU as data — actors,
 * provisions, who does what, the documents invoked, and the coverage map;
 * `thads obligations --from D --to D [--unit U] [--submissions F] [--as-of D]
 * [--settings F] [--units F] [--rules F]`: the dated obligations and their
 * status (with the obligation settings of a file: quarters, due rules, §8.1
 * reviews, ad-hoc requests; the organisation extended with the area offices
 * of a file; and the deadlines and working calendar of a rule-set file).
 *
 * @since 0.1.0
 */
import {
  AreaOffices,
  Checks09,
  type Citation,
  CivilDate,
  Coverage,
  Directive,
  Directive09,
  Documents,
  Obligation,
  ObligationSettings,
  Organization,
  RuleSet,
  RuleSetDocument,
  Terms
} from "@thads/core"
import { Json } from "@thads/core/internal"
import { readDocument, readText } from "../Files.js"
import { parseDate } from "../Input.js"
import * as Output from "../Output.js"
import { citationJson, citationText, dateText } from "./Render.js"

/**
 * Runs `thads directive`.
 *
 * @example
 * ```ts
 * const d = JSON.parse(directive({ coverage: true, json: true, lang: "vi" }).stdout)
 * d.document // { id: "ct-09-ct-tu-2021", number: "09-CT/TU", issued: "2021-08-25" }
 * d.actors[0].id // "A01"
 * ```
 * @since 0.1.0
 */
export const directive = (input: {
  readonly coverage: boolean
  readonly json: boolean
  readonly lang: Output.Lang
}): Output.Output => {
  const d = Directive09.directive
  const doc = Documents.get(d.document)
  const coverage = Coverage.compute(d, Checks09.all)
  if (input.json) {
    return Output.json({
      document: { id: doc.id, number: doc.number, title: doc.title, issuer: doc.issuer, issued: doc.issued },
      source: d.source,
      invokes: d.invokes,
      actors: d.actors,
      provisions: d.provisions.map((p) => ({ ...p, citation: citationJson(p.citation) })),
      cadences: d.cadences,
      ...(input.coverage ? { coverage, summary: Coverage.summary(coverage), scope: Coverage.scope(d) } : {})
    })
  }
  const { lang } = input
  const lines = [
    `${doc.shortName[lang]} (${CivilDate.formatVi(doc.issued!)}) — ${doc.title[lang]}`,
    `${Output.t(lang, "Cơ quan ban hành", "Issued by")}: ${doc.issuer[lang]}`,
    `${Output.t(lang, "Nguồn mã hóa", "Encoded from")}: ${d.source.description[lang]}`,
    ...(d.invokes.length > 0
      ? [
          `${Output.t(lang, "Văn bản được nêu (phần mở đầu)", "Documents named (preamble)")}: ${d.invokes.map((id) => Documents.get(id).shortName[lang]).join("; ")}`
        ]
      : []),
    "",
    Output.t(lang, "Chủ thể:", "Actors:"),
    ...d.actors.map((a) => `  ${a.id}  ${a.name[lang]} — ${a.kind[lang]}`),
    "",
    Output.t(lang, "Nội dung chỉ đạo (ai làm gì):", "Provisions (who does what):")
  ]
  for (const p of d.provisions) {
    const who = p.actors.map((a) => Directive.actor(d, a).name[lang]).join("; ")
    lines.push(`  §${p.id}  [${p.actors.join(", ")}] ${who}`)
    lines.push(`        ${p.text[lang]}`)
    if (p.invokes.length > 0) {
      lines.push(
        `        ${Output.t(lang, "văn bản được nêu", "invokes")}: ${p.invokes.map((id) => Documents.get(id).shortName[lang]).join("; ")}`
      )
    }
    if (p.related.length > 0) {
      lines.push(
        `        ${Output.t(lang, "văn bản liên quan (giả định, không được nêu)", "related (assumed, not named)")}: ${p.related.map((r) => Documents.get(r.document).shortName[lang]).join("; ")}`
      )
    }
    if (input.coverage) {
      const c = coverage.find((e) => e.provision === p.id)!
      const mark = (b: boolean) => (b ? "✓" : "·")
      lines.push(
        `        ${Output.t(lang, "mã hóa", "encoded")} ${mark(c.encoded)}  ${Output.t(lang, "đo được", "measurable")} ${mark(c.measurable)}  ${Output.t(lang, "có kiểm thử", "tested")} ${mark(c.tested)}${c.checks.length > 0 ? `  (${c.checks.join(", ")})` : ""}`
      )
    }
  }
  if (input.coverage) {
    const s = Coverage.summary(coverage)
    lines.push("")
    lines.push(
      Output.t(
        lang,
        `Độ phủ: ${s.encoded}/${s.provisions} nội dung đã mã hóa, ${s.measurable} đo được bằng số liệu, ${s.tested} có kiểm thử đạt`,
        `Coverage: ${s.encoded}/${s.provisions} provisions encoded, ${s.measurable} measurable, ${s.tested} tested`
      )
    )
    lines.push(Coverage.scope(d).text[lang])
  }
  return Output.text(lines)
}

/**
 * The status of an obligation (or of an inter-agency step) in words.
 *
 * @example
 * ```ts
 * statusText({ status: { _tag: "not-yet-due" } }, "en") // "not yet due"
 * ```
 * @since 0.2.0
 */
export const statusText = (t: { readonly status: Obligation.Status }, lang: Output.Lang): string => {
  const s = t.status
  switch (s._tag) {
    case "met":
      return Output.t(lang, `đã thực hiện (${CivilDate.formatVi(s.submittedOn)})`, `met (${s.submittedOn})`)
    case "met-late":
      return Output.t(
        lang,
        `thực hiện trễ ${s.workingDaysLate} ngày làm việc (${CivilDate.formatVi(s.submittedOn)})`,
        `met late by ${s.workingDaysLate} working day(s) (${s.submittedOn})`
      )
    case "missing":
      return Output.t(
        lang,
        `chưa thực hiện, quá hạn ${s.workingDaysOverdue} ngày làm việc`,
        `missing, ${s.workingDaysOverdue} working day(s) overdue`
      )
    case "not-yet-due":
      return Output.t(lang, "chưa đến hạn", "not yet due")
  }
}

const submissionKinds: ReadonlyArray<Obligation.Kind> = [
  "statistical-report",
  "hearing",
  "steering-report",
  "review",
  "ad-hoc"
]

/**
 * Decodes submissions — `{ "submissions": [...] }` or a plain array of
 * `{ obligationId | kind + owner + periodEnd, submittedOn }` — collecting
 * every problem at its JSON Pointer: dates are real calendar dates
 * (`submittedOn`, `periodEnd`), ids and owners non-empty strings, kinds known,
 * no other field.
 *
 * @example
 * ```ts
 * decodeSubmissions({ submissions: [{ obligationId: "x", submittedOn: "2023-02-30" }] })
 * // { _tag: "Failure", problems: [{ path: "/submissions/0/submittedOn", code: "bad-date" }] }
 * decodeSubmissions([{ obligationId: "x", submittedOn: "2024-02-29" }]) // { _tag: "Success", submissions: [{ obligationId: "x", submittedOn: "2024-02-29" }] }
 * ```
 * @since 0.1.0
 */
export const decodeSubmissions = (
  u: unknown
):
  | { readonly _tag: "Success"; readonly submissions: ReadonlyArray<Obligation.Submission> }
  | { readonly _tag: "Failure"; readonly problems: ReadonlyArray<Json.Problem> } => {
  const problems: Array<Json.Problem> = []
  const add = (path: string, code: string, vi: string, en: string) => problems.push({ path, code, message: { vi, en } })
  const isObject = (x: unknown): x is Record<string, unknown> =>
    typeof x === "object" && x !== null && !Array.isArray(x)
  let base = ""
  let list: unknown = u
  if (isObject(u)) {
    base = "/submissions"
    list = u["submissions"]
    for (const k in u)
      if (k !== "submissions" && k !== "description")
        add(`/${Json.escape(k)}`, "unexpected-key", `trường "${k}" không có trong mẫu`, `unexpected field "${k}"`)
  }
  if (!Array.isArray(list)) {
    add(base, "wrong-type", `cần một mảng "submissions"`, `expected a "submissions" array`)
    return { _tag: "Failure", problems }
  }
  const out: Array<Obligation.Submission> = []
  for (let i = 0; i < list.length; i++) {
    const path = `${base}/${i}`
    const o: unknown = list[i]
    if (!isObject(o)) {
      add(path, "wrong-type", "phải là một đối tượng", "must be an object")
      continue
    }
    const before = problems.length
    for (const k in o) {
      if (!["obligationId", "kind", "owner", "periodEnd", "submittedOn"].includes(k))
        add(
          `${path}/${Json.escape(k)}`,
          "unexpected-key",
          `trường "${k}" không có trong mẫu`,
          `unexpected field "${k}"`
        )
    }
    const date = (key: "submittedOn" | "periodEnd", required: boolean): CivilDate.CivilDate | undefined => {
      const v = o[key]
      if (v === undefined) {
        if (required) add(`${path}/${key}`, "missing", `thiếu trường "${key}"`, `missing field "${key}"`)
        return undefined
      }
      const d = typeof v === "string" ? CivilDate.parse(v) : undefined
      if (d === undefined || d instanceof CivilDate.InvalidDateError) {
        const why = d instanceof CivilDate.InvalidDateError ? d : undefined
        add(
          `${path}/${key}`,
          "bad-date",
          `phải là ngày có thật dạng YYYY-MM-DD${why === undefined ? "" : `: ${why.reasonVi}`}`,
          `must be a real YYYY-MM-DD date${why === undefined ? "" : `: ${why.reason}`}`
        )
        return undefined
      }
      return d
    }
    const submittedOn = date("submittedOn", true)
    const periodEnd = date("periodEnd", false)
    for (const key of ["obligationId", "owner"] as const) {
      const v = o[key]
      if (v !== undefined && (typeof v !== "string" || v === ""))
        add(`${path}/${key}`, "wrong-type", "phải là chuỗi không rỗng", "must be a non-empty string")
    }
    if (o["kind"] !== undefined && !submissionKinds.includes(o["kind"] as Obligation.Kind))
      add(
        `${path}/kind`,
        "not-allowed",
        `phải là một trong ${submissionKinds.join(", ")}`,
        `must be one of ${submissionKinds.join(", ")}`
      )
    if (
      o["obligationId"] === undefined &&
      (o["kind"] === undefined || o["owner"] === undefined || periodEnd === undefined)
    )
      add(
        path,
        "missing",
        "cần obligationId, hoặc kind + owner + periodEnd",
        "needs obligationId, or kind + owner + periodEnd"
      )
    if (problems.length === before && submittedOn !== undefined)
      out.push({
        ...(o as object),
        submittedOn,
        ...(periodEnd === undefined ? {} : { periodEnd })
      } as Obligation.Submission)
  }
  return problems.length === 0 ? { _tag: "Success", submissions: out } : { _tag: "Failure", problems }
}

/**
 * Reads a submissions file ({@link decodeSubmissions}); a file that does
 * not decode is a usage error listing its first problems with their
 * pointers, on one line.
 *
 * @example
 * ```ts
 * readSubmissions(fromRoot("examples/submissions-2022.json"))[0]
 * // { obligationId: "statistical-report/chi-cuc-ben-cau/2021-10-31", submittedOn: "2021-11-02" }
 * ```
 * @since 0.1.0
 */
export const readSubmissions = (file: string): ReadonlyArray<Obligation.Submission> => {
  const parsed = Json.parse(readText(file))
  const r =
    parsed._tag === "NotJson"
      ? { _tag: "Failure" as const, problems: parsed.problems }
      : decodeSubmissions(parsed.value)
  if (r._tag === "Success") return r.submissions
  const shown = r.problems.slice(0, 3)
  const more = r.problems.length - shown.length
  const list = (lang: "vi" | "en") =>
    shown.map((p) => `${p.path === "" ? "/" : p.path}: ${p.message[lang]}`).join("; ") +
    (more > 0 ? (lang === "vi" ? ` (và ${more} lỗi khác)` : ` (and ${more} more)`) : "")
  throw new Output.UsageError({
    vi: `tệp nộp báo cáo "${file}" không hợp lệ: ${list("vi")}`,
    en: `the submissions file "${file}" does not decode: ${list("en")}`
  })
}

/**
 * Reads an obligation settings file (`ObligationSettings.decodeJson`: the
 * settings merged over the defaults, and the document in force); a file
 * that does not decode is a usage error listing its first problems with
 * their pointers, on one line.
 *
 * @example
 * ```ts
 * import { writeFileSync } from "node:fs"
 * import { join } from "node:path"
 * readObligationSettings(fromRoot("examples/obligations.json")).settings.reviews[0]?.id // "so-ket-2-nam"
 * const bad = join(tempDir(), "obligations.json")
 * writeFileSync(bad, '{ "quarters": "lunar" }')
 * readObligationSettings(bad) // UsageError: the obligation settings file "…/obligations.json" does not decode: /quarters: must be "statistical" or "calendar"
 * ```
 * @since 0.3.0
 */
export const readObligationSettings = (
  file: string,
  organization?: Organization.Organization
): ObligationSettings.Decoded =>
  readDocument(file, { vi: "tệp thiết lập nghĩa vụ", en: "the obligation settings file" }, (text) =>
    ObligationSettings.decodeJson(text, organization === undefined ? {} : { organization })
  )

/**
 * Reads an area offices file (`AreaOffices.decodeJson`: the Phòng THADS khu
 * vực of a province, against the organisation they extend, default Tây
 * Ninh); a file that does not decode is a usage error listing its first
 * problems with their pointers, on one line.
 *
 * @example
 * ```ts
 * import { writeFileSync } from "node:fs"
 * import { join } from "node:path"
 * readAreaOffices(fromRoot("examples/units.json")).units[0]?.id // "phong-thads-khu-vuc-1"
 * const bad = join(tempDir(), "units.json")
 * writeFileSync(bad, '{ "units": [{ "id": "kv-1", "name": "Phòng 1", "parentId": "cuc-tay-ninh" }] }')
 * readAreaOffices(bad) // UsageError: the area offices file "…/units.json" does not decode: /units/0/parentId: an area office belongs to…
 * ```
 * @since 0.4.0
 */
export const readAreaOffices = (
  file: string,
  organization: Organization.Organization = Organization.tayNinh
): AreaOffices.Decoded =>
  readDocument(file, { vi: "tệp Phòng THADS khu vực", en: "the area offices file" }, (text) =>
    AreaOffices.decodeJson(text, { organization })
  )

/**
 * Reads a rule-set file (`RuleSetDocument.decodeJson`: the standard rule set
 * with what the file sets — `regimeEnd`, `rollForward`, `cultureDay`,
 * holiday overrides, deadline rules, targets, rules switched off); a file
 * that does not decode is a usage error listing its first problems with
 * their pointers, on one line. No file: the standard rule set.
 *
 * @example
 * ```ts
 * import { writeFileSync } from "node:fs"
 * import { join } from "node:path"
 * readRuleSet(fromRoot("examples/rules.json")).regimeEnd // { "tt05-2024": "2026-06-30" }
 * readRuleSet(undefined) === RuleSet.standard // true
 * const bad = join(tempDir(), "rules.json")
 * writeFileSync(bad, '{ "cultureDay": "yes", "regimeEnd": { "tt05-2024": "2026-02-30" } }')
 * readRuleSet(bad) // UsageError: the rule set file "…/rules.json" does not decode: /regimeEnd/tt05-2024: must be a real YYYY-MM-DD date: day 30 is outside 1–28 for 02/2026; /cultureDay: must be true or false
 * ```
 * @since 0.5.0
 */
export const readRuleSet = (file: string | undefined): RuleSet.RuleSet => {
  if (file === undefined) return RuleSet.standard
  return readDocument(file, { vi: "tệp bộ quy tắc", en: "the rule set file" }, RuleSetDocument.decodeJson).ruleSet
}

/**
 * An obligation as {@link obligationLines} shows it: one generated locally
 * (`Obligation.Obligation`, with a status when submissions were given), or
 * one of the service's `GET /v1/obligations` (always with a status, and the
 * fulfilment record that met it, if any).
 *
 * @example
 * ```ts
 * const [o] = Obligation.generate({ from: CivilDate.make("2022-01-01"), to: CivilDate.make("2022-01-31"), owner: "cuc-tay-ninh" })
 * const row: ObligationRow = { ...o!, status: { _tag: "not-yet-due" } }
 * ```
 * @since 0.2.0
 */
export interface ObligationRow {
  readonly id: string
  readonly kind: string
  readonly owner: { readonly name: Terms.Term }
  readonly recipient: { readonly name: Terms.Term }
  readonly period: { readonly label: Terms.Term }
  readonly due: CivilDate.CivilDate
  readonly basis: "official" | "assumed"
  readonly citation: Citation.Citation
  readonly status?: Obligation.Status
  readonly fulfilment?: {
    readonly id: string
    readonly fulfilledOn: string
    readonly document?: { readonly number?: string; readonly title?: string }
  }
}

/**
 * The text of `thads obligations` (văn bản danh sách nghĩa vụ): a heading,
 * two lines per obligation (due date, owner → recipient, kind, period,
 * status; the citation, after the id if asked; the fulfilment record when
 * there is one) and, when
 * the obligations have a status, the totals. Used for the local obligations
 * and for the service's (`--server`).
 *
 * @example
 * ```ts
 * const from = CivilDate.make("2022-01-01")
 * const to = CivilDate.make("2022-01-31")
 * const items = Obligation.generate({ from, to, owner: "cuc-tay-ninh" }).map((o) => ({ ...o, status: { _tag: "not-yet-due" } as const }))
 * const text = obligationLines({ from, to, items, tracked: true }, "en")
 * text[2] // "    Article 9(2), Circular 06/2019/TT-BTP"
 * text[0] // "1 obligations from 2022-01-01 to 2022-01-31:"
 * text.at(-1) // "Total: 0 met, 0 late, 0 missing, 1 not yet due"
 * obligationLines({ from, to, items, tracked: true, ids: true }, "en")[2] // "    statistical-report/cuc-tay-ninh/2022-01-31  Article 9(2), Circular 06/2019/TT-BTP"
 * obligationLines({ from, to, items, tracked: false }, "vi")[0] // "1 nghĩa vụ từ 01/01/2022 đến 31/01/2022:"
 * ```
 * @since 0.2.0
 */
export const obligationLines = (
  input: {
    readonly from: CivilDate.CivilDate
    readonly to: CivilDate.CivilDate
    readonly items: ReadonlyArray<ObligationRow>
    /** The obligations have a status: print the totals. */
    readonly tracked: boolean
    /** Print each obligation's id before its citation (the id `thads fulfil` takes). */
    readonly ids?: boolean
  },
  lang: Output.Lang
): Array<string> => {
  const { from, to, items } = input
  const lines = [
    Output.t(
      lang,
      `${items.length} nghĩa vụ từ ${CivilDate.formatVi(from)} đến ${CivilDate.formatVi(to)}:`,
      `${items.length} obligations from ${from} to ${to}:`
    )
  ]
  for (const o of items) {
    const status = o.status === undefined ? "" : ` — ${statusText({ status: o.status }, lang)}`
    const basis = o.basis === "assumed" ? Output.t(lang, " (hạn giả định)", " (assumed due date)") : ""
    const kind = (Terms.obligationKind as Partial<Record<string, Terms.Term>>)[o.kind]?.[lang] ?? o.kind
    lines.push(
      `${dateText(o.due, lang)}${basis}  ${o.owner.name[lang]} → ${o.recipient.name[lang]}: ${kind}, ${o.period.label[lang]}${status}`
    )
    lines.push(`    ${input.ids === true ? `${o.id}  ` : ""}${citationText(o.citation, lang)}`)
    const f = o.fulfilment
    if (f !== undefined) {
      const doc = [f.document?.number, f.document?.title].filter((x) => x !== undefined).join(" — ")
      lines.push(
        `    ${Output.t(lang, "bản ghi", "record")} ${f.id}${doc === "" ? "" : `, ${Output.t(lang, "văn bản", "document")} ${doc}`}`
      )
    }
  }
  if (input.tracked) {
    const count = (tag: string) => items.filter((t) => t.status?._tag === tag).length
    lines.push(
      Output.t(
        lang,
        `Tổng: ${count("met")} đúng hạn, ${count("met-late")} trễ hạn, ${count("missing")} chưa thực hiện, ${count("not-yet-due")} chưa đến hạn`,
        `Total: ${count("met")} met, ${count("met-late")} late, ${count("missing")} missing, ${count("not-yet-due")} not yet due`
      )
    )
  }
  return lines
}

/**
 * Runs `thads obligations`.
 *
 * @example
 * ```ts
 * const submissions = fromRoot("examples/submissions-2022.json")
 * const out = obligations({ from: "2021-10-01", to: "2022-09-30", submissions, asOf: "2022-10-31", json: true, lang: "vi" })
 * JSON.parse(out.stdout).obligations[0]
 * // { id: "statistical-report/chi-cuc-ben-cau/2021-10-31", due: "2021-11-02", status: { _tag: "met" } }
 * const settings = fromRoot("examples/obligations.json")
 * const reviews = obligations({ from: "2023-01-01", to: "2023-12-31", unit: "A14", settings, json: false, lang: "en" })
 * reviews.stdout.split("\n")[1] // "Friday 2023-08-25 (assumed due date)  Provincial Party Internal Affairs Commission → Provincial Party Standing Board: review of the directive, Two-year interim review of Directive 09-CT/TU"
 * const units = fromRoot("examples/units.json")
 * const area = obligations({ from: "2025-07-01", to: "2025-12-31", unit: "phong-thads-khu-vuc-1", units, json: true, lang: "en" })
 * JSON.parse(area.stdout).obligations.some((o) => o.id === "statistical-report/phong-thads-khu-vuc-1/2025-12-31") // true
 * ```
 * @since 0.1.0
 */
export const obligations = (input: {
  readonly from: string
  readonly to: string
  readonly unit?: string | undefined
  readonly submissions?: string | undefined
  readonly asOf?: string | undefined
  /** An obligation settings file (`ObligationSettings`; default: the defaults). */
  readonly settings?: string | undefined
  /** An area offices file (`AreaOffices`): the organisation's Phòng THADS khu vực. */
  readonly units?: string | undefined
  /** A rule-set file (`RuleSetDocument`): the deadlines and working calendar the due dates are computed with. */
  readonly rules?: string | undefined
  /** Today in Vietnam from the caller's clock (default: the system clock). */
  readonly today?: CivilDate.CivilDate
  readonly json: boolean
  readonly lang: Output.Lang
}): Output.Output => {
  const from = parseDate(input.from, "--from")
  const to = parseDate(input.to, "--to")
  if (to < from) throw new Output.UsageError({ vi: "--to phải sau --from", en: "--to must not be before --from" })
  const asOf =
    input.asOf === undefined ? (input.today ?? CivilDate.todayInVietnam(Date.now())) : parseDate(input.asOf, "--as-of")
  const ruleSet = readRuleSet(input.rules)
  // The area offices first: the settings may name them.
  const organization = input.units === undefined ? Organization.tayNinh : readAreaOffices(input.units).organization
  const settings =
    input.settings === undefined ? undefined : readObligationSettings(input.settings, organization).settings
  // The rule set's deadlines, regimeEnd, rollForward and calendar, as a check with it computes them.
  const { calendar = RuleSet.calendarOf(ruleSet), regimeEnd, rollForward } = RuleSet.deadlineSettings(ruleSet)
  const list = Obligation.generate({
    from,
    to,
    organization,
    ...(input.unit === undefined ? {} : { owner: input.unit }),
    settings: {
      ...settings,
      deadlines: ruleSet.deadlines,
      calendar,
      ...(regimeEnd === undefined ? {} : { regimeEnd }),
      ...(rollForward === undefined ? {} : { rollForward })
    }
  })
  if (input.unit !== undefined && list.length === 0) {
    throw new Output.UsageError({
      vi: `không có nghĩa vụ nào của "${input.unit}" trong khoảng này`,
      en: `no obligation of "${input.unit}" in this range`
    })
  }
  const tracked =
    input.submissions === undefined
      ? undefined
      : Obligation.track(list, readSubmissions(input.submissions), asOf, calendar)
  if (input.json) {
    return Output.json({
      from,
      to,
      asOf,
      obligations: list.map((o, i) => ({
        ...o,
        citation: citationJson(o.citation),
        ...(tracked === undefined ? {} : { status: tracked[i]!.status })
      }))
    })
  }
  return Output.text(
    obligationLines(
      {
        from,
        to,
        items: tracked === undefined ? list : list.map((o, i) => ({ ...o, status: tracked[i]!.status })),
        tracked: tracked !== undefined
      },
      input.lang
    )
  )
}
