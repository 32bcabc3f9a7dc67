import { readFileSync } from "node:fs"
import * as Schema from "effect/Schema"
import { describe, expect, it } from "vitest"
import * as CivilDate from "../../src/base/CivilDate.js"
import * as Pipeline from "../../src/compliance/Pipeline.js"
import * as ObligationSettings from "../../src/directive/ObligationSettings.js"
import * as AreaOffices from "../../src/organization/AreaOffices.js"
import * as Organization from "../../src/organization/Organization.js"
import * as OrgUnit from "../../src/organization/OrgUnit.js"
import * as Synthetic from "../../src/statistics/Synthetic.js"

const root = new URL("../../../../", import.meta.url)
const read = (path: string) => readFileSync(new URL(path, root), "utf8")
const d = CivilDate.make

const ok = (u: unknown, organization?: Organization.Organization): AreaOffices.Decoded => {
  const r = AreaOffices.decode(u, organization === undefined ? {} : { organization })
  if (r._tag === "Failure") throw new Error(AreaOffices.summary(r.failure, "en", 10))
  return r.success
}
const problems = (u: unknown, organization?: Organization.Organization) => {
  const r = AreaOffices.decode(u, organization === undefined ? {} : { organization })
  return r._tag === "Failure" ? r.failure.map((p) => [p.path, p.code] as const) : []
}
const unit = (over: Record<string, unknown> = {}) => ({
  id: "phong-thads-khu-vuc-1",
  name: "Phòng Thi hành án dân sự khu vực 1",
  parentId: "thads-tay-ninh",
  ...over
})
const example = () => {
  const r = AreaOffices.decodeJson(read("examples/units.json"))
  if (r._tag === "Failure") throw new Error(AreaOffices.summary(r.failure, "en", 10))
  return r.success
}

// A report of an area office for the 3 months to 31/12/2025 (after the reorganisation of 1/7/2025).
const areaReport = (unitId = "phong-thads-khu-vuc-1") => ({
  ...Synthetic.report({ seed: 1, rows: 3, unitId, year: 2026, months: 3 }),
  header: { unitId, year: 2026, months: 3, regime: "tt05-2024", level: "phong-khu-vuc" }
})
const codes = (data: Pipeline.ContextData, report: unknown) =>
  Pipeline.checkSource({ _tag: "Json", file: "r.json", text: JSON.stringify(report) }, data).result.findings.map(
    (f) => f.code
  )

