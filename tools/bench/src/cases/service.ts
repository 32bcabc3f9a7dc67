/**
 * The compliance service over HTTP (autocannon, 127.0.0.1, one run):
 * `POST /v1/check` against a bare `node:http` server doing `JSON.parse` +
 * `ReportCheck.check` of the same 20-row report (goal ≥ 0.85× its
 * requests/s, p99 ≤ 20 ms at 50 connections), and `POST /v1/submissions` on
 * SQLite and on PostgreSQL (requests/s and p99; each request stores a new
 * version). Servers run as child processes; rounds alternate bare/service.
 */
import { type ChildProcess, execFileSync, spawn } from "node:child_process"
import { mkdtempSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { fileURLToPath } from "node:url"
import { Synthetic } from "@thads/core/testing"
import autocannon from "autocannon"

const root = fileURLToPath(new URL("../../../../", import.meta.url))
const serviceBin = join(root, "apps/service/bin/thads-service.js")

const report = JSON.stringify({
  ...Synthetic.report({ seed: 1, rows: 20 }),
  header: {
    ...Synthetic.report({ seed: 1, rows: 20 }).header,
    unitId: "chi-cuc-go-dau",
    level: "chi-cuc",
    year: 2023,
    months: 12,
    regime: "tt06-2019"
  }
})

const startChild = (args: ReadonlyArray<string>, env: Record<string, string> = {}) =>
  new Promise<{ readonly url: string; readonly child: ChildProcess }>((resolve, reject) => {
    const child = spawn(process.execPath, [...args], {
      env: { ...process.env, ...env },
      stdio: ["ignore", "pipe", "inherit"]
    })
    let out = ""
    child.stdout!.on("data", (d: Buffer) => {
      out += d.toString()
      const m = /(http:\/\/127\.0\.0\.1:\d+)/.exec(out)
      if (m !== null) resolve({ url: m[1]!, child })
    })
    child.on("exit", (code) => reject(new Error(`exited ${code}: ${out}`)))
  })

const stopChild = (child: ChildProcess) =>
  new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve()
    child.removeAllListeners("exit")
    child.on("exit", () => resolve())
    child.kill("SIGTERM")
  })

const load = (url: string, options: { connections: number; seconds: number; headers?: Record<string, string> }) =>
  autocannon({
    url,
    method: "POST",
    connections: options.connections,
    duration: options.seconds,
    headers: { "content-type": "application/json", ...options.headers },
    body: report
  })

interface Measure {
  readonly rps: number
  readonly p99: number
  readonly non2xx: number
  readonly errors: number
}
const measure = async (
  url: string,
  options: { connections: number; seconds: number; headers?: Record<string, string> }
): Promise<Measure> => {
  const r = await load(url, options)
  return { rps: r.requests.average, p99: r.latency.p99, non2xx: r.non2xx, errors: r.errors + r.timeouts }
}

const median = (xs: ReadonlyArray<number>) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!

const serviceKey = (dataArgs: ReadonlyArray<string>, env: Record<string, string> = {}) =>
  execFileSync(
    process.execPath,
    [serviceBin, "keys", "create", "--role", "submitter", "--unit", "chi-cuc-go-dau", ...dataArgs],
    { env: { ...process.env, ...env } }
  )
    .toString()
    .trim()
    .split("\n")
    .at(-1)!

const pgUrl = process.env.THADS_BENCH_PG_URL ?? "postgres://postgres@127.0.0.1:5432/test"
const psql = (sql: string) => execFileSync("psql", [pgUrl, "-qAtc", sql], { stdio: ["ignore", "pipe", "pipe"] })

/**
 * Runs the service cases; returns Markdown rows.
 */
