/**
 * The obligations view (`#/matrix`): the matrix of the units' obligations,
 * the directive actors' obligations (for keys that may read them) and, where
 * the key may record, the form that records a fulfilled obligation. A cell
 * or row the key may record opens it in the form (click, or Enter on a
 * focused cell); once recorded, the view is drawn again from the source, so
 * the cell shows what the server now says. An obligation with a record shows
 * the record's history (every version, views/History.ts): for any key that
 * reads it, from its cell (click, Enter) or its row's button, and beside the
 * form when the form corrects it.
 */
import { h, replace } from "../Dom.js"
import { date, type Lang, t } from "../I18n.js"
import type * as Source from "../Source.js"
import * as Actors from "./Actors.js"
import * as Fulfil from "./Fulfil.js"
import * as History from "./History.js"
import * as Matrix from "./Matrix.js"

/**
 * The view for a statistical year: every unit the caller may see, the
 * actors' table, the form.
 *
 * @example
 * ```ts skip-doctest happy-dom has no HTMLTableSectionElement.rows; test/Page.browser.test.ts draws the view in Chromium
 * const source = DemoSource.make({ role: "admin", unitId: "cuc-tay-ninh" })
 * const view = await Obligations.view(source, "vi", await source.units(), 2024, await source.me())
 * view.querySelectorAll("#actors-table tbody tr").length // 12
 * view.querySelectorAll("#fulfil-obligation option").length // 12
 * ```
 */
export const view = async (
  source: Source.Source,
  lang: Lang,
  units: ReadonlyArray<Source.Unit>,
  year: number,
  me: Source.Me
): Promise<HTMLElement> => {
  const from = `${year - 1}-10-01`
  const to = `${year}-09-30`
  const roots = units.filter((u) => u.parentId === undefined || !units.some((p) => p.id === u.parentId))
  const container = h("div", { class: "obligations-view" })

  const draw = async (after?: { readonly notice: string; readonly selected: string }) => {
    const [lists, actors] = await Promise.all([
      Promise.all(roots.map((r) => source.obligations(r.id, from, to))),
      source.actorObligations(from, to)
    ])
    const tracked = lists.flat()
    const open = Fulfil.recordable(me, [...tracked, ...actors], source.asOf)
    const ids = new Set(open.map((x) => x.obligation.id))
    const recorded = new Map<string, Source.TrackedObligation>()
    for (const list of [tracked, actors])
      for (const x of list) if (x.fulfilment !== undefined) recorded.set(x.obligation.id, x)
    const history = History.panel(source, lang, me.keyId)
    const showHistory = (id: string, focus: boolean) => {
      const x = recorded.get(id)
      if (x === undefined) history.close()
      else void history.open(x, focus)
    }
    const form =
      open.length === 0
        ? undefined
        : Fulfil.render({
            lang,
            obligations: open,
            ...(after === undefined ? {} : { selected: after.selected, notice: after.notice }),
            record: (req, key) => source.record(req, key),
            onShow: (x) => {
              if (x?.fulfilment === undefined) history.close()
              else void history.open(x, false)
            },
            onRecorded: (record, x) => {
              void draw({
                selected: record.obligationId,
                notice: t("recordedOk", lang, {
                  obligation: Fulfil.label(x, lang),
                  date: date(record.fulfilledOn, lang)
                })
              }).catch((err) => replace(container, h("p", { class: "error", role: "alert" }, String(err))))
            }
          })
    const matrix = Matrix.render(Matrix.model(units, tracked), lang, year)
    // A cell the key may record opens it in the form (and its history, when it has a record); a cell with a record
    // that the key only reads opens its history.
    for (const td of matrix.querySelectorAll<HTMLElement>("td[data-obligation]")) {
      const id = td.dataset.obligation!
      if (form !== undefined && ids.has(id)) td.dataset.recordable = "true"
      else if (recorded.has(id)) {
        td.dataset.history = "true"
        td.setAttribute("aria-describedby", "history-hint")
      }
    }
    const pick = (e: Event) => {
      const td = (e.target as Element).closest("td[data-obligation]") as HTMLElement | null
      if (td === null) return
      const id = td.dataset.obligation!
      if (form !== undefined && ids.has(id)) form.choose(id)
      else if (recorded.has(id)) showHistory(id, true)
    }
    matrix.addEventListener("click", pick)
    matrix.addEventListener("keydown", (e) => {
      if ((e as KeyboardEvent).key === "Enter") pick(e)
    })
    const actorRows = Actors.rows(actors)
    replace(
      container,
      matrix,
      actorRows.length === 0
        ? null
        : h(
            "section",
            { class: "actors", "aria-labelledby": "actors-heading" },
            h("h3", { id: "actors-heading" }, t("actors", lang)),
            h(
              "div",
              { class: "scroll" },
              Actors.render(
                actorRows,
                lang,
                year,
                form === undefined ? undefined : { ids, open: (id) => void form.choose(id) },
                (id) => showHistory(id, true)
              )
            )
          ),
      recorded.size === 0 ? null : h("p", { id: "history-hint", class: "sr-only" }, t("historyHint", lang)),
      form?.element,
      history.element
    )
    if (after !== undefined) container.querySelector<HTMLElement>("#fulfil-status")?.focus()
  }
  await draw()
  return container
}
