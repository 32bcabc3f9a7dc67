import { readFileSync } from "node:fs"
import * as Schema from "effect/Schema"
import { describe, expect, it } from "vitest"
import * as CivilDate from "../../src/base/CivilDate.js"
import * as Finding from "../../src/compliance/Finding.js"
import * as Pipeline from "../../src/compliance/Pipeline.js"
import * as ReportCheck from "../../src/compliance/ReportCheck.js"
import * as Rules from "../../src/compliance/Rules.js"
import * as RuleSet from "../../src/compliance/RuleSet.js"
import * as Organization from "../../src/organization/Organization.js"
import * as Synthetic from "../../src/statistics/Synthetic.js"

const clone = <A>(a: A): any => JSON.parse(JSON.stringify(a))
const report = (o: { unitId?: string; year?: number; months?: number; rows?: number; seed?: number } = {}) => {
  const r = clone(
    Synthetic.report({
      seed: o.seed ?? 5,
      rows: o.rows ?? 3,
      unitId: o.unitId ?? "chi-cuc-go-dau",
      year: o.year ?? 2022,
      months: o.months ?? 6
    })
  )
  r.header.level = "chi-cuc"
  return r
}
const root = new URL("../../../../", import.meta.url)

describe("results as Schemas", () => {
  it("a result encodes to JSON and decodes back through ResultSchema", () => {
    const bad = report()
    bad.cases.rows[0].V13 += 1
    const result = ReportCheck.check(bad, { organization: Organization.tayNinh, organizationId: "tay-ninh" })
    const json = JSON.parse(JSON.stringify(Schema.encodeSync(ReportCheck.ResultSchema)(result)))
    expect(json.findings[0].citation.text.vi.length).toBeGreaterThan(5)
    const back = Schema.decodeUnknownSync(ReportCheck.ResultSchema)(json)
    expect(back.findings.map((f) => f.code)).toEqual(result.findings.map((f) => f.code))
    expect(back.organization).toEqual({ id: "tay-ninh", asOf: "2022-03-31" })
  })

  it("the hand-written encoder gives what the Schema encodes", () => {
    const bad = report()
    bad.cases.rows[0].V13 += 1
    bad.cases.total.V01 += 3
    const result = ReportCheck.check(bad, { organization: Organization.tayNinh, organizationId: "tay-ninh" })
    const viaSchema = JSON.parse(JSON.stringify(Schema.encodeSync(ReportCheck.ResultSchema)(result)))
    expect(JSON.parse(JSON.stringify(Pipeline.encodeResult(result)))).toEqual(viaSchema)
  })

  it("an unknown code does not decode as a finding", () => {
    const f = { code: "no-such-code", severity: "error", ruleId: "x", citation: { document: "tt-06-2019-btp" } }
    expect(Schema.is(Finding.FindingSchema)({ ...f, message: { vi: "a", en: "a" }, location: {} })).toBe(false)
  })

  it("a rule set round-trips through RuleSetSchema", () => {
    const json = JSON.parse(JSON.stringify(RuleSet.standard))
    const back = Schema.decodeUnknownSync(RuleSet.RuleSetSchema)(json)
    expect(RuleSet.hash(back as RuleSet.RuleSet)).toBe(RuleSet.hash(RuleSet.standard))
  })

  it("docs/result.schema.json is generated (regenerate: npx thads schema --result > docs/result.schema.json)", () => {
    const file = JSON.parse(readFileSync(new URL("docs/result.schema.json", root), "utf8"))
    expect(file).toEqual(JSON.parse(JSON.stringify(Pipeline.jsonSchema())))
  })
})

