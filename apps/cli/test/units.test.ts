/**
 * The area offices (Phòng THADS khu vực) a user supplies to the `thads` binary: `check --units`, a context's
 * units.json, `obligations --units`, `schema --units` (docs/units.schema.json).
 */
import { spawnSync } from "node:child_process"
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { fileURLToPath } from "node:url"
import { Synthetic } from "@thads/core/testing"
import { describe, expect, it } from "vitest"

const root = fileURLToPath(new URL("../../../", import.meta.url))
const thads = (...args: ReadonlyArray<string>) => {
  const r = spawnSync(process.execPath, [`${root}node_modules/.bin/thads`, ...args], { encoding: "utf8", cwd: root })
  return { code: r.status, stdout: r.stdout, stderr: r.stderr }
}
const dir = mkdtempSync(join(tmpdir(), "thads-units-"))

/** A report of an area office for the 3 months to 31/12/2025, after the reorganisation of 1/7/2025. */
const area = join(dir, "area.json")
writeFileSync(
  area,
  JSON.stringify({
    ...Synthetic.report({ seed: 1, rows: 3, unitId: "phong-thads-khu-vuc-1", year: 2026, months: 3 }),
    header: { unitId: "phong-thads-khu-vuc-1", year: 2026, months: 3, regime: "tt05-2024", level: "phong-khu-vuc" }
  })
)
const codes = (stdout: string): ReadonlyArray<string> =>
  JSON.parse(stdout).findings.map((f: { code: string }) => f.code)

describe("thads check --units", () => {
  it("an area office's report is unit-unknown without its units file, and checked with it", () => {
    const without = thads("check", area, "--json", "--as-of", "2026-02-01")
    expect(codes(without.stdout)).toContain("unit-unknown")
    const withUnits = thads("check", area, "--json", "--as-of", "2026-02-01", "--units", "examples/units.json")
    expect(withUnits.stderr).toBe("")
    expect(withUnits.code).toBe(0)
    expect(codes(withUnits.stdout)).not.toContain("unit-unknown")
    expect(codes(withUnits.stdout)).not.toContain("level-mismatch")
  })

  it("a units.json in the context directory does the same, and the settings beside it may name its units", () => {
    const ctx = mkdtempSync(join(tmpdir(), "thads-units-ctx-"))
    copyFileSync(`${root}examples/units.json`, join(ctx, "units.json"))
    writeFileSync(join(ctx, "submissions.json"), JSON.stringify([{ obligationId: "x", submittedOn: "2025-11-01" }]))
    const request = {
      id: "dot-xuat-2025-10",
      owner: { unitId: "phong-thads-khu-vuc-1" },
      recipient: { unitId: "thads-tay-ninh" },
      title: { vi: "Báo cáo đột xuất", en: "Ad-hoc report" },
      due: "2025-10-15"
    }
    writeFileSync(join(ctx, "obligations.json"), JSON.stringify({ adHoc: [request] }))
    const r = thads("check", area, "--json", "--as-of", "2026-02-01", "--context", ctx, "--lang", "en")
    expect(r.stderr).toBe("")
    const findings = JSON.parse(r.stdout).findings as ReadonlyArray<{ code: string; message: { en: string } }>
    expect(findings.map((f) => f.code)).not.toContain("unit-unknown")
    // Its obligations are tracked: the ad-hoc request of the settings among them.
    expect(
      findings.filter((f) => f.code === "obligation-missing").some((f) => f.message.en.includes("dot-xuat-2025-10"))
    ).toBe(true)
    // --units beside a context's units.json: one or the other.
    const both = thads("check", area, "--context", ctx, "--units", "examples/units.json", "--lang", "en")
    expect(both.code).toBe(2)
    expect(both.stderr).toMatch(/^thads: --units and ".*units\.json" in the context directory: give one of them\n$/)
  })

  it("a file that does not decode is a usage error naming each problem's pointer, in the language asked for", () => {
    const bad = join(dir, "bad-units.json")
    writeFileSync(
      bad,
      JSON.stringify({ units: [{ id: "kv-1", name: "Phòng 1", parentId: "cuc-tay-ninh" }, { id: "kv-1" }] })
    )
    const en = thads("check", area, "--units", bad, "--lang", "en")
    expect(en.code).toBe(2)
    expect(en.stdout).toBe("")
    expect(en.stderr).toBe(
      `thads: the area offices file "${bad}" does not decode: /units/0/parentId: an area office belongs to a provincial civil judgment enforcement office ("thads-tinh"); "cuc-tay-ninh" is "cuc"; /units/1/name: missing field "name"; /units/1/parentId: missing field "parentId"\n`
    )
    const vi = thads("check", area, "--units", bad)
    expect(vi.stderr).toMatch(
      /^thads: tệp Phòng THADS khu vực ".*" không hợp lệ: \/units\/0\/parentId: đơn vị cấp trên/
    )
    expect(thads("check", area, "--units", join(dir, "none.json"), "--lang", "en").code).toBe(2)
  })

  it("goes with an organisation, and not with --server", () => {
    const none = thads("check", area, "--units", "examples/units.json", "--organization", "none", "--lang", "en")
    expect(none).toMatchObject({
      code: 2,
      stderr: "thads: --units needs an organisation (not with --organization none)\n"
    })
    const server = thads(
      "check",
      area,
      "--units",
      "examples/units.json",
      "--server",
      "http://127.0.0.1:9",
      "--lang",
      "en"
    )
    expect(server.code).toBe(2)
    expect(server.stderr).toMatch(/--units does not go with --server/)
  })
})

