/**
 * The task pane "Kiểm tra báo cáo" (ngăn tác vụ): wires the view to the
 * workbook. "Kiểm tra" loads the report sheets through the Office.js grid
 * adapter and runs core's check in the pane (no server); a finding's cell
 * button selects the cell; "Đánh dấu" checks again and writes the notes and
 * highlights with core's annotator (removing thads' earlier marks, keeping
 * the user's own notes) in one batch. "Gửi báo cáo" reads the report again
 * and submits it to the unit's service (see {@link Send}), with the server
 * URL and key kept in the host's settings store. The host (Excel.run,
 * display language, today, settings) is passed in, so tests can give a mock.
 *
 * @since 0.1.0
 */
import { type CivilDate, FormLayout, ReportAnnotation } from "@thads/core"
import * as OfficeGrid from "../grid/OfficeGrid.js"
import * as Review from "./Review.js"
import type * as Sent from "./Sent.js"
import * as Settings from "./Settings.js"
import * as Texts from "./Texts.js"
import * as View from "./View.js"

/**
 * What the pane needs from Office.
 *
 * @example
 * ```ts
 * const excel = MockExcel.make([]) // in Excel: Office.js's Excel.run and Office.context.displayLanguage
 * const host: Pane.Host = { run: (f) => excel.run(f), displayLanguage: "vi-VN", today: () => Review.today() }
 * ```
 * @since 0.1.0
 */
export interface Host {
  readonly run: <A>(f: (context: Excel.RequestContext) => Promise<A>) => Promise<A>
  readonly displayLanguage: string | undefined
  readonly today: () => CivilDate.CivilDate
  /** Where the sending settings are kept (in memory when absent). */
  readonly settings?: Settings.Store | undefined
}

/** The sheets the pane reads: the report's and thads' findings sheets (every layout uses these names). */
const layout = FormLayout.layoutFor()
const sheets = [
  layout.headerSheet,
  layout.cases.sheet,
  layout.money.sheet,
  layout.findingsSheet,
  `${layout.findingsSheet} (thads)`
]

/** The number of distinct cells that carry a finding. */
const markedCells = (review: Review.Review): number => {
  if (review._tag !== "Checked") return 0
  const cells = new Set<string>()
  for (const f of review.result.findings) {
    if (f.location.sheet !== undefined && f.location.cell !== undefined)
      cells.add(`${f.location.sheet}!${f.location.cell}`)
  }
  return cells.size
}

const messageOf = (e: unknown): string => (e instanceof Error ? e.message : String(e))

/**
 * Mounts the pane into `root`.
 *
 * @example
 * ```ts
 * const workbook = MemoryGrid.make()
 * ReportWriter.write(workbook, ReportWriter.reportContent(Synthetic.report({ seed: 1, rows: 3 })))
 * const excel = MockExcel.make(MockExcel.sheetsOf(workbook)) // a mocked Excel holding a report
 * const root = document.createElement("div") // in the add-in: Office.onReady(() => Pane.mount(document.getElementById("app")!, host))
 * Pane.mount(root, { run: (f) => excel.run(f), displayLanguage: "vi-VN", today: () => CivilDate.make("2023-10-02") })
 * root.querySelector("#check")?.textContent // "Kiểm tra"
 * ```
 * @since 0.1.0
 */
export const mount = (root: HTMLElement, host: Host): void => {
  const store = host.settings ?? Settings.memory()
  let state: View.State = {
    lang: Texts.fromDisplayLanguage(host.displayLanguage),
    busy: false,
    settings: Settings.load(store)
  }
  const set = (next: Partial<View.State>) => {
    state = { ...state, ...next }
    View.render(root, state, actions)
  }
  const reviewOf = async (context: Excel.RequestContext) => {
    context.workbook.load("name")
    const grid = await OfficeGrid.load(context, { sheets })
    return { grid, review: Review.review(grid, host.today(), context.workbook.name) }
  }
  const actions: View.Actions = {
    check: () => {
      const { status: _, ...rest } = state
      state = rest
      set({ busy: "checking" })
      host
        .run(async (context) => (await reviewOf(context)).review)
        .then(
          (review) => set({ busy: false, review }),
          (e) =>
            set({ busy: false, status: { kind: "error", text: `${Texts.of(state.lang).failed}: ${messageOf(e)}` } })
        )
    },
    mark: () => {
      set({ busy: "marking" })
      host
        .run(async (context) => {
          const { grid, review } = await reviewOf(context)
          if (review._tag === "Checked") {
            ReportAnnotation.annotate(grid, review.result.findings, review.read.layout.findingsSheet)
            await grid.flush()
          }
          return review
        })
        .then(
          (review) =>
            set({
              busy: false,
              review,
              ...(review._tag === "Checked"
                ? { status: { kind: "ok", text: Texts.of(state.lang).marked(markedCells(review)) } }
                : {})
            }),
          (e) =>
            set({ busy: false, status: { kind: "error", text: `${Texts.of(state.lang).failed}: ${messageOf(e)}` } })
        )
    },
    select: (sheet, cell) => {
      void host
        .run(async (context) => {
          const ws = context.workbook.worksheets.getItem(sheet)
          ws.activate()
          ws.getRange(cell).select()
          await context.sync()
        })
        .catch((e) => set({ status: { kind: "error", text: messageOf(e) } }))
    },
    saveSettings: (settings) => {
      state = { ...state, settings }
      Settings.save(store, settings).then(
        () => set({ settings: Settings.load(store) }),
        (e) => set({ status: { kind: "error", text: messageOf(e) } })
      )
    },
    send: () => {
      const { status: _, sent: __, ...rest } = state
      state = rest
      set({ busy: "sending" })
      const settings = state.settings ?? Settings.load(store)
      host
        .run(async (context) => (await reviewOf(context)).review)
        .then(
          (review): Promise<Sent.Outcome> =>
            review._tag === "Checked"
              ? // The HTTP client is loaded on the first send, not with the pane.
                import("./Send.js").then((Send) => Send.send({ settings, report: review.read.input }))
              : Promise.resolve({ _tag: "NotSent", text: review.text })
        )
        .then(
          (sent) => set({ busy: false, sent }),
          (e) =>
            set({ busy: false, status: { kind: "error", text: `${Texts.of(state.lang).failed}: ${messageOf(e)}` } })
        )
    },
    toggleLanguage: () => {
      const lang = state.lang === "vi" ? "en" : "vi"
      // A status message was written in the old language: drop it rather than show two languages.
      const { status: _, ...rest } = state
      state = rest
      set({ lang })
    }
  }
  View.render(root, state, actions)
}
