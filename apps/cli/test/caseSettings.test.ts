/**
 * The case settings a user supplies to the `thads` binary: `case classify --case-settings`, `ledger report
 * --case-settings` (the rules' settings, the age bands, the Chỉ thị 09 §2.4 / §2.5 thresholds), a bad file (exit 2
 * naming its pointers), `schema --case-settings` (docs/case-settings.schema.json).
 */
import { spawnSync } from "node:child_process"
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { fileURLToPath } from "node:url"
import { describe, expect, it } from "vitest"

const root = fileURLToPath(new URL("../../../", import.meta.url))
const thads = (...args: ReadonlyArray<string>) => {
  const r = spawnSync(process.execPath, [`${root}node_modules/.bin/thads`, ...args], { encoding: "utf8", cwd: root })
  return { code: r.status, stdout: r.stdout, stderr: r.stderr }
}
const dir = mkdtempSync(join(tmpdir(), "thads-case-settings-"))
const write = (name: string, value: unknown) => {
  const f = join(dir, name)
  writeFileSync(f, typeof value === "string" ? value : JSON.stringify(value))
  return f
}

const facts = { noIncomeOrSubsistence: true, noAssets: true }
/** Chưa có điều kiện from 2025-09-01, verified twice after: sent back on 2027-09-01 under NĐ 152 Điều 22 (2 verifications). */
const notYet = write("not-yet.json", {
  id: "2025-001",
  unitId: "phong-kv-1",
  decision: { date: "2025-08-20", number: "1/QĐ-THADS" },
  initiation: { mode: "on-request", requestDate: "2025-08-15" },
  judgmentEffectiveDate: "2021-06-01",
  debtor: { kind: "person" },
  amountDue: 100000000,
  events: [
    { type: "verification", date: "2025-09-01", facts },
    { type: "not-yet-enforceable", date: "2025-09-01", ground: "a" },
    { type: "verification", date: "2026-03-02", facts },
    { type: "verification", date: "2026-09-01", facts }
  ]
})
/** A request of 2026-08-03 on a judgment effective 2022-03-01: within 5 years, not within 4. */
const request = write("request.json", {
  id: "2026-001",
  unitId: "phong-kv-1",
  decision: { date: "2026-08-10", number: "2/QĐ-THADS" },
  initiation: { mode: "on-request", requestDate: "2026-08-03" },
  judgmentEffectiveDate: "2022-03-01",
  debtor: { kind: "person" },
  amountDue: 5000000,
  events: []
})

