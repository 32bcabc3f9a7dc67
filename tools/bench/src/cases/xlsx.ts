/**
 * Reading a 1,000-row statistical report workbook (issue #7): `Read.read` of
 * @thads/xlsx (inspection of the zip — central directory, capped inflate of
 * every entry, cell count — then ExcelJS load, then the layout walk into the
 * canonical report and its cell map), and the same plus `ReportCheck.check`,
 * as a ratio to ExcelJS's bare `xlsx.load` of the same bytes. A pool of 4
 * workbooks (1,000 rows in each table) with different seeds.
 *
 * ExcelJS loads asynchronously, so this case has its own async-aware runner
 * ({@link runAsyncCase}): the same algorithm as `Harness.runCase` (warm-up,
 * shuffled rounds of time slices, median of per-round ratios), awaiting each
 * call. Built on first use; @thads/xlsx is built first if its dist is absent.
 */
import { execFileSync } from "node:child_process"
import { existsSync } from "node:fs"
import { fileURLToPath } from "node:url"
import { Synthetic } from "@thads/core"
import type { Options, Row } from "../Harness.ts"

/** One async thing to time: `run` does one operation. */
export interface AsyncAlternative {
  readonly name: string
  readonly run: () => Promise<unknown>
}

/** An async case: a baseline and candidates. */
export interface AsyncCase {
  readonly name: string
  readonly unit: string
  readonly baseline: AsyncAlternative
  readonly candidates: ReadonlyArray<AsyncAlternative>
  readonly goal?: string
}

let sink: unknown

const timeSlice = async (alt: AsyncAlternative, ms: number): Promise<number> => {
  const start = performance.now()
  const end = start + ms
  let calls = 0
  let now = start
  do {
    sink = await alt.run()
    calls++
    now = performance.now()
  } while (now < end)
  return calls / ((now - start) / 1000)
}

const shuffle = <A>(xs: ReadonlyArray<A>): Array<A> => {
  const a = [...xs]
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1))
    ;[a[i], a[j]] = [a[j]!, a[i]!]
  }
  return a
}

const median = (xs: ReadonlyArray<number>): number => {
  const s = [...xs].sort((a, b) => a - b)
  const m = s.length >> 1
  return s.length % 2 === 1 ? s[m]! : (s[m - 1]! + s[m]!) / 2
}

/** `Harness.runCase` for async alternatives. */
export const runAsyncCase = async (c: AsyncCase, options: Options): Promise<ReadonlyArray<Row>> => {
  const all = [c.baseline, ...c.candidates]
  for (const alt of all) await timeSlice(alt, options.warmupMs)
  const rates = new Map<string, Array<number>>(all.map((a) => [a.name, []]))
  const ratios = new Map<string, Array<number>>(all.map((a) => [a.name, []]))
  for (let r = 0; r < options.rounds; r++) {
    const round = new Map<string, number>()
    for (const alt of shuffle(all)) round.set(alt.name, await timeSlice(alt, options.sliceMs))
    const base = round.get(c.baseline.name)!
    for (const alt of all) {
      rates.get(alt.name)!.push(round.get(alt.name)!)
      ratios.get(alt.name)!.push(round.get(alt.name)! / base)
    }
  }
  void sink
  return all.map((alt) => ({
    case: c.name,
    alternative: alt === c.baseline ? `${alt.name} (baseline)` : alt.name,
    opsPerSecond: median(rates.get(alt.name)!),
    ratio: median(ratios.get(alt.name)!),
    ratioMin: Math.min(...ratios.get(alt.name)!),
    ratioMax: Math.max(...ratios.get(alt.name)!),
    unit: c.unit,
    goal: alt === c.baseline ? "" : c.goal ?? ""
  }))
}

/** The name the case is selected by (`--case xlsx`). */
export const xlsxReadName = "xlsx: read a 1,000-row report workbook"

const ROWS = 1000
const POOL = 4

/** Builds the case: the workbooks, and the alternatives. */
export const xlsxRead = async (): Promise<AsyncCase> => {
  const root = fileURLToPath(new URL("../../../../", import.meta.url))
  if (!existsSync(`${root}packages/xlsx/dist/index.js`)) {
    execFileSync("npx", ["nx", "run", "@thads/xlsx:build", "--output-style=static"], { cwd: root, stdio: "ignore" })
  }
  const { Check, Read, Write } = await import("@thads/xlsx")
  const ExcelJS = (await import("exceljs")).default
  const books: Array<Buffer> = []
  for (let i = 0; i < POOL; i++) books.push(Buffer.from(await Write.report(Synthetic.report({ seed: i + 1, rows: ROWS }))))
  let i = 0
  const next = () => books[i++ % POOL]!
  const kb = books.reduce((a, b) => a + b.length, 0) / POOL / 1024
  return {
    name: `${xlsxReadName} (${kb.toFixed(0)} KB, ${ROWS} rows × 2 tables)`,
    unit: "workbooks",
    baseline: {
      name: "ExcelJS xlsx.load",
      run: () => new ExcelJS.Workbook().xlsx.load(next() as never)
    },
    candidates: [
      { name: "Read.read (inspect + load + layout → report + cell map)", run: () => Read.read(next()) },
      { name: "Check.check (read + ReportCheck)", run: () => Check.check(next()) }
    ],
    goal: "≥ 0.8"
  }
}
