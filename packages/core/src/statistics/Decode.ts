/**
 * Decoding a statistical report from unknown JSON: every problem is
 * collected, each with a JSON Pointer (`/cases/rows/3/V08`), a stable code and
 * a message in Vietnamese and English — never only the first.
 *
 * Two decoders with one contract:
 * - {@link decode}: a direct validator built from the indicator catalogue, the
 *   fast path; {@link decodeJson} first tries `FastDecode.scan`, which reads
 *   the common form of the text in one pass (faster than `JSON.parse` alone,
 *   see BENCHMARKS.md) and declines anything else to the full path;
 * - {@link decodeWithSchema}: Effect Schema's decoder of
 *   {@link Report.ReportSchema}, the source of truth.
 * The tests cross-check them: on every generated input, valid or broken,
 * both accept the same inputs and report problems at the same paths.
 *
 * @since 0.1.0
 */
import * as EffectResult from "effect/Result"
import * as Schema from "effect/Schema"
import * as Json from "../json/Json.js"
import * as SchemaIssue from "effect/SchemaIssue"
import * as FastDecode from "./FastDecode.js"
import * as FastRow from "./FastRow.js"
import * as Indicator from "./Indicator.js"
import * as Report from "./Report.js"
import * as Values from "./Values.js"

/**
 * A stable code for each kind of decoding problem.
 *
 * @example
 * ```ts
 * const code: Decode.ProblemCode = "negative"
 * Decode.decodeJson("{") // { _tag: "Failure", failure: [{ path: "", code: "not-json" }] }
 * ```
 * @since 0.1.0
 */
export type ProblemCode =
  | "not-json"
  | "duplicate-key"
  | "wrong-type"
  | "missing"
  | "unexpected-key"
  | "not-integer"
  | "negative"
  | "too-large"
  | "empty"
  | "not-allowed"
  | "out-of-range"
  | "bad-format"
  | "too-many-rows"
  | "too-many-problems"
  | "too-many-values"

/**
 * One decoding problem (see {@link Json.Problem}).
 *
 * @example
 * ```ts
 * const p: Decode.Problem = {
 *   path: "/cases/rows/3/V08",
 *   code: "negative",
 *   message: { vi: "số việc phải ≥ 0, nhận được -1", en: "a count must be ≥ 0, got -1" }
 * }
 * ```
 * @since 0.1.0
 */
export type Problem = Json.Problem<ProblemCode>

/**
 * A decoded report with its indicator values (read once, for the identities
 * and KPIs).
 *
 * @example
 * ```ts
 * const report = Synthetic.report({ seed: 1, rows: 3 })
 * const d: Decode.Decoded = { report, values: Values.fromReport(report) }
 * ```
 * @since 0.2.0
 */
export interface Decoded {
  readonly report: Report.Report
  readonly values: Values.Values
}

/**
 * The result of decoding (effect's `Result`): the report and its values on
 * success, or every problem found on failure.
 *
 * @example
 * ```ts
 * import { Result } from "effect"
 * const r: Decode.Result = Decode.decodeJson("[]")
 * Result.isFailure(r) && r.failure
 * // [{ path: "", code: "wrong-type", message: { vi: "phải là một đối tượng, nhận được một mảng", en: "must be an object, got an array" } }]
 * ```
 * @since 0.1.0
 */
export type Result = EffectResult.Result<Decoded, ReadonlyArray<Problem>>

const escape = Json.escape

/**
 * A JSON Pointer from path segments (see {@link Json.pointer}).
 *
 * @example
 * ```ts
 * Decode.pointer(["cases", "rows", 3, "V08"]) // "/cases/rows/3/V08"
 * ```
 * @since 0.1.0
 */
export const pointer = Json.pointer

const show = (u: unknown): string => {
  if (typeof u === "string") return JSON.stringify(u.length > 40 ? `${u.slice(0, 40)}…` : u)
  if (u === null) return "null"
  if (Array.isArray(u)) return "an array"
  if (typeof u === "object") return "an object"
  return String(u)
}
const showVi = (u: unknown): string =>
  Array.isArray(u) ? "một mảng" : typeof u === "object" && u !== null ? "một đối tượng" : show(u)

const typeName = {
  object: { vi: "một đối tượng", en: "an object" },
  array: { vi: "một mảng", en: "an array" },
  string: { vi: "một chuỗi", en: "a string" },
  number: { vi: "một số", en: "a number" }
} as const