describe("thads case classify --case-settings", () => {
  it("newRuleVerifications 3: the case is no longer sent back after two verifications", () => {
    const before = thads("case", "classify", notYet, "--at", "2027-09-01", "--json")
    expect(before.code).toBe(0)
    expect(JSON.parse(before.stdout).classification).toMatchObject({
      category: "returned",
      setting: { key: "State.Settings.newRuleVerifications", value: 2 }
    })
    const s = write("three.json", { newRuleVerifications: 3 })
    const after = thads("case", "classify", notYet, "--at", "2027-09-01", "--case-settings", s, "--json")
    expect(after.code).toBe(0)
    expect(JSON.parse(after.stdout).classification.category).toBe("not-yet-enforceable")
    const text = thads("case", "classify", notYet, "--at", "2027-09-01", "--lang", "en")
    expect(text.stdout).toContain(
      "Case 2025-001 on Wednesday 2027-09-01: request sent back to the requester [assumed: setting State.Settings.newRuleVerifications = 2]"
    )
  })

  it("limitationYears 4: a request from 1/7/2026 becomes time-barred, the setting named", () => {
    const s = write("four.json", { limitationYears: 4 })
    const j = JSON.parse(
      thads("case", "classify", request, "--at", "2026-09-30", "--case-settings", s, "--json").stdout
    )
    expect(j.classification.limitation).toMatchObject({
      expired: true,
      years: 4,
      basis: "assumed",
      setting: { key: "Classify.Settings.limitationYears", value: 4 }
    })
    const byDefault = JSON.parse(thads("case", "classify", request, "--at", "2026-09-30", "--json").stdout)
    expect(byDefault.classification.limitation).toMatchObject({ expired: false, years: 5 })
    const vi = thads("case", "classify", request, "--at", "2026-09-30", "--case-settings", s).stdout
    expect(vi).toContain("thời hiệu yêu cầu (4 năm, từ ngày bản án có hiệu lực)")
    expect(vi).toContain("→ đã hết")
    expect(vi).toContain("[giả định: thiết lập Classify.Settings.limitationYears = 4]")
  })

  it("a file that does not decode: exit 2, each problem at its pointer, nothing printed on stdout", () => {
    const bad = write("bad.json", { limitationYears: 0, ageEdgesMonths: [9, 3], extra: true })
    const r = thads("case", "classify", request, "--at", "2026-09-30", "--case-settings", bad, "--lang", "en")
    expect(r.code).toBe(2)
    expect(r.stdout).toBe("")
    expect(r.stderr).toContain(`the case settings file "${bad}" does not decode: /extra: unexpected field "extra"`)
    expect(r.stderr).toContain("/limitationYears: must be a whole number from 1 to 30 (years)")
    expect(r.stderr).toContain("/ageEdgesMonths/1: edge 3 must be greater than the one before")
    const vi = thads("case", "classify", request, "--case-settings", write("nan.json", "{"))
    expect(vi.code).toBe(2)
    expect(vi.stderr).toContain("không hợp lệ")
  })
})

/** Year 2024, 12 months (to 30/9/2024): enforceable cases decided 2½, 7 and 12 months before the end; an auction sold
 * 2024-08-01 and not handed over (60 days); a claim open since 2024-09-20 (10 days). */
const ledger = write("ledger.json", {
  unitId: "phong-kv-1",
  cases: [
    {
      id: "a",
      unitId: "phong-kv-1",
      decision: { date: "2024-07-15", number: "1" },
      initiation: { mode: "on-request", requestDate: "2024-07-10" },
      debtor: { kind: "person" },
      amountDue: 1000,
      events: [{ type: "auction-sold", date: "2024-08-01", price: 900 }]
    },
    {
      id: "b",
      unitId: "phong-kv-1",
      decision: { date: "2024-02-28", number: "2" },
      initiation: { mode: "on-request", requestDate: "2024-02-20" },
      debtor: { kind: "person" },
      amountDue: 2000,
      events: [{ type: "state-compensation-claim", date: "2024-09-20" }]
    },
    {
      id: "c",
      unitId: "phong-kv-1",
      decision: { date: "2023-09-29", number: "3" },
      initiation: { mode: "on-request", requestDate: "2023-09-20" },
      debtor: { kind: "person" },
      amountDue: 3000,
      events: []
    }
  ]
})