export const runService = async (options: { readonly rounds: number; readonly seconds: number }) => {
  const rows: Array<string> = []
  const dir = mkdtempSync(join(tmpdir(), "thads-bench-service-"))
  try {
    // 1. POST /v1/check against the bare server.
    const bare = await startChild([fileURLToPath(new URL("./bareServer.ts", import.meta.url))])
    const service = await startChild([
      serviceBin,
      "serve",
      "--port",
      "0",
      "--data-dir",
      dir,
      "--public-reads",
      "--log-level",
      "warn"
    ])
    const bareRuns: Array<Measure> = []
    const serviceRuns: Array<Measure> = []
    await measure(bare.url, { connections: 50, seconds: 2 })
    await measure(`${service.url}/v1/check`, { connections: 50, seconds: 2 })
    for (let i = 0; i < options.rounds; i++) {
      process.stderr.write(`service bench: /v1/check round ${i + 1}/${options.rounds}\n`)
      bareRuns.push(await measure(bare.url, { connections: 50, seconds: options.seconds }))
      serviceRuns.push(await measure(`${service.url}/v1/check`, { connections: 50, seconds: options.seconds }))
    }
    await stopChild(bare.child)
    await stopChild(service.child)
    const ratios = bareRuns.map((b, i) => serviceRuns[i]!.rps / b.rps)
    const fmt = (m: ReadonlyArray<Measure>) =>
      `${Math.round(median(m.map((x) => x.rps)))} req/s | p99 ${median(m.map((x) => x.p99))} ms | ${m.reduce((a, x) => a + x.non2xx + x.errors, 0)}`
    rows.push(
      `| POST /v1/check, 20-row report, 50 connections | bare node:http + JSON.parse + ReportCheck.check (baseline) | ${fmt(bareRuns)} | 1.00 | |`
    )
    rows.push(
      `| POST /v1/check, 20-row report, 50 connections | thads-service (HttpApi, problem documents, metrics) | ${fmt(serviceRuns)} | ${median(ratios).toFixed(2)} (${Math.min(...ratios).toFixed(2)}–${Math.max(...ratios).toFixed(2)}) | ≥ 0.85×, p99 ≤ 20 ms |`
    )

    // 2. POST /v1/submissions on SQLite and PostgreSQL.
    const targets: Array<{ name: string; args: Array<string>; env: Record<string, string>; cleanup?: () => void }> = [
      { name: "SQLite (WAL, synchronous=FULL)", args: ["--data-dir", join(dir, "sub")], env: {} }
    ]
    try {
      const db = `thads_bench_${Date.now().toString(36)}`
      psql(`CREATE DATABASE ${db}`)
      const u = new URL(pgUrl)
      u.pathname = `/${db}`
      targets.push({
        name: "PostgreSQL 15",
        args: [],
        env: { DATABASE_URL: u.toString() },
        cleanup: () => psql(`DROP DATABASE IF EXISTS ${db} WITH (FORCE)`)
      })
    } catch {
      process.stderr.write("service bench: PostgreSQL not available, its row is skipped\n")
    }
    for (const t of targets) {
      const key = serviceKey(t.args, t.env)
      const s = await startChild([serviceBin, "serve", "--port", "0", "--log-level", "warn", ...t.args], t.env)
      const runs: Array<Measure> = []
      for (let i = 0; i < options.rounds; i++) {
        process.stderr.write(`service bench: /v1/submissions on ${t.name} round ${i + 1}/${options.rounds}\n`)
        runs.push(
          await measure(`${s.url}/v1/submissions`, {
            connections: 10,
            seconds: options.seconds,
            headers: { authorization: `Bearer ${key}` }
          })
        )
      }
      await stopChild(s.child)
      t.cleanup?.()
      rows.push(`| POST /v1/submissions, 20-row report, 10 connections | ${t.name} | ${fmt(runs)} | | reported |`)
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
  return [
    "| case | server | rate | p99 | non-2xx + errors | ratio ÷ bare (median, range) | goal |",
    "|---|---|---:|---:|---:|---:|---|",
    ...rows
  ].join("\n")
}
