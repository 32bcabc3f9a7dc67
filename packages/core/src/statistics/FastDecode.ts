/**
 * The single-pass reader of a report's JSON text in its common form (đọc
 * nhanh báo cáo thống kê): one scan of the text that parses, checks the
 * tables' rows and copies their values into the matrix at once, instead of
 * `JSON.parse`, a count of the text's colons (for repeated keys) and a walk of
 * the parsed value.
 *
 * It accepts only a subset of JSON that it can check completely: the known
 * keys, each once; whole non-negative numbers written as plain digits (safe
 * integers); strings without a backslash or a control character; any JSON
 * whitespace. On anything else — an escape, `1e3`, `-1`, `1.5`, `null`, a
 * repeated or unknown key, a missing indicator, an empty id, a text that is
 * not JSON — it returns `undefined` and `Decode.decodeJson` takes the full path,
 * which collects every problem. Whatever it returns is exactly what that path
 * would give: the same objects with their keys in the text's order (a test
 * compares them on generated and mutated reports). The header is built but not
 * checked: `Decode.decodeJson` checks it.
 *
 * @since 0.3.0
 */
import * as FastRow from "./FastRow.js"
import * as Values from "./Values.js"

/**
 * What {@link scan} reads: the report as `JSON.parse` would give it (header
 * not yet checked) and its indicator values.
 *
 * @example
 * ```ts
 * const s: FastDecode.Scanned | undefined = FastDecode.scan(JSON.stringify(Synthetic.report({ seed: 1, rows: 2 })))
 * s?.values.cases.rows // 2
 * ```
 * @since 0.3.0
 */
export interface Scanned {
  readonly report: Record<string, unknown>
  readonly values: Values.Values
}

const W = Values.WIDTH
const FULL = (1 << W) - 1
const MAX_ROWS = 20_000

/** Thrown inside the scan only, caught by {@link scan}: "not the common form". */
const BAIL = { bail: true }

// The scanner's state (the scan never calls out, so one module-level state is safe). The text is read as its
// UTF-8 bytes: indexing a Uint8Array costs V8 a third of `charCodeAt`. Outside strings the accepted grammar is
// ASCII, so a byte position there is the text's position plus `delta`, the extra bytes of the strings before it.
let t = ""
let b = new Uint8Array(1 << 16)
let p = 0
let n = 0
let delta = 0
/** The WHATWG encoder, global in every host core runs on (Node, browsers, Office); core's lib has no DOM types. */
declare const TextEncoder: new () => {
  encodeInto(source: string, destination: Uint8Array): { readonly read: number; readonly written: number }
}
const encoder = new TextEncoder()
// Values of the rows being read; grows by doubling, bounded by 2 × (MAX_ROWS + 1) rows.
let scratch = new Float64Array(256 * W)
let used = 0
const totalScratch = new Float64Array(W)
// The key order of the row being read (slot 0–13; 14 id, 15 name, 16 kind), for rows of an uncommon order.
const order = new Int8Array(W + 3)
const ID = W
const NAME = W + 1
const KIND = W + 2

const ws = (): void => {
  let c = b[p]!
  while (c <= 32 && (c === 32 || c === 10 || c === 13 || c === 9)) c = b[++p]!
}

const expect = (code: number): void => {
  if (b[p] !== code) throw BAIL
  p++
}

/**
 * A string without escapes or control characters, `p` at its opening quote;
 * sliced from the text (UTF-8 continuation bytes never look like a quote, a
 * backslash or a control character).
 */
const str = (): string => {
  if (b[p] !== 34) throw BAIL
  const start = p + 1 - delta
  let q = p + 1
  let c = b[q]!
  while (c !== 34) {
    if (c < 32 || c === 92) throw BAIL // a control character (the zero after the text too), an escape
    // A continuation byte is one more byte than characters; a four-byte sequence is two UTF-16 units.
    if (c >= 0x80) delta += (c & 0xc0) === 0x80 ? 1 : c >= 0xf0 ? -1 : 0
    c = b[++q]!
  }
  p = q + 1
  return t.slice(start, q - delta)
}

