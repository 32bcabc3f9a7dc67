/**
 * Every finding code is produced from an input, and renders in Vietnamese and
 * English with a citation.
 */
import { fc, test } from "@fast-check/vitest"
import { describe, expect, it } from "vitest"
import * as Citation from "../../src/citation/Citation.js"
import * as CivilDate from "../../src/base/CivilDate.js"
import * as FindingCatalogue from "../../src/compliance/FindingCatalogue.js"
import type * as Case from "../../src/cases/Case.js"
import * as CaseCheck from "../../src/compliance/CaseCheck.js"
import * as ReportCheck from "../../src/compliance/ReportCheck.js"
import * as InteragencyCrossCheck from "../../src/interagency/CrossCheck.js"
import * as SpecialLines from "../../src/compliance/SpecialLines.js"
import * as RuleSet from "../../src/compliance/RuleSet.js"
import * as Obligation from "../../src/directive/Obligation.js"
import * as Organization from "../../src/organization/Organization.js"
import * as Synthetic from "../../src/statistics/Synthetic.js"
import * as ReportReader from "../../src/forms/ReportReader.js"
import type * as Grid from "../../src/forms/Grid.js"
import { gridOf, num, str } from "../forms/gridFixture.js"

const d = CivilDate.make
const clone = <A>(a: A): any => JSON.parse(JSON.stringify(a))

/** A consistent report of Chi cục Gò Dầu (6 months of 2022). */
const base = (overrides: { year?: number; months?: number; unitId?: string; seed?: number } = {}) => {
  const r = clone(
    Synthetic.report({
      seed: overrides.seed ?? 5,
      rows: 3,
      unitId: overrides.unitId ?? "chi-cuc-go-dau",
      year: overrides.year ?? 2022,
      months: overrides.months ?? 6
    })
  )
  r.header.level = overrides.unitId === "cuc-tay-ninh" ? "cuc" : "chi-cuc"
  return r
}
/** The organisation of the examples, given explicitly (no organisation is assumed by the check). */
const tayNinh: ReportCheck.Context = { organization: Organization.tayNinh, organizationId: "tay-ninh" }
const codes = (input: unknown, context: ReportCheck.Context = tayNinh) =>
  ReportCheck.check(input, context).findings.map((f) => f.code)

/** The reading notes of a report's grid after an edit. */
const notes = (edit: (g: Grid.WritableGrid) => void, rows = 3) => {
  const g = gridOf(Synthetic.report({ seed: 5, rows }))
  edit(g)
  return { findings: ReportReader.read(g).notes } as unknown as ReturnType<typeof ReportCheck.check>
}

/** For each code, an input that produces it. */
/** A case whose re-verification is overdue and whose decision chưa có điều kiện was late. */
const lateCase: Case.Case = {
  id: "v-1",
  unitId: "chi-cuc-go-dau",
  decision: { date: d("2022-01-12"), number: "26/QĐ-THADS" },
  initiation: { mode: "on-request", requestDate: d("2022-01-10") },
  judgmentKind: "dân sự",
  debtor: { kind: "person" },
  amountDue: 8_642_000,
  events: [
    { type: "verification", date: d("2022-01-13"), facts: { specificItemGoneOrUnusable: true } },
    { type: "not-yet-enforceable", date: d("2022-02-28"), ground: "b" }
  ]
} as unknown as Case.Case
/**
 * A case that breaches every case-level duty (#14.3): unknown address (the debtor must act personally) without the
 * hoãn of Điều 48 k1 b, posting cut short, sent to the commune late, new information verified late, no notice to the
 * creditor after two verifications, a withdrawal without its ground, not sent or notified.
 */
