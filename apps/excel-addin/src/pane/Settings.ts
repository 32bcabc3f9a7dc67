/**
 * The add-in's settings for sending (cài đặt gửi báo cáo): the unit's server
 * URL and API key, kept in a small key–value store. Two adapters: Office's
 * roaming settings (`Office.context.roamingSettings`, which follow the user
 * where the host offers them) and the page's `localStorage` (Excel's task
 * panes). Never the workbook's own settings: the key must not travel with
 * the file.
 *
 * @since 0.1.0
 */

/**
 * A string store.
 *
 * @example
 * ```ts
 * const store: Settings.Store = Settings.fromLocalStorage(window.localStorage)
 * ```
 * @since 0.1.0
 */
export interface Store {
  readonly get: (name: string) => string | undefined
  readonly set: (name: string, value: string) => Promise<void>
}

/**
 * What the pane needs to send: both may be empty until the user fills them.
 *
 * @example
 * ```ts
 * const s: Settings.Settings = { serverUrl: "https://thads.tayninh.gov.vn", apiKey: "thads_…" }
 * ```
 * @since 0.1.0
 */
export interface Settings {
  readonly serverUrl: string
  readonly apiKey: string
}

const names = { serverUrl: "thads.serverUrl", apiKey: "thads.apiKey" } as const

/**
 * An adapter over `localStorage` (or any Web Storage).
 *
 * @example
 * ```ts
 * const store = Settings.fromLocalStorage(window.localStorage)
 * await store.set("thads.serverUrl", "https://thads.tayninh.gov.vn")
 * window.localStorage.getItem("thads.serverUrl") // "https://thads.tayninh.gov.vn"
 * ```
 * @since 0.1.0
 */
export const fromLocalStorage = (storage: Pick<Storage, "getItem" | "setItem">): Store => ({
  get: (name) => storage.getItem(name) ?? undefined,
  set: (name, value) => {
    storage.setItem(name, value)
    return Promise.resolve()
  }
})

/**
 * The shape of Office's roaming settings.
 *
 * @example
 * ```ts
 * const saved = new Map<string, unknown>() // in Excel: Office.context.roamingSettings
 * const roaming: Settings.OfficeSettings = { get: (name) => saved.get(name), set: (name, value) => void saved.set(name, value), saveAsync: (done) => done?.({ status: "succeeded" }) }
 * ```
 * @since 0.1.0
 */
export interface OfficeSettings {
  readonly get: (name: string) => unknown
  readonly set: (name: string, value: unknown) => void
  readonly saveAsync: (callback?: (result: { readonly status: unknown; readonly error?: unknown }) => void) => void
}

/**
 * An adapter over Office's roaming settings: `set` resolves when Office has saved them.
 *
 * @example
 * ```ts
 * const saved = new Map<string, unknown>() // a double of Office.context.roamingSettings
 * const store = Settings.fromOffice({ get: (name) => saved.get(name), set: (name, value) => void saved.set(name, value), saveAsync: (done) => done?.({ status: "succeeded" }) })
 * await store.set("thads.apiKey", "thads_…")
 * store.get("thads.apiKey") // "thads_…"
 * ```
 * @since 0.1.0
 */
export const fromOffice = (settings: OfficeSettings): Store => ({
  get: (name) => {
    const v = settings.get(name)
    return typeof v === "string" ? v : undefined
  },
  set: (name, value) =>
    new Promise((resolve, reject) => {
      settings.set(name, value)
      settings.saveAsync((r) =>
        r.status === "failed" ? reject(new Error(`cannot save the settings: ${String(r.error)}`)) : resolve()
      )
    })
})

/**
 * An in-memory store (when neither Office nor the page can keep settings).
 *
 * @example
 * ```ts
 * const store = Settings.memory()
 * store.get("thads.apiKey") // undefined
 * ```
 * @since 0.1.0
 */
export const memory = (): Store => {
  const m = new Map<string, string>()
  return {
    get: (name) => m.get(name),
    set: (name, value) => {
      m.set(name, value)
      return Promise.resolve()
    }
  }
}

/**
 * Reads the settings (empty strings when unset).
 *
 * @example
 * ```ts
 * Settings.load(Settings.memory()) // { serverUrl: "", apiKey: "" }
 * ```
 * @since 0.1.0
 */
export const load = (store: Store): Settings => ({
  serverUrl: store.get(names.serverUrl) ?? "",
  apiKey: store.get(names.apiKey) ?? ""
})

/**
 * Saves the settings, trimmed.
 *
 * @example
 * ```ts
 * const store = Settings.memory()
 * await Settings.save(store, { serverUrl: " https://thads.tayninh.gov.vn/ ", apiKey: "thads_…" })
 * Settings.load(store) // { serverUrl: "https://thads.tayninh.gov.vn/", apiKey: "thads_…" }
 * ```
 * @since 0.1.0
 */
export const save = async (store: Store, settings: Settings): Promise<void> => {
  await store.set(names.serverUrl, settings.serverUrl.trim())
  await store.set(names.apiKey, settings.apiKey.trim())
}
