/**
 * CORS over real HTTP: the allowed origins (the Excel add-in's own https
 * origin) get preflights answered and `Access-Control-Allow-Origin` on every
 * response, keys in `Authorization` included; other origins get no CORS
 * headers; with no setting, none at all.
 */
import { request } from "node:http"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { makeTarget, type Running, reportOf, start } from "./harness.js"

const addin = "https://addin.thads.example"
let s: Running
let plain: Running
const drops: Array<() => Promise<void> | void> = []
beforeAll(async () => {
  const a = await makeTarget("sqlite")
  const b = await makeTarget("sqlite")
  drops.push(a.drop, b.drop)
  s = await start(a.target, { corsOrigins: [addin], publicReads: true })
  plain = await start(b.target)
}, 120_000)
afterAll(async () => {
  await s?.stop()
  await plain?.stop()
  for (const d of drops) await d()
})

/** A raw request (fetch would refuse to set Origin in a browser; here we are the browser). */
const raw = (base: string, path: string, method: string, headers: Record<string, string>, body?: string) =>
  new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }>(
    (done, reject) => {
      const r = request(`${base}${path}`, { method, headers }, (res) => {
        let text = ""
        res.on("data", (c: Buffer) => {
          text += c.toString()
        })
        res.on("end", () => done({ status: res.statusCode!, headers: res.headers, body: text }))
      })
      r.on("error", reject)
      r.end(body)
    }
  )

describe("CORS", () => {
  it("answers a preflight from an allowed origin: methods, Authorization and Content-Type allowed", async () => {
    const r = await raw(s.url, "/v1/submissions", "OPTIONS", {
      origin: addin,
      "access-control-request-method": "POST",
      "access-control-request-headers": "authorization, content-type"
    })
    expect(r.status).toBe(204)
    expect(r.headers["access-control-allow-origin"]).toBe(addin)
    expect(String(r.headers["access-control-allow-methods"])).toContain("POST")
    expect(String(r.headers["access-control-allow-headers"])).toContain("authorization")
    expect(String(r.headers["access-control-allow-headers"])).toContain("content-type")
    expect(String(r.headers.vary)).toContain("origin")
  })

  it("allows the origin on real calls with a key, on refusals too, and exposes Location and X-Request-Id", async () => {
    const me = await raw(s.url, "/v1/me", "GET", { origin: addin, authorization: `Bearer ${s.keys.submitterChild}` })
    expect(me.status).toBe(200)
    expect(me.headers["access-control-allow-origin"]).toBe(addin)
    expect(String(me.headers["access-control-expose-headers"])).toContain("location")
    const sent = await raw(
      s.url,
      "/v1/submissions",
      "POST",
      { origin: addin, authorization: `Bearer ${s.keys.submitterChild}`, "content-type": "application/json" },
      reportOf("chi-cuc-go-dau")
    )
    expect(sent.status).toBe(201)
    expect(sent.headers["access-control-allow-origin"]).toBe(addin)
    const check = await raw(s.url, "/v1/check", "POST", { origin: addin, "content-type": "application/json" }, "{x")
    expect(check.status).toBe(400)
    expect(check.headers["access-control-allow-origin"]).toBe(addin)
    const refused = await raw(s.url, "/v1/me", "GET", { origin: addin })
    expect(refused.status).toBe(401)
    expect(refused.headers["access-control-allow-origin"]).toBe(addin)
  })

  it("gives another origin no CORS headers, and its preflight no 204", async () => {
    const other = "https://evil.example"
    const pre = await raw(s.url, "/v1/me", "OPTIONS", { origin: other, "access-control-request-method": "GET" })
    expect(pre.status).not.toBe(204)
    expect(pre.headers["access-control-allow-origin"]).toBeUndefined()
    const me = await raw(s.url, "/v1/me", "GET", { origin: other, authorization: `Bearer ${s.keys.reviewer}` })
    expect(me.headers["access-control-allow-origin"]).toBeUndefined()
  })

  it("with no setting, no origin is allowed", async () => {
    const pre = await raw(plain.url, "/v1/me", "OPTIONS", { origin: addin, "access-control-request-method": "GET" })
    expect(pre.status).not.toBe(204)
    expect(pre.headers["access-control-allow-origin"]).toBeUndefined()
  })
})
