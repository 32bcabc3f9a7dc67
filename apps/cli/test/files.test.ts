/**
 * Files.ts, the one place that reads and writes files: only regular files,
 * bounded reads, strict UTF-8; atomic writes that never replace the input
 * nor an existing file without --force. Unit tests of the functions and the
 * contract through the built binary (exit 2, one line on stderr).
 */
import { execFileSync, spawnSync } from "node:child_process"
import {
  chmodSync,
  copyFileSync,
  existsSync,
  linkSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync
} from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { fileURLToPath } from "node:url"
import { afterAll, describe, expect, it } from "vitest"
import * as Files from "../src/Files.js"
import { UsageError } from "../src/Output.js"

const root = fileURLToPath(new URL("../../../", import.meta.url))
const dir = mkdtempSync(join(tmpdir(), "thads-files-"))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const thads = (...args: ReadonlyArray<string>) => {
  const r = spawnSync(process.execPath, [`${root}node_modules/.bin/thads`, ...args], {
    encoding: "utf8",
    cwd: root,
    timeout: 60_000
  })
  return { code: r.status, stdout: r.stdout, stderr: r.stderr }
}
/** Exit 2 and exactly one line on stderr, nothing on stdout, no stack trace. */
const oneLineError = (r: ReturnType<typeof thads>) => {
  expect(r.code).toBe(2)
  expect(r.stdout).toBe("")
  expect(r.stderr.split("\n").filter((l) => l !== "")).toHaveLength(1)
  expect(r.stderr).not.toMatch(/\n\s+at /)
  return r.stderr
}
const usage = (f: () => unknown): string => {
  try {
    f()
  } catch (e) {
    expect(e).toBeInstanceOf(UsageError)
    return (e as UsageError).text.en
  }
  throw new Error("expected a UsageError")
}

describe("reading", () => {
  it("refuses devices, FIFOs, sockets and directories without reading or blocking", () => {
    expect(usage(() => Files.readBytes("/dev/zero"))).toContain("it is a device, not a regular file")
    const fifo = join(dir, "pipe.json")
    execFileSync("mkfifo", [fifo])
    expect(usage(() => Files.readBytes(fifo))).toContain("it is a pipe (FIFO)")
    expect(usage(() => Files.readBytes(dir))).toContain("it is a directory")
    expect(usage(() => Files.readBytes(join(dir, "nope.json")))).toContain("no such file")
  })

  it("follows links to regular files, refuses links to devices", () => {
    const f = join(dir, "r.json")
    writeFileSync(f, "{}")
    symlinkSync(f, join(dir, "link.json"))
    expect(Files.readText(join(dir, "link.json"))).toBe("{}")
    symlinkSync("/dev/zero", join(dir, "zero.json"))
    expect(usage(() => Files.readText(join(dir, "zero.json")))).toContain("device")
  })

  it("bounds the read whatever the stat size says (/proc files say 0)", () => {
    const status = Files.readText("/proc/self/status")
    expect(status).toContain("Name:")
    expect(usage(() => Files.readBytes("/proc/self/status", 16))).toContain("larger than the")
    const big = join(dir, "big.json")
    writeFileSync(big, "x".repeat(5000))
    expect(usage(() => Files.readBytes(big, 4096))).toContain("larger than the")
    expect(Files.readBytes(big, 5000)).toHaveLength(5000)
  })

  it("reads files of any size one after another, each exactly (the buffer read into is reused)", () => {
    const sizes = [10_000, 3, 0, 70_000, 9_999, 1, 2_000_000, 5_000, 64 * 1024, 12]
    const texts = sizes.map((n, i) => Array.from({ length: n }, (_, k) => "aàbcdđeẽ"[(k + i) % 8]).join(""))
    const files = texts.map((t, i) => {
      const file = join(dir, `size-${i}.json`)
      writeFileSync(file, t)
      return file
    })
    const read = files.map((f) => Files.readText(f))
    for (let i = 0; i < texts.length; i++) expect(read[i] === texts[i], `file ${i}`).toBe(true)
    // Bytes read before are not changed by the texts read after.
    const bytes = Files.readBytes(files[1]!)
    Files.readText(files[0]!)
    expect(Buffer.from(bytes).toString("utf8")).toBe(texts[1])
  })

  it("refuses text that is not UTF-8, with the offset of the first bad byte", () => {
    const latin1 = join(dir, "latin1.json")
    writeFileSync(latin1, Buffer.concat([Buffer.from('{"unitName":"T'), Buffer.from([0xe2]), Buffer.from('y Ninh"}')]))
    expect(usage(() => Files.readText(latin1))).toContain("not UTF-8 text: byte 0xE2 at offset 14")
    const bom = join(dir, "bom.json")
    writeFileSync(bom, "\uFEFF{}")
    expect(Files.readText(bom)).toBe("{}")
  })

  it("lists directories iteratively, each real directory once (a link loop ends)", () => {
    const d = join(dir, "tree")
    mkdirSync(join(d, "a", "b"), { recursive: true })
    writeFileSync(join(d, "a", "b", "x.json"), "{}")
    writeFileSync(join(d, "a", "y.txt"), "")
    symlinkSync(d, join(d, "a", "loop"))
    const unreadable: Array<{ vi: string; en: string }> = []
    expect(Files.listFiles([d], /\.json$/, unreadable)).toEqual([join(d, "a", "b", "x.json")])
    expect(unreadable).toEqual([])
    Files.listFiles([join(dir, "missing")], /x/, unreadable)
    expect(unreadable[0]!.en).toContain("no such file")
  })
})

