/**
 * `thads thahc <file.json> [--as-of D] [--format text|json] [--lang vi|en]`:
 * the monitoring of administrative judgments (THAHC). Decodes a document of
 * cases (`Thahc.decodeJson`: an array or `{ "cases": [...] }`), then prints
 * per case its status, its deadlines and its late steps (each with its
 * citation; an assumed one marked `[giả định]` / `[assumed]` with its
 * reason), and the counts for form 03/TKLN-THADS as core computes them;
 * a case received after the date is left out (and counted as such).
 * Exit 0: no late step; 1: a late step that rests on the text (an assumed
 * late step alone is never an error); a file that does not decode is a
 * usage error (exit 2) naming its problems with their JSON Pointers.
 *
 * @since 0.4.0
 */
import { CivilDate, Thahc } from "@thads/core"
import { readText } from "../Files.js"
import { parseDate } from "../Input.js"
import * as Output from "../Output.js"
import { citationJson, citationText, dateText } from "./Render.js"

/**
 * Reads and decodes a file of THAHC cases; a file that does not decode is a
 * usage error listing its first problems with their pointers, on one line.
 *
 * @example
 * ```ts
 * import { writeFileSync } from "node:fs"
 * import { join } from "node:path"
 * readThahcCases(fromRoot("examples/thahc-cases.json")).length // 6
 * const bad = join(tempDir(), "thahc.json")
 * writeFileSync(bad, '[{ "id": "hc-1", "judgmentDate": "2024-01-10", "receivedDate": "2024-01-15", "kind": "x" }]')
 * readThahcCases(bad) // UsageError: the THAHC cases file "…/thahc.json" does not decode, 1 problem(s): /0/kind: the kind must be one of…
 * ```
 * @since 0.4.0
 */
export const readThahcCases = (file: string): ReadonlyArray<Thahc.ThahcCase> => {
  const r = Thahc.decodeJson(readText(file))
  if (r._tag === "Success") return r.cases
  const n = r.problems.length
  throw new Output.UsageError({
    vi: `tệp việc theo dõi thi hành án hành chính "${file}" không hợp lệ, ${n} lỗi: ${Thahc.summary(r.problems, "vi")}`,
    en: `the THAHC cases file "${file}" does not decode, ${n} problem(s): ${Thahc.summary(r.problems, "en")}`
  })
}

/**
 * Runs `thads thahc`.
 *
 * @example
 * ```ts
 * const file = fromRoot("examples/thahc-cases.json")
 * const out = thahc({ file, asOf: "2025-06-30", today: CivilDate.make("2025-07-01"), format: "json", lang: "en" })
 * out.exitCode // 1: a case has a late step
 * JSON.parse(out.stdout).counts.received // 6
 * thahc({ file, today: CivilDate.make("2024-01-01"), format: "text", lang: "en" }).exitCode // 0: nothing received yet
 * ```
 * @since 0.4.0
 */
