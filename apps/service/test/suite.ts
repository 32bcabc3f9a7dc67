/**
 * The endpoint suite, run over real HTTP on SQLite and on PostgreSQL.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import * as Audit from "../src/Audit.js"
import { call, makeTarget, type Running, reportOf, start } from "./harness.js"

const isProblem = (r: { status: number; headers: Headers; json: any }, status: number, slug?: string) => {
  expect(r.status).toBe(status)
  expect(r.headers.get("content-type")).toMatch(/^application\/problem\+json/)
  expect(r.json.status).toBe(status)
  expect(r.json.type).toMatch(/^urn:thads:problem:/)
  if (slug !== undefined) expect(r.json.type).toBe(`urn:thads:problem:${slug}`)
  expect(typeof r.json.requestId).toBe("string")
  expect(r.json.requestId).toBe(r.headers.get("x-request-id"))
}

export { isProblem }

export const endpointSuite = (kind: "sqlite" | "pg") => {
  let s: Running
  let drop: () => Promise<void>
  const ids: Record<string, string> = {}

  beforeAll(async () => {
    const t = await makeTarget(kind)
    drop = t.drop
    s = await start(t.target)
  })
  afterAll(async () => {
    await s?.stop()
    await drop?.()
  })

  describe("operations and documentation", () => {
    it("healthz, readyz, openapi.json (3.1), docs (Scalar, offline), metrics", async () => {
      expect((await call(s.url, "/healthz")).json).toEqual({ status: "ok" })
      const ready = await call(s.url, "/readyz")
      expect(ready.json).toMatchObject({ status: "ok", migrations: 3 })
      const openapi = await call(s.url, "/openapi.json")
      expect(openapi.json.openapi).toBe("3.1.0")
      expect(Object.keys(openapi.json.paths)).toEqual(expect.arrayContaining(["/v1/check", "/v1/submissions"]))
      const docs = await call(s.url, "/docs")
      expect(docs.status).toBe(200)
      expect(docs.text).toContain("<html")
      // Scalar is inlined: no script is loaded from elsewhere.
      expect(docs.text).not.toMatch(/<script[^>]+src="https?:/)
      const metrics = await call(s.url, "/metrics")
      expect(metrics.headers.get("content-type")).toMatch(/^text\/plain/)
      expect(metrics.text).toContain("thads_http_requests_total")
    })

    it("an unknown route is a 404 problem", async () => {
      isProblem(await call(s.url, "/v1/nothing-here"), 404, "route-not-found")
      isProblem(await call(s.url, "/v1/check", { method: "DELETE" }), 404)
    })
  })

  describe("POST /v1/check", () => {
    it("checks a report and returns the result object", async () => {
      const r = await call(s.url, "/v1/check", { key: s.keys.submitterChild!, body: reportOf("chi-cuc-go-dau") })
      expect(r.status).toBe(200)
      expect(r.json.report).toEqual({ unitId: "chi-cuc-go-dau", year: 2023, months: 12 })
      expect(r.json.ruleSet.hash).toMatch(/^[0-9a-f]{64}$/)
      expect(Array.isArray(r.json.findings)).toBe(true)
      expect(r.json.organization).toMatchObject({ id: "tay-ninh" })
    })

    it("refuses without a key (401), bad JSON (400), a non-report with every pointer (422), other media (415), a big body (413)", async () => {
      isProblem(await call(s.url, "/v1/check", { body: reportOf("chi-cuc-go-dau") }), 401, "key-required")
      isProblem(await call(s.url, "/v1/check", { key: "thads_000000000000_nottherightsecretatall", body: "{}" }), 401)
      isProblem(await call(s.url, "/v1/check", { key: s.keys.reviewer!, body: "{not json" }), 400, "body-not-json")
      const invalid = await call(s.url, "/v1/check", {
        key: s.keys.reviewer!,
        body: JSON.stringify({ header: { year: "x", months: 13 }, cases: [] })
      })
      isProblem(invalid, 422, "report-invalid")
      const pointers = invalid.json.errors.map((e: { pointer: string }) => e.pointer)
      expect(pointers).toEqual(expect.arrayContaining(["/header/year", "/header/unitId", "/cases"]))
      expect(pointers.length).toBeGreaterThanOrEqual(4)
      isProblem(
        await call(s.url, "/v1/check", {
          key: s.keys.reviewer!,
          body: "x",
          headers: { "content-type": "text/csv" }
        }),
        415,
        "unsupported-media-type"
      )
      isProblem(
        await call(s.url, "/v1/check", { key: s.keys.reviewer!, body: `{"pad":"${"x".repeat(2_100_000)}"}` }),
        413,
        "body-too-large"
      )
    })
  })

  describe("submissions", () => {
    it("stores a submission: 201, Location, receipt time in Vietnam, SHA-256, version 1", async () => {
      const body = reportOf("chi-cuc-go-dau")
      const r = await call(s.url, "/v1/submissions", {
        key: s.keys.submitterChild!,
        body,
        headers: { "idempotency-key": "k-1" }
      })
      expect(r.status).toBe(201)
      const id = r.json.submission.id as string
      ids.child = id
      expect(r.headers.get("location")).toBe(`/v1/submissions/${id}`)
      expect(r.json.submission).toMatchObject({
        unitId: "chi-cuc-go-dau",
        year: 2023,
        months: 12,
        version: 1,
        current: true
      })
      expect(r.json.submission.receivedAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}\+07:00$/)
      const { createHash } = await import("node:crypto")
      expect(r.json.submission.sha256).toBe(createHash("sha256").update(body).digest("hex"))
      const got = await call(s.url, `/v1/submissions/${id}`, { key: s.keys.submitterChild! })
      expect(got.status).toBe(200)
      expect(got.json.report.header.unitId).toBe("chi-cuc-go-dau")
      expect(got.json.result).toEqual(r.json.result)
    })

    it("the same Idempotency-Key and body answers the stored submission; another body is a 409", async () => {
      const again = await call(s.url, "/v1/submissions", {
        key: s.keys.submitterChild!,
        body: reportOf("chi-cuc-go-dau"),
        headers: { "idempotency-key": "k-1" }
      })
      expect(again.status).toBe(201)
      expect(again.json.submission.id).toBe(ids.child)
      expect(again.headers.get("idempotent-replayed")).toBe("true")
      const other = await call(s.url, "/v1/submissions", {
        key: s.keys.submitterChild!,
        body: reportOf("chi-cuc-go-dau", { preparedAt: "2023-10-04T09:30:00+07:00" }),
        headers: { "idempotency-key": "k-1" }
      })
      isProblem(other, 409, "idempotency-key-reused")
      const list = await call(s.url, "/v1/submissions?unit=chi-cuc-go-dau&history=true", { key: s.keys.reviewer! })
      expect(list.json.items).toHaveLength(1)
    })

    it("a later submission supersedes; the history is kept and each version readable", async () => {
      const later = await call(s.url, "/v1/submissions", {
        key: s.keys.submitterChild!,
        body: reportOf("chi-cuc-go-dau", { preparedAt: "2023-10-05T09:30:00+07:00" })
      })
      expect(later.status).toBe(201)
      expect(later.json.submission.version).toBe(2)
      const current = await call(s.url, "/v1/submissions?unit=chi-cuc-go-dau", { key: s.keys.submitterChild! })
      expect(current.json.items.map((i: { version: number }) => i.version)).toEqual([2])
      const history = await call(s.url, "/v1/submissions?unit=chi-cuc-go-dau&history=true", {
        key: s.keys.submitterChild!
      })
      expect(history.json.items.map((i: { version: number; current: boolean }) => [i.version, i.current])).toEqual([
        [2, true],
        [1, false]
      ])
      const first = await call(s.url, `/v1/submissions/${ids.child}`, { key: s.keys.submitterChild! })
      expect(first.json.submission).toMatchObject({ version: 1, current: false })
    })

    it("an undecodable submission is a 422 with every pointer, and nothing is stored", async () => {
      const r = await call(s.url, "/v1/submissions", {
        key: s.keys.submitterChild!,
        body: JSON.stringify({ header: { unitId: "chi-cuc-go-dau" } })
      })
      isProblem(r, 422, "report-invalid")
      expect(r.json.errors.length).toBeGreaterThan(1)
      const history = await call(s.url, "/v1/submissions?unit=chi-cuc-go-dau&history=true", { key: s.keys.admin! })
      expect(history.json.items).toHaveLength(2)
    })

    it("bad query parameters are 400 problems with their pointer", async () => {
      const r = await call(s.url, "/v1/submissions?year=abc&months=13", { key: s.keys.reviewer! })
      isProblem(r, 400, "request-invalid")
      expect(r.json.errors.map((e: { pointer: string }) => e.pointer)).toEqual(expect.arrayContaining(["/query/year"]))
      isProblem(await call(s.url, "/v1/submissions/does-not-exist", { key: s.keys.reviewer! }), 404)
    })
  })

  describe("roll-ups, obligations, KPIs", () => {
    it("rolls up the sub-units' current reports and lists the missing ones", async () => {
      const parent = await call(s.url, "/v1/submissions", {
        key: s.keys.submitterParent!,
        body: reportOf("cuc-tay-ninh")
      })
      expect(parent.status).toBe(201)
      // The province's check knows its units: every unit without a report is a roll-up finding.
      expect(parent.json.result.findings.some((f: { code: string }) => f.code === "rollup-unit-missing")).toBe(true)
      const r = await call(s.url, "/v1/rollups/cuc-tay-ninh?year=2023&months=12", { key: s.keys.reviewerParent! })
      expect(r.status).toBe(200)
      expect(r.json.own.submissionId).toBe(parent.json.submission.id)
      expect(r.json.subUnits.find((u: { unitId: string }) => u.unitId === "chi-cuc-go-dau").submissionId).not.toBeNull()
      expect(r.json.missing).toContain("chi-cuc-ben-cau")
      expect(r.json.missing).not.toContain("chi-cuc-go-dau")
      expect(r.json.sum.cases.V01).toBeGreaterThan(0)
      expect(r.json.findings.every((f: { ruleId: string }) => f.ruleId.startsWith("rollup/"))).toBe(true)
      isProblem(await call(s.url, "/v1/rollups/atlantis?year=2023&months=12", { key: s.keys.reviewer! }), 404)
    })

    it("obligations with their status, KPIs of the year", async () => {
      const o = await call(s.url, "/v1/obligations?unit=chi-cuc-go-dau&from=2022-10-01&to=2023-09-30", {
        key: s.keys.submitterChild!
      })
      expect(o.status).toBe(200)
      expect(o.json.items.length).toBeGreaterThan(0)
      const annual = o.json.items.find((i: { id: string }) => i.id === "statistical-report/chi-cuc-go-dau/2023-09-30")
      expect(annual.status._tag).toMatch(/^met/)
      const k = await call(s.url, "/v1/kpis?unit=chi-cuc-go-dau&year=2023", { key: s.keys.submitterChild! })
      expect(k.status).toBe(200)
      expect(k.json.periods).toHaveLength(1)
      expect(k.json.periods[0].kpis.length).toBeGreaterThan(0)
    })
  })

  describe("reference views", () => {
    it("catalogue, rule set, calendar, deadlines", async () => {
      const key = s.keys.submitterChild!
      const c = await call(s.url, "/v1/catalogue/findings", { key })
      expect(c.json.items.find((i: { code: string }) => i.code === "report-late")).toBeDefined()
      const rs = await call(s.url, "/v1/rulesets/current", { key })
      expect(rs.json.hash).toMatch(/^[0-9a-f]{64}$/)
      const cal = await call(s.url, "/v1/calendar/2025", { key })
      expect(cal.json.year).toBe(2025)
      expect(cal.json.workingDays).toBeGreaterThan(200)
      const d = await call(s.url, "/v1/deadlines?year=2023&months=12&level=cuc", { key })
      expect(d.json.items).toHaveLength(1)
      expect(d.json.items[0].deadline).toMatch(/^2023-10-\d\d$/)
      isProblem(await call(s.url, "/v1/calendar/abc", { key }), 400)
    })
  })

  describe("audit", () => {
    it("records submissions, reads of other units and refusals in a chain that verifies; admins only", async () => {
      const page = await call(s.url, "/v1/audit?limit=1000", { key: s.keys.admin! })
      expect(page.status).toBe(200)
      expect(page.json.chain.ok).toBe(true)
      const actions = page.json.items.map((i: { action: string; outcome: string }) => `${i.action} ${i.outcome}`)
      expect(actions).toContain("submission.create ok")
      expect(actions.some((a: string) => a.startsWith("submission.create refused:409"))).toBe(true)
      expect(actions.some((a: string) => a.startsWith("check.authenticate refused:401"))).toBe(true)
      // A reviewer listing a sub-unit's submissions is a read of another unit's data.
      expect(actions).toContain("submission.list ok")
      isProblem(await call(s.url, "/v1/audit", { key: s.keys.reviewer! }), 403, "admin-only")
      expect(await s.run(Audit.verify)).toMatchObject({ ok: true })
    })
  })
}