describe("thads ledger report --case-settings", () => {
  it("ageEdgesMonths [3, 9]: those age bands (the defaults give 6, 12, 24, 60)", () => {
    const bands = (j: { extra: { enforceableByAge: ReadonlyArray<Record<string, number | null>> } }) =>
      j.extra.enforceableByAge.map((b) => [b.fromMonths, b.toMonths, b.cases])
    const s = write("edges.json", { ageEdgesMonths: [3, 9] })
    const r = thads("ledger", "report", ledger, "--year", "2024", "--months", "12", "--case-settings", s, "--json")
    expect(r.code).toBe(0)
    expect(bands(JSON.parse(r.stdout))).toEqual([
      [0, 3, 1],
      [3, 9, 1],
      [9, null, 1]
    ])
    const d = thads("ledger", "report", ledger, "--year", "2024", "--months", "12", "--json")
    expect(bands(JSON.parse(d.stdout))).toEqual([
      [0, 6, 1],
      [6, 12, 1],
      [12, 24, 1],
      [24, 60, 0],
      [60, null, 0]
    ])
    const text = thads(
      "ledger",
      "report",
      ledger,
      "--year",
      "2024",
      "--months",
      "12",
      "--case-settings",
      s,
      "--lang",
      "en"
    )
    expect(text.stdout).toContain("enforceable carried forward, 3–9 months: 1 | 2,000")
    expect(text.stdout).toContain("(age bands assumed: setting ageEdgesMonths = 3, 9;")
  })

  it("§2.4 / §2.5 run on the ages with the thresholds set (assumed, named); not applicable without them", () => {
    const s = write("thresholds.json", { auctionHandoverMaxDays: 30, compensationMaxDays: 30 })
    const r = thads("ledger", "report", ledger, "--year", "2024", "--months", "12", "--case-settings", s, "--json")
    expect(r.code).toBe(0)
    const j = JSON.parse(r.stdout)
    expect(j.extra.openAgesDays).toEqual({ auctionedNotHandedOver: [60], stateCompensationOpen: [10] })
    expect(j.directiveChecks).toMatchObject([
      {
        id: "auctions-handed-over",
        provisions: ["2.4"],
        basis: "assumed",
        outcome: { status: "fail", observed: 1 },
        setting: { key: "CaseSettings.auctionHandoverMaxDays", value: 30 }
      },
      { id: "compensation-settled", provisions: ["2.5"], outcome: { status: "pass" } }
    ])
    const en = thads(
      "ledger",
      "report",
      ledger,
      "--year",
      "2024",
      "--months",
      "12",
      "--case-settings",
      s,
      "--lang",
      "en"
    )
    expect(en.code).toBe(0)
    expect(en.stdout).toContain(
      "✗ §2.4 Auctioned assets handed over to the buyer: 1 auctioned assets not handed over older than 30 days [assumed: setting CaseSettings.auctionHandoverMaxDays = 30]"
    )
    const none = JSON.parse(thads("ledger", "report", ledger, "--year", "2024", "--months", "12", "--json").stdout)
    expect(none.directiveChecks.map((c: { outcome: { status: string } }) => c.outcome.status)).toEqual([
      "not-applicable",
      "not-applicable"
    ])
  })

  it("a file that does not decode: exit 2 naming the pointers", () => {
    const bad = write("bad-ledger.json", { ageEdgesMonths: [12, 6], compensationMaxDays: "30" })
    const r = thads(
      "ledger",
      "report",
      ledger,
      "--year",
      "2024",
      "--months",
      "12",
      "--case-settings",
      bad,
      "--lang",
      "en"
    )
    expect(r.code).toBe(2)
    expect(r.stderr).toContain("/ageEdgesMonths/1: edge 6 must be greater than the one before")
    expect(r.stderr).toContain("/compensationMaxDays: must be a whole number from 1 to 3650 (days)")
  })
})

describe("thads schema --case-settings", () => {
  it("prints docs/case-settings.schema.json", () => {
    const r = thads("schema", "--case-settings")
    expect(r.code).toBe(0)
    expect(JSON.parse(r.stdout)).toEqual(JSON.parse(readFileSync(`${root}docs/case-settings.schema.json`, "utf8")))
    expect(JSON.parse(r.stdout).title).toBe("thads case settings")
    expect(thads("schema", "--case-settings", "--units").code).toBe(2)
  })

  it("examples/case-settings.json is accepted", () => {
    const r = thads("ledger", "report", "examples/ledger-sample.csv", "--year", "2023", "--months", "12")
    const withExample = thads(
      "ledger",
      "report",
      "examples/ledger-sample.csv",
      "--year",
      "2023",
      "--months",
      "12",
      "--case-settings",
      "examples/case-settings.json",
      "--lang",
      "en"
    )
    expect(r.code).toBe(0)
    expect(withExample.code).toBe(0)
    expect(withExample.stdout).toContain("a CSV ledger does not record auction sales and handovers")
  })
})
