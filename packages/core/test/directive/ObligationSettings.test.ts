import { readFileSync } from "node:fs"
import { fc, test } from "@fast-check/vitest"
import * as Schema from "effect/Schema"
import { describe, expect, it } from "vitest"
import * as CivilDate from "../../src/base/CivilDate.js"
import * as Pipeline from "../../src/compliance/Pipeline.js"
import * as Obligation from "../../src/directive/Obligation.js"
import * as ObligationSettings from "../../src/directive/ObligationSettings.js"
import * as Organization from "../../src/organization/Organization.js"
import * as OrgUnit from "../../src/organization/OrgUnit.js"
import * as Synthetic from "../../src/statistics/Synthetic.js"

const root = new URL("../../../../", import.meta.url)
const read = (path: string) => readFileSync(new URL(path, root), "utf8")
const d = CivilDate.make

const ok = (u: unknown): ObligationSettings.Decoded => {
  const r = ObligationSettings.decode(u)
  if (r._tag === "Failure") throw new Error(ObligationSettings.summary(r.failure, "en", 10))
  return r.success
}
const problems = (u: unknown): ReadonlyArray<readonly [string, string]> => {
  const r = ObligationSettings.decode(u)
  return r._tag === "Failure" ? r.failure.map((p) => [p.path, p.code] as const) : []
}
const title = { vi: "Sơ kết", en: "Interim review" }
const review = (over: Record<string, unknown> = {}) => ({ id: "so-ket", title, due: "2023-08-31", ...over })
const request = (over: Record<string, unknown> = {}) => ({
  id: "r1",
  owner: { actorId: "A05" },
  recipient: { actorId: "A01" },
  due: "2024-03-15",
  title: { vi: "Báo cáo đột xuất", en: "Ad-hoc report" },
  ...over
})

