/**
 * Obligation settings as a user writes them (thiết lập nghĩa vụ): the JSON
 * form of what an organisation may set of {@link Obligation.Settings} — what
 * a "quarter" of Chỉ thị 09 §1.3 means, the due rules of hearings and
 * steering reports, the §8.1 interim and final reviews (sơ kết, tổng kết),
 * ad-hoc requests (đột xuất), the kinds generated — its Schema (the source of
 * docs/obligations.schema.json and the one definition of a valid document),
 * and a decoder that decodes with that Schema, reports every problem at its
 * JSON Pointer in Vietnamese and English, and gives the settings merged over
 * `Obligation.defaultSettings`.
 *
 * The Schema holds every rule of one document: the keys, real dates (with
 * `CivilDate.CivilDateSchema`), `start` not after `due`, ids unique and of
 * letters, digits, ".", "_", "-", texts not blank, actors A01…A16 of the
 * directive, the bounds. Each of its constraints carries its problem (code
 * and vi/en message) as an annotation, read when an issue is turned into a
 * problem. What the Schema cannot know is a second step: a party named by
 * unit id (`unitId`) must be a unit of the organisation on the due date;
 * names come from the organisation and from `Directive09.actors`.
 *
 * Input is bounded: at most {@link MAX_REVIEWS} reviews and
 * {@link MAX_AD_HOC} ad-hoc requests (a longer list is one problem, its
 * items are not read). Obligations generated from a user setting carry
 * `basis: "assumed"` and name the setting (`Obligation.settings`).
 *
 * Deadline rules and holiday overrides are not settings of this document:
 * they are the rule set's (`RuleSet.deadlines`, `RuleSet.holidayOverrides`),
 * which a check uses for the report and its obligations alike.
 *
 * @since 0.3.0
 */
import * as EffectResult from "effect/Result"
import * as Schema from "effect/Schema"
import type * as SchemaIssue from "effect/SchemaIssue"
import * as CivilDate from "../base/CivilDate.js"
import * as Json from "../json/Json.js"
import * as SchemaProblems from "../json/SchemaProblems.js"
import * as Organization from "../organization/Organization.js"
import * as OrgUnit from "../organization/OrgUnit.js"
import * as Directive09 from "./Directive09.js"
import * as Obligation from "./Obligation.js"
import * as JsonSchema from "../json/JsonSchema.js"

/**
 * The most §8.1 reviews a settings document may schedule.
 *
 * @example
 * ```ts
 * ObligationSettings.MAX_REVIEWS // 100
 * ```
 * @since 0.3.0
 */
export const MAX_REVIEWS = 100

/**
 * The most ad-hoc requests a settings document may list.
 *
 * @example
 * ```ts
 * ObligationSettings.MAX_AD_HOC // 1000
 * ```
 * @since 0.3.0
 */
export const MAX_AD_HOC = 1000

/**
 * The longest title (each language) and description, in characters.
 *
 * @example
 * ```ts
 * ObligationSettings.MAX_TEXT // 300
 * ```
 * @since 0.3.0
 */
export const MAX_TEXT = 300

/**
 * The most working days a due rule may count after the period's end.
 *
 * @example
 * ```ts
 * ObligationSettings.MAX_DAYS // 60
 * ```
 * @since 0.3.0
 */
export const MAX_DAYS = 60

/**
 * The codes of the problems of a settings document.
 *
 * @example
 * ```ts
 * const code: ObligationSettings.ProblemCode = "unknown-actor"
 * ```
 * @since 0.3.0
 */
export type ProblemCode =
  | Json.ParseProblem["code"]
  | "wrong-type"
  | "missing"
  | "unexpected-key"
  | "not-allowed"
  | "bad-date"
  | "bad-format"
  | "out-of-range"
  | "too-many"
  | "duplicate"
  | "unknown-unit"
  | "unknown-actor"

/**
 * A problem of a settings document, at its JSON Pointer, in vi and en.
 *
 * @example
 * ```ts
 * const p: ObligationSettings.Problem = { path: "/quarters", code: "not-allowed", message: { vi: "…", en: "…" } }
 * ```
 * @since 0.3.0
 */
export type Problem = Json.Problem<ProblemCode>

