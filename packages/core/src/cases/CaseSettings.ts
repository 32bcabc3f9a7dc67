/**
 * Case and ledger settings as a user writes them (thiết lập việc thi hành án
 * và sổ thụ lý): the values of the rules on enforcement cases that the law
 * read does not give [U] — the 2025 Law's thời hiệu and re-verification
 * intervals, the verifications NĐ 152/2026 Điều 22 needs, the posting period
 * from 1/7/2026, the notice to the creditor, the age bands of the ledger's
 * extra lines and the Chỉ thị 09 §2.4 / §2.5 age thresholds. Its Schema is
 * the one definition of a valid document and the source of
 * docs/case-settings.schema.json; {@link decode} reports every problem at its
 * JSON Pointer in Vietnamese and English (json/SchemaProblems) and gives the
 * typed settings each module takes: `Classify.Settings` (also taken by
 * `CaseTimeLimits.check`, `CaseCheck.findings` and `Aggregate`),
 * `CaseDuties.Settings`, `Aggregate.Options.ageEdgesMonths` and
 * `LedgerChecks.Thresholds`.
 *
 * Every value stands in for a text that was not read, so a result resting on
 * one is `assumed` and names its setting, whatever the value. The values the
 * law read does give (the 2008 Law's 5 years, 6 / 12 months; NĐ 62's 3 months
 * of posting) are not settings: they apply until 30/6/2026 whatever the
 * document says. Every key is optional (absent: its default); unknown keys
 * are refused; at most {@link MAX_AGE_EDGES} age edges (a longer list is one
 * problem, its items are not read).
 *
 * @since 0.4.0
 */
import * as EffectResult from "effect/Result"
import * as Schema from "effect/Schema"
import type * as SchemaIssue from "effect/SchemaIssue"
import * as Json from "../json/Json.js"
import * as JsonSchema from "../json/JsonSchema.js"
import * as SchemaProblems from "../json/SchemaProblems.js"
import * as Aggregate from "./Aggregate.js"
import * as Classify from "./Classify.js"
import * as CaseDuties from "./Duties.js"
import type * as LedgerChecks from "./LedgerChecks.js"

/**
 * The most age edges a document may give.
 *
 * @example
 * ```ts
 * CaseSettings.MAX_AGE_EDGES // 20
 * ```
 * @since 0.4.0
 */
export const MAX_AGE_EDGES = 20

/**
 * The longest description, in characters.
 *
 * @example
 * ```ts
 * CaseSettings.MAX_TEXT // 300
 * ```
 * @since 0.4.0
 */
export const MAX_TEXT = 300

/**
 * The codes of the problems of a case settings document.
 *
 * @example
 * ```ts
 * const code: CaseSettings.ProblemCode = "out-of-range"
 * ```
 * @since 0.4.0
 */
export type ProblemCode =
  | Json.ParseProblem["code"]
  | SchemaProblems.StructureCode
  | "out-of-range"
  | "not-increasing"
  | "too-many"

/**
 * A problem of a case settings document, at its JSON Pointer, in vi and en.
 *
 * @example
 * ```ts
 * const p: CaseSettings.Problem = { path: "/limitationYears", code: "out-of-range", message: { vi: "…", en: "…" } }
 * ```
 * @since 0.4.0
 */
export type Problem = Json.Problem<ProblemCode>

type Says = SchemaProblems.Says<ProblemCode>
const { PROBLEM, VALUE } = SchemaProblems
const says = (code: ProblemCode, vi: string, en: string): Says => SchemaProblems.says(code, vi, en)

const tooLong = says("out-of-range", `dài quá ${MAX_TEXT} ký tự`, `longer than ${MAX_TEXT} characters`)
const ShortString = Schema.String.check(Schema.isMaxLength(MAX_TEXT, { [PROBLEM]: tooLong })).annotate({
  [VALUE]: says(
    "wrong-type",
    `phải là chuỗi (tối đa ${MAX_TEXT} ký tự)`,
    `must be a string (at most ${MAX_TEXT} characters)`
  )
})

