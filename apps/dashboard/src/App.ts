/**
 * The page: sign-in (an API key of the service, or the demonstration data),
 * the header (who is signed in, the language switch), the navigation and the
 * four views, routed by the address's hash (`#/matrix?year=2024`), so every
 * view has an address a reviewer can bookmark or send.
 */
import { h, replace, select } from "./Dom.js"
import { type Lang, t } from "./I18n.js"
import * as Source from "./Source.js"
import * as Kpis from "./views/Kpis.js"
import * as Obligations from "./views/Obligations.js"
import * as Rollup from "./views/Rollup.js"
import * as Submissions from "./views/Submissions.js"

/** How the page makes a source: from an API key, or the demo for a role. */
export interface Connect {
  readonly api: (key: string) => Promise<Source.Source>
  readonly demo: (me: Source.Me) => Promise<Source.Source>
}

interface Route {
  readonly view: "matrix" | "kpis" | "submissions" | "submission" | "rollup"
  readonly id?: string
  readonly params: URLSearchParams
}

const parse = (hash: string): Route => {
  const [path = "", query = ""] = hash.replace(/^#\/?/, "").split("?")
  const params = new URLSearchParams(query)
  const parts = path.split("/")
  if (parts[0] === "submissions" && parts[1]) return { view: "submission", id: decodeURIComponent(parts[1]), params }
  const view = parts[0] === "kpis" || parts[0] === "submissions" || parts[0] === "rollup" ? parts[0] : "matrix"
  return { view, params }
}

const encode = (view: string, params: Readonly<Record<string, string | number | undefined>>) => {
  const q = new URLSearchParams()
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== "") q.set(k, String(v))
  const s = q.toString()
  return `#/${view}${s === "" ? "" : `?${s}`}`
}

const demoRoles: ReadonlyArray<readonly [string, Source.Role, string]> = [
  ["reviewer", "reviewer", "cuc-tay-ninh"],
  ["unit-reviewer", "unit-reviewer", "cuc-tay-ninh"],
  ["submitter", "submitter", "chi-cuc-go-dau"],
  ["admin", "admin", "cuc-tay-ninh"]
]

const roleName: Readonly<Record<Source.Role, { vi: string; en: string }>> = {
  reviewer: { vi: "Người xem xét (toàn bộ)", en: "Reviewer (everything)" },
  "unit-reviewer": { vi: "Người xem xét đơn vị (đơn vị và cấp dưới)", en: "Unit reviewer (the unit and below)" },
  submitter: { vi: "Đơn vị gửi báo cáo (chỉ đơn vị mình)", en: "Submitter (its own unit)" },
  admin: { vi: "Quản trị", en: "Administrator" }
}

/**
 * Starts the page in `root`.
 */