const dutyCase: Case.Case = {
  id: "v-2",
  unitId: "chi-cuc-go-dau",
  decision: { date: d("2022-01-12"), number: "27/QĐ-THADS" },
  initiation: { mode: "on-request", requestDate: d("2022-01-10") },
  debtor: { kind: "person" },
  personalObligation: true,
  amountDue: 5_000_000,
  events: [
    { type: "verification", date: d("2022-01-13"), facts: { addressUnknown: true } },
    {
      type: "not-yet-enforceable",
      date: d("2022-01-20"),
      ground: "c",
      publishedDate: d("2022-01-21"),
      postedDate: d("2022-02-10"),
      postingEndedDate: d("2022-03-10")
    },
    { type: "information-received", date: d("2022-03-01"), source: "creditor" },
    { type: "verification", date: d("2022-07-20"), facts: { addressUnknown: true } },
    { type: "verification", date: d("2022-08-10") },
    { type: "withdrawal", date: d("2022-09-01"), kind: "withdrawn" }
  ]
} as unknown as Case.Case
const dutyFindings = () => asResult(CaseCheck.findings(dutyCase, d("2022-09-30")))
const asResult = (fs: ReadonlyArray<ReturnType<typeof CaseCheck.findings>[number]>) =>
  ({ findings: fs }) as unknown as ReturnType<typeof ReportCheck.check>

const tkln: InteragencyCrossCheck.Figures = {
  form: "01",
  unitId: "chi-cuc-go-dau",
  year: 2022,
  months: 6,
  source: "enforcement",
  values: { V06: 10 }
}

