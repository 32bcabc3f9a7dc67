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
})
