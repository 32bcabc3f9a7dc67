import { describe, expect, it } from "vitest"
import fc from "fast-check"
import * as Decode from "../../src/statistics/Decode.js"
import * as Report from "../../src/statistics/Report.js"
import * as Synthetic from "../../src/statistics/Synthetic.js"
import { clone } from "./fixtures.js"

const valid = () => clone(Synthetic.report({ seed: 7, rows: 4 })) as unknown as Record<string, any>
const problems = (u: unknown) => {
  const r = Decode.decode(u)
  return r._tag === "Failure" ? r.failure : []
}
const paths = (u: unknown) => problems(u).map((p) => p.path)

describe("Decode.decode", () => {
  it("accepts a consistent synthetic report and the shipped examples", () => {
    expect(Decode.decode(valid())._tag).toBe("Success")
  })

  it("collects every problem with its JSON pointer, not only the first", () => {
    const r = valid()
    r.cases.rows[3].V08 = -1
    r.cases.rows[1].V02 = "12"
    r.money.rows[0].T07 = 1.5
    r.money.total.T08 = 2 ** 60
    delete r.header.regime
    r.cases.rows[2].V15 = 3
    r.header.months = 13
    const ps = problems(r)
    expect(ps.map((p) => [p.path, p.code])).toEqual([
      ["/header/months", "out-of-range"],
      ["/header/regime", "missing"],
      ["/cases/rows/1/V02", "wrong-type"],
      ["/cases/rows/2/V15", "unexpected-key"],
      ["/cases/rows/3/V08", "negative"],
      ["/money/rows/0/T07", "not-integer"],
      ["/money/total/T08", "too-large"]
    ])
    const neg = ps.find((p) => p.code === "negative")!
    expect(neg.message.en).toBe("a count must be ≥ 0, got -1")
    expect(neg.message.vi).toBe("số việc phải ≥ 0, nhận được -1")
  })

  it("reports wrong shapes at the right place", () => {
    expect(paths(null)).toEqual([""])
    expect(paths([])).toEqual([""])
    const r = valid()
    r.cases.rows[0] = null
    r.money = { rows: "x" }
    expect(paths(r)).toEqual(["/cases/rows/0", "/money/rows", "/money/total"])
  })

  it("checks the header", () => {
    const r = valid()
    r.header = { unitId: "", year: 2023.5, months: 0, regime: "tt99", preparedAt: "yesterday", level: "province" }
    expect(problems(r).map((p) => [p.path, p.code])).toEqual([
      ["/header/unitId", "empty"],
      ["/header/level", "not-allowed"],
      ["/header/year", "not-integer"],
      ["/header/months", "out-of-range"],
      ["/header/regime", "not-allowed"],
      ["/header/preparedAt", "bad-format"]
    ])
  })

  it("decodes JSON text: not JSON, a byte-order mark, NFD Vietnamese names", () => {
    expect(Decode.decodeJson("{")).toMatchObject({ _tag: "Failure", failure: [{ path: "", code: "not-json" }] })
    expect(Decode.decodeJson(`\uFEFF${JSON.stringify(valid())}`)._tag).toBe("Success")
    const r = valid()
    r.header.unitName = "Tây Ninh".normalize("NFD")
    expect(Decode.decodeJson(JSON.stringify(r))._tag).toBe("Success")
  })
})

/** Random damage to a valid report. */
const mutation = fc.oneof(
  fc.record({ kind: fc.constant("delete" as const), at: fc.nat() }),
  fc.record({
    kind: fc.constant("set" as const),
    at: fc.nat(),
    value: fc.oneof(
      fc.constant(-1),
      fc.constant(1.5),
      fc.constant(2 ** 60),
      fc.constant("7"),
      fc.constant(null),
      fc.constant(0).map(() => []),
      fc.constant(0).map(() => ({})),
      fc.constant(true),
      fc.integer({ min: 0, max: 100 })
    )
  }),
  fc.record({ kind: fc.constant("add" as const), at: fc.nat(), key: fc.constantFrom("V99", "extra", "T00", "id2") })
)

/** Every object in the report, with its key list, so mutations can pick one. */
const containers = (u: unknown, out: Array<Record<string, unknown>> = []): Array<Record<string, unknown>> => {
  if (typeof u === "object" && u !== null) {
    out.push(u as Record<string, unknown>)
    for (const v of Object.values(u)) containers(v, out)
  }
  return out
}

type Mutation =
  | { readonly kind: "delete"; readonly at: number }
  | { readonly kind: "set"; readonly at: number; readonly value: unknown }
  | { readonly kind: "add"; readonly at: number; readonly key: string }

const mutate = (r: unknown, ms: ReadonlyArray<Mutation>) => {
  for (const m of ms) {
    const all = containers(r)
    const target = all[m.at % all.length]!
    const keys = Object.keys(target)
    if (m.kind === "add") {
      if (!Array.isArray(target)) target[m.key] = 1
    } else if (keys.length > 0) {
      const key = keys[m.at % keys.length]!
      if (m.kind === "delete") {
        if (!Array.isArray(target)) delete target[key]
      } else target[key] = m.value
    }
  }
  return r
}

describe("the fast decoder agrees with the Schema decoder", () => {
  it("on valid reports", () => {
    fc.assert(
      fc.property(fc.integer(), fc.integer({ min: 0, max: 12 }), (seed, rows) => {
        const r = Synthetic.report({ seed, rows })
        expect(Decode.decode(r)._tag).toBe("Success")
        expect(Decode.decodeWithSchema(r)._tag).toBe("Success")
      }),
      { numRuns: 50 }
    )
  })

  it("on broken reports: same verdict, problems at the same paths", () => {
    let failures = 0
    fc.assert(
      fc.property(fc.integer(), fc.array(mutation, { minLength: 1, maxLength: 6 }), (seed, ms) => {
        const r = mutate(clone(Synthetic.report({ seed, rows: 3 })), ms)
        const fast = Decode.decode(r)
        const reference = Decode.decodeWithSchema(r)
        expect(fast._tag).toBe(reference._tag)
        if (fast._tag === "Failure" && reference._tag === "Failure") {
          failures++
          expect(new Set(fast.failure.map((p) => p.path))).toEqual(new Set(reference.failure.map((p) => p.path)))
        }
      }),
      { numRuns: 500 }
    )
    expect(failures).toBeGreaterThan(300) // the mutations really break reports
  })
})

describe("JSON Schema", () => {
  it("is generated from the Schema and describes the three parts", () => {
    const s = Report.jsonSchema() as {
      properties: Record<string, unknown>
      required: ReadonlyArray<string>
      additionalProperties: unknown
    }
    expect(s.additionalProperties).toBe(false)
    expect(Object.keys(s.properties)).toEqual(["formatVersion", "header", "cases", "money"])
    expect(s.required).toEqual(["header", "cases", "money"])
  })
})
