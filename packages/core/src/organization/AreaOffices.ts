/**
 * The area offices of a province as a user supplies them (Phòng Thi hành án
 * dân sự khu vực, from 1/7/2025): the units document — its Schema (the
 * source of docs/units.schema.json and the one definition of a valid
 * document) and a decoder that reports every problem at its JSON Pointer in
 * Vietnamese and English and gives the organisation extended with the units.
 *
 * QĐ 1898/QĐ-BTP (25/6/2025) set up 355 Phòng THADS khu vực under the 34
 * THADS tỉnh/thành phố, but how many a province has, their names and the
 * Chi cục each took over are not known here (thads-rules.md §6: "Number of
 * Phòng THADS khu vực in Tây Ninh: [U]"). They are a documented setting,
 * never an invented list: the province's decision gives them, the user
 * writes them down (`thads check --units`, `thads-service serve --units`).
 * Each unit is `confidence: "configured"`, cites QĐ 1898/QĐ-BTP and, when
 * given, the decision the user names (`source`).
 *
 * The Schema holds the rules of one document (keys, ids, real dates,
 * `validFrom` from 1/7/2025, `validTo` not before it, unique ids, tier
 * `phong-khu-vuc` only, the bounds); each constraint carries its problem as
 * an annotation (json/SchemaProblems). What it cannot know is a second step
 * against the organisation: an id is not a built-in unit's, the parent is a
 * THADS tỉnh in force on `validFrom`, each predecessor exists and ended
 * before `validFrom`. At most {@link MAX_UNITS} units (a longer list is one
 * problem, its items are not read).
 *
 * @since 0.4.0
 */
import * as EffectResult from "effect/Result"
import * as Schema from "effect/Schema"
import * as CivilDate from "../base/CivilDate.js"
import * as Json from "../json/Json.js"
import * as SchemaProblems from "../json/SchemaProblems.js"
import * as Organization from "./Organization.js"
import * as OrgUnit from "./OrgUnit.js"
import * as JsonSchema from "../json/JsonSchema.js"

/**
 * The most units a document may list.
 *
 * @example
 * ```ts
 * AreaOffices.MAX_UNITS // 1000
 * ```
 * @since 0.4.0
 */
export const MAX_UNITS = 1000

/**
 * The most predecessors a unit may name.
 *
 * @example
 * ```ts
 * AreaOffices.MAX_PREDECESSORS // 100
 * ```
 * @since 0.4.0
 */
export const MAX_PREDECESSORS = 100

/**
 * The longest name and source, in characters.
 *
 * @example
 * ```ts
 * AreaOffices.MAX_TEXT // 300
 * ```
 * @since 0.4.0
 */
export const MAX_TEXT = 300

/**
 * The first day an area office can exist: the reorganisation of QĐ
 * 1898/QĐ-BTP took effect on 1/7/2025.
 *
 * @example
 * ```ts
 * AreaOffices.FIRST_DAY // "2025-07-01"
 * ```
 * @since 0.4.0
 */
export const FIRST_DAY: CivilDate.CivilDate = CivilDate.make("2025-07-01")

/**
 * The codes of the problems of a units document.
 *
 * @example
 * ```ts
 * const code: AreaOffices.ProblemCode = "unknown-unit"
 * ```
 * @since 0.4.0
 */
export type ProblemCode =
  | Json.ParseProblem["code"]
  | SchemaProblems.StructureCode
  | "bad-date"
  | "bad-format"
  | "out-of-range"
  | "too-many"
  | "duplicate"
  | "unknown-unit"

/**
 * A problem of a units document, at its JSON Pointer, in vi and en.
 *
 * @example
 * ```ts
 * const p: AreaOffices.Problem = { path: "/units/0/parentId", code: "unknown-unit", message: { vi: "…", en: "…" } }
 * ```
 * @since 0.4.0
 */
export type Problem = Json.Problem<ProblemCode>

