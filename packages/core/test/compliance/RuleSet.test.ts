/**
 * The rule set's provenance: the written-down hash of the standard rule set
 * is its hash, and `describe` gives it without hashing again.
 */
import { describe, expect, it } from "vitest"
import * as RuleSet from "../../src/compliance/RuleSet.js"

describe("RuleSet", () => {
  it("standardHash is the hash of the standard rule set (else: set it to the value this test prints)", () => {
    const actual = RuleSet.hash(RuleSet.standard)
    expect(
      actual,
      `RuleSet.standardHash is out of date: set it to "${actual}" in packages/core/src/compliance/RuleSet.ts`
    ).toBe(RuleSet.standardHash)
    expect(RuleSet.describe(RuleSet.standard)).toEqual({ version: RuleSet.standard.version, hash: actual })
  })

  it("another rule set is hashed on its own", () => {
    const other = { ...RuleSet.standard, targets: [] }
    expect(RuleSet.describe(other).hash).toBe(RuleSet.hash(other))
    expect(RuleSet.describe(other).hash).not.toBe(RuleSet.standardHash)
  })
})
