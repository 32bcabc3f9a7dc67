/**
 * The form that records a fulfilled obligation (ghi nhận thực hiện nghĩa
 * vụ): a hearing held or a steering report sent, with the date, the document
 * (number, title) and a note, sent through the page's source
 * (`POST /v1/fulfilments`). Shown only for the obligations the key may
 * record (a submitter its unit's, an admin the directive actors'); an
 * obligation already recorded is corrected: the request names the current
 * record in `supersedes`. Each submission carries an `Idempotency-Key`, the
 * same for the same request, so a double click records once. A refusal is
 * shown in the user's words (the problem's kind), with the server's text.
 */
import { canRecord } from "@thads/api/Access"
import { Terms } from "@thads/core"
import { h, replace } from "../Dom.js"
import { date, type Lang, problem, t } from "../I18n.js"
import * as Source from "../Source.js"
import { documentText } from "./Matrix.js"

/**
 * The obligations the key may record now: not statistical reports (met by
 * submitting them), owned by the key's unit (submitter) or by a directive
 * actor (admin), whose period has started by `asOf` (no date could be
 * accepted before); by period end, then owner.
 *
 * @example
 * ```ts
 * const source = DemoSource.make({ role: "submitter", unitId: "chi-cuc-go-dau" })
 * const me = await source.me()
 * const list = Fulfil.recordable(me, await source.obligations("chi-cuc-go-dau", "2023-10-01", "2024-09-30"), source.asOf)
 * list.length // 6
 * [...new Set(list.map((x) => x.obligation.kind))] // ["hearing", "steering-report"]
 * Fulfil.recordable({ role: "reviewer", unitId: "cuc-tay-ninh" }, await source.obligations("chi-cuc-go-dau", "2023-10-01", "2024-09-30"), source.asOf) // []
 * ```
 */
export const recordable = (
  me: Source.Me,
  tracked: ReadonlyArray<Source.TrackedObligation>,
  asOf: string
): ReadonlyArray<Source.TrackedObligation> =>
  tracked
    .filter(
      (x) =>
        x.obligation.kind !== "statistical-report" &&
        x.obligation.period.start <= asOf &&
        canRecord(me, x.obligation.owner)
    )
    .sort(
      (a, b) =>
        a.obligation.period.end.localeCompare(b.obligation.period.end) || a.obligation.id.localeCompare(b.obligation.id)
    )

/** What the form holds. */
export interface Fields {
  readonly obligationId: string
  readonly fulfilledOn: string
  readonly number: string
  readonly title: string
  readonly note: string
}

/**
 * The request of the form's fields: text trimmed, empty fields left out (no
 * document when it has neither number nor title), and — for an obligation
 * already recorded — `supersedes` naming its current record (a correction).
 *
 * @example
 * ```ts
 * const fields = { obligationId: "hearing/A04/2023-12-31", fulfilledOn: "2024-01-18", number: " 07-BB/ĐU ", title: "", note: "" }
 * Fulfil.request(fields, undefined) // { obligationId: "hearing/A04/2023-12-31", fulfilledOn: "2024-01-18", document: { number: "07-BB/ĐU" } }
 * Fulfil.request({ ...fields, number: "", note: "Họp ngày 18/1" }, { id: "r1", fulfilledOn: "2024-01-17" }) // { fulfilledOn: "2024-01-18", note: "Họp ngày 18/1", supersedes: "r1" }
 * "document" in Fulfil.request({ ...fields, number: "" }, undefined) // false
 * ```
 */
export const request = (fields: Fields, current: Source.FulfilmentRef | undefined): Source.FulfilmentRequest => {
  const number = fields.number.trim()
  const title = fields.title.trim()
  const note = fields.note.trim()
  return {
    obligationId: fields.obligationId,
    fulfilledOn: fields.fulfilledOn.trim(),
    ...(number === "" && title === ""
      ? {}
      : { document: { ...(number === "" ? {} : { number }), ...(title === "" ? {} : { title }) } }),
    ...(note === "" ? {} : { note }),
    ...(current === undefined ? {} : { supersedes: current.id })
  }
}

/**
 * A new `Idempotency-Key`: 128 random bits in hex. `crypto.getRandomValues`,
 * not `randomUUID`: the page is served over plain HTTP on a LAN, where
 * `randomUUID` (secure contexts only) is missing.
 *
 * @example
 * ```ts
 * Fulfil.newKey().length // 32
 * Fulfil.newKey() === Fulfil.newKey() // false
 * ```
 */
export const newKey = (): string => {
  const bytes = crypto.getRandomValues(new Uint8Array(16))
  let out = ""
  for (const b of bytes) out += b.toString(16).padStart(2, "0")
  return out
}