type Says = SchemaProblems.Says<ProblemCode>
const { PROBLEM, VALUE } = SchemaProblems
const says = (code: ProblemCode, vi: string, en: string): Says => SchemaProblems.says(code, vi, en)

const idPattern = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/u
const tooLong = says("out-of-range", `dài quá ${MAX_TEXT} ký tự`, `longer than ${MAX_TEXT} characters`)
const blank = says("wrong-type", "phải là chuỗi không rỗng", "must be a non-empty string")

const Text = Schema.String.check(
  Schema.isPattern(/\S/u, { [PROBLEM]: blank }),
  Schema.isMaxLength(MAX_TEXT, { [PROBLEM]: tooLong })
).annotate({ [VALUE]: blank })
const ShortString = Schema.String.check(Schema.isMaxLength(MAX_TEXT, { [PROBLEM]: tooLong })).annotate({
  [VALUE]: says(
    "wrong-type",
    `phải là chuỗi (tối đa ${MAX_TEXT} ký tự)`,
    `must be a string (at most ${MAX_TEXT} characters)`
  )
})
const IdSchema = Schema.String.check(Schema.isPattern(idPattern, { title: "Id" })).annotate({
  description: "Letters, digits, '.', '_', '-' (at most 64, starting with a letter or digit)",
  [VALUE]: says(
    "bad-format",
    'mã phải gồm chữ cái, chữ số, ".", "_", "-" (tối đa 64, bắt đầu bằng chữ cái hoặc chữ số)',
    "an id is letters, digits, '.', '_', '-' (at most 64, starting with a letter or digit)"
  )
})
const UnitRef = Schema.String.check(Schema.isMinLength(1), Schema.isMaxLength(200)).annotate({
  description: "The id of a unit of the organisation",
  [VALUE]: says(
    "bad-format",
    "mã đơn vị phải là chuỗi từ 1 đến 200 ký tự",
    "a unit id is a string of 1 to 200 characters"
  )
})
const DateSchema = CivilDate.CivilDateSchema.annotate({ [VALUE]: SchemaProblems.badDate })
const notBeforeFirstDay = Schema.makeFilter<string>((d) => (d >= FIRST_DAY ? undefined : "before 2025-07-01"), {
  expected: "a date from 2025-07-01",
  [PROBLEM]: says(
    "out-of-range",
    "không được trước ngày 01/07/2025 (Phòng THADS khu vực có từ 01/07/2025, QĐ 1898/QĐ-BTP)",
    "must not be before 2025-07-01 (the area offices exist from 1/7/2025, Decision 1898/QĐ-BTP)"
  )
})
/** `validTo`, when given, not before `validFrom` (or 1/7/2025 when there is none). */
const validToNotBeforeFrom = Schema.makeFilter<{ readonly validFrom?: string; readonly validTo?: string }>(
  (x) =>
    x.validTo === undefined || x.validTo >= (x.validFrom ?? FIRST_DAY)
      ? undefined
      : { path: ["validTo"], issue: "before validFrom" },
  {
    expected: "validTo not before validFrom",
    [PROBLEM]: says(
      "out-of-range",
      "không được trước ngày bắt đầu (validFrom, mặc định 01/07/2025)",
      "must not be before validFrom (default 2025-07-01)"
    )
  }
)
/** Items listed once each: each repeat is a problem at its place (`key`: the item's field, or the item). */
const unique = <A>(key: (a: A) => string, field: string | undefined, what: { vi: string; en: string }) =>
  Schema.makeFilter<ReadonlyArray<A>>(
    (items) => {
      const seen = new Set<string>()
      const repeats: Array<Schema.FilterIssue> = []
      for (let i = 0; i < items.length; i++) {
        const k = key(items[i]!)
        if (seen.has(k)) repeats.push({ path: field === undefined ? [i] : [i, field], issue: "repeated" })
        else seen.add(k)
      }
      return repeats
    },
    {
      expected: `${what.en} listed once each`,
      ...(field === undefined ? { toJsonSchema: () => ({ uniqueItems: true }) } : {}),
      [PROBLEM]: ((id) => ({
        code: "duplicate",
        vi: `${what.vi} ${JSON.stringify(String(id).slice(0, 100))} bị lặp`,
        en: `${what.en} ${JSON.stringify(String(id).slice(0, 100))} is repeated`
      })) satisfies Says
    }
  )