describe("ObligationSettings.decode", () => {
  it("an empty document is the defaults, byte for byte", () => {
    const { settings, document } = ok({})
    expect(settings).toEqual(Obligation.defaultSettings)
    expect(document).toEqual(ObligationSettings.defaults)
    const from = d("2021-10-01")
    const to = d("2022-09-30")
    expect(JSON.stringify(Obligation.generate({ from, to, settings }))).toBe(
      JSON.stringify(Obligation.generate({ from, to }))
    )
  })

  it("examples/obligations.json decodes, and its document decodes to itself", () => {
    const r = ObligationSettings.decodeJson(read("examples/obligations.json"))
    expect(r._tag).toBe("Success")
    if (r._tag !== "Success") return
    expect(r.success.settings.quarters).toBe("calendar")
    expect(r.success.settings.adHoc[0]?.owner).toEqual({
      unitId: "thads-tay-ninh",
      name: Organization.get(Organization.tayNinh, "thads-tay-ninh").name
    })
    expect(ok(r.success.document).document).toEqual(r.success.document)
  })

  it.each<[string, unknown, ReadonlyArray<readonly [string, string]>]>([
    ["not an object", [], [["", "wrong-type"]]],
    ["an unknown key", { quarter: "calendar" }, [["/quarter", "unexpected-key"]]],
    ["a quarter that is neither", { quarters: "lunar" }, [["/quarters", "not-allowed"]]],
    ["an unknown due rule", { hearingDue: { kind: "soon" } }, [["/hearingDue/kind", "not-allowed"]]],
    [
      "days out of range",
      { steeringDue: { kind: "working-days-after-period-end", days: 61 } },
      [["/steeringDue/days", "out-of-range"]]
    ],
    ["days missing", { hearingDue: { kind: "working-days-after-period-end" } }, [["/hearingDue/days", "missing"]]],
    [
      "a key beside end-of-next-month",
      { hearingDue: { kind: "end-of-next-month", days: 3 } },
      [["/hearingDue/days", "unexpected-key"]]
    ],
    ["no kinds", { kinds: [] }, [["/kinds", "out-of-range"]]],
    ["an unknown kind", { kinds: ["hearing", "meeting"] }, [["/kinds/1", "not-allowed"]]],
    // The Schema checks a list's items before the list: a repeat is found once the items are known kinds.
    ["a repeated kind", { kinds: ["hearing", "review", "hearing"] }, [["/kinds/2", "duplicate"]]],
    ["more kinds than there are", { kinds: [...Obligation.kinds, "hearing"] }, [["/kinds", "too-many"]]],
    ["a due rule without its kind", { hearingDue: {} }, [["/hearingDue/kind", "missing"]]],
    [
      "days that are not a whole number",
      { hearingDue: { kind: "working-days-after-period-end", days: 1.5 } },
      [["/hearingDue/days", "out-of-range"]]
    ],
    ["a review that is not an object", { reviews: [1] }, [["/reviews/0", "wrong-type"]]],
    [
      "a review with an impossible date",
      { reviews: [review({ due: "2023-02-29" })] },
      [["/reviews/0/due", "bad-date"]]
    ],
    [
      "a review starting after its due date",
      { reviews: [review({ start: "2023-09-01" })] },
      [["/reviews/0/start", "out-of-range"]]
    ],
    [
      "a review without a title in English",
      { reviews: [review({ title: { vi: "Sơ kết" } })] },
      [["/reviews/0/title/en", "missing"]]
    ],
    ["a blank title", { reviews: [review({ title: { vi: " ", en: "x" } })] }, [["/reviews/0/title/vi", "wrong-type"]]],
    [
      "a title of blanks and line breaks",
      { reviews: [review({ title: { vi: "x", en: " \t\n" } })] },
      [["/reviews/0/title/en", "wrong-type"]]
    ],
    [
      "a title too long",
      { reviews: [review({ title: { vi: "x".repeat(301), en: "x" } })] },
      [["/reviews/0/title/vi", "out-of-range"]]
    ],
    ["repeated review ids", { reviews: [review(), review()] }, [["/reviews/1/id", "duplicate"]]],
    ["an id with a slash", { reviews: [review({ id: "a/b" })] }, [["/reviews/0/id", "bad-format"]]],
    ["a review without a due date", { reviews: [{ id: "x", title }] }, [["/reviews/0/due", "missing"]]],
    [
      "an unknown actor",
      { adHoc: [request({ owner: { actorId: "A17" } })] },
      [["/adHoc/0/owner/actorId", "unknown-actor"]]
    ],
    [
      "an unknown unit",
      { adHoc: [request({ recipient: { unitId: "atlantis" } })] },
      [["/adHoc/0/recipient/unitId", "unknown-unit"]]
    ],
    [
      "a unit that no longer exists on the due date",
      { adHoc: [request({ owner: { unitId: "cuc-tay-ninh" }, due: "2025-07-15" })] },
      [["/adHoc/0/owner/unitId", "unknown-unit"]]
    ],
    [
      "a party with both ids",
      { adHoc: [request({ owner: { unitId: "cuc-tay-ninh", actorId: "A05" } })] },
      [["/adHoc/0/owner", "not-allowed"]]
    ],
    ["a party with neither", { adHoc: [request({ owner: {} })] }, [["/adHoc/0/owner", "missing"]]],
    ["an empty unit id", { adHoc: [request({ owner: { unitId: "" } })] }, [["/adHoc/0/owner/unitId", "bad-format"]]],
    [
      "a unit id longer than 200 characters",
      { adHoc: [request({ owner: { unitId: "x".repeat(201) } })] },
      [["/adHoc/0/owner/unitId", "bad-format"]]
    ],
    [
      "an unknown unit among other problems is reported with them",
      { quarters: "lunar", adHoc: [request({ id: "a/b", recipient: { unitId: "atlantis" } })] },
      [
        ["/quarters", "not-allowed"],
        ["/adHoc/0/id", "bad-format"],
        ["/adHoc/0/recipient/unitId", "unknown-unit"]
      ]
    ],
    [
      "a request without a recipient",
      { adHoc: [request({ recipient: undefined })] },
      [["/adHoc/0/recipient", "missing"]]
    ],
    [
      "too many reviews",
      { reviews: Array.from({ length: 101 }, (_, i) => review({ id: `r${i}` })) },
      [["/reviews", "too-many"]]
    ],
    [
      "too many requests (the items are not read)",
      { adHoc: Array.from({ length: 1001 }, () => 1) },
      [["/adHoc", "too-many"]]
    ],
    [
      "too many requests, where the key is among the document's problems",
      { quarters: "lunar", adHoc: Array.from({ length: 1001 }, () => 1), kinds: [] },
      [
        ["/quarters", "not-allowed"],
        ["/adHoc", "too-many"],
        ["/kinds", "out-of-range"]
      ]
    ],
    ["a description that is not a string", { description: 5 }, [["/description", "wrong-type"]]],
    ["a description too long", { description: "x".repeat(301) }, [["/description", "out-of-range"]]]
  ])("%s", (_, input, expected) => {
    expect(problems(input)).toEqual(expected)
  })

  it("reports every problem of a document, in vi and en", () => {
    const r = ObligationSettings.decode({ quarters: 4, reviews: [review({ due: "x" })], adHoc: [request({ id: "" })] })
    expect(r._tag).toBe("Failure")
    if (r._tag !== "Failure") return
    expect(r.failure.map((p) => p.path)).toEqual(["/quarters", "/reviews/0/due", "/adHoc/0/id"])
    for (const p of r.failure) expect(p.message.vi).not.toBe(p.message.en)
    expect(ObligationSettings.summary(r.failure, "en", 2)).toBe(
      '/quarters: must be "statistical" or "calendar"; /reviews/0/due: must be a real YYYY-MM-DD date: not in the form YYYY-MM-DD (and 1 more)'
    )
  })

  it("JSON text: not JSON and repeated keys are problems", () => {
    const r = ObligationSettings.decodeJson("{")
    expect(r._tag === "Failure" ? r.failure.map((p) => p.code) : []).toEqual(["not-json"])
  })

  const valid = fc.record(
    {
      quarters: fc.constantFrom("statistical" as const, "calendar" as const),
      hearingDue: fc.oneof(
        fc.constant({ kind: "end-of-next-month" as const }),
        fc.record({
          kind: fc.constant("working-days-after-period-end" as const),
          days: fc.integer({ min: 0, max: 60 })
        })
      ),
      reviews: fc.uniqueArray(
        fc.record({
          id: fc.stringMatching(/^[a-z0-9][a-z0-9._-]{0,20}$/),
          title: fc.record({
            vi: fc.string({ minLength: 1, maxLength: 20 }).filter((s) => s.trim() !== ""),
            en: fc.constant("review")
          }),
          due: fc
            .date({ min: new Date("2021-09-01"), max: new Date("2030-12-31"), noInvalidDate: true })
            .map((x) => x.toISOString().slice(0, 10))
        }),
        { selector: (r) => r.id, maxLength: 5 }
      ),
      adHoc: fc.uniqueArray(
        fc.record({
          id: fc.stringMatching(/^[A-Z0-9][A-Za-z0-9_-]{0,10}$/),
          owner: fc.constantFrom({ actorId: "A04" }, { actorId: "A14" }, { unitId: "tong-cuc-thads" }),
          recipient: fc.constantFrom({ actorId: "A01" }, { actorId: "A02" }),
          due: fc
            .date({ min: new Date("2022-01-01"), max: new Date("2024-12-31"), noInvalidDate: true })
            .map((x) => x.toISOString().slice(0, 10)),
          title: fc.constant({ vi: "Đột xuất", en: "Ad hoc" })
        }),
        { selector: (r) => r.id, maxLength: 5 }
      )
    },
    { requiredKeys: [] }
  )

  test.prop([valid])("a valid document decodes, agrees with the Schema, and decodes to itself", (doc) => {
    expect(() => Schema.decodeUnknownSync(ObligationSettings.SettingsSchema)(doc)).not.toThrow()
    const { settings, document } = ok(doc)
    expect(ok(document).settings).toEqual(settings)
    expect(settings.reviews.map((r) => r.id)).toEqual((doc.reviews ?? []).map((r) => r.id))
  })

  test.prop([valid])("every review and ad-hoc request becomes an obligation that names its setting", (doc) => {
    const { settings } = ok(doc)
    const list = Obligation.generate({
      from: d("2021-01-01"),
      to: d("2031-01-01"),
      settings: { ...settings, kinds: ["review", "ad-hoc"] }
    })
    expect(list).toHaveLength(settings.reviews.length + settings.adHoc.length)
    for (const o of list) {
      expect(o.basis).toBe("assumed")
      const id = o.id.slice(o.kind.length + 1)
      const key = o.kind === "review" ? `Obligation.reviews.${id}` : `Obligation.adHoc.${id}`
      expect(o.settings?.map((s) => [s.key, s.value])).toEqual([[key, o.due]])
      expect(Obligation.byId(o.id, { settings })).toEqual(o)
    }
  })

  it("says each problem in vi and en, with the bounds and the reasons", () => {
    const messages = (u: unknown) => {
      const r = ObligationSettings.decode(u)
      return r._tag === "Failure" ? r.failure.map((p) => [p.path, p.message.vi, p.message.en]) : []
    }
    expect(messages({ reviews: [review({ due: "2023-02-29", title: { vi: "", en: "x".repeat(301) } })] })).toEqual([
      ["/reviews/0/title/vi", "phải là chuỗi không rỗng", "must be a non-empty string"],
      ["/reviews/0/title/en", "dài quá 300 ký tự", "longer than 300 characters"],
      [
        "/reviews/0/due",
        "phải là ngày có thật dạng YYYY-MM-DD: ngày 29 nằm ngoài 1–28 của tháng 02/2023",
        "must be a real YYYY-MM-DD date: day 29 is outside 1–28 for 02/2023"
      ]
    ])
    expect(messages({ hearingDue: { kind: "soon" }, reviews: [review(), review({ x: 1 })] })).toEqual([
      [
        "/hearingDue/kind",
        'phải là "end-of-next-month" hoặc "working-days-after-period-end"',
        'must be "end-of-next-month" or "working-days-after-period-end"'
      ],
      [
        "/reviews/1/x",
        'trường "x" không có trong mẫu (có: id, title, due, start)',
        'unexpected field "x" (allowed: id, title, due, start)'
      ]
    ])
    expect(
      messages({
        adHoc: [request({ owner: { actorId: "A17" }, recipient: { unitId: "cuc-tay-ninh" }, due: "2025-07-15" })]
      })
    ).toEqual([
      [
        "/adHoc/0/owner/actorId",
        "không có chủ thể này trong Chỉ thị 09-CT/TU (có: A01…A16)",
        "no such actor in Directive 09-CT/TU (known: A01…A16)"
      ],
      [
        "/adHoc/0/recipient/unitId",
        'đơn vị "cuc-tay-ninh" không còn (hoặc chưa có) vào ngày đến hạn 15/07/2025',
        'unit "cuc-tay-ninh" does not exist on the due date 2025-07-15'
      ]
    ])
    expect(messages({ reviews: Array.from({ length: 101 }, () => 1) })).toEqual([
      [
        "/reviews",
        "nhiều nhất 100 mục (có 101): các mục không được đọc",
        "at most 100 items (got 101): the items were not read"
      ]
    ])
  })

  it("reads no item of a list longer than its bound (bounded work)", () => {
    let read = 0
    const item = new Proxy(request(), {
      get: (target, key) => {
        read++
        return Reflect.get(target, key)
      }
    })
    expect(problems({ adHoc: Array.from({ length: 200_000 }, () => item) })).toEqual([["/adHoc", "too-many"]])
    expect(read).toBe(0)
  })

  it("docs/obligations.schema.json is generated (regenerate: npx thads schema --obligations > docs/obligations.schema.json)", () => {
    expect(JSON.parse(read("docs/obligations.schema.json"))).toEqual(
      JSON.parse(JSON.stringify(ObligationSettings.jsonSchema()))
    )
  })
})