const producers: Record<string, () => ReturnType<typeof ReportCheck.check>> = {
  "case-step-overdue": () => asResult(CaseCheck.findings(lateCase, d("2023-09-30"))),
  "case-step-late": () => asResult(CaseCheck.findings(lateCase, d("2023-09-30"))),
  "case-creditor-not-notified": dutyFindings,
  "case-new-information-not-verified": dutyFindings,
  "case-commune-posting-late": dutyFindings,
  "case-posting-period-short": dutyFindings,
  "case-withdrawal-ground-missing": dutyFindings,
  "case-withdrawal-notice-late": dutyFindings,
  "case-unknown-address-not-postponed": dutyFindings,
  // inter-agency figures and special lines (their own tests: test/interagency, test/compliance/SpecialLines)
  "tkln-period-not-interagency": () => asResult(InteragencyCrossCheck.validate({ ...tkln, months: 5 })),
  "tkln-figures-differ": () =>
    asResult(InteragencyCrossCheck.leadAgainstPartner(tkln, { ...tkln, source: "procuracy", values: { V06: 9 } })),
  "tkln-differs-from-report": () =>
    asResult(
      InteragencyCrossCheck.againstReport(
        tkln,
        Synthetic.totals({ unitId: tkln.unitId, year: tkln.year, months: tkln.months }, { "06": 9 })
      )
    ),
  "tkln-differs-from-procuracy": () =>
    asResult(
      InteragencyCrossCheck.enforcementAgainstProcuracy(tkln, {
        ...tkln,
        form: "04",
        source: "procuracy",
        values: { V06: 9 }
      })
    ),
  "special-line-inconsistent": () =>
    asResult(
      SpecialLines.check({
        unitId: "u",
        year: 2024,
        months: 12,
        assetRecovery: { cases: { enforceable: 1, completed: 2 } }
      })
    ),
  "complaints-target-missed": () =>
    asResult(
      SpecialLines.check({
        unitId: "u",
        year: 2014,
        months: 12,
        complaints: { carriedOver: 2, received: 2, withinCompetence: 4, resolved: 1, carriedOverResolved: 1 }
      })
    ),
  "report-not-json": () => ReportCheck.check("{not json"),
  "report-too-many-rows": () => {
    const r = base()
    r.cases.rows = Array.from({ length: 20_001 }, () => r.cases.rows[0])
    return ReportCheck.check(r)
  },
  "report-too-many-problems": () => {
    const r = base()
    r.cases.rows = Array.from({ length: 1_000 }, () => ({}))
    return ReportCheck.check(r)
  },
  "report-duplicate-key": () => ReportCheck.check(JSON.stringify(base()).replace('"V02":', '"V02":1,"V02":')),
  "report-wrong-type": () => {
    const r = base()
    r.cases.rows[0].V02 = "12"
    return ReportCheck.check(r)
  },
  "report-missing-field": () => {
    const r = base()
    delete r.header.regime
    return ReportCheck.check(r)
  },
  "report-unexpected-field": () => {
    const r = base()
    r.cases.total.V99 = 1
    return ReportCheck.check(r)
  },
  "report-not-integer": () => {
    const r = base()
    r.money.rows[0].T07 = 1.5
    return ReportCheck.check(r)
  },
  "report-negative": () => {
    const r = base()
    r.cases.rows[1].V08 = -1
    return ReportCheck.check(r)
  },
  "report-too-large": () => {
    const r = base()
    r.money.total.T01 = 2 ** 60
    return ReportCheck.check(r)
  },
  "report-empty-text": () => {
    const r = base()
    r.header.unitId = ""
    return ReportCheck.check(r)
  },
  "report-value-not-allowed": () => {
    const r = base()
    r.header.regime = "tt99"
    return ReportCheck.check(r)
  },
  "report-out-of-range": () => {
    const r = base()
    r.header.months = 13
    return ReportCheck.check(r)
  },
  "report-bad-date-time": () => {
    const r = base()
    r.header.submittedAt = "yesterday"
    return ReportCheck.check(r)
  },
  "identity-violated": () => {
    const r = base()
    r.cases.rows[0].V13 += 1
    r.cases.total.V13 += 1
    return ReportCheck.check(r)
  },
  "total-not-sum": () => {
    const r = base()
    r.money.total.T02 += 5
    r.money.total.T03 += 5
    r.money.total.T06 += 5
    r.money.total.T07 += 5
    r.money.total.T09 += 5
    r.money.total.T13 += 5
    r.money.total.T14 += 5
    return ReportCheck.check(r)
  },
  "duplicate-row-id": () => {
    const r = base()
    r.cases.rows[1].id = r.cases.rows[0].id
    return ReportCheck.check(r)
  },
  "rows-differ-between-tables": () => {
    const r = base()
    r.money.rows[2].id = "other"
    return ReportCheck.check(r)
  },
  "text-normalized": () => {
    const r = base()
    r.header.unitName = "Chi cục Gò Dầu".normalize("NFD")
    return ReportCheck.check(r)
  },
  "cumulative-decreased": () => {
    const earlier = base({ months: 5 })
    const r = base({ months: 6 })
    r.cases.total.V02 = earlier.cases.total.V02 - 1
    return ReportCheck.check(r, { earlier: [earlier] })
  },
  "opening-balance-changed": () =>
    ReportCheck.check(base({ months: 6, seed: 5 }), { earlier: [base({ months: 5, seed: 6 })] }),
  "opening-balance-discontinuity": () =>
    ReportCheck.check(base({ year: 2022, months: 6, seed: 5 }), {
      earlier: [base({ year: 2021, months: 12, seed: 7 })]
    }),
  "target-not-met": () =>
    ReportCheck.check(
      Synthetic.totals(
        { unitId: "cuc-tay-ninh", year: 2023 },
        { "03": 10_000, "06": 10_000, "07": 10_000, "08": 8_260, "09": 1_740, "13": 1_740, "14": 1_740, "01": 10_000 }
      )
    ),
  "target-met": () =>
    ReportCheck.check(
      Synthetic.totals(
        { year: 2022 },
        {
          "01": 653_719,
          "03": 653_719,
          "06": 653_719,
          "07": 653_719,
          "08": 539_290,
          "09": 114_429,
          "13": 114_429,
          "14": 114_429
        }
      )
    ),
  "target-unknown": () => ReportCheck.check(base({ year: 2021 })),
  "backlog-rising": () => {
    const r = base({ year: 2022 })
    const previous = clone(r)
    previous.header.year = 2021
    previous.cases.total.V14 -= 10 // the enforceable backlog was lower a year ago
    return ReportCheck.check(r, { earlier: [previous] })
  },
  "report-late": () => ReportCheck.check(base(), { submittedOn: d("2022-04-07") }),
  "report-on-time": () => ReportCheck.check(base(), { submittedOn: d("2022-04-04") }),
  "submission-time-unknown": () => ReportCheck.check(base()),
  "deadline-not-encoded": () => {
    // A report for the 10 months to 31/7/2026 under a rule set that ends TT 05/2024 on 30/6/2026.
    const r = base({ year: 2026, months: 10, unitId: "thads-tay-ninh" })
    r.header.level = "thads-tinh"
    r.header.regime = "tt05-2024"
    const ended: RuleSet.RuleSet = { ...RuleSet.standard, regimeEnd: { "tt05-2024": d("2026-06-30") } }
    return ReportCheck.check(r, { ...tayNinh, ruleSet: ended, submittedOn: d("2026-08-10") })
  },
  "report-before-period-end": () => ReportCheck.check(base(), { submittedOn: d("2022-03-30") }),
  "regime-mismatch": () => {
    const r = base()
    r.header.regime = "tt05-2024"
    return ReportCheck.check(r)
  },
  "unit-unknown": () => ReportCheck.check(base({ unitId: "chi-cuc-atlantis" }), tayNinh),
  "organization-not-given": () => ReportCheck.check(base()),
  "unit-not-in-force": () => {
    const r = base({ year: 2026 })
    r.header.regime = "tt05-2024"
    return ReportCheck.check(r, tayNinh)
  },
  "level-mismatch": () => {
    const r = base()
    r.header.level = "cuc"
    return ReportCheck.check(r, tayNinh)
  },
  "rollup-mismatch": () => {
    const unit = base({ unitId: "chi-cuc-go-dau", seed: 11 })
    const province = base({ unitId: "cuc-tay-ninh", seed: 12 })
    return ReportCheck.check(province, { units: [unit] })
  },
  "rollup-unit-missing": () => ReportCheck.check(base({ unitId: "cuc-tay-ninh" }), { ...tayNinh, units: [] }),
  "workbook-formula-in-input": () => notes((g) => g.sheet("Việc")!.setFormula(8, 4, "1+1", num(2))),
  "workbook-text-number": () => notes((g) => g.sheet("Việc")!.setValue(8, 4, str("1.234"))),
  "workbook-formula-no-value": () => notes((g) => g.sheet("Việc")!.setFormula(8, 4, "A1", { _tag: "blank" })),
  "workbook-derived-computed": () => notes((g) => g.sheet("Việc")!.setValue(8, 6, { _tag: "blank" })),
  "workbook-merged-cell": () => notes((g) => g.sheet("Việc")!.merge({ top: 8, left: 4, bottom: 8, right: 5 })),
  "workbook-date-as-text": () =>
    notes((g) => {
      g.sheet("Báo cáo")!.setValue(11, 2, num(45_204.5))
      g.sheet("Báo cáo")!.setNumberFormat(11, 2, "dd/mm/yyyy hh:mm")
    }),
  "workbook-more-notes": () =>
    notes((g) => {
      for (let row = 8; row < 8 + 30; row++)
        for (let col = 4; col < 4 + 8; col++) g.sheet("Tiền")!.setValue(row, col, str("1.000"))
    }, 30),
  "workbook-stale-formula": () => notes((g) => g.sheet("Việc")!.setFormula(8, 6, "D8+E8", num(-1))),
  "workbook-error-value": () => notes((g) => g.sheet("Việc")!.setValue(8, 4, { _tag: "error", value: "#N/A" })),
  "obligation-missing": () => {
    const list = Obligation.generate({ from: d("2022-03-01"), to: d("2022-03-31"), owner: "chi-cuc-go-dau" })
    return ReportCheck.check(base(), { obligations: Obligation.track(list, [], d("2022-04-30")) })
  },
  "obligation-late": () => {
    const list = Obligation.generate({
      from: d("2022-03-01"),
      to: d("2022-03-31"),
      owner: "chi-cuc-go-dau",
      settings: { kinds: ["statistical-report"] }
    })
    return ReportCheck.check(base(), {
      obligations: Obligation.track(
        list,
        [{ obligationId: list[0]!.id, submittedOn: d("2022-04-08") }],
        d("2022-04-30")
      )
    })
  }
}