/** A whole non-negative number as plain digits (no sign, fraction or exponent), at most 15 digits: always exact (header values). */
const uint = (): number => {
  let c = b[p]!
  if (c === 48) {
    c = b[++p]!
    if ((c >= 48 && c <= 57) || c === 46 || c === 101 || c === 69) throw BAIL
    return 0
  }
  if (c < 49 || c > 57) throw BAIL
  const start = p
  let v = 0
  do {
    v = v * 10 + (c - 48)
    c = b[++p]!
  } while (c >= 48 && c <= 57)
  if (p - start > 15 || c === 46 || c === 101 || c === 69) throw BAIL
  return v
}

/** After a member: `,` (true, another follows) or the closing `}` (false). */
const more = (): boolean => {
  ws()
  const c = b[p++]
  if (c === 44) {
    ws()
    return true
  }
  if (c === 125) return false
  throw BAIL
}

const grow = (need: number): void => {
  if (need <= scratch.length) return
  let size = scratch.length * 2
  while (size < need) size *= 2
  const next = new Float64Array(size)
  next.set(scratch.subarray(0, used))
  scratch = next
}

const literalRow = (
  keys: ReadonlyArray<string>,
  m: Float64Array,
  o: number,
  id: string,
  name: string | undefined,
  kind: string | undefined,
  prefixKeys: number
): Record<string, unknown> => {
  // The orders a report's writers give (id, name, kind, then the indicators in order) as object literals: one
  // allocation of a fixed shape. Other orders are built key by key (see dynamicRow).
  if (keys === FastRow.caseKeys) {
    switch (prefixKeys) {
      case 0:
        return {
          V01: m[o],
          V02: m[o + 1],
          V03: m[o + 2],
          V04: m[o + 3],
          V05: m[o + 4],
          V06: m[o + 5],
          V07: m[o + 6],
          V08: m[o + 7],
          V09: m[o + 8],
          V10: m[o + 9],
          V11: m[o + 10],
          V12: m[o + 11],
          V13: m[o + 12],
          V14: m[o + 13]
        }
      case 1:
        return {
          id,
          V01: m[o],
          V02: m[o + 1],
          V03: m[o + 2],
          V04: m[o + 3],
          V05: m[o + 4],
          V06: m[o + 5],
          V07: m[o + 6],
          V08: m[o + 7],
          V09: m[o + 8],
          V10: m[o + 9],
          V11: m[o + 10],
          V12: m[o + 11],
          V13: m[o + 12],
          V14: m[o + 13]
        }
      case 2:
        return {
          id,
          name,
          V01: m[o],
          V02: m[o + 1],
          V03: m[o + 2],
          V04: m[o + 3],
          V05: m[o + 4],
          V06: m[o + 5],
          V07: m[o + 6],
          V08: m[o + 7],
          V09: m[o + 8],
          V10: m[o + 9],
          V11: m[o + 10],
          V12: m[o + 11],
          V13: m[o + 12],
          V14: m[o + 13]
        }
      case 3:
        return {
          id,
          kind,
          V01: m[o],
          V02: m[o + 1],
          V03: m[o + 2],
          V04: m[o + 3],
          V05: m[o + 4],
          V06: m[o + 5],
          V07: m[o + 6],
          V08: m[o + 7],
          V09: m[o + 8],
          V10: m[o + 9],
          V11: m[o + 10],
          V12: m[o + 11],
          V13: m[o + 12],
          V14: m[o + 13]
        }
      default:
        return {
          id,
          name,
          kind,
          V01: m[o],
          V02: m[o + 1],
          V03: m[o + 2],
          V04: m[o + 3],
          V05: m[o + 4],
          V06: m[o + 5],
          V07: m[o + 6],
          V08: m[o + 7],
          V09: m[o + 8],
          V10: m[o + 9],
          V11: m[o + 10],
          V12: m[o + 11],
          V13: m[o + 12],
          V14: m[o + 13]
        }
    }
  }
  switch (prefixKeys) {
    case 0:
      return {
        T01: m[o],
        T02: m[o + 1],
        T03: m[o + 2],
        T04: m[o + 3],
        T05: m[o + 4],
        T06: m[o + 5],
        T07: m[o + 6],
        T08: m[o + 7],
        T09: m[o + 8],
        T10: m[o + 9],
        T11: m[o + 10],
        T12: m[o + 11],
        T13: m[o + 12],
        T14: m[o + 13]
      }
    case 1:
      return {
        id,
        T01: m[o],
        T02: m[o + 1],
        T03: m[o + 2],
        T04: m[o + 3],
        T05: m[o + 4],
        T06: m[o + 5],
        T07: m[o + 6],
        T08: m[o + 7],
        T09: m[o + 8],
        T10: m[o + 9],
        T11: m[o + 10],
        T12: m[o + 11],
        T13: m[o + 12],
        T14: m[o + 13]
      }
    case 2:
      return {
        id,
        name,
        T01: m[o],
        T02: m[o + 1],
        T03: m[o + 2],
        T04: m[o + 3],
        T05: m[o + 4],
        T06: m[o + 5],
        T07: m[o + 6],
        T08: m[o + 7],
        T09: m[o + 8],
        T10: m[o + 9],
        T11: m[o + 10],
        T12: m[o + 11],
        T13: m[o + 12],
        T14: m[o + 13]
      }
    case 3:
      return {
        id,
        kind,
        T01: m[o],
        T02: m[o + 1],
        T03: m[o + 2],
        T04: m[o + 3],
        T05: m[o + 4],
        T06: m[o + 5],
        T07: m[o + 6],
        T08: m[o + 7],
        T09: m[o + 8],
        T10: m[o + 9],
        T11: m[o + 10],
        T12: m[o + 11],
        T13: m[o + 12],
        T14: m[o + 13]
      }
    default:
      return {
        id,
        name,
        kind,
        T01: m[o],
        T02: m[o + 1],
        T03: m[o + 2],
        T04: m[o + 3],
        T05: m[o + 4],
        T06: m[o + 5],
        T07: m[o + 6],
        T08: m[o + 7],
        T09: m[o + 8],
        T10: m[o + 9],
        T11: m[o + 10],
        T12: m[o + 11],
        T13: m[o + 12],
        T14: m[o + 13]
      }
  }
}