describe("the rule registry", () => {
  it("a rule set can switch a rule off or set its parameters, and the hash changes", () => {
    const off: RuleSet.RuleSet = { ...RuleSet.standard, rules: { "timeliness/deadline": { enabled: false } } }
    const tolerant: RuleSet.RuleSet = {
      ...RuleSet.standard,
      rules: { "targets/backlog": { parameters: { tolerance: 1_000_000 } } }
    }
    const h = RuleSet.hash(RuleSet.standard)
    expect(RuleSet.hash(off)).not.toBe(h)
    expect(RuleSet.hash(tolerant)).not.toBe(h)
    const late = ReportCheck.check(report(), { submittedOn: CivilDate.make("2022-04-07") })
    expect(late.findings.map((f) => f.code)).toContain("report-late")
    const quiet = ReportCheck.check(report(), { submittedOn: CivilDate.make("2022-04-07"), ruleSet: off })
    expect(quiet.findings.map((f) => f.code)).not.toContain("report-late")
    expect(quiet.ruleSet.hash).toBe(RuleSet.hash(off))
    const now = report()
    const before = report()
    before.header.year = 2021
    before.cases.total.V13 -= 10
    const rising = (ruleSet: RuleSet.RuleSet) =>
      ReportCheck.check(now, { earlier: [before], ruleSet }).findings.filter((f) => f.code === "backlog-rising")
    expect(rising(RuleSet.standard).length).toBeGreaterThan(0)
    expect(rising(tolerant)).toEqual([])
  })

  it("every rule declares its basis and citation; an assumed rule's findings are warnings marked assumed", () => {
    for (const r of Rules.all) {
      expect(["official", "assumed"]).toContain(r.basis)
      expect(r.citation.document.length).toBeGreaterThan(3)
      if (r.basis === "assumed") expect(r.basisNote?.vi.length).toBeGreaterThan(10)
    }
    const now = report()
    const before = report()
    before.header.year = 2021
    before.cases.total.V13 -= 10
    const f = ReportCheck.check(now, { earlier: [before] }).findings.find((x) => x.code === "backlog-rising")!
    expect(f.basis).toBe("assumed")
    expect(f.severity).toBe("warning")
  })

  it("a late report under an assumed deadline: a warning that says so and cites the setting", () => {
    const r = report({ unitId: "thads-tay-ninh", year: 2026, months: 3 })
    r.header.level = "thads-tinh"
    r.header.regime = "tt05-2024"
    const late = ReportCheck.check(r, { submittedOn: CivilDate.make("2026-01-20") }).findings.find(
      (f) => f.code === "report-late"
    )!
    expect(late.severity).toBe("warning")
    expect(late.basis).toBe("assumed")
    expect(late.message.vi).toContain("hạn gửi theo giả định (thiết lập ")
    expect(late.message.en).toContain("assumed deadline")
    expect(late.ruleId).toBe("deadline/tt05-2024/thads-tinh")
    const official = ReportCheck.check(report(), { submittedOn: CivilDate.make("2022-04-07") }).findings.find(
      (f) => f.code === "report-late"
    )!
    expect(official.severity).toBe("error")
    expect(official.message.vi).not.toContain("giả định")
  })
})

describe("output proportional to the input", () => {
  it("a total-not-sum trace keeps the first steps and counts the rest", () => {
    const r = report({ rows: 500 })
    r.cases.total.V01 += 1
    const f = ReportCheck.check(r).findings.find((x) => x.code === "total-not-sum")!
    expect(f.trace).toHaveLength(Finding.maxTrace)
    expect(f.traceOmitted).toBe(500 - Finding.maxTrace)
  })

  it("a 1 MB unexpected key is echoed once, cut", () => {
    const r = report()
    r.header["x".repeat(1_000_000)] = 1
    const result = ReportCheck.check(JSON.stringify(r))
    const size = JSON.stringify(Schema.encodeSync(ReportCheck.ResultSchema)(result)).length
    expect(size).toBeLessThan(20_000)
  })
})

