// @vitest-environment happy-dom
import { describe, expect, it } from "vitest"
import * as DemoSource from "../../src/demo/DemoSource.js"
import * as Actors from "../../src/views/Actors.js"

describe("Actors", () => {
  const from = "2023-10-01"
  const to = "2024-09-30"

  it("lists the actors' obligations by period end then body, with status, date and document of a record", async () => {
    const source = DemoSource.make({ role: "reviewer", unitId: "cuc-tay-ninh" })
    const rows = Actors.rows(await source.actorObligations(from, to))
    expect(rows.map((r) => r.obligation.owner.actorId)).toEqual(
      Array.from({ length: 4 }, () => ["A04", "A05", "A06"]).flat()
    )
    const table = Actors.render(rows, "en", 2024)
    const trs = [...table.querySelectorAll("tbody tr")]
    expect(trs).toHaveLength(12)
    const met = rows.findIndex((r) => r.fulfilment !== undefined)
    expect(met).toBeGreaterThanOrEqual(0)
    const cells = [...trs[met]!.querySelectorAll("td")].map((td) => td.textContent)
    expect(cells[1]).toBe("Provincial Party Standing Board")
    expect(cells[4]).toBe(rows[met]!.fulfilment!.fulfilledOn)
    expect(cells[5]).toBe(`no. ${rows[met]!.fulfilment!.document!.number}`)
    const missing = rows.findIndex((r) => r.status._tag === "missing")
    expect(missing).toBeGreaterThanOrEqual(0)
    expect(trs[missing]!.querySelectorAll("td")[3]!.className).toBe("st-missing")
    expect(trs[missing]!.querySelectorAll("td")[4]!.textContent).toBe("—")
  })

  it("offers a button on the rows the key may record only", async () => {
    const source = DemoSource.make({ role: "admin", unitId: "cuc-tay-ninh" })
    const rows = Actors.rows(await source.actorObligations(from, to))
    const opened: Array<string> = []
    const ids = new Set(rows.slice(0, 2).map((r) => r.obligation.id))
    const table = Actors.render(rows, "vi", 2024, { ids, open: (id) => opened.push(id) })
    const buttons = [...table.querySelectorAll<HTMLButtonElement>("button.choose")]
    expect(buttons.map((b) => b.dataset.obligation)).toEqual([...ids])
    buttons[1]!.click()
    expect(opened).toEqual([rows[1]!.obligation.id])
    expect(Actors.render(rows, "vi", 2024, { ids: new Set(), open: () => {} }).querySelectorAll("button")).toHaveLength(
      0
    )
  })

  it("is empty for a key that may not read the actors", async () => {
    for (const me of [
      { role: "unit-reviewer", unitId: "cuc-tay-ninh" },
      { role: "submitter", unitId: "chi-cuc-go-dau" }
    ] as const)
      expect(await DemoSource.make(me).actorObligations(from, to)).toEqual([])
  })
})
