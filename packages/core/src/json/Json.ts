/**
 * What every decoder of JSON input shares: the problem type (a JSON Pointer,
 * a stable code, a message in Vietnamese and English), JSON Pointers
 * (RFC 6901), and parsing text with a leading byte-order mark allowed and a
 * clear problem instead of an exception.
 *
 * @since 0.1.0
 */

/**
 * One problem found while decoding, at a JSON Pointer.
 *
 * @example
 * ```ts
 * const p: Json.Problem<"negative"> = { path: "/cases/rows/3/V08", code: "negative", message: { vi: "…", en: "…" } }
 * ```
 * @since 0.1.0
 */
export interface Problem<Code extends string = string> {
  /** JSON Pointer (RFC 6901) to the value; "" is the whole document. */
  readonly path: string
  readonly code: Code
  readonly message: { readonly vi: string; readonly en: string }
}

/**
 * A bounded list of problems (danh sách lỗi có giới hạn): the first `max` are
 * kept; past them one `too-many-problems` problem says how many more there
 * were, so a document of a million bad values gives a bounded list. Every
 * decoder that collects problems one by one uses it.
 *
 * @example
 * ```ts
 * const list = new Json.ProblemList<"negative">(2)
 * list.add("/a", "negative", "âm", "negative")
 * list.add("/b", "negative", "âm", "negative")
 * list.add("/c", "negative", "âm", "negative")
 * list.size // 2: the third is counted, not kept
 * list.all().map((p) => p.code) // ["negative", "negative", "too-many-problems"]
 * list.all()[2]?.message.en // "and 1 more problems not listed (only the first 2 are)"
 * ```
 * @since 0.4.0
 */