/**
 * The most rows a table may have (the same as a workbook's, @thads/xlsx
 * Limits.maxRows): a unit reports one row per officer or sub-unit, a few
 * hundred at most. Past it the table is one `too-many-rows` problem and its
 * rows are not read, so work and memory stay bounded by the limit.
 *
 * @example
 * ```ts
 * Decode.MAX_ROWS // 20000
 * ```
 * @since 0.1.0
 */
export const MAX_ROWS = 20_000

/**
 * The most problems listed; past it one `too-many-problems` problem says how
 * many more there were (a report of a million empty rows gives a bounded
 * list, not a million times fifteen).
 *
 * @example
 * ```ts
 * Decode.MAX_PROBLEMS // 10000
 * ```
 * @since 0.1.0
 */
export const MAX_PROBLEMS = 10_000

class Collector extends Json.ProblemList<ProblemCode> {
  constructor() {
    super(MAX_PROBLEMS)
  }
  wrongType(path: string, expected: keyof typeof typeName, u: unknown) {
    this.add(
      path,
      "wrong-type",
      `phải là ${typeName[expected].vi}, nhận được ${showVi(u)}`,
      `must be ${typeName[expected].en}, got ${show(u)}`
    )
  }
}

const isObject = (u: unknown): u is Record<string, unknown> => typeof u === "object" && u !== null && !Array.isArray(u)

const checkKeys = (c: Collector, path: string, o: Record<string, unknown>, allowed: ReadonlySet<string>) => {
  for (const k in o) {
    if (!allowed.has(k)) {
      c.add(
        `${path}/${escape(k)}`,
        "unexpected-key",
        `trường "${k}" không có trong mẫu báo cáo`,
        `unexpected field "${k}" (not in the report format)`
      )
    }
  }
}

const checkNumber = (c: Collector, path: string, u: unknown, what: "count" | "amount"): void => {
  if (typeof u !== "number") {
    c.wrongType(path, "number", u)
    return
  }
  if (!Number.isSafeInteger(u)) {
    if (Number.isInteger(u)) {
      c.add(
        path,
        "too-large",
        `vượt quá 2^53 − 1, không biểu diễn chính xác được: ${u}`,
        `is beyond 2^53 − 1 and cannot be exact: ${u}`
      )
    } else {
      c.add(path, "not-integer", `phải là số nguyên, nhận được ${u}`, `must be a whole number, got ${u}`)
    }
    return
  }
  if (u < 0) {
    const unit = what === "count" ? { vi: "số việc", en: "a count" } : { vi: "số tiền", en: "an amount" }
    c.add(path, "negative", `${unit.vi} phải ≥ 0, nhận được ${u}`, `${unit.en} must be ≥ 0, got ${u}`)
  }
}

const checkString = (c: Collector, path: string, u: unknown, nonEmpty: boolean) => {
  if (typeof u !== "string") c.wrongType(path, "string", u)
  else if (nonEmpty && u.length === 0) c.add(path, "empty", "không được để trống", "must not be empty")
}

const checkLiteral = (c: Collector, path: string, u: unknown, allowed: ReadonlyArray<string>) => {
  if (!allowed.includes(u as string)) {
    c.add(
      path,
      "not-allowed",
      `phải là một trong ${allowed.join(", ")}, nhận được ${showVi(u)}`,
      `must be one of ${allowed.join(", ")}, got ${show(u)}`
    )
  }
}

const checkIntRange = (c: Collector, path: string, u: unknown, min: number, max: number) => {
  if (typeof u !== "number") return c.wrongType(path, "number", u)
  if (!Number.isSafeInteger(u))
    return c.add(path, "not-integer", `phải là số nguyên, nhận được ${u}`, `must be a whole number, got ${u}`)
  if (u < min || u > max)
    c.add(path, "out-of-range", `phải từ ${min} đến ${max}, nhận được ${u}`, `must be from ${min} to ${max}, got ${u}`)
}

const missing = (c: Collector, path: string, key: string) =>
  c.add(`${path}/${escape(key)}`, "missing", `thiếu trường bắt buộc "${key}"`, `missing required field "${key}"`)

