/** `thads case classify` as a function. */
import { mkdtempSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { fileURLToPath } from "node:url"
import { describe, expect, it } from "vitest"
import { caseClassify } from "../src/commands/case.js"
import { UsageError } from "../src/Output.js"

const dir = mkdtempSync(join(tmpdir(), "thads-case-"))
const write = (name: string, value: unknown) => {
  const f = join(dir, name)
  writeFileSync(f, typeof value === "string" ? value : JSON.stringify(value))
  return f
}

const base = {
  id: "2024-001",
  unitId: "phong-kv-1",
  officerId: "chv-01",
  decision: { date: "2024-01-15", number: "15/QĐ-THADS" },
  initiation: { mode: "on-request", requestDate: "2024-01-10" },
  debtor: { kind: "person" },
  amountDue: 100000000,
  events: [{ type: "postponement", date: "2024-03-01", clause: 1, point: "c" }]
}

describe("thads case classify", () => {
  it("--json: category, ground, citation with its text, time limits", () => {
    const out = caseClassify({ file: write("c.json", base), at: "2024-06-30", json: true, lang: "vi" })
    expect(out.exitCode).toBe(0)
    const j = JSON.parse(out.stdout)
    expect(j.classification).toMatchObject({
      category: "enforceable",
      ground: { kind: "postponement", clause: 1, point: "c" }
    })
    expect(j.classification.citation).toMatchObject({
      document: "luat-thads-2008",
      article: "48",
      clause: 1,
      point: "c",
      text: { vi: "điểm c khoản 1 Điều 48 Luật Thi hành án dân sự" }
    })
    expect(j.timeLimits[0]).toMatchObject({ step: "enforcement-decision", due: "2024-01-17", status: "met" })
  })

  it("case-level duties and their findings (#14.3): unknown address as hoãn, posting, creditor notice", () => {
    const f = write("duties.json", {
      ...base,
      personalObligation: true,
      events: [
        { type: "verification", date: "2024-01-29", facts: { addressUnknown: true } },
        {
          type: "not-yet-enforceable",
          date: "2024-02-01",
          ground: "c",
          publishedDate: "2024-02-02",
          sentToCommuneDate: "2024-02-05",
          postedDate: "2024-02-06",
          postingEndedDate: "2024-03-06"
        },
        { type: "verification", date: "2024-07-20", facts: { addressUnknown: true } },
        { type: "verification", date: "2025-01-20", facts: { addressUnknown: true } }
      ]
    })
    const j = JSON.parse(caseClassify({ file: f, at: "2025-03-01", json: true, lang: "en" }).stdout)
    expect(j.duties.map((x: { rule: string; status: string }) => [x.rule, x.status])).toEqual([
      ["posting-period", "breached"],
      ["unknown-address-postponement", "breached"]
    ])
    expect(j.findings.map((x: { code: string }) => x.code).sort()).toEqual([
      "case-creditor-not-notified",
      "case-posting-period-short",
      "case-unknown-address-not-postponed"
    ])
    const vi = caseClassify({ file: f, at: "2025-03-01", json: false, lang: "vi" }).stdout
    expect(vi).toContain("Nghĩa vụ theo từng việc:")
    expect(vi).toContain("điểm b khoản 1 Điều 48")
    // The creditor notice's 3 working days are a setting, named with its key.
    expect(vi).toContain("[giả định: thiết lập Classify.Settings.creditorNoticeWorkingDays = 3]")
  })

  it("examples/case-duties.json: every breached duty of the example is a finding", () => {
    const file = fileURLToPath(new URL("../../../examples/case-duties.json", import.meta.url))
    const j = JSON.parse(caseClassify({ file, at: "2026-06-30", json: true, lang: "vi" }).stdout)
    expect(j.findings.map((f: { code: string; severity: string }) => [f.code, f.severity])).toEqual([
      ["case-step-late", "info"],
      ["case-new-information-not-verified", "info"],
      ["case-creditor-not-notified", "warning"],
      ["case-posting-period-short", "warning"],
      ["case-unknown-address-not-postponed", "warning"]
    ])
  })

  it("thời hiệu per instalment: a request within one instalment's period is not time-barred", () => {
    const f = write("instalments.json", {
      ...base,
      initiation: { mode: "on-request", requestDate: "2024-01-10" },
      judgmentEffectiveDate: "2018-06-01",
      instalments: [{ dueDate: "2018-06-30" }, { dueDate: "2019-06-30" }, { dueDate: "2020-06-30" }],
      events: []
    })
    const j = JSON.parse(caseClassify({ file: f, at: "2024-06-30", json: true, lang: "en" }).stdout)
    expect(j.classification.limitation).toMatchObject({ start: "instalments", expired: false, barredInstalments: 1 })
    expect(caseClassify({ file: f, at: "2024-06-30", json: false, lang: "en" }).stdout).toContain(
      "within (1/3 instalments time-barred)"
    )
  })

  it("text in Vietnamese and English", () => {
    const f = write("p.json", { ...base, events: [{ type: "suspension", date: "2024-03-01", clause: 2 }] })
    expect(caseClassify({ file: f, at: "2024-06-30", json: false, lang: "vi" }).stdout).toContain(
      "tạm đình chỉ thi hành án"
    )
    const en = caseClassify({ file: f, at: "2024-06-30", json: false, lang: "en" }).stdout
    expect(en).toContain("suspended")
    expect(en).toContain("Article 49(2), Law on Civil Judgment Enforcement")
  })

  it("a case that does not decode → exit 1 and every problem with its path", () => {
    const f = write("bad.json", {
      ...base,
      amountDue: -1,
      events: [
        { type: "completion", date: "2024-03-01" },
        { type: "payment", date: "2024-03-02", amount: 5 }
      ]
    })
    const out = caseClassify({ file: f, at: "2024-06-30", json: true, lang: "vi" })
    expect(out.exitCode).toBe(1)
    expect(JSON.parse(out.stdout).problems.map((p: { path: string }) => p.path)).toEqual(["/amountDue"])
    const hist = caseClassify({
      file: write("bad2.json", {
        ...base,
        events: [
          { type: "completion", date: "2024-03-01" },
          { type: "payment", date: "2024-03-02", amount: 5 }
        ]
      }),
      at: "2024-06-30",
      json: false,
      lang: "en"
    })
    expect(hist.exitCode).toBe(1)
    expect(hist.stdout).toContain("/events/1  [after-terminal]")
  })

  it("bad date or unreadable file → usage error", () => {
    expect(() => caseClassify({ file: write("ok.json", base), at: "2024-02-30", json: false, lang: "vi" })).toThrow(
      UsageError
    )
    expect(() => caseClassify({ file: join(dir, "missing.json"), json: false, lang: "vi" })).toThrow(UsageError)
  })
})
