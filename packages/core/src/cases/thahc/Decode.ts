/**
 * Decoding a JSON document of THAHC cases — an array of cases, or
 * `{ "cases": [...] }` — with every problem at its JSON Pointer (`/cases/3/kind`
 * or `/3/kind`), a stable code and a message in Vietnamese and English; it
 * never throws on bad input. First the shape of each case (Model's
 * `ThahcCaseSchema`, every issue, unknown fields refused), then the
 * document (repeated ids) and the order of the dates within a case (a step
 * before the step it follows; a date whose step needs another date the case
 * does not have).
 *
 * Bounded: the text ({@link MAX_TEXT_LENGTH} characters), the cases
 * ({@link MAX_CASES}; objects and arrays are counted before parsing) and the
 * problems listed ({@link MAX_PROBLEMS}, then one `too-many-problems`).
 *
 * @since 0.4.0
 */
import * as Schema from "effect/Schema"
import * as SchemaIssue from "effect/SchemaIssue"
import * as CivilDate from "../../base/CivilDate.js"
import * as Json from "../../json/Json.js"
import * as SchemaProblems from "../../json/SchemaProblems.js"
import { kinds, MAX_TEXT, type ThahcCase, ThahcCaseSchema } from "./Model.js"

/**
 * The most characters of text decoded (16 MiB: a case is a few hundred
 * bytes, so this is room for tens of thousands).
 *
 * @example
 * ```ts
 * Thahc.MAX_TEXT_LENGTH // 16777216
 * ```
 * @since 0.4.0
 */
export const MAX_TEXT_LENGTH = 16 * 1024 * 1024

/**
 * The most cases in a document (an office monitors a few hundred a year).
 *
 * @example
 * ```ts
 * Thahc.MAX_CASES // 10000
 * ```
 * @since 0.4.0
 */
export const MAX_CASES = 10_000

/**
 * The most problems listed; past it one `too-many-problems` problem says how
 * many more there were.
 *
 * @example
 * ```ts
 * Thahc.MAX_PROBLEMS // 1000
 * ```
 * @since 0.4.0
 */
export const MAX_PROBLEMS = 1000

/**
 * A stable code for each kind of problem.
 *
 * @example
 * ```ts
 * const code: Thahc.ProblemCode = "inconsistent-date"
 * ```
 * @since 0.4.0
 */
export type ProblemCode =
  | Json.ParseProblem["code"]
  | "too-large"
  | "too-many-cases"
  | "too-many-problems"
  | "invalid"
  | "missing"
  | "unexpected-key"
  | "duplicate-id"
  | "inconsistent-date"
  | "needs-date"

/**
 * One problem of a document of THAHC cases.
 *
 * @example
 * ```ts
 * const p: Thahc.Problem = { path: "/cases/0/kind", code: "invalid", message: { vi: "…", en: "…" } }
 * ```
 * @since 0.4.0
 */
export type Problem = Json.Problem<ProblemCode>

/**
 * What {@link decodeJson} returns.
 *
 * @example
 * ```ts
 * const r: Thahc.DecodeResult = Thahc.decodeJson("[]")
 * r._tag // "Success"
 * ```
 * @since 0.4.0
 */
export type DecodeResult =
  | { readonly _tag: "Success"; readonly cases: ReadonlyArray<ThahcCase> }
  | { readonly _tag: "Failure"; readonly problems: ReadonlyArray<Problem> }

type DateField = Exclude<
  {
    [K in keyof ThahcCase]-?: NonNullable<ThahcCase[K]> extends CivilDate.CivilDate ? K : never
  }[keyof ThahcCase],
  undefined
>

const dateFields: ReadonlyArray<DateField> = [
  "judgmentDate",
  "receivedDate",
  "noticeDate",
  "obligedReportDate",
  "reminderDate",
  "compulsionRequestDate",
  "compulsionOrderDate",
  "orderReceivedDate",
  "superiorOrderReceivedDate",
  "meetingDate",
  "superiorDirectiveDate",
  "completedDate",
  "resultNoticeDate"
]
const fields: ReadonlySet<string> = new Set(["id", "unitId", "judgmentNumber", "obligedBody", "kind", ...dateFields])
const required: ReadonlyArray<string> = ["id", "judgmentDate", "receivedDate", "kind"]

