import { CivilDate, Organization } from "@thads/core"
import { describe, expect, it } from "vitest"
import * as FulfilmentRules from "../src/FulfilmentRules.js"

const organization = Organization.tayNinh
const submitter = { role: "submitter", unitId: "thads-tay-ninh" } as const
const admin = { role: "admin", unitId: null } as const
const today = CivilDate.make("2026-07-15")
const q3 = "hearing/thads-tay-ninh/2026-06-30"

const code = (input: Partial<Parameters<typeof FulfilmentRules.check>[0]>) => {
  const c = FulfilmentRules.check({
    obligationId: q3,
    fulfilledOn: CivilDate.make("2026-07-10"),
    today,
    caller: submitter,
    organization,
    ...input
  })
  return c._tag === "Accepted" ? "accepted" : `${c.refusal.status} ${c.refusal.code}`
}

describe("FulfilmentRules.check", () => {
  it("checks in the service's order: the obligation, then the key, then the date", () => {
    const future = CivilDate.make("2026-07-16")
    expect(code({})).toBe("accepted")
    // An unknown id or a statistical report is refused whoever asks and whatever the date.
    expect(code({ obligationId: "hearing/thads-tay-ninh/2026-06-29", caller: admin, fulfilledOn: future })).toBe(
      "422 obligation-unknown"
    )
    expect(code({ obligationId: "statistical-report/thads-tay-ninh/2026-06-30", caller: admin })).toBe(
      "422 obligation-met-by-report"
    )
    // A key that may not record it learns nothing of the date.
    for (const caller of [
      admin,
      { role: "submitter", unitId: "phong-kv-1-tay-ninh" } as const,
      { _tag: "anonymous" } as const
    ])
      expect(code({ caller, fulfilledOn: future })).toBe("403 fulfilment-forbidden")
    expect(code({ fulfilledOn: future })).toBe("422 fulfilment-date-future")
    expect(code({ fulfilledOn: CivilDate.make("2025-09-30") })).toBe("422 fulfilment-date-before-period")
    // Today and the period's first day are accepted.
    expect(code({ fulfilledOn: today })).toBe("accepted")
    expect(code({ fulfilledOn: CivilDate.make("2025-10-01") })).toBe("accepted")
    // The directive actors' obligations: an admin key only.
    expect(code({ obligationId: "hearing/A04/2025-12-31", caller: admin })).toBe("accepted")
    expect(code({ obligationId: "hearing/A04/2025-12-31" })).toBe("403 fulfilment-forbidden")
  })

  it("a refusal's extension members are the facts its text names", () => {
    const c = FulfilmentRules.check({
      obligationId: q3,
      fulfilledOn: CivilDate.make("2026-07-16"),
      today,
      caller: submitter,
      organization
    })
    expect(c).toEqual({
      _tag: "Refused",
      refusal: {
        status: 422,
        code: "fulfilment-date-future",
        detail: "fulfilledOn is after today (in Vietnam): 2026-07-16 > 2026-07-15",
        extensions: { today: "2026-07-15" }
      }
    })
  })
})

describe("FulfilmentRules.requestKey", () => {
  it("every field of the request makes another key; absent and empty differ", () => {
    const base = { obligationId: q3, fulfilledOn: "2026-07-10" }
    const variants = [
      base,
      { ...base, obligationId: "hearing/thads-tay-ninh/2026-03-31" },
      { ...base, fulfilledOn: "2026-07-11" },
      { ...base, document: { number: "1" } },
      { ...base, document: { title: "1" } },
      { ...base, document: {} },
      { ...base, note: "1" },
      { ...base, note: "" },
      { ...base, supersedes: "1" }
    ]
    const keys = variants.map(FulfilmentRules.requestKey)
    // An empty document is no document; every other variant is its own request.
    expect(keys[5]).toBe(keys[0])
    expect(new Set(keys).size).toBe(variants.length - 1)
  })
})
