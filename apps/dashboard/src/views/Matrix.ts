/**
 * The obligations matrix: units (rows, in the organisation's tree,
 * collapsible) × the obligations of a statistical year (columns: each
 * report, each hearing, each steering report, each review), each cell
 * coloured by status and marked with a symbol (colour is never the only
 * sign), with the due date and citation on hover and on focus. Arrow keys
 * move between cells (one tab stop: the grid pattern).
 */
import { type Obligation, Terms } from "@thads/core"
import { h } from "../Dom.js"
import { cite, date, type Lang, t } from "../I18n.js"
import type * as Source from "../Source.js"

/** A column: one kind of obligation for one period end. */
export interface Column {
  readonly key: string
  readonly kind: Obligation.Kind
  readonly periodEnd: string
  readonly label: Obligation.Period["label"]
  readonly frequency: Obligation.Obligation["frequency"]
  readonly months?: number
}

/** A row: a unit at its depth in the tree. */
export interface Row {
  readonly unit: Source.Unit
  readonly depth: number
  readonly parentId?: string
  readonly hasChildren: boolean
  /** Tracked obligations by column key. */
  readonly cells: ReadonlyMap<string, Source.TrackedObligation>
}

/** The matrix to draw. */
export interface Model {
  readonly columns: ReadonlyArray<Column>
  readonly rows: ReadonlyArray<Row>
}

const kindOrder: ReadonlyArray<Obligation.Kind> = [
  "statistical-report",
  "hearing",
  "steering-report",
  "review",
  "ad-hoc"
]

/**
 * Lays out the matrix: the units in tree order (depth first, parents before
 * children; a unit whose parent is not visible is a root), the columns by
 * kind then period end. Linear in units + obligations; no recursion.
 *
 * @example
 * ```ts
 * const source = DemoSource.make({ role: "reviewer", unitId: "cuc-tay-ninh" }) // the demonstration data (or ApiSource)
 * const m = Matrix.model(await source.units(), await source.obligations("cuc-tay-ninh", "2023-10-01", "2024-09-30"))
 * m.rows[0].unit.id // "cuc-tay-ninh"
 * m.rows.length // 10
 * ```
 */
export const model = (units: ReadonlyArray<Source.Unit>, tracked: ReadonlyArray<Source.TrackedObligation>): Model => {
  const columns = new Map<string, Column>()
  const cellsOf = new Map<string, Map<string, Source.TrackedObligation>>()
  for (const tr of tracked) {
    const o = tr.obligation
    const owner = o.owner.unitId
    if (owner === undefined) continue // a directive actor's (a party body, not a unit): views/Actors.ts
    const key = `${o.kind}|${o.period.end}`
    if (!columns.has(key)) {
      columns.set(key, {
        key,
        kind: o.kind,
        periodEnd: o.period.end,
        label: o.period.label,
        frequency: o.frequency,
        ...(o.period.statistical === undefined ? {} : { months: o.period.statistical.months })
      })
    }
    let cells = cellsOf.get(owner)
    if (cells === undefined) {
      cells = new Map()
      cellsOf.set(owner, cells)
    }
    cells.set(key, tr)
  }
  const ids = new Set(units.map((u) => u.id))
  const childrenOf = new Map<string, Array<Source.Unit>>()
  const roots: Array<Source.Unit> = []
  for (const u of units) {
    if (u.parentId !== undefined && ids.has(u.parentId)) {
      const list = childrenOf.get(u.parentId) ?? []
      list.push(u)
      childrenOf.set(u.parentId, list)
    } else roots.push(u)
  }
  const rows: Array<Row> = []
  const stack: Array<{ unit: Source.Unit; depth: number }> = []
  for (let i = roots.length - 1; i >= 0; i--) stack.push({ unit: roots[i]!, depth: 0 })
  while (stack.length > 0) {
    const { unit, depth } = stack.pop()!
    const kids = childrenOf.get(unit.id) ?? []
    rows.push({
      unit,
      depth,
      ...(unit.parentId !== undefined && ids.has(unit.parentId) ? { parentId: unit.parentId } : {}),
      hasChildren: kids.length > 0,
      cells: cellsOf.get(unit.id) ?? new Map()
    })
    for (let i = kids.length - 1; i >= 0; i--) stack.push({ unit: kids[i]!, depth: depth + 1 })
  }
  const sorted = [...columns.values()].sort(
    (a, b) =>
      kindOrder.indexOf(a.kind) - kindOrder.indexOf(b.kind) ||
      a.periodEnd.localeCompare(b.periodEnd) ||
      a.key.localeCompare(b.key)
  )
  return { columns: sorted, rows }
}