describe("the pipeline", () => {
  it("decodes once and builds each report's context from the data: earlier reports, units, obligations", () => {
    const now = report({ months: 6 })
    const earlier = report({ months: 5 })
    earlier.cases.total.V02 = now.cases.total.V02 + 5
    const c = Pipeline.checkSource(
      { _tag: "Json", file: "now.json", text: JSON.stringify(now) },
      { organization: "tay-ninh", reports: [earlier], asOf: CivilDate.make("2022-10-31") }
    )
    expect(c.result.findings.map((f) => f.code)).toContain("cumulative-decreased")
    expect(c.result.organization).toEqual({ id: "tay-ninh", asOf: "2022-03-31" })
    expect(c.result.findings.every((f) => f.location.file === "now.json")).toBe(true)
  })

  it("an unknown organisation id is a tagged error", () => {
    expect(() => Pipeline.contextFor({ organization: "atlantis" }, undefined)).toThrow(/atlantis/)
  })

  it("renders a batch as text lines and as one JSON document", () => {
    const checked = Pipeline.checkAll(
      [
        { _tag: "Json", file: "a.json", text: JSON.stringify(report()) },
        { _tag: "Json", file: "b.json", text: "{" }
      ],
      { organization: "tay-ninh" }
    )
    const lines = Pipeline.batchLines(checked, "en")
    expect(lines.at(-2)).toMatch(/^2 report\(s\): 1 valid, 1 not valid;/)
    const json = Pipeline.batchJson(checked, false)
    expect(Schema.is(Pipeline.BatchJsonSchema)(Schema.decodeUnknownSync(Pipeline.BatchJsonSchema)(json))).toBe(true)
    expect(Pipeline.batchJson(checked.slice(0, 1), true)["file"]).toBe("a.json")
  })

  it("streams exactly what batchJson and batchLines give: results of every kind, one report or many", () => {
    // Valid and broken reports, a text that is not JSON, earlier reports (change KPIs), a missing target, a
    // national target, reading notes: every shape of KPI and finding the encoders meet.
    const bad = report({ seed: 7 })
    bad.cases.rows[0].V13 += 1
    bad.cases.total.V01 += 3
    const before = report()
    before.header.year = 2021
    const sources: Array<Pipeline.Source> = [
      { _tag: "Json", file: "a.json", text: JSON.stringify(report()) },
      { _tag: "Json", file: "b.json", text: JSON.stringify(bad) },
      { _tag: "Json", file: "c.json", text: "{" },
      { _tag: "Json", file: "d.json", text: JSON.stringify(report({ unitId: "national", year: 2020, months: 12 })) },
      { _tag: "Json", file: "e.json", text: JSON.stringify(report({ year: 2031, seed: 9 })) },
      ...Array.from({ length: 5 }, (_, i) => ({
        _tag: "Json" as const,
        file: `s${i}.json`,
        text: JSON.stringify(report({ unitId: "cuc-tay-ninh", year: 2023, months: 12, rows: 20, seed: i + 1 }))
      }))
    ]
    for (const data of [{ organization: "tay-ninh", reports: [before] }, {}] as const) {
      const checked = Pipeline.checkAll(sources, data)
      for (const c of checked) {
        expect(Pipeline.resultJsonText(c)).toBe(JSON.stringify(Pipeline.resultJson(c)))
        expect(Pipeline.resultText(c.result)).toBe(JSON.stringify(Pipeline.encodeResult(c.result)))
      }
      const streamed = (format: "json" | "text", lang: "vi" | "en", single: boolean, from = sources) => {
        const parts: Array<string> = []
        const totals = Pipeline.checkStream(from, data, { format, lang, single, write: (s) => parts.push(s) })
        return { text: parts.join(""), totals }
      }
      const json = streamed("json", "vi", false)
      expect(json.text).toBe(`${JSON.stringify(Pipeline.batchJson(checked, false))}\n`)
      expect(json.totals).toEqual(Pipeline.summary(checked))
      for (const lang of ["vi", "en"] as const)
        expect(streamed("text", lang, false).text).toBe(`${Pipeline.batchLines(checked, lang).join("\n")}\n`)
      expect(streamed("json", "en", true, sources.slice(1, 2)).text).toBe(
        `${JSON.stringify(Pipeline.batchJson(checked.slice(1, 2), true), null, 2)}\n`
      )
      expect(streamed("json", "en", false, []).text).toBe(`${JSON.stringify(Pipeline.batchJson([], false))}\n`)
      expect(streamed("text", "en", false, []).text).toBe(`${Pipeline.batchLines([], "en").join("\n")}\n`)
    }
  })
})

