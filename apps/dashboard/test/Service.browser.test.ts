/**
 * The page served by the real compliance service (`@thads/service/testing`, in this
 * process, over real HTTP on 127.0.0.1, SQLite in a temporary folder) at /ui,
 * seeded through `POST /v1/submissions` with a year of synthetic submissions
 * of the province (the demonstration store's reports, each sent with its
 * unit's submitter key on its receipt date: the service's clock is set to
 * it). Then, in headless Chromium: sign in with a key of each role, open each
 * view, assert what is shown and what is not; screenshots in test/artifacts/.
 */
import { mkdirSync } from "node:fs"
import { join } from "node:path"
import { TestService } from "@thads/service/testing"
import type { Browser, Page } from "playwright-core"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import * as DemoSource from "../src/demo/DemoSource.js"
import { available, launch } from "../harness/Browser.ts"
import { buildPage, remove, root } from "../harness/Static.ts"

const run = available()
const artifacts = join(root, "test", "artifacts")

describe.skipIf(!run)("the page on the real service, seeded with a year of submissions (headless Chromium)", () => {
  let dir: string
  let browser: Browser
  let service: TestService.Running
  let base: string
  const keys: Record<string, string> = {}
  let now = Date.parse("2023-10-01T08:00:00+07:00")
  const store = DemoSource.build()

  beforeAll(async () => {
    mkdirSync(artifacts, { recursive: true })
    dir = await buildPage()
    // The service's clock, set to each submission's receipt time while seeding.
    service = await TestService.start({ uiDir: dir, now: () => now })
    base = service.url
    const key = async (name: string, spec: TestService.KeySpec) => {
      keys[name] = await service.issueKey(spec)
    }
    await key("reviewer", { role: "reviewer", unitId: null })
    await key("unit-reviewer", { role: "unit-reviewer", unitId: "cuc-tay-ninh" })
    await key("admin", { role: "admin", unitId: null })
    for (const u of store.units) await key(u.id, { role: "submitter", unitId: u.id })
    // Seed: every submission of the year, in order, each on its receipt time.
    for (const s of store.submissions) {
      now = Date.parse(s.summary.receivedAt)
      const res = await fetch(`${base}/v1/submissions`, {
        method: "POST",
        headers: { authorization: `Bearer ${keys[s.summary.unitId]}`, "content-type": "application/json" },
        body: JSON.stringify(s.report)
      })
      expect(res.status, `${s.summary.id}: ${await res.clone().text()}`).toBe(201)
    }
    now = Date.parse(`${store.asOf}T10:00:00+07:00`)
    browser = await launch()
  })
  afterAll(async () => {
    await browser?.close()
    await service?.stop()
    if (dir) remove(dir)
  })

  const signIn = async (who: string): Promise<Page> => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } })
    await page.goto(`${base}/ui/`)
    await page.fill("#api-key", keys[who]!)
    await page.click("form.signin button[type='submit']")
    await page.waitForSelector("table.matrix", { timeout: 60_000 })
    return page
  }
  /** The id of a key, as `GET /v1/me` names it. */
  const keyIdOf = async (who: string): Promise<string> =>
    (
      (await (await fetch(`${base}/v1/me`, { headers: { authorization: `Bearer ${keys[who]}` } })).json()) as {
        keyId: string
      }
    ).keyId
  const shot = (page: Page, name: string) =>
    page.screenshot({ path: join(artifacts, `service-${name}.png`), fullPage: true })

  it("refuses a wrong key with the server's problem", async () => {
    const page = await browser.newPage()
    await page.goto(`${base}/ui/`)
    await page.fill("#api-key", "thads_nope_nope")
    await page.click("form.signin button[type='submit']")
    await expect.poll(() => page.textContent("#signin-error")).toMatch(/\S/)
    expect(await page.locator("table.matrix").count()).toBe(0)
    await page.close()
  })

  it("reviewer: the province and its units, statuses from the stored submissions", async () => {
    const page = await signIn("reviewer")
    const rows = await page.$$eval("table.matrix tbody tr", (trs) => trs.map((tr) => (tr as HTMLElement).dataset.unit))
    expect(rows).toContain("cuc-tay-ninh")
    expect(rows).toContain("chi-cuc-go-dau")
    expect(await page.locator("table.matrix td.st-met").count()).toBeGreaterThan(50)
    expect(await page.locator("table.matrix td.st-late").count()).toBeGreaterThan(0)
    expect(await page.locator("table.matrix td.st-missing").count()).toBeGreaterThan(0)
    await shot(page, "reviewer-matrix")
    await page.goto(`${base}/ui/#/submissions`)
    await page.waitForSelector("#submissions-table tbody tr")
    const units = await page.$$eval("#submissions-table tbody tr", (trs) =>
      trs.map((tr) => (tr as HTMLElement).dataset.unit)
    )
    expect(new Set(units).size).toBeGreaterThan(1)
    await page.goto(`${base}/ui/#/rollup?unit=cuc-tay-ninh&months=12`)
    await page.waitForSelector("table.rollup")
    await shot(page, "reviewer-rollup")
    await page.goto(`${base}/ui/#/kpis?unit=cuc-tay-ninh`)
    await page.waitForSelector("#kpi-time-table tbody tr")
    await shot(page, "reviewer-kpis")
    await page.close()
  })

  it("reviewer: a finding of a stored submission highlights its cell", async () => {
    const page = await signIn("reviewer")
    await page.goto(`${base}/ui/#/submissions?status=invalid`)
    await page.waitForSelector("#submissions-table tbody a")
    const href = await page.locator("#submissions-table tbody a").first().getAttribute("href")
    await page.goto(`${base}/ui/${href}`)
    await page.waitForSelector(".submission-view")
    const button = page.locator("button.goto").first()
    const path = (await button.getAttribute("data-path"))!
    await button.click()
    await expect.poll(() => page.locator(`td[data-path="${path}"]`).getAttribute("class")).toContain("hl")
    await shot(page, "finding-highlighted")
    await page.close()
  })

  it("submitter: never another unit", async () => {
    const page = await signIn("chi-cuc-go-dau")
    expect(
      await page.$$eval("table.matrix tbody tr", (trs) => trs.map((tr) => (tr as HTMLElement).dataset.unit))
    ).toEqual(["chi-cuc-go-dau"])
    expect(await page.textContent("#who")).toContain("chỉ đơn vị mình")
    await page.goto(`${base}/ui/#/submissions`)
    await page.waitForSelector("#submissions-table tbody tr")
    const units = await page.$$eval("#submissions-table tbody tr", (trs) =>
      trs.map((tr) => (tr as HTMLElement).dataset.unit)
    )
    expect(new Set(units)).toEqual(new Set(["chi-cuc-go-dau"]))
    // Another unit by address: the server refuses, the page shows the refusal and no figures.
    await page.goto(`${base}/ui/#/kpis?unit=chi-cuc-ben-cau`)
    await page.waitForSelector("main [role='alert']")
    expect((await page.textContent("main")) ?? "").not.toContain("%")
    await shot(page, "submitter-refused")
    await page.close()
  })

  it("unit-reviewer: its unit and the units below it", async () => {
    const page = await signIn("unit-reviewer")
    const rows = await page.$$eval("table.matrix tbody tr", (trs) => trs.map((tr) => (tr as HTMLElement).dataset.unit))
    expect(rows[0]).toBe("cuc-tay-ninh")
    expect(rows).toHaveLength(10)
    expect(rows).not.toContain("cuc-long-an")
    await page.close()
  })

  it("a hearing recorded through POST /v1/fulfilments shows as met in the matrix", async () => {
    const hearing = "hearing/cuc-tay-ninh/2023-12-31"
    const cell = `table.matrix td[data-obligation="${hearing}"]`
    const before = await signIn("reviewer")
    expect(await before.getAttribute(cell, "class")).toMatch(/\bst-missing\b/)
    await before.close()
    const res = await fetch(`${base}/v1/fulfilments`, {
      method: "POST",
      headers: { authorization: `Bearer ${keys["cuc-tay-ninh"]}`, "content-type": "application/json" },
      body: JSON.stringify({ obligationId: hearing, fulfilledOn: "2024-01-18", document: { number: "07-BB/TU" } })
    })
    expect(res.status, await res.clone().text()).toBe(201)
    const page = await signIn("reviewer")
    expect(await page.getAttribute(cell, "class")).toMatch(/\bst-met\b/)
    await page.close()
  })

  it("submitter: records its hearing through the form (a future date refused in its words first); met in the matrix, once", async () => {
    const hearing = "hearing/chi-cuc-tan-bien/2024-03-31"
    const cell = `table.matrix td[data-obligation="${hearing}"]`
    const page = await signIn("chi-cuc-tan-bien")
    expect(await page.getAttribute(cell, "class")).toMatch(/\bst-missing\b/)
    // The cell opens the obligation in the form.
    await page.click(cell)
    expect(await page.inputValue("#fulfil-obligation")).toBe(hearing)
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("fulfil-date")
    // The service's today is 7/10/2024: the 8th is refused, in Vietnamese.
    await page.fill("#fulfil-date", "2024-10-08")
    await page.click("#fulfil-submit")
    await expect.poll(() => page.textContent("#fulfil-error")).toContain("Ngày thực hiện không được sau ngày hôm nay.")
    expect(await page.textContent("#fulfil-error .detail")).toContain("2024-10-08 > 2024-10-07")
    await shot(page, "submitter-fulfil-refused")
    await page.fill("#fulfil-date", "2024-04-20")
    await page.fill("#fulfil-number", "05/BC-CCTHADS")
    await page.fill("#fulfil-title", "Báo cáo kết quả thi hành án dân sự 6 tháng")
    await page.dblclick("#fulfil-submit")
    await expect.poll(() => page.textContent("#fulfil-status"), { timeout: 30_000 }).toMatch(/^Đã ghi nhận: /)
    await expect.poll(() => page.getAttribute(cell, "class")).toMatch(/\bst-met\b/)
    expect(await page.getAttribute(cell, "aria-label")).toContain(
      "Ngày thực hiện 20/04/2024 · Văn bản: số 05/BC-CCTHADS — Báo cáo kết quả thi hành án dân sự 6 tháng"
    )
    expect(await page.textContent("#fulfil-error")).toBe("")
    await shot(page, "submitter-fulfil-recorded")
    await page.close()
    // One record, whatever the double click did.
    const list = (await (
      await fetch(`${base}/v1/fulfilments?unit=chi-cuc-tan-bien&history=true`, {
        headers: { authorization: `Bearer ${keys["chi-cuc-tan-bien"]}` }
      })
    ).json()) as { items: Array<{ obligationId: string; fulfilledOn: string; version: number }> }
    expect(list.items.filter((r) => r.obligationId === hearing)).toEqual([
      expect.objectContaining({ fulfilledOn: "2024-04-20", version: 1 })
    ])
    // A reviewer sees it met, reads the actors' obligations, and has no form.
    const reviewer = await signIn("reviewer")
    expect(await reviewer.getAttribute(cell, "class")).toMatch(/\bst-met\b/)
    expect(await reviewer.locator("#actors-table tbody tr").count()).toBe(12)
    expect(await reviewer.locator("#fulfil-form").count()).toBe(0)
    await reviewer.close()
    // A unit-reviewer reads neither the actors' obligations nor records.
    const unitReviewer = await signIn("unit-reviewer")
    expect(await unitReviewer.locator("#actors-table, #fulfil-form").count()).toBe(0)
    await unitReviewer.close()
  })

  it("admin: records a party body's hearing from the actors' table, then corrects it", async () => {
    const hearing = "hearing/A05/2024-03-31"
    const row = `#actors-table tr[data-obligation="${hearing}"]`
    const page = await signIn("admin")
    expect(await page.locator("#actors-table tbody tr").count()).toBe(12)
    expect(await page.textContent(`${row} th`)).toBe("Ban cán sự đảng Tòa án nhân dân tỉnh")
    expect(await page.getAttribute(`${row} td:nth-of-type(4)`, "class")).toBe("st-missing")
    // The units' obligations are their submitters': the admin's form offers the actors' only.
    const options = await page.$$eval("#fulfil-obligation option", (os) =>
      os.map((o) => (o as HTMLOptionElement).value)
    )
    expect(options.length).toBeGreaterThan(0)
    expect(options.every((o) => /^hearing\/A0[456]\//.test(o))).toBe(true)
    await page.click(`${row} button.choose`)
    await page.fill("#fulfil-date", "2024-04-25")
    await page.fill("#fulfil-number", "21-BC/BCSĐ")
    await page.click("#fulfil-submit")
    await expect.poll(() => page.textContent(`${row} td:nth-of-type(5)`), { timeout: 30_000 }).toBe("25/04/2024")
    expect(await page.getAttribute(`${row} td:nth-of-type(4)`, "class")).toBe("st-met")
    expect(await page.textContent(`${row} td:nth-of-type(6)`)).toBe("số 21-BC/BCSĐ")
    // A correction: the recorded date is filled in, the request supersedes the record.
    expect(await page.inputValue("#fulfil-obligation")).toBe(hearing)
    expect(await page.textContent("#fulfil-submit")).toBe("Sửa bản ghi")
    expect(await page.inputValue("#fulfil-date")).toBe("2024-04-25")
    await page.fill("#fulfil-date", "2024-05-06")
    await page.click("#fulfil-submit")
    await expect.poll(() => page.textContent(`${row} td:nth-of-type(5)`), { timeout: 30_000 }).toBe("06/05/2024")
    expect(await page.getAttribute(`${row} td:nth-of-type(4)`, "class")).toBe("st-late")
    // The form shows the corrected obligation again, and beside it the record's history: both versions, newest first.
    const adminKeyId = await keyIdOf("admin")
    const history = "#history-table tbody tr"
    await expect.poll(() => page.locator(history).count(), { timeout: 30_000 }).toBe(2)
    expect(await page.textContent("#history-table caption")).toContain("Ban cán sự đảng Tòa án nhân dân tỉnh")
    const versions = await page.$$eval(history, (trs) =>
      trs.map((tr) => [...tr.children].map((c) => c.textContent ?? ""))
    )
    expect(versions.map((v) => [v[0], v[1], v[2], v[5], v[6]])).toEqual([
      ["Lần 2", "06/05/2024", "số 21-BC/BCSĐ", `${adminKeyId} (khóa này)`, "✓ Hiện hành (được tính)"],
      ["Lần 1", "25/04/2024", "số 21-BC/BCSĐ", `${adminKeyId} (khóa này)`, "Đã được sửa bởi lần 2"]
    ])
    for (const v of versions) expect(v[4]).toMatch(/^07\/10\/2024 \d\d:\d\d$/)
    await shot(page, "admin-actors-corrected")
    await page.close()
    const list = (await (
      await fetch(`${base}/v1/fulfilments?actor=A05&history=true`, {
        headers: { authorization: `Bearer ${keys.admin}` }
      })
    ).json()) as { items: Array<{ fulfilledOn: string; version: number; current: boolean }> }
    expect(list.items.map((r) => [r.version, r.fulfilledOn, r.current])).toEqual([
      [2, "2024-05-06", true],
      [1, "2024-04-25", false]
    ])
  })

  it("reviewer: opens a record's history from a party body's row and from a matrix cell (keyboard), the keys named", async () => {
    const page = await signIn("reviewer")
    // The history reads the obligation's records only (obligation=), not the owner's whole list.
    const lists: Array<URLSearchParams> = []
    page.on("request", (r) => {
      const url = new URL(r.url())
      if (url.pathname === "/v1/fulfilments" && r.method() === "GET") lists.push(url.searchParams)
    })
    // The party body's hearing the admin recorded and corrected above.
    await page.click(`#actors-table tr[data-obligation="hearing/A05/2024-03-31"] button.history`)
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("history-heading")
    await expect.poll(() => page.locator("#history-table tbody tr").count(), { timeout: 30_000 }).toBe(2)
    const adminKeyId = await keyIdOf("admin")
    expect(
      await page.$$eval("#history-table tbody tr", (trs) =>
        trs.map((tr) => [tr.children[0]?.textContent, tr.children[5]?.textContent, tr.className])
      )
    ).toEqual([
      ["Lần 2", adminKeyId, "current"],
      ["Lần 1", adminKeyId, ""]
    ])
    await shot(page, "reviewer-history")
    // The Cục's hearing recorded through the API by its submitter key: Enter on its cell.
    const cell = page.locator(`table.matrix td[data-obligation="hearing/cuc-tay-ninh/2023-12-31"]`)
    expect(await cell.getAttribute("data-history")).toBe("true")
    await cell.focus()
    await page.keyboard.press("Enter")
    await expect
      .poll(() => page.textContent("#history-table caption"), { timeout: 30_000 })
      .toContain("Cục Thi hành án dân sự tỉnh Tây Ninh")
    expect(
      await page.$$eval("#history-table tbody tr", (trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent)))
    ).toEqual([
      [
        "Lần 1",
        "18/01/2024",
        "số 07-BB/TU",
        "—",
        expect.stringMatching(/^07\/10\/2024 /),
        await keyIdOf("cuc-tay-ninh"),
        "✓ Hiện hành (được tính)"
      ]
    ])
    expect(lists.map((q) => [...q.entries()])).toEqual([
      [
        ["obligation", "hearing/A05/2024-03-31"],
        ["history", "true"]
      ],
      [
        ["obligation", "hearing/cuc-tay-ninh/2023-12-31"],
        ["history", "true"]
      ]
    ])
    // Closing gives the focus back to the cell.
    await page.click("#history-close")
    expect(await page.locator("#history").isHidden()).toBe(true)
    expect(await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.obligation)).toBe(
      "hearing/cuc-tay-ninh/2023-12-31"
    )
    await page.close()
    // A unit-reviewer reads the units' records too, not the party bodies'.
    const unitReviewer = await signIn("unit-reviewer")
    await unitReviewer.click(`table.matrix td[data-obligation="hearing/cuc-tay-ninh/2023-12-31"]`)
    await expect.poll(() => unitReviewer.locator("#history-table tbody tr").count(), { timeout: 30_000 }).toBe(1)
    await unitReviewer.close()
  })
})
