/**
 * Abuse: ≥ 10,000 malformed requests (bodies, headers, media types, huge and
 * truncated bodies, bad keys, unknown routes) → only 4xx problem documents,
 * the service stays up, and its memory stays flat.
 */
import { existsSync, mkdtempSync, rmSync } from "node:fs"
import { connect } from "node:net"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { afterAll, expect, it } from "vitest"
import { call, reportOf } from "./harness.js"
import { bin, createKey, spawnService, stop } from "./processes.js"

if (!existsSync(join(bin, "../../dist/main.js"))) throw new Error("build the service first (npm run build)")

const dir = mkdtempSync(join(tmpdir(), "thads-malformed-"))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

interface Attempt {
  readonly path: string
  readonly method?: string
  readonly headers?: Record<string, string>
  readonly body?: string | Uint8Array
}

const rss = async (url: string): Promise<number> => {
  const text = await (await fetch(`${url}/metrics`)).text()
  return Number(/process_resident_memory_bytes (\d+)/.exec(text)![1])
}

/** A request whose body stops short of its Content-Length; the socket then closes. */
const truncated = (url: string) =>
  new Promise<void>((resolve) => {
    const u = new URL(url)
    const socket = connect(Number(u.port), u.hostname, () => {
      socket.write(
        'POST /v1/check HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 5000\r\n\r\n{"header":'
      )
      setTimeout(() => socket.destroy(), 5)
    })
    socket.on("error", () => resolve())
    socket.on("close", () => resolve())
    socket.resume()
  })

it("10,000 malformed requests: only 4xx problem documents, the service stays up, memory flat", {
  timeout: 600_000
}, async () => {
  const args = ["--data-dir", dir, "--max-body-bytes", "200000"]
  const key = await createKey(["--role", "submitter", "--unit", "chi-cuc-go-dau", ...args])
  // A small heap: a leak would end in an out-of-memory crash long before 10,000 requests.
  const child = await spawnService(args, { NODE_OPTIONS: "--max-old-space-size=96" })
  try {
    const auth = { authorization: `Bearer ${key}` }
    const json = { ...auth, "content-type": "application/json" }
    const valid = reportOf("chi-cuc-go-dau")
    const deep = `${"[".repeat(20_000)}${"]".repeat(20_000)}`
    const attempts: ReadonlyArray<(i: number) => Attempt> = [
      () => ({ path: "/v1/check", headers: json, body: "{not json" }),
      (i) => ({ path: "/v1/check", headers: json, body: JSON.stringify({ header: { year: i }, cases: "x" }) }),
      () => ({ path: "/v1/check", headers: { ...auth, "content-type": "text/xml" }, body: "<report/>" }),
      () => ({ path: "/v1/check", headers: { "content-type": "application/json" }, body: valid }),
      (i) => ({ path: "/v1/submissions", headers: { ...json, authorization: `Bearer nonsense-${i}` }, body: valid }),
      () => ({
        path: "/v1/submissions",
        headers: { ...json, authorization: "Bearer thads_0123456789ab_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA" },
        body: valid
      }),
      (i) => ({ path: `/v1/nothing/${i}`, headers: auth }),
      () => ({ path: "/v1/submissions?year=MMXXIII&months=-1", headers: auth }),
      (i) => ({ path: `/v1/submissions/${i}-missing`, headers: auth }),
      () => ({ path: "/v1/check", headers: json, body: new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]) }),
      () => ({ path: "/v1/check", headers: json, body: deep }),
      () => ({ path: "/v1/submissions", headers: { ...json, "idempotency-key": "k".repeat(500) }, body: valid }),
      () => ({ path: "/v1/check", headers: { ...auth, "content-type": "application/json; charset=utf-8" }, body: "" }),
      (i) => ({ path: "/v1/submissions", headers: json, body: reportOf("cuc-long-an", { months: (i % 12) + 1 }) }),
      () => ({ path: "/v1/rollups/cuc-tay-ninh?year=2023&months=12", headers: auth }),
      () => ({ path: "/v1/audit", headers: auth })
    ]
    const total = 10_000
    let done = 0
    const statuses = new Map<number, number>()
    const samples: Array<number> = []
    const one = async (i: number) => {
      if (i % 97 === 0) return truncated(child.url)
      const attempt: Attempt =
        i % 211 === 0
          ? { path: "/v1/check", headers: json, body: `{"pad":"${"x".repeat(300_000)}"}` }
          : attempts[i % attempts.length]!(i)
      const r = await call(child.url, attempt.path, {
        ...(attempt.method === undefined ? {} : { method: attempt.method }),
        ...(attempt.headers === undefined ? {} : { headers: attempt.headers }),
        ...(attempt.body === undefined ? {} : { body: attempt.body })
      })
      statuses.set(r.status, (statuses.get(r.status) ?? 0) + 1)
      if (r.status < 400 || r.status >= 500)
        throw new Error(`request ${i} (${attempt.path}) answered ${r.status}: ${r.text.slice(0, 300)}`)
      expect(r.headers.get("content-type")).toMatch(/^application\/problem\+json/)
      expect(r.json.status).toBe(r.status)
    }
    const workers = Array.from({ length: 32 }, async (_, w) => {
      for (let i = w; i < total; i += 32) {
        await one(i)
        done++
        if (done % 1000 === 0) samples.push(Math.round((await rss(child.url)) / 1e6))
      }
    })
    await Promise.all(workers)
    const end = await rss(child.url)
    console.log(
      `malformed: ${total} requests, statuses ${JSON.stringify(Object.fromEntries(statuses))}; RSS after ${total}: ${Math.round(end / 1e6)} MB; every 1,000: ${samples.join(", ")} MB`
    )
    // RSS grows while V8 sizes its heap, then levels off: the second half may add little.
    expect(samples[9]! - samples[4]!).toBeLessThan(80)
    expect((await call(child.url, "/healthz")).json).toEqual({ status: "ok" })
    expect(child.process.exitCode).toBeNull()
  } finally {
    await stop(child)
  }
})
