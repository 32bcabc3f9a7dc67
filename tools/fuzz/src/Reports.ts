/**
 * Malformed statistical reports, generated from a valid synthetic report by
 * seeded mutations: of the parsed value (keys removed, added, repeated rows,
 * values of every wrong type, impossible dates, deep nesting) and of the text
 * (truncation, stray characters, repeated keys, a byte-order mark). Each
 * report goes through ReportCheck.check, which must never throw and must
 * return a well-formed result; and every text that the one-pass reader
 * (FastDecode) reads must give exactly what `JSON.parse` and the full decoder
 * give (differential: the reader only ever declines, never differs).
 */
import { Decode, FindingCatalogue, ReportCheck } from "@thads/core"
import { FastDecode, Json } from "@thads/core/internal"
import { Synthetic } from "@thads/core/testing"

/** A seeded random source: [0, 1). */
export type Random = () => number

const pick = <A>(next: Random, xs: ReadonlyArray<A>): A => xs[Math.floor(next() * xs.length)]!

const weirdValues: ReadonlyArray<unknown> = [
  null,
  -1,
  1.5,
  2 ** 53,
  1e308,
  -0,
  "",
  "12",
  "1.234",
  " 7 ",
  "２",
  true,
  [],
  [1, 2],
  {},
  { V01: 1 },
  "2023-02-30T10:00:00+07:00",
  "2022-04-01T24:00:00+07:00",
  "2022-04-01T09:30:00+25:00",
  "0000-00-00T00:00:00Z",
  "\u0000",
  "x".repeat(2000),
  "Tây Ninh",
  "Tây Ninh".normalize("NFD")
]

/** A fresh copy of a weird value (the constants are never shared into a report). */
const weird = (next: Random): unknown => structuredClone(pick(next, weirdValues))

const keysOf = (o: Record<string, unknown>): ReadonlyArray<string> => Object.keys(o)

/** Every object (with its key path) inside a value, iteratively. */
const objects = (root: unknown): Array<Record<string, unknown> | Array<unknown>> => {
  const out: Array<Record<string, unknown> | Array<unknown>> = []
  const seen = new Set<unknown>()
  const stack: Array<unknown> = [root]
  while (stack.length > 0) {
    const u = stack.pop()
    if (typeof u !== "object" || u === null || seen.has(u)) continue
    seen.add(u)
    out.push(u as Record<string, unknown>)
    for (const v of Object.values(u)) if (typeof v === "object" && v !== null) stack.push(v)
  }
  return out
}

/** One mutation of a parsed report, in place. */
const mutateValue = (next: Random, r: Record<string, unknown>): void => {
  const all = objects(r)
  const target = pick(next, all)
  const kind = Math.floor(next() * 9)
  if (Array.isArray(target)) {
    if (target.length === 0 || kind < 3) target.push(weird(next))
    else if (kind < 5) target.splice(Math.floor(next() * target.length), 1)
    else if (kind < 7) target.push(target[Math.floor(next() * target.length)])
    else target[Math.floor(next() * target.length)] = weird(next)
    return
  }
  const keys = keysOf(target)
  if (keys.length === 0 || kind === 0) {
    target[pick(next, ["V15", "T00", "extra", "__proto__x", "", "V01 ", "id"])] = weird(next)
    return
  }
  const key = pick(next, keys)
  if (kind <= 2) delete target[key]
  else if (kind <= 6) target[key] = weird(next)
  else if (kind === 7) {
    // deep nesting in place of a value
    let v: unknown = 1
    for (let i = 0; i < 1 + Math.floor(next() * 2000); i++) v = [v]
    target[key] = v
  } else target[`${key}x`] = target[key]
}

/** One mutation of report text. */
const mutateText = (next: Random, text: string): string => {
  const at = Math.floor(next() * (text.length + 1))
  switch (Math.floor(next() * 8)) {
    case 0:
      return text.slice(0, at)
    case 1:
      return `${text.slice(0, at)}${pick(next, ["{", "}", "[", "]", ",", ":", '"', "\\", "\u0000", "é", "\uFFFD"])}${text.slice(at)}`
    case 2:
      return text.slice(0, at) + text.slice(at + 1 + Math.floor(next() * 20))
    case 3: {
      // repeat a key in its object
      const m = /"(V\d\d|T\d\d|year|months|unitId|id|rows|total)":/g
      const hits = [...text.matchAll(m)]
      if (hits.length === 0) return text
      const h = pick(next, hits)
      return `${text.slice(0, h.index)}"${h[1]}":${pick(next, ["0", '"x"', "null", "-1"])},${text.slice(h.index)}`
    }
    case 4:
      return `\uFEFF${text}`
    case 5:
      return `${"[".repeat(1 + Math.floor(next() * 50_000))}${text}`
    case 6:
      return text.replace(
        /"submittedAt":"[^"]*"/,
        `"submittedAt":"${pick(
          next,
          weirdValues.filter((v) => typeof v === "string")
        )}"`
      )
    default:
      return pick(next, ["", "null", "[]", '"report"', "0", "{}", "{".repeat(3)])
  }
}