const UnitSchema = Schema.Struct({
  id: IdSchema,
  name: Text.annotate({ description: "Vietnamese name, e.g. Phòng Thi hành án dân sự khu vực 1 - Tây Ninh" }),
  nameEn: Schema.optionalKey(Text.annotate({ description: "English name (default: made from the Vietnamese one)" })),
  tier: Schema.optionalKey(
    Schema.Literal("phong-khu-vuc").annotate({
      description: "Only Phòng THADS khu vực are configured; the other tiers are built in",
      [VALUE]: says(
        "not-allowed",
        'chỉ cấu hình được Phòng THADS khu vực ("phong-khu-vuc"); các cấp khác đã có sẵn',
        'only area offices ("phong-khu-vuc") can be configured; the other tiers are built in'
      )
    })
  ),
  parentId: UnitRef.annotate({ description: "The THADS tỉnh/thành phố it belongs to, e.g. thads-tay-ninh" }),
  predecessorIds: Schema.optionalKey(
    Schema.Array(UnitRef)
      .annotate({ description: "The units it took over (kế thừa), e.g. the Chi cục of its area; default none" })
      .check(
        Schema.isMaxLength(MAX_PREDECESSORS, { [PROBLEM]: SchemaProblems.tooMany(MAX_PREDECESSORS, true) }),
        unique<string>((x) => x, undefined, { vi: "đơn vị", en: "unit" })
      )
  ),
  validFrom: Schema.optionalKey(
    DateSchema.check(notBeforeFirstDay).annotate({
      description: "First day (YYYY-MM-DD, from 2025-07-01; default 2025-07-01)"
    })
  ),
  validTo: Schema.optionalKey(DateSchema.annotate({ description: "Last day (YYYY-MM-DD), when it ended" })),
  source: Schema.optionalKey(
    Text.annotate({
      description: "The decision that established it (number, date, issuer); default: the document's source"
    })
  )
}).check(validToNotBeforeFrom)

/**
 * Schema of a units document: the one definition of a valid document,
 * which {@link decode} decodes with (unknown keys refused, as its JSON
 * Schema's `additionalProperties: false` says). That ids are not built-in
 * units', that parents and predecessors exist, are checked by
 * {@link decode}, not here.
 *
 * @example
 * ```ts
 * import * as Schema from "effect/Schema"
 * const doc = Schema.decodeUnknownSync(AreaOffices.UnitsSchema)({ units: [{ id: "kv-1", name: "Phòng THADS khu vực 1", parentId: "thads-tay-ninh" }] })
 * doc.units[0]?.parentId // "thads-tay-ninh"
 * Schema.is(AreaOffices.UnitsSchema)({ units: [{ id: "kv-1", name: "x", parentId: "thads-tay-ninh", validFrom: "2025-06-30" }] }) // false
 * ```
 * @since 0.4.0
 */
export const UnitsSchema = Schema.Struct({
  $schema: Schema.optionalKey(ShortString),
  description: Schema.optionalKey(ShortString),
  source: Schema.optionalKey(
    Text.annotate({
      description:
        "The decision that established the units (number, date, issuer), cited by every unit without a source of its own"
    })
  ),
  units: Schema.Array(UnitSchema)
    .annotate({
      description: `The province's Phòng THADS khu vực (1 to ${MAX_UNITS}); ids unique and not those of built-in units`
    })
    .check(
      Schema.isMinLength(1, { [PROBLEM]: says("out-of-range", "cần ít nhất một đơn vị", "needs at least one unit") }),
      Schema.isMaxLength(MAX_UNITS, { [PROBLEM]: SchemaProblems.tooMany(MAX_UNITS, true) }),
      unique<{ readonly id: string }>((u) => u.id, "id", { vi: "mã", en: "id" })
    )
}).annotate({
  title: "thads area offices",
  description:
    "Các Phòng Thi hành án dân sự khu vực của một tỉnh (từ 01/07/2025), theo quyết định thành lập của tỉnh (the province's area offices, as its decision lists them)"
})