describe("an area office's report after 1/7/2025 (the audit's reproduction)", () => {
  it("is unit-unknown without the area offices, and checked against them with them", () => {
    const report = areaReport()
    expect(codes({ organization: "tay-ninh" }, report)).toContain("unit-unknown")
    const withUnits = codes({ organization: "tay-ninh", areaOffices: example() }, report)
    expect(withUnits).not.toContain("unit-unknown")
    expect(withUnits).not.toContain("unit-not-in-force")
    expect(withUnits).not.toContain("level-mismatch")
    // The level is checked against the configured tier.
    const asChiCuc = { ...report, header: { ...report.header, level: "chi-cuc" } }
    expect(codes({ organization: "tay-ninh", areaOffices: example() }, asChiCuc)).toContain("level-mismatch")
  })

  it("the province's roll-up expects its area offices' reports", () => {
    const province = {
      ...Synthetic.report({ seed: 3, rows: 3, unitId: "thads-tay-ninh", year: 2026, months: 3 }),
      header: { unitId: "thads-tay-ninh", year: 2026, months: 3, regime: "tt05-2024", level: "thads-tinh" }
    }
    const given = { organization: "tay-ninh", reports: [] }
    expect(codes(given, province)).not.toContain("rollup-unit-missing")
    const result = Pipeline.checkSource(
      { _tag: "Json", file: "r.json", text: JSON.stringify(province) },
      { ...given, areaOffices: example() }
    ).result
    expect(
      result.findings.filter((f) => f.code === "rollup-unit-missing").map((f) => f.message.en.match(/"([^"]+)"/)?.[1])
    ).toEqual(["phong-thads-khu-vuc-1", "phong-thads-khu-vuc-2"])
  })

  it("its obligations are tracked", () => {
    const header = areaReport().header as never
    const data: Pipeline.ContextData = {
      organization: "tay-ninh",
      asOf: d("2026-02-01"),
      submissions: [{ obligationId: "x", submittedOn: d("2025-11-01") }]
    }
    expect(Pipeline.contextFor(data, header).obligations ?? []).toEqual([])
    const tracked = Pipeline.contextFor({ ...data, areaOffices: example() }, header).obligations ?? []
    expect(tracked.map((t) => t.obligation.id)).toContain("statistical-report/phong-thads-khu-vuc-1/2025-12-31")
  })

  it("the extended organisation is built once, when decoded", () => {
    const areaOffices = example()
    const data: Pipeline.ContextData = { organization: "tay-ninh", areaOffices }
    expect(Pipeline.organizationOf(data)).toBe(areaOffices.organization)
    expect(Pipeline.organizationOf(data)).toBe(Pipeline.organizationOf(data))
    expect(Pipeline.organizationOf({ organization: "tay-ninh" })).toBe(Organization.tayNinh)
  })

  it("area offices decoded against another organisation are refused", () => {
    const other = Organization.make([...Organization.tayNinh.units])
    expect(() =>
      Pipeline.organizationOf({ organization: "tay-ninh", areaOffices: ok({ units: [unit()] }, other) })
    ).toThrow(Organization.InvalidOrganizationError)
  })

  it("obligation settings can name an area office once the organisation has it", () => {
    const request = {
      id: "r1",
      owner: { unitId: "phong-thads-khu-vuc-1" },
      recipient: { unitId: "thads-tay-ninh" },
      due: "2025-10-15",
      title: { vi: "Báo cáo đột xuất", en: "Ad-hoc report" }
    }
    expect(ObligationSettings.decode({ adHoc: [request] })._tag).toBe("Failure")
    expect(ObligationSettings.decode({ adHoc: [request] }, { organization: example().organization })._tag).toBe(
      "Success"
    )
  })
})

