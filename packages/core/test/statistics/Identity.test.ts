import { describe, expect, it } from "vitest"
import fc from "fast-check"
import * as Identity from "../../src/statistics/Identity.js"
import * as Indicator from "../../src/statistics/Indicator.js"
import * as Synthetic from "../../src/statistics/Synthetic.js"
import { clone, totalsOnly } from "./fixtures.js"

const placements = fc.constantFrom<Identity.ResidualPlacement>("outside-enforceable", "inside-enforceable")

describe("identities as data", () => {
  it("have ids, formulas in both languages with the indicators' names, and citations", () => {
    for (const i of Identity.identities()) {
      for (const table of ["cases", "money"] as const) {
        expect(Identity.formula(i, table, "vi").length).toBeGreaterThan(10)
        expect(Identity.formula(i, table, "en").length).toBeGreaterThan(10)
      }
      expect(i.citation.document).toBe("tt-06-2019-btp")
    }
    expect(Identity.formula(Identity.get("I06a")!, "cases", "vi")).toBe(
      "V06 (phải thi hành) = V03 (tổng thụ lý) − V04 (ủy thác) − V05 (thu hồi, hủy)"
    )
    expect(Identity.formula(Identity.get("I08")!, "money", "en")).toBe("T08 (completed) ≤ T07 (enforceable)")
  })

  it("the residual bucket moves with the placement setting", () => {
    expect(Identity.formula(Identity.get("I06b")!, "cases", "en")).toBe(
      "V06 (must enforce) = V07 (enforceable) + V11 (not yet enforceable) + V10 (postponed, suspended, other)"
    )
    const inside = { residual: ["10"], placement: "inside-enforceable" } as const
    expect(Identity.formula(Identity.get("I06b", inside)!, "cases", "en")).toBe(
      "V06 (must enforce) = V07 (enforceable) + V11 (not yet enforceable)"
    )
    expect(Identity.formula(Identity.get("I07", inside)!, "cases", "en")).toBe(
      "V07 (enforceable) = V08 (completed) + V09 (in progress) + V10 (postponed, suspended, other)"
    )
  })

  it("returns observed and expected values and the cells", () => {
    const r = totalsOnly({}, { "01": 10, "02": 5, "03": 16 })
    const e = Identity.evaluate(r, { onlyFailures: true }).find((x) => x.identity === "I03")!
    expect(e).toMatchObject({
      table: "cases",
      row: "total",
      indicator: "V03",
      observed: 16,
      expected: 15,
      holds: false,
      exact: true
    })
    expect(e.cells).toEqual(["/cases/total/V03", "/cases/total/V01", "/cases/total/V02"])
  })

  it("total = Σ rows names every row's cell", () => {
    const r = clone(Synthetic.report({ seed: 3, rows: 3 })) as any
    r.cases.total.V02 += 1
    const e = Identity.evaluate(r, { onlyFailures: true }).filter((x) => x.identity === "I99")
    expect(e).toHaveLength(1)
    expect(e[0]!.cells).toEqual(["/cases/total/V02", "/cases/rows/0/V02", "/cases/rows/1/V02", "/cases/rows/2/V02"])
  })
})

describe("properties", () => {
  it("every generated consistent report passes every identity", () => {
    fc.assert(
      fc.property(fc.integer(), fc.integer({ min: 0, max: 20 }), placements, (seed, rows, placement) => {
        const settings = { residual: ["10"], placement } as const
        const r = Synthetic.report({ seed, rows, settings })
        expect(Identity.evaluate(r, { settings, onlyFailures: true })).toEqual([])
        expect(Identity.evaluate(r, { settings }).every((e) => e.holds)).toBe(true)
      }),
      { numRuns: 200 }
    )
  })

  it("changing any single cell makes at least one identity fail, and the failure names that cell", () => {
    fc.assert(
      fc.property(
        fc.integer(),
        fc.integer({ min: 1, max: 8 }),
        placements,
        fc.constantFrom<Indicator.Table>("cases", "money"),
        fc.nat(),
        fc.constantFrom(...Indicator.slots),
        fc.integer({ min: 1, max: 1000 }),
        (seed, rows, placement, table, rowPick, slot, delta) => {
          const settings = { residual: ["10"], placement } as const
          const r = clone(Synthetic.report({ seed, rows, settings })) as any
          const row = rowPick % (rows + 1) // rows ⇒ the total row
          const target = row === rows ? r[table].total : r[table].rows[row]
          const id = Indicator.idOf(table, slot)
          target[id] += delta
          const path = row === rows ? `/${table}/total/${id}` : `/${table}/rows/${row}/${id}`
          const failures = Identity.evaluate(r, { settings, onlyFailures: true })
          expect(failures.length).toBeGreaterThan(0)
          expect(failures.some((f) => f.cells.includes(path))).toBe(true)
        }
      ),
      { numRuns: 500 }
    )
  })
})
