/**
 * The reviewers' page (issue #16): the obligations matrix of the whole
 * province (every unit × a year of obligations, from the page's demonstration
 * store computed with @thads/core) rendered in headless Chromium, as a ratio
 * to a bare table of the same cells; the case name carries the absolute time
 * of one render (goal ≤ 1 s) and the page's transferred size (gzip).
 *
 * Builds the page and its bench entry with vite, serves them over HTTP on
 * 127.0.0.1 with gzip, drives Debian's Chromium with playwright-core. Skipped
 * with a notice when Chromium is absent.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs"
import { createServer } from "node:http"
import { tmpdir } from "node:os"
import { extname, join } from "node:path"
import { fileURLToPath } from "node:url"
import { gzipSync } from "node:zlib"
import { type AsyncCase, type Options, type Row, runCase } from "../Harness.ts"

/** The name the case is selected by (`--case dashboard`). */
export const dashboardMatrixName = "dashboard: obligations matrix of the province"

const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium"
const app = fileURLToPath(new URL("../../../../apps/dashboard/", import.meta.url))

const files = (dir: string): Array<string> =>
  readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? files(join(dir, f)) : [join(dir, f)]))

/** Runs the case; [] with a notice when Chromium is absent. */
export const runDashboard = async (options: Options): Promise<ReadonlyArray<Row>> => {
  if (!existsSync(chromium)) {
    process.stderr.write(`NOTICE: no Chromium at ${chromium}: ${dashboardMatrixName} skipped\n`)
    return []
  }
  const { build } = await import("vite")
  const { chromium: pw } = await import("playwright-core")
  const out = mkdtempSync(join(tmpdir(), "thads-dashboard-bench-"))
  const page = join(out, "page")
  const bench = join(out, "bench")
  await build({ root: app, logLevel: "silent", build: { outDir: page, emptyOutDir: true } })
  await build({
    root: join(app, "bench"),
    configFile: join(app, "vite.config.ts"),
    logLevel: "silent",
    build: { outDir: bench, emptyOutDir: true }
  })
  // The page's transferred size: every file of the built page, gzip level 9; the demo chunk is loaded only on demand.
  const gzipKb =
    files(page)
      .filter((f) => !/DemoSource/.test(f))
      .reduce((n, f) => n + gzipSync(readFileSync(f), { level: 9 }).length, 0) / 1024
  const demoKb =
    files(page)
      .filter((f) => /DemoSource/.test(f))
      .reduce((n, f) => n + gzipSync(readFileSync(f), { level: 9 }).length, 0) / 1024
  const types: Record<string, string> = { ".html": "text/html", ".js": "text/javascript", ".css": "text/css" }
  const server = createServer((req, res) => {
    const file = join(bench, new URL(req.url ?? "/", "http://x").pathname.replace(/^\/$/, "/index.html"))
    if (!file.startsWith(bench) || !existsSync(file)) {
      res.writeHead(404)
      res.end()
      return
    }
    res.writeHead(200, { "content-type": types[extname(file)] ?? "application/octet-stream" })
    res.end(readFileSync(file))
  })
  await new Promise<void>((ok) => server.listen(0, "127.0.0.1", ok))
  const port = (server.address() as { port: number }).port
  const browser = await pw.launch({
    executablePath: chromium,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run"
    ]
  })
  try {
    const tab = await browser.newPage({ viewport: { width: 1400, height: 1000 } })
    await tab.goto(`http://127.0.0.1:${port}/`)
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
      name: `${dashboardMatrixName} (${size.units} units × ${size.columns} obligations = ${size.cells} cells; one render ${ms.toFixed(0)} ms in headless Chromium; page ${gzipKb.toFixed(1)} kB gzip, + ${demoKb.toFixed(1)} kB for the demo data on demand)`,
      unit: "renders",
      baseline: { name: "bare table of the same cells", run: () => call("bare"), ops: 1 },
      candidates: [{ name: "Matrix.render (status, words, tree, keyboard)", run: () => call("matrix"), ops: 1 }],
      goal: "one render ≤ 1000 ms"
    }
    return await runCase(c, options)
  } finally {
    await browser.close()
    server.close()
    rmSync(out, { recursive: true, force: true })
  }
}
