/**
 * A sample of malformed inputs through the `thads` binary, as a user runs
 * it: the exit code is 0, 1 or 2; for 0 and 1 (with --format json / --json)
 * standard output is exactly one JSON document; for 2 standard error is
 * exactly one line; never a stack trace, never a hang.
 */
import { spawnSync } from "node:child_process"
import { mkdtempSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { fileURLToPath } from "node:url"
import { Synthetic } from "@thads/core/testing"
import { malformedCsv } from "./Csv.ts"
import { malformedReport, type Random } from "./Reports.ts"
import { malformedWorkbook } from "./Workbooks.ts"

const root = fileURLToPath(new URL("../../../", import.meta.url))
const bin = join(root, "node_modules", ".bin", "thads")

/** One run of the binary. */
export interface Run {
  readonly code: number | null
  readonly stdout: string
  readonly stderr: string
  readonly timedOut: boolean
}

/**
 * Runs the binary (with extra Node options, e.g. a heap limit).
 *
 * @example
 * ```ts
 * thads(["check", "examples/report-late.json", "--format", "json"])
 * ```
 */
export const thads = (args: ReadonlyArray<string>, nodeOptions: ReadonlyArray<string> = []): Run => {
  const r = spawnSync(process.execPath, [...nodeOptions, bin, ...args], {
    encoding: "utf8",
    cwd: root,
    timeout: 120_000,
    maxBuffer: 512 * 1024 * 1024
  })
  return {
    code: r.status,
    stdout: r.stdout ?? "",
    stderr: r.stderr ?? "",
    timedOut: (r.error as { code?: string } | undefined)?.code === "ETIMEDOUT"
  }
}

/**
 * What breaks the contract in a run, or undefined.
 *
 * @example
 * ```ts
 * contractProblem(thads(["check", "/dev/zero"]), true) // undefined (exit 2, one line)
 * ```
 */
export const contractProblem = (r: Run, json: boolean): string | undefined => {
  if (r.timedOut) return "timed out"
  if (r.code !== 0 && r.code !== 1 && r.code !== 2) return `exit ${r.code}: ${r.stderr.slice(0, 300)}`
  if (/\n\s+at .+:\d+:\d+/.test(r.stderr) || /\n\s+at .+:\d+:\d+/.test(r.stdout)) return "a stack trace"
  if (r.code === 2) {
    const lines = r.stderr.split("\n").filter((l) => l !== "")
    if (lines.length !== 1) return `exit 2 with ${lines.length} lines on stderr`
    if (r.stdout !== "") return "exit 2 with output on stdout"
    return undefined
  }
  if (r.stderr !== "") return `exit ${r.code} with stderr: ${r.stderr.slice(0, 200)}`
  if (json) {
    try {
      const v = JSON.parse(r.stdout)
      if (typeof v !== "object" || v === null) return "stdout is JSON but not one document"
    } catch {
      return `stdout is not one JSON document: ${r.stdout.slice(0, 100)}`
    }
  }
  return undefined
}

/** Counts of a binary run. */
export interface BinaryCounts {
  readonly runs: number
  readonly exit: Readonly<Record<string, number>>
  readonly failures: ReadonlyArray<string>
}

const pick = <A>(next: Random, xs: ReadonlyArray<A>): A => xs[Math.floor(next() * xs.length)]!

/**
 * Runs `count` malformed inputs through the binary.
 *
 * @example
 * ```ts
 * (await runBinary(1, 10)).failures // []
 * ```
 */
export const runBinary = async (seed: number, count: number): Promise<BinaryCounts> => {
  const next = Synthetic.random(seed)
  const dir = mkdtempSync(join(tmpdir(), "thads-fuzz-"))
  const exit: Record<string, number> = {}
  const failures: Array<string> = []
  try {
    for (let i = 0; i < count; i++) {
      const kind = pick(next, ["report", "report", "report", "report-text", "bytes", "workbook", "csv", "special"])
      let args: Array<string>
      let json = true
      if (kind === "report" || kind === "report-text") {
        const input = malformedReport(next)
        const f = join(dir, `r${i}.json`)
        writeFileSync(f, typeof input === "string" ? input : JSON.stringify(input))
        json = kind === "report"
        args = json ? ["check", f, "--format", "json"] : ["check", f, "--lang", pick(next, ["vi", "en"])]
      } else if (kind === "bytes") {
        const f = join(dir, `b${i}.json`)
        const bytes = Buffer.from(JSON.stringify(malformedReport(next)) ?? "")
        for (let k = 0; k < 1 + Math.floor(next() * 4); k++)
          bytes[Math.floor(next() * bytes.length)] = 0x80 + Math.floor(next() * 0x80)
        writeFileSync(f, bytes)
        args = ["check", f, "--format", "json"]
      } else if (kind === "workbook") {
        const { bytes } = await malformedWorkbook(next)
        const f = join(dir, `w${i}.xlsx`)
        writeFileSync(f, bytes)
        args = ["check", f, "--format", "json"]
      } else if (kind === "csv") {
        const f = join(dir, `l${i}.csv`)
        writeFileSync(f, malformedCsv(next))
        args = ["ledger", "report", f, "--year", "2023", "--months", "12", "--json"]
      } else {
        args = pick(next, [
          ["check", "/dev/zero", "--format", "json"],
          ["check", dir, "--format", "json", "--context", "/dev/null"],
          ["check", join(dir, "missing.json"), "--format", "json"],
          ["kpi", "/proc/self/status", "--json"],
          ["ledger", "report", "/dev/zero", "--year", "2023", "--months", "12", "--json"]
        ])
      }
      const r = thads(args)
      exit[String(r.code)] = (exit[String(r.code)] ?? 0) + 1
      const p = contractProblem(r, json)
      if (p !== undefined) failures.push(`${kind} ${args.join(" ")}: ${p}`)
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
  return { runs: count, exit, failures }
}
