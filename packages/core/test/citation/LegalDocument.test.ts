import { describe, expect, it } from "vitest"
import * as CivilDate from "../../src/base/CivilDate.js"
import * as Documents from "../../src/citation/Documents.js"
import * as LegalDocument from "../../src/citation/LegalDocument.js"

const day = CivilDate.make

describe("isInForce / inForceStatus", () => {
  it("TT 06/2019 → TT 05/2024 on both sides of 26/7/2024", () => {
    const tt06 = Documents.get("tt-06-2019-btp")
    const tt05 = Documents.get("tt-05-2024-btp")
    expect(LegalDocument.isInForce(tt06, day("2024-07-25"))).toBe(true)
    expect(LegalDocument.isInForce(tt05, day("2024-07-25"))).toBe(false)
    expect(LegalDocument.isInForce(tt06, day("2024-07-26"))).toBe(false)
    expect(LegalDocument.isInForce(tt05, day("2024-07-26"))).toBe(true)
    expect(LegalDocument.inForceStatus(tt05, day("2024-07-25"))).toBe("not-yet")
    expect(LegalDocument.inForceStatus(tt06, day("2024-07-26"))).toBe("expired")
  })

  it("TT 06/2019 starts on 05/01/2020", () => {
    const tt06 = Documents.get("tt-06-2019-btp")
    expect(LegalDocument.inForceStatus(tt06, day("2020-01-04"))).toBe("not-yet")
    expect(LegalDocument.inForceStatus(tt06, day("2020-01-05"))).toBe("in-force")
    expect(LegalDocument.isInForce(Documents.get("tt-01-2013-btp"), day("2020-01-04"))).toBe(true)
    expect(LegalDocument.isInForce(Documents.get("tt-01-2013-btp"), day("2020-01-05"))).toBe(false)
  })

  it("Luật THADS 2008 → 2025 and NĐ 62/2015 → 152/2026 on 01/7/2026", () => {
    for (const [old, next] of [
      ["luat-thads-2008", "luat-thads-2025"],
      ["nd-62-2015", "nd-152-2026"]
    ] as const) {
      expect(LegalDocument.isInForce(Documents.get(old), day("2026-06-30"))).toBe(true)
      expect(LegalDocument.isInForce(Documents.get(next), day("2026-06-30"))).toBe(false)
      expect(LegalDocument.isInForce(Documents.get(old), day("2026-07-01"))).toBe(false)
      expect(LegalDocument.isInForce(Documents.get(next), day("2026-07-01"))).toBe(true)
    }
  })

  it("BLLĐ 2012 → 2019 on 01/01/2021", () => {
    expect(LegalDocument.isInForce(Documents.get("blld-2012"), day("2020-12-31"))).toBe(true)
    expect(LegalDocument.isInForce(Documents.get("blld-2019"), day("2020-12-31"))).toBe(false)
    expect(LegalDocument.isInForce(Documents.get("blld-2012"), day("2021-01-01"))).toBe(false)
    expect(LegalDocument.isInForce(Documents.get("blld-2019"), day("2021-01-01"))).toBe(true)
  })

  it("unknown start: not before issue, presumed after", () => {
    const ct09 = Documents.get("ct-09-ct-tu-2021") // issued 25/8/2021, entry into force not recorded
    expect(LegalDocument.inForceStatus(ct09, day("2021-08-24"))).toBe("not-yet")
    expect(LegalDocument.inForceStatus(ct09, day("2021-08-25"))).toBe("unknown")
    expect(LegalDocument.isInForce(ct09, day("2021-08-24"))).toBe(false)
    expect(LegalDocument.isInForce(ct09, day("2021-08-25"))).toBe(true)
    expect(LegalDocument.effectiveStart(ct09)).toBe("2021-08-25")
  })

  it("unknown start and no issue date: only the end bound applies", () => {
    const blld2012 = Documents.get("blld-2012")
    expect(LegalDocument.inForceStatus(blld2012, day("2019-05-01"))).toBe("unknown")
    expect(LegalDocument.inForceStatus(blld2012, day("2021-01-01"))).toBe("expired")
    expect(LegalDocument.effectiveStart(blld2012)).toBeUndefined()
  })
})

describe("labels and numbers", () => {
  it("kindLabel gives vi and en for every kind", () => {
    for (const kind of LegalDocument.kinds) {
      expect(LegalDocument.kindLabel(kind).vi).not.toBe("")
      expect(LegalDocument.kindLabel(kind).en).not.toBe("")
    }
    expect(LegalDocument.kindLabel("thong-tu-lien-tich")).toEqual({ vi: "Thông tư liên tịch", en: "Joint Circular" })
    expect(LegalDocument.kindLabel("chi-thi").vi).toBe("Chỉ thị")
  })

  it("numbers: ASCII form, normalised key, numbered names", () => {
    expect(LegalDocument.asciiNumber("6150/TB-BLĐTBXH")).toBe("6150/TB-BLDTBXH")
    expect(LegalDocument.normalizeNumber(" Số 62/2015/nđ-CP ")).toBe("62/2015/ND-CP")
    expect(LegalDocument.numberedName("quyet-dinh", "1898/QĐ-BTP")).toEqual({
      vi: "Quyết định 1898/QĐ-BTP",
      en: "Decision 1898/QD-BTP"
    })
  })
})
