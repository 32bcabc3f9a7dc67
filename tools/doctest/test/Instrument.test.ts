// biome-ignore-all lint/suspicious/noTemplateCurlyInString: the strings are examples' code, template literals and their ${…} included
import { describe, expect, it } from "vitest"
import * as Instrument from "../src/Instrument.ts"

describe("Instrument.instrument", () => {
  it("asserts a line with a literal comment", () => {
    expect(Instrument.instrument("Rate.percent(1, 2) // { value: 50 }")).toContain(";__equals((Rate.percent(1, 2))")
    expect(Instrument.instrument("const a = f() // 2")).toBe('const a = f()\n;__equals(a, "2", 1)')
    expect(Instrument.instrument(";(r as X).message // 2")).toBe(';__equals(((r as X).message), "2", 1)')
  })

  it("asserts expressions whose first name begins with a keyword (formatNumber, typeof, letters, classify)", () => {
    for (const line of ['formatNumber(1) // "1"', 'typeof x // "number"', "letters.length // 3", 'classify(c) // "a"'])
      expect(Instrument.instrument(line)).toMatch(/^;__equals\(/)
    expect(Instrument.instrument("for (const x of xs) f(x) // 1")).not.toMatch(/__equals/)
    expect(Instrument.instrument("type A = 1 // 1")).not.toMatch(/__equals/)
  })

  it("asserts a statement spread over lines by the comment on its last line", () => {
    const code = Instrument.instrument("const a = 1\nf({\n  x: [1,\n    2]\n}) // 3\ng() // 4")
    expect(code).toBe('const a = 1\n;__equals((f({\n  x: [1,\n    2]\n})), "3", 5)\n;__equals((g()), "4", 6)')
    expect(Instrument.instrument("if (x) {\n  y()\n} // 1")).toBe("if (x) {\n  y()\n} // 1")
  })

  it("asserts the statement above a comment on a line of its own", () => {
    expect(Instrument.instrument("f(1)\n// 2")).toBe(';__equals((f(1)), "2", 2)')
    expect(Instrument.instrument("f(\n  1\n)\n// XError: no")).toBe(';__throws(() => (f(\n  1\n)), "XError", 4, "no")')
    expect(Instrument.instrument("// prose\n// 2")).toBe("// prose\n// 2")
    expect(Instrument.instrument("g() // 1\n// 2")).toBe(';__equals((g()), "1", 1)\n// 2')
  })

  it("awaits the assertion of a throw when the expression awaits", () => {
    expect(Instrument.instrument("await Read.read(bytes) // WorkbookError: not a zip")).toBe(
      ';await __throws(async () => (await Read.read(bytes)), "WorkbookError", 1, "not a zip")'
    )
  })

  it("passes the text after the error's name as the message to check, and none without a text", () => {
    expect(Instrument.instrument('f() // XError: the "a" — b…')).toBe(
      ';__throws(() => (f()), "XError", 1, "the \\"a\\" — b…")'
    )
    expect(Instrument.instrument("f() // XError")).toBe(';__throws(() => (f()), "XError", 1)')
    expect(Instrument.instrument("f() // XError:")).toBe(';__throws(() => (f()), "XError", 1)')
    expect(Instrument.instrument("f() // Error: no")).toBe(';__throws(() => (f()), "Error", 1, "no")')
  })

  it("reads a template literal that spans lines as one statement: a `//` line inside it is its text", () => {
    const code = "const t = `a\n// 1\nb`\nt.length // 8"
    expect(Instrument.instrument(code)).toBe('const t = `a\n// 1\nb`\n;__equals((t.length), "8", 4)')
    expect(Instrument.instrument("f(`a\n// 1\n`) // 2")).toBe(';__equals((f(`a\n// 1\n`)), "2", 3)')
    expect(Instrument.instrument("const t = `a\n  ${x} // 1\n` // 2")).toBe(
      'const t = `a\n  ${x} // 1\n`\n;__equals(t, "2", 3)'
    )
    // The text of a literal keeps its trailing blanks; code lines lose theirs.
    expect(Instrument.instrument("const t = `a  \nb`   ")).toBe("const t = `a  \nb`")
  })

  it("finds no comment in a regular expression, and none in a block comment", () => {
    expect(Instrument.instrument("/https?:\\/\\//.test(u) // true")).toBe(
      ';__equals((/https?:\\/\\//.test(u)), "true", 1)'
    )
    expect(Instrument.instrument("f(/* // 2 */ 1) // 1")).toBe(';__equals((f(/* // 2 */ 1)), "1", 1)')
  })

  it("leaves prose, declarations without a literal and comments inside strings alone", () => {
    expect(Instrument.instrument("f() // the first one")).toBe("f() // the first one")
    expect(Instrument.instrument('const u = "http://x" // 1')).toBe('const u = "http://x"\n;__equals(u, "1", 1)')
    expect(Instrument.instrument("const a = [\n  1, // 2\n]")).toBe("const a = [\n  1, // 2\n]")
  })
})

describe("Instrument.unchecked", () => {
  // Each line found, with the kind of its reason.
  const kinds: ReadonlyArray<readonly [string, RegExp]> = [
    ["keyword", /^after a statement led by a keyword/],
    ["brackets", /^inside brackets: only a statement at depth 0 is asserted$/],
    ["above", /^no statement just above it to assert$/],
    ["comma", /^after a comma/],
    ["value", /is not a value \(an ellipsis … outside a string, a name\): give the whole value$/],
    ["prose", /^prose after an expression: say what it equals/]
  ]
  const reasons = (code: string) =>
    Instrument.unchecked(code).map((u) => [u.line, kinds.find(([, r]) => r.test(u.reason))?.[0] ?? u.reason])

  it("finds nothing in an example whose claims are all asserted, and whose prose is set apart", () => {
    const code = [
      "const a = f() // the first one",
      "a.b // 2",
      "f(",
      "  1",
      ") // XError: no",
      "// prose on a line of its own",
      "g()",
      "// { a: 1 }",
      "x.value = 1260 // typed over its formula",
      "for (const y of ys) h(y) // each one",
      "const b = [",
      "  1, // the first",
      "]",
      'f() === "Đang tải…" // true',
      'f() // "Đang tải…"'
    ].join("\n")
    expect(Instrument.unchecked(code)).toEqual([])
  })

  it("finds a claim after a statement led by a keyword", () => {
    expect(reasons("if (c) f() // 1")).toEqual([[1, "keyword"]])
    expect(reasons("for (const x of xs) f(x) // true")).toEqual([[1, "keyword"]])
    expect(reasons("const { a } = f() // 1")).toEqual([[1, "keyword"]])
    expect(reasons("const a = f() // XError")).toEqual([[1, "keyword"]])
    expect(reasons("return f() // 1")).toEqual([[1, "keyword"]])
    expect(reasons("if (x) {\n  y()\n} // 1")).toEqual([[3, "keyword"]])
  })

  it("finds a claim inside brackets, after a comma, or with no statement above", () => {
    expect(reasons("const a = [\n  1, // 2\n]")).toEqual([[2, "brackets"]])
    expect(reasons("Effect.gen(function* () {\n  x // true\n})")).toEqual([[2, "brackets"]])
    expect(reasons("f({ // 1\n})")).toEqual([[1, "brackets"]])
    expect(reasons("g() // 1\n// 2")).toEqual([[2, "above"]])
    expect(reasons("// 2")).toEqual([[1, "above"]])
    expect(reasons("const a = 1\n\n  // 2")).toEqual([[3, "above"]])
    expect(reasons("f(1), // 1")).toEqual([[1, "comma"]])
  })

  it("finds nothing in the text of a template literal that spans lines, and what follows it", () => {
    expect(reasons("const t = `\n// 1\n  // [1, …]\n// XError: no\n`")).toEqual([])
    expect(reasons("const t = `\n// 1\n`\n// 2")).toEqual([])
    expect(reasons("const t = `\n${f(\n  1 // 2\n)}`")).toEqual([[3, "brackets"]])
    expect(reasons("const t = `a\nb`\nif (t) f() // 1")).toEqual([[3, "keyword"]])
    expect(reasons("const t = `a\nb`\nt.length // 3 characters")).toEqual([[3, "prose"]])
  })

  it("finds a literal that is not a value: an ellipsis outside a string, a name", () => {
    expect(reasons('f() // { id: "…", … }')).toEqual([[1, "value"]])
    expect(reasons("const a = f() // [1, …, 9]")).toEqual([[1, "value"]])
    expect(reasons("f()\n// [{ a: 1 }, …]")).toEqual([[2, "value"]])
    expect(reasons("f() // { m: Float64Array(2) }")).toEqual([[1, "value"]])
    expect(reasons('f() // "…64 hex digits…"')).toEqual([])
  })

  it("finds prose after an expression, which reads as a claim", () => {
    for (const line of ["f() // 9 Chi cục", "next() // 0.6011…", "total.V08 // completed, cases", "f() // Failure: x"])
      expect(reasons(line)).toEqual([[1, "prose"]])
    for (const line of ["a === b // the same", "await f() // done"]) expect(reasons(line)).toEqual([[1, "prose"]])
    for (const line of ["a.b = 1 // set", "x += 2 // more", "const f = (x) => x // identity", "type A = 1 // one"])
      expect(reasons(line)).toEqual([])
  })
})
