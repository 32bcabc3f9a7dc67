/**
 * Obligation settings as a user writes them (thiết lập nghĩa vụ): the JSON
 * form of what an organisation may set of {@link Obligation.Settings} — what
 * a "quarter" of Chỉ thị 09 §1.3 means, the due rules of hearings and
 * steering reports, the §8.1 interim and final reviews (sơ kết, tổng kết),
 * ad-hoc requests (đột xuất), the kinds generated — its Schema (the source of
 * docs/obligations.schema.json), and a decoder that reports every problem at
 * its JSON Pointer in Vietnamese and English and gives the settings merged
 * over `Obligation.defaultSettings`.
 *
 * Parties are named by unit id (a unit of the organisation on the due date)
 * or by actor id of the directive (A01…A16, `Directive09.actors`); names come
 * from there. Input is bounded: at most {@link MAX_REVIEWS} reviews and
 * {@link MAX_AD_HOC} ad-hoc requests. Obligations generated from a user
 * setting carry `basis: "assumed"` and name the setting (`Obligation.settings`).
 *
 * @since 0.3.0
 */
import * as EffectResult from "effect/Result"
import * as Schema from "effect/Schema"
import * as CivilDate from "../base/CivilDate.js"
import * as Json from "../json/Json.js"
import * as Organization from "../organization/Organization.js"
import * as OrgUnit from "../organization/OrgUnit.js"
import * as Directive09 from "./Directive09.js"
import * as Obligation from "./Obligation.js"

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

const idPattern = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/
// Plain literals and strings (not `Obligation.Kind`, not the branded `CivilDate`): the Schema's type is then
// nameable wherever it is used (the service's contract embeds it).
const kinds = Obligation.kinds
const DateSchema = Schema.String.check(
  Schema.makeFilter(
    (s: string) => {
      const r = CivilDate.parse(s)
      return r instanceof CivilDate.InvalidDateError ? r.message : undefined
    },
    { title: "CivilDate", description: "A calendar date YYYY-MM-DD" }
  )
)
const actorIds = Directive09.actors.map((a) => a.id)

const TextSchema = Schema.Struct({
  vi: Schema.String.check(Schema.isMinLength(1), Schema.isMaxLength(MAX_TEXT)),
  en: Schema.String.check(Schema.isMinLength(1), Schema.isMaxLength(MAX_TEXT))
})
const IdSchema = Schema.String.check(Schema.isPattern(idPattern, { title: "Id" })).annotate({
  description: "Letters, digits, '.', '_', '-' (at most 64, starting with a letter or digit)"
})
const DueRuleSchema = Schema.Union([
  Schema.Struct({ kind: Schema.Literal("end-of-next-month") }),
  Schema.Struct({
    kind: Schema.Literal("working-days-after-period-end"),
    days: Schema.Int.check(Schema.isBetween({ minimum: 0, maximum: MAX_DAYS }))
  })
]).annotate({ description: "When the obligation falls due after its period ends" })
const PartySchema = Schema.Union([
  Schema.Struct({ unitId: Schema.String.check(Schema.isMinLength(1), Schema.isMaxLength(200)) }),
  Schema.Struct({ actorId: Schema.Literals(actorIds) })
]).annotate({ description: "A unit of the organisation (unitId) or an actor of Chỉ thị 09-CT/TU (actorId A01…A16)" })

/**
 * Schema of a settings document (the JSON form; every key optional, what is
 * absent keeps its default). Dates are civil dates `YYYY-MM-DD`, texts are
 * `{ vi, en }`.
 *
 * @example
 * ```ts
 * import * as Schema from "effect/Schema"
 * const doc = Schema.decodeUnknownSync(ObligationSettings.SettingsSchema)({ quarters: "calendar" })
 * doc.quarters // "calendar"
 * ```
 * @since 0.3.0
 */
export const SettingsSchema = Schema.Struct({
  $schema: Schema.optionalKey(Schema.String),
  description: Schema.optionalKey(Schema.String.check(Schema.isMaxLength(MAX_TEXT))),
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
      })
    ).check(Schema.isMaxLength(MAX_REVIEWS))
  ).annotate({ description: "Chỉ thị 09 §8.1 interim and final reviews (A14 → A01); the directive gives no dates" }),
  adHoc: Schema.optionalKey(
    Schema.Array(
      Schema.Struct({
        id: IdSchema,
        owner: PartySchema,
        recipient: PartySchema,
        due: DateSchema,
        title: TextSchema,
        start: Schema.optionalKey(DateSchema)
      })
    ).check(Schema.isMaxLength(MAX_AD_HOC))
  ).annotate({ description: 'Ad-hoc requests ("đột xuất", Chỉ thị 09 §1.3)' }),
  kinds: Schema.optionalKey(Schema.Array(Schema.Literals(kinds)).check(Schema.isMinLength(1)))
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
export const jsonSchema = (): Record<string, unknown> => {
  const doc = Schema.toJsonSchemaDocument(SettingsSchema, { onExcessProperty: "error" })
  const defs = doc.definitions ?? {}
  return {
    $schema: "https://json-schema.org/draft/2020-12/schema",
    ...doc.schema,
    ...(Object.keys(defs).length > 0 ? { $defs: defs } : {})
  }
}

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

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === "object" && x !== null && !Array.isArray(x)