describe("one submission, one verdict: the rule set's deadlines and calendar apply to the report and its obligations", () => {
  // A thads-tay-ninh report of 2 months of statistical year 2026 (to 30/11/2025), TT 05/2024, sent on 5/12/2025.
  const tinh = () => {
    const r = report({ unitId: "thads-tay-ninh", year: 2026, months: 2 })
    r.header.level = "thads-tinh"
    r.header.regime = "tt05-2024"
    return r
  }
  const check = (ruleSet: RuleSet.RuleSet) =>
    Pipeline.checkSource(
      { _tag: "Json", file: "tinh.json", text: JSON.stringify(tinh()) },
      {
        organization: "tay-ninh",
        asOf: CivilDate.make("2025-12-20"),
        submittedOn: CivilDate.make("2025-12-05"),
        submissions: [
          { obligationId: "statistical-report/thads-tay-ninh/2025-11-30", submittedOn: CivilDate.make("2025-12-05") }
        ],
        ruleSet
      }
    ).result.findings
  const verdicts = (findings: ReadonlyArray<Finding.Finding>) =>
    findings
      .filter(
        (f) =>
          f.code === "report-on-time" ||
          f.code === "report-late" ||
          ((f.code === "obligation-late" || f.code === "obligation-missing") &&
            f.message.en.includes("statistical-report/thads-tay-ninh/2025-11-30"))
      )
      .map((f) => `${f.code} ${/due (\d{4}-\d\d-\d\d)/u.exec(f.message.en)?.[1]}`)

  it("a rule set's deadline (6 working days for thads-tinh): the report and its obligation are both on time", () => {
    const ruleSet: RuleSet.RuleSet = {
      ...RuleSet.standard,
      deadlines: {
        "tt05-2024": {
          "thads-tinh": {
            rule: { kind: "working-days-after-period-end", days: 6 },
            basis: "assumed",
            citation: { document: "tt-05-2024-btp" }
          }
        }
      }
    }
    expect(verdicts(check(ruleSet))).toEqual(["report-on-time 2025-12-08"])
  })

  it("a rule set's holiday override (4/12/2025 off): the report and its obligation are both due 5/12", () => {
    const ruleSet: RuleSet.RuleSet = {
      ...RuleSet.standard,
      holidayOverrides: [
        { year: 2025, addDaysOff: [{ date: CivilDate.make("2025-12-04"), reason: "swap", confidence: "verified" }] }
      ]
    }
    expect(verdicts(check(ruleSet))).toEqual(["report-on-time 2025-12-05"])
  })

  it("the standard rule set: late by both (due 4/12/2025)", () => {
    expect(verdicts(check(RuleSet.standard))).toEqual(["report-late 2025-12-04", "obligation-late 2025-12-04"])
  })
})

