/**
 * The benchmark harness: every case compares one or more candidates with a
 * baseline in the same process. After a warm-up, each round runs every
 * alternative for a time slice in shuffled order; the ratio candidate ÷
 * baseline (throughput) is taken within the round, and the table reports the
 * median over the rounds. Absolute rates move with machine load; the ratios
 * are what to compare.
 */

/** One thing to time: `run` does `ops` operations per call. */
export interface Alternative {
  readonly name: string
  readonly run: () => unknown
  readonly ops: number
}

/** One asynchronous thing to time (e.g. an ExcelJS load): `run` does `ops` operations per call. */
export interface AsyncAlternative {
  readonly name: string
  readonly run: () => Promise<unknown>
  readonly ops: number
}

/** A case of asynchronous alternatives, timed the same way, awaiting each call. */
export interface AsyncCase {
  readonly async: true
  readonly name: string
  readonly unit: string
  readonly baseline: AsyncAlternative
  readonly candidates: ReadonlyArray<AsyncAlternative>
  readonly goal?: string
  /** The shortest time slice (ms) that holds several calls. */
  readonly minSliceMs?: number
}

/** A case: a baseline and the candidates measured against it. */
export interface Case {
  readonly name: string
  readonly unit: string
  readonly baseline: Alternative
  readonly candidates: ReadonlyArray<Alternative>
  /** What a ratio should reach, e.g. "≥ 5". */
  readonly goal?: string
}

export interface Options {
  readonly rounds: number
  readonly sliceMs: number
  readonly warmupMs: number
}

export interface Row {
  readonly case: string
  readonly alternative: string
  readonly opsPerSecond: number
  readonly ratio: number
  readonly ratioMin: number
  readonly ratioMax: number
  readonly unit: string
  readonly goal: string
}

let sink: unknown
const keep = (x: unknown) => {
  sink = x
}

const timeSlice = (alt: Alternative, ms: number): number => {
  const end = performance.now() + ms
  let calls = 0
  const start = performance.now()
  let now = start
  do {
    keep(alt.run())
    calls++
    now = performance.now()
  } while (now < end)
  return (calls * alt.ops) / ((now - start) / 1000)
}

const timeSliceAsync = async (alt: AsyncAlternative, ms: number): Promise<number> => {
  const start = performance.now()
  const end = start + ms
  let calls = 0
  let now = start
  do {
    keep(await alt.run())
    calls++
    now = performance.now()
  } while (now < end)
  return (calls * alt.ops) / ((now - start) / 1000)
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

/**
 * Runs one case and returns a row per alternative (the baseline's ratio is 1).
 * Synchronous alternatives are timed in a tight loop; asynchronous ones await
 * each call. Either way the rounds, the shuffling and the medians are the same.
 */
export const runCase = async (c: Case | AsyncCase, options: Options): Promise<ReadonlyArray<Row>> => {
  type Alt = Alternative | AsyncAlternative
  const all: ReadonlyArray<Alt> = [c.baseline, ...c.candidates]
  const sliceMs = "async" in c ? Math.max(options.sliceMs, c.minSliceMs ?? 0) : options.sliceMs
  const slice = (alt: Alt, ms: number): number | Promise<number> =>
    "async" in c ? timeSliceAsync(alt as AsyncAlternative, ms) : timeSlice(alt as Alternative, ms)
  for (const alt of all) await slice(alt, Math.max(options.warmupMs, sliceMs))
  const rates = new Map<string, Array<number>>(all.map((a) => [a.name, []]))
  const ratios = new Map<string, Array<number>>(all.map((a) => [a.name, []]))
  for (let r = 0; r < options.rounds; r++) {
    const round = new Map<string, number>()
    for (const alt of shuffle(all)) round.set(alt.name, await slice(alt, sliceMs))
    const base = round.get(c.baseline.name)!
    for (const alt of all) {
      rates.get(alt.name)!.push(round.get(alt.name)!)
      ratios.get(alt.name)!.push(round.get(alt.name)! / base)
    }
  }
  keep(sink)
  return all.map((alt) => ({
    case: c.name,
    alternative: alt === c.baseline ? `${alt.name} (baseline)` : alt.name,
    opsPerSecond: median(rates.get(alt.name)!),
    ratio: median(ratios.get(alt.name)!),
    ratioMin: ratios.get(alt.name)!.reduce((a, b) => Math.min(a, b), Number.POSITIVE_INFINITY),
    ratioMax: ratios.get(alt.name)!.reduce((a, b) => Math.max(a, b), Number.NEGATIVE_INFINITY),
    unit: c.unit,
    goal: alt === c.baseline ? "" : (c.goal ?? "")
  }))
}

const fmt = (n: number) =>
  n >= 1e6 ? `${(n / 1e6).toFixed(2)}M` : n >= 1e3 ? `${(n / 1e3).toFixed(1)}k` : n.toFixed(1)

/** A Markdown table of rows, ready to paste into BENCHMARKS.md. */
export const table = (rows: ReadonlyArray<Row>): string => {
  const lines = [
    "| case | alternative | rate | ratio ÷ baseline (median) | range over rounds | goal |",
    "|---|---|---:|---:|---:|---|"
  ]
  for (const r of rows) {
    lines.push(
      `| ${r.case} | ${r.alternative} | ${fmt(r.opsPerSecond)} ${r.unit}/s | ${r.ratio.toFixed(2)} | ${r.ratioMin.toFixed(2)}–${r.ratioMax.toFixed(2)} | ${r.goal} |`
    )
  }
  return lines.join("\n")
}
