import { fc, test } from "@fast-check/vitest"
import { Decode, type Report } from "@thads/core"
import { Synthetic } from "@thads/core/testing"
import { describe, expect, it } from "vitest"
import { Read, Write } from "../src/index.js"

const roundTrip = async (r: Report.Report): Promise<Decode.Result> =>
  Decode.decode((await Read.read(await Write.report(r))).input)

describe("report → workbook → report", () => {
  test.prop([fc.integer({ min: 1, max: 2 ** 31 - 1 }), fc.integer({ min: 0, max: 40 })], { numRuns: 12 })(
    "is the identity over Synthetic.report seeds and row counts",
    async (seed, rows) => {
      const r = Synthetic.report({ seed, rows })
      const back = await roundTrip(r)
      expect(back._tag).toBe("Success")
      if (back._tag === "Success") expect(back.success.report).toEqual(r)
    }
  )

  const text = fc
    .string({ minLength: 1, maxLength: 30 })
    .map((s) => s.normalize("NFC").trim())
    .filter((s) => s !== "")
  test.prop(
    [
      fc.integer({ min: 1, max: 10_000 }),
      fc.array(
        fc.record({
          name: fc.option(text, { nil: undefined }),
          kind: fc.option(fc.constantFrom("unit" as const, "officer" as const), { nil: undefined })
        }),
        { minLength: 1, maxLength: 5 }
      ),
      fc.record({
        unitName: fc.option(text, { nil: undefined }),
        level: fc.option(fc.constantFrom("chi-cuc" as const, "cuc" as const), { nil: undefined })
      })
    ],
    { numRuns: 8 }
  )("keeps names, kinds, optional header fields and huge amounts", async (seed, extras, h) => {
    const base = Synthetic.report({ seed, rows: extras.length, maxAmount: 9e14 })
    const rows = base.cases.rows.map((row, i) => {
      const e = extras[i]!
      const { kind: _k, ...rest } = row
      return {
        ...rest,
        ...(e.name === undefined ? {} : { name: e.name }),
        ...(e.kind === undefined ? {} : { kind: e.kind })
      }
    })
    const r: Report.Report = {
      header: {
        ...base.header,
        ...(h.unitName === undefined ? {} : { unitName: h.unitName }),
        ...(h.level === undefined ? {} : { level: h.level }),
        preparedAt: "2023-10-04T08:30:00+07:00"
      },
      cases: { rows, total: base.cases.total },
      money: base.money
    }
    const back = await roundTrip(r)
    expect(back._tag).toBe("Success")
    if (back._tag === "Success") expect(back.success.report).toEqual(r)
  })

  it("keeps an inconsistent report exactly (derived and total cells become numbers, not formulas)", async () => {
    const r = Synthetic.report({ seed: 5, rows: 3 })
    const bad = {
      ...r,
      cases: {
        rows: r.cases.rows.map((x, i) => (i === 1 ? { ...x, V13: x.V13 + 1 } : x)),
        total: { ...r.cases.total, V08: r.cases.total.V08 + 7 }
      }
    } as Report.Report
    const back = await roundTrip(bad)
    expect(back._tag === "Success" && back.success.report).toEqual(bad)
  })

  it("keeps a total-only report (forms 1 and 2) and MAX_SAFE_INTEGER amounts", async () => {
    const r = Synthetic.totals(
      { year: 2024, months: 6, regime: "tt05-2024" },
      { "01": 10, "02": 5, "03": 15, "06": 15, "07": 10, "08": 4 },
      { "01": Number.MAX_SAFE_INTEGER }
    )
    const back = await roundTrip(r)
    expect(back._tag === "Success" && back.success.report).toEqual(r)
  })
})