/** A whole number from `min` to `max`, with its unit in the problem. */
const whole = (min: number, max: number, unit: { readonly vi: string; readonly en: string }, description: string) =>
  Schema.Int.check(Schema.isBetween({ minimum: min, maximum: max })).annotate({
    description,
    [VALUE]: says(
      "out-of-range",
      `phải là số nguyên từ ${min} đến ${max} (${unit.vi})`,
      `must be a whole number from ${min} to ${max} (${unit.en})`
    )
  })

const years = { vi: "năm", en: "years" }
const months = { vi: "tháng", en: "months" }
const days = { vi: "ngày", en: "days" }

/** The long re-verification interval is not shorter than the usual one. */
const longNotShorter = Schema.makeFilter<{
  readonly reverificationMonths?: number
  readonly reverificationMonthsLong?: number
}>(
  (x) => {
    const short = x.reverificationMonths ?? Classify.defaultSettings.reverificationMonths
    const long = x.reverificationMonthsLong ?? Classify.defaultSettings.reverificationMonthsLong
    return long >= short
      ? undefined
      : { path: ["reverificationMonthsLong"], issue: "shorter than reverificationMonths" }
  },
  {
    expected: "reverificationMonthsLong not shorter than reverificationMonths",
    [PROBLEM]: says(
      "out-of-range",
      "không được ngắn hơn reverificationMonths (khoảng dài dành cho người còn ≥ 2 năm tù hoặc không rõ địa chỉ)",
      "must not be shorter than reverificationMonths (the long interval is for ≥ 2 years of prison left or an unknown address)"
    )
  }
)

/** Age edges strictly increasing: a problem at each edge not above the one before. */
const increasing = Schema.makeFilter<ReadonlyArray<number>>(
  (items) => {
    const out: Array<Schema.FilterIssue> = []
    for (let i = 1; i < items.length; i++)
      if (items[i]! <= items[i - 1]!) out.push({ path: [i], issue: "not increasing" })
    return out
  },
  {
    expected: "strictly increasing",
    [PROBLEM]: ((v) => ({
      code: "not-increasing",
      vi: `mốc ${JSON.stringify(v)} phải lớn hơn mốc trước`,
      en: `edge ${JSON.stringify(v)} must be greater than the one before`
    })) satisfies Says
  }
)

/**
 * Schema of a case settings document (the JSON form; every key optional,
 * what is absent keeps its default; unknown keys refused: decode with
 * `onExcessProperty: "error"`, as its JSON Schema's `additionalProperties:
 * false` says). Each key's description gives its default, its unit and why
 * it is a setting.
 *
 * @example
 * ```ts
 * import * as Schema from "effect/Schema"
 * Schema.decodeUnknownSync(CaseSettings.SettingsSchema)({ limitationYears: 3 }).limitationYears // 3
 * Schema.is(CaseSettings.SettingsSchema)({ ageEdgesMonths: [12, 6] }) // false
 * ```
 * @since 0.4.0
 */
