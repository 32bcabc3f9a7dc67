/**
 * The page in headless Chromium on the demonstration data (computed with
 * @thads/core in the page): sign in as each role, open each view, assert what
 * is shown and what is not, follow a finding to its cell, switch language,
 * and run axe-core on every view. Screenshots go to test/artifacts/.
 */
import { mkdirSync } from "node:fs"
import { createRequire } from "node:module"
import { join } from "node:path"
import type { Browser, Page } from "playwright-core"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { available, launch } from "../harness/Browser.ts"
import { buildPage, remove, root, type Served, serve } from "../harness/Static.ts"

const run = available()
const artifacts = join(root, "test", "artifacts")
const axePath = createRequire(import.meta.url).resolve("axe-core/axe.min.js")

describe.skipIf(!run)("the page on demonstration data (headless Chromium)", () => {
  let dir: string
  let served: Served
  let browser: Browser

  beforeAll(async () => {
    mkdirSync(artifacts, { recursive: true })
    dir = await buildPage()
    served = await serve(dir)
    browser = await launch()
  })
  afterAll(async () => {
    await browser?.close()
    await served?.close()
    if (dir) remove(dir)
  })

  const signIn = async (role: "reviewer" | "unit-reviewer" | "submitter" | "admin"): Promise<Page> => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } })
    const errors: Array<string> = []
    page.on("pageerror", (e) => errors.push(e.message))
    await page.goto(served.url)
    await page.selectOption("#demo-role", role)
    await page.click("#demo-go")
    await page.waitForSelector("table.matrix")
    expect(errors).toEqual([])
    return page
  }

  /** axe-core in the page: no serious or critical violation. */
  const axe = async (page: Page, name: string) => {
    await page.addScriptTag({ path: axePath })
    const violations = await page.evaluate(async () => {
      const r = await (
        window as unknown as {
          axe: {
            run: (
              c?: unknown
            ) => Promise<{ violations: Array<{ id: string; impact: string; nodes: Array<{ target: unknown }> }> }>
          }
        }
      ).axe.run(document)
      return r.violations
        .filter((v) => v.impact === "serious" || v.impact === "critical")
        .map((v) => `${v.id} (${v.impact}): ${JSON.stringify(v.nodes.slice(0, 3).map((n) => n.target))}`)
    })
    expect(violations, `axe on ${name}`).toEqual([])
  }

  const shot = (page: Page, name: string) => page.screenshot({ path: join(artifacts, `${name}.png`), fullPage: true })

  it("reviewer: every unit in the matrix, every status, collapsible tree, cell words on focus", async () => {
    const page = await signIn("reviewer")
    const rows = await page.$$eval("table.matrix tbody tr", (trs) => trs.map((tr) => (tr as HTMLElement).dataset.unit))
    expect(rows[0]).toBe("cuc-tay-ninh")
    expect(rows).toHaveLength(10)
    for (const cls of ["st-met", "st-late", "st-missing", "st-pending"]) {
      expect(await page.locator(`table.matrix td.${cls}`).count(), cls).toBeGreaterThan(0)
    }
    // Hover/focus shows due date and citation.
    const late = page.locator("table.matrix td.st-late").first()
    const label = (await late.getAttribute("aria-label")) ?? ""
    expect(label).toMatch(/Trễ \d+ ngày làm việc/)
    expect(label).toMatch(/Hạn \d{2}\/\d{2}\/\d{4}/)
    expect(label).toMatch(/Căn cứ: /)
    await late.hover()
    await expect.poll(() => page.locator("#matrix-tip").isVisible()).toBe(true)
    // Keyboard: the first cell is the tab stop, arrows move.
    await page.locator("table.matrix td[tabindex='0']").focus()
    await page.keyboard.press("ArrowRight")
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe("TD")
    expect(await page.locator("#matrix-tip").textContent()).toContain("Cục Thi hành án dân sự tỉnh Tây Ninh")
    await shot(page, "reviewer-matrix")
    await axe(page, "matrix")
    // Collapse the province: its units' rows are hidden.
    await page.click("button.toggle[data-unit='cuc-tay-ninh']")
    expect(await page.locator("table.matrix tbody tr:not([hidden])").count()).toBe(1)
    await page.click("button.toggle[data-unit='cuc-tay-ninh']")
    expect(await page.locator("table.matrix tbody tr:not([hidden])").count()).toBe(10)
    await page.close()
  })

  it("reviewer: KPIs against the target line, province and units side by side with the gap", async () => {
    const page = await signIn("reviewer")
    await page.goto(`${served.url}#/kpis`)
    await page.waitForSelector("#kpi-time-table")
    await page.waitForSelector("#kpi-line svg[role='img']")
    expect(await page.locator("#kpi-line .ct-series-target .ct-line").count()).toBe(1)
    const times = await page.locator("#kpi-time-table tbody tr").count()
    expect(times).toBeGreaterThan(6)
    // Vietnamese numbers: decimal comma, percent.
    expect(await page.locator("#kpi-time-table tbody td").first().textContent()).toMatch(/^\d+(,\d+)? %$/)
    expect(await page.locator("#kpi-side-table tbody tr").count()).toBe(10)
    expect(await page.locator("#kpi-side-table tbody td").nth(2).textContent()).toMatch(/^[+-]?\d+(,\d+)?$|^—$/)
    await page.waitForSelector("#kpi-bars svg[role='img']")
    await shot(page, "reviewer-kpis")
    await axe(page, "kpis")
    await page.close()
  })

  it("reviewer: a submission's findings by severity; clicking one highlights its cell; versions compared", async () => {
    const page = await signIn("reviewer")
    await page.goto(`${served.url}#/submissions?status=invalid`)
    await page.waitForSelector("#submissions-table tbody tr")
    const units = await page.$$eval("#submissions-table tbody tr", (trs) =>
      trs.map((tr) => (tr as HTMLElement).dataset.unit)
    )
    expect(new Set(units).size).toBeGreaterThan(1)
    await shot(page, "reviewer-submissions")
    await axe(page, "submissions")
    // A corrected report: open its first version, which has the identity finding.
    const href = await page.evaluate(async () => {
      for (const a of document.querySelectorAll<HTMLAnchorElement>("#submissions-table tbody a"))
        return a.getAttribute("href")
      return null
    })
    expect(href).not.toBeNull()
    await page.goto(`${served.url}${href}`)
    await page.waitForSelector(".submission-view")
    expect(await page.locator("section.sev-error li").count()).toBeGreaterThan(0)
    const button = page.locator("section.sev-error button.goto").first()
    const path = (await button.getAttribute("data-path"))!
    await button.click()
    const cell = page.locator(`td[data-path="${path}"]`)
    await expect.poll(() => cell.getAttribute("class")).toContain("hl")
    expect(await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.path)).toBe(path)
    expect(await page.locator("section.sev-error .meta").first().textContent()).toMatch(/Căn cứ: .+/)
    await shot(page, "reviewer-finding-highlighted")
    await axe(page, "submission")
    // Version history: a unit and period with two versions shows the changed cell.
    await page.goto(`${served.url}#/submissions?status=superseded`)
    await page.waitForSelector("#submissions-table tbody tr")
    const old = await page.locator("#submissions-table tbody a").first().getAttribute("href")
    await page.goto(`${served.url}${old}`)
    await page.waitForSelector("#diff-table")
    expect(await page.locator("#diff-table tbody tr").first().textContent()).toMatch(/\/cases\/(rows\/1|total)\/V13/)
    await shot(page, "reviewer-version-diff")
    await page.close()
  })

  it("reviewer: the roll-up beside the sum of its units, differences highlighted, missing units listed", async () => {
    const page = await signIn("reviewer")
    let seen = { differs: false, missing: false }
    for (let months = 1; months <= 12 && !(seen.differs && seen.missing); months++) {
      await page.goto(`${served.url}#/rollup?unit=cuc-tay-ninh&months=${months}`)
      await page.waitForSelector(".rollup-view")
      if ((await page.locator("table.rollup tr.differs").count()) > 0) {
        seen = { ...seen, differs: true }
        expect(await page.locator("table.rollup tr.differs td").last().textContent()).toMatch(/≠/)
        await shot(page, "reviewer-rollup-differs")
        await axe(page, "rollup")
      }
      if ((await page.locator("#missing-units li").count()) > 0) seen = { ...seen, missing: true }
    }
    expect(seen).toEqual({ differs: true, missing: true })
    await page.close()
  })

  it("submitter: only its own unit, in every view", async () => {
    const page = await signIn("submitter")
    expect(
      await page.$$eval("table.matrix tbody tr", (trs) => trs.map((tr) => (tr as HTMLElement).dataset.unit))
    ).toEqual(["chi-cuc-go-dau"])
    await shot(page, "submitter-matrix")
    await page.goto(`${served.url}#/submissions`)
    await page.waitForSelector("#submissions-table tbody tr")
    const units = await page.$$eval("#submissions-table tbody tr", (trs) =>
      trs.map((tr) => (tr as HTMLElement).dataset.unit)
    )
    expect(new Set(units)).toEqual(new Set(["chi-cuc-go-dau"]))
    expect(await page.locator("#sub-unit option").count()).toBe(2) // "all" and its own unit
    await shot(page, "submitter-submissions")
    await page.goto(`${served.url}#/kpis`)
    await page.waitForSelector("#kpi-time-table")
    expect(await page.locator("#kpi-unit option").allTextContents()).toEqual([
      "Chi cục Thi hành án dân sự huyện Gò Dầu"
    ])
    const text = (await page.textContent("main")) ?? ""
    for (const other of ["Bến Cầu", "Tân Biên", "Hòa Thành", "tỉnh Tây Ninh"]) expect(text).not.toContain(other)
    // Another unit's KPIs by address: refused, nothing shown.
    await page.goto(`${served.url}#/kpis?unit=chi-cuc-ben-cau`)
    await page.waitForSelector("main [role='alert'], #kpi-time-table")
    expect((await page.textContent("main")) ?? "").not.toMatch(/\d+,\d+ %/)
    await page.close()
  })

  it("unit-reviewer: its subtree", async () => {
    const page = await signIn("unit-reviewer")
    expect(await page.locator("table.matrix tbody tr").count()).toBe(10)
    expect(await page.textContent("#who")).toContain("Người xem xét đơn vị")
    await page.close()
  })

  it("admin: the party bodies' obligations; one recorded through the form, met in the table; a refusal in English", async () => {
    const page = await signIn("admin")
    expect(await page.locator("#actors-table tbody tr").count()).toBe(12)
    const row = page.locator("#actors-table tbody tr", { has: page.locator("td.st-missing") }).first()
    const id = (await row.getAttribute("data-obligation"))!
    await row.locator("button.choose").click()
    expect(await page.inputValue("#fulfil-obligation")).toBe(id)
    await page.fill("#fulfil-date", "2024-10-01")
    await page.click("#fulfil-submit")
    const cells = page.locator(`#actors-table tr[data-obligation="${id}"] td`)
    await expect.poll(() => cells.nth(4).textContent()).toBe("01/10/2024")
    expect(await cells.nth(3).getAttribute("class")).toBe("st-late")
    await shot(page, "admin-actors")
    await axe(page, "actors and the form")
    // In English, the demo refuses a date after its today (7/10/2024) as the service does.
    await page.click("button.lang")
    await page.waitForSelector("#fulfil-form")
    expect(await page.textContent("#actors-table tbody th")).toBe("Party Committee of the Provincial Police")
    await page.fill("#fulfil-date", "2024-10-08")
    await page.click("#fulfil-submit")
    await expect
      .poll(() => page.textContent("#fulfil-error"))
      .toContain("Not recorded: The date cannot be after today.")
    await axe(page, "the form's refusal in English")
    await page.click("button.lang")
    await page.close()
  })

  it("submitter: its unit's hearings in the form, none of the party bodies'; reviewer: no form", async () => {
    const page = await signIn("submitter")
    const options = await page.$$eval("#fulfil-obligation option", (os) =>
      os.map((o) => (o as HTMLOptionElement).value)
    )
    expect(options.length).toBeGreaterThan(0)
    expect(options.filter((o) => !/^(hearing\/chi-cuc-go-dau|steering-report\/bcd-chi-cuc-go-dau)\//.test(o))).toEqual(
      []
    )
    expect(await page.locator("#actors-table").count()).toBe(0)
    await page.close()
    const reviewer = await signIn("reviewer")
    expect(await reviewer.locator("#fulfil-form").count()).toBe(0)
    expect(await reviewer.locator("#actors-table tbody tr").count()).toBe(12)
    await reviewer.close()
  })

  it("reviewer: a record's history from a party body's row and from a matrix cell, by keyboard; accessible", async () => {
    const page = await signIn("reviewer")
    const row = page.locator("#actors-table tbody tr", { has: page.locator("button.history") }).first()
    await row.locator("button.history").focus()
    await page.keyboard.press("Enter")
    await expect.poll(() => page.locator("#history-table tbody tr").count()).toBe(1)
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("history-heading")
    expect(await page.textContent("#history-table tbody tr td:last-child")).toBe("✓ Hiện hành (được tính)")
    expect(await page.textContent("#history-table tbody tr td:nth-of-type(5)")).toBe("demo-admin")
    await axe(page, "a record's history")
    await page.click("#history-close")
    expect(await page.locator("#history").isHidden()).toBe(true)
    const cell = page.locator("table.matrix td[data-history]").first()
    const id = (await cell.getAttribute("data-obligation"))!
    await cell.focus()
    await page.keyboard.press("Enter")
    await expect.poll(() => page.locator("#history-table tbody tr").count()).toBe(1)
    expect(await page.textContent("#history-table tbody tr td:nth-of-type(5)")).toBe(`demo-${id.split("/")[1]}`)
    await shot(page, "reviewer-history")
    await page.close()
  })

  it("admin: a correction shows both versions beside the form", async () => {
    const page = await signIn("admin")
    const row = page.locator("#actors-table tbody tr", { has: page.locator("button.history") }).first()
    await row.locator("button.choose").click()
    await expect.poll(() => page.locator("#history-table tbody tr").count()).toBe(1)
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("fulfil-date")
    await page.fill("#fulfil-note", "Sửa ngày họp")
    await page.click("#fulfil-submit")
    await expect.poll(() => page.locator("#history-table tbody tr").count()).toBe(2)
    expect(await page.$$eval("#history-table tbody tr", (trs) => trs.map((tr) => tr.children[6]?.textContent))).toEqual(
      ["✓ Hiện hành (được tính)", "Đã được sửa bởi lần 2"]
    )
    await axe(page, "the history beside the form")
    await page.close()
  })

  it("switches to English and back; numbers and dates follow", async () => {
    const page = await signIn("reviewer")
    await page.goto(`${served.url}#/rollup?unit=cuc-tay-ninh&months=3`)
    await page.waitForSelector("table.rollup")
    expect(await page.getAttribute("html", "lang")).toBe("vi")
    expect(await page.locator("table.rollup tbody td").nth(1).textContent()).toMatch(/^\d{1,3}(\.\d{3})*$/)
    expect(await page.textContent(".asof")).toMatch(/\d{2}\/\d{2}\/\d{4}/)
    await page.click("button.lang")
    await page.waitForSelector("table.rollup")
    expect(await page.getAttribute("html", "lang")).toBe("en")
    expect(await page.textContent("nav")).toContain("Obligations")
    expect(await page.locator("table.rollup tbody td").nth(1).textContent()).toMatch(/^\d{1,3}(,\d{3})*$/)
    await shot(page, "english-rollup")
    await axe(page, "rollup in English")
    await page.click("button.lang")
    await page.waitForSelector("table.rollup")
    expect(await page.textContent("nav")).toContain("Nghĩa vụ báo cáo")
    await page.close()
  })

  it("loads nothing from outside its own origin (works offline on the LAN)", async () => {
    const page = await browser.newPage()
    const origins = new Set<string>()
    page.on("request", (r) => origins.add(new URL(r.url()).origin))
    await page.goto(served.url)
    await page.click("#demo-go")
    await page.waitForSelector("table.matrix")
    await page.goto(`${served.url}#/kpis`)
    await page.waitForSelector("#kpi-line svg")
    expect([...origins]).toEqual([new URL(served.url).origin])
    await axe(page, "sign-in")
    await page.close()
  })
})