describe("one definition of a valid document: the Schema and the decoder agree", () => {
  const org = Organization.tayNinh
  const schemaAccepts = (u: unknown) =>
    Schema.decodeUnknownResult(ObligationSettings.SettingsSchema)(u, { onExcessProperty: "error" })._tag === "Success"
  // What the Schema cannot know: each unit named exists on the request's due date.
  const unitsExist = (u: unknown) =>
    ((u as { adHoc?: ReadonlyArray<Record<string, { unitId?: string }>> }).adHoc ?? []).every((r) =>
      [r["owner"]?.unitId, r["recipient"]?.unitId].every((id) => {
        const unit = id === undefined ? undefined : org.byId.get(id)
        return id === undefined || (unit !== undefined && OrgUnit.existsOn(unit, d(r["due"] as unknown as string)))
      })
    )
  const agree = (u: unknown) => {
    const decoded = ObligationSettings.decode(u)
    const expected = schemaAccepts(u) && unitsExist(u)
    expect(decoded._tag === "Success", JSON.stringify(u)).toBe(expected)
    if (decoded._tag === "Failure")
      for (const p of decoded.failure) {
        // Every constraint says its problem: none falls back to a bare "not valid".
        expect(p.message.en).not.toMatch(/^(is not valid|has the wrong type)$/)
        expect(p.message.vi).not.toBe(p.message.en)
      }
  }

  it.each<[string, unknown]>([
    ["a title of blanks", { reviews: [review({ title: { vi: " ", en: "x" } })] }],
    ["a title of a line break", { reviews: [review({ title: { vi: "x", en: "\n" } })] }],
    ["a title with blanks around", { reviews: [review({ title: { vi: " x ", en: "x" } })] }],
    ["a unit id of 200 characters (not a unit)", { adHoc: [request({ owner: { unitId: "x".repeat(200) } })] }],
    ["a unit id of 201 characters", { adHoc: [request({ owner: { unitId: "x".repeat(201) } })] }],
    ["an empty unit id", { adHoc: [request({ owner: { unitId: "" } })] }],
    ["a unit of the organisation", { adHoc: [request({ owner: { unitId: "tong-cuc-thads" }, due: "2024-03-15" })] }],
    ["a $schema of 301 characters", { $schema: "x".repeat(301) }],
    ["an id of 64 characters", { reviews: [review({ id: "x".repeat(64) })] }],
    ["an id of 65 characters", { reviews: [review({ id: "x".repeat(65) })] }],
    ["an id with a non-ASCII letter", { reviews: [review({ id: "sơ-kết" })] }],
    ["repeated ids", { adHoc: [request(), request()] }],
    ["repeated kinds", { kinds: ["hearing", "hearing"] }],
    ["a start after the due date", { adHoc: [request({ start: "2024-03-16" })] }],
    ["a start on the due date", { adHoc: [request({ start: "2024-03-15" })] }],
    ["29 February of a leap year", { reviews: [review({ due: "2024-02-29" })] }],
    ["30 February", { reviews: [review({ due: "2026-02-30" })] }],
    ["year 0", { reviews: [review({ due: "0000-01-01" })] }],
    ["101 reviews", { reviews: Array.from({ length: 101 }, (_, i) => review({ id: `r${i}` })) }],
    ["100 reviews", { reviews: Array.from({ length: 100 }, (_, i) => review({ id: `r${i}` })) }],
    [
      "days 0 and 60",
      {
        hearingDue: { kind: "working-days-after-period-end", days: 0 },
        steeringDue: { kind: "working-days-after-period-end", days: 60 }
      }
    ],
    ["an actor beside a unit", { adHoc: [request({ owner: { unitId: "tong-cuc-thads", actorId: "A05" } })] }]
  ])("%s", (_, u) => agree(u))

  const junk = fc.oneof(
    fc.constant(null),
    fc.boolean(),
    fc.integer({ min: -5, max: 100 }),
    fc.string({ maxLength: 3 }),
    fc.constant([]),
    fc.constant({})
  )
  const maybe = <T>(good: fc.Arbitrary<T>, bad: fc.Arbitrary<unknown>) =>
    fc.oneof(
      { weight: 30, arbitrary: good as fc.Arbitrary<unknown> },
      { weight: 1, arbitrary: bad },
      { weight: 1, arbitrary: junk }
    )
  const date = maybe(
    fc
      .date({ min: new Date("2021-09-01"), max: new Date("2026-12-31"), noInvalidDate: true })
      .map((x) => x.toISOString().slice(0, 10)),
    fc.constantFrom("2023-02-29", "2024-02-29", "2026-02-30", "2023-13-01", "2023-1-01", "0000-01-01", "9999-12-31", "")
  )
  const text = maybe(
    fc.string({ minLength: 1, maxLength: 6 }),
    fc.constantFrom("", " ", "\t\n", " a ", "x".repeat(300), "x".repeat(301))
  )
  const id = maybe(
    fc.constantFrom("a", "b", "so-ket", "R.1_x"),
    fc.constantFrom("", "a/b", "-a", "x".repeat(64), "x".repeat(65), "sơ-kết")
  )
  const party = maybe(
    fc.constantFrom({ actorId: "A01" }, { actorId: "A14" }, { unitId: "tong-cuc-thads" }, { unitId: "thads-tay-ninh" }),
    fc.constantFrom(
      { actorId: "A17" },
      { unitId: "" },
      { unitId: "atlantis" },
      { unitId: "cuc-tay-ninh" },
      {},
      { unitId: "tong-cuc-thads", actorId: "A01" },
      { actorId: "A01", x: 1 },
      { actorId: 1 }
    )
  )
  // An object with, now and then, a required key left out or a key too many.
  const shaped = <T extends Record<string, unknown>>(record: fc.Arbitrary<T>, keys: ReadonlyArray<string>) =>
    fc
      .tuple(record, fc.constantFrom(undefined, ...keys), fc.boolean(), fc.integer({ min: 0, max: 9 }))
      .map(([r, drop, extra, roll]) => {
        const out: Record<string, unknown> = { ...r }
        if (drop !== undefined && roll === 0 && extra) delete out[drop]
        if (extra && roll === 1) out["extra"] = 1
        return out
      })
  const title = maybe(shaped(fc.record({ vi: text, en: text }), ["vi", "en"]), junk)
  // Mostly a start on or before the due date, now and then one after it (or none).
  const inOrder = <T extends Record<string, unknown>>(item: fc.Arbitrary<T>) =>
    fc.tuple(item, fc.integer({ min: 0, max: 9 })).map(([x, roll]) => {
      const { due, start } = x as { due?: unknown; start?: unknown }
      return typeof due === "string" && typeof start === "string" && start > due && roll > 0
        ? { ...x, due: start, start: due }
        : x
    })
  const reviewA = shaped(
    inOrder(fc.record({ id, title, due: date, start: date }, { requiredKeys: ["id", "title", "due"] })),
    ["id", "title", "due"]
  )
  const requestA = shaped(
    inOrder(
      fc.record(
        { id, owner: party, recipient: party, due: date, title, start: date },
        { requiredKeys: ["id", "owner", "recipient", "due", "title"] }
      )
    ),
    ["id", "owner", "recipient", "due", "title"]
  )
  const dueRule = maybe(
    fc.oneof(
      fc.constant({ kind: "end-of-next-month" }),
      fc.record({ kind: fc.constant("working-days-after-period-end"), days: fc.integer({ min: 0, max: 60 }) })
    ),
    fc.oneof(
      fc.constantFrom(
        { kind: "soon" },
        {},
        { kind: "end-of-next-month", days: 1 },
        { kind: "working-days-after-period-end" }
      ),
      fc.record({
        kind: fc.constant("working-days-after-period-end"),
        days: fc.oneof(fc.integer({ min: -3, max: 70 }), fc.double(), fc.constant("5"))
      })
    )
  )
  const document = shaped(
    fc.record(
      {
        $schema: maybe(fc.constant("../docs/obligations.schema.json"), fc.constant("x".repeat(301))),
        description: maybe(fc.string({ maxLength: 20 }), fc.constant("x".repeat(301))),
        quarters: maybe(fc.constantFrom("statistical", "calendar"), fc.constantFrom("lunar", "Calendar")),
        hearingDue: dueRule,
        steeringDue: dueRule,
        reviews: maybe(
          fc.array(reviewA, { maxLength: 4 }),
          fc.constant(Array.from({ length: 101 }, (_, i) => review({ id: `r${i}` })))
        ),
        adHoc: maybe(fc.array(requestA, { maxLength: 4 }), fc.constant(Array.from({ length: 1001 }, () => request()))),
        kinds: maybe(
          fc.uniqueArray(fc.constantFrom(...Obligation.kinds), { minLength: 1 }),
          fc.constantFrom([], ["hearing", "hearing"], ["meeting"], [...Obligation.kinds, "review"])
        )
      },
      { requiredKeys: [] }
    ),
    []
  )

  test.prop([document], { numRuns: 500 })(
    "a generated document, valid or nearly: both accept it or both refuse it",
    (u) => agree(u)
  )

  test.prop([fc.jsonValue({ maxDepth: 4 })])("any JSON: what the decoder accepts, the Schema accepts", (u) => {
    if (ObligationSettings.decode(u)._tag === "Success") expect(schemaAccepts(u)).toBe(true)
  })
})

