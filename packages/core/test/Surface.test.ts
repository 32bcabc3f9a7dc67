/**
 * The public index of @thads/core is the domain: helpers that are not part of it live in `@thads/core/internal`, and
 * test-data generators in `@thads/core/testing` (issue #10, item 8).
 */
import * as Core from "@thads/core"
import * as Internal from "@thads/core/internal"
import * as Testing from "@thads/core/testing"
import { describe, expect, it } from "vitest"

describe("the public surface of @thads/core", () => {
  it("keeps the helpers out of the main index, in @thads/core/internal", () => {
    const helpers = ["Json", "Sha256", "FastRow", "Values"]
    expect(helpers.filter((n) => n in Core)).toEqual([])
    expect(helpers.filter((n) => !(n in Internal))).toEqual([])
  })

  it("keeps the test-data generators in @thads/core/testing", () => {
    expect(["Synthetic", "SyntheticLedger"].filter((n) => n in Core)).toEqual([])
    expect(["Synthetic", "SyntheticLedger"].filter((n) => !(n in Testing))).toEqual([])
  })

  it("still names the domain modules that moved folders", () => {
    expect(["CivilDate", "SpecialLines", "Pipeline", "Decode"].filter((n) => !(n in Core))).toEqual([])
  })
})
