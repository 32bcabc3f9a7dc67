/**
 * Obligation settings in the service (`thads-service serve --obligations
 * FILE`, `THADS_OBLIGATIONS`): over real HTTP on SQLite, the settings in force
 * are what GET /v1/obligations/settings shows, what GET /v1/obligations
 * generates, what POST /v1/fulfilments accepts and what a submission's check
 * tracks; a file that does not decode stops the start.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import * as TestService from "../src/TestService.js"
import { call, makeTarget, type Running, reportOf, start } from "./harness.js"
import { runCommand, spawnService, stop } from "./processes.js"

const dir = mkdtempSync(join(tmpdir(), "thads-obligation-settings-"))
const settings = {
  quarters: "calendar",
  reviews: [
    {
      id: "so-ket-2-nam",
      title: { vi: "Sơ kết 2 năm thực hiện Chỉ thị 09-CT/TU", en: "Two-year interim review of Directive 09-CT/TU" },
      start: "2023-06-01",
      due: "2023-08-25"
    }
  ],
  adHoc: [
    {
      id: "dot-xuat-2023-09",
      owner: { unitId: "cuc-tay-ninh" },
      recipient: { actorId: "A01" },
      title: { vi: "Báo cáo đột xuất về án tồn đọng", en: "Ad-hoc report on the backlog" },
      start: "2023-09-01",
      due: "2023-09-15"
    }
  ]
}
// 15 October 2023, 10:00 in Vietnam: the statistical year 2023 has ended.
const now = () => Date.UTC(2023, 9, 15, 3)
const year = "from=2022-10-01&to=2023-09-30"

let configured: Running
let plain: Running
const drops: Array<() => Promise<void>> = []
beforeAll(async () => {
  const a = await makeTarget("sqlite")
  const b = await makeTarget("sqlite")
  drops.push(a.drop, b.drop)
  configured = await start(a.target, { obligations: settings, now })
  plain = await start(b.target, { now })
})
afterAll(async () => {
  await configured?.stop()
  await plain?.stop()
  for (const drop of drops) await drop()
  rmSync(dir, { recursive: true, force: true })
})

const hearings = async (s: Running) => {
  const r = await call(s.url, `/v1/obligations?unit=cuc-tay-ninh&${year}`, { key: s.keys.reviewer! })
  expect(r.status).toBe(200)
  type Item = {
    readonly kind: string
    readonly frequency: string
    readonly period: { readonly start: string; readonly end: string }
    readonly settings: ReadonlyArray<{ readonly key: string }>
  }
  return (r.json.items as Array<Item>).filter((o) => o.kind === "hearing")
}

const record = (s: Running, key: string, obligationId: string, fulfilledOn: string) =>
  call(s.url, "/v1/fulfilments", { key, body: JSON.stringify({ obligationId, fulfilledOn }) })

describe("obligation settings in the service", () => {
  it("GET /v1/obligations/settings shows the settings in force (the defaults without a file)", async () => {
    const shown = await call(configured.url, "/v1/obligations/settings", { key: configured.keys.submitterChild! })
    expect(shown.status).toBe(200)
    expect(shown.json.configured).toBe(true)
    expect(shown.json.settings).toMatchObject({
      quarters: "calendar",
      hearingDue: { kind: "end-of-next-month" },
      reviews: settings.reviews,
      adHoc: settings.adHoc
    })
    const defaults = await call(plain.url, "/v1/obligations/settings", { key: plain.keys.reviewer! })
    expect(defaults.json).toEqual({
      configured: false,
      settings: {
        quarters: "statistical",
        hearingDue: { kind: "end-of-next-month" },
        steeringDue: { kind: "end-of-next-month" },
        reviews: [],
        adHoc: [],
        kinds: ["statistical-report", "hearing", "steering-report", "review", "ad-hoc"]
      }
    })
    expect((await call(plain.url, "/v1/obligations/settings")).status).toBe(401)
  })

  it("with calendar quarters the hearings' periods are calendar quarters, and they name the setting", async () => {
    const calendar = await hearings(configured)
    const statistical = await hearings(plain)
    expect(calendar.map((o) => [o.period.start, o.period.end, o.frequency])).toEqual([
      ["2022-01-01", "2022-12-31", "yearly"],
      ["2023-01-01", "2023-03-31", "quarterly"],
      ["2023-01-01", "2023-06-30", "half-yearly"],
      ["2023-01-01", "2023-09-30", "quarterly"]
    ])
    expect(statistical.map((o) => [o.period.start, o.period.end, o.frequency])).toEqual([
      ["2022-10-01", "2022-12-31", "quarterly"],
      ["2022-10-01", "2023-03-31", "half-yearly"],
      ["2022-10-01", "2023-06-30", "quarterly"],
      ["2022-10-01", "2023-09-30", "yearly"]
    ])
    expect(calendar[0]?.settings.map((s) => s.key)).toEqual(["Obligation.hearingDue", "Obligation.quarters"])
    expect(statistical[0]?.settings.map((s) => s.key)).toEqual(["Obligation.hearingDue"])
  })

  it("a configured §8.1 review is A14's obligation, recorded with an admin key; unconfigured, it is unknown", async () => {
    const listed = await call(configured.url, `/v1/obligations?actor=A14&${year}`, { key: configured.keys.reviewer! })
    expect(listed.status).toBe(200)
    expect(listed.json.items).toHaveLength(1)
    expect(listed.json.items[0]).toMatchObject({
      id: "review/so-ket-2-nam",
      kind: "review",
      owner: { actorId: "A14" },
      recipient: { actorId: "A01" },
      due: "2023-08-25",
      basis: "assumed",
      status: { _tag: "missing" },
      settings: [{ key: "Obligation.reviews.so-ket-2-nam", value: "2023-08-25" }]
    })
    expect((await record(configured, configured.keys.reviewer!, "review/so-ket-2-nam", "2023-08-20")).status).toBe(403)
    const early = await record(configured, configured.keys.admin!, "review/so-ket-2-nam", "2023-05-31")
    expect([early.status, early.json.type]).toEqual([422, "urn:thads:problem:fulfilment-date-before-period"])
    const held = await record(configured, configured.keys.admin!, "review/so-ket-2-nam", "2023-08-20")
    expect(held.status).toBe(201)
    const after = await call(configured.url, `/v1/obligations?actor=A14&${year}`, { key: configured.keys.reviewer! })
    expect(after.json.items[0].status).toEqual({ _tag: "met", submittedOn: "2023-08-20" })

    const unknown = await record(plain, plain.keys.admin!, "review/so-ket-2-nam", "2023-08-20")
    expect([unknown.status, unknown.json.type]).toEqual([422, "urn:thads:problem:obligation-unknown"])
    const none = await call(plain.url, `/v1/obligations?actor=A14&${year}`, { key: plain.keys.reviewer! })
    expect(none.json.items).toEqual([])
  })

  it("a submission's check tracks the unit's ad-hoc request of the settings", async () => {
    const missing = async (s: Running) => {
      // A record of the unit first: obligations are tracked when the unit has submissions or records.
      expect((await record(s, s.keys.submitterParent!, "hearing/cuc-tay-ninh/2023-03-31", "2023-04-20")).status).toBe(
        201
      )
      const r = await call(s.url, "/v1/submissions", { key: s.keys.submitterParent!, body: reportOf("cuc-tay-ninh") })
      expect(r.status).toBe(201)
      return (r.json.result.findings as Array<{ code: string; message: { en: string } }>)
        .filter((f) => f.code === "obligation-missing")
        .map((f) => f.message.en)
    }
    const configuredMissing = await missing(configured)
    expect(configuredMissing.filter((m) => m.includes("ad-hoc/dot-xuat-2023-09"))).toHaveLength(1)
    expect((await missing(plain)).filter((m) => m.includes("ad-hoc/"))).toEqual([])
    // The unit's submitter records it (the owner is a unit).
    expect(
      (await record(configured, configured.keys.submitterParent!, "ad-hoc/dot-xuat-2023-09", "2023-09-14")).status
    ).toBe(201)
  })

  it("TestService refuses settings that do not decode", async () => {
    await expect(TestService.start({ obligations: { quarters: "lunar" } })).rejects.toThrow(
      /\/quarters: must be "statistical" or "calendar"/
    )
  })
})

describe("thads-service serve --obligations", () => {
  it("a file that does not decode stops the start, naming the pointers (exit 2)", async () => {
    const bad = join(dir, "bad.json")
    writeFileSync(bad, JSON.stringify({ adHoc: [{ ...settings.adHoc[0], owner: { actorId: "A99" } }], kinds: [] }))
    const r = await runCommand(["serve", "--port", "0", "--data-dir", join(dir, "data-bad"), "--obligations", bad])
    expect(r.code).toBe(2)
    expect(r.stderr).toContain(`--obligations: "${bad}" does not decode`)
    expect(r.stderr).toContain("/kinds: needs at least one kind")
    expect(r.stderr).toContain("/adHoc/0/owner/actorId: no such actor in Directive 09-CT/TU")
    const absent = await runCommand([
      "serve",
      "--port",
      "0",
      "--data-dir",
      join(dir, "data-bad"),
      "--obligations",
      join(dir, "none.json")
    ])
    expect(absent.code).toBe(2)
    expect(absent.stderr).toContain("--obligations: cannot read")
  })

  it("THADS_OBLIGATIONS names the file when the flag is not given", { timeout: 60_000 }, async () => {
    const file = join(dir, "obligations.json")
    writeFileSync(file, readFileSync(new URL("../../../examples/obligations.json", import.meta.url)))
    const child = await spawnService(["--data-dir", join(dir, "data-env"), "--public-reads"], {
      THADS_OBLIGATIONS: file
    })
    try {
      const shown = await call(child.url, "/v1/obligations/settings")
      expect(shown.status).toBe(200)
      expect(shown.json.configured).toBe(true)
      expect(shown.json.settings.reviews.map((r: { id: string }) => r.id)).toEqual(["so-ket-2-nam", "tong-ket-5-nam"])
    } finally {
      await stop(child)
    }
  })
})
