/**
 * A rule-set document (tệp bộ quy tắc): the JSON file in which a user sets
 * what checks, deadlines and calendars are computed with — the end of a
 * reporting regime (`regimeEnd`), the rest-day reading of TT 01/2013
 * (`rollForward`), the culture day 24/11 (`cultureDay`,
 * `cultureDayCompensated`), holiday overrides, deadline rules, targets, the
 * identities' settings and the rules switched off or re-parameterised. Every
 * key is optional; what is absent keeps the standard rule set's value
 * ({@link RuleSet.standard}), so a document holds only what its user sets,
 * and a rule set with none of the new keys has the standard hash.
 *
 * Its Schema ({@link DocumentSchema}, the source of docs/ruleset.schema.json)
 * is made of the rule set's own fields (`RuleSet.settingFields`), each
 * constraint with its problem as an annotation, which {@link decode} maps
 * to JSON Pointers (json/SchemaProblems) in Vietnamese and English. A value
 * set here is a documented setting of its user: it enters the rule set's
 * hash, and a result names the rule set it was computed with.
 *
 * @since 0.5.0
 */
import * as EffectResult from "effect/Result"
import * as Schema from "effect/Schema"
import * as Json from "../json/Json.js"
import * as SchemaProblems from "../json/SchemaProblems.js"
import * as RuleSet from "./RuleSet.js"
import * as JsonSchema from "../json/JsonSchema.js"

/**
 * The codes of the problems of a rule-set document.
 *
 * @example
 * ```ts
 * const code: RuleSetDocument.ProblemCode = "unknown-rule"
 * ```
 * @since 0.5.0
 */
export type ProblemCode =
  | Json.ParseProblem["code"]
  | SchemaProblems.StructureCode
  | "bad-date"
  | "out-of-range"
  | "too-many"
  | "not-allowed"
  | "unknown-rule"

/**
 * A problem of a rule-set document, at its JSON Pointer, in vi and en.
 *
 * @example
 * ```ts
 * const p: RuleSetDocument.Problem = { path: "/regimeEnd/tt05-2024", code: "bad-date", message: { vi: "…", en: "…" } }
 * ```
 * @since 0.5.0
 */
export type Problem = Json.Problem<ProblemCode>

const MAX_TEXT = 300
const ShortString = Schema.String.check(
  Schema.isMaxLength(MAX_TEXT, {
    [SchemaProblems.PROBLEM]: SchemaProblems.says(
      "out-of-range",
      `dài quá ${MAX_TEXT} ký tự`,
      `longer than ${MAX_TEXT} characters`
    )
  })
).annotate({
  [SchemaProblems.VALUE]: SchemaProblems.says(
    "wrong-type",
    `phải là chuỗi (tối đa ${MAX_TEXT} ký tự)`,
    `must be a string (at most ${MAX_TEXT} characters)`
  )
})
const f = RuleSet.settingFields

/**
 * Schema of a rule-set document: the one definition of a valid document,
 * which {@link decode} decodes with (unknown keys refused, as its JSON
 * Schema's `additionalProperties: false` says). Every key is optional.
 *
 * @example
 * ```ts
 * import * as Schema from "effect/Schema"
 * const doc = Schema.decodeUnknownSync(RuleSetDocument.DocumentSchema)({ regimeEnd: { "tt05-2024": "2026-06-30" }, cultureDay: true })
 * doc.regimeEnd?.["tt05-2024"] // "2026-06-30"
 * Schema.is(RuleSetDocument.DocumentSchema)({ regimeEnd: { "tt05-2024": "2024-01-01" } }) // false
 * ```
 * @since 0.5.0
 */
export const DocumentSchema = Schema.Struct({
  $schema: Schema.optionalKey(ShortString),
  description: Schema.optionalKey(ShortString),
  regimeEnd: f.regimeEnd,
  rollForward: f.rollForward,
  cultureDay: f.cultureDay,
  cultureDayCompensated: f.cultureDayCompensated,
  holidayOverrides: Schema.optionalKey(f.holidayOverrides),
  deadlines: Schema.optionalKey(f.deadlines),
  targets: Schema.optionalKey(f.targets),
  identities: Schema.optionalKey(f.identities),
  rules: f.rules
}).annotate({
  title: "thads rule set",
  description:
    "Bộ quy tắc: các thiết lập mà kiểm tra, thời hạn và lịch làm việc được tính theo (the settings checks, deadlines and working calendars are computed with); every key optional, what is absent keeps the standard rule set's value"
})

/**
 * A rule-set document (the JSON form).
 *
 * @example
 * ```ts
 * const doc: RuleSetDocument.Document = { cultureDay: true, rollForward: false }
 * ```
 * @since 0.5.0
 */
export type Document = Schema.Schema.Type<typeof DocumentSchema>

/**
 * The JSON Schema of a rule-set document (docs/ruleset.schema.json).
 *
 * @example
 * ```ts
 * RuleSetDocument.jsonSchema().title // "thads rule set"
 * ```
 * @since 0.5.0
 */
export const jsonSchema = (): Record<string, unknown> => JsonSchema.of(DocumentSchema)

