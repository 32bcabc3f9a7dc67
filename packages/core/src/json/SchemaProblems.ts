/**
 * Schema issues as problems at JSON Pointers (lỗi theo con trỏ JSON): what a
 * decoder of a user's settings document (obligation settings, area offices)
 * shares. A constraint of the document's Schema carries its problem — a
 * code and a message in Vietnamese and English — as an annotation
 * ({@link PROBLEM} on a filter, {@link VALUE} on a value's Schema), and
 * {@link problems} walks a decoding's issue, giving each problem at its
 * pointer: the constraint's own, or, for the structure, one said the same
 * way for every key (missing, unexpected, wrong type, not one of the
 * literals, exactly one of the keys of a union of objects).
 *
 * @since 0.4.0
 */
import * as EffectResult from "effect/Result"
import * as Schema from "effect/Schema"
import type * as SchemaAST from "effect/SchemaAST"
import type * as SchemaIssue from "effect/SchemaIssue"
import * as CivilDate from "../base/CivilDate.js"
import * as Json from "./Json.js"

/**
 * What a constraint says when it fails: its problem's code and vi/en
 * message, made from the value at the problem's pointer.
 *
 * @example
 * ```ts
 * const blank: SchemaProblems.Says<"wrong-type"> = () => ({ code: "wrong-type", vi: "phải là chuỗi không rỗng", en: "must be a non-empty string" })
 * blank(" ").code // "wrong-type"
 * ```
 * @since 0.4.0
 */
export type Says<C extends string = string> = (value: unknown) => {
  readonly code: C
  readonly vi: string
  readonly en: string
}

/**
 * The annotation of a filter (`Schema.makeFilter`, `Schema.isMaxLength`, …)
 * that holds what its failures say ({@link Says}).
 *
 * @example
 * ```ts
 * import * as Schema from "effect/Schema"
 * const Short = Schema.String.check(Schema.isMaxLength(3, { [SchemaProblems.PROBLEM]: SchemaProblems.says("out-of-range", "dài quá 3 ký tự", "longer than 3 characters") }))
 * SchemaProblems.decode(Schema.Struct({ a: Short }), { a: "abcd" }) // { _tag: "Failure", failure: [{ path: "/a", code: "out-of-range", message: { en: "longer than 3 characters" } }] }
 * ```
 * @since 0.4.0
 */
export const PROBLEM = "thads/problem"

/**
 * The annotation of a value's Schema (a string, a number, a union of
 * literals; `.annotate` puts it on the value's last check) that says any
 * failure of the value without a problem of its own, a value of the wrong
 * type included.
 *
 * @example
 * ```ts
 * import * as Schema from "effect/Schema"
 * const Name = Schema.String.annotate({ [SchemaProblems.VALUE]: SchemaProblems.says("wrong-type", "phải là chuỗi", "must be a string") })
 * SchemaProblems.decode(Schema.Struct({ name: Name }), { name: 1 }) // { _tag: "Failure", failure: [{ path: "/name", code: "wrong-type", message: { en: "must be a string" } }] }
 * ```
 * @since 0.4.0
 */
export const VALUE = "thads/valueProblem"

/**
 * A problem that says the same whatever the value.
 *
 * @example
 * ```ts
 * SchemaProblems.says("bad-format", "sai", "wrong")(1) // { code: "bad-format", vi: "sai", en: "wrong" }
 * ```
 * @since 0.4.0
 */
export const says =
  <C extends string>(code: C, vi: string, en: string): Says<C> =>
  () => ({ code, vi, en })

/**
 * The problem of a value that is not a real `YYYY-MM-DD` date, with the
 * reason when the value is a string.
 *
 * @example
 * ```ts
 * SchemaProblems.badDate("2023-02-30").en // "must be a real YYYY-MM-DD date: day 30 is outside 1–28 for 02/2023"
 * SchemaProblems.badDate(5).code // "bad-date"
 * ```
 * @since 0.4.0
 */
export const badDate: Says<"bad-date"> = (value) => {
  const d = typeof value === "string" ? CivilDate.parse(value) : undefined
  const why = d instanceof CivilDate.InvalidDateError ? d : undefined
  return {
    code: "bad-date",
    vi: `phải là ngày có thật dạng YYYY-MM-DD${why === undefined ? "" : `: ${why.reasonVi}`}`,
    en: `must be a real YYYY-MM-DD date${why === undefined ? "" : `: ${why.reason}`}`
  }
}