/** A status's CSS class, symbol and words. */
export const describe = (
  status: Obligation.Status,
  lang: Lang
): { readonly cls: string; readonly symbol: string; readonly text: string } => {
  switch (status._tag) {
    case "met":
      return { cls: "st-met", symbol: "✓", text: t("met", lang) }
    case "met-late":
      return {
        cls: "st-late",
        symbol: `+${status.workingDaysLate}`,
        text: t("lateBy", lang, { n: status.workingDaysLate })
      }
    case "missing":
      return { cls: "st-missing", symbol: "✗", text: t("overdueBy", lang, { n: status.workingDaysOverdue }) }
    case "not-yet-due":
      return { cls: "st-pending", symbol: "·", text: t("notYetDue", lang) }
  }
}

const columnLabel = (c: Column, lang: Lang): string => {
  if (c.months !== undefined && c.kind === "statistical-report")
    return lang === "vi" ? `${c.months} th` : `${c.months} m`
  if (c.months !== undefined) {
    if (c.months === 12) return lang === "vi" ? "Năm" : "Year"
    return lang === "vi" ? `${c.months} th` : `${c.months} m`
  }
  return date(c.periodEnd, lang)
}

/**
 * A fulfilment record's document in words: its number and title.
 *
 * @example
 * ```ts
 * Matrix.documentText({ number: "07-BB/TU", title: "Biên bản làm việc quý IV" }, "vi") // "số 07-BB/TU — Biên bản làm việc quý IV"
 * Matrix.documentText({ title: "Steering report" }, "en") // "Steering report"
 * Matrix.documentText(undefined, "vi") // ""
 * ```
 */
export const documentText = (
  d: { readonly number?: string; readonly title?: string } | undefined,
  lang: Lang
): string =>
  [d?.number === undefined ? undefined : `${lang === "vi" ? "số" : "no."} ${d.number}`, d?.title]
    .filter((x) => x !== undefined)
    .join(" — ")

/**
 * The words of a cell (its accessible name and its tooltip): the unit, the
 * obligation and its period, the status, the date it was sent (or, met by a
 * fulfilment record, the date it was fulfilled and the document), the due
 * date and the citation.
 *
 * @example
 * ```ts
 * const source = DemoSource.make({ role: "reviewer", unitId: "cuc-tay-ninh" })
 * const [unit] = await source.units()
 * const hearing = (await source.obligations("cuc-tay-ninh", "2023-10-01", "2024-09-30")).find((o) => o.fulfilment !== undefined && o.obligation.owner.unitId === unit.id)
 * Matrix.cellText(unit, hearing, "vi").includes(`Ngày thực hiện ${I18n.date(hearing.fulfilment.fulfilledOn, "vi")} · Văn bản: số ${hearing.fulfilment.document.number}`) // true
 * ```
 */
export const cellText = (unit: Source.Unit, tr: Source.TrackedObligation, lang: Lang): string => {
  const o = tr.obligation
  const s = describe(tr.status, lang)
  const f = tr.fulfilment
  const doc = documentText(f?.document, lang)
  const sent =
    f !== undefined
      ? ` · ${t("fulfilledOn", lang)} ${date(f.fulfilledOn, lang)}${doc === "" ? "" : ` · ${t("document", lang)}: ${doc}`}`
      : "submittedOn" in tr.status
        ? ` · ${t("submittedOn", lang)} ${date(tr.status.submittedOn, lang)}`
        : ""
  const assumed = o.basis === "assumed" ? ` (${t("basisAssumed", lang)})` : ""
  return `${unit.name[lang]} — ${Terms.obligationKind[o.kind][lang]}, ${o.period.label[lang]}: ${s.text}${sent} · ${t("due", lang)} ${date(o.due, lang)}${assumed} · ${t("citation", lang)}: ${cite(o.citation, lang)}`
}