export const thahc = (input: {
  readonly file: string
  readonly asOf?: string | undefined
  /** Today in Vietnam (from the caller's clock, effect's `Clock`): the default of --as-of. */
  readonly today: CivilDate.CivilDate
  readonly format: "text" | "json"
  readonly lang: Output.Lang
}): Output.Output => {
  const { lang } = input
  const asOf = input.asOf !== undefined ? parseDate(input.asOf, "--as-of") : input.today
  const cases = readThahcCases(input.file)
  // As the counts do: a case received after the date is not monitored yet.
  const received = cases.filter((c) => c.receivedDate <= asOf)
  const later = cases.length - received.length
  const rows = received.map((c) => {
    const deadlines = Thahc.deadlineList(Thahc.deadlines(c))
    return { c, status: Thahc.status(c, asOf), deadlines, late: Thahc.lateSteps(c, asOf) }
  })
  const counts = Thahc.counts(cases, asOf)
  const errors = rows.some((r) => r.late.some((s) => s.basis === "official"))
  const exitCode = errors ? 1 : 0
  if (input.format === "json") {
    const out = Output.json({
      file: input.file,
      asOf,
      receivedLater: later,
      cases: rows.map((r) => ({
        id: r.c.id,
        kind: r.c.kind,
        receivedDate: r.c.receivedDate,
        status: r.status,
        deadlines: r.deadlines.map((d) => ({ ...d, citation: citationJson(d.citation) })),
        lateSteps: r.late.map((s) => ({ ...s, citation: citationJson(s.citation) }))
      })),
      counts,
      citations: {
        statistics: citationJson(Thahc.citations.statistics),
        counting: citationJson(Thahc.citations.counting),
        form03: citationJson(Thahc.citations.form03)
      }
    })
    return { ...out, exitCode }
  }
  /** " [giả định: why; thiết lập key = value]" for an assumed deadline or step. */
  const assumed = (x: Thahc.Deadline | Thahc.LateStep) => {
    if (x.basis !== "assumed") return ""
    const setting =
      x.setting === undefined
        ? ""
        : Output.t(
            lang,
            `; thiết lập ${x.setting.key} = ${String(x.setting.value)}`,
            `; setting ${x.setting.key} = ${String(x.setting.value)}`
          )
    return Output.t(
      lang,
      ` [giả định: ${x.assumption?.vi ?? ""}${setting}]`,
      ` [assumed: ${x.assumption?.en ?? ""}${setting}]`
    )
  }
  const lines: Array<string> = [
    Output.t(
      lang,
      `${input.file}: ${cases.length} việc theo dõi thi hành án hành chính, tại ngày ${dateText(asOf, lang)}`,
      `${input.file}: ${cases.length} THAHC case(s), as of ${dateText(asOf, lang)}`
    )
  ]
  if (later > 0)
    lines.push(
      Output.t(
        lang,
        `(${later} việc nhận sau ngày này không được liệt kê)`,
        `(${later} case(s) received after that day are not listed)`
      )
    )
  for (const r of rows) {
    lines.push(
      "",
      Output.t(
        lang,
        `Việc ${r.c.id} (điểm ${r.c.kind} khoản 1 Điều 311, nhận ngày ${dateText(r.c.receivedDate, lang)}): ${Thahc.statusNames[r.status].vi}`,
        `Case ${r.c.id} (Article 311(1)(${r.c.kind}), received ${dateText(r.c.receivedDate, lang)}): ${Thahc.statusNames[r.status].en}`
      )
    )
    lines.push(`  ${Output.t(lang, "Thời hạn:", "Deadlines:")}`)
    for (const d of r.deadlines) {
      const done = Thahc.isDuty(d.step) ? Thahc.doneDate(r.c, d.step) : undefined
      const doneText =
        done === undefined
          ? ""
          : Output.t(lang, `, thực hiện ${dateText(done, lang)}`, `, done ${dateText(done, lang)}`)
      lines.push(
        `    ${Thahc.stepNames[d.step][lang]}: ${dateText(d.due, lang)}${doneText} — ${citationText(d.citation, lang)}${assumed(d)}`
      )
    }
    if (r.late.length > 0) {
      lines.push(`  ${Output.t(lang, "Trễ hạn:", "Late:")}`)
      for (const s of r.late) {
        const what =
          s.done === undefined
            ? Output.t(
                lang,
                `chưa thực hiện, quá hạn ${s.lateBy} ngày làm việc`,
                `not done, ${s.lateBy} working day(s) overdue`
              )
            : Output.t(lang, `trễ ${s.lateBy} ngày làm việc`, `${s.lateBy} working day(s) late`)
        lines.push(
          `    ${s.basis === "official" ? "✗" : "!"} ${Thahc.stepNames[s.step][lang]}: ${Output.t(lang, "hạn", "due")} ${dateText(s.due, lang)}, ${what} — ${citationText(s.citation, lang)}${assumed(s)}`
        )
      }
    }
  }
  const n = counts
  lines.push(
    "",
    Output.t(
      lang,
      `Số liệu cho biểu 03/TKLN-THADS (${citationText(Thahc.citations.form03, "vi")}; cột chính thức của biểu chưa tìm được) tại ngày ${dateText(asOf, lang)}:`,
      `Figures for form 03/TKLN-THADS (${citationText(Thahc.citations.form03, "en")}; the form's official columns were not found) as of ${dateText(asOf, lang)}:`
    ),
    Output.t(lang, `  đã nhận: ${n.received}`, `  received: ${n.received}`),
    Output.t(
      lang,
      `  tính là việc (có văn bản đôn đốc, 1 việc mỗi việc): ${n.counted} — ${citationText(Thahc.citations.counting, "vi")} Phụ lục 2`,
      `  counted as việc (with a reminder letter, 1 each): ${n.counted} — ${citationText(Thahc.citations.counting, "en")}, Annex 2`
    ),
    Output.t(lang, `  thi hành xong: ${n.completed}`, `  complied with: ${n.completed}`),
    Output.t(lang, `  quyết định buộc thi hành án: ${n.compulsionOrders}`, `  compulsion orders: ${n.compulsionOrders}`)
  )
  for (const s of Thahc.statuses)
    lines.push(`  ${Output.t(lang, "tình trạng", "status")} "${Thahc.statusNames[s][lang]}": ${n.byStatus[s]}`)
  lines.push(
    Output.t(
      lang,
      `  có bước trễ hạn: ${n.withLateSteps} (trong đó chỉ trễ theo giả định: ${n.withOnlyAssumedLateSteps})`,
      `  with late steps: ${n.withLateSteps} (of which late only on an assumption: ${n.withOnlyAssumedLateSteps})`
    )
  )
  for (const s of Thahc.dutySteps)
    if (n.lateByStep[s] > 0) lines.push(`    ${Thahc.stepNames[s][lang]}: ${n.lateByStep[s]}`)
  return { ...Output.text(lines), exitCode }
}