/**
 * The problem of a list longer than its bound; `read: false` says its items
 * were not read (a decoder that refuses the list before the Schema sees it).
 *
 * @example
 * ```ts
 * SchemaProblems.tooMany(2, false)([1, 2, 3]).en // "at most 2 items (got 3): the items were not read"
 * SchemaProblems.tooMany(2, true)([1, 2, 3]).vi // "nhiều nhất 2 mục (có 3)"
 * ```
 * @since 0.4.0
 */
export const tooMany =
  (max: number, read: boolean): Says<"too-many"> =>
  (value) => {
    const n = Array.isArray(value) ? value.length : 0
    return {
      code: "too-many",
      vi: `nhiều nhất ${max} mục (có ${n})${read ? "" : ": các mục không được đọc"}`,
      en: `at most ${max} items (got ${n})${read ? "" : ": the items were not read"}`
    }
  }

/**
 * The Schema of a list of problems ({@link Json.Problem}): what a tagged
 * error of a document that does not decode carries across a boundary.
 *
 * @example
 * ```ts
 * import * as Schema from "effect/Schema"
 * Schema.decodeUnknownSync(SchemaProblems.ProblemsSchema)([{ path: "/a", code: "missing", message: { vi: "thiếu", en: "missing" } }]).length // 1
 * ```
 * @since 0.4.0
 */
export const ProblemsSchema = Schema.Array(
  Schema.Struct({
    path: Schema.String,
    code: Schema.String,
    message: Schema.Struct({ vi: Schema.String, en: Schema.String })
  })
)

/**
 * The codes {@link problems} gives for the structure of a document.
 *
 * @example
 * ```ts
 * const code: SchemaProblems.StructureCode = "unexpected-key"
 * ```
 * @since 0.4.0
 */
export type StructureCode = "missing" | "unexpected-key" | "not-allowed" | "wrong-type"

/**
 * Whether a value is a JSON object (not null, not an array).
 *
 * @example
 * ```ts
 * SchemaProblems.isObject({}) // true
 * SchemaProblems.isObject([]) // false
 * ```
 * @since 0.4.0
 */
export const isObject = (x: unknown): x is Record<string, unknown> =>
  typeof x === "object" && x !== null && !Array.isArray(x)

/**
 * The value at a path of the input (undefined when there is none).
 *
 * @example
 * ```ts
 * SchemaProblems.at({ units: [{ id: "a" }] }, ["units", 0, "id"]) // "a"
 * SchemaProblems.at({ units: [] }, ["units", 0, "id"]) // undefined
 * ```
 * @since 0.4.0
 */
export const at = (u: unknown, path: ReadonlyArray<PropertyKey>): unknown => {
  let x: unknown = u
  for (const k of path) {
    if (typeof x !== "object" || x === null || !Object.hasOwn(x, k)) return undefined
    x = (x as Record<PropertyKey, unknown>)[k]
  }
  return x
}

const quote = (xs: ReadonlyArray<unknown>): string => xs.map((x) => JSON.stringify(x)).join(", ")
const oneOf = (literals: ReadonlyArray<unknown>): { readonly vi: string; readonly en: string } =>
  literals.length === 2
    ? {
        vi: `phải là ${JSON.stringify(literals[0])} hoặc ${JSON.stringify(literals[1])}`,
        en: `must be ${JSON.stringify(literals[0])} or ${JSON.stringify(literals[1])}`
      }
    : { vi: `phải là một trong ${quote(literals)}`, en: `must be one of ${quote(literals)}` }

const typeNames: Partial<Record<SchemaAST.AST["_tag"], readonly [string, string]>> = {
  Objects: ["phải là một đối tượng", "must be an object"],
  Arrays: ["phải là một mảng", "must be an array"],
  String: ["phải là chuỗi", "must be a string"],
  Number: ["phải là số", "must be a number"],
  Boolean: ["phải là true hoặc false", "must be true or false"]
}

/** The problem a value's Schema declares for any failure of the value ({@link VALUE}), on the node or a check. */
const valueSays = (ast: SchemaAST.AST): Says | undefined => {
  const own = ast.annotations?.[VALUE]
  if (own !== undefined) return own as Says
  for (const c of ast.checks ?? []) if (c.annotations?.[VALUE] !== undefined) return c.annotations[VALUE] as Says
  return undefined
}

