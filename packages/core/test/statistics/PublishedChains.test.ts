/**
 * The two published national chains of thads-rules.md §3 reproduce the
 * published rates exactly, and their known cells satisfy the identities.
 */
import { describe, expect, it } from "vitest"
import * as Kpi from "../../src/kpi/Kpi.js"
import * as Identity from "../../src/statistics/Identity.js"
import { totalsOnly } from "./fixtures.js"

const kpi = (r: ReturnType<typeof totalsOnly>, id: string) => Kpi.compute(r).find((k) => k.id === id)!

describe("national, 9 months 2017 (S11)", () => {
  // Published: thụ lý 736,747 = 290,524 + 446,223; phải thi hành 728,227 = có ĐK 579,413 + chưa có 148,814;
  // xong 369,372 (63.75%); chuyển kỳ sau 358,855; có ĐK chuyển sau 210,041.
  // Only V04 + V05 = 8,520 is published; V10 = 0 (V06 = V07 + V11 held exactly then).
  const r = totalsOnly(
    { year: 2017, months: 9, regime: "tt01-2013" },
    {
      "01": 290_524,
      "02": 446_223,
      "03": 736_747,
      "04": 8_520,
      "06": 728_227,
      "07": 579_413,
      "08": 369_372,
      "09": 210_041,
      "11": 148_814,
      "13": 358_855,
      "14": 210_041
    }
  )

  it("completion rate 63.75 %", () => {
    const k = kpi(r, "completion-rate-cases")
    expect(k.value).toBe(63.75)
    expect(k.inputs.map((i) => [i.indicator, i.value])).toEqual([
      ["V08", 369_372],
      ["V07", 579_413]
    ])
    expect(k.formula.vi).toBe("V08 (thi hành xong) ÷ V07 (có điều kiện) × 100")
  })

  it("every cases identity holds on the published figures", () => {
    const failures = Identity.evaluate(r, { onlyFailures: true }).filter((e) => e.table === "cases")
    expect(failures).toEqual([])
  })
})

describe("national, 6 months 2022 (S35)", () => {
  // Published: phải thi hành 587,739; có ĐK 410,615; xong 202,015 (49.20%);
  // tiền có ĐK 159,795.80 bn, xong 35,183.57 bn (22.02%).
  const r = totalsOnly(
    { year: 2022, months: 6 },
    { "06": 587_739, "07": 410_615, "08": 202_015 },
    { "07": 159_795_800_000_000, "08": 35_183_570_000_000 }
  )

  it("completion rates 49.20 % (cases) and 22.02 % (money)", () => {
    expect(kpi(r, "completion-rate-cases").value).toBe(49.2)
    expect(kpi(r, "completion-rate-money").value).toBe(22.02)
  })
})

describe("national, year 2022 (S14, S15)", () => {
  it("82.50 % against a target of > 81.50 %: met, +1.00 point", () => {
    const r = totalsOnly({ year: 2022, months: 12 }, { "07": 653_719, "08": 539_290 })
    const k = kpi(r, "target-attainment-cases")
    expect(k.target).toMatchObject({ value: 81.5, op: ">", met: true, gap: 1, scope: "national" })
    expect(kpi(r, "completion-rate-cases").value).toBe(82.5)
  })
})