// What a constraint of the Schema says when it fails (its problem's code and vi/en message): under PROBLEM, on a
// filter; under VALUE, on a value's Schema (json/SchemaProblems).
type Says = SchemaProblems.Says<ProblemCode>
const PROBLEM = SchemaProblems.PROBLEM
const VALUE = SchemaProblems.VALUE
const says = (code: ProblemCode, vi: string, en: string): Says => SchemaProblems.says(code, vi, en)

const idPattern = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/u
// Plain literals (not `Obligation.Kind`): the Schema's type is then nameable wherever it is used (the service's
// contract embeds it, naming the document's type: `Views.ObligationSettingsDocument`).
const kinds = Obligation.kinds
const actorIds = Directive09.actors.map((a) => a.id)
const actorName = new Map(Directive09.actors.map((a) => [a.id, a.name]))

const tooLong = says("out-of-range", `dài quá ${MAX_TEXT} ký tự`, `longer than ${MAX_TEXT} characters`)
const blank = says("wrong-type", "phải là chuỗi không rỗng", "must be a non-empty string")
const badId = says(
  "bad-format",
  'mã phải gồm chữ cái, chữ số, ".", "_", "-" (tối đa 64, bắt đầu bằng chữ cái hoặc chữ số)',
  "an id is letters, digits, '.', '_', '-' (at most 64, starting with a letter or digit)"
)
const badDate = SchemaProblems.badDate
const tooMany = SchemaProblems.tooMany

const Text = Schema.String.check(
  Schema.isPattern(/\S/u, { [PROBLEM]: blank }),
  Schema.isMaxLength(MAX_TEXT, { [PROBLEM]: tooLong })
).annotate({ [VALUE]: blank })
const TextSchema = Schema.Struct({ vi: Text, en: Text })
const ShortString = Schema.String.check(Schema.isMaxLength(MAX_TEXT, { [PROBLEM]: tooLong })).annotate({
  [VALUE]: says(
    "wrong-type",
    `phải là chuỗi (tối đa ${MAX_TEXT} ký tự)`,
    `must be a string (at most ${MAX_TEXT} characters)`
  )
})
const IdSchema = Schema.String.check(Schema.isPattern(idPattern, { title: "Id" })).annotate({
  description: "Letters, digits, '.', '_', '-' (at most 64, starting with a letter or digit)",
  [VALUE]: badId
})
const DateSchema = CivilDate.CivilDateSchema.annotate({ [VALUE]: badDate })
const DueRuleSchema = Schema.Union([
  Schema.Struct({ kind: Schema.Literal("end-of-next-month") }),
  Schema.Struct({
    kind: Schema.Literal("working-days-after-period-end"),
    days: Schema.Int.check(Schema.isBetween({ minimum: 0, maximum: MAX_DAYS })).annotate({
      [VALUE]: says(
        "out-of-range",
        `phải là số nguyên từ 0 đến ${MAX_DAYS}`,
        `must be a whole number from 0 to ${MAX_DAYS}`
      )
    })
  })
]).annotate({ description: "When the obligation falls due after its period ends" })
const PartySchema = Schema.Union([
  Schema.Struct({
    unitId: Schema.String.check(Schema.isMinLength(1), Schema.isMaxLength(200)).annotate({
      [VALUE]: says(
        "bad-format",
        "mã đơn vị phải là chuỗi từ 1 đến 200 ký tự",
        "a unit id is a string of 1 to 200 characters"
      )
    })
  }),
  Schema.Struct({
    actorId: Schema.Literals(actorIds).annotate({
      [VALUE]: says(
        "unknown-actor",
        `không có chủ thể này trong Chỉ thị 09-CT/TU (có: ${actorIds[0]}…${actorIds.at(-1)})`,
        `no such actor in Directive 09-CT/TU (known: ${actorIds[0]}…${actorIds.at(-1)})`
      )
    })
  })
]).annotate({ description: "A unit of the organisation (unitId) or an actor of Chỉ thị 09-CT/TU (actorId A01…A16)" })