describe("writing atomically", () => {
  it("writes a new file, leaves no temporary file, refuses to replace without force", () => {
    const d = mkdtempSync(join(dir, "w-"))
    const f = join(d, "out.json")
    Files.writeAtomic(f, "one")
    expect(readFileSync(f, "utf8")).toBe("one")
    expect(usage(() => Files.writeAtomic(f, "two"))).toContain("add --force")
    expect(readFileSync(f, "utf8")).toBe("one")
    Files.writeAtomic(f, "two", { force: true })
    expect(readFileSync(f, "utf8")).toBe("two")
    expect(readdirSync(d)).toEqual(["out.json"])
  })

  it("refuses an output that is the input: same path, symbolic link, hard link", () => {
    const d = mkdtempSync(join(dir, "w-"))
    const input = join(d, "in.xlsx")
    writeFileSync(input, "original")
    symlinkSync(input, join(d, "sym.xlsx"))
    linkSync(input, join(d, "hard.xlsx"))
    for (const out of [input, join(d, "sym.xlsx"), join(d, "hard.xlsx"), join(d, ".", "in.xlsx")])
      expect(usage(() => Files.writeAtomic(out, "x", { inputs: [input], force: true }))).toContain("it is the input")
    expect(readFileSync(input, "utf8")).toBe("original")
  })

  it("a link as output with --force replaces the file it points to, through a rename", () => {
    const d = mkdtempSync(join(dir, "w-"))
    writeFileSync(join(d, "target.json"), "old")
    symlinkSync("target.json", join(d, "link.json"))
    Files.writeAtomic(join(d, "link.json"), "new", { force: true })
    expect(readFileSync(join(d, "target.json"), "utf8")).toBe("new")
    expect(readFileSync(join(d, "link.json"), "utf8")).toBe("new")
  })

  it("refuses a directory or a device as the output, and an unwritable directory cleanly", () => {
    expect(usage(() => Files.writeAtomic(dir, "x", { force: true }))).toContain("directory")
    expect(usage(() => Files.writeAtomic("/dev/null", "x", { force: true }))).toContain("device")
    const ro = mkdtempSync(join(dir, "ro-"))
    chmodSync(ro, 0o500)
    if (process.getuid?.() !== 0) {
      expect(usage(() => Files.writeAtomic(join(ro, "x.json"), "x"))).toContain("permission denied")
      expect(readdirSync(ro)).toEqual([])
    }
    chmodSync(ro, 0o700)
  })
})