describe("obligations from decoded settings", () => {
  const from = d("2024-10-01")
  const to = d("2025-09-30")

  it("calendar quarters: the hearings' periods are calendar quarters, and each names the setting", () => {
    const { settings } = ok({ quarters: "calendar", kinds: ["hearing"] })
    const hearings = Obligation.generate({ from, to, owner: "A04", settings })
    expect(hearings.map((o) => [o.period.start, o.period.end, o.frequency])).toEqual([
      ["2024-01-01", "2024-12-31", "yearly"],
      ["2025-01-01", "2025-03-31", "quarterly"],
      ["2025-01-01", "2025-06-30", "half-yearly"],
      ["2025-01-01", "2025-09-30", "quarterly"]
    ])
    for (const o of hearings)
      expect(o.settings?.map((s) => [s.key, s.value])).toEqual([
        ["Obligation.hearingDue", "end-of-next-month"],
        ["Obligation.quarters", "calendar"]
      ])
    const statistical = Obligation.generate({ from, to, owner: "A04", settings: { kinds: ["hearing"] } })
    expect(statistical.map((o) => o.period.end)).toEqual(["2024-12-31", "2025-03-31", "2025-06-30", "2025-09-30"])
    expect(statistical[0]?.settings?.map((s) => s.key)).toEqual(["Obligation.hearingDue"])
  })

  it("a configured review can be fulfilled from its start; an unconfigured one is unknown", () => {
    const { settings } = ok({ reviews: [review({ start: "2023-06-01" })] })
    const check = (obligationId: string, fulfilledOn: string) =>
      Obligation.checkFulfilment({ obligationId, fulfilledOn: d(fulfilledOn), today: d("2023-12-31"), settings })._tag
    expect(check("review/so-ket", "2023-08-20")).toBe("Accepted")
    expect(check("review/so-ket", "2023-05-31")).toBe("BeforePeriod")
    expect(check("review/tong-ket", "2023-08-20")).toBe("Unknown")
    expect(
      Obligation.checkFulfilment({
        obligationId: "review/so-ket",
        fulfilledOn: d("2023-08-20"),
        today: d("2023-12-31")
      })._tag
    ).toBe("Unknown")
  })

  it("a check's context generates the unit's obligations with the decoded settings it carries", () => {
    const report = Synthetic.report({ seed: 1, rows: 3, unitId: "cuc-tay-ninh", year: 2024, months: 12 })
    const data: Pipeline.ContextData = {
      organization: "tay-ninh",
      asOf: d("2024-10-31"),
      submissions: [{ obligationId: "x", submittedOn: d("2024-01-01") }],
      obligationSettings: ok({ quarters: "calendar", kinds: ["hearing"] })
    }
    const hearings = Pipeline.contextFor(data, report.header).obligations ?? []
    expect(hearings.map((t) => [t.obligation.period.start, t.obligation.period.end])).toEqual([
      ["2023-01-01", "2023-12-31"],
      ["2024-01-01", "2024-03-31"],
      ["2024-01-01", "2024-06-30"],
      ["2024-01-01", "2024-09-30"]
    ])
    // The settings are used as decoded, not decoded again: the check takes what the app decoded.
    const decoded = ok({ quarters: "calendar", kinds: ["hearing"] })
    const statistical = { ...decoded, settings: { ...decoded.settings, quarters: "statistical" as const } }
    const again = Pipeline.contextFor({ ...data, obligationSettings: statistical }, report.header).obligations ?? []
    expect(again.map((t) => t.obligation.period.end)).toEqual(["2023-12-31", "2024-03-31", "2024-06-30", "2024-09-30"])
    expect(again.map((t) => t.obligation.period.start)).toEqual([
      "2023-10-01",
      "2023-10-01",
      "2023-10-01",
      "2023-10-01"
    ])
  })

  it("the serialisable context has no settings: they are decoded where they are read", () => {
    expect(Object.keys(Pipeline.ContextSchema.fields)).not.toContain("obligationSettings")
  })
})
