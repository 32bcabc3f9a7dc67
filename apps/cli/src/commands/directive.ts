/**
 * `thads directive [--coverage]`: Chỉ thị 09-CT/TU as data — actors,
 * provisions, who does what, the documents invoked, and the coverage map;
 * `thads obligations --from D --to D [--unit U] [--submissions F] [--as-of D]`:
 * the dated obligations and their status.
 *
 * @since 0.1.0
 */
import { Checks09, CivilDate, Coverage, Directive, Directive09, Documents, Obligation, Terms } from "@thads/core"
import { readText } from "../Files.js"
import { parseDate } from "../Input.js"
import * as Output from "../Output.js"
import { citationJson, citationText, dateText } from "./Render.js"

/**
 * Runs `thads directive`.
 *
 * @example
 * ```ts
 * directive({ coverage: true, json: true, lang: "vi" })
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

/**
 * Reads a submissions file: `{ "submissions": [...] }` or a plain array of
 * `{ obligationId | kind + owner + periodEnd, submittedOn }`.
 *
 * @example
 * ```ts
 * readSubmissions("examples/submissions-2022.json")[0]
 * // { obligationId: "statistical-report/chi-cuc-ben-cau/2021-10-31", submittedOn: "2021-11-02" }
 * ```
 * @since 0.1.0
 */
export const readSubmissions = (file: string): ReadonlyArray<Obligation.Submission> => {
  let u: unknown
  try {
    u = JSON.parse(readText(file))
  } catch (e) {
    if (e instanceof Output.UsageError) throw e
    const why = e instanceof Error ? e.message : String(e)
    throw new Output.UsageError({
      vi: `không đọc được tệp nộp báo cáo "${file}": ${why}`,
      en: `cannot read the submissions file "${file}": ${why}`
    })
  }
  const list = Array.isArray(u) ? u : (u as { submissions?: unknown })?.submissions
  if (!Array.isArray(list)) {
    throw new Output.UsageError({
      vi: `${file}: cần một mảng "submissions"`,
      en: `${file}: expected a "submissions" array`
    })
  }
  return list.map((s, i) => {
    const o = s as Record<string, unknown>
    const on = typeof o?.["submittedOn"] === "string" ? CivilDate.parse(o["submittedOn"]) : undefined
    if (on === undefined || on instanceof CivilDate.InvalidDateError) {
      throw new Output.UsageError({
        vi: `${file}: /submissions/${i}/submittedOn phải là ngày YYYY-MM-DD`,
        en: `${file}: /submissions/${i}/submittedOn must be a YYYY-MM-DD date`
      })
    }
    return { ...(o as object), submittedOn: on } as Obligation.Submission
  })
}

/**
 * Runs `thads obligations`.
 *
 * @example
 * ```ts
 * obligations({ from: "2021-10-01", to: "2022-09-30", submissions: "examples/submissions-2022.json", json: true, lang: "vi" })
 * ```
 * @since 0.1.0
 */
export const obligations = (input: {
  readonly from: string
  readonly to: string
  readonly unit?: string | undefined
  readonly submissions?: string | undefined
  readonly asOf?: string | undefined
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
  const list = Obligation.generate({ from, to, ...(input.unit === undefined ? {} : { owner: input.unit }) })
  if (input.unit !== undefined && list.length === 0) {
    throw new Output.UsageError({
      vi: `không có nghĩa vụ nào của "${input.unit}" trong khoảng này`,
      en: `no obligation of "${input.unit}" in this range`
    })
  }
  const tracked =
    input.submissions === undefined ? undefined : Obligation.track(list, readSubmissions(input.submissions), asOf)
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
  const { lang } = input
  const lines = [
    Output.t(
      lang,
      `${list.length} nghĩa vụ từ ${CivilDate.formatVi(from)} đến ${CivilDate.formatVi(to)}:`,
      `${list.length} obligations from ${from} to ${to}:`
    )
  ]
  list.forEach((o, i) => {
    const status = tracked === undefined ? "" : ` — ${statusText(tracked[i]!, lang)}`
    const basis = o.basis === "assumed" ? Output.t(lang, " (hạn giả định)", " (assumed due date)") : ""
    lines.push(
      `${dateText(o.due, lang)}${basis}  ${o.owner.name[lang]} → ${o.recipient.name[lang]}: ${Terms.obligationKind[o.kind][lang]}, ${o.period.label[lang]}${status}`
    )
    lines.push(`    ${citationText(o.citation, lang)}`)
  })
  if (tracked !== undefined) {
    const count = (tag: string) => tracked.filter((t) => t.status._tag === tag).length
    lines.push(
      Output.t(
        lang,
        `Tổng: ${count("met")} đúng hạn, ${count("met-late")} trễ hạn, ${count("missing")} chưa thực hiện, ${count("not-yet-due")} chưa đến hạn`,
        `Total: ${count("met")} met, ${count("met-late")} late, ${count("missing")} missing, ${count("not-yet-due")} not yet due`
      )
    )
  }
  return Output.text(lines)
}