/** Items with unique ids: each repeat is a problem at its `id`. */
const uniqueIds = Schema.makeFilter<ReadonlyArray<{ readonly id: string }>>(
  (items) => {
    const seen = new Set<string>()
    const repeats: Array<Schema.FilterIssue> = []
    for (let i = 0; i < items.length; i++) {
      const id = items[i]!.id
      if (seen.has(id)) repeats.push({ path: [i, "id"], issue: "repeated" })
      else seen.add(id)
    }
    return repeats
  },
  {
    expected: "items with unique ids",
    [PROBLEM]: ((id) => ({ code: "duplicate", vi: `mã "${id}" bị lặp`, en: `id "${id}" is repeated` })) satisfies Says
  }
)
/** `start`, when given, not after `due`. */
const startNotAfterDue = Schema.makeFilter<{ readonly due: string; readonly start?: string }>(
  (x) => (x.start === undefined || x.start <= x.due ? undefined : { path: ["start"], issue: "after due" }),
  {
    expected: "start not after due",
    [PROBLEM]: says("out-of-range", "không được sau ngày đến hạn (due)", "must not be after the due date")
  }
)
/** Kinds listed once each (`uniqueItems`). */
const uniqueKinds = Schema.makeFilter<ReadonlyArray<string>>(
  (items) => {
    const seen = new Set<string>()
    const repeats: Array<Schema.FilterIssue> = []
    for (let i = 0; i < items.length; i++) {
      if (seen.has(items[i]!)) repeats.push({ path: [i], issue: "repeated" })
      else seen.add(items[i]!)
    }
    return repeats
  },
  {
    expected: "kinds listed once each",
    toJsonSchema: () => ({ uniqueItems: true }),
    [PROBLEM]: ((kind) => ({
      code: "duplicate",
      vi: `loại "${kind}" bị lặp`,
      en: `kind "${kind}" is repeated`
    })) satisfies Says
  }
)

/**
 * Schema of a settings document (the JSON form; every key optional, what is
 * absent keeps its default): the one definition of a valid document, which
 * {@link decode} decodes with (unknown keys refused: decode with
 * `onExcessProperty: "error"`, as its JSON Schema's `additionalProperties:
 * false` says). Dates are civil dates `YYYY-MM-DD`, texts are `{ vi, en }`,
 * not blank. That a `unitId` names a unit of the organisation on the due
 * date is checked by {@link decode}, not here.
 *
 * @example
 * ```ts
 * import * as Schema from "effect/Schema"
 * const doc = Schema.decodeUnknownSync(ObligationSettings.SettingsSchema)({ quarters: "calendar" })
 * doc.quarters // "calendar"
 * Schema.is(ObligationSettings.SettingsSchema)({ reviews: [{ id: "a", title: { vi: " ", en: "x" }, due: "2023-08-31" }] }) // false
 * ```
 * @since 0.3.0
 */
export const SettingsSchema = Schema.Struct({
  $schema: Schema.optionalKey(ShortString),
  description: Schema.optionalKey(ShortString),
  quarters: Schema.optionalKey(Schema.Literals(["statistical", "calendar"])).annotate({
    description:
      'What a "quarter" of Chỉ thị 09 §1.3 means: quarters of the statistical year from 1/10 (default) or calendar quarters'
  }),
  hearingDue: Schema.optionalKey(DueRuleSchema),
  steeringDue: Schema.optionalKey(DueRuleSchema),
  reviews: Schema.optionalKey(
    Schema.Array(
      Schema.Struct({
        id: IdSchema,
        title: TextSchema,
        due: DateSchema,
        start: Schema.optionalKey(DateSchema)
      }).check(startNotAfterDue)
    )
      .annotate({
        description:
          "Chỉ thị 09 §8.1 interim and final reviews (A14 → A01); the directive gives no dates. Ids are unique; start is not after due"
      })
      .check(Schema.isMaxLength(MAX_REVIEWS, { [PROBLEM]: tooMany(MAX_REVIEWS, true) }), uniqueIds)
  ),
  adHoc: Schema.optionalKey(
    Schema.Array(
      Schema.Struct({
        id: IdSchema,
        owner: PartySchema,
        recipient: PartySchema,
        due: DateSchema,
        title: TextSchema,
        start: Schema.optionalKey(DateSchema)
      }).check(startNotAfterDue)
    )
      .annotate({
        description:
          'Ad-hoc requests ("đột xuất", Chỉ thị 09 §1.3). Ids are unique; start is not after due; a unitId names a unit of the organisation on the due date'
      })
      .check(Schema.isMaxLength(MAX_AD_HOC, { [PROBLEM]: tooMany(MAX_AD_HOC, true) }), uniqueIds)
  ),
  kinds: Schema.optionalKey(
    Schema.Array(Schema.Literals(kinds)).check(
      Schema.isMinLength(1, { [PROBLEM]: says("out-of-range", "cần ít nhất một loại", "needs at least one kind") }),
      Schema.isMaxLength(kinds.length, { [PROBLEM]: tooMany(kinds.length, true) }),
      uniqueKinds
    )
  )
}).annotate({
  title: "thads obligation settings",
  description:
    "Thiết lập nghĩa vụ báo cáo theo Chỉ thị 09-CT/TU: quý, thời hạn, lịch sơ kết/tổng kết, yêu cầu đột xuất (what an organisation sets of its obligations)"
})