class Collector extends Json.ProblemList<ProblemCode> {
  constructor() {
    super(MAX_PROBLEMS)
  }
}

const show = (u: unknown): string => {
  const s = u === undefined ? "undefined" : JSON.stringify(u)
  return s.length > 60 ? `${s.slice(0, 60)}…` : s
}

const isObject = SchemaProblems.isObject

const decodeCase = Schema.decodeUnknownResult(ThahcCaseSchema)
const formatter = SchemaIssue.makeFormatterStandardSchemaV1()

/** The problem of one field whose value the Schema refused, in both languages. */
const fieldProblem = (out: Collector, path: string, key: string, value: unknown) => {
  if (value === undefined) {
    out.add(path, "missing", `thiếu trường bắt buộc "${key}"`, `missing required field "${key}"`)
    return
  }
  if ((dateFields as ReadonlyArray<string>).includes(key)) {
    const r = typeof value === "string" ? CivilDate.parse(value) : undefined
    if (r instanceof CivilDate.InvalidDateError)
      out.add(path, "invalid", `ngày không hợp lệ ${show(value)}: ${r.reasonVi} (YYYY-MM-DD)`, r.message)
    else
      out.add(
        path,
        "invalid",
        `phải là ngày dạng chuỗi YYYY-MM-DD, nhận được ${show(value)}`,
        `must be a date string YYYY-MM-DD, got ${show(value)}`
      )
    return
  }
  if (key === "kind") {
    out.add(
      path,
      "invalid",
      `loại bản án phải là một trong ${kinds.join(", ")} (điểm của khoản 1 Điều 311 Luật Tố tụng hành chính), nhận được ${show(value)}`,
      `the kind must be one of ${kinds.join(", ")} (the points of Article 311(1), Law on Administrative Procedure), got ${show(value)}`
    )
    return
  }
  const nonEmpty = key === "id" ? " không rỗng" : ""
  out.add(
    path,
    "invalid",
    `phải là chuỗi${nonEmpty}, tối đa ${MAX_TEXT} ký tự, nhận được ${show(value)}`,
    `must be a${key === "id" ? " non-empty" : ""} string of at most ${MAX_TEXT} characters, got ${show(value)}`
  )
}

/** Problems of the shape of one case (every issue of the Schema, unknown fields). */
const shape = (out: Collector, u: unknown, prefix: string): ThahcCase | undefined => {
  if (!isObject(u)) {
    out.add(
      prefix,
      "invalid",
      `mỗi việc phải là một đối tượng JSON, nhận được ${show(u)}`,
      `each case must be a JSON object, got ${show(u)}`
    )
    return undefined
  }
  let ok = true
  for (const key of required)
    if (!(key in u)) {
      fieldProblem(out, `${prefix}/${Json.escape(key)}`, key, undefined)
      ok = false
    }
  const r = decodeCase(u, { errors: "all", onExcessProperty: "ignore" })
  if (r._tag === "Failure") {
    ok = false
    const seen = new Set<string>()
    for (const i of formatter(r.failure.issue).issues) {
      const first = i.path?.[0]
      const key = String(typeof first === "object" && first !== null ? (first as { key: PropertyKey }).key : first)
      if (seen.has(key) || !(key in u)) continue // a missing field is reported above, once
      seen.add(key)
      fieldProblem(out, `${prefix}/${Json.escape(key)}`, key, u[key])
    }
  }
  for (const key of Object.keys(u))
    if (!fields.has(key)) {
      ok = false
      out.add(
        `${prefix}/${Json.escape(key)}`,
        "unexpected-key",
        `trường "${key}" không có trong mẫu dữ liệu việc theo dõi thi hành án hành chính`,
        `unexpected field "${key}" (not in the THAHC case format)`
      )
    }
  return ok && r._tag === "Success" ? r.success : undefined
}