describe("every finding code", () => {
  it("has a producer in this test", () => {
    expect(Object.keys(producers).sort()).toEqual(FindingCatalogue.entries.map((e) => e.code).sort())
  })

  it.each(FindingCatalogue.entries.map((e) => [e.code, e] as const))(
    "%s is produced, renders in vi and en, cites its source",
    (code, entry) => {
      const result = producers[code]!()
      const f = result.findings.find((x) => x.code === code)
      expect(f, `${code} not produced; got ${result.findings.map((x) => x.code).join(", ")}`).toBeDefined()
      expect(f!.message.vi).not.toMatch(/\{[a-zA-Z]+\}/)
      expect(f!.message.en).not.toMatch(/\{[a-zA-Z]+\}/)
      expect(f!.message.vi.length).toBeGreaterThan(5)
      expect(f!.message.en.length).toBeGreaterThan(5)
      expect(Citation.renderVi(f!.citation).length).toBeGreaterThan(5)
      expect(Citation.renderEn(f!.citation).length).toBeGreaterThan(5)
      if (entry.severity === "error" && code !== "report-late") expect(f!.severity).toBe("error")
      expect(f!.location.path).toBeDefined()
    }
  )
})

describe("ReportCheck.check", () => {
  it("a consistent report is valid and carries the rule set and KPIs", () => {
    const r = ReportCheck.check(base(), { submittedOn: d("2022-04-04") })
    expect(r.valid).toBe(true)
    expect(r.ruleSet).toEqual(RuleSet.describe(RuleSet.standard))
    expect(r.ruleSet.hash).toMatch(/^[0-9a-f]{64}$/)
    expect(r.kpis.find((k) => k.id === "completion-rate-cases")).toBeDefined()
    expect(r.stats.rows).toEqual({ cases: 3, money: 3 })
  })

  it("a late report under an official deadline is an error; under an assumed one a warning", () => {
    const late = ReportCheck.check(base(), { submittedOn: d("2022-04-07") }).findings.find(
      (f) => f.code === "report-late"
    )!
    expect(late).toMatchObject({
      severity: "error",
      observed: "2022-04-07",
      expected: "≤ 2022-04-04",
      citation: { document: "tt-06-2019-btp", article: "9", clause: 2 }
    })
    expect(late.message.en).toBe(
      "Sent on 2022-04-07, due 2022-04-04 (tt06-2019, chi-cuc): 3 working day(s) late (3 day(s))"
    )
    expect(late.message.vi).toBe(
      "Gửi ngày 07/04/2022, hạn 04/04/2022 (tt06-2019, chi-cuc): trễ 3 ngày làm việc (3 ngày)"
    )
    const r = base({ unitId: "thads-tay-ninh", year: 2026, months: 3 })
    r.header.level = "thads-tinh"
    r.header.regime = "tt05-2024"
    const assumed = ReportCheck.check(r, { submittedOn: d("2026-01-20") }).findings.find(
      (f) => f.code === "report-late"
    )!
    expect(assumed.severity).toBe("warning")
  })

  it("identity findings carry the formula, observed, expected and the trace", () => {
    const r = base()
    r.cases.rows[0].V13 += 1
    r.cases.total.V13 += 1
    const f = ReportCheck.check(r).findings.find(
      (x) => x.code === "identity-violated" && x.location.path === "/cases/rows/0/V13"
    )!
    expect(f.formula?.vi).toBe("V13 (chuyển kỳ sau) = V06 (phải thi hành) − V08 (thi hành xong)")
    expect(f.observed).toBe((f.expected as number) + 1)
    expect(f.trace?.map((s) => s.label)).toEqual(["V13", "V06", "V08"])
    expect(f.location).toMatchObject({ unitId: "chi-cuc-go-dau", period: { year: 2022, months: 6 } })
  })

  it("maps findings to workbook cells when the source can", () => {
    const r = base()
    r.cases.rows[1].V08 = -1
    const f = ReportCheck.check(r, {
      source: { file: "x.xlsx", locate: (p) => (p === "/cases/rows/1/V08" ? { sheet: "Việc", cell: "J7" } : undefined) }
    }).findings[0]!
    expect(f.location).toEqual({ path: "/cases/rows/1/V08", file: "x.xlsx", sheet: "Việc", cell: "J7" })
  })

  it("the rule-set hash changes when a rule or a parameter changes", () => {
    const h = RuleSet.hash(RuleSet.standard)
    expect(RuleSet.hash({ ...RuleSet.standard })).toBe(h)
    expect(RuleSet.hash({ ...RuleSet.standard, targets: RuleSet.standard.targets.slice(1) })).not.toBe(h)
    expect(
      RuleSet.hash({ ...RuleSet.standard, identities: { residual: ["10"], placement: "inside-enforceable" } })
    ).not.toBe(h)
    expect(
      RuleSet.hash({
        ...RuleSet.standard,
        deadlines: {
          "tt05-2024": {
            cuc: {
              rule: { kind: "working-days-after-period-end", days: 5 },
              basis: "official",
              citation: { document: "tt-05-2024-btp", article: "10" }
            }
          }
        }
      })
    ).not.toBe(h)
  })

  it("roll-up per row: each unit's report equals its row in the province report", () => {
    const units = [base({ unitId: "chi-cuc-go-dau", seed: 1 }), base({ unitId: "chi-cuc-ben-cau", seed: 2 })]
    const province = base({ unitId: "cuc-tay-ninh", seed: 3 })
    province.cases.rows = units.map((u) => ({ id: u.header.unitId, ...u.cases.total }))
    province.money.rows = units.map((u) => ({ id: u.header.unitId, ...u.money.total }))
    for (const t of ["cases", "money"]) {
      for (const k of Object.keys(province[t].total))
        province[t].total[k] = units.reduce((a, u) => a + u[t].total[k], 0)
    }
    const ok = ReportCheck.check(province, { ...tayNinh, units })
    expect(ok.findings.filter((f) => f.code === "rollup-mismatch")).toEqual([])
    expect(ok.findings.filter((f) => f.code === "rollup-unit-missing")).toHaveLength(7) // 9 Chi cục, 2 reports given
    province.cases.rows[1].V02 += 1
    const bad = ReportCheck.check(province, { ...tayNinh, units }).findings.filter((f) => f.code === "rollup-mismatch")
    expect(bad.map((f) => f.location.path)).toEqual(["/cases/rows/1/V02"])
  })

  it("uses the organisation given in the context", () => {
    const org = Organization.withUnits(Organization.tayNinh, [
      Organization.phongKhuVuc("phong-kv-1", "Phòng 1", "thads-tay-ninh")
    ])
    const r = base({ unitId: "phong-kv-1", year: 2026, months: 3 })
    r.header.level = "phong-khu-vuc"
    r.header.regime = "tt05-2024"
    expect(codes(r, { organization: org })).not.toContain("unit-unknown")
    expect(codes(r)).toContain("unit-unknown")
    expect(codes(r, {})).toContain("organization-not-given")
    expect(ReportCheck.check(r, { organization: org, organizationId: "tay-ninh+kv" }).organization).toEqual({
      id: "tay-ninh+kv",
      asOf: "2025-12-31"
    })
    expect(ReportCheck.check(r).organization).toBeNull()
  })
})

