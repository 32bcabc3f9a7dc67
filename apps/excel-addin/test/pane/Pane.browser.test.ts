/**
 * The task pane in headless Chromium (Debian chromium + playwright-core),
 * the page exactly as built in dist/, with a mocked Office.js served in
 * place of Microsoft's script (page.route): open a workbook with mistakes,
 * click "Kiểm tra", check the findings list, go to a finding's cell, click
 * "Đánh dấu" and check the notes and highlights written (the user's own note
 * kept), switch the language; screenshots are kept in test-artifacts/.
 * Skipped with a notice when /usr/bin/chromium is absent; required when CI=true.
 */
import { execFileSync } from "node:child_process"
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs"
import { createServer, type Server } from "node:http"
import type { AddressInfo } from "node:net"
import { tmpdir } from "node:os"
import { extname, join, normalize } from "node:path"
import { fileURLToPath } from "node:url"
import { Decode, type MemoryGrid } from "@thads/core"
import { ExcelGrid, Write } from "@thads/xlsx"
import ExcelJS from "exceljs"
import { type Browser, chromium, type Page } from "playwright-core"
import { build } from "vite"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import * as MockExcel from "../../src/testing/MockExcel.js"

const CHROMIUM = "/usr/bin/chromium"
const present = existsSync(CHROMIUM)
if (!present && process.env.CI === "true") {
  throw new Error(`${CHROMIUM} is required when CI=true (apt-get install chromium)`)
}
if (!present) console.warn(`[skip] task pane browser test: ${CHROMIUM} not found (install Debian's chromium to run it)`)

const root = fileURLToPath(new URL("../../", import.meta.url))
const dist = join(root, "dist")
const artifacts = join(root, "test-artifacts")
const OFFICE_JS = "https://appsforoffice.microsoft.com/**"

let browser: Browser
let server: Server
let base: string
let mockScript: string
let sheets: Array<MemoryGrid.SheetData>
const scratch = mkdtempSync(join(tmpdir(), "thads-pane-"))

const types: Readonly<Record<string, string>> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json",
  ".png": "image/png",
  ".map": "application/json"
}

beforeAll(async () => {
  if (!present) return
  if (!existsSync(join(dist, "taskpane.html"))) execFileSync(process.execPath, [join(root, "scripts/build.ts")])
  // The mock of Office.js, bundled for the page.
  const conditions = ["@thads/source", "module", "browser", "development|production"]
  await build({
    configFile: false,
    logLevel: "silent",
    resolve: {
      conditions,
      alias: { "office-addin-manifest": join(root, "src/testing/office-addin-manifest-shim.ts") }
    },
    build: {
      outDir: scratch,
      emptyOutDir: false,
      minify: false,
      lib: {
        entry: join(root, "test/pane/office-mock.ts"),
        formats: ["iife"],
        name: "ThadsOfficeMock",
        fileName: () => "office-mock.js"
      }
    }
  })
  mockScript = readFileSync(join(scratch, "office-mock.js"), "utf8")
  // A report workbook with mistakes (examples/report-with-mistakes.json, written by @thads/xlsx), and a note of the user's.
  const decoded = Decode.decode(
    JSON.parse(readFileSync(join(root, "../../examples/report-with-mistakes.json"), "utf8"))
  )
  if (decoded._tag !== "Success") throw new Error("the example should decode")
  const wb = new ExcelJS.Workbook()
  await wb.xlsx.load(Buffer.from(await Write.report(decoded.success.report)) as never)
  wb.getWorksheet("Việc")!.getCell("B8").note = "Ghi chú của thống kê viên"
  sheets = MockExcel.sheetsOf(ExcelGrid.fromWorkbook(wb))

  server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname)).replace(/^[/\\]+/, "")
    const file = join(dist, path)
    if (!file.startsWith(dist) || !existsSync(file)) return void res.writeHead(404).end()
    res.writeHead(200, { "content-type": types[extname(file)] ?? "application/octet-stream" }).end(readFileSync(file))
  })
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run"
    ]
  })
  mkdirSync(artifacts, { recursive: true })
})

afterAll(async () => {
  await browser?.close()
  await new Promise((resolve) => (server === undefined ? resolve(undefined) : server.close(resolve)))
  rmSync(scratch, { recursive: true, force: true })
})

const open = async (displayLanguage: string): Promise<Page> => {
  const page = await browser.newPage({ viewport: { width: 380, height: 1100 } })
  const errors: Array<string> = []
  page.on("pageerror", (e) => errors.push(e.message))
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(m.text())
  })
  // Nothing may leave the machine (routes added later win: the Office.js route comes next).
  await page.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => route.abort())
  await page.route(OFFICE_JS, (route) =>
    route.fulfill({
      contentType: "text/javascript; charset=utf-8",
      body: `globalThis.__THADS_SETUP__ = ${JSON.stringify({ sheets, displayLanguage })};\n${mockScript}`
    })
  )
  await page.goto(`${base}taskpane.html`)
  await page.waitForSelector("#check", { timeout: 10_000 }).catch((e: unknown) => {
    throw new Error(`the pane did not load: ${errors.join("; ")} (${String(e)})`)
  })
  expect(errors).toEqual([])
  return page
}

