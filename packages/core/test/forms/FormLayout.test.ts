import { describe, expect, it } from "vitest"
import { FormLayout, Forms, GridLayout, Identity, Indicator, ReportingDeadline } from "../../src/index.js"

describe("FormLayout", () => {
  const L = FormLayout.v1

  it("has a layout for every regime", () => {
    for (const r of ReportingDeadline.regimes) expect(FormLayout.layoutFor(r)).toBe(FormLayout.byRegime[r])
    expect(FormLayout.layoutFor("nope")).toBe(FormLayout.byRegime["tt05-2024"])
    expect(L.status).toBe("provisional")
  })

  it("puts every indicator of both tables in its own column, in slot order", () => {
    for (const table of ["cases", "money"] as const) {
      const t = FormLayout.tableOf(L, table)
      const cols = Indicator.slots.map((s) => FormLayout.columnNumber(t.columns.indicators[s]))
      expect(cols).toEqual(Indicator.slots.map((_, i) => 4 + i))
      expect(new Set([t.columns.id, t.columns.name, t.columns.kind, ...Object.values(t.columns.indicators)]).size).toBe(
        17
      )
    }
  })

  it("derives only what the identities say", () => {
    for (const d of L.cases.derived) {
      const identity = Identity.get(d.identity)
      expect(identity).toBeDefined()
      expect(FormLayout.evaluateDerived(d, (s) => Number(s) * 10)).toBe(
        d.terms.reduce((a, t) => a + t.sign * Number(t.slot) * 10, 0)
      )
    }
    expect(L.cases.derived.map((d) => d.slot)).toEqual(["03", "06", "13", "14"])
    expect(FormLayout.derivedFormula(L.cases, FormLayout.derivedOf(L.cases, "06")!, 8)).toBe("F8-G8-H8")
    expect(FormLayout.totalFormula(L.money, "14", 20)).toBe("SUM(Q8:Q20)")
    expect(FormLayout.totalFormula(L.money, "14", 7)).toBe("0")
  })

  it("writes rate formulas over the total row, blank on a zero denominator", () => {
    expect(L.rates.map((r) => r.kpiId)).toEqual([
      "completion-rate-cases",
      "enforceable-share-cases",
      "completion-rate-money",
      "enforceable-share-money"
    ])
    expect(FormLayout.rateFormula(L, L.rates[3]!)).toBe(`IF('Tiền'!$I$7=0,"",ROUND('Tiền'!$J$7/'Tiền'!$I$7*100,2))`)
  })

  it("maps JSON Pointers to cells and back to the right rows", () => {
    const locate = FormLayout.locator(L, { cases: [8, 10], money: [8] })
    expect(locate("/cases/rows/1/V08")).toEqual({ sheet: "Việc", cell: "K10" })
    expect(locate("/cases/rows/1/kind")).toEqual({ sheet: "Việc", cell: "C10" })
    expect(locate("/money/total/T01")).toEqual({ sheet: "Tiền", cell: "D7" })
    expect(locate("/header/submittedAt")).toEqual({ sheet: "Báo cáo", cell: "B11" })
    expect(locate("/formatVersion")).toEqual({ sheet: "Báo cáo", cell: "B12" })
    expect(locate("")).toEqual({ sheet: "Báo cáo", cell: "A1" })
    expect(locate("/money/rows/1/T01")).toBeUndefined()
    expect(locate("/elsewhere")).toBeUndefined()
  })

  it("converts column letters and cells", () => {
    for (const n of [1, 26, 27, 52, 53, 702, 703, 16384])
      expect(FormLayout.columnNumber(FormLayout.columnLetters(n))).toBe(n)
    expect(FormLayout.parseCell("AB12")).toEqual({ column: "AB", row: 12 })
    expect(() => FormLayout.parseCell("12")).toThrow(RangeError)
    expect(FormLayout.quoteSheet("O'Brien")).toBe("'O''Brien'")
  })

  it("has header cells and rate cells that do not collide", () => {
    const cells = [...L.header.map((f) => f.cell), ...L.rates.map((r) => r.cell)]
    expect(new Set(cells).size).toBe(cells.length)
  })
})

describe("Forms and the draft grids", () => {
  it("lists the 12 forms of TT 05/2024, with the case and money forms on the report", () => {
    expect(Forms.tt05_2024.map((f) => f.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12])
    expect([1, 2, 4, 5].map((n) => Forms.get(n)!.coverage.kind)).toEqual(["report", "report", "report", "report"])
    expect([8, 11, 12].map((n) => Forms.get(n)!.coverage.kind)).toEqual(["none", "none", "none"])
    expect([8, 11, 12].map((n) => Forms.get(n)!.status)).toEqual([
      "columns-unknown",
      "columns-unknown",
      "columns-unknown"
    ])
  })

  it("gives each grid unique line ids, rows and cells, and sums over existing lines", () => {
    for (const g of GridLayout.all) {
      expect(Forms.get(g.form)!.draft).toBe(g.id)
      expect(new Set(g.lines.map((l) => l.id)).size).toBe(g.lines.length)
      expect(new Set(g.lines.map((l) => l.row)).size).toBe(g.lines.length)
      for (const l of g.lines) {
        for (const s of l.sum ?? []) expect(g.lines.some((x) => x.id === s)).toBe(true)
        if (l.parent !== undefined) expect(g.lines.some((x) => x.id === l.parent)).toBe(true)
        for (const m of g.measures)
          expect(GridLayout.cellOf(g, GridLayout.indicatorId(l.id, m.key))).toBe(`${m.column}${l.row}`)
      }
    }
    expect(GridLayout.cellOf(GridLayout.thahc, "HC99.cases")).toBeUndefined()
  })
})
