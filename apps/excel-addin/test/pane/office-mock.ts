/**
 * The page-side mock of Office.js for the browser test: served in place of
 * https://appsforoffice.microsoft.com/lib/1/hosted/office.js, it defines
 * `Office` (onReady, display language, requirement sets), `Excel.run` over
 * a {@link MockExcel} workbook given by the test, and `CustomFunctions`
 * (recording associations). The test reads the workbook back through
 * `window.__thadsMock`.
 */
import type { MemoryGrid } from "@thads/core"
import * as MockExcel from "../../src/testing/MockExcel.js"

interface Setup {
  readonly sheets: ReadonlyArray<MemoryGrid.SheetData>
  readonly displayLanguage: string
}
const g = globalThis as unknown as Record<string, unknown> & { __THADS_SETUP__: Setup }
const setup = g.__THADS_SETUP__
const excel = MockExcel.make(setup.sheets)
const associated: Array<string> = []

g.__thadsMock = { excel, associated, snapshot: () => excel.snapshot(), selected: () => excel.selected() }
g.Office = {
  context: {
    displayLanguage: setup.displayLanguage,
    requirements: { isSetSupported: () => true }
  },
  onReady: (cb?: (info: unknown) => void) => {
    const info = { host: "Excel", platform: "OfficeOnline" }
    return new Promise((resolve) =>
      setTimeout(() => {
        cb?.(info)
        resolve(info)
      }, 0)
    )
  }
}
g.Excel = { run: <A>(f: (context: Excel.RequestContext) => Promise<A>) => excel.run(f) }
g.CustomFunctions = {
  associate: (id: string) => associated.push(id),
  Error: class extends Error {
    constructor(
      readonly code: string,
      message?: string
    ) {
      super(message)
    }
  },
  ErrorCode: { invalidValue: "#VALUE!", invalidNumber: "#NUM!", notAvailable: "#N/A", divisionByZero: "#DIV/0!" }
}