describe("AreaOffices.decode", () => {
  it("examples/units.json: configured units that cite QĐ 1898/QĐ-BTP and the source given", () => {
    const decoded = example()
    expect(decoded.base).toBe(Organization.tayNinh)
    expect(decoded.units.map((u) => u.id)).toEqual(["phong-thads-khu-vuc-1", "phong-thads-khu-vuc-2"])
    for (const u of decoded.units) {
      expect(u).toMatchObject({ tier: "phong-khu-vuc", confidence: "configured", province: "tay-ninh" })
      expect(u.citation.document).toBe("qd-1898-btp-2025")
      expect(u.citation.note?.vi).toContain("quyết định thành lập")
      expect(u.validFrom).toBe("2025-07-01")
    }
    expect(decoded.units[1]!.name.en).toBe(
      "Area civil judgment enforcement office (Phòng Thi hành án dân sự khu vực 2 (ví dụ))"
    )
    const org = decoded.organization
    expect(Organization.childrenOn(org, "thads-tay-ninh", d("2025-09-30")).map((u) => u.id)).toEqual([
      "phong-thads-khu-vuc-1",
      "phong-thads-khu-vuc-2"
    ])
    expect(Organization.currentOf(org, "chi-cuc-go-dau", d("2025-09-30"))?.id).toBe("phong-thads-khu-vuc-2")
    expect(Organization.reportingLevelOn(org, "phong-thads-khu-vuc-1", d("2025-06-30"))).toBeUndefined()
    // The built-in organisation is left as it was.
    expect(Organization.tayNinh.byId.has("phong-thads-khu-vuc-1")).toBe(false)
  })

  it("a unit's own source wins over the document's; none: only QĐ 1898/QĐ-BTP", () => {
    const decoded = ok({ source: "QĐ chung", units: [unit({ source: "QĐ riêng" }), unit({ id: "kv-2" })] })
    expect(decoded.units[0]!.citation.note?.en).toBe("established by QĐ riêng (supplied by the user)")
    expect(decoded.units[1]!.citation.note?.en).toBe("established by QĐ chung (supplied by the user)")
    expect(ok({ units: [unit()] }).units[0]!.citation).toEqual({ document: "qd-1898-btp-2025" })
  })

  it("reports every problem of a document at its pointer, in vi and en, shape and organisation together", () => {
    const r = AreaOffices.decode({
      extra: 1,
      units: [
        unit({ tier: "chi-cuc", validFrom: "2025-06-30" }),
        unit({ id: "chi-cuc-go-dau", parentId: "cuc-tay-ninh" }),
        unit({
          id: "kv-3",
          parentId: "atlantis",
          predecessorIds: ["chi-cuc-go-dau", "nowhere", "kv-3", "thads-tay-ninh"]
        }),
        unit({ id: "kv-4", name: " ", validFrom: "2026-02-30", validTo: "2025-12-31" }),
        unit({ id: "kv-3" })
      ]
    })
    expect(r._tag).toBe("Failure")
    if (r._tag !== "Failure") return
    expect(r.failure.map((p) => [p.path, p.code])).toEqual([
      ["/units/0/tier", "not-allowed"],
      ["/units/0/validFrom", "out-of-range"],
      ["/units/1/id", "duplicate"],
      ["/units/1/parentId", "not-allowed"],
      ["/units/2/parentId", "unknown-unit"],
      ["/units/2/predecessorIds/1", "unknown-unit"],
      ["/units/2/predecessorIds/2", "not-allowed"],
      ["/units/2/predecessorIds/3", "out-of-range"],
      ["/units/3/name", "wrong-type"],
      ["/units/3/validFrom", "bad-date"],
      ["/units/4/id", "duplicate"],
      ["/extra", "unexpected-key"]
    ])
    for (const p of r.failure) {
      expect(p.message.vi).not.toBe(p.message.en)
      expect(p.message.en).not.toMatch(/^(is not valid|has the wrong type)$/)
    }
    const by = (path: string) => r.failure.find((p) => p.path === path)!.message
    expect(by("/units/0/tier").en).toBe(
      'only area offices ("phong-khu-vuc") can be configured; the other tiers are built in'
    )
    expect(by("/units/1/id").en).toBe(
      '"chi-cuc-go-dau" is the id of a built-in unit of the organisation: choose another'
    )
    expect(by("/units/2/predecessorIds/3").en).toBe(
      'unit "thads-tay-ninh" must end before its successor\'s validFrom 2025-07-01 (it has no end)'
    )
    expect(by("/units/4/id").vi).toBe('mã "kv-3" bị lặp')
  })

  it("the parent must be in force on validFrom; validTo not before validFrom", () => {
    const ending = Organization.withUnits(Organization.tayNinh, [
      { ...Organization.get(Organization.tayNinh, "thads-tay-ninh"), validTo: d("2026-12-31") }
    ])
    expect(problems({ units: [unit({ validFrom: "2027-01-01" })] }, ending)).toEqual([
      ["/units/0/parentId", "unknown-unit"]
    ])
    expect(problems({ units: [unit({ validFrom: "2026-12-31" })] }, ending)).toEqual([])
    expect(problems({ units: [unit({ validTo: "2025-06-30" })] })).toEqual([["/units/0/validTo", "out-of-range"]])
    expect(problems({ units: [unit({ validFrom: "2026-01-01", validTo: "2025-12-31" })] })).toEqual([
      ["/units/0/validTo", "out-of-range"]
    ])
  })

  it("a later area office may take over an earlier one that ended before it", () => {
    const org = ok({
      units: [
        unit({ validTo: "2026-06-30" }),
        unit({ id: "kv-1b", validFrom: "2026-07-01", predecessorIds: ["phong-thads-khu-vuc-1"] })
      ]
    }).organization
    expect(Organization.currentOf(org, "phong-thads-khu-vuc-1", d("2026-07-01"))?.id).toBe("kv-1b")
    expect(
      problems({
        units: [unit(), unit({ id: "kv-1b", validFrom: "2026-07-01", predecessorIds: ["phong-thads-khu-vuc-1"] })]
      })
    ).toEqual([["/units/1/predecessorIds/0", "out-of-range"]])
  })

  it("the structure: not an object, no units, an empty list, wrong types", () => {
    expect(problems([])).toEqual([["", "wrong-type"]])
    expect(problems({})).toEqual([["/units", "missing"]])
    expect(problems({ units: [] })).toEqual([["/units", "out-of-range"]])
    expect(problems({ units: [unit({ predecessorIds: "chi-cuc-go-dau", nameEn: 5 })] })).toEqual([
      ["/units/0/nameEn", "wrong-type"],
      ["/units/0/predecessorIds", "wrong-type"]
    ])
    expect(problems({ units: [unit({ predecessorIds: ["chi-cuc-go-dau", "chi-cuc-go-dau"] })] })).toEqual([
      ["/units/0/predecessorIds/1", "duplicate"]
    ])
    expect(problems({ units: [unit({ id: "sơn" })] })).toEqual([["/units/0/id", "bad-format"]])
  })

  it("JSON text: not JSON and repeated keys are problems", () => {
    const r = AreaOffices.decodeJson('{"units":[{"id":"a","id":"b","name":"x","parentId":"thads-tay-ninh"}]}')
    expect(r._tag === "Failure" ? r.failure.map((p) => [p.path, p.code]) : []).toEqual([
      ["/units/0/id", "duplicate-key"]
    ])
    expect(AreaOffices.decodeJson("{")._tag).toBe("Failure")
    expect(AreaOffices.decodeJson(`\uFEFF${read("examples/units.json")}`)._tag).toBe("Success")
  })

  it("reads no unit of a list longer than its bound (bounded work)", () => {
    let reads = 0
    const item = new Proxy(unit(), {
      get: (target, key) => {
        reads++
        return Reflect.get(target, key)
      }
    })
    expect(problems({ units: Array.from({ length: 200_000 }, () => item) })).toEqual([["/units", "too-many"]])
    expect(reads).toBe(0)
    const many = Array.from({ length: AreaOffices.MAX_UNITS }, (_, i) => unit({ id: `kv-${i}` }))
    expect(ok({ units: many }).units.length).toBe(AreaOffices.MAX_UNITS)
  })

  it("the Schema and the decoder agree on a document's shape", () => {
    const cases: ReadonlyArray<unknown> = [
      { units: [unit()] },
      { units: [unit({ validFrom: "2025-06-30" })] },
      { units: [unit({ tier: "phong-khu-vuc" })] },
      { units: [unit({ tier: "thads-tinh" })] },
      { units: [unit(), unit()] },
      { units: [unit({ name: "x".repeat(300) })] },
      { units: [unit({ name: "x".repeat(301) })] },
      { units: [unit({ validTo: "2025-07-01" })] },
      { units: [unit({ validTo: "2025-06-30" })] },
      { units: [unit({ predecessorIds: [] })] },
      { units: [unit()], source: " " }
    ]
    for (const u of cases) {
      const schema = Schema.decodeUnknownResult(AreaOffices.UnitsSchema)(u, { onExcessProperty: "error" })
      expect(AreaOffices.decode(u)._tag, JSON.stringify(u)).toBe(schema._tag)
    }
  })

  it("configured units exist from 1/7/2025 by default", () => {
    const [u] = ok({ units: [unit()] }).units
    expect(OrgUnit.existsOn(u!, d("2025-06-30"))).toBe(false)
    expect(OrgUnit.existsOn(u!, d("2025-07-01"))).toBe(true)
  })

  it("docs/units.schema.json is generated (regenerate: npx thads schema --units > docs/units.schema.json)", () => {
    expect(JSON.parse(read("docs/units.schema.json"))).toEqual(JSON.parse(JSON.stringify(AreaOffices.jsonSchema())))
  })
})
