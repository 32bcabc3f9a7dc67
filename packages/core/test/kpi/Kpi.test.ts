import { describe, expect, it } from "vitest"
import * as Indicator from "../../src/statistics/Indicator.js"
import * as Kpi from "../../src/kpi/Kpi.js"
import * as Rate from "../../src/kpi/Rate.js"
import { totalsOnly } from "../statistics/fixtures.js"

const get = (ks: ReadonlyArray<Kpi.Kpi>, id: string) => ks.find((k) => k.id === id)!

describe("Kpi.compute", () => {
  const report = totalsOnly(
    { unitId: "cuc-tay-ninh", year: 2023, months: 12 },
    { "06": 12_000, "07": 10_000, "08": 8_260, "13": 3_740, "14": 1_740 },
    {
      "06": 900_000_000_000,
      "07": 600_000_000_000,
      "08": 273_000_000_000,
      "13": 627_000_000_000,
      "14": 327_000_000_000
    }
  )

  it("every KPI carries its formula, inputs, citation and rounding", () => {
    for (const k of Kpi.compute(report)) {
      expect(k.formula.vi.length).toBeGreaterThan(0)
      expect(k.formula.en.length).toBeGreaterThan(0)
      expect(k.inputs.length).toBeGreaterThan(0)
      expect(k.citation.document).toBeTruthy()
    }
    const k = get(Kpi.compute(report), "enforceable-share-cases")
    expect(k.value).toBe(83.33)
    expect(k.rounding).toEqual(Rate.rounding)
    expect(k.inputs).toEqual([
      { indicator: "V07", value: 10_000, source: "/cases/total/V07" },
      { indicator: "V06", value: 12_000, source: "/cases/total/V06" }
    ])
  })

  it("honours > against ≥: exactly 82.60 % does not beat '> 82.60 %'", () => {
    const k = get(Kpi.compute(report), "target-attainment-cases")
    expect(k.target).toMatchObject({ value: 82.6, op: ">", scope: "unit", met: false, gap: 0 })
    const geq = get(
      Kpi.compute(report, {
        targets: [
          {
            unitId: "cuc-tay-ninh",
            year: 2023,
            metric: "cases",
            op: ">=",
            value: 82.6,
            confidence: "verified",
            sources: []
          }
        ]
      }),
      "target-attainment-cases"
    )
    expect(geq.target?.met).toBe(true)
  })

  it("falls back to the national target, saying so", () => {
    const k = get(Kpi.compute(report), "target-attainment-money")
    // 273 ÷ 600 = 45.50 % exactly, against the national "> 45.50 %" of 2023: not met, gap 0.
    expect(k.target).toMatchObject({ value: 45.5, op: ">", scope: "national", met: false, gap: 0 })
    expect(k.note?.en).toMatch(/national target/)
    expect(k.value).toBe(0)
  })

  it("no target known: value null with a note", () => {
    const k = get(Kpi.compute(totalsOnly({ unitId: "x", year: 2021 }, { "07": 1, "08": 1 })), "target-attainment-cases")
    expect(k.value).toBeNull()
    expect(k.note?.en).toMatch(/no target/)
  })

  it("division by zero gives null with a note, never NaN", () => {
    const k = get(Kpi.compute(totalsOnly({}, {})), "completion-rate-cases")
    expect(k.value).toBeNull()
    expect(k.note?.vi).toMatch(/mẫu số bằng 0/)
  })

  it("changes against the same period of the previous year", () => {
    const previous = totalsOnly(
      { unitId: "cuc-tay-ninh", year: 2022, months: 12 },
      { "07": 9_000, "08": 7_000, "13": 4_000, "14": 2_000 }
    )
    const ks = Kpi.compute(report, { previous })
    expect(get(ks, "change-carried-over-cases").value).toBe(-260)
    expect(get(ks, "change-enforceable-carried-over-cases").value).toBe(-260)
    expect(get(ks, "change-completion-rate-cases").value).toBe(4.82) // 82.60 − 77.777…
    const unrelated = Kpi.compute(report, { previous: { ...previous, header: { ...previous.header, months: 6 } } })
    expect(get(unrelated, "change-carried-over-cases").value).toBeNull()
  })
})

describe("what the completion rate cites", () => {
  it("R1, R1t, V07/T07 and V08/T08 rest on the GSO metadata (S8); TT 10/2017 is only related, with a note", () => {
    for (const c of [
      Indicator.rates.R1,
      Indicator.rates.R1t,
      ...["V07", "V08", "T07", "T08"].map((id) => Indicator.get(id as Indicator.Id))
    ]) {
      expect(c.citation.document).toBe("gso-ket-qua-thads")
      expect(c.citation.note?.en).not.toBe("")
      expect(c.related?.map((r) => [r.document, r.section])).toEqual([["tt-10-2017-btp", "19"]])
      expect(c.related?.[0]?.note?.en).toContain("their text was not read")
    }
    // The enforceable share and the other slots keep the forms' circular.
    expect(Indicator.rates.R2.citation).toEqual({ document: "tt-06-2019-btp" })
    expect(Indicator.get("V06").related).toBeUndefined()
  })

  it("the KPIs cite what the indicators cite: no KPI cites TT 10/2017 as its basis", () => {
    const ks = Kpi.compute(totalsOnly({ unitId: "national", year: 2022, months: 12 }, { "07": 10, "08": 8 }))
    expect(get(ks, "completion-rate-cases").citation).toEqual(Indicator.rates.R1.citation)
    expect(get(ks, "completion-rate-money").citation).toEqual(Indicator.rates.R1t.citation)
    expect(ks.filter((k) => k.citation.document === "tt-10-2017-btp").map((k) => k.id)).toEqual([])
  })
})