const dateLabels: { readonly [K in DateField]: { readonly vi: string; readonly en: string } } = {
  judgmentDate: { vi: "ngày bản án", en: "the judgment's date" },
  receivedDate: { vi: "ngày nhận bản án", en: "the day the judgment was received" },
  noticeDate: { vi: "ngày thông báo tự nguyện thi hành án", en: "the voluntary-compliance notice" },
  obligedReportDate: { vi: "ngày cơ quan phải thi hành án thông báo", en: "the obliged body's report" },
  reminderDate: { vi: "ngày văn bản đôn đốc", en: "the reminder letter" },
  compulsionRequestDate: { vi: "ngày yêu cầu ra quyết định buộc thi hành án", en: "the compulsion request" },
  compulsionOrderDate: { vi: "ngày quyết định buộc thi hành án", en: "the compulsion order" },
  orderReceivedDate: {
    vi: "ngày cơ quan thi hành án dân sự nhận quyết định buộc thi hành án",
    en: "the office's receipt of the compulsion order"
  },
  superiorOrderReceivedDate: {
    vi: "ngày cơ quan cấp trên nhận quyết định buộc thi hành án",
    en: "the superior body's receipt of the compulsion order"
  },
  meetingDate: { vi: "ngày làm việc với người phải thi hành án", en: "the meeting with the obligor" },
  superiorDirectiveDate: { vi: "ngày văn bản chỉ đạo của cơ quan cấp trên", en: "the superior body's directive" },
  completedDate: { vi: "ngày thi hành xong", en: "the completion" },
  resultNoticeDate: { vi: "ngày thông báo kết quả thi hành án", en: "the result notice" }
}

/** `later` must not be before `earlier`; a `later` date needs its `earlier` date when `needs` is set. */
const order: ReadonlyArray<readonly [earlier: DateField, later: DateField, needs: boolean]> = [
  ["judgmentDate", "receivedDate", false],
  ["receivedDate", "noticeDate", false],
  ["receivedDate", "obligedReportDate", false],
  ["receivedDate", "reminderDate", false],
  ["receivedDate", "compulsionRequestDate", false],
  ["compulsionRequestDate", "compulsionOrderDate", false],
  ["compulsionOrderDate", "orderReceivedDate", true],
  ["compulsionOrderDate", "superiorOrderReceivedDate", true],
  ["compulsionOrderDate", "meetingDate", true],
  ["compulsionOrderDate", "superiorDirectiveDate", true],
  ["orderReceivedDate", "meetingDate", false],
  ["superiorOrderReceivedDate", "superiorDirectiveDate", false],
  ["judgmentDate", "completedDate", false],
  ["completedDate", "resultNoticeDate", true]
]

const dates = (out: Collector, c: ThahcCase, prefix: string) => {
  const flagged = new Set<DateField>()
  for (const [earlier, later, needs] of order) {
    const a = c[earlier]
    const b = c[later]
    if (b === undefined || flagged.has(later)) continue
    const l = dateLabels[later]
    const e = dateLabels[earlier]
    if (a === undefined) {
      if (!needs) continue
      flagged.add(later)
      out.add(
        `${prefix}/${later}`,
        "needs-date",
        `có ${l.vi} nhưng thiếu ${e.vi} (${earlier})`,
        `${l.en} is given without ${e.en} (${earlier})`
      )
    } else if (b < a) {
      flagged.add(later)
      out.add(
        `${prefix}/${later}`,
        "inconsistent-date",
        `${l.vi} ${CivilDate.formatVi(b)} trước ${e.vi} ${CivilDate.formatVi(a)}`,
        `${l.en} (${b}) is before ${e.en} (${a})`
      )
    }
  }
}

/**
 * Decodes a parsed JSON value: an array of cases or `{ "cases": [...] }`.
 *
 * @example
 * ```ts
 * Thahc.decode([{ id: "hc-1", judgmentDate: "2024-01-10", receivedDate: "2024-01-15", kind: "a" }])._tag // "Success"
 * Thahc.decode({ cases: {} }) // { _tag: "Failure", problems: [{ path: "/cases", code: "invalid" }] }
 * ```
 * @since 0.4.0
 */
