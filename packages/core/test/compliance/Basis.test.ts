/**
 * The basis of findings that rest on computed deadlines, targets and regimes:
 * a finding that rests on an assumption says so (`basis: "assumed"`) and is
 * never an error on its own; one submission gets one basis whichever rule
 * judges it (timeliness, obligations).
 */
import { describe, expect, it } from "vitest"
import * as CivilDate from "../../src/base/CivilDate.js"
import * as ReportingDeadline from "../../src/calendar/ReportingDeadline.js"
import type * as Finding from "../../src/compliance/Finding.js"
import * as ReportCheck from "../../src/compliance/ReportCheck.js"
import * as Obligation from "../../src/directive/Obligation.js"
import * as Organization from "../../src/organization/Organization.js"
import * as Synthetic from "../../src/statistics/Synthetic.js"

const d = CivilDate.make
const clone = <A>(a: A): any => JSON.parse(JSON.stringify(a))
const tayNinh: ReportCheck.Context = { organization: Organization.tayNinh, organizationId: "tay-ninh" }

/** A consistent report of a unit, sent on the given day (09:00 in Vietnam). */
const report = (unitId: string, year: number, months: number, sentOn: string, regime?: string) => {
  const r = clone(Synthetic.report({ seed: 5, rows: 3, unitId, year, months }))
  r.header.level = unitId.startsWith("cuc-") ? "cuc" : "chi-cuc"
  r.header.submittedAt = `${sentOn}T09:00:00+07:00`
  if (regime !== undefined) r.header.regime = regime
  return r
}

/** The report checked with the unit's statistical-report obligation for the period, met the same day. */
const checkWithObligation = (unitId: string, year: number, months: number, periodEnd: string, sentOn: string) => {
  const list = Obligation.generate({
    from: d(periodEnd),
    to: d(periodEnd),
    owner: unitId,
    settings: { kinds: ["statistical-report"] }
  })
  expect(list.map((o) => o.id)).toEqual([`statistical-report/${unitId}/${periodEnd}`])
  return ReportCheck.check(report(unitId, year, months, sentOn), {
    ...tayNinh,
    obligations: Obligation.track(list, [{ obligationId: list[0]!.id, submittedOn: d(sentOn) }], d(sentOn))
  }).findings
}

const one = (findings: ReadonlyArray<Finding.Finding>, code: string) => {
  const found = findings.filter((f) => f.code === code)
  expect(
    found.map((f) => f.code),
    `${code} in ${findings.map((f) => f.code).join(", ")}`
  ).toEqual([code])
  return found[0]!
}

describe("one submission, one basis (timeliness and obligations)", () => {
  it("Gò Dầu, 7 months of 2022: the deadline depends on 3/5/2022 (a day off inferred), so both findings are assumed", () => {
    // 30/4/2022 + 2 working days: 5/5 with 3/5 off, 4/5 were it worked.
    const due = ReportingDeadline.deadline({ year: 2022, months: 7 }, "chi-cuc")
    expect(due.deadline).toBe("2022-05-05")
    expect(due.basis).toBe("official") // the rule is the text's …
    expect(due.dependsOnUnverifiedDays).toEqual(["2022-05-03"]) // … but an inferred day off moves the date
    expect(ReportingDeadline.restsOnAssumption(due)).toBe(true)

    const findings = checkWithObligation("chi-cuc-go-dau", 2022, 7, "2022-04-30", "2022-05-06")
    const late = one(findings, "report-late")
    const obligation = one(findings, "obligation-late")
    expect([late.basis, late.severity]).toEqual(["assumed", "warning"])
    expect([obligation.basis, obligation.severity]).toEqual(["assumed", "warning"])
  })

  it("a deadline counted on an estimated working calendar (2016, no notice encoded) is assumed in both rules", () => {
    // Cục, 6 months of 2016 (ends 31/3/2016): TT 01/2013, before day 7 → 6/4/2016, a Wednesday of an estimated year.
    const due = ReportingDeadline.deadline({ year: 2016, months: 6 }, "cuc")
    expect([due.deadline, due.basis, due.estimated, due.dependsOnUnverifiedDays]).toEqual([
      "2016-04-06",
      "official",
      true,
      []
    ])
    expect(ReportingDeadline.restsOnAssumption(due)).toBe(true)

    const findings = checkWithObligation("cuc-tay-ninh", 2016, 6, "2016-03-31", "2016-04-08")
    const late = one(findings, "report-late")
    const obligation = one(findings, "obligation-late")
    expect([late.basis, late.severity]).toEqual(["assumed", "warning"])
    expect(late.message.en).toContain("the working calendar of the year has no official notice (estimated)")
    expect(late.message.vi).toContain("lịch nghỉ của năm chưa có thông báo chính thức (ước tính)")
    expect([obligation.basis, obligation.severity]).toEqual(["assumed", "warning"])
  })

  it("a deadline that rests on nothing assumed stays official in both rules (Gò Dầu, 4 months of 2022)", () => {
    const due = ReportingDeadline.deadline({ year: 2022, months: 4 }, "chi-cuc")
    expect(ReportingDeadline.restsOnAssumption(due)).toBe(false)
    const findings = checkWithObligation("chi-cuc-go-dau", 2022, 4, "2022-01-31", "2022-02-09")
    const late = one(findings, "report-late")
    const obligation = one(findings, "obligation-late")
    expect([late.basis, late.severity]).toEqual([undefined, "error"])
    expect([obligation.basis, obligation.severity]).toEqual([undefined, "warning"])
  })
})

