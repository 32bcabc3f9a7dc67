/**
 * The quick start of `thads check` (bin/thads.js → dist/main-check.js) against
 * the full command line (dist/main.js, effect's parser and the command tree):
 * the same stdout, stderr and exit code, byte for byte, for every kind of
 * invocation the quick path takes — on examples/, valid, broken, non-JSON,
 * non-UTF-8 and workbook inputs, with each flag it knows — and the same for
 * those it leaves to the full command line. Runs the built binary.
 */
import { execFile, spawnSync } from "node:child_process"
import { closeSync, copyFileSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { fileURLToPath } from "node:url"
import { Synthetic } from "@thads/core/testing"
import { Write } from "@thads/xlsx"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import * as CheckArgs from "../src/CheckArgs.js"

const root = fileURLToPath(new URL("../../../", import.meta.url))
const bin = `${root}apps/cli/bin/thads.js`
const full = `${root}apps/cli/dist/main.js`

interface Run {
  readonly code: number | null
  readonly stdout: string
  readonly stderr: string
}

/** The environment without colour settings (Node warns, with its pid, when both NO_COLOR and FORCE_COLOR are set). */
const env = Object.fromEntries(
  Object.entries(process.env).filter(([k]) => k !== "NO_COLOR" && k !== "FORCE_COLOR" && k !== "NODE_DISABLE_COLORS")
)

const run = (script: string, args: ReadonlyArray<string>): Promise<Run> =>
  new Promise((resolve) => {
    execFile(
      process.execPath,
      [script, "check", ...args],
      { cwd: root, encoding: "buffer", maxBuffer: 256 * 1024 * 1024, env },
      (error, stdout, stderr) =>
        resolve({
          code: error === null ? 0 : typeof error.code === "number" ? error.code : null,
          // Compared as bytes (latin1 keeps every byte as one character).
          stdout: stdout.toString("latin1"),
          stderr: stderr.toString("latin1")
        })
    )
  })

const dir = mkdtempSync(join(tmpdir(), "thads-main-check-"))
const f = (name: string) => join(dir, name)

beforeAll(async () => {
  copyFileSync(`${root}examples/report-consistent.json`, f("valid.json"))
  copyFileSync(`${root}examples/report-with-mistakes.json`, f("mistakes.json"))
  copyFileSync(`${root}examples/report-malformed.json`, f("malformed.json"))
  writeFileSync(f("garbage.json"), "\uFEFF{ not json")
  writeFileSync(f("latin1.json"), Buffer.from('{"unitName":"Cục Tây Ninh"}', "latin1"))
  writeFileSync(f("bao-cao.csv"), "id,V01\nx,1\n")
  writeFileSync(f("broken.xlsx"), "PK\u0003\u0004 not a workbook")
  writeFileSync(f("report.xlsx"), await Write.report(Synthetic.report({ seed: 4, rows: 3 })))
  mkdirSync(f("batch"))
  for (const name of ["valid.json", "mistakes.json", "garbage.json", "report.xlsx"])
    copyFileSync(f(name), join(f("batch"), name))
  mkdirSync(f("context"))
  const earlier = JSON.parse(readFileSync(`${root}examples/report-late.json`, "utf8"))
  earlier.header.months = 5
  earlier.cases.total.V02 += 5
  writeFileSync(join(f("context"), "earlier.json"), JSON.stringify(earlier))
  copyFileSync(`${root}examples/submissions-2022.json`, join(f("context"), "submissions.json"))
  // An area office's report after 1/7/2025, and a context holding only the area offices (Phòng THADS khu vực).
  const area = Synthetic.report({ seed: 5, rows: 3, unitId: "phong-thads-khu-vuc-1", year: 2026, months: 3 })
  writeFileSync(
    f("area.json"),
    JSON.stringify({ ...area, header: { ...area.header, regime: "tt05-2024", level: "phong-khu-vuc" } })
  )
  mkdirSync(f("context-units"))
  copyFileSync(`${root}examples/units.json`, join(f("context-units"), "units.json"))
  mkdirSync(f("many"))
  const text = readFileSync(`${root}examples/report-consistent.json`, "utf8")
  for (let i = 0; i < 300; i++) writeFileSync(join(f("many"), `r${String(i).padStart(3, "0")}.json`), text)
}, 120_000)
afterAll(() => rmSync(dir, { recursive: true, force: true }))

/** Invocations the quick path takes. */
const quick = (): ReadonlyArray<ReadonlyArray<string>> => [
  ["examples"],
  ["examples", "--format", "json"],
  ["examples", "--json", "--lang", "en"],
  ["--format=json", "examples/report-late.json", "--lang=en"],
  [f("valid.json")],
  [f("valid.json"), "--json"],
  [f("valid.json"), "--json", "--format", "text"],
  [f("valid.json"), f("valid.json"), "--format", "json"],
  [f("mistakes.json"), "--format", "json", "--lang", "en"],
  [f("mistakes.json")],
  [f("malformed.json"), "--json"],
  [f("garbage.json")],
  [f("garbage.json"), "--format", "json"],
  [f("latin1.json")],
  [f("latin1.json"), "--lang", "en"],
  [f("missing.json")],
  [f("missing.json"), f("latin1.json"), "--lang", "en"],
  [f("report.xlsx")],
  [f("report.xlsx"), "--json", "--lang", "en"],
  [f("broken.xlsx")],
  [f("bao-cao.csv"), "--lang", "en"],
  [f("batch")],
  [f("batch"), "--format", "json"],
  [f("batch"), f("valid.json"), "--lang", "en"],
  [f("many"), "--format", "json"],
  [f("many"), "--lang", "en"],
  [f("valid.json"), "--as-of", "2023-10-10", "--json"],
  [f("valid.json"), "--as-of", "2023-13-01"],
  [f("valid.json"), "--as-of=31/12/2023", "--lang", "en"],
  [f("valid.json"), "--organization", "none"],
  [f("valid.json"), "--organization", "foo"],
  [f("valid.json"), "--organization=foo", "--lang", "en"],
  ["examples/report-late.json", "--context", f("context"), "--as-of", "2022-10-31", "--format", "json"],
  ["examples/report-late.json", "--context", f("missing"), "--lang", "en"],
  [f("area.json"), "--context", f("context-units"), "--as-of", "2026-02-01", "--json"],
  [f("area.json"), "--context", f("context-units"), "--organization", "none", "--lang", "en"],
  [`${f("batch")}/`, "check"]
]

/** Invocations left to the full command line. */
const fallback = (): ReadonlyArray<ReadonlyArray<string>> => [
  [],
  ["--help"],
  [f("valid.json"), "--foo"],
  [f("valid.json"), "--format", "xml"],
  [f("valid.json"), "--format", "json", "--format", "text"],
  [f("valid.json"), "--lang", "EN", "--json"],
  [f("valid.json"), "--json", "--json"],
  [f("valid.json"), "--key", "k"],
  // --units is not a flag of the quick start: the full command line takes it.
  [f("area.json"), "--units", "examples/units.json", "--as-of", "2026-02-01", "--json"],
  [f("area.json"), "--units=examples/units.json", "--lang", "en"],
  [f("area.json"), "--units", f("missing-units.json"), "--lang", "en"],
  // Nor is --rules.
  [f("valid.json"), "--rules", "examples/rules.json", "--json"],
  [f("valid.json"), "--rules=examples/units.json", "--lang", "en"],
  ["--", f("valid.json")],
  [""]
]

const same = async (args: ReadonlyArray<string>): Promise<Run> => {
  const [quickRun, fullRun] = await Promise.all([run(bin, args), run(full, args)])
  expect(quickRun, JSON.stringify(args)).toEqual(fullRun)
  return quickRun
}

describe("thads check: the quick start and the full command line", () => {
  it("the quick path takes the plain invocations and leaves the others", () => {
    for (const args of quick()) expect(CheckArgs.parse(args), JSON.stringify(args)).toBeDefined()
    for (const args of fallback()) expect(CheckArgs.parse(args), JSON.stringify(args)).toBeUndefined()
  })

  it("print the same bytes and exit with the same code for every plain invocation", async () => {
    const codes = new Set<number | null>()
    for (const args of quick()) codes.add((await same(args)).code)
    // Valid (0), invalid (1) and unreadable input or bad values (2) are all among them.
    expect([...codes].sort()).toEqual([0, 1, 2])
    // A batch is streamed whole: 300 reports in one JSON document, and the summary line.
    expect(JSON.parse((await run(bin, [f("many"), "--format", "json"])).stdout).summary.reports).toBe(300)
    expect((await run(bin, [f("many"), "--lang", "en"])).stdout).toContain("300 report(s): 300 valid")
  })

  it("stop quietly when the reader goes away (| head), with the exit code of the findings", () => {
    // 300 reports: far more output than a pipe holds, so the writer meets the closed pipe.
    const pipeline = 'node "$0" check "$1" --format "$2" 2>"$3" | head -c 100 >/dev/null; echo "$PIPESTATUS"; cat "$3"'
    for (const script of [bin, full])
      for (const format of ["text", "json"]) {
        const r = spawnSync("bash", ["-c", pipeline, script, f("many"), format, f(`stderr-${format}.txt`)], {
          cwd: root,
          encoding: "utf8",
          env: { ...env, PATH: `${root}node_modules/.bin:${process.env["PATH"]}` }
        })
        expect(r.stdout, `${script} ${format}`).toBe("0\n")
      }
  })

  it("say the same one line when the output cannot be written (a full disk), never a stack trace", () => {
    const toFullDisk = (script: string) => {
      const out = openSync("/dev/full", "w")
      try {
        const r = spawnSync(process.execPath, [script, "check", "examples/report-late.json", "--lang", "en"], {
          cwd: root,
          encoding: "utf8",
          env,
          stdio: ["ignore", out, "pipe"]
        })
        return { code: r.status, stderr: r.stderr }
      } finally {
        closeSync(out)
      }
    }
    const quickRun = toFullDisk(bin)
    expect(quickRun).toEqual({ code: 70, stderr: "thads: unexpected error: ENOSPC: no space left on device, write\n" })
    expect(toFullDisk(full)).toEqual(quickRun)
  })

  it("and for the invocations left to the full command line", async () => {
    for (const args of fallback()) await same(args)
  })

  it("--units (the full command line) and a context's units.json (the quick path) check the same", async () => {
    const args = [f("area.json"), "--as-of", "2026-02-01", "--lang", "en"]
    const flagged = await run(bin, [...args, "--units", "examples/units.json"])
    const context = await run(bin, [...args, "--context", f("context-units")])
    expect(CheckArgs.parse([...args, "--context", f("context-units")])).toBeDefined()
    expect(flagged).toEqual(context)
    expect(flagged.code).toBe(0)
    expect(flagged.stdout).not.toContain("unit-unknown")
    expect((await run(bin, args)).stdout).toContain("unit-unknown")
  })
})