export const decode = (u: unknown): DecodeResult => {
  const out = new Collector()
  let list: ReadonlyArray<unknown>
  let prefix: string
  if (Array.isArray(u)) {
    list = u
    prefix = ""
  } else if (isObject(u)) {
    for (const k of Object.keys(u))
      if (k !== "cases")
        out.add(
          `/${Json.escape(k)}`,
          "unexpected-key",
          `trường "${k}" không có trong mẫu dữ liệu (chỉ có "cases")`,
          `unexpected field "${k}" (only "cases" is allowed)`
        )
    const cases = u["cases"]
    if (!Array.isArray(cases)) {
      out.add(
        "/cases",
        "invalid",
        `thiếu danh sách việc "cases" (một mảng), nhận được ${show(cases)}`,
        `"cases" must be an array of cases, got ${show(cases)}`
      )
      return { _tag: "Failure", problems: out.all() }
    }
    list = cases
    prefix = "/cases"
  } else {
    out.add(
      "",
      "invalid",
      `tài liệu phải là một mảng các việc hoặc một đối tượng { "cases": [...] }, nhận được ${show(u)}`,
      `the document must be an array of cases or an object { "cases": [...] }, got ${show(u)}`
    )
    return { _tag: "Failure", problems: out.all() }
  }
  if (list.length > MAX_CASES) {
    out.add(
      prefix,
      "too-many-cases",
      `có ${list.length} việc, vượt giới hạn ${MAX_CASES} việc của một tài liệu`,
      `${list.length} cases, over the limit of ${MAX_CASES} per document`
    )
    return { _tag: "Failure", problems: out.all() }
  }
  const cases: Array<ThahcCase> = []
  const ids = new Map<string, number>()
  for (let i = 0; i < list.length; i++) {
    const p = `${prefix}/${i}`
    const x = list[i]
    const id = isObject(x) && typeof x["id"] === "string" ? x["id"] : undefined
    if (id !== undefined) {
      const first = ids.get(id)
      if (first !== undefined)
        out.add(
          `${p}/id`,
          "duplicate-id",
          `mã việc "${id}" bị trùng (đã có ở ${prefix}/${first})`,
          `duplicate case id "${id}" (also ${prefix}/${first})`
        )
      else ids.set(id, i)
    }
    const c = shape(out, x, p)
    if (c === undefined) continue
    dates(out, c, p)
    cases.push(c)
  }
  return out.size > 0 ? { _tag: "Failure", problems: out.all() } : { _tag: "Success", cases }
}

/**
 * Parses JSON text (a leading byte-order mark is allowed) and decodes a
 * document of THAHC cases; never throws.
 *
 * @example
 * ```ts
 * Thahc.decodeJson('{"cases":[{"id":"hc-1","judgmentDate":"2024-01-10","receivedDate":"2024-01-15","kind":"a"}]}')._tag // "Success"
 * Thahc.decodeJson("{") // { _tag: "Failure", problems: [{ path: "", code: "not-json" }] }
 * Thahc.decodeJson('[{"id":"hc-1","judgmentDate":"2024-01-10","receivedDate":"2024-01-05","kind":"a"}]') // { _tag: "Failure", problems: [{ path: "/0/receivedDate", code: "inconsistent-date" }] }
 * ```
 * @since 0.4.0
 */
export const decodeJson = (text: string): DecodeResult => {
  if (text.length > MAX_TEXT_LENGTH)
    return {
      _tag: "Failure",
      problems: [
        {
          path: "",
          code: "too-large",
          message: {
            vi: `quá lớn: ${text.length} ký tự, vượt giới hạn ${MAX_TEXT_LENGTH}`,
            en: `too large: ${text.length} characters, over the limit of ${MAX_TEXT_LENGTH}`
          }
        }
      ]
    }
  // A case is one object: more objects and arrays than the cases allow (with room for "{" in strings) is refused
  // before parsing.
  const parsed = Json.parse(text, 4 * MAX_CASES + 2)
  return parsed._tag === "NotJson" ? { _tag: "Failure", problems: parsed.problems } : decode(parsed.value)
}

/**
 * The problems in one line: the first `max` with their pointers, then how
 * many more.
 *
 * @example
 * ```ts
 * const r = Thahc.decodeJson('[{"id":"","judgmentDate":"2024-01-10","receivedDate":"2024-01-15","kind":"z"}]')
 * const problems = r._tag === "Failure" ? r.problems : []
 * Thahc.summary(problems, "en", 1) // '/0/id: must be a non-empty string of at most 300 characters, got "" (and 1 more)'
 * ```
 * @since 0.4.0
 */
export const summary = (problems: ReadonlyArray<Problem>, lang: "vi" | "en", max = 10): string =>
  SchemaProblems.summary(problems, lang, max)