describe("review fixes", () => {
  it("lateness is measured against the regime in force, not the one the header declares", () => {
    // Cục, period ending 31/12/2019 (TT 01/2013 in force: before day 7 of January → 6/1/2020), sent 7/1/2020.
    const r = base({ unitId: "cuc-tay-ninh", year: 2020, months: 3 })
    r.header.regime = "tt06-2019" // wrong: TT 06/2019 only from 5/1/2020
    const fs = ReportCheck.check(r, { submittedOn: d("2020-01-07") }).findings
    expect(fs.map((f) => f.code)).toEqual(expect.arrayContaining(["regime-mismatch", "report-late"]))
    expect(fs.find((f) => f.code === "report-late")!.message.en).toContain("due 2020-01-06 (tt01-2013")
  })

  it("a Saturday submission after a Friday deadline is late by 0 working days and 1 day", () => {
    // Chi cục, period ending Wednesday 30/11/2022: 2 WD → Friday 2/12; sent Saturday 3/12.
    const r = base({ year: 2023, months: 2 })
    const late = ReportCheck.check(r, { submittedOn: d("2022-12-03") }).findings.find((f) => f.code === "report-late")!
    expect(late.message.en).toContain("due 2022-12-02")
    expect(late.message.en).toContain("0 working day(s) late (1 day(s))")
  })
})

