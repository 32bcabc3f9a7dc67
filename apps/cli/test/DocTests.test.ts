/**
 * Doc tests: every JSDoc `@example` of the cli's sources runs as a test (the
 * runner is `@thads/doctest`; its literal comments are asserted). In scope:
 * - the namespaces of `@thads/cli` (the command functions, `Output`),
 *   `@thads/core`, `@thads/core/testing` and `@thads/xlsx`;
 * - the cli's own modules by file name (`Files.readText`, `Input.parseDate`,
 *   `Stdout.writer`, …), and the exports of `src/commands/` by name
 *   (`loadContext`, `compute`, `citationText`, … as their examples call
 *   them; all of them also as `Commands`);
 * - three helpers, so that an example runs wherever the test runs and leaves
 *   nothing behind: `fromRoot("examples/report-late.json")` (a path in the
 *   repository), `tempDir()` (a new empty directory, removed after the
 *   suite: what an example writes goes there) and `captured(f, { tty })`
 *   (runs `f` and gives what it returned, what it printed on standard
 *   output and error and the exit code it set, `{ value, stdout, stderr,
 *   exitCode }`, the process left as it was).
 */
import { createRequire, syncBuiltinESMExports } from "node:module"
import { mkdtempSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import * as Core from "@thads/core"
import * as CoreTesting from "@thads/core/testing"
import { DocTest, Example } from "@thads/doctest"
import * as Xlsx from "@thads/xlsx"
import { afterAll, describe, expect, it } from "vitest"
import * as CheckArgs from "../src/CheckArgs.js"
import * as Exit from "../src/Exit.js"
import * as Files from "../src/Files.js"
import * as Cli from "../src/index.js"
import * as Input from "../src/Input.js"
import * as QuickCheck from "../src/QuickCheck.js"
import * as Sources from "../src/Sources.js"
import * as Stdout from "../src/Stdout.js"
import * as mainCheck from "../src/mainCheck.js"

const src = join(import.meta.dirname, "..", "src")
const repository = join(import.meta.dirname, "..", "..", "..")

/** A path in the repository, whatever the working directory. */
const fromRoot = (path: string): string => join(repository, path)

const temporary: Array<string> = []
/** A new empty directory, removed after the suite. */
const tempDir = (): string => {
  const dir = mkdtempSync(join(tmpdir(), "thads-cli-doc-"))
  temporary.push(dir)
  return dir
}
afterAll(() => {
  for (const dir of temporary) rmSync(dir, { recursive: true, force: true })
})

/** What {@link captured} gives: the value returned, the text written to standard output and error, and the exit code set. */
interface Captured {
  readonly value: unknown
  readonly stdout: string
  readonly stderr: string
  readonly exitCode: number | string | undefined
}

const fs = createRequire(import.meta.url)("node:fs") as typeof import("node:fs")

/**
 * Runs `f` (awaited) with the process's output caught — `process.stdout` and
 * `process.stderr`, file descriptors 1 and 2 written synchronously
 * (`Stdout.writer`), `console.log` and `console.error` (effect's `Console`)
 * — and the exit code it sets; all of it restored after. `tty`: standard
 * error is a terminal meanwhile.
 */
const captured = async (f: () => unknown, options: { readonly tty?: boolean } = {}): Promise<Captured> => {
  let stdout = ""
  let stderr = ""
  const decode = (chunk: unknown): string =>
    typeof chunk === "string" ? chunk : Buffer.from(chunk as Uint8Array).toString("utf8")
  const writes = { out: process.stdout.write, err: process.stderr.write }
  const logs = { log: console.log, error: console.error }
  const writeSync = fs.writeSync
  const tty = Object.getOwnPropertyDescriptor(process.stderr, "isTTY")
  const exitCode = process.exitCode
  process.exitCode = undefined
  process.stdout.write = ((chunk: unknown) => {
    stdout += decode(chunk)
    return true
  }) as typeof process.stdout.write
  process.stderr.write = ((chunk: unknown) => {
    stderr += decode(chunk)
    return true
  }) as typeof process.stderr.write
  console.log = (...args: Array<unknown>) => {
    stdout += `${args.join(" ")}\n`
  }
  console.error = (...args: Array<unknown>) => {
    stderr += `${args.join(" ")}\n`
  }
  fs.writeSync = ((fd: number, data: string | Uint8Array, ...rest: Array<unknown>): number => {
    if (fd !== 1 && fd !== 2) return (writeSync as (...a: Array<unknown>) => number)(fd, data, ...rest)
    let text = data
    if (typeof data !== "string") {
      const offset = typeof rest[0] === "number" ? rest[0] : 0
      const length = typeof rest[1] === "number" ? rest[1] : data.length - offset
      if (offset < 0 || length < 0 || offset + length > data.length) throw new RangeError("out of the buffer's range")
      text = data.subarray(offset, offset + length)
    }
    if (fd === 1) stdout += decode(text)
    else stderr += decode(text)
    return typeof text === "string" ? Buffer.byteLength(text) : text.length
  }) as typeof fs.writeSync
  syncBuiltinESMExports()
  if (options.tty === true) Object.defineProperty(process.stderr, "isTTY", { value: true, configurable: true })
  try {
    const value = await f()
    return { value, stdout, stderr, exitCode: process.exitCode }
  } finally {
    process.stdout.write = writes.out
    process.stderr.write = writes.err
    console.log = logs.log
    console.error = logs.error
    fs.writeSync = writeSync
    syncBuiltinESMExports()
    if (tty === undefined) delete (process.stderr as { isTTY?: boolean }).isTTY
    else Object.defineProperty(process.stderr, "isTTY", tty)
    process.exitCode = exitCode
  }
}

/** The exports of the command modules, by name (no name is exported by two of them). */
const commandsDir = join(src, "commands")
const commands: Record<string, unknown> = {}
for (const file of Example.files(commandsDir)) {
  for (const [name, value] of Object.entries(await import(file))) {
    if (name in commands && commands[name] !== value) throw new Error(`${name} is exported by two command modules`)
    commands[name] = value
  }
}

DocTest.register({
  name: "@thads/cli",
  root: src,
  files: Example.files(src),
  modules: { "@thads/cli": Cli, "@thads/core": Core, "@thads/core/testing": CoreTesting, "@thads/xlsx": Xlsx },
  names: {
    fromRoot,
    tempDir,
    captured,
    CheckArgs,
    Exit,
    Files,
    Input,
    QuickCheck,
    Sources,
    Stdout,
    mainCheck,
    Commands: commands,
    ...commands
  },
  // A command module's exports are in scope by name, so the runner needs no namespace of its own for it (one after
  // commands/case.ts would be named `case`, a reserved word): it is given `Commands`, already in scope.
  load: (path) => (path.startsWith(commandsDir) ? Promise.resolve(commands) : import(/* @vite-ignore */ path)),
  import: (specifier) => import(/* @vite-ignore */ specifier),
  atLeast: 70
})

describe("the helpers of the cli's examples", () => {
  it("captured: catches what is printed and the exit code, and restores the process", async () => {
    const before = process.exitCode
    const c = await captured(
      () => {
        process.stdout.write("a\n")
        fs.writeSync(1, Buffer.from("b\n"))
        console.error("c")
        process.exitCode = 2
        return Promise.resolve()
      },
      { tty: true }
    )
    expect(c).toEqual({ value: undefined, stdout: "a\nb\n", stderr: "c\n", exitCode: 2 })
    expect(process.exitCode).toBe(before)
    expect(process.stderr.isTTY).not.toBe(true)
  })

  it("captured: restores the process when f throws", async () => {
    const write = process.stdout.write
    await expect(
      captured(() => {
        throw new Error("no")
      })
    ).rejects.toThrow("no")
    expect(process.stdout.write).toBe(write)
  })

  it("fromRoot: a path in the repository", () => {
    expect(Files.readText(fromRoot("examples/report-late.json")).length).toBeGreaterThan(0)
  })
})