/**
 * A units document (the JSON form).
 *
 * @example
 * ```ts
 * const doc: AreaOffices.Document = { units: [{ id: "kv-1", name: "Phòng THADS khu vực 1", parentId: "thads-tay-ninh" }] }
 * ```
 * @since 0.4.0
 */
export type Document = Schema.Schema.Type<typeof UnitsSchema>

/**
 * The JSON Schema of a units document (docs/units.schema.json).
 *
 * @example
 * ```ts
 * AreaOffices.jsonSchema().title // "thads area offices"
 * ```
 * @since 0.4.0
 */
export const jsonSchema = (): Record<string, unknown> => JsonSchema.of(UnitsSchema)

/**
 * What {@link decode} gives: the organisation extended with the units
 * (built once), the organisation it extends, the units, and the document.
 *
 * @example
 * ```ts
 * const r = AreaOffices.decode({ units: [{ id: "kv-1", name: "Phòng THADS khu vực 1", parentId: "thads-tay-ninh" }] })
 * const decoded = r._tag === "Success" ? r.success : undefined
 * decoded?.base === Organization.tayNinh // true
 * decoded?.organization.byId.get("kv-1")?.confidence // "configured"
 * ```
 * @since 0.4.0
 */
export interface Decoded {
  readonly organization: Organization.Organization
  readonly base: Organization.Organization
  readonly units: ReadonlyArray<OrgUnit.OrgUnit>
  readonly document: Document
}

const reorganisation = "qd-1898-btp-2025" as const
const unitDecoder = Schema.decodeUnknownResult(UnitSchema)

/** The unit of a decoded item, citing QĐ 1898/QĐ-BTP and the user's source. */
const unitOf = (
  item: Document["units"][number],
  source: string | undefined,
  parent: OrgUnit.OrgUnit
): OrgUnit.OrgUnit => {
  const base = Organization.phongKhuVuc(
    item.id,
    item.name,
    item.parentId,
    item.predecessorIds ?? [],
    item.nameEn,
    parent.province
  )
  const { province: _, ...rest } = base
  return {
    ...rest,
    ...(parent.province === undefined ? {} : { province: parent.province }),
    validFrom: item.validFrom ?? FIRST_DAY,
    ...(item.validTo === undefined ? {} : { validTo: item.validTo }),
    citation: {
      document: reorganisation,
      ...(source === undefined
        ? {}
        : {
            note: {
              vi: `thành lập theo ${source} (người dùng cung cấp)`,
              en: `established by ${source} (supplied by the user)`
            }
          })
    },
    note: "Configured: from the units document a user supplied (AreaOffices)."
  }
}

/** A list longer than its bound: one problem, and the document without it (its items are not read). */
const bounds = (u: Record<string, unknown>): { readonly problems: Array<Problem>; readonly rest: unknown } => {
  const v = u["units"]
  if (!Array.isArray(v) || v.length <= MAX_UNITS) return { problems: [], rest: u }
  const p = SchemaProblems.tooMany(MAX_UNITS, false)(v)
  const { units: _, ...rest } = u
  return { problems: [{ path: "/units", code: p.code, message: { vi: p.vi, en: p.en } }], rest }
}

const unknownUnit = (path: string, id: string): Problem => ({
  path,
  code: "unknown-unit",
  message: {
    vi: `không có đơn vị ${JSON.stringify(id.slice(0, 100))} trong tổ chức`,
    en: `no unit ${JSON.stringify(id.slice(0, 100))} in the organisation`
  }
})