/**
 * A settings document (the JSON form).
 *
 * @example
 * ```ts
 * const doc: ObligationSettings.Document = { quarters: "calendar", reviews: [{ id: "so-ket", title: { vi: "Sơ kết", en: "Interim review" }, due: CivilDate.make("2023-08-31") }] }
 * ```
 * @since 0.3.0
 */
export type Document = Schema.Schema.Type<typeof SettingsSchema>

/**
 * The JSON Schema of a settings document (docs/obligations.schema.json).
 *
 * @example
 * ```ts
 * ObligationSettings.jsonSchema().title // "thads obligation settings"
 * ```
 * @since 0.3.0
 */
export const jsonSchema = (): Record<string, unknown> => JsonSchema.of(SettingsSchema)

/**
 * What {@link decode} gives: the settings to generate obligations with
 * (merged over `Obligation.defaultSettings`), and the complete document in
 * force (defaults filled in), to show.
 *
 * @example
 * ```ts
 * const r = ObligationSettings.decode({ quarters: "calendar" })
 * r // { _tag: "Success", success: { settings: { quarters: "calendar" }, document: { hearingDue: { kind: "end-of-next-month" } } } }
 * ```
 * @since 0.3.0
 */
export interface Decoded {
  readonly settings: Obligation.Settings
  readonly document: Document
}

/**
 * The document in force when no settings are given: the defaults.
 *
 * @example
 * ```ts
 * ObligationSettings.defaults.quarters // "statistical"
 * ObligationSettings.defaults.reviews // []
 * ```
 * @since 0.3.0
 */
export const defaults: Document = {
  quarters: Obligation.defaultSettings.quarters,
  hearingDue: Obligation.defaultSettings.hearingDue,
  steeringDue: Obligation.defaultSettings.steeringDue,
  reviews: [],
  adHoc: [],
  kinds: Obligation.defaultSettings.kinds
}

type PartyDocument = NonNullable<Document["adHoc"]>[number]["owner"]

const isObject = SchemaProblems.isObject

/** The problems of a Schema issue of a document, each at its JSON Pointer (json/SchemaProblems). */
const shapeProblems = (u: unknown, root: SchemaIssue.Issue): Array<Problem> =>
  SchemaProblems.problems<ProblemCode>(u, root)

const schemaDecoder = Schema.decodeUnknownResult(SettingsSchema)

/** The lists longer than their bound: one problem each, and the document without them (their items are not read). */
const bounds = (u: Record<string, unknown>): { readonly problems: Array<Problem>; readonly rest: unknown } => {
  const problems: Array<Problem> = []
  let rest: Record<string, unknown> = u
  for (const [key, max] of [
    ["reviews", MAX_REVIEWS],
    ["adHoc", MAX_AD_HOC],
    ["kinds", kinds.length]
  ] as const) {
    const v = u[key]
    if (Array.isArray(v) && v.length > max) {
      const p = tooMany(max, false)(v)
      problems.push({ path: `/${key}`, code: p.code, message: { vi: p.vi, en: p.en } })
      if (rest === u) rest = { ...u }
      delete rest[key]
    }
  }
  return { problems, rest }
}

/**
 * A party named by unit id must be a unit of the organisation that exists
 * on the due date (when the due date is a real date): the step after the
 * Schema. Read from the input, for the requests whose party has no problem
 * of its shape (`shaped`), so that a document with other problems has these
 * reported too.
 */
