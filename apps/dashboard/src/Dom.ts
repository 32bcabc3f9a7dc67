/**
 * A few lines of DOM building (no framework): `h("td", { class: "x" }, "text")`.
 */

type Child = Node | string | number | null | undefined | false
type Attrs = Readonly<Record<string, string | number | boolean | undefined | EventListener>>

/**
 * Makes an element with attributes (`on…` keys are listeners; `true` sets an
 * empty attribute; `false`/`undefined` leave it out) and children.
 *
 * @example
 * ```ts
 * const button = Dom.h("button", { type: "button", onclick: () => console.log("Xem") }, "Xem")
 * button.outerHTML // '<button type="button">Xem</button>'
 * ```
 */
export const h = <K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Attrs = {},
  ...children: ReadonlyArray<Child | ReadonlyArray<Child>>
): HTMLElementTagNameMap[K] => {
  const el = document.createElement(tag)
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === false) continue
    if (typeof v === "function") el.addEventListener(k.slice(2), v)
    else el.setAttribute(k, v === true ? "" : String(v))
  }
  append(el, children)
  return el
}

const append = (el: Element, children: ReadonlyArray<Child | ReadonlyArray<Child>>) => {
  for (const c of children) {
    if (Array.isArray(c)) append(el, c)
    else if (c instanceof Node) el.appendChild(c)
    else if (c !== null && c !== undefined && c !== false) el.appendChild(document.createTextNode(String(c)))
  }
}

/**
 * Replaces an element's children.
 *
 * @example
 * ```ts
 * const main = Dom.h("main", {}, Dom.h("p", {}, "Bảng cũ"))
 * Dom.replace(main, Dom.h("p", {}, "Đang tải…"))
 * main.innerHTML // "<p>Đang tải…</p>"
 * ```
 */
export const replace = (el: Element, ...children: ReadonlyArray<Child | ReadonlyArray<Child>>): void => {
  el.replaceChildren()
  append(el, children)
}

/**
 * A labelled `<select>`: the label is a real `<label for>`.
 *
 * @example
 * ```ts
 * const field = Dom.select("unit", "Đơn vị", [["a", "A"], ["b", "B"]], "a", (v) => console.log(v))
 * field.querySelector("label")?.getAttribute("for") // "unit"
 * field.querySelector("select")?.value // "a"
 * ```
 */
export const select = (
  id: string,
  label: string,
  options: ReadonlyArray<readonly [string, string]>,
  value: string,
  onChange: (value: string) => void
): HTMLElement => {
  const s = h(
    "select",
    { id, onchange: (e: Event) => onChange((e.target as HTMLSelectElement).value) },
    options.map(([v, text]) => h("option", { value: v, selected: v === value }, text))
  )
  return h("div", { class: "field" }, h("label", { for: id }, label), s)
}

/**
 * A data table: caption, one header row of column headers, and body rows.
 *
 * @example
 * ```ts
 * const table = Dom.dataTable({ id: "t" }, "Số liệu", ["Kỳ", "Giá trị"], [Dom.h("tr", {}, Dom.h("th", { scope: "row" }, "1"), Dom.h("td", {}, "2"))])
 * table.querySelector("caption")?.textContent // "Số liệu"
 * [...table.querySelectorAll("thead th")].map((th) => th.getAttribute("scope")) // ["col", "col"]
 * ```
 */
export const dataTable = (
  attrs: Attrs,
  caption: string | null,
  headers: ReadonlyArray<string>,
  rows: ReadonlyArray<Child>
): HTMLTableElement =>
  h(
    "table",
    { class: "data", ...attrs },
    caption === null ? null : h("caption", {}, caption),
    h(
      "thead",
      {},
      h(
        "tr",
        {},
        headers.map((x) => h("th", { scope: "col" }, x))
      )
    ),
    h("tbody", {}, rows)
  )
