import { describe, expect, it } from "vitest"
import * as Schema from "effect/Schema"
import * as Rules from "../../src/compliance/Rules.js"
import * as CrossCheck from "../../src/interagency/CrossCheck.js"
import * as Synthetic from "../../src/statistics/Synthetic.js"

const lead: CrossCheck.Figures = {
  form: "01",
  unitId: "chi-cuc-go-dau",
  year: 2022,
  months: 6,
  source: "enforcement",
  values: { V06: 412, V07: 300, V08: 250, T08: 1_000_000 }
}

describe("inter-agency cross-checks", () => {
  it("flags each shared indicator where the lead and the co-signing procuracy differ (Đ8 k3 c)", () => {
    const f = CrossCheck.leadAgainstPartner(lead, { ...lead, source: "procuracy", values: { V06: 410, V08: 250 } })
    expect(f).toHaveLength(1)
    expect(f[0]).toMatchObject({
      code: "tkln-figures-differ",
      severity: "warning",
      observed: 412,
      expected: 410,
      location: { path: "/values/V06", unitId: "chi-cuc-go-dau", period: { year: 2022, months: 6 } },
      citation: { document: "ttlt-12-2021", article: "8", clause: 3, point: "c" }
    })
    expect(f[0]!.message.vi).toContain("Viện kiểm sát ghi 410")
    expect(() => CrossCheck.leadAgainstPartner(lead, { ...lead, months: 3 })).toThrow(RangeError)
  })

  it("refuses a period that is not inter-agency and keys that are not indicators", () => {
    const f = CrossCheck.validate({ ...lead, months: 5, values: { V99: 1, V06: 2 } })
    expect(f.map((x) => x.code)).toEqual(["tkln-period-not-interagency", "report-unexpected-field"])
  })

  it("compares form 01 with the office's own report and with form 04 as info only (assumed)", () => {
    const report = Synthetic.totals(
      { unitId: "chi-cuc-go-dau", year: 2022, months: 6 },
      { "06": 412, "07": 300, "08": 249, "11": 112, "09": 51 }
    )
    const withReport = CrossCheck.againstReport(lead, report)
    expect(withReport.map((x) => x.location.path)).toEqual(["/values/T08", "/values/V08"])
    expect(withReport.every((x) => x.severity === "info")).toBe(true)
    const all = CrossCheck.checkAll(
      [
        lead,
        { ...lead, source: "procuracy", values: { V06: 410 } },
        { ...lead, form: "04", source: "procuracy", values: { V08: 251 } }
      ],
      [report]
    )
    expect(all.map((x) => x.code).sort()).toEqual([
      "tkln-differs-from-procuracy",
      "tkln-differs-from-report",
      "tkln-differs-from-report",
      "tkln-figures-differ"
    ])
  })

  it("every assumed finding's code is listed as one that may be assumed (docs/findings.md)", () => {
    const report = Synthetic.totals({ unitId: "chi-cuc-go-dau", year: 2022, months: 6 }, { "06": 1 })
    const all = CrossCheck.checkAll(
      [
        lead,
        { ...lead, source: "procuracy", values: { V06: 410 } },
        { ...lead, form: "04", source: "procuracy", values: { V06: 400 } }
      ],
      [report]
    )
    const assumed = all.filter((f) => f.basis === "assumed")
    expect(new Set(assumed.map((f) => f.code))).toEqual(
      new Set(["tkln-differs-from-report", "tkln-differs-from-procuracy"])
    )
    for (const f of assumed) expect(Rules.assumedCodes().has(f.code)).toBe(true)
    expect(Rules.assumedCodes().has("tkln-figures-differ")).toBe(false)
  })

  it("decodes figures from JSON and rejects negative or fractional values", () => {
    expect(Schema.decodeUnknownSync(CrossCheck.FiguresSchema)(lead)).toEqual(lead)
    expect(() => Schema.decodeUnknownSync(CrossCheck.FiguresSchema)({ ...lead, values: { V06: -1 } })).toThrow()
    expect(() => Schema.decodeUnknownSync(CrossCheck.FiguresSchema)({ ...lead, values: { V06: 1.5 } })).toThrow()
  })
})
