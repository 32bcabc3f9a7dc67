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

  it("leaves prose, declarations without a literal and comments inside strings alone", () => {
    expect(Instrument.instrument("f() // the first one")).toBe("f() // the first one")
    expect(Instrument.instrument('const u = "http://x" // 1')).toBe('const u = "http://x"\n;__equals(u, "1", 1)')
    expect(Instrument.instrument("const a = [\n  1, // 2\n]")).toBe("const a = [\n  1, // 2\n]")
  })
})
