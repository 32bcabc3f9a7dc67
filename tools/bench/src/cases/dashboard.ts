/**
 * The reviewers' page (issue #16): the obligations matrix of the whole
 * province (every unit × a year of obligations, from the page's demonstration
 * store computed with @thads/core) rendered in headless Chromium, as a ratio
 * to a bare table of the same cells; the case name carries the absolute time
 * of one render (goal ≤ 1 s) and the page's transferred size (gzip).
 *
 * Uses the page's own harness (`@thads/dashboard/harness`: vite build, HTTP
 * with gzip on 127.0.0.1, Debian's Chromium with playwright-core). Skipped
 * with a notice when Chromium is absent.
 */
import { readdirSync, readFileSync, statSync } from "node:fs"
import { join } from "node:path"
import { gzipSync } from "node:zlib"
import { Browser, Static } from "@thads/dashboard/harness"
import { type AsyncCase, type Options, type Row, runCase } from "../Harness.ts"

/** The name the case is selected by (`--case dashboard`). */
export const dashboardMatrixName = "dashboard: obligations matrix of the province"

const files = (dir: string): Array<string> =>
  readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? files(join(dir, f)) : [join(dir, f)]))

const gzipKb = (paths: ReadonlyArray<string>) =>
  paths.reduce((n, f) => n + gzipSync(readFileSync(f), { level: 9 }).length, 0) / 1024

/** Runs the case; [] with a notice when Chromium is absent. */
export const runDashboard = async (options: Options): Promise<ReadonlyArray<Row>> => {
  if (!Browser.available()) return []
  const page = await Static.buildPage()
  const bench = await Static.buildPage(Static.benchRoot)
  // The page's transferred size: every file of the built page, gzip level 9; the demo chunk is loaded only on demand.
  const built = files(page)
  const pageKb = gzipKb(built.filter((f) => !/[\\/]demo[\\/]/.test(f)))
  const demoKb = gzipKb(built.filter((f) => /[\\/]demo[\\/]/.test(f)))
  const served = await Static.serve(bench)
  const browser = await Browser.launch()
  try {
    const tab = await browser.newPage({ viewport: { width: 1400, height: 1000 } })
    await tab.goto(served.url)
    await tab.waitForFunction(
      () => (globalThis as unknown as { document: { title: string } }).document.title === "ready"
    )
    type Bench = { size(): { units: number; columns: number; cells: number }; bare(): number; matrix(): number }
    const call = <K extends keyof Bench>(k: K) =>
      tab.evaluate((key) => (globalThis as unknown as { thadsBench: Bench }).thadsBench[key](), k) as Promise<
        ReturnType<Bench[K]>
      >
    const size = await call("size")
    const times: Array<number> = []
    for (let i = 0; i < 15; i++) times.push(await call("matrix"))
    times.sort((a, b) => a - b)
    const ms = times[times.length >> 1]!
    const c: AsyncCase = {
      async: true,
      name: `${dashboardMatrixName} (${size.units} units × ${size.columns} obligations = ${size.cells} cells; one render ${ms.toFixed(0)} ms in headless Chromium; page ${pageKb.toFixed(1)} kB gzip, + ${demoKb.toFixed(1)} kB for the demo data on demand)`,
      unit: "renders",
      baseline: { name: "bare table of the same cells", run: () => call("bare"), ops: 1 },
      candidates: [{ name: "Matrix.render (status, words, tree, keyboard)", run: () => call("matrix"), ops: 1 }],
      goal: "one render ≤ 1000 ms"
    }
    return await runCase(c, options)
  } finally {
    await browser.close()
    await served.close()
    Static.remove(page)
    Static.remove(bench)
  }
}
