import { CivilDate, Obligation, Organization } from "@thads/core"
import { describe, expect, it } from "vitest"
import * as ApiSource from "../src/ApiSource.js"

describe("ApiSource.actorIds", () => {
  it("are the directive actors core generates obligations for (the page asks the service for each)", () => {
    for (const [from, to] of [
      ["2023-10-01", "2024-09-30"],
      ["2025-10-01", "2026-09-30"]
    ] as const) {
      const owners = new Set(
        Obligation.generate({ from: CivilDate.make(from), to: CivilDate.make(to), organization: Organization.tayNinh })
          .filter((o) => o.owner.unitId === undefined)
          .map((o) => o.owner.actorId)
      )
      expect([...owners].sort()).toEqual(ApiSource.actorIds)
    }
  })
})
