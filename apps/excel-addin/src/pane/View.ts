/**
 * The task pane's HTML (giao diện ngăn tác vụ), rendered from its state with
 * plain DOM calls: header with the language switch, the "Kiểm tra" and
 * "Đánh dấu" buttons, the verdict, the findings grouped by severity (each
 * with its message, citation and a button to its cell), the KPI panel and
 * the next deadlines.
 *
 * @since 0.1.0
 */
import { Citation, CivilDate, type Finding, type Kpi, type ReportingDeadline, StatisticalPeriod } from "@thads/core"
import * as Review from "./Review.js"
import * as Sent from "./Sent.js"
import type * as Settings from "./Settings.js"
import * as Texts from "./Texts.js"

/**
 * The state the pane shows.
 *
 * @example
 * ```ts
 * const s: View.State = { lang: "vi", busy: false }
 * ```
 * @since 0.1.0
 */
export interface State {
  readonly lang: Texts.Lang
  readonly busy: false | "checking" | "marking" | "sending"
  readonly review?: Review.Review
  /** The sending settings as last loaded or saved. */
  readonly settings?: Settings.Settings
  /** The answer of the last "Gửi báo cáo". */
  readonly sent?: Sent.Outcome
  readonly status?: { readonly kind: "ok" | "error"; readonly text: string }
}

/**
 * What the view calls back.
 *
 * @example
 * ```ts
 * const actions: View.Actions = { check: () => {}, mark: () => {}, select: () => {}, toggleLanguage: () => {}, saveSettings: () => {}, send: () => {} }
 * ```
 * @since 0.1.0
 */
export interface Actions {
  readonly check: () => void
  readonly mark: () => void
  readonly select: (sheet: string, cell: string) => void
  readonly toggleLanguage: () => void
  readonly saveSettings: (settings: Settings.Settings) => void
  readonly send: () => void
}

type Child = Node | string | undefined | false
const h = (tag: string, attrs: Record<string, string | undefined> = {}, ...children: ReadonlyArray<Child>) => {
  const el = document.createElement(tag)
  for (const [k, v] of Object.entries(attrs)) if (v !== undefined) el.setAttribute(k, v)
  for (const c of children) if (c !== undefined && c !== false) el.append(c)
  return el
}

const number = (n: number, lang: Texts.Lang, digits = 2) =>
  new Intl.NumberFormat(lang === "vi" ? "vi-VN" : "en-US", { maximumFractionDigits: digits }).format(n)

const dateText = (d: CivilDate.CivilDate, lang: Texts.Lang) => (lang === "vi" ? CivilDate.formatVi(d) : d)

const findingItem = (f: Finding.Finding, lang: Texts.Lang, t: ReturnType<typeof Texts.of>, actions: Actions) => {
  const { sheet, cell } = f.location
  const where = sheet !== undefined && cell !== undefined ? `${sheet}!${cell}` : undefined
  const go =
    where === undefined
      ? undefined
      : h("button", { class: "cell", type: "button", title: `${t.goTo} ${where}`, "data-cell": where }, where)
  go?.addEventListener("click", () => actions.select(sheet!, cell!))
  return h(
    "li",
    { class: `finding ${f.severity}`, "data-code": f.code, ...(where === undefined ? {} : { "data-cell": where }) },
    h("div", { class: "head" }, go, h("code", {}, f.code)),
    h("p", { class: "message" }, f.message[lang]),
    h("p", { class: "citation" }, `${t.basis}: ${Citation.render(f.citation, lang)}`)
  )
}

