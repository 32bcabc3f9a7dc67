/**
 * The history of an obligation's fulfilment record (lịch sử bản ghi): every
 * version, newest first — the date fulfilled, the document, the note, when
 * the service stored it and with which key (its id) — the current version
 * marked and each earlier one naming the version that corrected it, so a
 * correction is visible and auditable (the Ban Nội chính Tỉnh ủy monitors
 * the directive). Opened from a matrix cell or a party body's row that has a
 * record, and beside the form when it corrects one; read through the source
 * (`GET /v1/fulfilments?history=true`), so a key sees what the server lets it
 * read.
 */
import { dataTable, h, replace } from "../Dom.js"
import { date, dateTime, type Lang, t } from "../I18n.js"
import type * as Source from "../Source.js"
import { label } from "./Fulfil.js"
import { documentText } from "./Matrix.js"

/**
 * The table of the versions (`#history-table`), in the order given (the
 * source's: newest first): the version as the row's header, the date
 * fulfilled, the document, the note, when it was recorded (in Vietnam's
 * time), the key's id ("this key" when it is the signed-in key's) and the
 * state: current, or corrected by a later version (in words, not by colour
 * alone).
 *
 * @example
 * ```ts
 * const admin = DemoSource.make({ role: "admin", unitId: "cuc-tay-ninh" })
 * const done = (await admin.actorObligations("2023-10-01", "2024-09-30")).find((x) => x.fulfilment !== undefined)
 * await admin.record({ obligationId: done.obligation.id, fulfilledOn: "2024-10-02", note: "Sửa ngày họp", supersedes: done.fulfilment.id }, "k1")
 * const table = History.render(await admin.history(done.obligation), "vi", "Lịch sử", "demo-admin")
 * [...table.querySelectorAll("tbody th")].map((th) => th.textContent) // ["Lần 2", "Lần 1"]
 * [...table.querySelectorAll("tbody tr")].map((tr) => tr.lastElementChild.textContent) // ["✓ Hiện hành (được tính)", "Đã được sửa bởi lần 2"]
 * [...table.querySelector("tbody tr").children].map((c) => c.textContent) // ["Lần 2", "02/10/2024", "—", "Sửa ngày họp", "07/10/2024 10:00", "demo-admin (khóa này)", "✓ Hiện hành (được tính)"]
 * ```
 */
export const render = (
  versions: ReadonlyArray<Source.FulfilmentVersion>,
  lang: Lang,
  caption: string,
  keyId?: string
): HTMLTableElement => {
  const correctedBy = new Map<string, number>()
  for (const v of versions) if (v.supersedes !== null) correctedBy.set(v.supersedes, v.version)
  const rows = versions.map((v) => {
    const by = correctedBy.get(v.id)
    return h(
      "tr",
      { "data-version": v.version, class: v.current ? "current" : undefined },
      h("th", { scope: "row" }, t("versionN", lang, { n: v.version })),
      h("td", {}, date(v.fulfilledOn, lang)),
      h("td", {}, documentText(v.document, lang) || "—"),
      h("td", {}, v.note ?? "—"),
      h("td", {}, dateTime(v.recordedAt, lang)),
      h("td", {}, h("code", {}, v.keyId), v.keyId === keyId ? ` (${t("thisKey", lang)})` : null),
      h(
        "td",
        { class: v.current ? "state-current" : "state-superseded" },
        v.current ? h("span", { "aria-hidden": "true" }, "✓ ") : null,
        v.current ? t("current", lang) : by === undefined ? t("superseded", lang) : t("supersededBy", lang, { n: by })
      )
    )
  })
  return dataTable(
    { id: "history-table" },
    caption,
    [
      t("versionCol", lang),
      t("fulfilledOn", lang),
      t("document", lang),
      t("note", lang),
      t("recordedAt", lang),
      t("keyId", lang),
      t("status", lang)
    ],
    rows
  )
}

/** The history panel of the obligations view. */
export interface Panel {
  readonly element: HTMLElement
  /**
   * Shows the history of `x`'s record, read from the source; `focus` moves the focus to the panel (an explicit
   * opening), else it stays where it is (the form). A later opening wins over a slower earlier one.
   */
  open(x: Source.TrackedObligation, focus: boolean): Promise<void>
  /** Hides the panel (the focus stays where it is; the panel's own close button takes it back to what opened it). */
  close(): void
}

/**
 * The panel (`#history`, hidden until opened): a heading, what the history
 * means, a live status while loading, the table, or the refusal.
 *
 * @example
 * ```ts
 * const source = DemoSource.make({ role: "reviewer", unitId: "cuc-tay-ninh" })
 * const done = (await source.actorObligations("2023-10-01", "2024-09-30")).find((x) => x.fulfilment !== undefined)
 * const panel = History.panel(source, "en")
 * panel.element.hidden // true
 * await panel.open(done, false)
 * panel.element.querySelectorAll("#history-table tbody tr").length // 1
 * panel.element.querySelector("caption").textContent.startsWith("History of the record: Party Committee of the Provincial Police") // true
 * ```
 */
export const panel = (source: Pick<Source.Source, "history">, lang: Lang, keyId?: string): Panel => {
  const heading = h("h3", { id: "history-heading", tabindex: -1 }, t("history", lang))
  const status = h("p", { id: "history-status", role: "status", class: "notice" })
  const body = h("div", { class: "scroll" })
  let seq = 0
  let returnTo: HTMLElement | null = null
  const close = (restore: boolean) => {
    seq++
    section.hidden = true
    replace(body)
    status.textContent = ""
    if (restore && returnTo?.isConnected) returnTo.focus()
    returnTo = null
  }
  const section = h(
    "section",
    { id: "history", class: "history", "aria-labelledby": "history-heading", hidden: true },
    heading,
    h("p", { class: "help" }, t("historyHelp", lang)),
    status,
    body,
    h("button", { type: "button", id: "history-close", onclick: () => close(true) }, t("close", lang))
  )
  return {
    element: section,
    close: () => close(false),
    open: async (x, focus) => {
      const id = ++seq
      section.hidden = false
      replace(body)
      status.textContent = t("loading", lang)
      if (focus) {
        returnTo = document.activeElement instanceof HTMLElement ? document.activeElement : null
        heading.focus()
      }
      try {
        const list = await source.history(x.obligation)
        if (id !== seq) return
        replace(
          body,
          list.length === 0
            ? h("p", {}, t("historyNone", lang))
            : render(list, lang, t("historyOf", lang, { obligation: label(x, lang) }), keyId)
        )
      } catch (err) {
        if (id !== seq) return
        replace(
          body,
          h(
            "p",
            { class: "error", role: "alert" },
            `${t("historyFailed", lang)}: ${err instanceof Error ? err.message : String(err)}`
          )
        )
      }
      status.textContent = ""
    }
  }
}
