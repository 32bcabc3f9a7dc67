/**
 * The one-pass reader: whatever it returns is exactly what `JSON.parse` and
 * the full decoder give (the same objects, keys in the same order, the same
 * values, no repeated key); it takes the common forms; and `decodeJson` gives
 * the same answer with it as the full path does alone — on generated reports
 * in many layouts and on mutations of their text.
 */
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import * as Json from "../../src/json/Json.js"
import * as Decode from "../../src/statistics/Decode.js"
import * as FastDecode from "../../src/statistics/FastDecode.js"
import * as Synthetic from "../../src/statistics/Synthetic.js"
import * as Values from "../../src/statistics/Values.js"

type Obj = Record<string, unknown>

/** The full path alone: parse with the duplicate-key check, then decode. */
const reference = (text: string): Decode.Result => {
  const parsed = Json.parse(text, 2 * Decode.MAX_ROWS + 10_000)
  if (parsed._tag === "NotJson") return { _tag: "Failure", failure: parsed.problems } as unknown as Decode.Result
  return Decode.decode(parsed.value)
}

const matrix = (v: Values.Values) => ({
  cases: [v.cases.rows, Array.from(v.cases.m)],
  money: [v.money.rows, Array.from(v.money.m)]
})

/** The contract of FastDecode.scan on one text. */
const holds = (text: string): "scanned" | "declined" => {
  const s = FastDecode.scan(text)
  const parsed = Json.parse(text, 2 * Decode.MAX_ROWS + 10_000)
  if (s === undefined) return "declined"
  // Only valid JSON without a repeated key is scanned …
  expect(parsed._tag).toBe("Parsed")
  if (parsed._tag !== "Parsed") return "scanned"
  // … into the same objects, keys in the same order …
  expect(JSON.stringify(s.report)).toBe(JSON.stringify(parsed.value))
  expect(s.report).toEqual(parsed.value)
  // … whose tables decode, with the same values (only the header is left to the decoder).
  const d = Decode.decode(parsed.value)
  if (d._tag === "Success") expect(matrix(s.values)).toEqual(matrix(d.success.values))
  else for (const p of d.failure) expect(p.path).toMatch(/^\/(header|formatVersion)(\/|$)/)
  return "scanned"
}

const sameAnswer = (text: string) => {
  const fast = Decode.decodeJson(text)
  const slow = reference(text)
  expect(fast._tag).toBe(slow._tag)
  if (fast._tag === "Success" && slow._tag === "Success") {
    expect(JSON.stringify(fast.success.report)).toBe(JSON.stringify(slow.success.report))
    expect(matrix(fast.success.values)).toEqual(matrix(slow.success.values))
  }
  if (fast._tag === "Failure" && slow._tag === "Failure")
    expect(fast.failure.map((p) => p.path).sort()).toEqual(
      expect.arrayContaining(slow.failure.map((p) => p.path).sort())
    )
}

const names = ["Chi cục THADS Gò Dầu", 'Tổ "A"', "a\\b", "tab\there", "x\u0001y", "🙂", "\ud800", "", "a:b"]

const arbReport = fc.record({
  seed: fc.integer({ min: 1, max: 10_000 }),
  rows: fc.integer({ min: 0, max: 6 }),
  name: fc.option(fc.constantFrom(...names), { nil: undefined }),
  dropKind: fc.boolean(),
  shuffle: fc.boolean(),
  totalFirst: fc.boolean(),
  moneyFirst: fc.boolean(),
  header: fc.constantFrom("plain", "full", "bad-date", "bad-level", "number-as-text"),
  version: fc.constantFrom("1", "2", undefined),
  layout: fc.constantFrom<string | number | undefined>(undefined, 2, "\t", " \r\n"),
  bom: fc.boolean()
})

interface Shape {
  readonly seed: number
  readonly rows: number
  readonly name?: string | undefined
  readonly dropKind: boolean
  readonly shuffle: boolean
  readonly totalFirst: boolean
  readonly moneyFirst: boolean
  readonly header: string
  readonly version?: string | undefined
  readonly layout?: string | number | undefined
  readonly bom?: boolean
}

const build = (o: Shape): string => {
  const r = JSON.parse(JSON.stringify(Synthetic.report({ seed: o.seed, rows: o.rows }))) as Obj
  const header = r.header as Obj
  if (o.header === "full") {
    header.unitName = "Chi cục Thi hành án dân sự huyện Gò Dầu"
    header.level = "chi-cuc"
    header.preparedAt = "2023-10-04T16:30:00+07:00"
    header.submittedAt = "2023-10-05T09:00:00+07:00"
  } else if (o.header === "bad-date") header.submittedAt = "2023-02-30T09:00:00+07:00"
  else if (o.header === "bad-level") header.level = "province"
  else if (o.header === "number-as-text") header.year = "2023"
  if (o.version === undefined) delete r.formatVersion
  else r.formatVersion = o.version
  for (const t of ["cases", "money"]) {
    const table = r[t] as { rows: Array<Obj>; total: Obj }
    table.rows = table.rows.map((row, i) => {
      let entries = Object.entries(row)
      if (o.dropKind) entries = entries.filter(([k]) => k !== "kind")
      if (o.name !== undefined) entries.splice(1, 0, ["name", `${o.name}${i}`])
      if (o.shuffle && i % 2 === 1) entries.reverse()
      return Object.fromEntries(entries)
    })
    if (o.totalFirst) r[t] = { total: table.total, rows: table.rows }
  }
  const ordered = o.moneyFirst
    ? {
        ...(r.formatVersion === undefined ? {} : { formatVersion: r.formatVersion }),
        money: r.money,
        header,
        cases: r.cases
      }
    : r
  return `${o.bom ? "\uFEFF" : ""}${JSON.stringify(ordered, null, o.layout)}`
}