export const SettingsSchema = Schema.Struct({
  $schema: Schema.optionalKey(ShortString),
  description: Schema.optionalKey(ShortString),
  limitationYears: Schema.optionalKey(
    whole(
      1,
      30,
      years,
      "Thời hiệu (limitation) of a request from 1/7/2026, in years; default 5. Assumed: Luật 106/2025 Điều 34 (located through NĐ 152/2026) was not read, the 5 years of Luật THADS 2008 Điều 30 k1 are reused. A request until 30/6/2026 has the 2008 Law's 5 years whatever this says"
    )
  ),
  reverificationMonths: Schema.optionalKey(
    whole(
      1,
      60,
      months,
      "Re-verification interval of a case chưa có điều kiện after a verification from 1/7/2026, in months; default 6. Assumed: Luật 2025 Điều 38 k3 was not read, the 6 months of Luật 2008 Điều 44 k2 are reused (6 before 1/7/2026 whatever this says)"
    )
  ),
  reverificationMonthsLong: Schema.optionalKey(
    whole(
      1,
      60,
      months,
      "The same when ≥ 2 years of prison remain or the address is unknown, in months; default 12 (Luật 2008 Điều 44 k2 reused; 12 before 1/7/2026). Not shorter than reverificationMonths"
    )
  ),
  newRuleVerifications: Schema.optionalKey(
    whole(
      1,
      10,
      { vi: "lần xác minh", en: "verifications" },
      "Verifications after the decision chưa có điều kiện before the separate book / the request sent back under NĐ 152/2026 Điều 22 (from 1/7/2026); default 2. Assumed: Điều 22 refers to Luật 2025 Điều 38 k3 without a number; NĐ 62/2015 Điều 9 k5's 2 are used"
    )
  ),
  creditorNoticeWorkingDays: Schema.optionalKey(
    whole(
      1,
      60,
      { vi: "ngày làm việc", en: "working days" },
      "Time limit to notify the creditor after the second verification still chưa có điều kiện, in working days; default 3. Assumed at every date: Luật 2008 Điều 44 k2 sets no time limit; 3 working days as Điều 39 k2 gives for notices"
    )
  ),
  postingMonths: Schema.optionalKey(
    whole(
      1,
      24,
      months,
      "Posting period at the commune (niêm yết) of a decision chưa có điều kiện from 1/7/2026, in months; default 3. Assumed: NĐ 152/2026 Điều 23 names no period; NĐ 62/2015 Điều 11 k1's 3 months are reused (3 before 1/7/2026 whatever this says)"
    )
  ),
  ageEdgesMonths: Schema.optionalKey(
    Schema.Array(whole(1, 1200, months, "An edge, in months"))
      .annotate({
        description: `Edges of the age bands of the enforceable cases carried forward (ledger report, Chỉ thị 09 §2.4 "protracted"), in months since the decision, increasing, 1 to ${MAX_AGE_EDGES}; default [6, 12, 24, 60]. Assumed: "long-running" has no official definition; display only`
      })
      .check(
        Schema.isMinLength(1, { [PROBLEM]: says("out-of-range", "cần ít nhất một mốc", "needs at least one edge") }),
        Schema.isMaxLength(MAX_AGE_EDGES, { [PROBLEM]: SchemaProblems.tooMany(MAX_AGE_EDGES, true) }),
        increasing
      )
  ),
  auctionHandoverMaxDays: Schema.optionalKey(
    whole(
      1,
      3650,
      days,
      "Chỉ thị 09 §2.4: the oldest an asset sold at auction may be without being handed over to the buyer, in days from the sale (ledger report); no default: the directive sets none and no legal time limit was read, so without it the check is not run"
    )
  ),
  compensationMaxDays: Schema.optionalKey(
    whole(
      1,
      3650,
      days,
      "Chỉ thị 09 §2.5: the oldest a state-compensation claim may be while open, in days from the claim (ledger report); no default: the directive sets none, so without it the check is not run"
    )
  )
})
  .annotate({
    title: "thads case settings",
    description:
      "Thiết lập việc thi hành án và sổ thụ lý: các giá trị pháp luật đã đọc không quy định (the values of the case and ledger rules that the law read does not give; each is assumed)"
  })
  .check(longNotShorter)

/**
 * A case settings document (the JSON form).
 *
 * @example
 * ```ts
 * const doc: CaseSettings.Document = { limitationYears: 5, ageEdgesMonths: [3, 9] }
 * ```
 * @since 0.4.0
 */
export type Document = Schema.Schema.Type<typeof SettingsSchema>

/**
 * The JSON Schema of a case settings document (docs/case-settings.schema.json).
 *
 * @example
 * ```ts
 * CaseSettings.jsonSchema().title // "thads case settings"
 * ```
 * @since 0.4.0
 */
