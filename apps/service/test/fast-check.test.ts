/**
 * The hot path of `POST /v1/check` (anonymous JSON, public reads on) answers
 * exactly what the HttpApi handler answers for the same body — status,
 * media type, document — with its own request id, metrics and bounds; with
 * the hot path off (`fastCheck: false`, `--no-fast-check`) the same
 * anonymous requests go through the HttpApi app and get the same answers.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { call, makeTarget, type Running, reportOf, start } from "./harness.js"

let s: Running
let httpApiOnly: Running
const drops: Array<() => Promise<void> | void> = []
beforeAll(async () => {
  const t = await makeTarget("sqlite")
  drops.push(t.drop)
  s = await start(t.target, { publicReads: true, maxBodyBytes: 100_000 })
  const u = await makeTarget("sqlite")
  drops.push(u.drop)
  httpApiOnly = await start(u.target, { publicReads: true, maxBodyBytes: 100_000, fastCheck: false })
}, 120_000)
afterAll(async () => {
  await s?.stop()
  await httpApiOnly?.stop()
  for (const drop of drops) await drop()
})

const withoutId = (json: any) => {
  if (json === undefined || json === null) return json
  const { requestId: _, ...rest } = json
  return rest
}

const bodies: ReadonlyArray<readonly [string, string | Uint8Array]> = [
  ["a valid report", reportOf("chi-cuc-go-dau")],
  ["a report with mistakes", reportOf("chi-cuc-go-dau", { year: 2019 })],
  ["not JSON", "{not json"],
  ["not a report", JSON.stringify({ header: { year: 1 }, cases: "x" })],
  ["not UTF-8", new Uint8Array([0x7b, 0xff, 0xfe, 0x7d])]
]

describe("POST /v1/check: hot path = HttpApi handler", () => {
  for (const [name, body] of bodies)
    it(name, async () => {
      const anonymous = await call(s.url, "/v1/check", { body })
      // A key sends the request through the router, the middleware and the handler.
      const keyed = await call(s.url, "/v1/check", { body, key: s.keys.submitterChild! })
      // Without the hot path, the anonymous request goes through them too.
      const viaHttpApi = await call(httpApiOnly.url, "/v1/check", { body })
      for (const other of [keyed, viaHttpApi]) {
        expect(anonymous.status).toBe(other.status)
        expect(anonymous.headers.get("content-type")).toBe(other.headers.get("content-type"))
        expect(anonymous.headers.get("content-length")).toBe(other.headers.get("content-length"))
        expect(withoutId(anonymous.json)).toEqual(withoutId(other.json))
      }
      expect(viaHttpApi.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/)
      expect(anonymous.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/)
      if (anonymous.status >= 400) expect(anonymous.json.requestId).toBe(anonymous.headers.get("x-request-id"))
    })

  it("echoes a clean X-Request-Id and counts the request in /metrics (either path)", async () => {
    for (const server of [s, httpApiOnly]) {
      const r = await call(server.url, "/v1/check", {
        body: reportOf("chi-cuc-go-dau"),
        headers: { "x-request-id": "abc-1" }
      })
      expect(r.status).toBe(200)
      expect(r.headers.get("x-request-id")).toBe("abc-1")
      const metrics = await (await fetch(`${server.url}/metrics`)).text()
      expect(metrics).toMatch(/thads_http_requests_total\{route="POST \/v1\/check",status="200"\} [1-9]/)
      expect(metrics).toMatch(/thads_findings_total\{code="[a-z-]+",severity="[a-z]+"\} [1-9]/)
    }
  })

  it("over the body limit, a media type other than JSON, or a chunked body: the HttpApi path's answers", async () => {
    const big = await call(s.url, "/v1/check", { body: " ".repeat(100_001) })
    expect(big.status).toBe(413)
    expect(big.headers.get("content-type")).toContain("application/problem+json")
    const xml = await call(s.url, "/v1/check", { body: "<r/>", headers: { "content-type": "text/xml" } })
    expect(xml.status).toBe(415)
    const chunked = await fetch(`${s.url}/v1/check`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: new Blob([reportOf("chi-cuc-go-dau")]).stream(),
      duplex: "half"
    } as RequestInit)
    expect(chunked.status).toBe(200)
    expect(((await chunked.json()) as { findings?: unknown }).findings).toBeDefined()
  })
})