const actorName = new Map(Directive09.actors.map((a) => [a.id, a.name]))

/**
 * Decodes a settings document, collecting every problem at its JSON
 * Pointer: no key outside the format, real dates (`start` not after `due`),
 * ids unique and of letters, digits, ".", "_", "-", texts non-empty (at most
 * {@link MAX_TEXT} characters), parties that exist (a unit of the
 * organisation on the due date — default Tây Ninh — or an actor A01…A16 of
 * the directive), at most {@link MAX_REVIEWS} reviews and {@link MAX_AD_HOC}
 * ad-hoc requests (a longer list is one problem, its items are not read).
 *
 * @example
 * ```ts
 * const ok = ObligationSettings.decode({
 *   quarters: "calendar",
 *   reviews: [{ id: "so-ket-2023", title: { vi: "Sơ kết 2 năm", en: "Two-year interim review" }, due: "2023-08-31" }]
 * })
 * ok // { _tag: "Success", success: { settings: { quarters: "calendar", reviews: [{ id: "so-ket-2023", due: "2023-08-31" }] } } }
 * const bad = ObligationSettings.decode({ quarters: "lunar", adHoc: [{ id: "x", owner: { actorId: "A99" }, recipient: { actorId: "A01" }, due: "2023-02-30", title: { vi: "a", en: "a" } }] })
 * bad // { _tag: "Failure", failure: [{ path: "/quarters", code: "not-allowed" }, { path: "/adHoc/0/due", code: "bad-date" }, { path: "/adHoc/0/owner/actorId", code: "unknown-actor" }] }
 * ```
 * @since 0.3.0
 */