/**
 * What the Schema cannot know, for the units of a document that decoded:
 * ids not those of built-in units, the parent a THADS tỉnh in force on
 * `validFrom`, each predecessor a unit (built in or listed) that ended
 * before `validFrom`.
 */
const organisationProblems = (
  items: ReadonlyArray<readonly [number, Document["units"][number]]>,
  org: Organization.Organization
): Array<Problem> => {
  const out: Array<Problem> = []
  const listed = new Map(items.map(([, u]) => [u.id, u]))
  for (const [i, u] of items) {
    const at = `/units/${i}`
    const from = u.validFrom ?? FIRST_DAY
    if (org.byId.has(u.id))
      out.push({
        path: `${at}/id`,
        code: "duplicate",
        message: {
          vi: `"${u.id}" là mã của một đơn vị có sẵn trong tổ chức: chọn mã khác`,
          en: `"${u.id}" is the id of a built-in unit of the organisation: choose another`
        }
      })
    const parent = org.byId.get(u.parentId)
    if (parent === undefined) out.push(unknownUnit(`${at}/parentId`, u.parentId))
    else if (parent.tier !== "thads-tinh")
      out.push({
        path: `${at}/parentId`,
        code: "not-allowed",
        message: {
          vi: `đơn vị cấp trên của Phòng THADS khu vực là Thi hành án dân sự tỉnh, thành phố ("thads-tinh"); "${parent.id}" là "${parent.tier}"`,
          en: `an area office belongs to a provincial civil judgment enforcement office ("thads-tinh"); "${parent.id}" is "${parent.tier}"`
        }
      })
    else if (!OrgUnit.existsOn(parent, from))
      out.push({
        path: `${at}/parentId`,
        code: "unknown-unit",
        message: {
          vi: `đơn vị "${parent.id}" không có vào ngày bắt đầu ${CivilDate.formatVi(from)}`,
          en: `unit "${parent.id}" does not exist on validFrom ${from}`
        }
      })
    const predecessors = u.predecessorIds ?? []
    for (let j = 0; j < predecessors.length; j++) {
      const id = predecessors[j]!
      const path = `${at}/predecessorIds/${j}`
      const builtIn = org.byId.get(id)
      const other = listed.get(id)
      const end = builtIn !== undefined ? builtIn.validTo : other?.validTo
      if (id === u.id)
        out.push({
          path,
          code: "not-allowed",
          message: { vi: "một đơn vị không kế thừa chính nó", en: "a unit does not succeed itself" }
        })
      else if (builtIn === undefined && other === undefined) out.push(unknownUnit(path, id))
      else if (end === undefined || end >= from)
        out.push({
          path,
          code: "out-of-range",
          message: {
            vi: `đơn vị "${id}" phải kết thúc trước ngày bắt đầu ${CivilDate.formatVi(from)} của đơn vị kế thừa nó${end === undefined ? " (nó chưa có ngày kết thúc)" : ` (kết thúc ${CivilDate.formatVi(end)})`}`,
            en: `unit "${id}" must end before its successor's validFrom ${from}${end === undefined ? " (it has no end)" : ` (it ends ${end})`}`
          }
        })
    }
  }
  return out
}

/** The problems of a document in the order of its keys, then of its units. */
const ordered = (problems: ReadonlyArray<Problem>): Array<Problem> => {
  const keys = Object.keys(UnitsSchema.fields)
  const rank = (p: Problem) => {
    const parts = p.path.split("/")
    const key = keys.indexOf(parts[1] ?? "")
    return [key < 0 ? keys.length : key, parts[1] === "units" && parts[2] !== undefined ? Number(parts[2]) : -1]
  }
  return problems
    .map((p, n) => ({ p, n, r: rank(p) }))
    .sort((a, b) => a.r[0]! - b.r[0]! || a.r[1]! - b.r[1]! || a.n - b.n)
    .map((x) => x.p)
}