/** A row of an uncommon key order, built key by key in the text's order. */
const dynamicRow = (
  keys: ReadonlyArray<string>,
  count: number,
  m: Float64Array,
  o: number,
  id: string,
  name: string | undefined,
  kind: string | undefined
): Record<string, unknown> => {
  const row: Record<string, unknown> = {}
  for (let k = 0; k < count; k++) {
    const s = order[k]!
    if (s < W) row[keys[s]!] = m[o + s]
    else if (s === ID) row["id"] = id
    else if (s === NAME) row["name"] = name
    else row["kind"] = kind
  }
  return row
}

/**
 * One row at `p` (its `{`); its values go to `m` at `o`. A total row has only
 * the indicators; a row has an id and may have a name and a kind. The hot
 * loop of the scan: the text and the position are locals here.
 */
const row = (
  prefix: number,
  keys: ReadonlyArray<string>,
  m: Float64Array,
  o: number,
  total: boolean
): Record<string, unknown> => {
  const s = b
  let q = p
  if (s[q] !== 123) throw BAIL
  let c = s[++q]!
  while (c <= 32 && (c === 32 || c === 10 || c === 13 || c === 9)) c = s[++q]!
  let seen = 0
  let count = 0
  let next = 0 // the slot the common order expects next
  let common = true
  let prefixKeys = 0 // 0 none, 1 id, 2 id+name, 3 id+kind, 4 id+name+kind (in that order)
  let id: string | undefined
  let name: string | undefined
  let kind: string | undefined
  for (;;) {
    // The key.
    if (c !== 34) throw BAIL
    let k: number
    if (s[q + 1] === prefix && s[q + 4] === 34) {
      const d1 = s[q + 2]! - 48
      const d2 = s[q + 3]! - 48
      k = d1 * 10 + d2 - 1
      if (!(d1 >= 0 && d1 <= 1 && d2 >= 0 && d2 <= 9 && k >= 0 && k < W)) throw BAIL
      q += 5
    } else if (s[q + 1] === 105 && s[q + 2] === 100 && s[q + 3] === 34) {
      // "id"
      k = ID
      q += 4
    } else if (s[q + 1] === 110 && s[q + 2] === 97 && s[q + 3] === 109 && s[q + 4] === 101 && s[q + 5] === 34) {
      // "name"
      k = NAME
      q += 6
    } else if (s[q + 1] === 107 && s[q + 2] === 105 && s[q + 3] === 110 && s[q + 4] === 100 && s[q + 5] === 34) {
      // "kind"
      k = KIND
      q += 6
    } else throw BAIL
    c = s[q]!
    while (c <= 32 && (c === 32 || c === 10 || c === 13 || c === 9)) c = s[++q]!
    if (c !== 58) throw BAIL
    c = s[++q]!
    while (c <= 32 && (c === 32 || c === 10 || c === 13 || c === 9)) c = s[++q]!
    // The value.
    if (k < W) {
      const bit = 1 << k
      if ((seen & bit) !== 0) throw BAIL
      seen |= bit
      // A whole non-negative number as plain digits (no sign, fraction or exponent), at most 15 digits: exact.
      let v = 0
      if (c === 48) c = s[++q]!
      else {
        if (c < 49 || c > 57) throw BAIL
        const start = q
        do {
          v = v * 10 + (c - 48)
          c = s[++q]!
        } while (c >= 48 && c <= 57)
        // Up to 15 digits a number is exact; at 16 only up to 2^53 − 1 (larger ones round, never below 2^53).
        if (q - start > 15 && (q - start > 16 || v > Number.MAX_SAFE_INTEGER)) throw BAIL
      }
      // A digit, "." or an exponent after it (01, 1.5, 1e3) is not followed by "," or "}": declined below.
      m[o + k] = v
      if (k !== next) common = false
      next++
    } else {
      if (total) throw BAIL
      if (next > 0) common = false
      p = q
      const v = str()
      q = p
      c = s[q]!
      if (k === ID) {
        if (id !== undefined || v.length === 0) throw BAIL
        id = v
        if (prefixKeys !== 0) common = false
        prefixKeys = 1
      } else if (k === NAME) {
        if (name !== undefined) throw BAIL
        name = v
        if (prefixKeys !== 1) common = false
        prefixKeys = 2
      } else {
        if (kind !== undefined || (v !== "unit" && v !== "officer")) throw BAIL
        kind = v
        if (prefixKeys !== 1 && prefixKeys !== 2) common = false
        prefixKeys = prefixKeys === 1 ? 3 : 4
      }
    }
    order[count++] = k
    // `,` and another member, or `}`.
    while (c <= 32 && (c === 32 || c === 10 || c === 13 || c === 9)) c = s[++q]!
    if (c === 44) {
      c = s[++q]!
      while (c <= 32 && (c === 32 || c === 10 || c === 13 || c === 9)) c = s[++q]!
      continue
    }
    if (c !== 125) throw BAIL
    q++
    break
  }
  p = q
  if (seen !== FULL) throw BAIL
  if (!total && id === undefined) throw BAIL
  return common ? literalRow(keys, m, o, id!, name, kind, prefixKeys) : dynamicRow(keys, count, m, o, id!, name, kind)
}