export const decode = (
  u: unknown,
  options: { readonly organization?: Organization.Organization } = {}
): EffectResult.Result<Decoded, ReadonlyArray<Problem>> => {
  const org = options.organization ?? Organization.tayNinh
  const problems: Array<Problem> = []
  const add = (path: string, code: ProblemCode, vi: string, en: string) =>
    problems.push({ path, code, message: { vi, en } })
  if (!isObject(u)) {
    add("", "wrong-type", "phải là một đối tượng JSON", "must be a JSON object")
    return EffectResult.fail(problems)
  }
  const keys = (o: Record<string, unknown>, path: string, allowed: ReadonlyArray<string>) => {
    for (const k in o)
      if (!allowed.includes(k))
        add(
          `${path}/${Json.escape(k)}`,
          "unexpected-key",
          `trường "${k.slice(0, 100)}" không có trong mẫu (có: ${allowed.join(", ")})`,
          `unexpected field "${k.slice(0, 100)}" (allowed: ${allowed.join(", ")})`
        )
  }
  const object = (v: unknown, path: string): Record<string, unknown> | undefined => {
    if (isObject(v)) return v
    add(path, "wrong-type", "phải là một đối tượng", "must be an object")
    return undefined
  }
  const required = (o: Record<string, unknown>, path: string, key: string): unknown => {
    const v = o[key]
    if (v === undefined) add(`${path}/${key}`, "missing", `thiếu trường "${key}"`, `missing field "${key}"`)
    return v
  }
  const text = (v: unknown, path: string): boolean => {
    if (typeof v !== "string" || v.trim() === "") {
      add(path, "wrong-type", "phải là chuỗi không rỗng", "must be a non-empty string")
      return false
    }
    if (v.length > MAX_TEXT) {
      add(path, "out-of-range", `dài quá ${MAX_TEXT} ký tự`, `longer than ${MAX_TEXT} characters`)
      return false
    }
    return true
  }
  const bilingual = (v: unknown, path: string): Obligation.Party["name"] | undefined => {
    const o = object(v, path)
    if (o === undefined) return undefined
    keys(o, path, ["vi", "en"])
    const vi = required(o, path, "vi")
    const en = required(o, path, "en")
    const okVi = vi !== undefined && text(vi, `${path}/vi`)
    const okEn = en !== undefined && text(en, `${path}/en`)
    return okVi && okEn ? { vi: vi as string, en: en as string } : undefined
  }
  const date = (v: unknown, path: string): CivilDate.CivilDate | undefined => {
    const d = typeof v === "string" ? CivilDate.parse(v) : undefined
    if (d === undefined || d instanceof CivilDate.InvalidDateError) {
      add(
        path,
        "bad-date",
        `phải là ngày có thật dạng YYYY-MM-DD${d === undefined ? "" : `: ${d.reasonVi}`}`,
        `must be a real YYYY-MM-DD date${d === undefined ? "" : `: ${d.reason}`}`
      )
      return undefined
    }
    return d
  }
  const id = (v: unknown, path: string, seen: Set<string>): string | undefined => {
    if (typeof v !== "string" || !idPattern.test(v)) {
      add(
        path,
        "bad-format",
        'mã phải gồm chữ cái, chữ số, ".", "_", "-" (tối đa 64, bắt đầu bằng chữ cái hoặc chữ số)',
        "an id is letters, digits, '.', '_', '-' (at most 64, starting with a letter or digit)"
      )
      return undefined
    }
    if (seen.has(v)) {
      add(path, "duplicate", `mã "${v}" bị lặp`, `id "${v}" is repeated`)
      return undefined
    }
    seen.add(v)
    return v
  }
  const dueRule = (v: unknown, path: string): Obligation.DueRule | undefined => {
    const o = object(v, path)
    if (o === undefined) return undefined
    if (o["kind"] === "end-of-next-month") {
      keys(o, path, ["kind"])
      return { kind: "end-of-next-month" }
    }
    if (o["kind"] === "working-days-after-period-end") {
      keys(o, path, ["kind", "days"])
      const days = required(o, path, "days")
      if (days === undefined) return undefined
      if (typeof days !== "number" || !Number.isInteger(days) || days < 0 || days > MAX_DAYS) {
        add(
          `${path}/days`,
          "out-of-range",
          `phải là số nguyên từ 0 đến ${MAX_DAYS}`,
          `must be a whole number from 0 to ${MAX_DAYS}`
        )
        return undefined
      }
      return { kind: "working-days-after-period-end", days }
    }
    add(
      `${path}/kind`,
      "not-allowed",
      'phải là "end-of-next-month" hoặc "working-days-after-period-end"',
      'must be "end-of-next-month" or "working-days-after-period-end"'
    )
    return undefined
  }
  const party = (
    v: unknown,
    path: string,
    due: CivilDate.CivilDate | undefined
  ): { readonly party: Obligation.Party; readonly json: PartyDocument } | undefined => {
    const o = object(v, path)
    if (o === undefined) return undefined
    const hasUnit = o["unitId"] !== undefined
    const hasActor = o["actorId"] !== undefined
    keys(o, path, ["unitId", "actorId"])
    if (hasUnit === hasActor) {
      add(
        path,
        hasUnit ? "not-allowed" : "missing",
        'cần đúng một trong "unitId", "actorId"',
        'needs exactly one of "unitId", "actorId"'
      )
      return undefined
    }
    if (hasActor) {
      const a = o["actorId"]
      const name = typeof a === "string" ? actorName.get(a) : undefined
      if (name === undefined) {
        add(
          `${path}/actorId`,
          "unknown-actor",
          `không có chủ thể này trong Chỉ thị 09-CT/TU (có: ${actorIds[0]}…${actorIds.at(-1)})`,
          `no such actor in Directive 09-CT/TU (known: ${actorIds[0]}…${actorIds.at(-1)})`
        )
        return undefined
      }
      return { party: { actorId: a as string, name }, json: { actorId: a } as PartyDocument }
    }
    const unitId = o["unitId"]
    const unit = typeof unitId === "string" ? org.byId.get(unitId) : undefined
    if (unit === undefined) {
      add(
        `${path}/unitId`,
        "unknown-unit",
        `không có đơn vị ${JSON.stringify(String(unitId).slice(0, 100))} trong tổ chức`,
        `no unit ${JSON.stringify(String(unitId).slice(0, 100))} in the organisation`
      )
      return undefined
    }
    if (due !== undefined && !OrgUnit.existsOn(unit, due)) {
      add(
        `${path}/unitId`,
        "unknown-unit",
        `đơn vị "${unit.id}" không còn (hoặc chưa có) vào ngày đến hạn ${CivilDate.formatVi(due)}`,
        `unit "${unit.id}" does not exist on the due date ${due}`
      )
      return undefined
    }
    return { party: { unitId: unit.id, name: unit.name }, json: { unitId: unit.id } }
  }
  const list = (v: unknown, path: string, max: number): ReadonlyArray<unknown> | undefined => {
    if (!Array.isArray(v)) {
      add(path, "wrong-type", "phải là một mảng", "must be an array")
      return undefined
    }
    if (v.length > max) {
      add(
        path,
        "too-many",
        `nhiều nhất ${max} mục (có ${v.length}): các mục không được đọc`,
        `at most ${max} items (got ${v.length}): the items were not read`
      )
      return undefined
    }
    return v
  }

  keys(u, "", ["$schema", "description", "quarters", "hearingDue", "steeringDue", "reviews", "adHoc", "kinds"])
  for (const k of ["$schema", "description"] as const) {
    const v = u[k]
    if (v !== undefined && (typeof v !== "string" || v.length > MAX_TEXT))
      add(
        `/${Json.escape(k)}`,
        "wrong-type",
        `phải là chuỗi (tối đa ${MAX_TEXT} ký tự)`,
        `must be a string (at most ${MAX_TEXT} characters)`
      )
  }
  let quarters = Obligation.defaultSettings.quarters
  if (u["quarters"] !== undefined) {
    if (u["quarters"] === "statistical" || u["quarters"] === "calendar") quarters = u["quarters"]
    else add("/quarters", "not-allowed", 'phải là "statistical" hoặc "calendar"', 'must be "statistical" or "calendar"')
  }
  const hearingDue =
    u["hearingDue"] === undefined ? Obligation.defaultSettings.hearingDue : dueRule(u["hearingDue"], "/hearingDue")
  const steeringDue =
    u["steeringDue"] === undefined ? Obligation.defaultSettings.steeringDue : dueRule(u["steeringDue"], "/steeringDue")

  let kindList: ReadonlyArray<Obligation.Kind> = Obligation.defaultSettings.kinds
  if (u["kinds"] !== undefined) {
    const items = list(u["kinds"], "/kinds", kinds.length)
    if (items !== undefined) {
      const out: Array<Obligation.Kind> = []
      if (items.length === 0) add("/kinds", "out-of-range", "cần ít nhất một loại", "needs at least one kind")
      for (let i = 0; i < items.length; i++) {
        const k = items[i]
        if (!(kinds as ReadonlyArray<unknown>).includes(k))
          add(
            `/kinds/${i}`,
            "not-allowed",
            `phải là một trong ${kinds.join(", ")}`,
            `must be one of ${kinds.join(", ")}`
          )
        else if (out.includes(k as Obligation.Kind))
          add(`/kinds/${i}`, "duplicate", `loại "${k}" bị lặp`, `kind "${k}" is repeated`)
        else out.push(k as Obligation.Kind)
      }
      kindList = out
    }
  }

  const dates = (o: Record<string, unknown>, path: string) => {
    const dueRaw = required(o, path, "due")
    const due = dueRaw === undefined ? undefined : date(dueRaw, `${path}/due`)
    const start = o["start"] === undefined ? undefined : date(o["start"], `${path}/start`)
    if (due !== undefined && start !== undefined && start > due)
      add(`${path}/start`, "out-of-range", "không được sau ngày đến hạn (due)", "must not be after the due date")
    return { due, start }
  }

  const reviews: Array<Obligation.Settings["reviews"][number]> = []
  const reviewDocs: Array<NonNullable<Document["reviews"]>[number]> = []
  if (u["reviews"] !== undefined) {
    const items = list(u["reviews"], "/reviews", MAX_REVIEWS)
    const seen = new Set<string>()
    for (let i = 0; items !== undefined && i < items.length; i++) {
      const path = `/reviews/${i}`
      const o = object(items[i], path)
      if (o === undefined) continue
      const before = problems.length
      keys(o, path, ["id", "title", "due", "start"])
      const rawId = required(o, path, "id")
      const theId = rawId === undefined ? undefined : id(rawId, `${path}/id`, seen)
      const rawTitle = required(o, path, "title")
      const title = rawTitle === undefined ? undefined : bilingual(rawTitle, `${path}/title`)
      const { due, start } = dates(o, path)
      if (problems.length > before || theId === undefined || title === undefined || due === undefined) continue
      reviews.push({ id: theId, title, due, ...(start === undefined ? {} : { start }) })
      reviewDocs.push({ id: theId, title, due, ...(start === undefined ? {} : { start }) })
    }
  }

  const adHoc: Array<Obligation.Settings["adHoc"][number]> = []
  const adHocDocs: Array<NonNullable<Document["adHoc"]>[number]> = []
  if (u["adHoc"] !== undefined) {
    const items = list(u["adHoc"], "/adHoc", MAX_AD_HOC)
    const seen = new Set<string>()
    for (let i = 0; items !== undefined && i < items.length; i++) {
      const path = `/adHoc/${i}`
      const o = object(items[i], path)
      if (o === undefined) continue
      const before = problems.length
      keys(o, path, ["id", "owner", "recipient", "due", "title", "start"])
      const rawId = required(o, path, "id")
      const theId = rawId === undefined ? undefined : id(rawId, `${path}/id`, seen)
      const { due, start } = dates(o, path)
      const rawOwner = required(o, path, "owner")
      const owner = rawOwner === undefined ? undefined : party(rawOwner, `${path}/owner`, due)
      const rawRecipient = required(o, path, "recipient")
      const recipient = rawRecipient === undefined ? undefined : party(rawRecipient, `${path}/recipient`, due)
      const rawTitle = required(o, path, "title")
      const title = rawTitle === undefined ? undefined : bilingual(rawTitle, `${path}/title`)
      if (
        problems.length > before ||
        theId === undefined ||
        owner === undefined ||
        recipient === undefined ||
        due === undefined ||
        title === undefined
      )
        continue
      const extra = start === undefined ? {} : { start }
      adHoc.push({ id: theId, owner: owner.party, recipient: recipient.party, due, title, ...extra })
      adHocDocs.push({ id: theId, owner: owner.json, recipient: recipient.json, due, title, ...extra })
    }
  }

  if (problems.length > 0 || hearingDue === undefined || steeringDue === undefined) return EffectResult.fail(problems)
  const description = typeof u["description"] === "string" ? { description: u["description"] } : {}
  return EffectResult.succeed({
    settings: { ...Obligation.defaultSettings, quarters, hearingDue, steeringDue, reviews, adHoc, kinds: kindList },
    document: {
      ...description,
      quarters,
      hearingDue,
      steeringDue,
      reviews: reviewDocs,
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
export const summary = (problems: ReadonlyArray<Problem>, lang: "vi" | "en", max = 3): string => {
  const shown = problems.slice(0, max)
  const more = problems.length - shown.length
  return (
    shown.map((p) => `${p.path === "" ? "/" : p.path}: ${p.message[lang]}`).join("; ") +
    (more > 0 ? (lang === "vi" ? ` (và ${more} lỗi khác)` : ` (and ${more} more)`) : "")
  )
}

/**
 * A settings document that does not decode, where one was taken as valid
 * (a check's context carries the document; apps decode it first).
 *
 * @example
 * ```ts
 * const e = new ObligationSettings.InvalidSettingsError({ problems: [{ path: "/quarters", code: "not-allowed", message: { vi: "sai", en: "wrong" } }] })
 * e.message // "the obligation settings do not decode: /quarters: wrong"
 * ```
 * @since 0.3.0
 */
export class InvalidSettingsError extends Schema.TaggedError<InvalidSettingsError>()("InvalidSettingsError", {
  problems: Schema.Array(
    Schema.Struct({
      path: Schema.String,
      code: Schema.String,
      message: Schema.Struct({ vi: Schema.String, en: Schema.String })
    })
  )
}) {
  override get message(): string {
    return `the obligation settings do not decode: ${summary(this.problems as ReadonlyArray<Problem>, "en")}`
  }
}

const resolved = new WeakMap<object, WeakMap<Organization.Organization, Obligation.Settings>>()

/**
 * The settings of a document taken as valid (a check context's): decoded
 * once per document and organisation (cached), or {@link InvalidSettingsError}
 * thrown.
 *
 * @example
 * ```ts
 * ObligationSettings.resolve({ quarters: "calendar" }, Organization.tayNinh).quarters // "calendar"
 * ObligationSettings.resolve({ kinds: [] }, Organization.tayNinh) // InvalidSettingsError: the obligation settings do not decode: /kinds: needs at least one kind
 * ```
 * @since 0.3.0
 */
export const resolve = (document: Document, organization: Organization.Organization): Obligation.Settings => {
  let byOrg = resolved.get(document)
  const hit = byOrg?.get(organization)
  if (hit !== undefined) return hit
  const r = decode(document, { organization })
  if (r._tag === "Failure") throw new InvalidSettingsError({ problems: r.failure })
  if (byOrg === undefined) {
    byOrg = new WeakMap()
    resolved.set(document, byOrg)
  }
  byOrg.set(organization, r.success.settings)
  return r.success.settings
}