const kpiRow = (k: Kpi.Kpi, lang: Texts.Lang, t: ReturnType<typeof Texts.of>) => {
  const value =
    k.value === null
      ? t.undefinedValue
      : `${k.value > 0 && k.unit === "percentage-points" ? "+" : ""}${number(k.value, lang)}${k.unit === "percent" ? " %" : k.unit === "percentage-points" ? (lang === "vi" ? " điểm %" : " pts") : ""}`
  const target =
    k.target === undefined
      ? undefined
      : h(
          "div",
          { class: "target" },
          `${t.target} ${k.target.op === ">" ? ">" : "≥"} ${number(k.target.value, lang)} %` +
            (k.target.scope === "national" ? ` (${t.national})` : "") +
            (k.target.met === null ? "" : ` — ${k.target.met ? t.met : t.notMet}`) +
            (k.target.gap === null ? "" : `; ${t.gap} ${k.target.gap > 0 ? "+" : ""}${number(k.target.gap, lang)}`)
        )
  return h(
    "tr",
    { "data-kpi": k.id, class: k.target?.met === false ? "below" : undefined },
    h("th", { scope: "row" }, k.label[lang], h("div", { class: "formula" }, k.formula[lang]), target),
    h("td", { class: "value" }, value)
  )
}

const deadlineItem = (d: ReportingDeadline.Deadline, lang: Texts.Lang, t: ReturnType<typeof Texts.of>) =>
  h(
    "li",
    { "data-deadline": d.deadline },
    h("strong", {}, dateText(d.deadline, lang)),
    ` — ${t.period} ${StatisticalPeriod.label(d.period, lang)}`,
    h(
      "div",
      { class: "citation" },
      `${Citation.render(d.citation, lang)}${d.basis === "assumed" ? (lang === "vi" ? " (giả định)" : " (assumed)") : ""}${d.estimated ? (lang === "vi" ? ", lịch nghỉ ước tính" : ", estimated calendar") : ""}`
    )
  )

/** The "Gửi báo cáo" section: settings, the button, and the service's answer. */
const sendSection = (state: State, t: ReturnType<typeof Texts.of>, actions: Actions) => {
  const lang = state.lang
  const server = h("input", {
    id: "server-url",
    type: "url",
    placeholder: "https://…",
    value: state.settings?.serverUrl ?? ""
  }) as HTMLInputElement
  const key = h("input", {
    id: "api-key",
    type: "password",
    autocomplete: "off",
    value: state.settings?.apiKey ?? ""
  }) as HTMLInputElement
  const current = () => ({ serverUrl: server.value, apiKey: key.value })
  const save = h("button", { id: "save-settings", type: "button" }, t.saveSettings)
  const send = h(
    "button",
    { id: "send", class: "primary", type: "button" },
    state.busy === "sending" ? t.sending : t.send
  )
  if (state.busy !== false) send.setAttribute("disabled", "")
  save.addEventListener("click", () => actions.saveSettings(current()))
  send.addEventListener("click", () => {
    actions.saveSettings(current())
    actions.send()
  })
  const sent = state.sent
  const answer =
    sent === undefined
      ? undefined
      : (() => {
          const shown = Sent.lines(sent, lang)
          return h(
            "div",
            { id: "sent", class: `status ${shown.kind}`, "data-outcome": sent._tag, role: "status" },
            h("strong", {}, shown.headline),
            ...shown.details.map((d) => h("div", { class: "detail" }, d)),
            shown.findings.length === 0
              ? undefined
              : h(
                  "ul",
                  {},
                  ...shown.findings.map((f) =>
                    h(
                      "li",
                      { class: `finding ${f.severity}`, "data-code": f.code },
                      h("code", {}, f.code),
                      ` ${f.message[lang]}`
                    )
                  )
                )
          )
        })()
  return h(
    "section",
    { id: "send-report" },
    h("h2", {}, t.sendTitle),
    h("label", {}, t.serverUrl, server),
    h("label", {}, t.apiKey, key),
    h("div", { class: "actions" }, send, save),
    answer
  )
}

