// @vitest-environment happy-dom
import { describe, expect, it } from "vitest"
import * as DemoSource from "../../src/demo/DemoSource.js"
import type * as Source from "../../src/Source.js"
import * as Actors from "../../src/views/Actors.js"
import * as Fulfil from "../../src/views/Fulfil.js"
import * as History from "../../src/views/History.js"

const from = "2023-10-01"
const to = "2024-09-30"

/** An admin source whose first recorded party-body hearing has been corrected once. */
const corrected = async () => {
  const admin = DemoSource.make({ role: "admin", unitId: "cuc-tay-ninh" })
  const done = (await admin.actorObligations(from, to)).find((x) => x.fulfilment !== undefined)!
  const second = await admin.record(
    {
      obligationId: done.obligation.id,
      fulfilledOn: "2024-10-02",
      document: { number: "12-BB/ĐU", title: "Biên bản làm việc" },
      note: "Sửa ngày họp",
      supersedes: done.fulfilment!.id
    },
    "k1"
  )
  return { admin, done, second }
}

const cells = (tr: Element) => [...tr.children].map((c) => c.textContent)

describe("History.render", () => {
  it("lists every version newest first: date, document, note, when and with which key; the current one marked", async () => {
    const { admin, done, second } = await corrected()
    const versions = await admin.history(done.obligation)
    const table = History.render(versions, "vi", "Lịch sử", "demo-admin")
    expect(table.id).toBe("history-table")
    expect(table.querySelector("caption")?.textContent).toBe("Lịch sử")
    expect([...table.querySelectorAll("thead th")].map((th) => th.textContent)).toEqual([
      "Lần ghi",
      "Ngày thực hiện",
      "Văn bản",
      "Ghi chú",
      "Thời điểm ghi nhận",
      "Khóa ghi nhận",
      "Tình trạng"
    ])
    const [newest, oldest] = [...table.querySelectorAll("tbody tr")]
    expect(cells(newest!)).toEqual([
      "Lần 2",
      "02/10/2024",
      "số 12-BB/ĐU — Biên bản làm việc",
      "Sửa ngày họp",
      "07/10/2024 10:00",
      "demo-admin (khóa này)",
      "✓ Hiện hành (được tính)"
    ])
    expect(newest!.className).toBe("current")
    expect(newest!.querySelector("th")?.getAttribute("scope")).toBe("row")
    const first = done.fulfilment!
    expect(cells(oldest!)).toEqual([
      "Lần 1",
      first.fulfilledOn.split("-").reverse().join("/"),
      `số ${first.document!.number}`,
      "—",
      `${first.fulfilledOn.split("-").reverse().join("/")} 16:00`,
      "demo-admin (khóa này)",
      "Đã được sửa bởi lần 2"
    ])
    expect(oldest!.className).toBe("")
    expect(second.version).toBe(2)
    // In English, and for another key: no "this key".
    const en = History.render(versions, "en", "History", "demo-reviewer-cuc-tay-ninh")
    expect(cells(en.querySelector("tbody tr")!)).toEqual([
      "Version 2",
      "2024-10-02",
      "no. 12-BB/ĐU — Biên bản làm việc",
      "Sửa ngày họp",
      "2024-10-07 10:00",
      "demo-admin",
      "✓ Current (counts)"
    ])
    expect(cells(en.querySelectorAll("tbody tr")[1]!).at(-1)).toBe("Corrected by version 2")
  })
})

