/**
 * Submissions: the list (filtered by unit, period and status; sorted and
 * paged by simple-datatables), and one submission: its findings grouped by
 * severity with their citations, the report's tables with the findings'
 * cells marked (a finding's button highlights and focuses its cell), and the
 * changes between two versions of the same unit and period.
 */
import type { Finding } from "@thads/core"
import { DataTable } from "simple-datatables"
import { diff } from "../Diff.js"
import { dataTable, h, select } from "../Dom.js"
import { cite, dateTime, type Key, type Lang, num, periodLabel, t } from "../I18n.js"
import * as Source from "../Source.js"
import * as ReportTable from "./ReportTable.js"

/** The list's filter (from the address). */
export interface Filter {
  readonly unit?: string
  readonly months?: number
  readonly status?: "valid" | "invalid" | "latest" | "superseded"
}

/** The filter with one key set, or removed when undefined. */
const without = <K extends keyof Filter>(f: Filter, key: K, value: Filter[K] | undefined): Filter => {
  const out: Record<string, unknown> = { ...f }
  if (value === undefined) delete out[key]
  else out[key] = value
  return out as Filter
}

const statusOf = (s: Source.SubmissionSummary, lang: Lang) =>
  `${s.valid ? t("valid", lang) : t("invalid", lang)}${s.superseded ? ` (${t("superseded", lang)})` : ""}`

const keep = (s: Source.SubmissionSummary, f: Filter) =>
  f.status === undefined ||
  (f.status === "valid" && s.valid) ||
  (f.status === "invalid" && !s.valid) ||
  (f.status === "latest" && !s.superseded) ||
  (f.status === "superseded" && s.superseded)

/**
 * The list view.
 */
export const list = async (
  source: Source.Source,
  lang: Lang,
  units: ReadonlyArray<Source.Unit>,
  year: number,
  filter: Filter,
  refilter: (f: Filter) => void
): Promise<HTMLElement> => {
  const all = await source.submissions({
    year,
    ...(filter.unit === undefined ? {} : { unit: filter.unit }),
    ...(filter.months === undefined ? {} : { months: filter.months })
  })
  const shown = all.filter((s) => keep(s, filter)).sort((a, b) => b.receivedAt.localeCompare(a.receivedAt))
  const controls = h(
    "div",
    { class: "controls" },
    select(
      "sub-unit",
      t("unit", lang),
      [["", t("all", lang)] as const, ...units.map((u) => [u.id, u.name[lang]] as const)],
      filter.unit ?? "",
      (v) => refilter(without(filter, "unit", v === "" ? undefined : v))
    ),
    select(
      "sub-period",
      t("period", lang),
      [
        ["", t("all", lang)] as const,
        ...Array.from({ length: 12 }, (_, i) => [String(i + 1), t("months", lang, { n: i + 1 })] as const)
      ],
      filter.months === undefined ? "" : String(filter.months),
      (v) => refilter(without(filter, "months", v === "" ? undefined : Number(v)))
    ),
    select(
      "sub-status",
      t("status", lang),
      [
        ["", t("all", lang)],
        ["valid", t("valid", lang)],
        ["invalid", t("invalid", lang)],
        ["latest", t("latest", lang)],
        ["superseded", t("superseded", lang)]
      ],
      filter.status ?? "",
      (v) => refilter(without(filter, "status", v === "" ? undefined : (v as Filter["status"])))
    )
  )
  const table = h(
    "table",
    { class: "data submissions", id: "submissions-table" },
    h(
      "thead",
      {},
      h(
        "tr",
        {},
        [
          t("received", lang),
          t("unit", lang),
          t("period", lang),
          t("version", lang),
          t("status", lang),
          t("error_", lang),
          t("warning", lang),
          ""
        ].map((x) => h("th", { scope: "col" }, x))
      )
    ),
    h(
      "tbody",
      {},
      shown.map((s) =>
        h(
          "tr",
          { "data-id": s.id, "data-unit": s.unitId },
          h("td", { "data-sort": s.receivedAt }, dateTime(s.receivedAt, lang)),
          h("td", {}, Source.nameOf(units, s.unitId, lang)),
          h("td", { "data-sort": String(s.period.months).padStart(2, "0") }, periodLabel(s.period, lang)),
          h("td", {}, String(s.version)),
          h("td", {}, statusOf(s, lang)),
          h("td", {}, num(s.findings.error, lang)),
          h("td", {}, num(s.findings.warning, lang)),
          h("td", {}, h("a", { href: `#/submissions/${encodeURIComponent(s.id)}` }, t("open", lang)))
        )
      )
    )
  )
  const box = h(
    "div",
    { class: "submissions-view" },
    controls,
    h("p", { class: "count", role: "status" }, `${num(shown.length, lang)} / ${num(all.length, lang)}`),
    table
  )
  if (shown.length > 0) {
    // simple-datatables: sortable headers (aria-sort), paging; rows stay the rows above.
    queueMicrotask(() => {
      if (!table.isConnected) return
      new DataTable(table, {
        searchable: false,
        perPage: 25,
        perPageSelect: false,
        columns: [{ select: 7, sortable: false }],
        labels:
          lang === "vi"
            ? {
                placeholder: "Tìm…",
                searchTitle: "Tìm trong bảng",
                searchLabel: "Tìm",
                perPage: "dòng mỗi trang",
                pageTitle: "Trang {page}",
                noRows: "Không có báo cáo",
                noResults: "Không tìm thấy",
                info: "Dòng {start}–{end} trên {rows}"
              }
            : {}
      })
    })
  }
  return box
}

const severities: ReadonlyArray<{ s: Finding.Severity; key: Key }> = [
  { s: "error", key: "error_" },
  { s: "warning", key: "warning" },
  { s: "info", key: "info" }
]