const allowedKeys = {
  report: new Set(["formatVersion", "header", "cases", "money"]),
  header: new Set(["unitId", "unitName", "level", "year", "months", "regime", "preparedAt", "submittedAt"]),
  table: new Set(["rows", "total"])
}
const FULL = (1 << Values.WIDTH) - 1

/**
 * Validates the values of one row (or the total row) and copies them into the
 * matrix, in one pass over the row's keys (for…in, the fastest way to read
 * a parsed JSON object).
 */
/** The path of a row (index −1: the total row), built only when there is something to report. */
const rowPath = (tablePath: string, index: number) => (index < 0 ? `${tablePath}/total` : `${tablePath}/rows/${index}`)

const checkRow = (
  c: Collector,
  tablePath: string,
  index: number,
  row: Record<string, unknown>,
  table: Indicator.Table,
  m: Float64Array,
  offset: number,
  isTotal: boolean
) => {
  // Fast path: a well-formed row with only valid numbers (and a valid id).
  if (
    (table === "cases" ? FastRow.readCases(row, m, offset, isTotal) : FastRow.readMoney(row, m, offset, isTotal)) &&
    (isTotal ||
      (typeof row["id"] === "string" &&
        row["id"].length > 0 &&
        (row["name"] === undefined || typeof row["name"] === "string") &&
        (row["kind"] === undefined || row["kind"] === "unit" || row["kind"] === "officer")))
  )
    return
  const prefixCode = table === "cases" ? 86 : 84
  const what = table === "cases" ? "count" : "amount"
  let seen = 0
  let hasId = false
  for (const key in row) {
    const s = Values.slotIndex(key, prefixCode)
    if (s >= 0) {
      const v = row[key]
      seen |= 1 << s
      if (typeof v === "number" && v >= 0 && Number.isSafeInteger(v)) m[offset + s] = v
      else checkNumber(c, `${rowPath(tablePath, index)}/${key}`, v, what)
      continue
    }
    if (!isTotal) {
      if (key === "id") {
        hasId = true
        const v = row[key]
        if (typeof v !== "string" || v.length === 0) checkString(c, `${rowPath(tablePath, index)}/id`, v, true)
        continue
      }
      if (key === "name") {
        const v = row[key]
        if (typeof v !== "string") checkString(c, `${rowPath(tablePath, index)}/name`, v, false)
        continue
      }
      if (key === "kind") {
        const v = row[key]
        if (v !== "unit" && v !== "officer")
          checkLiteral(c, `${rowPath(tablePath, index)}/kind`, v, ["unit", "officer"])
        continue
      }
    }
    c.add(
      `${rowPath(tablePath, index)}/${escape(key)}`,
      "unexpected-key",
      `trường "${key}" không có trong mẫu báo cáo`,
      `unexpected field "${key}" (not in the report format)`
    )
  }
  if (!isTotal && !hasId) missing(c, rowPath(tablePath, index), "id")
  if (seen !== FULL) {
    const ids = Indicator.idsOf(table)
    for (let s = 0; s < Values.WIDTH; s++) if ((seen & (1 << s)) === 0) missing(c, rowPath(tablePath, index), ids[s]!)
  }
}

const checkTable = (
  c: Collector,
  path: string,
  u: unknown,
  table: Indicator.Table,
  m: Float64Array
): Values.TableValues | undefined => {
  if (!isObject(u)) {
    c.wrongType(path, "object", u)
    return undefined
  }
  checkKeys(c, path, u, allowedKeys.table)
  const rows = u["rows"]
  if (Array.isArray(rows) && rows.length > MAX_ROWS) {
    c.add(
      `${path}/rows`,
      "too-many-rows",
      `có ${rows.length} dòng, vượt giới hạn ${MAX_ROWS} dòng của một bảng`,
      `has ${rows.length} rows, over the limit of ${MAX_ROWS} rows per table`
    )
    return undefined
  }
  const n = Array.isArray(rows) ? rows.length : 0
  // The matrix is a view of the report's one buffer when its size was foreseen (see rowsOf).
  const v = m.length === (n + 1) * Values.WIDTH ? { rows: n, m } : Values.allocate(n)
  if (rows === undefined && !("rows" in u)) missing(c, path, "rows")
  else if (!Array.isArray(rows)) c.wrongType(`${path}/rows`, "array", rows)
  else {
    for (let i = 0; i < n; i++) {
      const row: unknown = rows[i]
      if (!isObject(row)) c.wrongType(`${path}/rows/${i}`, "object", row)
      else checkRow(c, path, i, row, table, v.m, i * Values.WIDTH, false)
    }
  }
  const total = u["total"]
  if (total === undefined && !("total" in u)) missing(c, path, "total")
  else if (!isObject(total)) c.wrongType(`${path}/total`, "object", total)
  else checkRow(c, path, -1, total, table, v.m, n * Values.WIDTH, true)
  return v
}