/**
 * Decodes a units document with {@link UnitsSchema} (unknown keys refused),
 * collecting every problem at its JSON Pointer, then checks the units
 * against the organisation they extend (default Tây Ninh): ids not those
 * of built-in units, the parent a THADS tỉnh in force on `validFrom`, each
 * predecessor a unit that ended before `validFrom`. Gives the organisation
 * extended with the units (`Organization.withUnits`, built once). At most
 * {@link MAX_UNITS} units (a longer list is one problem, its items are not
 * read).
 *
 * @example
 * ```ts
 * const ok = AreaOffices.decode({
 *   source: "Quyết định số 01/QĐ-THADS (ví dụ)",
 *   units: [{ id: "phong-thads-khu-vuc-1", name: "Phòng Thi hành án dân sự khu vực 1 - Tây Ninh", parentId: "thads-tay-ninh", predecessorIds: ["chi-cuc-tp-tay-ninh"] }]
 * })
 * const org = ok._tag === "Success" ? ok.success.organization : Organization.tayNinh
 * Organization.reportingLevelOn(org, "phong-thads-khu-vuc-1", CivilDate.make("2025-09-30")) // "phong-khu-vuc"
 * Organization.successors(org, "chi-cuc-tp-tay-ninh").map((u) => u.id) // ["phong-thads-khu-vuc-1"]
 * org.byId.get("phong-thads-khu-vuc-1")?.citation // { document: "qd-1898-btp-2025", note: { en: "established by Quyết định số 01/QĐ-THADS (ví dụ) (supplied by the user)" } }
 * const bad = AreaOffices.decode({ units: [{ id: "chi-cuc-go-dau", name: "x", parentId: "cuc-tay-ninh", tier: "chi-cuc", validFrom: "2025-06-30" }] })
 * bad // { _tag: "Failure", failure: [{ path: "/units/0/tier", code: "not-allowed" }, { path: "/units/0/validFrom", code: "out-of-range" }] }
 * const clash = AreaOffices.decode({ units: [{ id: "chi-cuc-go-dau", name: "x", parentId: "cuc-tay-ninh" }] })
 * clash // { _tag: "Failure", failure: [{ path: "/units/0/id", code: "duplicate" }, { path: "/units/0/parentId", code: "not-allowed" }] }
 * ```
 * @since 0.4.0
 */