describe("History.panel", () => {
  it("is hidden until opened; opening reads the source, moves the focus only when asked; closing gives it back", async () => {
    const { admin, done } = await corrected()
    const calls: Array<string> = []
    const source = {
      history: (o: { readonly id: string; readonly owner: Source.Owner }) => {
        calls.push(o.id)
        return admin.history(o)
      }
    }
    const opener = document.createElement("button")
    const panel = History.panel(source, "vi", "demo-admin")
    document.body.replaceChildren(opener, panel.element)
    expect(panel.element.hidden).toBe(true)
    expect(panel.element.getAttribute("aria-labelledby")).toBe("history-heading")
    opener.focus()
    const opening = panel.open(done, false)
    expect(panel.element.hidden).toBe(false)
    expect(panel.element.querySelector("#history-status")?.textContent).toBe("Đang tải…")
    await opening
    expect(calls).toEqual([done.obligation.id])
    expect(document.activeElement).toBe(opener)
    expect(panel.element.querySelectorAll("#history-table tbody tr")).toHaveLength(2)
    expect(panel.element.querySelector("caption")?.textContent).toBe(`Lịch sử bản ghi: ${Fulfil.label(done, "vi")}`)
    expect(panel.element.querySelector("#history-status")?.textContent).toBe("")
    await panel.open(done, true)
    expect(document.activeElement?.id).toBe("history-heading")
    panel.element.querySelector<HTMLButtonElement>("#history-close")!.click()
    expect(panel.element.hidden).toBe(true)
    expect(panel.element.querySelector("#history-table")).toBeNull()
    expect(document.activeElement).toBe(opener)
  })

  it("shows a refusal as an alert, and a later opening wins over a slower earlier one", async () => {
    const { admin, done } = await corrected()
    const unitReviewer = DemoSource.make({ role: "unit-reviewer", unitId: "cuc-tay-ninh" })
    const refused = History.panel(unitReviewer, "en")
    await refused.open(done, false)
    const alert = refused.element.querySelector("[role='alert']")
    expect(alert?.textContent).toMatch(/^The record's history could not be loaded: Forbidden: /)
    expect(refused.element.querySelector("#history-table")).toBeNull()

    const other = (await admin.actorObligations(from, to)).find(
      (x) => x.fulfilment !== undefined && x.obligation.id !== done.obligation.id
    )!
    let release: () => void = () => {}
    const gate = new Promise<void>((r) => {
      release = r
    })
    const slow = {
      history: async (o: { readonly id: string; readonly owner: Source.Owner }) => {
        if (o.id === done.obligation.id) await gate
        return admin.history(o)
      }
    }
    const panel = History.panel(slow, "vi")
    const first = panel.open(done, false)
    await panel.open(other, false)
    release()
    await first
    expect([...panel.element.querySelectorAll("#history-table tbody tr")]).toHaveLength(1)
    expect(panel.element.querySelector("caption")?.textContent).toContain(Fulfil.label(other, "vi"))
  })

  it("says so for an obligation without a record", async () => {
    const reviewer = DemoSource.make({ role: "reviewer", unitId: "cuc-tay-ninh" })
    const none = (await reviewer.actorObligations(from, to)).find((x) => x.fulfilment === undefined)!
    const panel = History.panel(reviewer, "en")
    await panel.open(none, false)
    expect(panel.element.textContent).toContain("This obligation has no record.")
  })
})

describe("opening the history", () => {
  it("a party body's row with a record has a history button (with its name), for a reviewer too", async () => {
    const reviewer = DemoSource.make({ role: "reviewer", unitId: "cuc-tay-ninh" })
    const rows = Actors.rows(await reviewer.actorObligations(from, to))
    const opened: Array<string> = []
    const table = Actors.render(rows, "vi", 2024, undefined, (id) => opened.push(id))
    const buttons = [...table.querySelectorAll<HTMLButtonElement>("button.history")]
    const withRecord = rows.filter((r) => r.fulfilment !== undefined)
    expect(buttons.map((b) => b.dataset.obligation)).toEqual(withRecord.map((r) => r.obligation.id))
    expect(table.querySelectorAll("button.choose")).toHaveLength(0)
    expect([...table.querySelectorAll("thead th")].at(-1)?.textContent).toBe("Thao tác")
    expect(buttons[0]!.getAttribute("aria-label")).toMatch(/^Lịch sử bản ghi: Đảng ủy Công an tỉnh — /)
    buttons[0]!.click()
    expect(opened).toEqual([withRecord[0]!.obligation.id])
  })

  it("the form tells the view which obligation it shows: drawn, and at each change", async () => {
    const source = DemoSource.make({ role: "admin", unitId: "cuc-tay-ninh" })
    const obligations = Fulfil.recordable(await source.me(), await source.actorObligations(from, to), source.asOf)
    const done = obligations.find((x) => x.fulfilment !== undefined)!
    const open = obligations.find((x) => x.fulfilment === undefined)!
    const shown: Array<string | undefined> = []
    const form = Fulfil.render({
      lang: "vi",
      obligations,
      selected: done.obligation.id,
      record: source.record,
      onRecorded: () => {},
      onShow: (x) => shown.push(x?.obligation.id)
    })
    expect(shown).toEqual([done.obligation.id])
    form.choose(open.obligation.id)
    expect(shown).toEqual([done.obligation.id, open.obligation.id])
  })
})
