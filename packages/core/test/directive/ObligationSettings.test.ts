import { readFileSync } from "node:fs"
import { fc, test } from "@fast-check/vitest"
import * as Schema from "effect/Schema"
import { describe, expect, it } from "vitest"
import * as CivilDate from "../../src/base/CivilDate.js"
import * as Pipeline from "../../src/compliance/Pipeline.js"
import * as Obligation from "../../src/directive/Obligation.js"
import * as ObligationSettings from "../../src/directive/ObligationSettings.js"
import * as Organization from "../../src/organization/Organization.js"
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
    [
      "an unknown kind and a repeated one",
      { kinds: ["hearing", "meeting", "hearing"] },
      [
        ["/kinds/1", "not-allowed"],
        ["/kinds/2", "duplicate"]
      ]
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
    ]
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

  it("the Schema refuses what the decoder refuses by shape", () => {
    for (const bad of [
      { quarters: "lunar" },
      { kinds: [] },
      { reviews: [review({ due: "2023-02-29" })] },
      { adHoc: [request({ owner: { actorId: "A17" } })] },
      { x: 1 }
    ])
      expect(() =>
        Schema.decodeUnknownSync(ObligationSettings.SettingsSchema)(bad, { onExcessProperty: "error" })
      ).toThrow()
  })

  it("docs/obligations.schema.json is generated (regenerate: npx thads schema --obligations > docs/obligations.schema.json)", () => {
    expect(JSON.parse(read("docs/obligations.schema.json"))).toEqual(
      JSON.parse(JSON.stringify(ObligationSettings.jsonSchema()))
    )
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

  it("a check's context generates the unit's obligations with the settings of the context", () => {
    const report = Synthetic.report({ seed: 1, rows: 3, unitId: "cuc-tay-ninh", year: 2024, months: 12 })
    const data: Pipeline.ContextData = {
      organization: "tay-ninh",
      asOf: d("2024-10-31"),
      submissions: [{ obligationId: "x", submittedOn: d("2024-01-01") }],
      obligationSettings: { quarters: "calendar", kinds: ["hearing"] }
    }
    const hearings = Pipeline.contextFor(data, report.header).obligations ?? []
    expect(hearings.map((t) => [t.obligation.period.start, t.obligation.period.end])).toEqual([
      ["2023-01-01", "2023-12-31"],
      ["2024-01-01", "2024-03-31"],
      ["2024-01-01", "2024-06-30"],
      ["2024-01-01", "2024-09-30"]
    ])
    expect(() => Pipeline.contextFor({ ...data, obligationSettings: { kinds: [] } }, report.header)).toThrow(
      ObligationSettings.InvalidSettingsError
    )
  })
})
