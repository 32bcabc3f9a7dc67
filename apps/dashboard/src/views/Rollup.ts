/**
 * The roll-up view: a unit's own report (totals) beside the sum of its
 * sub-units' latest reports, indicator by indicator, the differing cells
 * highlighted (and marked "≠", not by colour alone); the sub-units that have
 * not submitted; the roll-up findings with their citations.
 */
import { Indicator } from "@thads/core"
import { dataTable, h, select } from "../Dom.js"
import { cite, type Lang, num, t } from "../I18n.js"
import * as Source from "../Source.js"

/** One line of the comparison. */
export interface Line {
  readonly table: "cases" | "money"
  readonly indicator: string
  readonly own: number | null
  readonly sum: number | null
  readonly differs: boolean
}

/**
 * The comparison lines of a roll-up.
 *
 * @example
 * ```ts
 * const source = DemoSource.make({ role: "reviewer", unitId: "cuc-tay-ninh" }) // the demonstration data (or ApiSource)
 * const rollup = await source.rollup("cuc-tay-ninh", { year: 2024, months: 4 })
 * Rollup.lines(rollup).filter((l) => l.differs)
 * // [{ table: "cases", indicator: "V08", own: 38608, sum: 38605, differs: true }, { table: "cases", indicator: "V09", own: 10315, sum: 10318, differs: true }]
 * ```
 */
export const lines = (r: Source.Rollup): ReadonlyArray<Line> =>
  (["cases", "money"] as const).flatMap((table) =>
    Indicator.idsOf(table).map((id) => {
      const own =
        r.report === undefined ? null : ((r.report[table].total as unknown as Record<string, number>)[id] ?? null)
      const sum = r.included.length === 0 ? null : (r.sum[table][id] ?? 0)
      return { table, indicator: id, own, sum, differs: own !== null && sum !== null && own !== sum }
    })
  )

/**
 * The view.
 */
export const view = async (
  source: Source.Source,
  lang: Lang,
  units: ReadonlyArray<Source.Unit>,
  year: number,
  state: { unit?: string; months?: number },
  rerender: (s: { unit?: string; months?: number }) => void
): Promise<HTMLElement> => {
  const parents = units.filter((u) => units.some((c) => c.parentId === u.id))
  const choices = parents.length > 0 ? parents : units
  const unitId = state.unit ?? choices[0]?.id ?? ""
  const months = state.months ?? 12
  const r = await source.rollup(unitId, { year, months })
  const ls = lines(r)
  const table = (which: "cases" | "money") =>
    dataTable(
      { class: "data rollup", "data-table": which },
      t(which, lang),
      [t("indicator", lang), t("provinceReport", lang), t("sumOfUnits", lang), "Δ"],
      ls
        .filter((l) => l.table === which)
        .map((l) =>
          h(
            "tr",
            { class: l.differs ? "differs" : undefined, "data-indicator": l.indicator },
            h("th", { scope: "row" }, `${l.indicator} — ${Indicator.get(l.indicator as Indicator.Id).short[lang]}`),
            h("td", { class: "n" }, num(l.own, lang)),
            h("td", { class: "n" }, num(l.sum, lang)),
            h(
              "td",
              { class: "n" },
              l.differs ? `≠ ${num((l.own ?? 0) - (l.sum ?? 0), lang)}` : "",
              l.differs ? h("span", { class: "sr-only" }, ` (${t("differs", lang)})`) : null
            )
          )
        )
    )
  return h(
    "div",
    { class: "rollup-view" },
    h(
      "div",
      { class: "controls" },
      select(
        "rollup-unit",
        t("unit", lang),
        choices.map((u) => [u.id, u.name[lang]] as const),
        unitId,
        (v) => rerender({ ...state, unit: v })
      ),
      select(
        "rollup-months",
        t("period", lang),
        Array.from({ length: 12 }, (_, i) => [String(i + 1), t("months", lang, { n: i + 1 })] as const),
        String(months),
        (v) => rerender({ ...state, months: Number(v) })
      )
    ),
    h(
      "section",
      { "aria-labelledby": "missing-h", class: "missing" },
      h("h2", { id: "missing-h" }, t("missingUnits", lang)),
      r.missing.length === 0
        ? h("p", {}, t("noMissingUnits", lang))
        : h(
            "ul",
            { id: "missing-units" },
            r.missing.map((id) => h("li", { "data-unit": id }, Source.nameOf(units, id, lang)))
          )
    ),
    r.report === undefined ? h("p", { class: "notice" }, t("noReport", lang)) : null,
    h("div", { class: "side-by-side" }, table("cases"), table("money")),
    r.findings.length === 0
      ? null
      : h(
          "section",
          { "aria-labelledby": "rollup-f" },
          h("h2", { id: "rollup-f" }, t("findings", lang)),
          h(
            "ul",
            { class: "findings" },
            r.findings.map((f) =>
              h(
                "li",
                { "data-code": f.code },
                h("p", { class: "msg" }, f.message[lang]),
                h(
                  "p",
                  { class: "meta" },
                  h("code", {}, f.code),
                  " · ",
                  `${t("citation", lang)}: ${cite(f.citation, lang)}`
                )
              )
            )
          )
        )
  )
}