/**
 * A malformed report: a parsed value or JSON text.
 *
 * @example
 * ```ts
 * malformedReport(Synthetic.random(1))
 * ```
 */
export const malformedReport = (next: Random): unknown => {
  const base = Synthetic.report({ seed: 1 + Math.floor(next() * 1000), rows: Math.floor(next() * 6) }) as unknown
  const r = JSON.parse(JSON.stringify(base)) as Record<string, unknown>
  const header = r["header"] as Record<string, unknown>
  if (next() < 0.5) header["submittedAt"] = "2022-04-01T09:30:00+07:00"
  const n = 1 + Math.floor(next() * 4)
  for (let i = 0; i < n; i++) mutateValue(next, r)
  if (next() < 0.5) return r
  let text = JSON.stringify(r)
  const m = Math.floor(next() * 3)
  for (let i = 0; i < m; i++) text = mutateText(next, text)
  return text
}

const codes = new Set(FindingCatalogue.entries.map((e) => e.code))

/**
 * What is wrong with a check result, or undefined: it must be one object
 * with a boolean verdict equal to "no error finding", findings with known
 * codes and JSON Pointer paths, and it must serialise to JSON.
 *
 * @example
 * ```ts
 * resultProblem(ReportCheck.check("{")) // undefined
 * ```
 */
export const resultProblem = (r: ReportCheck.Result): string | undefined => {
  if (typeof r.valid !== "boolean") return "valid is not a boolean"
  if (!Array.isArray(r.findings)) return "findings is not an array"
  let errors = 0
  for (const f of r.findings) {
    if (!codes.has(f.code)) return `unknown finding code ${f.code}`
    if (typeof f.location?.path !== "string" || (f.location.path !== "" && !f.location.path.startsWith("/")))
      return `bad location ${JSON.stringify(f.location)}`
    if (typeof f.message?.vi !== "string" || typeof f.message?.en !== "string") return "a message is missing"
    if (f.severity === "error") errors++
  }
  if (r.valid !== (errors === 0)) return "valid disagrees with the error findings"
  try {
    JSON.stringify(r)
  } catch (e) {
    return `the result does not serialise: ${(e as Error).message}`
  }
  return undefined
}

const matrix = (v: { readonly rows: number; readonly m: Float64Array }) => `${v.rows}:${Array.from(v.m).join(",")}`

/**
 * What is wrong with the one-pass reader on a text, or undefined: when it
 * reads the text (it may decline any), the text must be JSON without a
 * repeated key, its report must be `JSON.parse`'s to the key order, and its
 * rows must decode to the same values (only the header is left to the
 * decoder).
 *
 * @example
 * ```ts
 * fastPathProblem(JSON.stringify(Synthetic.report({ seed: 1, rows: 2 }))) // undefined
 * ```
 */
export const fastPathProblem = (text: string): string | undefined => {
  const s = FastDecode.scan(text)
  if (s === undefined) return undefined
  const parsed = Json.parse(text, 2 * Decode.MAX_ROWS + 10_000)
  if (parsed._tag !== "Parsed") return `the one-pass reader read a text the full path refuses: ${parsed.problem.code}`
  if (JSON.stringify(s.report) !== JSON.stringify(parsed.value))
    return "the one-pass reader's report differs from JSON.parse's"
  const d = Decode.decode(parsed.value)
  if (d._tag === "Failure") {
    const rows = d.failure.filter((p) => !/^\/(header|formatVersion)(\/|$)/.test(p.path))
    return rows.length === 0 ? undefined : `the one-pass reader accepted what the decoder refuses: ${rows[0]!.path}`
  }
  const same =
    matrix(s.values.cases) === matrix(d.success.values.cases) &&
    matrix(s.values.money) === matrix(d.success.values.money)
  return same ? undefined : "the one-pass reader's values differ from the decoder's"
}

/** Counts of a report run. */
export interface ReportCounts {
  readonly reports: number
  readonly valid: number
  readonly invalid: number
  readonly failures: ReadonlyArray<string>
}

/**
 * Runs `count` malformed reports through ReportCheck.check.
 *
 * @example
 * ```ts
 * runReports(1, 1000).failures // []
 * ```
 */
export const runReports = (seed: number, count: number): ReportCounts => {
  const next = Synthetic.random(seed)
  let valid = 0
  const failures: Array<string> = []
  for (let i = 0; i < count; i++) {
    const input = malformedReport(next)
    try {
      const r = ReportCheck.check(input)
      const p = resultProblem(r) ?? (typeof input === "string" ? fastPathProblem(input) : undefined)
      if (p !== undefined) failures.push(`report ${i}: ${p}`)
      else if (r.valid) valid++
    } catch (e) {
      failures.push(`report ${i}: threw ${(e as Error)?.stack ?? String(e)}`)
    }
    if (failures.length >= 20) break
  }
  return { reports: count, valid, invalid: count - valid, failures }
}
