import { describe, expect, it } from "vitest"
import * as Literal from "../src/Literal.ts"

describe("Literal.leading", () => {
  it("takes a literal followed by nothing or by prose set apart", () => {
    expect(Literal.leading('"2022-02-08" — across Tết')).toBe('"2022-02-08"')
    expect(Literal.leading("{ a: 1, b: [2] } — and more")).toBe("{ a: 1, b: [2] }")
    expect(Literal.leading("undefined: income is not excluded")).toBe("undefined")
    expect(Literal.leading("11: the Cục and 9 districts")).toBe("11")
    expect(Literal.leading("[1, 2] (sorted)")).toBe("[1, 2]")
    expect(Literal.leading("-1.5e3")).toBe("-1.5e3")
    expect(Literal.leading("3:")).toBe("3")
    expect(Literal.leading("3, then 4")).toBe("3")
    expect(Literal.leading("3; the rest")).toBe("3")
    expect(Literal.leading("'it\\'s'")).toBe("'it\\'s'")
  })

  it("takes prose for prose", () => {
    expect(Literal.leading("điểm a khoản 1 Điều 44a")).toBeUndefined()
    expect(Literal.leading("1/2 nhuận 2023")).toBeUndefined()
    expect(Literal.leading("true story")).toBeUndefined()
    expect(Literal.leading('"unclosed')).toBeUndefined()
    expect(Literal.leading("{ unclosed")).toBeUndefined()
    expect(Literal.leading("20:00 UTC on 7 April 2022")).toBeUndefined()
    expect(Literal.leading("1,234 VND")).toBeUndefined()
    expect(Literal.leading("2;3")).toBeUndefined()
  })
})

describe("Literal.evaluate", () => {
  it("evaluates a literal; an ellipsis or a name is not a value", () => {
    expect(Literal.evaluate("{ a: [1, 'b'] }")).toEqual({ a: [1, "b"] })
    expect(Literal.evaluate("[1, …]")).toBe(Literal.NOT_A_VALUE)
    expect(Literal.evaluate("[1, ...]")).toBe(Literal.NOT_A_VALUE)
    expect(Literal.evaluate("notDefinedAnywhere")).toBe(Literal.NOT_A_VALUE)
    expect(Literal.evaluate('{ id: "r1", … }')).toBe(Literal.NOT_A_VALUE)
    expect(Literal.evaluate("Float64Array(2)")).toBe(Literal.NOT_A_VALUE)
  })

  it("takes an ellipsis inside a string as the character", () => {
    expect(Literal.evaluate('"Đang tải…"')).toBe("Đang tải…")
    expect(Literal.evaluate("'a...b'")).toBe("a...b")
    expect(Literal.evaluate('{ a: "x \\" …", b: [\'…\'] }')).toEqual({ a: 'x " …', b: ["…"] })
    expect(Literal.evaluate('["…", …]')).toBe(Literal.NOT_A_VALUE)
  })
})
