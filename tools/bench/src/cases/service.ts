/**
 * The compliance service over HTTP (autocannon, 127.0.0.1, one run):
 * `POST /v1/check` against a bare `node:http` server doing `JSON.parse` +
 * `ReportCheck.check` of the same 20-row report (goal ≥ 0.85× its
 * requests/s, p99 ≤ 20 ms at 50 connections) — anonymous (the hot path),
 * anonymous with `--no-fast-check` (the HttpApi path) and with a key (the
 * HttpApi path and a key lookup) — and `POST /v1/submissions` on SQLite and
 * on PostgreSQL (requests/s and p99; each request stores a new version).
 * Servers run as child processes; each round measures every server in turn.
 * Besides requests/s, the server's own CPU time per request is read from
 * /proc (Linux): it moves less than the rate when other work shares the
 * cores with autocannon and the server.
 */
import { type ChildProcess, execFileSync, spawn } from "node:child_process"
import { mkdtempSync, readFileSync, rmSync } from "node:fs"
import { loadavg, tmpdir } from "node:os"
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
  /** The server's CPU time (user + system) per request, µs; NaN where /proc is missing. */
  readonly cpuUs: number
}

/** User + system CPU time of a process, µs (Linux /proc; NaN elsewhere). */
const cpuTime = (pid: number | undefined): number => {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ")
    return ((Number(fields[11]) + Number(fields[12])) * 1e6) / 100
  } catch {
    return Number.NaN
  }
}

const measure = async (
  url: string,
  options: { connections: number; seconds: number; headers?: Record<string, string>; pid?: number | undefined }
): Promise<Measure> => {
  const before = cpuTime(options.pid)
  const r = await load(url, options)
  return {
    rps: r.requests.average,
    p99: r.latency.p99,
    non2xx: r.non2xx,
    errors: r.errors + r.timeouts,
    cpuUs: (cpuTime(options.pid) - before) / r.requests.total
  }
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
    // 1. POST /v1/check against the bare server: anonymous (hot path), HttpApi path, with a key.
    const serveArgs = ["serve", "--port", "0", "--data-dir", dir, "--public-reads", "--log-level", "warn"]
    const key = serviceKey(["--data-dir", dir])
    const bare = await startChild([fileURLToPath(new URL("./bareServer.ts", import.meta.url))])
    const checkTargets = [
      { name: "bare node:http + JSON.parse + ReportCheck.check (baseline)", server: bare, headers: {} },
      {
        name: "thads-service, anonymous (hot path: same answers, request id, metrics)",
        server: await startChild([serviceBin, ...serveArgs]),
        headers: {}
      },
      {
        name: "thads-service --no-fast-check, anonymous (HttpApi: router, middleware, handler)",
        server: await startChild([serviceBin, ...serveArgs, "--no-fast-check"]),
        headers: {}
      },
      {
        name: "thads-service, Authorization: Bearer (HttpApi + key lookup in SQLite)",
        server: await startChild([serviceBin, ...serveArgs]),
        headers: { authorization: `Bearer ${key}` }
      }
    ]
    const urlOf = (t: (typeof checkTargets)[number]) => (t.server === bare ? bare.url : `${t.server.url}/v1/check`)
    const runs = checkTargets.map((): Array<Measure> => [])
    const loads: Array<number> = []
    for (const t of checkTargets) await measure(urlOf(t), { connections: 50, seconds: 2, headers: t.headers })
    for (let i = 0; i < options.rounds; i++) {
      process.stderr.write(`service bench: /v1/check round ${i + 1}/${options.rounds}\n`)
      loads.push(loadavg()[0]!)
      for (const [j, t] of checkTargets.entries())
        runs[j]!.push(
          await measure(urlOf(t), {
            connections: 50,
            seconds: options.seconds,
            headers: t.headers,
            pid: t.server.child.pid
          })
        )
    }
    for (const t of checkTargets) await stopChild(t.server.child)
    const range = (xs: ReadonlyArray<number>, digits: number) =>
      `${median(xs).toFixed(digits)} (${Math.min(...xs).toFixed(digits)}–${Math.max(...xs).toFixed(digits)})`
    for (const [j, t] of checkTargets.entries()) {
      const m = runs[j]!
      const ratios = m.map((x, i) => x.rps / runs[0]![i]!.rps)
      const cpu = m.map((x) => x.cpuUs).filter((x) => !Number.isNaN(x))
      rows.push(
        `| POST /v1/check, 20-row report, 50 connections | ${t.name} | ${Math.round(median(m.map((x) => x.rps)))} req/s | ${median(m.map((x) => x.p99))} ms | ${m.reduce((a, x) => a + x.non2xx + x.errors, 0)} | ${cpu.length === 0 ? "" : `${range(cpu, 0)} µs`} | ${j === 0 ? "1.00" : range(ratios, 2)} | ${j === 1 ? "≥ 0.85×, p99 ≤ 20 ms" : j === 0 ? "" : "reported"} |`
      )
    }
    rows.push(
      `| | load average (1 min) over the rounds: ${range(loads, 1)}; ${options.rounds} rounds of ${options.seconds} s | | | | | | |`
    )

    // 2. POST /v1/submissions on SQLite and PostgreSQL.
    const fmt = (m: ReadonlyArray<Measure>) => {
      const cpu = m.map((x) => x.cpuUs).filter((x) => !Number.isNaN(x))
      return `${Math.round(median(m.map((x) => x.rps)))} req/s | ${median(m.map((x) => x.p99))} ms | ${m.reduce((a, x) => a + x.non2xx + x.errors, 0)} | ${cpu.length === 0 ? "" : `${range(cpu, 0)} µs`}`
    }
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
            headers: { authorization: `Bearer ${key}` },
            pid: s.child.pid
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
    "| case | server | rate | p99 | non-2xx + errors | server CPU per request (median, range) | ratio ÷ bare (median, range) | goal |",
    "|---|---|---:|---:|---:|---:|---:|---|",
    ...rows
  ].join("\n")
}
