/**
 * The area offices in the service (`thads-service serve --units FILE`, `THADS_UNITS`): over real HTTP on SQLite,
 * an area office's report is checked against the organisation extended with them (not `unit-unknown`), in both
 * check paths and in a submission; the province's roll-up expects their reports; their obligations are generated;
 * GET /v1/units lists them; obligation settings may name them; a file that does not decode stops the start.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import * as TestService from "../src/TestService.js"
import { call, makeTarget, type Running, reportOf, start } from "./harness.js"
import { runCommand, spawnService, stop } from "./processes.js"

const dir = mkdtempSync(join(tmpdir(), "thads-units-"))
const unitsFile = new URL("../../../examples/units.json", import.meta.url)
const units = JSON.parse(readFileSync(unitsFile, "utf8"))
// 5 January 2026, 10:00 in Vietnam: the 3-month report of statistical year 2026 (to 31/12/2025) is due on 6/1.
const now = () => Date.UTC(2026, 0, 5, 3)
const period = { year: 2026, months: 3, regime: "tt05-2024" }
const areaReport = (unitId = "phong-thads-khu-vuc-1") => reportOf(unitId, { ...period, level: "phong-khu-vuc" })
const keys = {
  area: { role: "submitter", unitId: "phong-thads-khu-vuc-1" },
  province: { role: "submitter", unitId: "thads-tay-ninh" }
} as const

let configured: Running
let plain: Running
const drops: Array<() => Promise<void>> = []
beforeAll(async () => {
  const a = await makeTarget("sqlite")
  const b = await makeTarget("sqlite")
  drops.push(a.drop, b.drop)
  configured = await start(a.target, { units, now, keys, publicReads: true })
  plain = await start(b.target, { now, keys, publicReads: true })
})
afterAll(async () => {
  await configured?.stop()
  await plain?.stop()
  for (const drop of drops) await drop()
  rmSync(dir, { recursive: true, force: true })
})

type Finding = { readonly code: string; readonly message: { readonly en: string } }
const codes = (json: { findings: ReadonlyArray<Finding> }) => json.findings.map((f) => f.code)

describe("area offices in the service", () => {
  it("POST /v1/check: unit-unknown without them; checked against them with them (hot path and HttpApi app)", async () => {
    for (const key of [undefined, "reviewer"] as const) {
      const check = (s: Running) =>
        call(s.url, "/v1/check", { body: areaReport(), ...(key === undefined ? {} : { key: s.keys[key]! }) })
      const without = await check(plain)
      expect(without.status).toBe(200)
      expect(codes(without.json)).toContain("unit-unknown")
      const withUnits = await check(configured)
      expect(withUnits.status).toBe(200)
      expect(codes(withUnits.json)).not.toContain("unit-unknown")
      expect(codes(withUnits.json)).not.toContain("level-mismatch")
    }
  })

  it("a submission of an area office is checked against them, and the province's roll-up expects their reports", async () => {
    const submitted = await call(configured.url, "/v1/submissions", { key: configured.keys.area!, body: areaReport() })
    expect(submitted.status).toBe(201)
    expect(codes(submitted.json.result)).not.toContain("unit-unknown")
    const plainSubmitted = await call(plain.url, "/v1/submissions", { key: plain.keys.area!, body: areaReport() })
    expect(codes(plainSubmitted.json.result)).toContain("unit-unknown")

    const provinceReport = reportOf("thads-tay-ninh", { ...period, level: "thads-tinh" })
    const province = await call(configured.url, "/v1/submissions", {
      key: configured.keys.province!,
      body: provinceReport
    })
    expect(province.status).toBe(201)
    // Office 1 submitted; office 2 did not.
    const missing = (province.json.result.findings as ReadonlyArray<Finding>)
      .filter((f) => f.code === "rollup-unit-missing")
      .map((f) => f.message.en)
    expect(missing).toHaveLength(1)
    expect(missing[0]).toContain("phong-thads-khu-vuc-2")
    const plainProvince = await call(plain.url, "/v1/submissions", { key: plain.keys.province!, body: provinceReport })
    expect(codes(plainProvince.json.result)).not.toContain("rollup-unit-missing")
  })

  it("GET /v1/obligations of an area office, and GET /v1/units lists the offices in force", async () => {
    const query = "/v1/obligations?unit=phong-thads-khu-vuc-1&from=2025-10-01&to=2026-09-30"
    const obligations = await call(configured.url, query, { key: configured.keys.area! })
    expect(obligations.status).toBe(200)
    const ids = (obligations.json.items as ReadonlyArray<{ id: string }>).map((o) => o.id)
    expect(ids).toContain("statistical-report/phong-thads-khu-vuc-1/2025-12-31")
    const unknown = await call(plain.url, query, { key: plain.keys.reviewer! })
    expect([unknown.status, unknown.json.type]).toEqual([404, "urn:thads:problem:unit-not-found"])

    const listed = await call(configured.url, "/v1/units?date=2025-09-30", { key: configured.keys.reviewer! })
    expect(listed.status).toBe(200)
    const offices = (listed.json.items as ReadonlyArray<{ id: string; parentId?: string }>).filter((u) =>
      u.id.startsWith("phong-")
    )
    expect(offices.map((u) => [u.id, u.parentId])).toEqual([
      ["phong-thads-khu-vuc-1", "thads-tay-ninh"],
      ["phong-thads-khu-vuc-2", "thads-tay-ninh"]
    ])
    const before = await call(configured.url, "/v1/units?date=2025-06-30", { key: configured.keys.reviewer! })
    expect((before.json.items as ReadonlyArray<{ id: string }>).some((u) => u.id.startsWith("phong-"))).toBe(false)
  })

  it("obligation settings may name an area office when the units are given", async () => {
    const obligations = {
      adHoc: [
        {
          id: "r1",
          owner: { unitId: "phong-thads-khu-vuc-2" },
          recipient: { unitId: "thads-tay-ninh" },
          title: { vi: "Báo cáo đột xuất", en: "Ad-hoc report" },
          due: "2025-10-15"
        }
      ]
    }
    await expect(TestService.start({ obligations })).rejects.toThrow(
      /\/adHoc\/0\/owner\/unitId: no unit "phong-thads-khu-vuc-2"/
    )
    const both = await TestService.start({ obligations, units, keys: { reviewer: { role: "reviewer", unitId: null } } })
    try {
      const r = await call(both.url, "/v1/obligations?unit=phong-thads-khu-vuc-2&from=2025-10-01&to=2025-10-31", {
        key: both.keys.reviewer!
      })
      expect((r.json.items as ReadonlyArray<{ id: string }>).map((o) => o.id)).toContain("ad-hoc/r1")
    } finally {
      await both.stop()
    }
  })

  it("TestService refuses units that do not decode", async () => {
    await expect(
      TestService.start({ units: { units: [{ id: "kv-1", name: "x", parentId: "thads-tay-ninh", tier: "chi-cuc" }] } })
    ).rejects.toThrow(/the area offices do not decode: \/units\/0\/tier: only area offices/)
  })
})

describe("thads-service serve --units", () => {
  it("a file that does not decode stops the start, naming the pointers (exit 2)", async () => {
    const bad = join(dir, "bad.json")
    writeFileSync(
      bad,
      JSON.stringify({ units: [{ id: "chi-cuc-go-dau", name: "x", parentId: "atlantis", validFrom: "2025-06-30" }] })
    )
    const r = await runCommand(["serve", "--port", "0", "--data-dir", join(dir, "data-bad"), "--units", bad])
    expect(r.code).toBe(2)
    expect(r.stderr).toContain(`--units: "${bad}" does not decode (format: thads schema --units)`)
    expect(r.stderr).toContain("/units/0/validFrom: must not be before 2025-07-01")
    const clash = join(dir, "clash.json")
    writeFileSync(clash, JSON.stringify({ units: [{ id: "chi-cuc-go-dau", name: "x", parentId: "atlantis" }] }))
    const r2 = await runCommand(["serve", "--port", "0", "--data-dir", join(dir, "data-bad"), "--units", clash])
    expect(r2.code).toBe(2)
    expect(r2.stderr).toContain('/units/0/id: "chi-cuc-go-dau" is the id of a built-in unit')
    expect(r2.stderr).toContain('/units/0/parentId: no unit "atlantis" in the organisation')
    const absent = await runCommand([
      "serve",
      "--port",
      "0",
      "--data-dir",
      join(dir, "data-bad"),
      "--units",
      join(dir, "none.json")
    ])
    expect(absent.code).toBe(2)
    expect(absent.stderr).toContain("--units: cannot read")
  })

  it("THADS_UNITS names the file when the flag is not given; keys create takes --units", {
    timeout: 60_000
  }, async () => {
    const file = join(dir, "units.json")
    writeFileSync(file, readFileSync(unitsFile))
    const data = join(dir, "data-env")
    const refused = await runCommand([
      "keys",
      "create",
      "--role",
      "submitter",
      "--unit",
      "phong-thads-khu-vuc-1",
      "--data-dir",
      data
    ])
    expect(refused.code).toBe(2)
    expect(refused.stderr).toContain(
      'no unit "phong-thads-khu-vuc-1" in the organisation (an area office: give --units FILE)'
    )
    const created = await runCommand([
      "keys",
      "create",
      "--role",
      "submitter",
      "--unit",
      "phong-thads-khu-vuc-1",
      "--data-dir",
      data,
      "--units",
      file
    ])
    expect(created.code).toBe(0)
    const child = await spawnService(["--data-dir", data, "--public-reads"], { THADS_UNITS: file })
    try {
      const checked = await call(child.url, "/v1/check", { body: areaReport() })
      expect(checked.status).toBe(200)
      expect(codes(checked.json)).not.toContain("unit-unknown")
      const key = created.stdout.trim().split("\n").at(-1)!
      const submitted = await call(child.url, "/v1/submissions", { key, body: areaReport() })
      expect(submitted.status).toBe(201)
    } finally {
      await stop(child)
    }
  })
})