/** A submission of the form: the request's JSON and the key it is sent with. */
export interface Attempt {
  readonly body: string
  readonly key: string
}

/**
 * The key to send a request with: the previous attempt's when the request is
 * the same (a double click, a retry after a lost answer: the server answers
 * the stored record again), else a new one.
 *
 * @example
 * ```ts
 * const held = { obligationId: "hearing/A04/2023-12-31", fulfilledOn: "2024-01-18" }
 * const first = Fulfil.attempt(undefined, held)
 * Fulfil.attempt(first, { ...held }).key === first.key // true
 * Fulfil.attempt(first, { ...held, fulfilledOn: "2024-01-19" }).key === first.key // false
 * ```
 */
export const attempt = (previous: Attempt | undefined, req: Source.FulfilmentRequest): Attempt => {
  const body = JSON.stringify(req)
  return previous !== undefined && previous.body === body ? previous : { body, key: newKey() }
}

/**
 * A refusal in the user's words: "Không ghi nhận được: " and the problem's
 * sentence; the server's own text is kept apart (`detail`).
 *
 * @example
 * ```ts
 * const e = new Source.SourceError("Unprocessable Content: fulfilledOn is after today (in Vietnam): 2024-10-09 > 2024-10-07", 422, "fulfilment-date-future")
 * Fulfil.refusal(e, "vi").text // "Không ghi nhận được: Ngày thực hiện không được sau ngày hôm nay."
 * Fulfil.refusal(e, "en").text // "Not recorded: The date cannot be after today."
 * Fulfil.refusal(new Error("network down"), "en") // { text: "Not recorded: network down", detail: "" }
 * ```
 */
export const refusal = (err: unknown, lang: Lang): { readonly text: string; readonly detail: string } => {
  const message = err instanceof Error ? err.message : String(err)
  // Duck-typed: the demonstration data is a bundle of its own, with its own copy of the SourceError class.
  const slug =
    typeof err === "object" && err !== null && typeof (err as { problem?: unknown }).problem === "string"
      ? (err as { problem: string }).problem
      : undefined
  const words = problem(slug, message, lang)
  return { text: `${t("refused", lang)}: ${words}`, detail: words === message ? "" : message }
}

/**
 * An obligation as an option of the form: owner — kind, period.
 *
 * @example
 * ```ts
 * const source = DemoSource.make({ role: "admin", unitId: "cuc-tay-ninh" })
 * const [first] = await source.actorObligations("2023-10-01", "2024-09-30")
 * Fulfil.label(first, "en") // "Party Committee of the Provincial Police — report at the standing board's hearing, 3 months of statistical year 2024 (2023-10-01 – 2023-12-31)"
 * ```
 */
export const label = (x: Source.TrackedObligation, lang: Lang): string =>
  `${x.obligation.owner.name[lang]} — ${Terms.obligationKind[x.obligation.kind][lang]}, ${x.obligation.period.label[lang]}`

/** What the form needs. */
export interface Options {
  readonly lang: Lang
  /** The obligations the key may record ({@link recordable}). */
  readonly obligations: ReadonlyArray<Source.TrackedObligation>
  /** The obligation chosen first (default: the first not yet recorded). */
  readonly selected?: string
  /** A message to show in the form's status line (e.g. the last record). */
  readonly notice?: string
  readonly record: (request: Source.FulfilmentRequest, idempotencyKey: string) => Promise<Source.FulfilmentRecord>
  readonly onRecorded: (record: Source.FulfilmentRecord, obligation: Source.TrackedObligation) => void
  /** Called with the obligation chosen, when the form is drawn and at each change (the view shows its record's history). */
  readonly onShow?: (obligation: Source.TrackedObligation | undefined) => void
}

/** The form, and a way to open an obligation in it (from the matrix or the actors' table). */
export interface Form {
  readonly element: HTMLElement
  /** Selects the obligation and moves the focus to the date; false when the form does not offer it. */
  choose(obligationId: string): boolean
}

/**
 * Draws the form (`#fulfil-form`).
 *
 * @example
 * ```ts
 * const source = DemoSource.make({ role: "submitter", unitId: "chi-cuc-go-dau" })
 * const me = await source.me()
 * const obligations = Fulfil.recordable(me, await source.obligations("chi-cuc-go-dau", "2023-10-01", "2024-09-30"), source.asOf)
 * const form = Fulfil.render({ lang: "vi", obligations, record: source.record, onRecorded: () => {} })
 * form.element.querySelectorAll("#fulfil-obligation option").length // 6
 * form.choose("statistical-report/chi-cuc-go-dau/2023-10-31") // false
 * ```
 */