/** A table (`{ "rows": [...], "total": {...} }`, keys in either order) at `p`; its values from `used` on. */
const table = (prefix: number, keys: ReadonlyArray<string>): { value: object; values: Values.TableValues } => {
  expect(123)
  ws()
  const base = used
  let rows: Array<Record<string, unknown>> | undefined
  let total: Record<string, unknown> | undefined
  let rowsFirst = false
  do {
    if (
      b[p] === 34 &&
      b[p + 1] === 114 &&
      b[p + 2] === 111 &&
      b[p + 3] === 119 &&
      b[p + 4] === 115 &&
      b[p + 5] === 34
    ) {
      // "rows"
      if (rows !== undefined) throw BAIL
      rowsFirst = total === undefined
      p += 6
      ws()
      expect(58)
      ws()
      expect(91)
      ws()
      rows = []
      if (b[p] === 93) p++
      else {
        for (;;) {
          if (rows.length === MAX_ROWS) throw BAIL
          grow(used + 2 * W)
          rows.push(row(prefix, keys, scratch, used, false))
          used += W
          ws()
          const c = b[p++]
          if (c === 93) break
          if (c !== 44) throw BAIL
          ws()
        }
      }
    } else if (
      b[p] === 34 &&
      b[p + 1] === 116 &&
      b[p + 2] === 111 &&
      b[p + 3] === 116 &&
      b[p + 4] === 97 &&
      b[p + 5] === 108 &&
      b[p + 6] === 34
    ) {
      // "total"
      if (total !== undefined) throw BAIL
      p += 7
      ws()
      expect(58)
      ws()
      total = row(prefix, keys, totalScratch, 0, true)
    } else throw BAIL
  } while (more())
  if (rows === undefined || total === undefined) throw BAIL
  grow(used + W)
  scratch.set(totalScratch, used)
  used += W
  return {
    value: rowsFirst ? { rows, total } : { total, rows },
    values: { rows: rows.length, m: scratch.subarray(base, used) }
  }
}