export const jsonSchema = (): Record<string, unknown> => JsonSchema.of(SettingsSchema)

/**
 * What {@link decode} gives: the typed settings of each module, and the
 * complete document in force (defaults filled in), to show.
 *
 * @example
 * ```ts
 * const d: CaseSettings.Decoded = CaseSettings.defaults
 * d.classify.limitationYears // 5
 * ```
 * @since 0.4.0
 */
export interface Decoded {
  /** For `Classify.classify`, `CaseTimeLimits.check`, `CaseCheck.findings`, `Aggregate.aggregate` (`settings`). */
  readonly classify: Classify.Settings
  /** For `CaseDuties.check` (and `CaseCheck.findings`). */
  readonly duties: CaseDuties.Settings
  /** For `Aggregate.aggregate` (`ageEdgesMonths`). */
  readonly ageEdgesMonths: ReadonlyArray<number>
  /** For `LedgerChecks.run`. */
  readonly thresholds: LedgerChecks.Thresholds
  readonly document: Document
}

const build = (doc: Document): Decoded => {
  const d = Classify.defaultSettings
  const classify: Classify.Settings = {
    ...d,
    limitationYears: doc.limitationYears ?? d.limitationYears,
    reverificationMonths: doc.reverificationMonths ?? d.reverificationMonths,
    reverificationMonthsLong: doc.reverificationMonthsLong ?? d.reverificationMonthsLong,
    newRuleVerifications: doc.newRuleVerifications ?? d.newRuleVerifications,
    creditorNoticeWorkingDays: doc.creditorNoticeWorkingDays ?? d.creditorNoticeWorkingDays
  }
  const duties: CaseDuties.Settings = { postingMonths: doc.postingMonths ?? CaseDuties.defaultSettings.postingMonths }
  const ageEdgesMonths = doc.ageEdgesMonths ?? Aggregate.defaultAgeEdgesMonths
  const thresholds: LedgerChecks.Thresholds = {
    ...(doc.auctionHandoverMaxDays === undefined ? {} : { auctionHandoverMaxDays: doc.auctionHandoverMaxDays }),
    ...(doc.compensationMaxDays === undefined ? {} : { compensationMaxDays: doc.compensationMaxDays })
  }
  return {
    classify,
    duties,
    ageEdgesMonths,
    thresholds,
    document: {
      ...(doc.description === undefined ? {} : { description: doc.description }),
      limitationYears: classify.limitationYears,
      reverificationMonths: classify.reverificationMonths,
      reverificationMonthsLong: classify.reverificationMonthsLong,
      newRuleVerifications: classify.newRuleVerifications,
      creditorNoticeWorkingDays: classify.creditorNoticeWorkingDays,
      postingMonths: duties.postingMonths,
      ageEdgesMonths,
      ...thresholds
    }
  }
}

/**
 * The settings in force when no document is given: the defaults (the
 * library's `Classify.defaultSettings`, `CaseDuties.defaultSettings`,
 * `Aggregate.defaultAgeEdgesMonths`; no §2.4 / §2.5 threshold).
 *
 * @example
 * ```ts
 * CaseSettings.defaults.document // { limitationYears: 5, reverificationMonths: 6, reverificationMonthsLong: 12, newRuleVerifications: 2, creditorNoticeWorkingDays: 3, postingMonths: 3, ageEdgesMonths: [6, 12, 24, 60] }
 * CaseSettings.defaults.classify === Classify.defaultSettings // false: a copy with the same values
 * CaseSettings.defaults.thresholds // {}
 * ```
 * @since 0.4.0
 */
export const defaults: Decoded = build({})

const schemaDecoder = Schema.decodeUnknownResult(SettingsSchema)

/** The problems of a Schema issue of a document, each at its JSON Pointer (json/SchemaProblems). */
const shapeProblems = (u: unknown, root: SchemaIssue.Issue): Array<Problem> =>
  SchemaProblems.problems<ProblemCode>(u, root)