export const render = (o: Options): Form => {
  const { lang } = o
  const byId = new Map(o.obligations.map((x) => [x.obligation.id, x]))
  const first = o.obligations.find((x) => x.fulfilment === undefined) ?? o.obligations[0]
  const initial = o.selected !== undefined && byId.has(o.selected) ? o.selected : first?.obligation.id
  const input = (id: string, attrs: Readonly<Record<string, string | boolean>> = {}) =>
    h("input", { id, name: id, type: "text", autocomplete: "off", ...attrs })
  const obligation = h(
    "select",
    { id: "fulfil-obligation", name: "obligation" },
    o.obligations.map((x) =>
      h(
        "option",
        { value: x.obligation.id, selected: x.obligation.id === initial },
        `${label(x, lang)}${x.fulfilment === undefined ? "" : ` (${t("recorded", lang)} ${date(x.fulfilment.fulfilledOn, lang)})`}`
      )
    )
  )
  const day = input("fulfil-date", { type: "date", required: true, "aria-describedby": "fulfil-current" })
  const number = input("fulfil-number", { maxlength: "100" })
  const title = input("fulfil-title", { maxlength: "500" })
  const note = h("textarea", { id: "fulfil-note", name: "fulfil-note", rows: 2, maxlength: 2000 })
  const current = h("p", { id: "fulfil-current", class: "help" })
  const submit = h("button", { type: "submit", id: "fulfil-submit" })
  const status = h("p", { id: "fulfil-status", role: "status", class: "notice", tabindex: -1 }, o.notice ?? "")
  const error = h("div", { id: "fulfil-error", role: "alert", class: "error" })

  // The chosen obligation: a recorded one is corrected (its record's date and document filled in).
  const show = () => {
    const x = byId.get(obligation.value)
    o.onShow?.(x)
    const f = x?.fulfilment
    if (f === undefined) {
      replace(current)
      current.hidden = true
      submit.textContent = t("record", lang)
      return
    }
    const doc = documentText(f.document, lang)
    replace(current, t("correcting", lang, { date: date(f.fulfilledOn, lang), doc: doc === "" ? "" : ` (${doc})` }))
    current.hidden = false
    submit.textContent = t("correct", lang)
    day.value = f.fulfilledOn
    number.value = f.document?.number ?? ""
    title.value = f.document?.title ?? ""
  }
  obligation.addEventListener("change", () => {
    day.value = ""
    number.value = ""
    title.value = ""
    note.value = ""
    replace(error)
    show()
  })
  show()

  let last: Attempt | undefined
  let busy = false
  const form = h(
    "form",
    {
      id: "fulfil-form",
      class: "fulfil",
      "aria-labelledby": "fulfil-heading",
      onsubmit: async (e: Event) => {
        e.preventDefault()
        if (busy) return
        const x = byId.get(obligation.value)
        if (x === undefined) return
        const req = request(
          {
            obligationId: x.obligation.id,
            fulfilledOn: day.value,
            number: number.value,
            title: title.value,
            note: note.value
          },
          x.fulfilment
        )
        last = attempt(last, req)
        busy = true
        submit.disabled = true
        replace(error)
        replace(status, t("sending", lang))
        try {
          const record = await o.record(req, last.key)
          last = undefined
          replace(status, t("recordedOk", lang, { obligation: label(x, lang), date: date(record.fulfilledOn, lang) }))
          o.onRecorded(record, x)
        } catch (err) {
          const r = refusal(err, lang)
          replace(status)
          replace(error, h("p", {}, r.text), r.detail === "" ? null : h("p", { class: "detail", lang: "en" }, r.detail))
        } finally {
          busy = false
          submit.disabled = false
        }
      }
    },
    h("h3", { id: "fulfil-heading" }, t("fulfil", lang)),
    h("p", { class: "help", id: "fulfil-help" }, t("fulfilHelp", lang)),
    h("div", { class: "field wide" }, h("label", { for: "fulfil-obligation" }, t("obligation", lang)), obligation),
    current,
    h("div", { class: "field" }, h("label", { for: "fulfil-date" }, t("fulfilledOn", lang)), day),
    h("div", { class: "field" }, h("label", { for: "fulfil-number" }, t("docNumber", lang)), number),
    h("div", { class: "field wide" }, h("label", { for: "fulfil-title" }, t("docTitle", lang)), title),
    h("div", { class: "field wide" }, h("label", { for: "fulfil-note" }, t("note", lang)), note),
    submit,
    status,
    error
  )
  return {
    element: form,
    choose: (obligationId) => {
      if (!byId.has(obligationId)) return false
      obligation.value = obligationId
      obligation.dispatchEvent(new Event("change"))
      day.focus()
      return true
    }
  }
}
