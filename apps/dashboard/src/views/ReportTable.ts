/**
 * A report's two tables (cases, money) as HTML tables: one row per officer or
 * unit plus the total, one column per indicator (V01–V14, T01–T14). Every
 * cell carries its JSON Pointer (`data-path`), so a finding, a roll-up
 * difference or a version change can point at it.
 */
import { Indicator, type Report } from "@thads/core"
import { h } from "../Dom.js"
import { type Lang, num, t } from "../I18n.js"

/**
 * The tables; `marks` maps a JSON Pointer to a CSS class (e.g. the severity
 * of a finding there).
 *
 * @example
 * ```ts
 * const tables = ReportTable.render(Synthetic.report({ seed: 1, rows: 3 }), "vi", new Map([["/cases/rows/1/V13", "mark-error"]]))
 * tables.querySelectorAll("table").length // 2
 * tables.querySelector(".mark-error")?.getAttribute("data-path") // "/cases/rows/1/V13"
 * ```
 */
export const render = (report: Report.Report, lang: Lang, marks: ReadonlyMap<string, string>): HTMLElement =>
  h(
    "div",
    { class: "report-tables" },
    (["cases", "money"] as const).map((table) => {
      const ids = Indicator.idsOf(table)
      const rows = report[table].rows as unknown as ReadonlyArray<Readonly<Record<string, unknown>>>
      const line = (label: string, path: string, values: Readonly<Record<string, unknown>>, isTotal: boolean) =>
        h(
          "tr",
          { class: isTotal ? "total" : undefined },
          h("th", { scope: "row" }, label),
          ids.map((id) => {
            const p = `${path}/${id}`
            const v = values[id]
            return h(
              "td",
              {
                class: ["n", marks.get(p)].filter(Boolean).join(" "),
                "data-path": p,
                tabindex: marks.has(p) ? -1 : undefined
              },
              typeof v === "number" ? num(v, lang) : "—"
            )
          })
        )
      return h(
        "div",
        { class: "scroll" },
        h(
          "table",
          { class: "data report", "data-table": table },
          h("caption", {}, t(table, lang)),
          h(
            "thead",
            {},
            h(
              "tr",
              {},
              h("th", { scope: "col" }, t("row", lang)),
              ids.map((id) =>
                h(
                  "th",
                  { scope: "col", title: Indicator.get(id).label[lang] },
                  id,
                  h("br"),
                  h("small", {}, Indicator.get(id).short[lang])
                )
              )
            )
          ),
          h(
            "tbody",
            {},
            rows.map((r, i) => line(String(r.name ?? r.id ?? i + 1), `/${table}/rows/${i}`, r, false)),
            line(
              t("total", lang),
              `/${table}/total`,
              report[table].total as unknown as Readonly<Record<string, unknown>>,
              true
            )
          )
        )
      )
    })
  )