/** A finding's cell in the report's tables, when it points at one. */
const cellPath = (f: Finding.Finding): string | undefined => {
  const p = f.location.path
  return p !== undefined && /^\/(cases|money)\/(rows\/\d+|total)\/[VT]\d\d$/.test(p) ? p : undefined
}

/**
 * One submission.
 */
export const detail = async (
  source: Source.Source,
  lang: Lang,
  units: ReadonlyArray<Source.Unit>,
  id: string,
  compare: { from?: string; to?: string },
  recompare: (c: { from?: string; to?: string }) => void
): Promise<HTMLElement> => {
  const s = await source.submission(id)
  const findings = s.result.findings
  const marks = new Map<string, string>()
  for (const f of findings) {
    const p = cellPath(f)
    if (p !== undefined && !marks.has(p)) marks.set(p, `mark-${f.severity}`)
  }
  const live = h("p", { class: "sr-only", role: "status", "aria-live": "polite" })
  const tables = s.report === undefined ? h("p", {}, t("noData", lang)) : ReportTable.render(s.report, lang, marks)
  const highlight = (path: string) => {
    for (const el of tables.querySelectorAll(".hl")) el.classList.remove("hl")
    const cell = tables.querySelector<HTMLElement>(`td[data-path="${CSS.escape(path)}"]`)
    if (cell === null) return
    cell.classList.add("hl")
    cell.tabIndex = -1
    cell.scrollIntoView({ block: "center", inline: "center" })
    cell.focus()
    live.textContent = `${t("highlighted", lang)}: ${path}`
  }
  const group = (sev: (typeof severities)[number]) => {
    const fs = findings.filter((f) => f.severity === sev.s)
    return h(
      "section",
      { class: `findings sev-${sev.s}`, "aria-labelledby": `sev-${sev.s}` },
      h("h3", { id: `sev-${sev.s}` }, `${t(sev.key, lang)} (${num(fs.length, lang)})`),
      fs.length === 0
        ? null
        : h(
            "ul",
            {},
            fs.map((f) => {
              const p = cellPath(f)
              return h(
                "li",
                { "data-code": f.code },
                h("p", { class: "msg" }, f.message[lang]),
                h(
                  "p",
                  { class: "meta" },
                  h("code", {}, f.code),
                  " · ",
                  `${t("citation", lang)}: ${cite(f.citation, lang)}`,
                  f.location.path ? [" · ", h("code", {}, f.location.path)] : null
                ),
                p === undefined
                  ? null
                  : h(
                      "button",
                      { type: "button", class: "goto", "data-path": p, onclick: () => highlight(p) },
                      `${t("cell", lang)} ${p}`
                    )
              )
            })
          )
    )
  }
  // Versions of the same unit and period.
  const versions = [
    ...(await source.submissions({ unit: s.unitId, year: s.period.year, months: s.period.months }))
  ].sort((a, b) => a.version - b.version)
  let diffBox: HTMLElement | null = null
  if (versions.length > 1) {
    // By default: this version against the one before it (or, for the first, against the next).
    const self = versions.findIndex((v) => v.id === s.id)
    const [defaultFrom, defaultTo] = self > 0 ? [versions[self - 1]!, versions[self]!] : [versions[0]!, versions[1]!]
    const toV = versions.find((v) => v.id === compare.to) ?? defaultTo
    const fromV = versions.find((v) => v.id === compare.from) ?? defaultFrom
    const [a, b] = await Promise.all([source.submission(fromV.id), source.submission(toV.id)])
    const changes = a.report !== undefined && b.report !== undefined ? diff(a.report, b.report) : []
    const opts = versions.map(
      (v) => [v.id, `${t("version", lang)} ${v.version} — ${dateTime(v.receivedAt, lang)}`] as const
    )
    diffBox = h(
      "section",
      { class: "diff", "aria-labelledby": "diff-h" },
      h("h2", { id: "diff-h" }, t("diff", lang)),
      h(
        "div",
        { class: "controls" },
        select("diff-from", t("diffFrom", lang), opts, fromV.id, (v) => recompare({ from: v, to: toV.id })),
        select("diff-to", t("diffTo", lang), opts, toV.id, (v) => recompare({ from: fromV.id, to: v }))
      ),
      changes.length === 0
        ? h("p", {}, t("diffNone", lang))
        : dataTable(
            { id: "diff-table" },
            null,
            [t("cell", lang), t("row", lang), t("before", lang), t("after", lang)],
            changes.map((c) =>
              h(
                "tr",
                {},
                h("td", {}, h("code", {}, c.path)),
                h("td", {}, c.row),
                h("td", { class: "n" }, num(c.before, lang)),
                h("td", { class: "n" }, num(c.after, lang))
              )
            )
          )
    )
  }
  return h(
    "div",
    { class: "submission-view" },
    h("p", {}, h("a", { href: "#/submissions" }, `← ${t("submissions", lang)}`)),
    h(
      "h2",
      {},
      t("submissionOf", lang, {
        unit: Source.nameOf(units, s.unitId, lang),
        period: periodLabel(s.period, lang),
        version: String(s.version)
      })
    ),
    h(
      "dl",
      { class: "facts" },
      h("dt", {}, t("received", lang)),
      h("dd", {}, dateTime(s.receivedAt, lang)),
      h("dt", {}, t("result", lang)),
      h("dd", { class: s.valid ? "ok" : "bad" }, statusOf(s, lang))
    ),
    live,
    h("h2", {}, t("findings", lang)),
    findings.length === 0 ? h("p", {}, t("noFindings", lang)) : severities.map(group),
    h("h2", {}, t("reportTable", lang)),
    tables,
    diffBox
  )
}