export class ProblemList<Code extends string> {
  readonly #problems: Array<Problem<Code>> = []
  #dropped = 0
  constructor(readonly max: number) {}
  /** Adds a problem, or counts it when the list is full. */
  add(path: string, code: Code, vi: string, en: string): void {
    if (this.#problems.length < this.max) this.#problems.push({ path, code, message: { vi, en } })
    else this.#dropped++
  }
  /** How many problems are kept. */
  get size(): number {
    return this.#problems.length
  }
  /** The problems kept, then one `too-many-problems` problem when some were only counted. */
  all(): Array<Problem<Code | "too-many-problems">> {
    if (this.#dropped === 0) return this.#problems
    const n = this.#dropped
    return [
      ...this.#problems,
      {
        path: "",
        code: "too-many-problems",
        message: {
          vi: `và ${n} lỗi khác không liệt kê (chỉ liệt kê ${this.max} lỗi đầu tiên)`,
          en: `and ${n} more problems not listed (only the first ${this.max} are)`
        }
      }
    ]
  }
}

/**
 * Escapes one JSON Pointer segment ("~" → "~0", "/" → "~1").
 *
 * @example
 * ```ts
 * Json.escape("a/b") // "a~1b"
 * ```
 * @since 0.1.0
 */
export const escape = (key: string | number): string => String(key).replace(/~/g, "~0").replace(/\//g, "~1")

/**
 * A JSON Pointer from path segments.
 *
 * @example
 * ```ts
 * Json.pointer(["cases", "rows", 3, "V08"]) // "/cases/rows/3/V08"
 * ```
 * @since 0.1.0
 */
export const pointer = (segments: ReadonlyArray<string | number | symbol>): string =>
  segments.map((s) => `/${escape(typeof s === "symbol" ? s.toString() : s)}`).join("")

/**
 * The problems of JSON text that cannot be taken as it is.
 *
 * @since 0.1.0
 */
export type ParseProblem = Problem<"not-json" | "duplicate-key" | "too-many-values">

/**
 * The most objects and arrays ("{" and "[", counted in the text before
 * parsing, strings included) that {@link parse} accepts by default: parsed
 * JSON costs about 100 bytes of memory per object, so a 64 MiB file of
 * "{}," would need over 2 GB; past the limit the text is refused before
 * `JSON.parse` sees it.
 *
 * @example
 * ```ts
 * Json.MAX_CONTAINERS // 1000000
 * ```
 * @since 0.1.0
 */
export const MAX_CONTAINERS = 1_000_000

/**
 * Parses JSON text (a leading byte-order mark is allowed). Text that is not
 * JSON gives a `not-json` problem at "" instead of an exception; an object
 * with a repeated key (which `JSON.parse` silently resolves to the last
 * value) gives a `duplicate-key` problem at the pointer of each repetition.
 * `problem` is the first of `problems`.
 *
 * The duplicate check costs a scan of the text for ":" and a walk of the
 * parsed value: every ":" of valid JSON text is a key separator or sits in a
 * string, so when the text's colons equal the parsed keys plus the colons in
 * the parsed strings, no key was dropped. Only when they differ does a
 * precise (iterative) scan locate the repetitions.
 *
 * @example
 * ```ts
 * Json.parse("{") // { _tag: "NotJson", problem: { path: "", code: "not-json" }, problems: [{ path: "", code: "not-json" }] }
 * Json.parse('{"a":1,"a":2}').problems // [{ path: "/a", code: "duplicate-key" }]
 * ```
 * @since 0.1.0
 */
export const parse = (text: string, maxContainers: number = MAX_CONTAINERS): ParseResult => {
  const r = parseValue(text, maxContainers)
  if (r._tag === "NotJson" || !hasDroppedKeys(text, r.value)) return r
  const problems = duplicateKeys(text)
  return problems.length === 0 ? r : { _tag: "NotJson", problem: problems[0]!, problems }
}

/**
 * What {@link parse} returns.
 *
 * @since 0.1.0
 */
export type ParseResult =
  | { readonly _tag: "Parsed"; readonly value: unknown }
  | {
      readonly _tag: "NotJson"
      readonly problem: ParseProblem
      readonly problems: ReadonlyArray<ParseProblem>
    }

/**
 * `JSON.parse` with a leading byte-order mark allowed and a `not-json`
 * problem instead of an exception — without the duplicate-key check (for a
 * decoder that does that check itself, more cheaply, see `Decode.decodeJson`).
 *
 * @example
 * ```ts
 * Json.parseValue('{"a":1,"a":2}') // { _tag: "Parsed", value: { a: 2 } }
 * Json.parseValue("[[[]]]", 2) // { _tag: "NotJson", problem: { code: "too-many-values", message: { en: "too large: 3 objects and arrays, over the limit of 2" } } }
 * ```
 * @since 0.1.0
 */
export const parseValue = (text: string, maxContainers: number = MAX_CONTAINERS): ParseResult => {
  const containers = countChar(text, "{") + countChar(text, "[")
  if (containers > maxContainers) {
    const problem: ParseProblem = {
      path: "",
      code: "too-many-values",
      message: {
        vi: `quá lớn: ${containers} đối tượng và mảng, vượt giới hạn ${maxContainers}`,
        en: `too large: ${containers} objects and arrays, over the limit of ${maxContainers}`
      }
    }
    return { _tag: "NotJson", problem, problems: [problem] }
  }
  try {
    return { _tag: "Parsed", value: JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text) }
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e)
    const problem: ParseProblem = {
      path: "",
      code: "not-json",
      message: { vi: `không phải JSON hợp lệ: ${why}`, en: `not valid JSON: ${why}` }
    }
    return { _tag: "NotJson", problem, problems: [problem] }
  }
}

const countChar = (s: string, ch: string): number => {
  let n = 0
  let i = s.indexOf(ch)
  while (i >= 0) {
    n++
    i = s.indexOf(ch, i + 1)
  }
  return n
}

/**
 * The number of ":" in a string (in JSON text: the keys, plus the colons
 * inside strings).
 *
 * @example
 * ```ts
 * Json.colons('{"t":"10:30"}') // 2
 * ```
 * @since 0.1.0
 */
export const colons = (s: string): number => (s.indexOf(":") < 0 ? 0 : countChar(s, ":"))

/**
 * The number of "\\u003a" escapes (a colon written as an escape) in JSON text.
 *
 * @example
 * ```ts
 * Json.escapedColons('{"a":"\\u003A"}') // 1
 * ```
 * @since 0.1.0
 */
export const escapedColons = (text: string): number =>
  text.indexOf("\\u003") < 0 ? 0 : countChar(text.toLowerCase(), "\\u003a")

/**
 * Whether `JSON.parse` may have dropped a repeated key of `text` to give
 * `value`: false guarantees it did not (see {@link parse}); true calls for
 * {@link duplicateKeys}. An iterative walk, no recursion.
 *
 * @example
 * ```ts
 * Json.hasDroppedKeys('{"a":1,"a":2}', { a: 2 }) // true
 * ```
 * @since 0.1.0
 */
export const hasDroppedKeys = (text: string, value: unknown): boolean => {
  if (typeof value !== "object" || value === null) return false
  const colons = countChar(text, ":")
  if (colons === 0) return false
  // "\u003a" in the text is a colon in the parsed strings but not in the text.
  let parsed = -escapedColons(text)
  const stack: Array<object> = [value]
  while (stack.length > 0) {
    const u = stack.pop()!
    if (Array.isArray(u)) {
      for (let i = 0; i < u.length; i++) {
        const x: unknown = u[i]
        if (typeof x === "object") {
          if (x !== null) stack.push(x)
        } else if (typeof x === "string" && x.indexOf(":") >= 0) parsed += countChar(x, ":")
      }
    } else {
      const o = u as Record<string, unknown>
      for (const k in o) {
        parsed++
        if (k.indexOf(":") >= 0) parsed += countChar(k, ":")
        const x = o[k]
        if (typeof x === "object") {
          if (x !== null) stack.push(x)
        } else if (typeof x === "string" && x.indexOf(":") >= 0) parsed += countChar(x, ":")
      }
    }
    if (parsed > colons) return true
  }
  return parsed !== colons
}

const isSpace = (c: number) => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09

/** The index just past the string that opens at `i` (a '"'). */
const stringEnd = (text: string, i: number): number => {
  let j = text.indexOf('"', i + 1)
  for (;;) {
    let k = j - 1
    while (text.charCodeAt(k) === 0x5c) k--
    if ((j - 1 - k) % 2 === 0) return j + 1
    j = text.indexOf('"', j + 1)
  }
}

interface Frame {
  readonly path: string
  readonly keys: Set<string> | undefined
  index: number
  key: string
}

/**
 * The repeated keys of valid JSON text, each at its JSON Pointer: one
 * iterative pass with a stack of open objects and arrays (no recursion, so
 * deep nesting cannot overflow the call stack).
 *
 * @example
 * ```ts
 * Json.duplicateKeys('{"rows":[{"V01":1,"V01":2}]}') // [{ path: "/rows/0/V01", code: "duplicate-key" }]
 * ```
 * @since 0.1.0
 */
export const duplicateKeys = (text: string): ReadonlyArray<Problem<"duplicate-key">> => {
  const problems: Array<Problem<"duplicate-key">> = []
  const stack: Array<Frame> = []
  const childPath = (): string => {
    const top = stack[stack.length - 1]
    if (top === undefined) return ""
    return `${top.path}/${top.keys === undefined ? top.index : escape(top.key)}`
  }
  const n = text.length
  let i = 0
  while (i < n) {
    const c = text.charCodeAt(i)
    if (c === 0x7b /* { */) {
      stack.push({ path: childPath(), keys: new Set(), index: 0, key: "" })
      i++
    } else if (c === 0x5b /* [ */) {
      stack.push({ path: childPath(), keys: undefined, index: 0, key: "" })
      i++
    } else if (c === 0x7d /* } */ || c === 0x5d /* ] */) {
      stack.pop()
      i++
    } else if (c === 0x2c /* , */) {
      const top = stack[stack.length - 1]
      if (top !== undefined && top.keys === undefined) top.index++
      i++
    } else if (c === 0x22 /* " */) {
      const end = stringEnd(text, i)
      let j = end
      while (j < n && isSpace(text.charCodeAt(j))) j++
      const top = stack[stack.length - 1]
      if (text.charCodeAt(j) === 0x3a /* : */ && top?.keys !== undefined) {
        const key = JSON.parse(text.slice(i, end)) as string
        top.key = key
        if (top.keys.has(key)) {
          const path = `${top.path}/${escape(key)}`
          const shown = key.length > 40 ? `${key.slice(0, 40)}…` : key
          problems.push({
            path,
            code: "duplicate-key",
            message: {
              vi: `trường "${shown}" xuất hiện nhiều lần trong cùng một đối tượng (chỉ được một lần)`,
              en: `the key "${shown}" appears more than once in the same object (it may appear once)`
            }
          })
        } else top.keys.add(key)
        i = j + 1
      } else i = end
    } else i++
  }
  return problems
}

/**
 * The byte offset of the first byte that is not part of valid UTF-8
 * (overlong forms, surrogates and code points past U+10FFFF are invalid, as
 * for `TextDecoder` with `fatal: true`); -1 when every byte is valid.
 *
 * @example
 * ```ts
 * Json.invalidUtf8Offset(new Uint8Array([0x61, 0xe9, 0x62])) // 1 (Latin-1 "é")
 * Json.invalidUtf8Offset(new TextEncoder().encode("Tây Ninh")) // -1
 * ```
 * @since 0.1.0
 */
export const invalidUtf8Offset = (bytes: Uint8Array): number => {
  const n = bytes.length
  let i = 0
  while (i < n) {
    const b = bytes[i]!
    if (b < 0x80) {
      i++
      continue
    }
    let need: number
    let lo = 0x80
    let hi = 0xbf
    if (b >= 0xc2 && b <= 0xdf) need = 1
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2
      if (b === 0xe0) lo = 0xa0
      else if (b === 0xed) hi = 0x9f
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3
      if (b === 0xf0) lo = 0x90
      else if (b === 0xf4) hi = 0x8f
    } else return i
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k]
      if (c === undefined || c < (k === 1 ? lo : 0x80) || c > (k === 1 ? hi : 0xbf)) return i
    }
    i += need + 1
  }
  return -1
}