/** The rows a table will be read with (0 when it is not a table or has too many rows). */
const rowsOf = (t: unknown): number => {
  if (!isObject(t)) return 0
  const rows = t["rows"]
  return Array.isArray(rows) && rows.length <= MAX_ROWS ? rows.length : 0
}

const checkHeader = (c: Collector, u: unknown) => {
  const path = "/header"
  if (!isObject(u)) return c.wrongType(path, "object", u)
  checkKeys(c, path, u, allowedKeys.header)
  if (!("unitId" in u)) missing(c, path, "unitId")
  else checkString(c, `${path}/unitId`, u["unitId"], true)
  if ("unitName" in u) checkString(c, `${path}/unitName`, u["unitName"], false)
  if ("level" in u)
    checkLiteral(c, `${path}/level`, u["level"], ["chv", "chi-cuc", "cuc", "phong-khu-vuc", "thads-tinh"])
  if (!("year" in u)) missing(c, path, "year")
  else checkIntRange(c, `${path}/year`, u["year"], 2000, 2199)
  if (!("months" in u)) missing(c, path, "months")
  else checkIntRange(c, `${path}/months`, u["months"], 1, 12)
  if (!("regime" in u)) missing(c, path, "regime")
  else checkLiteral(c, `${path}/regime`, u["regime"], ["tt01-2013", "tt06-2019", "tt05-2024"])
  for (const key of ["preparedAt", "submittedAt"]) {
    if (!(key in u)) continue
    const v = u[key]
    if (typeof v !== "string") c.wrongType(`${path}/${key}`, "string", v)
    else {
      const why = Report.dateTimeProblem(v)
      if (why !== undefined)
        c.add(
          `${path}/${key}`,
          "bad-format",
          `phải là ngày giờ ISO 8601 có thật, có múi giờ (vd. 2022-04-01T09:30:00+07:00), nhận được ${show(v)}: ${why.vi}`,
          `must be a real ISO 8601 date-time with offset (e.g. 2022-04-01T09:30:00+07:00), got ${show(v)}: ${why.en}`
        )
    }
  }
}

/**
 * Decodes a parsed JSON value into a report, collecting every problem.
 *
 * @example
 * ```ts
 * const text = '{ "header": { "unitId": "u", "year": 2024, "months": 13 } }'
 * const r = Decode.decode(JSON.parse(text))
 * r._tag // "Failure"
 * if (r._tag === "Failure") for (const p of r.failure) console.log(p.path, p.message.en)
 * ```
 * @since 0.1.0
 */
export const decode = (u: unknown): Result => {
  const c = new Collector()
  if (!isObject(u)) {
    c.wrongType("", "object", u)
    return EffectResult.fail(c.all())
  }
  checkKeys(c, "", u, allowedKeys.report)
  if ("formatVersion" in u) checkLiteral(c, "/formatVersion", u["formatVersion"], [Report.formatVersion])
  if (!("header" in u)) missing(c, "", "header")
  else checkHeader(c, u["header"])
  let cases: Values.TableValues | undefined
  let money: Values.TableValues | undefined
  // One buffer for both tables' matrices (an ArrayBuffer costs more to make than to fill), two views of it.
  const split = (rowsOf(u["cases"]) + 1) * Values.WIDTH
  const buffer = new Float64Array(split + (rowsOf(u["money"]) + 1) * Values.WIDTH)
  if (!("cases" in u)) missing(c, "", "cases")
  else cases = checkTable(c, "/cases", u["cases"], "cases", buffer.subarray(0, split))
  if (!("money" in u)) missing(c, "", "money")
  else money = checkTable(c, "/money", u["money"], "money", buffer.subarray(split))
  return c.size === 0 && cases !== undefined && money !== undefined
    ? EffectResult.succeed({ report: u as unknown as Report.Report, values: { cases, money } })
    : EffectResult.fail(c.all())
}

