/**
 * Workbook bodies (`.xlsx` media type) at /v1/check and /v1/submissions, and
 * the static reviewers' page at /ui.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { Api } from "@thads/api"
import { Decode } from "@thads/core"
import { Write } from "@thads/xlsx"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { call, makeTarget, type Running, reportOf, start } from "./harness.js"

let s: Running
let drop: () => Promise<void>
const ui = mkdtempSync(join(tmpdir(), "thads-ui-"))
mkdirSync(join(ui, "assets"))
writeFileSync(join(ui, "index.html"), "<!doctype html><title>thads</title>")
writeFileSync(join(ui, "assets", "app.js"), "console.log('thads')")
writeFileSync(join(ui, "assets", "index-0v3gdLXr.js"), `export const x = ${JSON.stringify("thads ".repeat(500))}`)

beforeAll(async () => {
  const t = await makeTarget("sqlite")
  drop = t.drop
  s = await start(t.target, { uiDir: ui })
})
afterAll(async () => {
  await s?.stop()
  await drop?.()
  rmSync(ui, { recursive: true, force: true })
})

describe("workbooks", () => {
  it("checks and stores a report sent as .xlsx; a broken workbook is a 422 problem", async () => {
    const d = Decode.decodeJson(reportOf("chi-cuc-go-dau"))
    if (d._tag !== "Success") throw new Error("example does not decode")
    const bytes = await Write.report(d.success.report)
    const headers = { "content-type": Api.xlsxMediaType }
    const checked = await call(s.url, "/v1/check", { key: s.keys.reviewer!, body: bytes, headers })
    expect(checked.status).toBe(200)
    expect(checked.json.report.unitId).toBe("chi-cuc-go-dau")
    const stored = await call(s.url, "/v1/submissions", { key: s.keys.submitterChild!, body: bytes, headers })
    expect(stored.status).toBe(201)
    expect(stored.json.submission.mediaType).toBe(Api.xlsxMediaType)
    expect(stored.json.submission.size).toBe(bytes.byteLength)
    const broken = await call(s.url, "/v1/check", {
      key: s.keys.reviewer!,
      body: new Uint8Array([0x50, 0x4b, 3, 4, 1, 2, 3]),
      headers
    })
    expect(broken.status).toBe(422)
    expect(broken.headers.get("content-type")).toMatch(/^application\/problem\+json/)
  })
})

describe("/ui", () => {
  it("serves the reviewers' page and its files, and nothing outside its directory", async () => {
    const page = await call(s.url, "/ui")
    expect(page.status).toBe(200)
    expect(page.headers.get("content-type")).toMatch(/^text\/html/)
    const js = await call(s.url, "/ui/assets/app.js")
    expect(js.headers.get("content-type")).toMatch(/^text\/javascript/)
    expect((await call(s.url, "/ui/..%2f..%2fpackage.json")).status).toBe(404)
    expect((await call(s.url, "/ui/missing.js")).status).toBe(404)
  })

  it("gzip when accepted, ETag and 304, a year's cache for hashed assets, revalidation for the rest", async () => {
    const plain = await fetch(`${s.url}/ui/assets/index-0v3gdLXr.js`, { headers: { "accept-encoding": "identity" } })
    const text = await plain.text()
    expect(plain.headers.get("content-encoding")).toBeNull()
    expect(plain.headers.get("cache-control")).toBe("public, max-age=31536000, immutable")
    const { request } = await import("node:http")
    const raw = await new Promise<{ status: number; headers: Record<string, unknown>; body: Buffer }>(
      (done, reject) => {
        const r = request(`${s.url}/ui/assets/index-0v3gdLXr.js`, { headers: { "accept-encoding": "gzip" } }, (res) => {
          const chunks: Array<Buffer> = []
          res.on("data", (c: Buffer) => chunks.push(c))
          res.on("end", () => done({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }))
        })
        r.on("error", reject)
        r.end()
      }
    )
    expect(raw.status).toBe(200)
    expect(raw.headers["content-encoding"]).toBe("gzip")
    expect(raw.body.byteLength).toBeLessThan(Buffer.byteLength(text) / 4)
    const { gunzipSync } = await import("node:zlib")
    expect(gunzipSync(raw.body).toString()).toBe(text)
    const page = await fetch(`${s.url}/ui/`)
    expect(page.headers.get("cache-control")).toBe("no-cache")
    const etag = page.headers.get("etag")!
    expect(etag).toMatch(/^W\/"/)
    const again = await fetch(`${s.url}/ui/`, { headers: { "if-none-match": etag } })
    expect(again.status).toBe(304)
  })
})