describe("the regime hand-over (TT 01/2013 → TT 06/2019 on 5/1/2020) is a setting", () => {
  it("the Cục's report for the period ending 31/12/2019: TT 01/2013 gives 6/1, TT 06/2019 would give 7/1: assumed", () => {
    const due = ReportingDeadline.deadline({ year: 2020, months: 3 }, "cuc")
    expect([due.regime, due.deadline, due.basis]).toEqual(["tt01-2013", "2020-01-06", "assumed"])
    expect(due.settings.map((s) => [s.key, s.value, s.about?.document])).toEqual([
      ["ReportingDeadline.regime", "tt01-2013", "tt-06-2019-btp"]
    ])
    expect(due.settings[0]!.why.en).toContain("would make it 2020-01-07")
    expect(ReportingDeadline.deadline({ year: 2020, months: 3 }, "cuc", { regime: "tt06-2019" }).deadline).toBe(
      "2020-01-07"
    )

    const findings = ReportCheck.check(report("cuc-tay-ninh", 2020, 3, "2020-01-07", "tt06-2019"), tayNinh).findings
    const late = one(findings, "report-late")
    expect([late.basis, late.severity]).toEqual(["assumed", "warning"])
    expect(late.message.en).toContain("setting ReportingDeadline.regime = tt01-2013")
    const mismatch = one(findings, "regime-mismatch")
    expect([mismatch.basis, mismatch.severity]).toEqual(["assumed", "warning"])
    expect(mismatch.message.en).toContain("the report was sent on 2020-01-07, when tt06-2019 was in force")
    expect(mismatch.message.vi).toContain("báo cáo gửi ngày 07/01/2020, khi tt06-2019 đã có hiệu lực")
    // No finding resting on the hand-over is an error.
    expect(findings.filter((f) => f.severity === "error")).toEqual([])
  })

  it("the Chi cục's deadline (3/1/2020) passed before TT 06/2019 came into force: official, as is a mismatch declared before it", () => {
    const due = ReportingDeadline.deadline({ year: 2020, months: 3 }, "chi-cuc")
    expect([due.deadline, due.basis, due.settings]).toEqual(["2020-01-03", "official", []])
    const findings = ReportCheck.check(report("chi-cuc-go-dau", 2020, 3, "2020-01-03", "tt06-2019"), tayNinh).findings
    const mismatch = one(findings, "regime-mismatch")
    expect(mismatch.basis).toBeUndefined()
    expect(mismatch.message.en).toBe(
      "The report declares tt06-2019, but on 2019-12-31 the regime in force is tt01-2013"
    )
  })

  it("the Cục's obligation for the same period carries the same setting", () => {
    const [o] = Obligation.generate({
      from: d("2019-12-31"),
      to: d("2019-12-31"),
      owner: "cuc-tay-ninh",
      settings: { kinds: ["statistical-report"] }
    })
    expect([o!.due, o!.basis, o!.settings?.map((s) => s.key)]).toEqual([
      "2020-01-06",
      "assumed",
      ["ReportingDeadline.regime"]
    ])
  })
})

describe("targets: a national target standing in for a unit, and an operator the source does not state", () => {
  /** A 12-month report of a unit with 10,000 enforceable cases, `done` of them completed. */
  const year = (unitId: string, y: number, done: number) =>
    Synthetic.totals(
      { unitId, year: y, months: 12 },
      {
        "01": 10_000,
        "03": 10_000,
        "06": 10_000,
        "07": 10_000,
        "08": done,
        "09": 10_000 - done,
        "13": 10_000 - done,
        "14": 10_000 - done
      }
    )
  const target = (r: ReturnType<typeof year>) =>
    ReportCheck.check(r).findings.filter((f) => f.code === "target-not-met" || f.code === "target-met")

  it("Gò Dầu 2024 against the national > 83.25%: assumed, and the message says why", () => {
    const [f] = target(year("chi-cuc-go-dau", 2024, 8_000))
    expect([f!.code, f!.severity, f!.basis]).toEqual(["target-not-met", "warning", "assumed"])
    expect(f!.message.en).toContain("against the target > 83.25% (national)")
    expect(f!.message.en).toContain("assumed: the unit has no target of its own")
    expect(f!.message.vi).toContain("giả định: đơn vị chưa có chỉ tiêu riêng")
  })

  it("the national report against the national target, and Tây Ninh 2023 against its own: official", () => {
    const [national] = target(year("national", 2024, 8_000))
    expect([national!.code, national!.basis]).toEqual(["target-not-met", undefined])
    const [own] = target(year("cuc-tay-ninh", 2023, 8_300))
    expect([own!.code, own!.basis]).toEqual(["target-met", undefined])
    expect(own!.message.en).toBe(
      "completion rate (cases): 83% meets the target > 82.6% (the unit's own), 0.4 points above"
    )
  })

  it("2025: the operator is not stated by the source, so even the national comparison is assumed", () => {
    const [f] = target(year("national", 2025, 8_390)) // exactly 83.90%: met only if "≥"
    expect([f!.code, f!.basis]).toEqual(["target-met", "assumed"])
    expect(f!.message.en).toContain('the source does not say "above" or "at least": the comparison >= is assumed')
  })
})