describe("thads obligations --units", () => {
  const range = ["--from", "2025-07-01", "--to", "2025-12-31"]
  it("an area office's obligations need its units", () => {
    const without = thads("obligations", ...range, "--unit", "phong-thads-khu-vuc-1", "--lang", "en")
    expect(without).toMatchObject({
      code: 2,
      stderr: 'thads: no obligation of "phong-thads-khu-vuc-1" in this range\n'
    })
    const r = thads(
      "obligations",
      ...range,
      "--unit",
      "phong-thads-khu-vuc-1",
      "--units",
      "examples/units.json",
      "--json"
    )
    expect(r.code).toBe(0)
    const ids = JSON.parse(r.stdout).obligations.map((o: { id: string }) => o.id)
    expect(ids).toContain("statistical-report/phong-thads-khu-vuc-1/2025-12-31")
  })

  it("settings that name an area office decode against the organisation with the units", () => {
    const settings = join(dir, "obligations.json")
    writeFileSync(
      settings,
      JSON.stringify({
        adHoc: [
          {
            id: "r1",
            owner: { unitId: "phong-thads-khu-vuc-2" },
            recipient: { actorId: "A01" },
            title: { vi: "Báo cáo", en: "Report" },
            due: "2025-10-15"
          }
        ]
      })
    )
    expect(thads("obligations", ...range, "--settings", settings, "--lang", "en").stderr).toMatch(
      /\/adHoc\/0\/owner\/unitId: no unit "phong-thads-khu-vuc-2" in the organisation/
    )
    const r = thads(
      "obligations",
      ...range,
      "--unit",
      "phong-thads-khu-vuc-2",
      "--settings",
      settings,
      "--units",
      "examples/units.json",
      "--json"
    )
    expect(r.code).toBe(0)
    expect(JSON.parse(r.stdout).obligations.map((o: { id: string }) => o.id)).toContain("ad-hoc/r1")
  })
})

describe("thads schema --units", () => {
  it("prints docs/units.schema.json", () => {
    const r = thads("schema", "--units")
    expect(r.code).toBe(0)
    expect(JSON.parse(r.stdout)).toEqual(JSON.parse(readFileSync(`${root}docs/units.schema.json`, "utf8")))
    expect(JSON.parse(r.stdout).title).toBe("thads area offices")
    expect(thads("schema", "--units", "--obligations").code).toBe(2)
  })
})