/**
 * What {@link decode} gives: the rule set (the document's keys over the
 * standard rule set's) and the document.
 *
 * @example
 * ```ts
 * const r = RuleSetDocument.decode({ cultureDay: true })
 * const decoded = r._tag === "Success" ? r.success : undefined
 * decoded?.ruleSet.cultureDay // true
 * decoded?.ruleSet.targets === RuleSet.standard.targets // true
 * ```
 * @since 0.5.0
 */
export interface Decoded {
  readonly ruleSet: RuleSet.RuleSet
  readonly document: Document
}

/** The lists with a bound: a longer one is one problem, and the document without it (its items are not read). */
const bounded = { holidayOverrides: RuleSet.MAX_OVERRIDES, targets: RuleSet.MAX_TARGETS } as const
const bounds = (u: Record<string, unknown>): { readonly problems: Array<Problem>; readonly rest: unknown } => {
  const problems: Array<Problem> = []
  let rest: Record<string, unknown> = u
  for (const key of Object.keys(bounded) as ReadonlyArray<keyof typeof bounded>) {
    const v = u[key]
    if (!Array.isArray(v) || v.length <= bounded[key]) continue
    const p = SchemaProblems.tooMany(bounded[key], false)(v)
    problems.push({ path: `/${key}`, code: p.code, message: { vi: p.vi, en: p.en } })
    const { [key]: _, ...others } = rest
    rest = others
  }
  return { problems, rest }
}

/**
 * Decodes a rule-set document with {@link DocumentSchema} (unknown keys
 * refused), collecting every problem at its JSON Pointer in Vietnamese and
 * English, and gives the rule set: the standard one with the document's
 * keys (a list given replaces the standard one's: `targets` replaces the
 * built-in targets).
 *
 * @example
 * ```ts
 * const ok = RuleSetDocument.decode({ regimeEnd: { "tt05-2024": "2026-06-30" }, cultureDay: true })
 * const ruleSet = ok._tag === "Success" ? ok.success.ruleSet : RuleSet.standard
 * RuleSet.describe(ruleSet).hash === RuleSet.standardHash // false
 * RuleSet.calendarOf(ruleSet).isWorkingDay(CivilDate.make("2026-11-24")) // false
 * RuleSetDocument.decode({}) // { _tag: "Success", success: { ruleSet: { version: "0.1.0", holidayOverrides: [] } } }
 * const bad = RuleSetDocument.decode({ regimeEnd: { "tt05-2024": "2026-02-30", "tt06-2019": "2024-07-25" }, cultureDay: "yes", rules: { "no/such": {} } })
 * bad // { _tag: "Failure", failure: [{ path: "/regimeEnd/tt06-2019", code: "unexpected-key" }, { path: "/regimeEnd/tt05-2024", code: "bad-date" }, { path: "/cultureDay", code: "wrong-type" }, { path: "/rules/no~1such", code: "unknown-rule" }] }
 * ```
 * @since 0.5.0
 */
export const decode = (u: unknown): EffectResult.Result<Decoded, ReadonlyArray<Problem>> => {
  if (!SchemaProblems.isObject(u))
    return EffectResult.fail([
      { path: "", code: "wrong-type", message: { vi: "phải là một đối tượng JSON", en: "must be a JSON object" } }
    ])
  const b = bounds(u)
  const r = SchemaProblems.decode<Document, ProblemCode>(DocumentSchema, b.rest)
  if (r._tag === "Failure" || b.problems.length > 0)
    return EffectResult.fail([...(r._tag === "Failure" ? r.failure : []), ...b.problems])
  const { $schema: _schema, description: _description, ...settings } = r.success
  const ruleSet: RuleSet.RuleSet = { ...RuleSet.standard, ...(settings as Partial<RuleSet.RuleSet>) }
  return EffectResult.succeed({ ruleSet, document: r.success })
}

/**
 * Decodes a rule-set document from JSON text ({@link decode}; a leading
 * byte-order mark is allowed, a repeated key is a problem at its pointer).
 *
 * @example
 * ```ts
 * RuleSetDocument.decodeJson('{"rollForward":false}')._tag // "Success"
 * RuleSetDocument.decodeJson('{"cultureDay":true,"cultureDay":false}') // { _tag: "Failure", failure: [{ path: "/cultureDay", code: "duplicate-key" }] }
 * ```
 * @since 0.5.0
 */
export const decodeJson = (text: string): EffectResult.Result<Decoded, ReadonlyArray<Problem>> => {
  const parsed = Json.parse(text)
  return parsed._tag === "NotJson" ? EffectResult.fail(parsed.problems) : decode(parsed.value)
}

/**
 * The first problems on one line, each at its pointer, with how many more
 * there are.
 *
 * @example
 * ```ts
 * const r = RuleSetDocument.decode({ rollForward: "no" })
 * RuleSetDocument.summary(r._tag === "Failure" ? r.failure : [], "en") // "/rollForward: must be true or false"
 * ```
 * @since 0.5.0
 */
export const summary = (problems: ReadonlyArray<Problem>, lang: "vi" | "en", max = 3): string =>
  SchemaProblems.summary(problems, lang, max)
