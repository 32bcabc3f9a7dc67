/**
 * The one place where the commands touch files (đọc và ghi tệp).
 *
 * Reading: only regular files (after resolving links) are read — a
 * directory, a device such as /dev/zero, a FIFO or a socket is refused —
 * and the read itself is bounded (a file's stat size can lie: /proc files
 * say 0), so nothing is read past the limit and nothing blocks. Text must be
 * UTF-8: a Latin-1 or Windows-1258 file is refused with the offset of its
 * first bad byte, never decoded with U+FFFD. Every refusal is a
 * {@link Output.UsageError}: one line, exit code 2.
 *
 * Writing: atomically — a temporary file in the same directory, fsync,
 * rename — so a crash or a full disk never leaves a half-written file; an
 * output that resolves to an input (links included) is refused, and an
 * existing file is replaced only with `--force`.
 *
 * @since 0.1.0
 */
import {
  closeSync,
  type Dirent,
  constants,
  fstatSync,
  fsyncSync,
  linkSync,
  lstatSync,
  openSync,
  readdirSync,
  readSync,
  realpathSync,
  renameSync,
  type Stats,
  statSync,
  unlinkSync,
  writeSync
} from "node:fs"
import { basename, dirname, join, resolve } from "node:path"
import { Json, SchemaProblems } from "@thads/core/internal"
import * as Output from "./Output.js"

/**
 * The largest file read (bigger files are refused as unreadable input).
 *
 * @example
 * ```ts
 * Files.MAX_BYTES // 67108864 (64 MiB)
 * ```
 * @since 0.1.0
 */
export const MAX_BYTES = 64 * 1024 * 1024

/** A text in both languages. */
type Term = { readonly vi: string; readonly en: string }

const mib = (n: number) => `${Math.round((n / 1024 / 1024) * 10) / 10} MiB`

/** The reason of a system error, in both languages (no English fragment in the Vietnamese line). */
const reason = (e: unknown): Term => {
  const code = (e as { code?: string } | undefined)?.code
  switch (code) {
    case "ENOENT":
      return { vi: "không có tệp này", en: "no such file" }
    case "EACCES":
    case "EPERM":
      return { vi: "không có quyền truy cập", en: "permission denied" }
    case "EISDIR":
      return { vi: "là một thư mục", en: "it is a directory" }
    case "ENOTDIR":
      return { vi: "một phần của đường dẫn không phải thư mục", en: "a part of the path is not a directory" }
    case "ELOOP":
      return { vi: "vòng lặp liên kết", en: "a loop of links" }
    case "ENAMETOOLONG":
      return { vi: "đường dẫn quá dài", en: "the path is too long" }
    case "ENOSPC":
      return { vi: "hết chỗ trên đĩa", en: "no space left on the disk" }
    case "EROFS":
      return { vi: "ổ đĩa chỉ đọc", en: "a read-only file system" }
    case "EMFILE":
    case "ENFILE":
      return { vi: "mở quá nhiều tệp", en: "too many open files" }
    case "EEXIST":
      return { vi: "tệp đã tồn tại", en: "the file exists" }
    case "EIO":
      return { vi: "lỗi vào/ra của đĩa", en: "an input/output error" }
    default: {
      const m = e instanceof Error ? e.message : String(e)
      return { vi: `lỗi hệ thống ${code ?? ""} (${m})`.replace("  ", " "), en: m }
    }
  }
}

/** What a non-regular file is, for the message. */
const kindOf = (st: Stats): Term =>
  st.isDirectory()
    ? { vi: "là một thư mục", en: "it is a directory" }
    : st.isFIFO()
      ? { vi: "là một ống dẫn (FIFO), không phải tệp thường", en: "it is a pipe (FIFO), not a regular file" }
      : st.isSocket()
        ? { vi: "là một socket, không phải tệp thường", en: "it is a socket, not a regular file" }
        : st.isCharacterDevice() || st.isBlockDevice()
          ? { vi: "là một thiết bị, không phải tệp thường", en: "it is a device, not a regular file" }
          : { vi: "không phải tệp thường", en: "not a regular file" }

const cannotRead = (file: string, why: Term) =>
  new Output.UsageError({ vi: `không đọc được "${file}": ${why.vi}`, en: `cannot read "${file}": ${why.en}` })

