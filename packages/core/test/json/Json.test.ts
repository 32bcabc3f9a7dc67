import { fc, test } from "@fast-check/vitest"
import { describe, expect, it } from "vitest"
import * as Json from "../../src/json/Json.js"

describe("Json.parse: duplicate keys", () => {
  it("reports a repeated key at its pointer, never taking the last value silently", () => {
    const r = Json.parse('{"header":{"year":2022,"year":2023},"rows":[{"V01":1},{"V01":2,"id":"a","V01":3}]}')
    expect(r._tag).toBe("NotJson")
    if (r._tag !== "NotJson") return
    expect(r.problems.map((p) => [p.path, p.code])).toEqual([
      ["/header/year", "duplicate-key"],
      ["/rows/1/V01", "duplicate-key"]
    ])
    expect(r.problem).toBe(r.problems[0])
    expect(r.problems[0]!.message.en).toContain('"year"')
  })

  it("escapes pointers and decodes escaped keys (\\u0061 is a)", () => {
    const r = Json.parse('{"a/b":{"~":1,"\\u007e":2},"x":{"a":1,"\\u0061":2}}')
    expect(r._tag === "NotJson" && r.problems.map((p) => p.path)).toEqual(["/a~1b/~0", "/x/a"])
  })

  it("is not fooled by colons in strings, escaped colons or escaped quotes", () => {
    expect(Json.parse('{"t":"10:30:00","k:e:y":"\\"a\\":1","u":"\\u003a"}')._tag).toBe("Parsed")
    // An escaped colon in a value balances a dropped key in the cheap count: the precise scan still finds it.
    const r = Json.parse('{"a":1,"a":2,"b":"\\u003a"}')
    expect(r._tag === "NotJson" && r.problems.map((p) => p.path)).toEqual(["/a"])
    expect(Json.parse('{"a":"\\\\u003a","b":1}')._tag).toBe("Parsed")
  })

  it("handles deep nesting without recursion", () => {
    const depth = 100_000
    const text = `${'{"a":'.repeat(depth)}1${"}".repeat(depth)}`
    // JSON.parse itself recurses; whatever it does, Json.parse never throws.
    const r = Json.parse(text)
    expect(["Parsed", "NotJson"]).toContain(r._tag)
    const dup = `${'{"a":'.repeat(5000)}{"b":1,"b":2}${"}".repeat(5000)}`
    const d = Json.parse(dup)
    expect(d._tag === "NotJson" && d.problems[0]!.path).toBe(`${"/a".repeat(5000)}/b`)
  })

  test.prop([fc.json()], { numRuns: 300 })("agrees with a reference on any JSON (no false alarms)", (text) => {
    expect(Json.parse(text)).toEqual({ _tag: "Parsed", value: JSON.parse(text) })
  })

  test.prop([fc.dictionary(fc.string(), fc.jsonValue(), { minKeys: 1 }), fc.nat(), fc.jsonValue()], { numRuns: 200 })(
    "finds any key repeated in any object",
    (o, pick, value) => {
      const keys = Object.keys(o)
      const key = keys[pick % keys.length]!
      const text = `${JSON.stringify(o).slice(0, -1)},${JSON.stringify(key)}:${JSON.stringify(value)}}`
      const r = Json.parse(text)
      expect(r._tag === "NotJson" && r.problems.map((p) => p.path)).toEqual([`/${Json.escape(key)}`])
    }
  )
})

describe("Json.decodeUtf8", () => {
  it("decodes UTF-8 and finds the offset of the first byte that is not", () => {
    const enc = new TextEncoder()
    expect(Json.decodeUtf8(enc.encode('{"unitName":"Tây Ninh"}'))).toEqual({
      _tag: "Decoded",
      text: '{"unitName":"Tây Ninh"}'
    })
    // "Tây" in Latin-1 / Windows-1258: â is 0xE2, followed by "y" — not a continuation byte.
    const latin1 = Uint8Array.from([...enc.encode('{"unitName":"T'), 0xe2, ...enc.encode('y Ninh"}')])
    const r = Json.decodeUtf8(latin1)
    expect(r).toMatchObject({ _tag: "NotUtf8", offset: 14, problem: { path: "", code: "not-utf8" } })
    expect(r._tag === "NotUtf8" && r.problem.message.en).toContain("byte 0xE2 at offset 14")
  })

  test.prop([fc.uint8Array({ maxLength: 64 })], { numRuns: 2000 })(
    "the offset agrees with the fatal TextDecoder on arbitrary bytes",
    (bytes) => {
      let valid = true
      try {
        new TextDecoder("utf-8", { fatal: true }).decode(bytes)
      } catch {
        valid = false
      }
      const offset = Json.invalidUtf8Offset(bytes)
      expect(offset === -1).toBe(valid)
      if (!valid) {
        // The prefix before the offset is valid UTF-8 (up to a sequence cut at the offset).
        expect(() => new TextDecoder("utf-8", { fatal: true }).decode(bytes.subarray(0, offset))).not.toThrow()
      }
    }
  )
})

describe("Json.ProblemList", () => {
  it("keeps the first max problems and counts the rest in one too-many-problems", () => {
    const list = new Json.ProblemList<"bad">(3)
    for (let i = 0; i < 10; i++) list.add(`/${i}`, "bad", "xấu", "bad")
    expect(list.size).toBe(3)
    const all = list.all()
    expect(all.map((p) => p.path)).toEqual(["/0", "/1", "/2", ""])
    expect(all[3]!.code).toBe("too-many-problems")
    expect(all[3]!.message.vi).toBe("và 7 lỗi khác không liệt kê (chỉ liệt kê 3 lỗi đầu tiên)")
  })

  it("adds no too-many-problems when nothing was dropped", () => {
    const list = new Json.ProblemList<"bad">(3)
    list.add("/a", "bad", "xấu", "bad")
    expect(list.all().map((p) => p.code)).toEqual(["bad"])
  })
})