describe.skipIf(!present)("task pane in Chromium", () => {
  it("checks a workbook with mistakes, goes to a cell, marks it, switches language", async () => {
    const page = await open("vi-VN")
    expect(await page.textContent("h1")).toBe("Kiểm tra báo cáo")
    // The worksheet functions were registered by the same page (shared runtime).
    expect(
      await page.evaluate(() => (window as never as { __thadsMock: { associated: string[] } }).__thadsMock.associated)
    ).toContain("DEADLINE")

    await page.click("#check")
    await page.waitForSelector("#verdict")
    expect(await page.textContent("#verdict strong")).toBe("KHÔNG HỢP LỆ")
    const errors = page.locator('details[data-severity="error"] li.finding')
    expect(await errors.count()).toBeGreaterThan(3)
    const codes = await page.locator("li.finding").evaluateAll((els) => els.map((e) => e.getAttribute("data-code")))
    expect(codes).toContain("identity-violated")
    expect(codes).toContain("total-not-sum")
    const first = errors.first()
    expect(await first.locator(".citation").textContent()).toMatch(/^Căn cứ: .*Thông tư/)
    expect(await page.locator('#kpis tr[data-kpi="completion-rate-cases"] td.value').textContent()).toMatch(/%$/)
    expect(await page.locator("#deadlines li").count()).toBeGreaterThan(0)

    // Clicking a finding's cell selects it in the workbook.
    const cell = (await first.getAttribute("data-cell"))!
    await first.locator("button.cell").click()
    await expect
      .poll(() =>
        page.evaluate(() => (window as never as { __thadsMock: { selected(): string } }).__thadsMock.selected())
      )
      .toBe(cell)
    await page.screenshot({ path: join(artifacts, "taskpane-vi.png"), fullPage: true })
    await page.screenshot({ path: join(artifacts, "taskpane-vi-top.png") })

    // "Đánh dấu": notes and highlights on the finding cells, the user's note kept, a findings sheet.
    await page.click("#mark")
    await page.waitForSelector("#status.ok")
    expect(await page.textContent("#status")).toMatch(/^Đã đánh dấu \d+ ô/)
    const after = (await page.evaluate(() =>
      (window as never as { __thadsMock: { snapshot(): unknown } }).__thadsMock.snapshot()
    )) as Array<MemoryGrid.SheetData>
    const [sheetName, a1] = cell.split("!") as [string, string]
    const marked = after.find((s) => s.name === sheetName)!.cells[a1]!
    expect(marked.fill).toBe("FFFFC7CE")
    expect(marked.note).toMatch(/^thads ▸ \[Lỗi \/ error\]/)
    const userCell = after.find((s) => s.name === "Việc")!.cells.B8!
    expect(userCell.note?.startsWith("Ghi chú của thống kê viên")).toBe(true)
    expect(after.map((s) => s.name)).toContain("Phát hiện")

    // Marking again replaces thads' marks rather than adding to them.
    await page.click("#mark")
    await page.waitForSelector("#status.ok")
    const again = (await page.evaluate(() =>
      (window as never as { __thadsMock: { snapshot(): unknown } }).__thadsMock.snapshot()
    )) as Array<MemoryGrid.SheetData>
    expect(again.find((s) => s.name === sheetName)!.cells[a1]!.note).toBe(marked.note)
    expect(again.filter((s) => s.name.startsWith("Phát hiện")).length).toBe(1)

    // Switch to English.
    await page.click("#lang")
    expect(await page.textContent("h1")).toBe("Check report")
    expect(await page.textContent("#verdict strong")).toBe("NOT VALID")
    expect(await page.locator('details[data-severity="error"] li.finding .citation').first().textContent()).toMatch(
      /^Source: /
    )
    await page.screenshot({ path: join(artifacts, "taskpane-en.png"), fullPage: true })
    await page.close()
  })

  it("Gửi báo cáo: settings kept in localStorage across reloads; not sent without a valid server URL", async () => {
    const page = await open("en-US")
    await page.fill("#server-url", "not a url")
    await page.fill("#api-key", "thads_k")
    await page.click("#send")
    await page.waitForSelector('#sent[data-outcome="NotSent"]')
    expect(await page.textContent("#sent strong")).toBe("Not a server URL: not a url")
    await page.reload()
    await page.waitForSelector("#server-url")
    expect(await page.inputValue("#server-url")).toBe("not a url")
    expect(await page.inputValue("#api-key")).toBe("thads_k")
    await page.close()
  })

  it("follows the Office display language and says when the workbook has no report", async () => {
    const saved = sheets
    sheets = [{ name: "Sheet1", cells: { A1: { value: { _tag: "string", value: "hello" } } } }]
    try {
      const page = await open("en-US")
      expect(await page.textContent("h1")).toBe("Check report")
      await page.click("#check")
      await page.waitForSelector("#no-report")
      expect(await page.textContent("#no-report h2")).toBe("No report found in this workbook")
      expect(await page.textContent("#no-report p")).toContain("Báo cáo")
      await page.close()
    } finally {
      sheets = saved
    }
  })
})