/**
 * Renders the whole pane into `root`.
 *
 * @example
 * ```ts
 * const root = document.createElement("div") // in the pane: document.getElementById("app")!
 * const actions: View.Actions = { check: () => {}, mark: () => {}, select: () => {}, toggleLanguage: () => {}, saveSettings: () => {}, send: () => {} }
 * View.render(root, { lang: "vi", busy: "checking" }, actions)
 * root.querySelector("#check")?.textContent // "Đang kiểm tra…"
 * root.querySelector("#check")?.hasAttribute("disabled") // true
 * ```
 * @since 0.1.0
 */
export const render = (root: HTMLElement, state: State, actions: Actions): void => {
  const t = Texts.of(state.lang)
  const lang = state.lang
  document.documentElement.lang = lang
  const check = h(
    "button",
    { id: "check", class: "primary", type: "button" },
    state.busy === "checking" ? t.checking : t.check
  )
  const mark = h("button", { id: "mark", type: "button" }, state.busy === "marking" ? t.marking : t.mark)
  const langButton = h("button", { id: "lang", type: "button", class: "link" }, t.language)
  if (state.busy !== false) {
    check.setAttribute("disabled", "")
    mark.setAttribute("disabled", "")
  }
  check.addEventListener("click", actions.check)
  mark.addEventListener("click", actions.mark)
  langButton.addEventListener("click", actions.toggleLanguage)

  const parts: Array<Child> = [
    h("header", {}, h("h1", {}, t.title), langButton),
    h("p", { class: "subtitle" }, t.subtitle),
    h("div", { class: "actions" }, check, mark),
    state.status === undefined
      ? undefined
      : h("p", { id: "status", class: `status ${state.status.kind}`, role: "status" }, state.status.text)
  ]
  const review = state.review
  if (review?._tag === "NoReport") {
    parts.push(
      h("section", { id: "no-report", class: "status error" }, h("h2", {}, t.noReport), h("p", {}, review.text[lang]))
    )
  } else if (review?._tag === "Checked") {
    const { result } = review
    const c = result.stats.findings
    const header = result.report
    parts.push(
      h(
        "section",
        { id: "verdict", class: result.valid ? "valid" : "invalid" },
        h("strong", {}, result.valid ? t.valid : t.invalid),
        ` — ${t.summary(c.error, c.warning, c.info)}`,
        header === undefined
          ? undefined
          : h(
              "div",
              { class: "unit" },
              `${header.unitId} · ${StatisticalPeriod.label({ year: header.year, months: header.months as StatisticalPeriod.Months }, lang)}`
            )
      )
    )
    const groups = Review.bySeverity(result.findings)
    const findings = h("section", { id: "findings" })
    for (const severity of ["error", "warning", "info"] as const) {
      const list = groups[severity]
      const details = h(
        "details",
        { class: `group ${severity}`, "data-severity": severity, ...(severity === "info" ? {} : { open: "" }) },
        h("summary", {}, `${t[severity]} (${list.length})`),
        list.length === 0
          ? h("p", { class: "empty" }, t.none)
          : h("ul", {}, ...list.map((f) => findingItem(f, lang, t, actions)))
      )
      findings.append(details)
    }
    parts.push(findings)
    parts.push(
      h(
        "section",
        { id: "kpis" },
        h("h2", {}, t.kpis),
        h("table", {}, h("tbody", {}, ...review.kpis.map((k) => kpiRow(k, lang, t))))
      )
    )
    parts.push(
      h(
        "section",
        { id: "deadlines" },
        h("h2", {}, t.deadlines),
        review.deadlines.length === 0
          ? h("p", { class: "empty" }, t.noDeadlines)
          : h("ol", {}, ...review.deadlines.map((d) => deadlineItem(d, lang, t)))
      )
    )
    parts.push(h("footer", {}, `${t.ruleSet} ${result.ruleSet.version} · ${result.ruleSet.hash.slice(0, 12)}`))
  }
  parts.push(sendSection(state, t, actions))
  root.replaceChildren(...parts.filter((p): p is Node | string => p !== undefined && p !== false))
}