const unitProblems = (
  u: Record<string, unknown>,
  org: Organization.Organization,
  shaped: (pointer: string) => boolean
): Array<Problem> => {
  const out: Array<Problem> = []
  const list = u["adHoc"]
  if (!Array.isArray(list) || list.length > MAX_AD_HOC) return out
  for (let i = 0; i < list.length; i++) {
    const item = list[i]
    if (!isObject(item)) continue
    const rawDue = item["due"]
    const parsed = typeof rawDue === "string" ? CivilDate.parse(rawDue) : undefined
    const due = parsed === undefined || parsed instanceof CivilDate.InvalidDateError ? undefined : parsed
    for (const role of ["owner", "recipient"] as const) {
      const party = item[role]
      const path = `/adHoc/${i}/${role}`
      if (!isObject(party) || typeof party["unitId"] !== "string" || !shaped(path)) continue
      const unitId = party["unitId"]
      const unit = org.byId.get(unitId)
      if (unit === undefined)
        out.push({
          path: `${path}/unitId`,
          code: "unknown-unit",
          message: {
            vi: `không có đơn vị ${JSON.stringify(unitId.slice(0, 100))} trong tổ chức`,
            en: `no unit ${JSON.stringify(unitId.slice(0, 100))} in the organisation`
          }
        })
      else if (due !== undefined && !OrgUnit.existsOn(unit, due))
        out.push({
          path: `${path}/unitId`,
          code: "unknown-unit",
          message: {
            vi: `đơn vị "${unit.id}" không còn (hoặc chưa có) vào ngày đến hạn ${CivilDate.formatVi(due)}`,
            en: `unit "${unit.id}" does not exist on the due date ${due}`
          }
        })
    }
  }
  return out
}

const party = (p: PartyDocument, org: Organization.Organization): Obligation.Party =>
  "actorId" in p
    ? { actorId: p.actorId, name: actorName.get(p.actorId)! }
    : { unitId: p.unitId, name: org.byId.get(p.unitId)!.name }

/**
 * Decodes a settings document with {@link SettingsSchema} (unknown keys
 * refused), collecting every problem at its JSON Pointer — no key outside
 * the format, real dates (`start` not after `due`), ids unique and of
 * letters, digits, ".", "_", "-", texts not blank (at most {@link MAX_TEXT}
 * characters), actors A01…A16 of the directive — then that each unit named
 * exists in the organisation (default Tây Ninh) on the due date. At most
 * {@link MAX_REVIEWS} reviews and {@link MAX_AD_HOC} ad-hoc requests (a
 * longer list is one problem, its items are not read). A check of the
 * Schema on a list (unique ids, unique kinds) runs when its items decode.
 *
 * @example
 * ```ts
 * const ok = ObligationSettings.decode({
 *   quarters: "calendar",
 *   reviews: [{ id: "so-ket-2023", title: { vi: "Sơ kết 2 năm", en: "Two-year interim review" }, due: "2023-08-31" }]
 * })
 * ok // { _tag: "Success", success: { settings: { quarters: "calendar", reviews: [{ id: "so-ket-2023", due: "2023-08-31" }] } } }
 * const bad = ObligationSettings.decode({ quarters: "lunar", adHoc: [{ id: "x", owner: { actorId: "A99" }, recipient: { unitId: "atlantis" }, due: "2023-02-30", title: { vi: "a", en: "a" } }] })
 * bad // { _tag: "Failure", failure: [{ path: "/quarters", code: "not-allowed" }, { path: "/adHoc/0/owner/actorId", code: "unknown-actor" }, { path: "/adHoc/0/due", code: "bad-date" }, { path: "/adHoc/0/recipient/unitId", code: "unknown-unit" }] }
 * ```
 * @since 0.3.0
 */