describe("through the binary: one line, exit 2", () => {
  it("thads check /dev/zero, a FIFO without a writer, a Latin-1 file", () => {
    expect(oneLineError(thads("check", "/dev/zero", "--lang", "en"))).toContain("not a regular file")
    const fifo = join(dir, "bin-pipe.json")
    execFileSync("mkfifo", [fifo])
    expect(oneLineError(thads("check", fifo, "--lang", "en"))).toContain("FIFO")
    const latin1 = join(dir, "bin-latin1.json")
    writeFileSync(latin1, Buffer.from([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xe9, 0x22, 0x7d]))
    expect(oneLineError(thads("check", latin1, "--lang", "en"))).toContain("byte 0xE9 at offset 6")
    expect(oneLineError(thads("kpi", "/dev/zero", "--lang", "en"))).toContain("not a regular file")
    expect(oneLineError(thads("ledger", "report", "/dev/zero", "--year", "2024", "--months", "12"))).toContain(
      "thiết bị"
    )
  })

  it("template and annotate: no overwrite without --force, never the input", () => {
    const d = mkdtempSync(join(dir, "bin-w-"))
    const t = join(d, "t.xlsx")
    expect(thads("template", "--unit", "u", "--year", "2024", "--months", "6", "--out", t).code).toBe(0)
    const first = readFileSync(t)
    expect(
      oneLineError(thads("template", "--unit", "u", "--year", "2024", "--months", "6", "--out", t, "--lang", "en"))
    ).toContain("add --force")
    expect(thads("template", "--unit", "v", "--year", "2024", "--months", "6", "--out", t, "--force").code).toBe(0)
    expect(readFileSync(t).equals(first)).toBe(false)
    symlinkSync(t, join(d, "link.xlsx"))
    expect(oneLineError(thads("annotate", t, "--out", join(d, "link.xlsx"), "--force", "--lang", "en"))).toContain(
      "it is the input"
    )
    copyFileSync(t, join(d, "copy.xlsx"))
    expect(oneLineError(thads("annotate", t, "--out", join(d, "copy.xlsx"), "--lang", "en"))).toContain("add --force")
    expect(thads("annotate", t, "--out", join(d, "a.xlsx")).code).toBe(0)
    expect(existsSync(join(d, "a.xlsx"))).toBe(true)
    expect(readdirSync(d).filter((n) => n.endsWith(".tmp"))).toEqual([])
  })

  it("ledger report --out: writes the report once, refuses the ledger itself and an existing file without --force", () => {
    const d = mkdtempSync(join(dir, "bin-l-"))
    const out = join(d, "report.json")
    const args = ["ledger", "report", "examples/ledger-sample.csv", "--year", "2023", "--months", "12"]
    expect(thads(...args, "--out", out).code).toBe(0)
    const report = JSON.parse(readFileSync(out, "utf8"))
    expect(report.header.unitId).toBe("chi-cuc-go-dau")
    expect(thads("check", out, "--format", "json").code).toBeLessThan(2)
    expect(oneLineError(thads(...args, "--out", out, "--lang", "en"))).toContain("add --force")
    expect(thads(...args, "--out", out, "--force", "--json").code).toBe(0)
    const copy = join(d, "ledger.csv")
    copyFileSync(`${root}examples/ledger-sample.csv`, copy)
    expect(
      oneLineError(
        thads("ledger", "report", copy, "--year", "2023", "--months", "12", "--out", copy, "--force", "--lang", "en")
      )
    ).toContain("it is the input")
    expect(readFileSync(copy, "utf8")).toBe(readFileSync(`${root}examples/ledger-sample.csv`, "utf8"))
  })
})