/**
 * The buffer {@link readText} reads into, kept between calls (a batch reads
 * thousands of small files: no new buffer each); the text is decoded from it
 * before the next read. Files larger than {@link SCRATCH_BYTES} get a buffer
 * of their own.
 */
let scratch: Buffer | undefined
const SCRATCH_BYTES = 1 << 20

/**
 * Reads a regular file into `reuse` when it is large enough, else into a new
 * buffer of its own (never a slice of Node's shared pool, so that it can be
 * reused): up to `maxBytes` + 1 bytes, whatever its stat size says.
 */
const readFile = (file: string, maxBytes: number, reuse: Buffer | undefined): Buffer => {
  let fd: number
  try {
    fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOCTTY)
  } catch (e) {
    throw cannotRead(file, reason(e))
  }
  try {
    const st = fstatSync(fd)
    if (!st.isFile()) throw cannotRead(file, kindOf(st))
    if (st.size > maxBytes) throw tooLarge(file, st.size, maxBytes)
    // The stat size + 1 when there is one (no 64 KB buffer for a small file), never past maxBytes + 1.
    const size = Math.min(maxBytes + 1, st.size > 0 ? st.size + 1 : 64 * 1024)
    let buf = reuse !== undefined && reuse.length >= size ? reuse : Buffer.allocUnsafeSlow(size)
    let n = 0
    for (;;) {
      if (n === buf.length) {
        if (n > maxBytes) break
        const bigger = Buffer.allocUnsafeSlow(Math.min(maxBytes + 1, buf.length * 2))
        buf.copy(bigger, 0, 0, n)
        buf = bigger
      }
      const got = readSync(fd, buf, n, buf.length - n, null)
      if (got === 0) break
      n += got
      // Exactly the stat size, and the read stopped short of the byte after it: a regular file's end (no read for 0).
      if (n === st.size && n < buf.length) break
    }
    if (n > maxBytes) throw tooLarge(file, n, maxBytes)
    return buf.subarray(0, n)
  } catch (e) {
    if (e instanceof Output.UsageError) throw e
    throw cannotRead(file, reason(e))
  } finally {
    closeSync(fd)
  }
}

/**
 * Reads a file's bytes: a regular file only (links are followed), opened
 * without blocking (a FIFO never hangs), read in chunks up to `maxBytes` —
 * one byte more and it is refused, whatever its stat size says. Throws
 * {@link Output.UsageError}.
 *
 * @example
 * ```ts
 * import { writeFileSync } from "node:fs"
 * import { join } from "node:path"
 * const file = join(tempDir(), "bao-cao.json")
 * writeFileSync(file, "{}")
 * [...Files.readBytes(file)] // [123, 125]
 * Files.readBytes(tempDir()) // UsageError: cannot read "…": it is a directory
 * Files.readBytes("/dev/zero") // UsageError: cannot read "/dev/zero": it is a device, not a regular file
 * ```
 * @since 0.1.0
 */
export const readBytes = (file: string, maxBytes: number = MAX_BYTES): Uint8Array => {
  const b = readFile(file, maxBytes, undefined)
  return new Uint8Array(b.buffer, b.byteOffset, b.length)
}

const tooLarge = (file: string, size: number, max: number) =>
  cannotRead(file, {
    vi: `tệp lớn hơn giới hạn ${mib(max)}${size > max + 1 ? ` (${mib(size)})` : ""}`,
    en: `the file is larger than the ${mib(max)} limit${size > max + 1 ? ` (${mib(size)})` : ""}`
  })

/**
 * Reads a file as UTF-8 text ({@link readBytes}, then a strict decode: a
 * byte that is not UTF-8 is refused with its offset). Throws
 * {@link Output.UsageError}.
 *
 * @example
 * ```ts
 * import { writeFileSync } from "node:fs"
 * import { join } from "node:path"
 * JSON.parse(Files.readText(fromRoot("examples/report-late.json"))).header.unitId // "chi-cuc-go-dau"
 * const latin1 = join(tempDir(), "latin1.json")
 * writeFileSync(latin1, Buffer.from('{"name": "Chi c\xE2c"}', "latin1"))
 * Files.readText(latin1) // UsageError: cannot read "…/latin1.json": not UTF-8 text: byte 0xE2 at offset 15 (a Latin-1/Windows-1258 file?); save it as UTF-8
 * ```
 * @since 0.1.0
 */