export const decode = (
  u: unknown,
  options: { readonly organization?: Organization.Organization } = {}
): EffectResult.Result<Decoded, ReadonlyArray<Problem>> => {
  const org = options.organization ?? Organization.tayNinh
  if (!isObject(u))
    return EffectResult.fail([
      { path: "", code: "wrong-type", message: { vi: "phải là một đối tượng JSON", en: "must be a JSON object" } }
    ])
  const bounded = bounds(u)
  const r = schemaDecoder(bounded.rest, { errors: "all", onExcessProperty: "error" })
  const shape = r._tag === "Failure" ? shapeProblems(bounded.rest, r.failure.issue) : []
  // Every pointer at or above a problem of shape.
  const failed = new Set<string>()
  for (const p of shape)
    for (let end = p.path.length; end > 0; end = p.path.lastIndexOf("/", end - 1)) failed.add(p.path.slice(0, end))
  const shaped = (pointer: string) => !failed.has(pointer)
  const units = unitProblems(bounded.rest as Record<string, unknown>, org, shaped)
  if (r._tag === "Failure" || bounded.problems.length > 0 || units.length > 0) {
    // In the order of the document's keys: a list too long where its key is.
    const order = Object.keys(SettingsSchema.fields)
    const rank = (p: Problem) => order.indexOf(p.path.split("/")[1] ?? "")
    return EffectResult.fail([...shape, ...bounded.problems, ...units].sort((a, b) => rank(a) - rank(b)))
  }
  const doc = r.success
  const quarters = doc.quarters ?? Obligation.defaultSettings.quarters
  const hearingDue = doc.hearingDue ?? Obligation.defaultSettings.hearingDue
  const steeringDue = doc.steeringDue ?? Obligation.defaultSettings.steeringDue
  const kindList = doc.kinds ?? Obligation.defaultSettings.kinds
  const reviews = (doc.reviews ?? []).map((x) => ({
    id: x.id,
    title: x.title,
    due: x.due,
    ...(x.start === undefined ? {} : { start: x.start })
  }))
  const adHocDocs = (doc.adHoc ?? []).map((x) => ({
    id: x.id,
    owner: x.owner,
    recipient: x.recipient,
    due: x.due,
    title: x.title,
    ...(x.start === undefined ? {} : { start: x.start })
  }))
  const adHoc = adHocDocs.map((x) => ({ ...x, owner: party(x.owner, org), recipient: party(x.recipient, org) }))
  return EffectResult.succeed({
    settings: { ...Obligation.defaultSettings, quarters, hearingDue, steeringDue, reviews, adHoc, kinds: kindList },
    document: {
      ...(doc.description === undefined ? {} : { description: doc.description }),
      quarters,
      hearingDue,
      steeringDue,
      reviews,
      adHoc: adHocDocs,
      kinds: kindList
    }
  })
}

/**
 * Decodes settings from JSON text ({@link decode}; a leading byte-order
 * mark is allowed, a repeated key is a problem at its pointer).
 *
 * @example
 * ```ts
 * ObligationSettings.decodeJson('{"quarters":"calendar"}')._tag // "Success"
 * const r = ObligationSettings.decodeJson('{"quarters":"calendar","quarters":"statistical"}')
 * r // { _tag: "Failure", failure: [{ path: "/quarters", code: "duplicate-key" }] }
 * ```
 * @since 0.3.0
 */
export const decodeJson = (
  text: string,
  options: { readonly organization?: Organization.Organization } = {}
): EffectResult.Result<Decoded, ReadonlyArray<Problem>> => {
  const parsed = Json.parse(text)
  return parsed._tag === "NotJson" ? EffectResult.fail(parsed.problems) : decode(parsed.value, options)
}

/**
 * The first problems on one line, each at its pointer ("/" for the whole
 * document), with how many more there are.
 *
 * @example
 * ```ts
 * const r = ObligationSettings.decode({ quarters: "lunar", kinds: [] })
 * const problems = r._tag === "Failure" ? r.failure : []
 * ObligationSettings.summary(problems, "en") // '/quarters: must be "statistical" or "calendar"; /kinds: needs at least one kind'
 * ObligationSettings.summary(problems, "vi", 1) // '/quarters: phải là "statistical" hoặc "calendar" (và 1 lỗi khác)'
 * ```
 * @since 0.3.0
 */
export const summary = (problems: ReadonlyArray<Problem>, lang: "vi" | "en", max = 3): string =>
  SchemaProblems.summary(problems, lang, max)

/**
 * A settings document that does not decode, where one was required (the
 * settings a test service is started with): its problems, summed up in
 * English in the message. Apps decode settings where they read them
 * ({@link decode}) and report the problems in their own way.
 *
 * @example
 * ```ts
 * const e = new ObligationSettings.InvalidSettingsError({ problems: [{ path: "/quarters", code: "not-allowed", message: { vi: "sai", en: "wrong" } }] })
 * e.message // "the obligation settings do not decode: /quarters: wrong"
 * ```
 * @since 0.3.0
 */
export class InvalidSettingsError extends Schema.TaggedError<InvalidSettingsError>()("InvalidSettingsError", {
  problems: SchemaProblems.ProblemsSchema
}) {
  override get message(): string {
    return `the obligation settings do not decode: ${summary(this.problems as ReadonlyArray<Problem>, "en")}`
  }
}