/**
 * Draws the matrix into a table; returns the element (rendering is
 * synchronous: the bench times it).
 *
 * @example
 * ```ts skip-doctest happy-dom has no HTMLTableSectionElement.rows; test/Page.browser.test.ts renders the matrix in Chromium
 * const source = DemoSource.make({ role: "reviewer", unitId: "cuc-tay-ninh" }) // the demonstration data (or ApiSource)
 * const m = Matrix.model(await source.units(), await source.obligations("cuc-tay-ninh", "2023-10-01", "2024-09-30"))
 * document.querySelector("main")!.append(Matrix.render(m, "vi", 2024))
 * ```
 */
export const render = (m: Model, lang: Lang, year: number): HTMLElement => {
  const tooltip = h("div", { class: "tooltip", role: "tooltip", id: "matrix-tip", hidden: true })
  const groups: Array<{ kind: Obligation.Kind; span: number }> = []
  for (const c of m.columns) {
    const last = groups.at(-1)
    if (last !== undefined && last.kind === c.kind) last.span++
    else groups.push({ kind: c.kind, span: 1 })
  }
  const table = h(
    "table",
    { class: "matrix", role: "grid", "aria-readonly": "true", "aria-describedby": "matrix-legend" },
    h("caption", {}, t("matrixCaption", lang, { year: String(year) })),
    h(
      "thead",
      {},
      h(
        "tr",
        {},
        h("th", { scope: "col", rowspan: 2, class: "unit-col" }, t("unit", lang)),
        groups.map((g) => h("th", { scope: "colgroup", colspan: g.span }, Terms.obligationKind[g.kind][lang]))
      ),
      h(
        "tr",
        {},
        m.columns.map((c) => h("th", { scope: "col", title: c.label[lang], "data-col": c.key }, columnLabel(c, lang)))
      )
    )
  )
  const tbody = h("tbody", {})
  const frag = document.createDocumentFragment()
  for (const r of m.rows) {
    const toggle = r.hasChildren
      ? h(
          "button",
          {
            type: "button",
            class: "toggle",
            "aria-expanded": "true",
            "aria-label": `${t("expand", lang)}: ${r.unit.name[lang]}`,
            "data-unit": r.unit.id
          },
          "▾"
        )
      : null
    const tr = document.createElement("tr")
    tr.dataset.unit = r.unit.id
    if (r.parentId !== undefined) tr.dataset.parent = r.parentId
    const th = h("th", { scope: "row", class: `unit depth-${Math.min(r.depth, 4)}` }, toggle, r.unit.name[lang])
    tr.appendChild(th)
    for (const c of m.columns) {
      const td = document.createElement("td")
      td.setAttribute("role", "gridcell")
      td.tabIndex = -1
      const tracked = r.cells.get(c.key)
      if (tracked === undefined) {
        td.className = "st-na"
        td.textContent = "—"
        td.setAttribute("aria-label", `${r.unit.name[lang]}: ${t("notApplicable", lang)}`)
      } else {
        const d = describe(tracked.status, lang)
        td.className = d.cls
        td.textContent = d.symbol
        td.setAttribute("aria-label", cellText(r.unit, tracked, lang))
        td.dataset.obligation = tracked.obligation.id
      }
      tr.appendChild(td)
    }
    frag.appendChild(tr)
  }
  tbody.appendChild(frag)
  table.appendChild(tbody)
  const first = tbody.querySelector("td")
  if (first !== null) first.tabIndex = 0

  // Collapse: hide every descendant row; expand: show the children whose own ancestors are open.
  const rowsOf = new Map<string, HTMLTableRowElement>()
  for (const tr of tbody.rows) rowsOf.set(tr.dataset.unit!, tr)
  const setOpen = (id: string, open: boolean) => {
    const tr = rowsOf.get(id)
    tr?.querySelector("button.toggle")?.setAttribute("aria-expanded", String(open))
    const shown = new Set<string>()
    for (const row of tbody.rows) {
      const parent = row.dataset.parent
      if (parent === undefined) {
        shown.add(row.dataset.unit!)
        continue
      }
      const parentRow = rowsOf.get(parent)
      const parentOpen = parentRow?.querySelector("button.toggle")?.getAttribute("aria-expanded") !== "false"
      const visible = shown.has(parent) && parentOpen
      row.hidden = !visible
      if (visible) shown.add(row.dataset.unit!)
    }
  }
  table.addEventListener("click", (e) => {
    const b = (e.target as Element).closest("button.toggle") as HTMLButtonElement | null
    if (b === null) return
    setOpen(b.dataset.unit!, b.getAttribute("aria-expanded") !== "true")
  })

  // Tooltip on hover and focus.
  const show = (td: HTMLElement) => {
    const text = td.getAttribute("aria-label")
    if (text === null || td.tagName !== "TD") return
    tooltip.textContent = text
    tooltip.hidden = false
    const r = td.getBoundingClientRect()
    tooltip.style.left = `${Math.max(4, r.left + window.scrollX - 120)}px`
    tooltip.style.top = `${r.bottom + window.scrollY + 6}px`
  }
  const hide = () => {
    tooltip.hidden = true
  }
  table.addEventListener("mouseover", (e) => {
    const td = (e.target as Element).closest("td")
    if (td !== null) show(td)
  })
  table.addEventListener("mouseleave", hide)
  table.addEventListener("focusin", (e) => {
    const td = (e.target as Element).closest("td")
    if (td !== null) show(td)
  })
  table.addEventListener("focusout", hide)

  // Arrow keys move the focus between visible cells (roving tabindex).
  table.addEventListener("keydown", (e) => {
    const td = (e.target as Element).closest("td") as HTMLTableCellElement | null
    if (td === null) {
      if (e.key === "Escape") hide()
      return
    }
    const row = td.parentElement as HTMLTableRowElement
    let target: HTMLTableCellElement | null | undefined
    const visibleRows = [...tbody.rows].filter((r) => !r.hidden)
    const ri = visibleRows.indexOf(row)
    if (e.key === "ArrowRight") target = td.nextElementSibling as HTMLTableCellElement | null
    else if (e.key === "ArrowLeft") target = td.previousElementSibling as HTMLTableCellElement | null
    else if (e.key === "ArrowDown") target = visibleRows[ri + 1]?.cells[td.cellIndex]
    else if (e.key === "ArrowUp") target = visibleRows[ri - 1]?.cells[td.cellIndex]
    else if (e.key === "Home") target = row.cells[1]
    else if (e.key === "End") target = row.cells[row.cells.length - 1]
    else if (e.key === "Escape") {
      hide()
      return
    } else return
    if (target == null || target.tagName !== "TD") return
    e.preventDefault()
    td.tabIndex = -1
    target.tabIndex = 0
    target.focus()
  })

  const legend = h(
    "ul",
    { class: "legend", id: "matrix-legend", "aria-label": t("legend", lang) },
    (
      [
        ["st-met", "✓", t("met", lang)],
        ["st-late", "+N", t("lateBy", lang, { n: "N" })],
        ["st-missing", "✗", t("missing", lang)],
        ["st-pending", "·", t("notYetDue", lang)],
        ["st-na", "—", t("notApplicable", lang)]
      ] as const
    ).map(([cls, sym, text]) => h("li", {}, h("span", { class: `swatch ${cls}`, "aria-hidden": "true" }, sym), text))
  )
  const tools = h(
    "div",
    { class: "toolbar" },
    h(
      "button",
      {
        type: "button",
        onclick: () => {
          for (const b of tbody.querySelectorAll("button.toggle")) b.setAttribute("aria-expanded", "true")
          for (const r of tbody.rows) r.hidden = false
        }
      },
      t("expandAll", lang)
    ),
    h(
      "button",
      {
        type: "button",
        onclick: () => {
          for (const r of m.rows) if (r.hasChildren) setOpen(r.unit.id, false)
        }
      },
      t("collapseAll", lang)
    )
  )
  return h("div", { class: "matrix-view" }, legend, tools, h("div", { class: "scroll" }, table), tooltip)
}