describe("a rule set's regimeEnd and rollForward reach the check: the report and its obligations", () => {
  // thads-tay-ninh's report of 10 months of statistical year 2026 (to 31/7/2026), TT 05/2024, sent on 10/8/2026.
  const tinh = () => {
    const r = report({ unitId: "thads-tay-ninh", year: 2026, months: 10 })
    r.header.level = "thads-tinh"
    r.header.regime = "tt05-2024"
    return r
  }
  const check = (ruleSet: RuleSet.RuleSet) =>
    Pipeline.checkSource(
      { _tag: "Json", file: "tinh.json", text: JSON.stringify(tinh()) },
      {
        organization: "tay-ninh",
        asOf: CivilDate.make("2026-09-30"),
        submittedOn: CivilDate.make("2026-08-10"),
        submissions: [{ obligationId: "x", submittedOn: CivilDate.make("2026-08-10") }],
        ruleSet
      }
    ).result
  const timeliness = (findings: ReadonlyArray<Finding.Finding>) =>
    findings
      .filter((f) => f.code === "report-on-time" || f.code === "report-late" || f.code === "deadline-not-encoded")
      .map((f) => f.code)
  const statisticalMissing = (findings: ReadonlyArray<Finding.Finding>) =>
    findings
      .filter((f) => f.code === "obligation-missing" && f.message.en.includes("statistical-report/thads-tay-ninh/"))
      .map((f) => /statistical-report\/thads-tay-ninh\/(\S+?)[,:)\s]/u.exec(f.message.en)?.[1])

  it("the standard rule set (TT 05/2024 without an end): late, and its obligations of June and July missing", () => {
    const r = check(RuleSet.standard)
    expect(timeliness(r.findings)).toEqual(["report-late"])
    expect(statisticalMissing(r.findings)).toContain("2026-07-31")
  })

  it("TT 05/2024 ended on 30/6/2026: no deadline for the period (an info finding says why), no obligation after the end", () => {
    const ended: RuleSet.RuleSet = { ...RuleSet.standard, regimeEnd: { "tt05-2024": CivilDate.make("2026-06-30") } }
    const r = check(ended)
    expect(r.valid).toBe(true)
    expect(timeliness(r.findings)).toEqual(["deadline-not-encoded"])
    const f = r.findings.find((x) => x.code === "deadline-not-encoded")!
    expect(f.severity).toBe("info")
    expect(f.message.en).toContain("tt05-2024 applies until 2026-06-30, before the period's end 2026-07-31")
    expect(f.message.vi).toContain("hết áp dụng sau ngày 30/06/2026")
    const missing = statisticalMissing(r.findings)
    expect(missing).toContain("2026-06-30")
    expect(missing).not.toContain("2026-07-31")
    expect(r.ruleSet.hash).toBe(RuleSet.hash(ended))
  })

  it("rollForward false: TT 01/2013's base day stays (a Chấp hành viên's report due 1/5/2019, sent 2/5): late, official", () => {
    const r = report({ unitId: "chi-cuc-go-dau", year: 2019, months: 7 })
    r.header.level = "chv"
    r.header.regime = "tt01-2013"
    const run = (ruleSet: RuleSet.RuleSet) =>
      Pipeline.checkSource(
        { _tag: "Json", file: "chv.json", text: JSON.stringify(r) },
        { submittedOn: CivilDate.make("2019-05-02"), ruleSet }
      ).result.findings.filter((f) => f.code === "report-on-time" || f.code === "report-late")
    const standard = run(RuleSet.standard)
    expect(standard.map((f) => [f.code, f.basis])).toEqual([["report-on-time", "assumed"]])
    const kept = run({ ...RuleSet.standard, rollForward: false })
    expect(kept.map((f) => [f.code, f.severity, f.basis])).toEqual([["report-late", "error", undefined]])
  })
})

describe("a check of a year before Chỉ thị 09 owes none of its hearings", () => {
  it("a Cục report of 2020 with submissions: no obligation-missing for a §1.3 hearing (the directive is of 25/8/2021)", () => {
    const r = report({ unitId: "cuc-tay-ninh", year: 2020, months: 12 })
    r.header.level = "cuc"
    const findings = Pipeline.checkSource(
      { _tag: "Json", file: "cuc-2020.json", text: JSON.stringify(r) },
      {
        organization: "tay-ninh",
        asOf: CivilDate.make("2020-12-31"),
        submissions: [
          { obligationId: "statistical-report/cuc-tay-ninh/2020-09-30", submittedOn: CivilDate.make("2020-10-05") }
        ]
      }
    ).result.findings
    const missing = findings.filter((f) => f.code === "obligation-missing").map((f) => f.message.en)
    expect(missing.length).toBeGreaterThan(0) // the statistical reports of the year not in the submissions
    expect(missing.filter((m) => m.startsWith("hearing/"))).toEqual([])
    // Steering reports (TTLT 05/2016, in force 5/7/2016) are owed in 2020.
    expect(missing.some((m) => m.startsWith("steering-report/"))).toBe(true)
  })
})
