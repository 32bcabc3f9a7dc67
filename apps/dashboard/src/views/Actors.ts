/**
 * The directive actors' obligations (Chỉ thị 09 §1.3): the hearings the
 * judicial party bodies — Đảng ủy Công an tỉnh (A04), Ban cán sự đảng Tòa án
 * (A05) and Viện kiểm sát (A06) — owe the provincial party standing board.
 * They are not units of the organisation, so they are not rows of the
 * matrix: a table lists each obligation with its status and, when a record
 * met it, the date and the document. Readable with reviewer and admin keys;
 * an admin key records them (the form, views/Fulfil.ts).
 */
import { Terms } from "@thads/core"
import { dataTable, h } from "../Dom.js"
import { date, type Lang, t } from "../I18n.js"
import type * as Source from "../Source.js"
import { describe, documentText } from "./Matrix.js"

/**
 * The actors' obligations in the table's order: by period end, then owner.
 * Units' obligations are left out (they are the matrix's).
 *
 * @example
 * ```ts
 * const source = DemoSource.make({ role: "reviewer", unitId: "cuc-tay-ninh" })
 * const rows = Actors.rows(await source.actorObligations("2023-10-01", "2024-09-30"))
 * rows.length // 12
 * rows.slice(0, 3).map((r) => r.obligation.owner.actorId) // ["A04", "A05", "A06"]
 * rows[0].obligation.recipient.name.vi // "Ban Thường vụ Tỉnh ủy"
 * ```
 */
export const rows = (tracked: ReadonlyArray<Source.TrackedObligation>): ReadonlyArray<Source.TrackedObligation> =>
  tracked
    .filter((x) => x.obligation.owner.unitId === undefined)
    .sort(
      (a, b) =>
        a.obligation.period.end.localeCompare(b.obligation.period.end) ||
        (a.obligation.owner.actorId ?? "").localeCompare(b.obligation.owner.actorId ?? "") ||
        a.obligation.id.localeCompare(b.obligation.id)
    )

/**
 * Draws the table (`#actors-table`): body, obligation and period, to whom,
 * due date, status (symbol and words, as the matrix), date fulfilled and
 * document; with `choose`, a button on each row that the key may record opens
 * it in the form; with `history`, a button on each row with a record opens
 * the record's history.
 *
 * @example
 * ```ts
 * const source = DemoSource.make({ role: "reviewer", unitId: "cuc-tay-ninh" })
 * const table = Actors.render(Actors.rows(await source.actorObligations("2023-10-01", "2024-09-30")), "vi", 2024)
 * table.querySelector("caption").textContent // "Báo cáo của các cơ quan đảng với Ban Thường vụ, năm thống kê 2024"
 * table.querySelector("tbody th").textContent // "Đảng ủy Công an tỉnh"
 * table.querySelectorAll("button").length // 0
 * const rows = Actors.rows(await source.actorObligations("2023-10-01", "2024-09-30"))
 * const withHistory = Actors.render(rows, "vi", 2024, undefined, () => {})
 * withHistory.querySelectorAll("button.history").length === rows.filter((r) => r.fulfilment !== undefined).length // true
 * ```
 */
export const render = (
  list: ReadonlyArray<Source.TrackedObligation>,
  lang: Lang,
  year: number,
  choose?: { readonly ids: ReadonlySet<string>; readonly open: (obligationId: string) => void },
  history?: (obligationId: string) => void
): HTMLTableElement => {
  const headers = [
    t("owner", lang),
    t("obligation", lang),
    t("recipient", lang),
    t("due", lang),
    t("status", lang),
    t("fulfilledOn", lang),
    t("document", lang)
  ]
  const withChoose = choose !== undefined && list.some((x) => choose.ids.has(x.obligation.id))
  const withHistory = history !== undefined && list.some((x) => x.fulfilment !== undefined)
  const body = list.map((x) => {
    const o = x.obligation
    const s = describe(x.status, lang)
    const what = `${Terms.obligationKind[o.kind][lang]}, ${o.period.label[lang]}`
    return h(
      "tr",
      { "data-obligation": o.id },
      h("th", { scope: "row" }, o.owner.name[lang]),
      h("td", {}, what),
      h("td", {}, o.recipient.name[lang]),
      h("td", {}, date(o.due, lang)),
      h("td", { class: s.cls }, h("span", { "aria-hidden": "true" }, `${s.symbol} `), s.text),
      h("td", {}, x.fulfilment === undefined ? "—" : date(x.fulfilment.fulfilledOn, lang)),
      h("td", {}, documentText(x.fulfilment?.document, lang) || "—"),
      withChoose || withHistory
        ? h(
            "td",
            { class: "actions" },
            withChoose && choose.ids.has(o.id)
              ? h(
                  "button",
                  {
                    type: "button",
                    class: "choose",
                    "data-obligation": o.id,
                    "aria-label": `${x.fulfilment === undefined ? t("record", lang) : t("correct", lang)}: ${o.owner.name[lang]} — ${what}`,
                    onclick: () => choose.open(o.id)
                  },
                  x.fulfilment === undefined ? t("record", lang) : t("correct", lang)
                )
              : null,
            withHistory && x.fulfilment !== undefined
              ? h(
                  "button",
                  {
                    type: "button",
                    class: "history",
                    "data-obligation": o.id,
                    "aria-label": `${t("history", lang)}: ${o.owner.name[lang]} — ${what}`,
                    onclick: () => history(o.id)
                  },
                  t("history", lang)
                )
              : null
          )
        : null
    )
  })
  return dataTable(
    { id: "actors-table" },
    t("actorsCaption", lang, { year: String(year) }),
    withChoose || withHistory ? [...headers, withHistory ? t("actions", lang) : t("fulfil", lang)] : headers,
    body
  )
}