export const readText = (file: string, maxBytes: number = MAX_BYTES): string => {
  const b = readFile(file, maxBytes, scratch)
  // The whole buffer read into, kept for the next file (a new one is only ever larger), unless it is large.
  if (b.buffer.byteLength <= SCRATCH_BYTES) scratch = Buffer.from(b.buffer)
  const d = Json.decodeUtf8(new Uint8Array(b.buffer, b.byteOffset, b.length))
  if (d._tag === "NotUtf8") throw cannotRead(file, d.problem.message)
  return d.text
}

/**
 * Reads a settings document a user gives (obligation settings, area
 * offices, case settings, a rule set: tệp thiết lập) and decodes it with its
 * module's `decodeJson`; a file that does not decode is a usage error (exit
 * 2) naming it and its first problems with their pointers, on one line.
 *
 * @example
 * ```ts
 * import { writeFileSync } from "node:fs"
 * import { join } from "node:path"
 * import { CaseSettings } from "@thads/core"
 * const what = { vi: "tệp thiết lập việc thi hành án", en: "the case settings file" }
 * Files.readDocument(fromRoot("examples/case-settings.json"), what, CaseSettings.decodeJson).ageEdgesMonths // [3, 9, 24]
 * const bad = join(tempDir(), "case-settings.json")
 * writeFileSync(bad, '{ "postingMonth": 3 }')
 * Files.readDocument(bad, what, CaseSettings.decodeJson) // UsageError: the case settings file "…/case-settings.json" does not decode: /postingMonth: unexpected field…
 * ```
 * @since 0.4.0
 */
export const readDocument = <A>(
  file: string,
  what: { readonly vi: string; readonly en: string },
  decodeJson: (
    text: string
  ) =>
    | { readonly _tag: "Success"; readonly success: A }
    | { readonly _tag: "Failure"; readonly failure: ReadonlyArray<Json.Problem> }
): A => {
  const r = decodeJson(readText(file))
  if (r._tag === "Success") return r.success
  throw new Output.UsageError({
    vi: `${what.vi} "${file}" không hợp lệ: ${SchemaProblems.summary(r.failure, "vi")}`,
    en: `${what.en} "${file}" does not decode: ${SchemaProblems.summary(r.failure, "en")}`
  })
}

/**
 * The files under the given paths, in order: a file as given, a directory's
 * files whose names match `include`, its subdirectories walked (iteratively,
 * each real directory once, so a link loop ends). Paths that cannot be
 * listed are collected in `unreadable` ("path: reason").
 *
 * @example
 * ```ts
 * import { mkdirSync, writeFileSync } from "node:fs"
 * import { join, relative } from "node:path"
 * const dir = tempDir()
 * mkdirSync(join(dir, "2024"))
 * writeFileSync(join(dir, "2024", "a.json"), "{}")
 * writeFileSync(join(dir, "b.json"), "{}")
 * writeFileSync(join(dir, "notes.txt"), "")
 * const unreadable: Array<{ readonly vi: string; readonly en: string }> = []
 * Files.listFiles([dir, join(dir, "missing")], /\.json$/i, unreadable).map((f) => relative(dir, f)) // ["2024/a.json", "b.json"]
 * unreadable.map((u) => relative(dir, u.en)) // ["missing: no such file"]
 * ```
 * @since 0.1.0
 */