/**
 * The problems of a Schema issue of a document `u`, each at its JSON
 * Pointer: a constraint's own problem (its annotation) or, for the
 * structure, a problem said the same way for every key (missing,
 * unexpected, wrong type, not one of the literals, exactly one of the keys
 * of a union of objects). Recursive over the issue's tree, as deep as the
 * Schema (its lists of issues are looped over). `C` is the codes the
 * Schema's annotations say.
 *
 * @example
 * ```ts
 * import * as Schema from "effect/Schema"
 * const S = Schema.Struct({ kind: Schema.Literals(["a", "b"]) })
 * const r = Schema.decodeUnknownResult(S)({ kind: "c", x: 1 }, { errors: "all", onExcessProperty: "error" })
 * const found = r._tag === "Failure" ? SchemaProblems.problems({ kind: "c", x: 1 }, r.failure.issue) : []
 * found.map((p) => p.path) // ["/x", "/kind"]
 * found[1]?.message.en // 'must be "a" or "b"'
 * ```
 * @since 0.4.0
 */
export const problems = <C extends string = StructureCode>(
  u: unknown,
  root: SchemaIssue.Issue
): Array<Json.Problem<C | StructureCode>> => {
  type Code = C | StructureCode
  const out: Array<Json.Problem<Code>> = []
  const add = (path: ReadonlyArray<PropertyKey>, code: Code, vi: string, en: string) => {
    out.push({ path: Json.pointer(path as ReadonlyArray<string | number>), code, message: { vi, en } })
  }
  const said = (path: ReadonlyArray<PropertyKey>, by: Says) => {
    const p = by(at(u, path))
    add(path, p.code as Code, p.vi, p.en)
  }
  const missing = (path: ReadonlyArray<PropertyKey>) => {
    const key = String(path[path.length - 1])
    add(path, "missing", `thiếu trường "${key}"`, `missing field "${key}"`)
  }
  const notOneOf = (path: ReadonlyArray<PropertyKey>, literals: ReadonlyArray<unknown>) => {
    const m = oneOf(literals)
    add(path, "not-allowed", m.vi, m.en)
  }
  const walk = (issue: SchemaIssue.Issue, path: ReadonlyArray<PropertyKey>, fallback: Says | undefined): void => {
    switch (issue._tag) {
      case "Pointer":
        walk(issue.issue, [...path, ...issue.path], fallback)
        break
      case "Composite": {
        // A value with checks (a string, a number) lends its problem to its failed checks that have none.
        const lent = issue.ast._tag === "Objects" || issue.ast._tag === "Arrays" ? fallback : valueSays(issue.ast)
        for (const i of issue.issues) walk(i, path, lent ?? fallback)
        break
      }
      case "Filter":
        walk(issue.issue, path, (issue.filter.annotations?.[PROBLEM] as Says | undefined) ?? fallback)
        break
      case "MissingKey":
        missing(path)
        break
      case "UnexpectedKey": {
        const key = String(path[path.length - 1]).slice(0, 100)
        const allowed = issue.ast._tag === "Objects" ? issue.ast.propertySignatures.map((p) => String(p.name)) : []
        add(
          path,
          "unexpected-key",
          `trường "${key}" không có trong mẫu (có: ${allowed.join(", ")})`,
          `unexpected field "${key}" (allowed: ${allowed.join(", ")})`
        )
        break
      }
      case "InvalidType": {
        const by = valueSays(issue.ast)
        if (at(u, path) === undefined) missing(path)
        else if (by !== undefined) said(path, by)
        else if (issue.ast._tag === "Literal") notOneOf(path, [issue.ast.literal])
        else {
          const [vi, en] =
            path.length === 0 && issue.ast._tag === "Objects"
              ? ["phải là một đối tượng JSON", "must be a JSON object"]
              : (typeNames[issue.ast._tag] ?? ["có kiểu không đúng", "has the wrong type"])
          add(path, "wrong-type", vi, en)
        }
        break
      }
      case "AnyOf":
        anyOf(issue, path, fallback)
        break
      default:
        // InvalidValue (a failed check), Forbidden, OneOf, Encoding: the problem in force, else said plainly.
        if (fallback !== undefined) said(path, fallback)
        else add(path, "wrong-type", "không hợp lệ", "is not valid")
    }
  }
  const anyOf = (issue: SchemaIssue.AnyOf, path: ReadonlyArray<PropertyKey>, fallback: Says | undefined): void => {
    const value = at(u, path)
    const by = valueSays(issue.ast)
    const members = issue.ast.types
    const objects = members.filter((m): m is SchemaAST.Objects => m._tag === "Objects")
    if (value === undefined) missing(path)
    else if (by !== undefined) said(path, by)
    else if (members.every((m) => m._tag === "Literal"))
      notOneOf(
        path,
        members.map((m) => (m as SchemaAST.Literal).literal)
      )
    else if (objects.length !== members.length) {
      for (const i of issue.issues) walk(i, path, fallback)
      if (issue.issues.length === 0) add(path, "wrong-type", "không hợp lệ", "is not valid")
    } else if (!isObject(value)) add(path, "wrong-type", "phải là một đối tượng", "must be an object")
    else objectsOf(issue, objects, value, path, fallback)
  }
  // A union of objects: told apart by a key whose value is a literal in every member (`kind`), else each member is
  // one key (`unitId` or `actorId`) and exactly one must be there; then the problems of the member it names.
  const objectsOf = (
    issue: SchemaIssue.AnyOf,
    objects: ReadonlyArray<SchemaAST.Objects>,
    value: Record<string, unknown>,
    path: ReadonlyArray<PropertyKey>,
    fallback: Says | undefined
  ): void => {
    const names = objects.map((o) => o.propertySignatures.map((p) => String(p.name)))
    const literalOf = (o: SchemaAST.Objects, key: string) => {
      const t = o.propertySignatures.find((p) => String(p.name) === key)?.type
      return t?._tag === "Literal" ? t : undefined
    }
    const tag = names[0]!.find((k) => objects.every((o) => literalOf(o, k) !== undefined))
    if (tag !== undefined) {
      if (value[tag] === undefined) missing([...path, tag])
      else if (issue.issues.length === 0)
        notOneOf(
          [...path, tag],
          objects.map((o) => literalOf(o, tag)!.literal)
        )
      else for (const i of issue.issues) walk(i, path, fallback)
      return
    }
    const present = objects.filter((_, n) => names[n]!.some((k) => value[k] !== undefined))
    if (present.length !== 1) {
      const all = quote(names.flat())
      add(
        path,
        present.length === 0 ? "missing" : "not-allowed",
        `cần đúng một trong ${all}`,
        `needs exactly one of ${all}`
      )
      return
    }
    const chosen = objects.indexOf(present[0]!)
    const own =
      issue.issues.find((i) => "ast" in i && i.ast === present[0]) ??
      (issue.issues.length === objects.length ? issue.issues[chosen] : undefined)
    for (const i of own === undefined ? issue.issues : [own]) walk(i, path, fallback)
  }
  walk(root, [], undefined)
  return out
}