/** The WHATWG TextDecoder, global in browsers and Node (core is built without DOM or Node types). */
declare const TextDecoder: new (
  label: "utf-8",
  options: { readonly fatal: boolean }
) => { decode(bytes: Uint8Array): string }

const fatalUtf8 = new TextDecoder("utf-8", { fatal: true })

/**
 * Decodes bytes as UTF-8 text (a leading byte-order mark is dropped). Bytes
 * that are not UTF-8 — a Latin-1 or Windows-1258 file — give a `not-utf8`
 * problem with the offset of the first bad byte, never text with U+FFFD.
 *
 * @example
 * ```ts
 * Json.decodeUtf8(new Uint8Array([0x7b, 0xe9, 0x7d]))
 * // { _tag: "NotUtf8", offset: 1, problem: { path: "", code: "not-utf8", message: { en: "not UTF-8 text: byte 0xE9 at offset 1 (a Latin-1/Windows-1258 file?); save it as UTF-8" } } }
 * ```
 * @since 0.1.0
 */
export const decodeUtf8 = (
  bytes: Uint8Array
):
  | { readonly _tag: "Decoded"; readonly text: string }
  | { readonly _tag: "NotUtf8"; readonly offset: number; readonly problem: Problem<"not-utf8"> } => {
  try {
    return { _tag: "Decoded", text: fatalUtf8.decode(bytes) }
  } catch {
    const offset = Math.max(0, invalidUtf8Offset(bytes))
    const hex = (bytes[offset] ?? 0).toString(16).toUpperCase().padStart(2, "0")
    return {
      _tag: "NotUtf8",
      offset,
      problem: {
        path: "",
        code: "not-utf8",
        message: {
          vi: `không phải văn bản UTF-8: byte 0x${hex} ở vị trí ${offset} (tệp mã Latin-1/Windows-1258?); hãy lưu lại với mã UTF-8`,
          en: `not UTF-8 text: byte 0x${hex} at offset ${offset} (a Latin-1/Windows-1258 file?); save it as UTF-8`
        }
      }
    }
  }
}