export const listFiles = (
  paths: ReadonlyArray<string>,
  include: RegExp,
  unreadable: Array<{ readonly vi: string; readonly en: string }>
): ReadonlyArray<string> => {
  const out: Array<string> = []
  const seen = new Set<string>()
  for (const root of paths) {
    // A stack of paths still to visit, in reverse order (so that the listing stays sorted). A directory entry that
    // is a regular file needs no stat (a batch directory holds thousands): `file` marks it.
    const todo: Array<{ readonly path: string; readonly top: boolean; readonly file?: true }> = [
      { path: root, top: true }
    ]
    while (todo.length > 0) {
      const { path, top, file } = todo.pop()!
      if (file === true) {
        if (include.test(path)) out.push(path)
        continue
      }
      let st: Stats
      try {
        st = statSync(path)
      } catch (e) {
        const why = reason(e)
        unreadable.push({ vi: `${path}: ${why.vi}`, en: `${path}: ${why.en}` })
        continue
      }
      if (!st.isDirectory()) {
        if (top || include.test(path)) out.push(path)
        continue
      }
      const id = `${st.dev}:${st.ino}`
      if (seen.has(id)) continue
      seen.add(id)
      let entries: Array<Dirent>
      try {
        entries = readdirSync(path, { withFileTypes: true }).sort((a, b) =>
          a.name < b.name ? -1 : a.name > b.name ? 1 : 0
        )
      } catch (e) {
        const why = reason(e)
        unreadable.push({ vi: `${path}: ${why.vi}`, en: `${path}: ${why.en}` })
        continue
      }
      for (let i = entries.length - 1; i >= 0; i--) {
        const entry = entries[i]!
        const p = join(path, entry.name)
        todo.push(entry.isFile() ? { path: p, top: false, file: true } : { path: p, top: false })
      }
    }
  }
  return out
}

/** The real path of a file that may not exist yet (its directory resolved, links included). */
const realTarget = (file: string): string => {
  try {
    return realpathSync(file)
  } catch {
    try {
      return join(realpathSync(dirname(resolve(file))), basename(file))
    } catch {
      return resolve(file)
    }
  }
}

const sameFile = (a: string, b: string): boolean => {
  if (realTarget(a) === realTarget(b)) return true
  try {
    const x = statSync(a)
    const y = statSync(b)
    return x.dev === y.dev && x.ino === y.ino
  } catch {
    return false
  }
}

const cannotWrite = (file: string, why: Term) =>
  new Output.UsageError({ vi: `không ghi được "${file}": ${why.vi}`, en: `cannot write "${file}": ${why.en}` })

/**
 * Checks that a file may be written (see {@link writeAtomic}) before any
 * work is done; returns where the bytes will go (a link is followed) and
 * whether a file is replaced. Throws {@link Output.UsageError}.
 *
 * @example
 * ```ts
 * import { writeFileSync } from "node:fs"
 * import { join } from "node:path"
 * const dir = tempDir()
 * const input = join(dir, "bao-cao.xlsx")
 * writeFileSync(input, "")
 * Files.checkWritable(input, { inputs: [input] }) // UsageError: cannot write "…/bao-cao.xlsx": it is the input "…/bao-cao.xlsx" (the original is never overwritten; choose another --out)
 * Files.checkWritable(join(dir, "bao-cao.phat-hien.xlsx"), { inputs: [input] }).replaces // false
 * writeFileSync(join(dir, "bao-cao.phat-hien.xlsx"), "")
 * Files.checkWritable(join(dir, "bao-cao.phat-hien.xlsx")) // UsageError: cannot write "…": the file exists (add --force to replace it)
 * Files.checkWritable(join(dir, "bao-cao.phat-hien.xlsx"), { force: true }).replaces // true
 * ```
 * @since 0.1.0
 */
export const checkWritable = (
  file: string,
  options: { readonly inputs?: ReadonlyArray<string>; readonly force?: boolean } = {}
): { readonly target: string; readonly replaces: boolean } => {
  for (const input of options.inputs ?? []) {
    if (sameFile(file, input))
      throw cannotWrite(file, {
        vi: `đó chính là tệp đầu vào "${input}" (không ghi đè bản gốc; hãy chọn tên khác cho --out)`,
        en: `it is the input "${input}" (the original is never overwritten; choose another --out)`
      })
  }
  let exists = false
  try {
    lstatSync(file)
    exists = true
  } catch {}
  if (!exists) return { target: file, replaces: false }
  let st: Stats
  try {
    st = statSync(file)
  } catch (e) {
    throw cannotWrite(file, reason(e))
  }
  if (!st.isFile()) throw cannotWrite(file, kindOf(st))
  if (options.force !== true) throw exists_(file)
  return { target: realTarget(file), replaces: true }
}

const exists_ = (file: string) =>
  cannotWrite(file, {
    vi: "tệp đã tồn tại (thêm --force để ghi đè)",
    en: "the file exists (add --force to replace it)"
  })

