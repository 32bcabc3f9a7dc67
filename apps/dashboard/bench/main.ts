/**
 * The page's bench entry (built only by tools/bench, never shipped): the
 * obligations matrix of the whole province from the demonstration store,
 * rendered the way the page renders it, and a bare table of the same cells
 * as the baseline. Each call renders, attaches and forces layout; returns
 * the milliseconds it took.
 */
import "../src/style.css"
import * as DemoSource from "../src/demo/DemoSource.js"
import * as Matrix from "../src/views/Matrix.js"

const store = DemoSource.build()
const units = store.units.map((u) => ({
  id: u.id,
  name: u.name,
  tier: u.tier,
  ...(u.parentId === undefined ? {} : { parentId: u.parentId })
}))
const main = document.getElementById("main")!

const time = (draw: () => HTMLElement): number => {
  const t0 = performance.now()
  main.replaceChildren(draw())
  void main.offsetHeight // layout
  return performance.now() - t0
}

const bench = {
  /** Units, columns and cells of the matrix. */
  size: () => {
    const m = Matrix.model(units, store.tracked)
    return { units: m.rows.length, columns: m.columns.length, cells: m.rows.length * m.columns.length }
  },
  /** Baseline: a bare table with the same number of cells and their symbols. */
  bare: () =>
    time(() => {
      const m = Matrix.model(units, store.tracked)
      const table = document.createElement("table")
      for (const r of m.rows) {
        const tr = table.insertRow()
        tr.insertCell().textContent = r.unit.name.vi
        for (const c of m.columns) tr.insertCell().textContent = r.cells.has(c.key) ? "✓" : "—"
      }
      return table
    }),
  /** The page's matrix: model, cells with status, words (due date, citation), tree and keyboard handlers. */
  matrix: () => time(() => Matrix.render(Matrix.model(units, store.tracked), "vi", store.year))
}

;(window as unknown as { thadsBench: typeof bench }).thadsBench = bench
document.title = "ready"