/** A header value: a string or a plain whole number (the decoder checks which and what). */
const headerValue = (): unknown => (b[p] === 34 ? str() : uint())

const headerKeys = ["unitId", "unitName", "level", "year", "months", "regime", "preparedAt", "submittedAt"]

const header = (): Record<string, unknown> => {
  expect(123)
  ws()
  const h: Record<string, unknown> = {}
  let seen = 0
  do {
    const k = str()
    const i = headerKeys.indexOf(k)
    if (i < 0 || (seen & (1 << i)) !== 0) throw BAIL
    seen |= 1 << i
    ws()
    expect(58)
    ws()
    h[k] = headerValue()
  } while (more())
  return h
}

const report = (): Scanned => {
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) {
    // A byte-order mark: three bytes, one character.
    p = 3
    delta = 2
  }
  ws()
  expect(123)
  ws()
  const r: Record<string, unknown> = {}
  let cases: Values.TableValues | undefined
  let money: Values.TableValues | undefined
  let hasHeader = false
  do {
    const k = str()
    ws()
    expect(58)
    ws()
    if (k === "cases" || k === "money") {
      if (k in r) throw BAIL
      const tv = k === "cases" ? table(86, FastRow.caseKeys) : table(84, FastRow.moneyKeys)
      r[k] = tv.value
      if (k === "cases") cases = tv.values
      else money = tv.values
    } else if (k === "header") {
      if (hasHeader) throw BAIL
      hasHeader = true
      r[k] = header()
    } else if (k === "formatVersion") {
      if (k in r) throw BAIL
      r[k] = str()
    } else throw BAIL
  } while (more())
  ws()
  if (p !== n || !hasHeader || cases === undefined || money === undefined) throw BAIL
  // One buffer for both tables (as the full path makes), two views of it.
  const buffer = scratch.slice(0, used)
  const at = (v: Values.TableValues): Values.TableValues => ({
    rows: v.rows,
    m: buffer.subarray(v.m.byteOffset / 8, v.m.byteOffset / 8 + v.m.length)
  })
  return { report: r, values: { cases: at(cases), money: at(money) } }
}

/**
 * Reads a report's JSON text in its common form in one pass, or returns
 * `undefined` for anything else (then `Decode.decodeJson` takes the full
 * path). Every row is checked (indicators present once each, whole and
 * non-negative; an id; a known kind); the header is read, not checked.
 *
 * @example
 * ```ts
 * const text = JSON.stringify(Synthetic.report({ seed: 1, rows: 2 }))
 * FastDecode.scan(text)?.values.money.rows // 2
 * FastDecode.scan(text.replace('"V01":', '"V01":-')) // undefined
 * FastDecode.scan('{"header":{},"header":{}}') // undefined
 * ```
 * @since 0.3.0
 */
export const scan = (text: string): Scanned | undefined => {
  // Up to 3 bytes per UTF-16 unit, and a zero after the text, which ends every loop of the scan (no bounds tests).
  const need = text.length * 3 + 1
  if (b.length < need) b = new Uint8Array(need)
  n = encoder.encodeInto(text, b).written
  b[n] = 0
  t = text
  p = 0
  delta = 0
  used = 0
  try {
    return report()
  } catch (e) {
    if (e === BAIL) return undefined
    throw e
  } finally {
    t = ""
    // Do not keep large buffers after a large report.
    if (b.length > 1 << 20) b = new Uint8Array(1 << 16)
    if (scratch.length > 4096 * W) scratch = new Float64Array(256 * W)
  }
}
