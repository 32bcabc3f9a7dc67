import { describe, expect, it } from "vitest"
import * as FastRow from "../../src/statistics/FastRow.js"
import * as Indicator from "../../src/statistics/Indicator.js"
import * as Values from "../../src/statistics/Values.js"
import * as Synthetic from "../../src/statistics/Synthetic.js"
import * as Decode from "../../src/statistics/Decode.js"

describe("FastRow (the decoder's fast path)", () => {
  it("reads exactly the catalogue's indicators, in slot order", () => {
    expect([...FastRow.caseKeys]).toEqual(Indicator.idsOf("cases"))
    expect([...FastRow.moneyKeys]).toEqual(Indicator.idsOf("money"))
    expect(FastRow.caseKeys.map((k) => Values.slotIndex(k, 86))).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13])
  })

  it("declines rows with an extra key, a bad value or a missing value", () => {
    const m = new Float64Array(14)
    const row: Record<string, unknown> = { id: "a", ...Object.fromEntries(FastRow.caseKeys.map((k, i) => [k, i])) }
    expect(FastRow.readCases(row, m, 0, false)).toBe(true)
    expect(Array.from(m)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13])
    expect(FastRow.readCases({ ...row, extra: 1 }, m, 0, false)).toBe(false)
    expect(FastRow.readCases({ ...row, V05: -1 }, m, 0, false)).toBe(false)
    const { V09: _, ...short } = row
    expect(FastRow.readCases(short, m, 0, false)).toBe(false)
    expect(FastRow.readCases({ ...row, V01: 2 ** 53 }, m, 0, false)).toBe(false)
  })

  it("the decoder's matrices equal those built from the report", () => {
    const r = JSON.parse(JSON.stringify(Synthetic.report({ seed: 11, rows: 6 })))
    const d = Decode.decode(r)
    expect(d._tag).toBe("Success")
    if (d._tag === "Success") expect(d.success.values).toEqual(Values.fromReport(r))
  })
})
