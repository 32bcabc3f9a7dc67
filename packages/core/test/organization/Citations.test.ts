/**
 * Issue #13 item 9: each organisation value cites the text that says it —
 * the provincial merger (NQ 202/2025/QH15; Tây Ninh's communes: NQ
 * 1682/NQ-UBTVQH15, not "NQ 1656", which is Hà Nội's), and the steering
 * committees (set up under NĐ 62/2015 Điều 3 k2 as amended; established and
 * composed under TTLT 05/2016 Điều 3 and Điều 4).
 */
import { describe, expect, it } from "vitest"
import * as CivilDate from "../../src/base/CivilDate.js"
import * as Citation from "../../src/citation/Citation.js"
import * as Documents from "../../src/citation/Documents.js"
import * as Organization from "../../src/organization/Organization.js"
import * as SteeringCommittee from "../../src/organization/SteeringCommittee.js"

const d = CivilDate.make

describe("the provincial merger", () => {
  it("rests on NQ 202/2025/QH15 and NQ 1682/NQ-UBTVQH15; NQ 1656 is gone", () => {
    expect(Documents.lookup("nq-1656-ubtvqh15")).toBeUndefined()
    expect(Documents.byNumber("1656/NQ-UBTVQH15")).toBeUndefined()
    const nq202 = Documents.get("nq-202-2025-qh15")
    expect(nq202.issued).toBe("2025-06-12")
    const nq1682 = Documents.get("nq-1682-ubtvqh15")
    expect(nq1682.issued).toBe("2025-06-16")
    expect(nq1682.notes).toContain("96 đơn vị hành chính cấp xã, gồm 82 xã và 14 phường")
    const unit = Organization.get(Organization.tayNinh, "thads-tay-ninh")
    expect(unit.territory?.map((c) => Citation.renderVi(c))).toEqual([
      "Nghị quyết 202/2025/QH15",
      "khoản 97 Điều 1 Nghị quyết 1682/NQ-UBTVQH15",
      "khoản 2 Điều 2 Nghị quyết 1682/NQ-UBTVQH15"
    ])
    expect(unit.note).toContain("NQ 202/2025/QH15")
    expect(unit.note).not.toContain("1656")
  })
})

describe("the steering committees", () => {
  const province = SteeringCommittee.on(Organization.tayNinh, d("2024-01-01")).find(
    (c) => c.standingBodyId === "cuc-tay-ninh"
  )!
  const district = SteeringCommittee.on(Organization.tayNinh, d("2024-01-01")).find(
    (c) => c.standingBodyId === "chi-cuc-go-dau"
  )!

  it("are set up under NĐ 62/2015 Điều 3 k2 (as amended) and established under TTLT 05/2016 Điều 3", () => {
    expect(province.citation).toMatchObject({ document: "nd-62-2015", article: "3", clause: 2 })
    expect(province.citation.note?.en).toMatch(/as amended by Article 1 of Decree 33\/2020/)
    expect(province.establishment).toEqual({ document: "ttlt-05-2016", article: "3", clause: 1 })
    expect(district.establishment).toEqual({ document: "ttlt-05-2016", article: "3", clause: 2 })
    expect(province.partTime).toEqual({ document: "ttlt-05-2016", article: "4", clause: 4 })
  })

  it("each seat cites the point of TTLT 05/2016 Điều 4 that names it", () => {
    expect(province.seats.map((s) => [s.role, Citation.renderVi(s.citation)])).toEqual([
      ["chair", "điểm a khoản 1 Điều 4 Thông tư liên tịch 05/2016/TTLT/BTP-BCA-BTC-TANDTC-VKSNDTC"],
      ["vice-chair", "điểm b khoản 1 Điều 4 Thông tư liên tịch 05/2016/TTLT/BTP-BCA-BTC-TANDTC-VKSNDTC"],
      ["member", "điểm c khoản 1 Điều 4 Thông tư liên tịch 05/2016/TTLT/BTP-BCA-BTC-TANDTC-VKSNDTC"],
      ["member", "điểm c khoản 1 Điều 4 Thông tư liên tịch 05/2016/TTLT/BTP-BCA-BTC-TANDTC-VKSNDTC"],
      ["member", "điểm c khoản 1 Điều 4 Thông tư liên tịch 05/2016/TTLT/BTP-BCA-BTC-TANDTC-VKSNDTC"],
      ["member", "điểm c khoản 1 Điều 4 Thông tư liên tịch 05/2016/TTLT/BTP-BCA-BTC-TANDTC-VKSNDTC"]
    ])
    for (const s of district.seats)
      expect(s.citation).toMatchObject({ document: "ttlt-05-2016", article: "4", clause: 2 })
    // The district's finance member as the text names it (not "Tài chính - Kế hoạch").
    expect(district.seats.map((s) => s.holder.vi)).toContain("Trưởng phòng Tài chính")
  })

  it("the province committee after 1/7/2025 is assumed (the text names the Cục trưởng)", () => {
    const after = SteeringCommittee.on(Organization.tayNinh, d("2025-07-01"))[0]!
    expect(after.basis).toBe("assumed")
    expect(province.basis).toBe("official")
    expect(district.basis).toBe("official")
  })
})

describe("the units until 30/6/2025", () => {
  it("each tier cites the point of NĐ 62/2015 Điều 52 k1 that names it", () => {
    const cite = (id: string) => Citation.renderVi(Organization.get(Organization.tayNinh, id).citation)
    expect(cite("tong-cuc-thads")).toBe("điểm a khoản 1 Điều 52 Nghị định 62/2015/NĐ-CP")
    expect(cite("cuc-tay-ninh")).toBe("điểm b khoản 1 Điều 52 Nghị định 62/2015/NĐ-CP")
    expect(cite("chi-cuc-go-dau")).toBe("điểm c khoản 1 Điều 52 Nghị định 62/2015/NĐ-CP")
  })
})
