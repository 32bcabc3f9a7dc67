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

describe("Assert.equalsAt", () => {
  it("compares objects as subsets, arrays by length, and names the example", () => {
    expect(() => Assert.equalsAt("t")({ a: 1, b: 2 }, "{ a: 1 }", 1)).not.toThrow()
    expect(() => Assert.equalsAt("t")([1, 2], "[1]", 7)).toThrow("t, example line 7: expected [1], got [1,2]")
    expect(() => Assert.equalsAt("t")(3, "[1, …]", 1)).not.toThrow()
    expect(() => Assert.equalsAt("t")(null, "{}", 1)).toThrow()
  })
})