/**
 * Decodes a case settings document with {@link SettingsSchema} (unknown keys
 * refused), collecting every problem at its JSON Pointer in Vietnamese and
 * English: whole numbers within their bounds (with their unit), the long
 * re-verification interval not shorter than the usual one, age edges
 * increasing (at most {@link MAX_AGE_EDGES}: a longer list is one problem,
 * its items are not read). Gives the typed settings of each module.
 *
 * @example
 * ```ts
 * const ok = CaseSettings.decode({ limitationYears: 4, ageEdgesMonths: [3, 9] })
 * ok // { _tag: "Success", success: { classify: { limitationYears: 4, reverificationMonths: 6 }, ageEdgesMonths: [3, 9] } }
 * const bad = CaseSettings.decode({ limitationYears: 0, ageEdgesMonths: [9, 3], postingMonth: 3 })
 * bad // { _tag: "Failure", failure: [{ path: "/postingMonth", code: "unexpected-key" }, { path: "/limitationYears", code: "out-of-range" }, { path: "/ageEdgesMonths/1", code: "not-increasing" }] }
 * CaseSettings.decode([1]) // { _tag: "Failure", failure: [{ path: "", code: "wrong-type" }] }
 * ```
 * @since 0.4.0
 */
export const decode = (u: unknown): EffectResult.Result<Decoded, ReadonlyArray<Problem>> => {
  if (!SchemaProblems.isObject(u))
    return EffectResult.fail([
      { path: "", code: "wrong-type", message: { vi: "phải là một đối tượng JSON", en: "must be a JSON object" } }
    ])
  const edges = u["ageEdgesMonths"]
  const tooMany: Array<Problem> = []
  let rest: Record<string, unknown> = u
  if (Array.isArray(edges) && edges.length > MAX_AGE_EDGES) {
    const p = SchemaProblems.tooMany(MAX_AGE_EDGES, false)(edges)
    tooMany.push({ path: "/ageEdgesMonths", code: p.code, message: { vi: p.vi, en: p.en } })
    rest = { ...u }
    delete rest["ageEdgesMonths"]
  }
  const r = schemaDecoder(rest, { errors: "all", onExcessProperty: "error" })
  if (r._tag === "Failure" || tooMany.length > 0)
    return EffectResult.fail([...(r._tag === "Failure" ? shapeProblems(rest, r.failure.issue) : []), ...tooMany])
  return EffectResult.succeed(build(r.success))
}

/**
 * Decodes case settings from JSON text ({@link decode}; a leading
 * byte-order mark is allowed, a repeated key is a problem at its pointer).
 *
 * @example
 * ```ts
 * CaseSettings.decodeJson('{"newRuleVerifications":3}')._tag // "Success"
 * CaseSettings.decodeJson('{"postingMonths":3,"postingMonths":4}') // { _tag: "Failure", failure: [{ path: "/postingMonths", code: "duplicate-key" }] }
 * CaseSettings.decodeJson("{") // { _tag: "Failure", failure: [{ code: "not-json" }] }
 * ```
 * @since 0.4.0
 */
export const decodeJson = (text: string): EffectResult.Result<Decoded, ReadonlyArray<Problem>> => {
  const parsed = Json.parse(text)
  return parsed._tag === "NotJson" ? EffectResult.fail(parsed.problems) : decode(parsed.value)
}

/**
 * The first problems on one line, each at its pointer ("/" for the whole
 * document), with how many more there are.
 *
 * @example
 * ```ts
 * const r = CaseSettings.decode({ postingMonths: 0 })
 * CaseSettings.summary(r._tag === "Failure" ? r.failure : [], "en") // "/postingMonths: must be a whole number from 1 to 24 (months)"
 * ```
 * @since 0.4.0
 */
export const summary = (problems: ReadonlyArray<Problem>, lang: "vi" | "en", max = 3): string =>
  SchemaProblems.summary(problems, lang, max)