describe("text in NFC", () => {
  // The check asks ICU (`normalize`) only for text outside U+0000–U+02FF and U+1E00–U+1EFF; the premise: every
  // string over those characters is NFC. A composition needs a pair, so every pair is checked.
  it("every pair of characters below U+0300 or in U+1E00–U+1EFF is NFC", () => {
    const cs: Array<string> = []
    for (let c = 0; c < 0x300; c++) cs.push(String.fromCharCode(c))
    for (let c = 0x1e00; c < 0x1f00; c++) cs.push(String.fromCharCode(c))
    let changed = 0
    for (const a of cs) for (const b of cs) if ((a + b).normalize("NFC") !== a + b) changed++
    expect(changed).toBe(0)
  })

  test.prop(
    [
      fc.string({
        unit: fc.constantFrom(
          "a",
          "Gò Dầu",
          "\u0300",
          "\u0301",
          "\u0323",
          "e",
          "ơ",
          "\u1ec7",
          "\ud83d\ude00",
          "\u0338",
          "한",
          "\u1100\u1161",
          "ﬀ",
          "Å",
          "A\u030a"
        )
      })
    ],
    { numRuns: 300 }
  )("a unit name gets text-normalized exactly when NFC changes it", (name) => {
    const r = base()
    r.header.unitName = name
    const flagged = ReportCheck.check(r, tayNinh).findings.some((f) => f.code === "text-normalized")
    expect(flagged).toBe(name.normalize("NFC") !== name)
  })
})

describe("obligations' findings carry the obligation's basis", () => {
  it("a missing hearing or steering report (due dates that are settings) is assumed; a missing statistical report (TT 06/2019's due date) is not", () => {
    const list = Obligation.generate({ from: d("2022-03-01"), to: d("2022-03-31"), owner: "chi-cuc-go-dau" })
    expect(list.map((o) => `${o.kind}:${o.basis}`).sort()).toEqual([
      "hearing:assumed",
      "statistical-report:official",
      "steering-report:assumed"
    ])
    // All three are past due on 31/5/2022.
    const findings = ReportCheck.check(base(), { obligations: Obligation.track(list, [], d("2022-05-31")) }).findings
    const missing = findings.filter((f) => f.code === "obligation-missing")
    expect(missing.map((f) => `${f.ruleId}:${f.basis ?? "official"}`).sort()).toEqual([
      "obligation/hearing:assumed",
      "obligation/statistical-report:official",
      "obligation/steering-report:assumed"
    ])
    // Resting on an assumption, never an error.
    for (const f of missing) expect(f.severity).toBe("warning")
  })
})