/**
 * Decodes a document with a Schema (every issue, unknown keys refused),
 * giving its problems ({@link problems}) on failure.
 *
 * @example
 * ```ts
 * import * as Schema from "effect/Schema"
 * SchemaProblems.decode(Schema.Struct({ a: Schema.String }), { a: "x" }) // { _tag: "Success", success: { a: "x" } }
 * SchemaProblems.decode(Schema.Struct({ a: Schema.String }), {}) // { _tag: "Failure", failure: [{ path: "/a", code: "missing" }] }
 * ```
 * @since 0.4.0
 */
export const decode = <T, C extends string = StructureCode>(
  schema: Schema.Decoder<T>,
  u: unknown
): EffectResult.Result<T, ReadonlyArray<Json.Problem<C | StructureCode>>> => {
  const r = Schema.decodeUnknownResult(schema)(u, { errors: "all", onExcessProperty: "error" })
  return r._tag === "Success" ? EffectResult.succeed(r.success) : EffectResult.fail(problems<C>(u, r.failure.issue))
}

/**
 * The first problems on one line, each at its pointer ("/" for the whole
 * document), with how many more there are.
 *
 * @example
 * ```ts
 * const problems = [
 *   { path: "/a", code: "missing", message: { vi: "thiếu", en: "missing" } },
 *   { path: "", code: "wrong-type", message: { vi: "sai", en: "wrong" } }
 * ]
 * SchemaProblems.summary(problems, "en") // "/a: missing; /: wrong"
 * SchemaProblems.summary(problems, "vi", 1) // "/a: thiếu (và 1 lỗi khác)"
 * ```
 * @since 0.4.0
 */
export const summary = (problems: ReadonlyArray<Json.Problem>, lang: "vi" | "en", max = 3): string => {
  const shown = problems.slice(0, max)
  const more = problems.length - shown.length
  return (
    shown.map((p) => `${p.path === "" ? "/" : p.path}: ${p.message[lang]}`).join("; ") +
    (more > 0 ? (lang === "vi" ? ` (và ${more} lỗi khác)` : ` (and ${more} more)`) : "")
  )
}
