import { describe, expect, it } from "vitest"
import * as Assert from "../src/Assert.ts"

class LunarError extends Error {
  readonly _tag = "LunarError"
}

describe("Assert.throwsAt", () => {
  it("takes an error returned as an error thrown", () => {
    expect(() => Assert.throwsAt("t")(() => new LunarError("no"), "LunarError", 1)).not.toThrow()
    expect(() =>
      Assert.throwsAt("t")(
        () => {
          throw new LunarError("no")
        },
        "LunarError",
        1
      )
    ).not.toThrow()
    expect(() => Assert.throwsAt("t")(() => "2024-01-01", "LunarError", 1)).toThrow(/to be thrown or returned/)
    expect(() => Assert.throwsAt("t")(() => new RangeError("x"), "LunarError", 1)).toThrow(/LunarError/)
  })

  it("takes a rejection, or a promise of an error, for an expression that awaits", async () => {
    await expect(Assert.throwsAt("t")(() => Promise.reject(new LunarError("no")), "LunarError", 1)).resolves.toBe(
      undefined
    )
    await expect(Assert.throwsAt("t")(async () => new LunarError("no"), "LunarError", 1)).resolves.toBe(undefined)
    await expect(Assert.throwsAt("t")(async () => 1, "LunarError", 1)).rejects.toThrow(/to be thrown or returned/)
    await expect(Assert.throwsAt("t")(() => Promise.reject(new TypeError("x")), "LunarError", 1)).rejects.toThrow(
      /expected LunarError, got TypeError/
    )
  })
})

describe("Assert.throwsAt with a message", () => {
  it("checks the message of an error thrown, returned or rejected against the comment's text", async () => {
    const f = () => {
      throw new LunarError("lunar year 2024 has no leap month 4")
    }
    expect(() => Assert.throwsAt("t")(f, "LunarError", 1, "lunar year 2024 has no leap month 4")).not.toThrow()
    expect(() => Assert.throwsAt("t")(f, "LunarError", 1, "lunar year 2024 has no leap month 5")).toThrow(
      "t, example line 1: expected LunarError: lunar year 2024 has no leap month 5, got LunarError: lunar year 2024 has no leap month 4"
    )
    expect(() => Assert.throwsAt("t")(() => new LunarError("no"), "LunarError", 2, "yes")).toThrow(
      /expected LunarError: yes/
    )
    await expect(Assert.throwsAt("t")(() => Promise.reject(new LunarError("no")), "LunarError", 3, "no")).resolves.toBe(
      undefined
    )
    await expect(
      Assert.throwsAt("t")(() => Promise.reject(new LunarError("no")), "LunarError", 3, "n")
    ).rejects.toThrow(/got LunarError: no/)
  })

  it("refuses a text for an error without a message", () => {
    expect(() => Assert.throwsAt("t")(() => ({ _tag: "FormError" }), "FormError", 1, "bad form")).toThrow(
      "expected FormError: bad form, got FormError: (no message)"
    )
    expect(() => Assert.throwsAt("t")(() => ({ _tag: "FormError" }), "FormError", 1)).not.toThrow()
  })
})

describe("Assert.messageMatches", () => {
  it("matches the whole message, an ellipsis standing for any part", () => {
    expect(Assert.messageMatches("a b c", "a b c")).toBe(true)
    expect(Assert.messageMatches("a b c", "a b")).toBe(false)
    expect(Assert.messageMatches("a b c", "b c")).toBe(false)
    expect(Assert.messageMatches("a b c", "a…")).toBe(true)
    expect(Assert.messageMatches("a b c", "…c")).toBe(true)
    expect(Assert.messageMatches("a b c", "…")).toBe(true)
    expect(Assert.messageMatches("", "…")).toBe(true)
    expect(Assert.messageMatches("a b c", "a…b…c")).toBe(true)
    expect(Assert.messageMatches("a c b", "a…b…c")).toBe(false)
    expect(Assert.messageMatches("a\nb", "a…b")).toBe(true)
    // The parts do not overlap: "aba" has one "a" at each end, "a…a…a" needs three.
    expect(Assert.messageMatches("aba", "a…a…a")).toBe(false)
    expect(Assert.messageMatches("a", "a…a")).toBe(false)
    expect(Assert.messageMatches("a.b", "a...b")).toBe(false)
  })
})

describe("Assert.equalsAt", () => {
  it("compares objects as subsets, arrays by length, and names the example", () => {
    expect(() => Assert.equalsAt("t")({ a: 1, b: 2 }, "{ a: 1 }", 1)).not.toThrow()
    expect(() => Assert.equalsAt("t")([1, 2], "[1]", 7)).toThrow("t, example line 7: expected [1], got [1,2]")
    expect(() => Assert.equalsAt("t")(null, "{}", 1)).toThrow()
  })

  it("fails a literal that is not a value rather than assert nothing", () => {
    expect(() => Assert.equalsAt("t")([1, 2], "[1, …]", 4)).toThrow(
      "t, example line 4: [1, …] is not a value (an ellipsis … outside a string, a name): give the whole value"
    )
    expect(() => Assert.equalsAt("t")({ id: "a" }, '{ id: "…", … }', 1)).toThrow(/is not a value/)
    expect(() => Assert.equalsAt("t")(3, "three", 1)).toThrow(/three is not a value/)
    expect(() => Assert.equalsAt("t")("Đang tải…", '"Đang tải…"', 1)).not.toThrow()
  })
})