export const decode = (
  u: unknown,
  options: { readonly organization?: Organization.Organization } = {}
): EffectResult.Result<Decoded, ReadonlyArray<Problem>> => {
  const base = options.organization ?? Organization.tayNinh
  if (!SchemaProblems.isObject(u))
    return EffectResult.fail([
      { path: "", code: "wrong-type", message: { vi: "phải là một đối tượng JSON", en: "must be a JSON object" } }
    ])
  const bounded = bounds(u)
  const r = SchemaProblems.decode<Document, ProblemCode>(UnitsSchema, bounded.rest)
  // A list too long was taken out: its key is not "missing".
  const shape =
    r._tag === "Failure"
      ? r.failure.filter((p) => bounded.problems.length === 0 || !(p.path === "/units" && p.code === "missing"))
      : []
  // The units with no problem of their shape are checked against the organisation too, so that a document with
  // other problems has these reported as well.
  const items: Array<readonly [number, Document["units"][number]]> = []
  if (r._tag === "Success") for (let i = 0; i < r.success.units.length; i++) items.push([i, r.success.units[i]!])
  else {
    const raw = (bounded.rest as Record<string, unknown>)["units"]
    if (Array.isArray(raw)) {
      const failed = new Set<number>()
      for (const p of shape) {
        const m = /^\/units\/(\d+)(?:\/|$)/u.exec(p.path)
        if (m !== null) failed.add(Number(m[1]))
      }
      for (let i = 0; i < raw.length; i++) {
        if (failed.has(i)) continue
        const one = unitDecoder(raw[i])
        if (one._tag === "Success") items.push([i, one.success])
      }
    }
  }
  // A repeated id among the units that decoded, when the list's own check did not run (another unit failed).
  const seen = new Set<string>()
  const repeats: Array<Problem> = []
  for (const [i, item] of items) {
    if (!seen.has(item.id)) seen.add(item.id)
    else if (!shape.some((p) => p.path === `/units/${i}/id`))
      repeats.push({
        path: `/units/${i}/id`,
        code: "duplicate",
        message: { vi: `mã "${item.id}" bị lặp`, en: `id "${item.id}" is repeated` }
      })
  }
  const cross = [...organisationProblems(items, base), ...repeats]
  if (r._tag === "Failure" || bounded.problems.length > 0 || cross.length > 0)
    return EffectResult.fail(ordered([...shape, ...bounded.problems, ...cross]))
  const doc = r.success
  const units = doc.units.map((item) => unitOf(item, item.source ?? doc.source, base.byId.get(item.parentId)!))
  try {
    return EffectResult.succeed({ organization: Organization.withUnits(base, units), base, units, document: doc })
  } catch (e) {
    if (!(e instanceof Organization.InvalidOrganizationError)) throw e
    // Not expected after the checks above; said at the unit the message names, else at /units.
    const index = units.findIndex((x) => e.message.includes(`"${x.id}"`))
    return EffectResult.fail([
      {
        path: index < 0 ? "/units" : `/units/${index}`,
        code: "not-allowed",
        message: {
          vi: `các đơn vị không khớp với tổ chức: ${e.message}`,
          en: `the units do not fit the organisation: ${e.message}`
        }
      }
    ])
  }
}

/**
 * Decodes a units document from JSON text ({@link decode}; a leading
 * byte-order mark is allowed, a repeated key is a problem at its pointer).
 *
 * @example
 * ```ts
 * AreaOffices.decodeJson('{"units":[{"id":"kv-1","name":"Phòng THADS khu vực 1","parentId":"thads-tay-ninh"}]}')._tag // "Success"
 * AreaOffices.decodeJson('{"units":[],"units":[]}') // { _tag: "Failure", failure: [{ path: "/units", code: "duplicate-key" }] }
 * ```
 * @since 0.4.0
 */
export const decodeJson = (
  text: string,
  options: { readonly organization?: Organization.Organization } = {}
): EffectResult.Result<Decoded, ReadonlyArray<Problem>> => {
  const parsed = Json.parse(text)
  return parsed._tag === "NotJson" ? EffectResult.fail(parsed.problems) : decode(parsed.value, options)
}

/**
 * The first problems on one line, each at its pointer, with how many more
 * there are.
 *
 * @example
 * ```ts
 * const r = AreaOffices.decode({ units: [{ id: "kv-1", name: "x", parentId: "atlantis" }] })
 * AreaOffices.summary(r._tag === "Failure" ? r.failure : [], "en") // '/units/0/parentId: no unit "atlantis" in the organisation'
 * ```
 * @since 0.4.0
 */
export const summary = (problems: ReadonlyArray<Problem>, lang: "vi" | "en", max = 3): string =>
  SchemaProblems.summary(problems, lang, max)

/**
 * A units document that does not decode, where one was required (the units
 * a test service is started with): its problems, summed up in English in
 * the message.
 *
 * @example
 * ```ts
 * const e = new AreaOffices.InvalidUnitsError({ problems: [{ path: "/units", code: "missing", message: { vi: "thiếu", en: "missing" } }] })
 * e.message // "the area offices do not decode: /units: missing"
 * ```
 * @since 0.4.0
 */
export class InvalidUnitsError extends Schema.TaggedError<InvalidUnitsError>()("InvalidUnitsError", {
  problems: SchemaProblems.ProblemsSchema
}) {
  override get message(): string {
    return `the area offices do not decode: ${summary(this.problems as ReadonlyArray<Problem>, "en")}`
  }
}