const mutation = fc.record({
  at: fc.nat(),
  what: fc.constantFrom(
    "-",
    "-1",
    "1.5",
    "1e3",
    "0",
    "01",
    '"7"',
    "null",
    "true",
    " ",
    "\n",
    ",",
    "}",
    "]",
    '"V01":5,',
    '"T03":5,',
    '"id":"x",',
    '"name":"y",',
    '"kind":"unit",',
    '"extra":1,',
    '"header":{},',
    "\\u0041",
    "delete",
    "truncate"
  )
})

const mutate = (text: string, m: { at: number; what: string }): string => {
  const at = m.at % (text.length + 1)
  if (m.what === "delete") return text.slice(0, at) + text.slice(at + 1)
  if (m.what === "truncate") return text.slice(0, at)
  // Members are inserted just after an opening brace, where they are well-formed JSON.
  if (m.what.endsWith(",") && m.what.length > 1) {
    const brace = text.indexOf("{", at)
    return brace < 0 ? text : text.slice(0, brace + 1) + m.what + text.slice(brace + 1)
  }
  return text.slice(0, at) + m.what + text.slice(at)
}

describe("FastDecode.scan", () => {
  it("reads the common forms: compact, indented, reordered keys, names, a byte-order mark", () => {
    const base = { seed: 5, rows: 4, dropKind: false, shuffle: false, totalFirst: false, moneyFirst: false }
    const variants = [
      { ...base, header: "plain", version: "1", layout: undefined, bom: false },
      { ...base, header: "full", version: undefined, layout: 2, bom: true, name: "Chấp hành viên Nguyễn Văn A" },
      { ...base, header: "full", version: "1", layout: "\t", shuffle: true, totalFirst: true, moneyFirst: true },
      { ...base, header: "plain", version: "1", layout: " \r\n", dropKind: true, rows: 0 }
    ]
    for (const v of variants) expect(holds(build(v))).toBe("scanned")
    // Characters of two, three and four UTF-8 bytes, and a lone surrogate (one JavaScript character, three bytes).
    const t = build({ ...base, header: "full", version: "1" })
    for (const id of ["đơn-vị-ờ", "🙂-01", "x\ud800y", "\udfff"]) {
      const text = t.replace('"unit-02"', `"${id}"`)
      expect(holds(text)).toBe("scanned")
      const scanned = FastDecode.scan(text)!.report as { cases: { rows: Array<Obj> } }
      expect(scanned.cases.rows[1]!.id).toBe(id)
    }
  })

  it("declines what it does not check itself (the full path then collects every problem)", () => {
    const t = JSON.stringify(Synthetic.report({ seed: 2, rows: 3 }))
    for (const bad of [
      t.replace('"V02":', '"V02":-'),
      t.replace(/"V02":(\d+)/, '"V02":$1.5'),
      t.replace(/"T02":(\d+)/, '"T02":$1e3'),
      t.replace(/"V02":\d+/, '"V02":"7"'),
      t.replace('"V02":', '"V02":0,"V02":'),
      t.replace('"year":', '"year":2020,"year":'),
      t.replace('"id":"unit-01"', '"id":""'),
      t.replace('"kind":"unit"', '"kind":"team"'),
      t.replace('"id":"unit-01"', '"id":"unit\\u002d01"'),
      t.replace(/,"V14":\d+/, ""),
      t.replace('"total":{', '"total":{"id":"x",'),
      t.replace(/"T01":\d+/, '"T01":9007199254740992'),
      t.replace(/"T01":\d+/, '"T01":90071992547409910'),
      `${t} x`,
      t.slice(0, -1),
      "",
      "[]",
      "{}"
    ])
      expect(FastDecode.scan(bad)).toBeUndefined()
  })

  it("keeps no more scratch memory than a small report needs after a large one", () => {
    const big = JSON.stringify(Synthetic.report({ seed: 3, rows: 5000, maxAmount: 1e9 }))
    expect(FastDecode.scan(big)?.values.cases.rows).toBe(5000)
    const small = FastDecode.scan(JSON.stringify(Synthetic.report({ seed: 3, rows: 1 })))
    expect(small?.values.cases.m.length).toBe(2 * Values.WIDTH)
  })

  it("on generated reports in many layouts: exactly the full path's objects and values, and the same answer", () => {
    let scanned = 0
    fc.assert(
      fc.property(arbReport, (o) => {
        const text = build(o)
        if (holds(text) === "scanned") scanned++
        sameAnswer(text)
      }),
      { numRuns: 300 }
    )
    // Most generated reports are in a form the reader takes.
    expect(scanned).toBeGreaterThan(100)
  })

  it("on mutated report text: never a report the full path would not give", () => {
    fc.assert(
      fc.property(arbReport, fc.array(mutation, { minLength: 1, maxLength: 3 }), (o, ms) => {
        const text = ms.reduce(mutate, build(o))
        holds(text)
        sameAnswer(text)
      }),
      { numRuns: 1500 }
    )
  })
})