/**
 * Writes a file atomically: the bytes go to a temporary file in the same
 * directory, are flushed to the disk (fsync), and the temporary file is then
 * renamed over the target (and the directory flushed), so the target is
 * either the old file or the whole new one — never a truncated mix. Refuses
 * (throws {@link Output.UsageError}, nothing written):
 * - an output that is one of `inputs` (resolving links, hard links too);
 * - an existing output, unless `force` (then it is replaced; a link is
 *   followed, so the file it points to is replaced);
 * - an output that exists and is not a regular file.
 *
 * @example
 * ```ts
 * import { readdirSync, readFileSync } from "node:fs"
 * import { join } from "node:path"
 * const dir = tempDir()
 * Files.writeAtomic(join(dir, "bao-cao.phat-hien.xlsx"), "v1")
 * Files.writeAtomic(join(dir, "bao-cao.phat-hien.xlsx"), "v2") // UsageError: cannot write "…": the file exists (add --force to replace it)
 * Files.writeAtomic(join(dir, "bao-cao.phat-hien.xlsx"), "v2", { force: true })
 * readFileSync(join(dir, "bao-cao.phat-hien.xlsx"), "utf8") // "v2"
 * readdirSync(dir) // ["bao-cao.phat-hien.xlsx"] — no temporary file left
 * ```
 * @since 0.1.0
 */
export const writeAtomic = (
  file: string,
  data: Uint8Array | string,
  options: { readonly inputs?: ReadonlyArray<string>; readonly force?: boolean } = {}
): void => {
  const { target, replaces: exists } = checkWritable(file, options)
  const bytes = typeof data === "string" ? Buffer.from(data, "utf8") : data
  const tmp = join(dirname(target), `.${basename(target)}.${process.pid}.${Date.now().toString(36)}.tmp`)
  let fd: number
  try {
    fd = openSync(tmp, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, 0o666)
  } catch (e) {
    throw cannotWrite(file, reason(e))
  }
  try {
    try {
      let off = 0
      while (off < bytes.length) off += writeSync(fd, bytes, off, bytes.length - off)
      fsyncSync(fd)
    } finally {
      closeSync(fd)
    }
    if (exists) renameSync(tmp, target)
    else {
      // No overwrite without --force, even if the file appeared meanwhile: link fails when the name exists.
      try {
        linkSync(tmp, target)
        unlinkSync(tmp)
      } catch (e) {
        if ((e as { code?: string }).code === "EEXIST") throw exists_(file)
        renameSync(tmp, target) // a file system without hard links
      }
    }
  } catch (e) {
    try {
      unlinkSync(tmp)
    } catch {}
    if (e instanceof Output.UsageError) throw e
    throw cannotWrite(file, reason(e))
  }
  try {
    const dir = openSync(dirname(target), constants.O_RDONLY)
    try {
      fsyncSync(dir)
    } finally {
      closeSync(dir)
    }
  } catch {
    // Flushing a directory is not possible everywhere; the rename is done.
  }
}

/**
 * The problems of an input that does not decode, one line each.
 *
 * @example
 * ```ts
 * const decoded = readReport(fromRoot("examples/report-malformed.json"))
 * const problems = decoded._tag === "Failure" ? decoded.failure : []
 * Files.problemLines("report-malformed.json", { vi: "báo cáo", en: "report" }, problems, "en").slice(0, 2)
 * // ["report-malformed.json: the report does not decode, 4 problem(s):", '  /header/regime  [missing]  missing required field "regime"']
 * ```
 * @since 0.1.0
 */
export const problemLines = (
  file: string,
  what: { readonly vi: string; readonly en: string },
  problems: ReadonlyArray<Json.Problem>,
  lang: Output.Lang
): ReadonlyArray<string> => {
  const lines = [
    Output.t(
      lang,
      `${file}: ${what.vi} không hợp lệ, ${problems.length} lỗi:`,
      `${file}: the ${what.en} does not decode, ${problems.length} problem(s):`
    )
  ]
  for (const p of problems) lines.push(`  ${p.path === "" ? "/" : p.path}  [${p.code}]  ${p.message[lang]}`)
  return lines
}
