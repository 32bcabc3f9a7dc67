import { describe, expect, it } from "vitest"
import * as CivilDate from "../../src/base/CivilDate.js"
import * as Organization from "../../src/organization/Organization.js"
import * as SteeringCommittee from "../../src/organization/SteeringCommittee.js"

const d = CivilDate.make
const org = Organization.tayNinh
const ids = (us: ReadonlyArray<{ readonly id: string }>) => us.map((u) => u.id)

describe("Organization (effective-dated)", () => {
  it("30/6/2025: Tổng cục, the Cục of Tây Ninh and Long An, Tây Ninh's 9 Chi cục", () => {
    const units = Organization.unitsOn(org, d("2025-06-30"))
    expect(units).toHaveLength(12)
    expect(units.filter((u) => u.tier === "chi-cuc")).toHaveLength(9)
    expect(Organization.parentOn(org, "chi-cuc-go-dau", d("2025-06-30"))?.id).toBe("cuc-tay-ninh")
    expect(Organization.reportingLevelOn(org, "chi-cuc-go-dau", d("2025-06-30"))).toBe("chi-cuc")
    expect(Organization.reportingLevelOn(org, "cuc-tay-ninh", d("2025-06-30"))).toBe("cuc")
  })

  it("1/7/2025: Cục Quản lý THADS and THADS tỉnh Tây Ninh, successor of both Cục; no district level", () => {
    expect(ids(Organization.unitsOn(org, d("2025-07-01")))).toEqual(["cuc-quan-ly-thads", "thads-tay-ninh"])
    expect(Organization.parentOn(org, "thads-tay-ninh", d("2025-07-01"))?.id).toBe("cuc-quan-ly-thads")
    expect(Organization.reportingLevelOn(org, "thads-tay-ninh", d("2025-07-01"))).toBe("thads-tinh")
    expect(Organization.reportingLevelOn(org, "cuc-tay-ninh", d("2025-07-01"))).toBeUndefined()
    expect(ids(Organization.predecessors(org, "thads-tay-ninh"))).toEqual(["cuc-tay-ninh", "cuc-long-an"])
    expect(ids(Organization.successors(org, "cuc-long-an"))).toEqual(["thads-tay-ninh"])
    expect(ids(Organization.successors(org, "tong-cuc-thads"))).toEqual(["cuc-quan-ly-thads"])
    expect(Organization.currentOf(org, "cuc-tay-ninh", d("2026-01-01"))?.id).toBe("thads-tay-ninh")
    expect(Organization.currentOf(org, "cuc-tay-ninh", d("2024-01-01"))?.id).toBe("cuc-tay-ninh")
  })

  it("Phòng THADS khu vực are configurable units", () => {
    const withPhong = Organization.withUnits(org, [
      Organization.phongKhuVuc("phong-kv-1", "Phòng Thi hành án dân sự khu vực 1 - Tây Ninh", "thads-tay-ninh", [
        "chi-cuc-tp-tay-ninh",
        "chi-cuc-hoa-thanh"
      ])
    ])
    expect(ids(Organization.childrenOn(withPhong, "thads-tay-ninh", d("2025-09-30")))).toEqual(["phong-kv-1"])
    expect(Organization.reportingLevelOn(withPhong, "phong-kv-1", d("2025-09-30"))).toBe("phong-khu-vuc")
    expect(Organization.reportingLevelOn(withPhong, "phong-kv-1", d("2025-06-30"))).toBeUndefined()
    expect(ids(Organization.successors(withPhong, "chi-cuc-hoa-thanh"))).toEqual(["phong-kv-1"])
  })

  it("rejects inconsistent organisations", () => {
    expect(() => Organization.withUnits(org, [Organization.phongKhuVuc("p", "P", "nowhere")])).toThrow(
      /unknown parent "nowhere"/
    )
    expect(() => Organization.make([...org.units, org.units[0]!])).toThrow(/duplicate/)
  })

  it("steering committees: two levels until 30/6/2025, the province only after", () => {
    expect(SteeringCommittee.on(org, d("2024-01-01")).filter((c) => c.standingBodyId !== "cuc-long-an")).toHaveLength(
      10
    )
    const after = SteeringCommittee.on(org, d("2025-07-01"))
    expect(after.map((c) => c.standingBodyId)).toEqual(["thads-tay-ninh"])
    const province = SteeringCommittee.on(org, d("2024-01-01")).find((c) => c.standingBodyId === "cuc-tay-ninh")!
    expect(province.seats.find((s) => s.role === "chair")?.holder.vi).toMatch(/Ủy ban nhân dân tỉnh/)
    expect(province.citation).toMatchObject({ document: "nd-62-2015", article: "3", clause: 2 })
  })
})