export const start = (root: HTMLElement, connect: Connect): void => {
  let lang: Lang = (localStorage.getItem("thads.lang") as Lang | null) === "en" ? "en" : "vi"
  let source: Source.Source | undefined
  let me: Source.Me | undefined
  let units: ReadonlyArray<Source.Unit> = []
  let years: ReadonlyArray<number> = []
  let renderId = 0

  const main = h("main", { id: "main", tabindex: -1 })
  const header = h("header", { class: "top" })
  const nav = h("nav", { "aria-label": t("nav", lang) })
  replace(
    root,
    h(
      "a",
      {
        class: "skip",
        href: "#main",
        onclick: (e: Event) => {
          e.preventDefault()
          main.focus()
        }
      },
      t("skip", lang)
    ),
    header,
    nav,
    main
  )

  const setLang = (l: Lang) => {
    lang = l
    localStorage.setItem("thads.lang", l)
    document.documentElement.lang = l
    document.title = t("title", l)
    void render()
  }

  const drawHeader = () => {
    const langButton = h(
      "button",
      {
        type: "button",
        class: "lang",
        lang: lang === "vi" ? "en" : "vi",
        "aria-label": t("languageLabel", lang),
        onclick: () => setLang(lang === "vi" ? "en" : "vi")
      },
      t("language", lang)
    )
    replace(
      header,
      h("h1", {}, t("title", lang)),
      h(
        "div",
        { class: "who" },
        me === undefined
          ? null
          : h(
              "span",
              { id: "who" },
              `${t("signedInAs", lang)}: ${roleName[me.role][lang]} — ${Source.nameOf(units, me.unitId, lang)}`
            ),
        langButton,
        source === undefined
          ? null
          : h(
              "button",
              {
                type: "button",
                onclick: () => {
                  sessionStorage.removeItem("thads.key")
                  sessionStorage.removeItem("thads.demo")
                  source = undefined
                  me = undefined
                  location.hash = ""
                  void render()
                }
              },
              t("signOut", lang)
            )
      )
    )
    if (source?.kind === "demo") header.append(h("p", { class: "banner", role: "note" }, t("demoBanner", lang)))
  }

  const drawNav = (route: Route) => {
    nav.setAttribute("aria-label", t("nav", lang))
    if (source === undefined) {
      replace(nav)
      return
    }
    const year = route.params.get("year") ?? undefined
    const item = (view: Route["view"], key: "matrix" | "kpis" | "submissions" | "rollup") =>
      h(
        "li",
        {},
        h(
          "a",
          {
            href: encode(key, { year }),
            "aria-current":
              route.view === view || (view === "submissions" && route.view === "submission") ? "page" : undefined
          },
          t(key, lang)
        )
      )
    replace(
      nav,
      h(
        "ul",
        {},
        item("matrix", "matrix"),
        item("kpis", "kpis"),
        item("submissions", "submissions"),
        item("rollup", "rollup")
      )
    )
  }

  const signIn = () => {
    const error = h("p", { class: "error", role: "alert", id: "signin-error" })
    const key = h("input", {
      id: "api-key",
      name: "key",
      type: "password",
      autocomplete: "off",
      required: true,
      "aria-describedby": "api-key-help"
    })
    const form = h(
      "form",
      {
        class: "signin",
        onsubmit: async (e: Event) => {
          e.preventDefault()
          error.textContent = ""
          try {
            const s = await connect.api(key.value.trim())
            sessionStorage.setItem("thads.key", key.value.trim())
            await use(s)
          } catch (err) {
            error.textContent = err instanceof Error ? err.message : String(err)
          }
        }
      },
      h("h2", {}, t("signIn", lang)),
      h("label", { for: "api-key" }, t("apiKey", lang)),
      key,
      h("p", { id: "api-key-help", class: "help" }, t("apiKeyHelp", lang)),
      h("button", { type: "submit" }, t("signIn", lang)),
      error
    )
    let role = "reviewer"
    const demo = h(
      "form",
      {
        class: "signin demo",
        onsubmit: async (e: Event) => {
          e.preventDefault()
          const [, r, u] = demoRoles.find(([id]) => id === role)!
          sessionStorage.setItem("thads.demo", role)
          await use(await connect.demo({ role: r, unitId: u }))
        }
      },
      h("h2", {}, t("demo", lang)),
      h("p", { class: "help" }, t("demoHelp", lang)),
      select(
        "demo-role",
        t("demoAs", lang),
        demoRoles.map(([id, r, u]) => [id, `${roleName[r][lang]} — ${u}`] as const),
        role,
        (v) => {
          role = v
        }
      ),
      h("button", { type: "submit", id: "demo-go" }, t("demo", lang))
    )
    replace(main, h("div", { class: "signin-page" }, form, demo))
  }

  const use = async (s: Source.Source) => {
    source = s
    me = await s.me()
    units = await s.units()
    years = await s.years()
    await render()
  }

  const render = async (): Promise<void> => {
    const id = ++renderId
    const route = parse(location.hash)
    drawHeader()
    drawNav(route)
    if (source === undefined) {
      signIn()
      return
    }
    const s = source
    const p = route.params
    const year = Number(p.get("year") ?? years[0] ?? new Date().getFullYear())
    const go = (view: string, params: Readonly<Record<string, string | number | undefined>>) => {
      location.hash = encode(view, { year, ...params })
    }
    const num = (k: string) => (p.get(k) === null ? undefined : Number(p.get(k)))
    const str = (k: string) => p.get(k) ?? undefined
    main.setAttribute("aria-busy", "true")
    replace(main, h("p", { role: "status" }, t("loading", lang)))
    try {
      const yearPicker =
        route.view === "submission"
          ? null
          : select(
              "year",
              t("year", lang),
              (years.length > 0 ? years : [year]).map((y) => [String(y), String(y)] as const),
              String(year),
              (v) => go(route.view, { ...Object.fromEntries(p), year: v })
            )
      let body: HTMLElement
      let title: string
      switch (route.view) {
        case "matrix":
          title = t("matrix", lang)
          body = await Obligations.view(s, lang, units, year, me!)
          break
        case "kpis":
          title = t("kpis", lang)
          body = await Kpis.view(
            s,
            lang,
            units,
            year,
            {
              ...(str("unit") ? { unit: str("unit")! } : {}),
              ...(str("metric") ? { metric: str("metric") as Kpis.Metric } : {}),
              ...(num("months") ? { months: num("months")! } : {})
            },
            (st) => go("kpis", st)
          )
          break
        case "submissions":
          title = t("submissions", lang)
          body = await Submissions.list(
            s,
            lang,
            units,
            year,
            {
              ...(str("unit") ? { unit: str("unit")! } : {}),
              ...(num("months") ? { months: num("months")! } : {}),
              ...(str("status") ? { status: str("status") as NonNullable<Submissions.Filter["status"]> } : {})
            },
            (f) => go("submissions", { unit: f.unit, months: f.months, status: f.status })
          )
          break
        case "submission":
          title = t("submissions", lang)
          body = await Submissions.detail(
            s,
            lang,
            units,
            route.id!,
            { ...(str("from") ? { from: str("from")! } : {}), ...(str("to") ? { to: str("to")! } : {}) },
            (c) => {
              location.hash = `#/submissions/${encodeURIComponent(route.id!)}?${new URLSearchParams(c as Record<string, string>).toString()}`
            }
          )
          break
        case "rollup":
          title = t("rollup", lang)
          body = await Rollup.view(
            s,
            lang,
            units,
            year,
            { ...(str("unit") ? { unit: str("unit")! } : {}), ...(num("months") ? { months: num("months")! } : {}) },
            (st) => go("rollup", st)
          )
          break
      }
      if (id !== renderId) return
      replace(
        main,
        h("h2", { class: "view-title" }, title),
        h(
          "p",
          { class: "asof" },
          `${t("asOf", lang)}: ${s.asOf.length === 10 ? s.asOf.split("-").reverse().join("/") : s.asOf}`
        ),
        yearPicker,
        body
      )
    } catch (err) {
      if (id !== renderId) return
      replace(
        main,
        h(
          "p",
          { class: "error", role: "alert" },
          `${t("error", lang)}: ${err instanceof Error ? err.message : String(err)}`
        )
      )
    } finally {
      if (id === renderId) main.removeAttribute("aria-busy")
    }
  }

  window.addEventListener("hashchange", () => void render())
  document.documentElement.lang = lang
  document.title = t("title", lang)
  // Resume a session of this tab.
  const savedKey = sessionStorage.getItem("thads.key")
  const savedDemo = sessionStorage.getItem("thads.demo")
  const resume = async () => {
    if (savedKey !== null) await use(await connect.api(savedKey)).catch(() => render())
    else if (savedDemo !== null) {
      const found = demoRoles.find(([id]) => id === savedDemo)
      if (found) await use(await connect.demo({ role: found[1], unitId: found[2] }))
      else await render()
    } else await render()
  }
  void resume()
}