/**
 * The keys of a decoded report plus the colons in its strings — what the
 * text's colons must number when no key was repeated (see
 * {@link Json.hasDroppedKeys}). A decoded report has exactly the known shape
 * (no unexpected key, every indicator present), so this reads a few
 * properties per row instead of walking every key.
 */
const keyTally = (report: Report.Report): number => {
  let n = 0
  const root = report as unknown as Record<string, unknown>
  for (const _ in root) n++
  const header = report.header as unknown as Record<string, unknown>
  for (const k in header) {
    n++
    const v = header[k]
    if (typeof v === "string") n += Json.colons(v)
  }
  const fv = root["formatVersion"]
  if (typeof fv === "string") n += Json.colons(fv)
  for (const table of [report.cases, report.money]) {
    n += 2 + Values.WIDTH
    const rows = table.rows
    for (let i = 0; i < rows.length; i++) {
      const r = rows[i]!
      n += Values.WIDTH + 1 + Json.colons(r.id)
      if (r.name !== undefined) n += 1 + Json.colons(r.name)
      if (r.kind !== undefined) n++
    }
  }
  return n
}

/**
 * Parses JSON text (a leading byte-order mark is allowed) and decodes it.
 * Text that is not JSON gives one `not-json` problem; a key repeated in an
 * object gives a `duplicate-key` problem at its pointer (with the other
 * problems, if any).
 *
 * @example
 * ```ts
 * import { Result } from "effect"
 * Decode.decodeJson("{") // { _tag: "Failure", failure: [{ path: "", code: "not-json" }] }
 * const r = Decode.decodeJson('{"header":{"year":2022,"year":2023}}')
 * Result.isFailure(r) && r.failure[0] // { path: "/header/year", code: "duplicate-key" }
 * ```
 * @since 0.1.0
 */
export const decodeJson = (text: string): Result => {
  // The common form in one pass (see FastDecode); its header is checked here, by the same code as below.
  const fast = FastDecode.scan(text)
  if (fast !== undefined) {
    const c = new Collector()
    const u = fast.report
    if ("formatVersion" in u) checkLiteral(c, "/formatVersion", u["formatVersion"], [Report.formatVersion])
    checkHeader(c, u["header"])
    if (c.size === 0) return EffectResult.succeed({ report: u as unknown as Report.Report, values: fast.values })
  }
  // A report has at most 2 × MAX_ROWS rows: more objects than that is refused before parsing (bounded memory).
  const parsed = Json.parseValue(text, 2 * MAX_ROWS + 10_000)
  if (parsed._tag === "NotJson") return EffectResult.fail(parsed.problems)
  const r = decode(parsed.value)
  const clean =
    r._tag === "Success"
      ? keyTally(r.success.report) - Json.escapedColons(text) === Json.colons(text)
      : !Json.hasDroppedKeys(text, parsed.value)
  if (clean) return r
  const duplicates = Json.duplicateKeys(text)
  if (duplicates.length === 0) return r
  return EffectResult.fail(r._tag === "Failure" ? [...duplicates, ...r.failure] : duplicates)
}

const schemaDecoder = Schema.decodeUnknownResult(Report.ReportSchema)
const standard = SchemaIssue.makeFormatterStandardSchemaV1()

/**
 * Decodes with Effect Schema (the reference decoder). Problems carry Effect's
 * English message in both languages and the code `wrong-type`; use
 * {@link decode} for coded, bilingual problems.
 *
 * @example
 * ```ts
 * const text = JSON.stringify(Synthetic.report({ seed: 1, rows: 3 }))
 * Decode.decodeWithSchema(JSON.parse(text))._tag // "Success"
 * ```
 * @since 0.1.0
 */
export const decodeWithSchema = (u: unknown): Result => {
  const r = schemaDecoder(u, { errors: "all", onExcessProperty: "error" })
  if (r._tag === "Success") return EffectResult.succeed({ report: r.success, values: Values.fromReport(r.success) })
  const issues = standard(r.failure.issue).issues
  return EffectResult.fail(
    issues.map((i) => ({
      path: pointer((i.path ?? []).map((p) => (typeof p === "object" ? (p as { key: PropertyKey }).key : p))),
      code: "wrong-type" as const,
      message: { vi: i.message, en: i.message }
    }))
  )
}
