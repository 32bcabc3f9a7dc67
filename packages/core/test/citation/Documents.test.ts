import { describe, expect, it } from "vitest"
import * as Schema from "effect/Schema"
import * as CivilDate from "../../src/base/CivilDate.js"
import * as Documents from "../../src/citation/Documents.js"
import * as LegalDocument from "../../src/citation/LegalDocument.js"

describe("registry integrity", () => {
  it("ids are unique and kebab-case", () => {
    expect(new Set(Documents.ids).size).toBe(Documents.ids.length)
    for (const id of Documents.ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/)
  })

  it("official numbers are unique", () => {
    const numbers = Documents.all.flatMap((doc) =>
      doc.number === undefined ? [] : [LegalDocument.normalizeNumber(doc.number)]
    )
    expect(new Set(numbers).size).toBe(numbers.length)
  })

  it.each(Documents.all.map((doc) => [doc.id, doc] as const))(
    "%s has a kind, vi+en names, title, issuer and sources",
    (_id, doc) => {
      expect(LegalDocument.kinds).toContain(doc.kind)
      for (const text of [doc.shortName, doc.title, doc.issuer]) {
        expect(text.vi.trim()).not.toBe("")
        expect(text.en.trim()).not.toBe("")
      }
      if (doc.confidence !== "unverified") expect(doc.sources.length).toBeGreaterThanOrEqual(1)
      for (const s of doc.sources) expect(s.trim()).not.toBe("")
      if (doc.confidence === "unverified") expect(doc.notes ?? "").not.toBe("")
    }
  )

  it("dates are valid civil dates and ordered", () => {
    for (const doc of Documents.all) {
      for (const date of [doc.issued, doc.inForceFrom, doc.inForceTo]) {
        if (date !== undefined) expect(CivilDate.isCivilDate(date), `${doc.id} ${date}`).toBe(true)
      }
      if (doc.inForceFrom !== undefined && doc.inForceTo !== undefined) {
        expect(doc.inForceFrom <= doc.inForceTo, doc.id).toBe(true)
      }
      if (doc.issued !== undefined && doc.inForceFrom !== undefined) {
        expect(doc.issued <= doc.inForceFrom, doc.id).toBe(true)
      }
      if (doc.issued !== undefined && doc.inForceTo !== undefined) {
        expect(doc.issued <= doc.inForceTo, doc.id).toBe(true)
      }
    }
  })

  it("replacedBy and amends resolve, and never point to the document itself", () => {
    for (const doc of Documents.all) {
      for (const ref of [...(doc.replacedBy ?? []), ...(doc.amends ?? [])]) {
        expect(Documents.isDocumentId(ref), `${doc.id} -> ${ref}`).toBe(true)
        expect(ref).not.toBe(doc.id)
      }
    }
  })

  it("a replaced document ends before its successor starts (where both are known)", () => {
    let checked = 0
    for (const doc of Documents.all) {
      for (const next of doc.replacedBy ?? []) {
        const successor = Documents.get(next)
        if (doc.inForceTo !== undefined && successor.inForceFrom !== undefined) {
          expect(doc.inForceTo < successor.inForceFrom, `${doc.id} -> ${next}`).toBe(true)
          // no gap either: the successor starts the day after
          expect(CivilDate.addDays(doc.inForceTo, 1), `${doc.id} -> ${next}`).toBe(successor.inForceFrom)
          checked++
        }
      }
    }
    expect(checked).toBeGreaterThanOrEqual(5)
  })

  it("an amending document comes into force after the document it amends", () => {
    for (const doc of Documents.all) {
      for (const target of doc.amends ?? []) {
        const base = LegalDocument.effectiveStart(Documents.get(target))
        const start = LegalDocument.effectiveStart(doc)
        if (base !== undefined && start !== undefined) expect(base < start, `${doc.id} amends ${target}`).toBe(true)
      }
    }
  })
})

describe("contract ids", () => {
  const expectations: ReadonlyArray<
    readonly [
      Documents.DocumentId,
      {
        number?: string
        issued?: string
        inForceFrom?: string
        inForceTo?: string
        confidence?: LegalDocument.Confidence
        kind?: LegalDocument.DocumentKind
      }
    ]
  > = [
    ["blds-2015", { number: "91/2015/QH13", inForceFrom: "2017-01-01", kind: "bo-luat" }],
    ["blld-2012", { number: "10/2012/QH13", inForceTo: "2020-12-31", kind: "bo-luat" }],
    ["blld-2019", { number: "45/2019/QH14", inForceFrom: "2021-01-01", kind: "bo-luat" }],
    ["qd-188-1999-ttg", { number: "188/1999/QĐ-TTg", kind: "quyet-dinh" }],
    ["luat-thads-2008", { number: "26/2008/QH12", inForceTo: "2026-06-30", kind: "luat" }],
    ["luat-thads-2025", { number: "106/2025/QH15", issued: "2025-12-05", inForceFrom: "2026-07-01", kind: "luat" }],
    ["tt-01-2013-btp", { number: "01/2013/TT-BTP", issued: "2013-01-03" }],
    ["tt-08-2015-btp", { number: "08/2015/TT-BTP", issued: "2015-06-26" }],
    ["vbhn-2319-2015-btp", { number: "2319/VBHN-BTP", issued: "2015-07-01", kind: "van-ban-hop-nhat" }],
    [
      "tt-06-2019-btp",
      { number: "06/2019/TT-BTP", issued: "2019-11-21", inForceFrom: "2020-01-05", inForceTo: "2024-07-25" }
    ],
    ["tt-05-2024-btp", { number: "05/2024/TT-BTP", issued: "2024-06-10", inForceFrom: "2024-07-26" }],
    ["ttlt-12-2021", { inForceFrom: "2022-02-25", kind: "thong-tu-lien-tich" }],
    ["nd-62-2015", { number: "62/2015/NĐ-CP", inForceTo: "2026-06-30", kind: "nghi-dinh" }],
    ["nd-152-2026", { number: "152/2026/NĐ-CP", inForceFrom: "2026-07-01" }],
    ["ttlt-05-2016", { inForceFrom: "2016-07-05", kind: "thong-tu-lien-tich" }],
    ["tb-3238-ldtbxh", { number: "3238/TB-LĐTBXH", kind: "thong-bao" }],
    ["tb-4875-ldtbxh", { number: "4875/TB-LĐTBXH", confidence: "unverified" }],
    ["cv-245-vpcp-2022", { number: "245/VPCP-KGVX", issued: "2022-01-11", kind: "cong-van" }],
    ["cv-8056-vpcp-2022", { number: "8056/VPCP-KGVX", issued: "2022-12-01" }],
    ["cv-8662-vpcp-2023", { number: "8662/VPCP-KGVX", issued: "2023-11-03" }],
    ["tb-5015-ldtbxh-2023", { number: "5015/TB-LĐTBXH", issued: "2023-11-22" }],
    ["cv-2450-vpcp-2024", { number: "2450/VPCP-KGVX", issued: "2024-04-12" }],
    ["cv-8726-vpcp-2024", { number: "8726/VPCP-KGVX", issued: "2024-11-26" }],
    ["tb-6150-ldtbxh-2024", { number: "6150/TB-BLĐTBXH", issued: "2024-12-03" }],
    ["tb-9441-bnv-2025", { number: "9441/TB-BNV", issued: "2025-10-16" }],
    ["cv-12729-vpcp-2025", { number: "12729/VPCP-KGVX", issued: "2025-12-25" }],
    ["cv-3383-bnv-2026", { number: "3383/BNV-CVL", issued: "2026-04-10", confidence: "unverified" }],
    ["tt-89-ldtbxh-2014", { number: "89/TTr-LĐTBXH", issued: "2014-11-20", kind: "to-trinh" }],
    ["nq-28-2026-qh16", { number: "28/2026/QH16", inForceFrom: "2026-07-01", confidence: "unverified" }],
    ["ct-09-ct-tu-2021", { number: "09-CT/TU", issued: "2021-08-25", kind: "chi-thi" }],
    ["ct-17-ct-tu-2015", { number: "17-CT/TU", issued: "2015-06-16" }],
    ["qd-1898-btp-2025", { number: "1898/QĐ-BTP", issued: "2025-06-25" }],
    ["luat-tthc-2015", { number: "93/2015/QH13", inForceFrom: "2016-07-01" }]
  ]

  it.each(expectations)("%s", (id, expected) => {
    expect(Documents.isDocumentId(id)).toBe(true)
    const doc = Documents.get(id)
    expect(doc.id).toBe(id)
    for (const [key, value] of Object.entries(expected)) {
      expect(doc[key as keyof typeof doc], `${id}.${key}`).toBe(value)
    }
  })

  it("ct-09-ct-tu-2021 is issued by the Tây Ninh Standing Board", () => {
    expect(Documents.get("ct-09-ct-tu-2021").issuer.vi).toBe("Ban Thường vụ Tỉnh ủy Tây Ninh")
  })

  it("the statistical-regime chain TT 01/2013 → 06/2019 → 05/2024", () => {
    expect(Documents.get("tt-01-2013-btp").replacedBy).toEqual(["tt-06-2019-btp"])
    expect(Documents.get("tt-06-2019-btp").replacedBy).toEqual(["tt-05-2024-btp"])
    expect(Documents.get("tt-08-2015-btp").amends).toEqual(["tt-01-2013-btp"])
    expect(Documents.get("luat-thads-2008").replacedBy).toEqual(["luat-thads-2025"])
    expect(Documents.get("nd-62-2015").replacedBy).toEqual(["nd-152-2026"])
  })
})

describe("lookups", () => {
  it("get / lookup / isDocumentId", () => {
    expect(Documents.get("tt-06-2019-btp").number).toBe("06/2019/TT-BTP")
    expect(Documents.lookup("nope")).toBeUndefined()
    expect(Documents.isDocumentId("nope")).toBe(false)
    expect(Documents.isDocumentId(42)).toBe(false)
  })

  it("find / filter", () => {
    expect(Documents.find((doc) => doc.kind === "van-ban-hop-nhat")?.id).toBe("vbhn-2319-2015-btp")
    expect(Documents.find(() => false)).toBeUndefined()
    const unverified = Documents.filter((doc) => doc.confidence === "unverified").map((doc) => doc.id)
    expect(unverified).toEqual(
      expect.arrayContaining(["tb-4875-ldtbxh", "cv-3383-bnv-2026", "nq-28-2026-qh16", "tt-05-2026-btp"])
    )
  })

  it("byNumber: full symbol, case/Đ-insensitive, short number/year form", () => {
    expect(Documents.byNumber("06/2019/TT-BTP")?.id).toBe("tt-06-2019-btp")
    expect(Documents.byNumber("số 62/2015/nđ-cp")?.id).toBe("nd-62-2015")
    expect(Documents.byNumber("62/2015")?.id).toBe("nd-62-2015")
    expect(Documents.byNumber("3238/TB-LDTBXH")?.id).toBe("tb-3238-ldtbxh")
    expect(Documents.byNumber("12/2021")?.id).toBe("ttlt-12-2021")
    expect(Documents.byNumber("06/2019/TT")).toBeUndefined()
    expect(Documents.byNumber("2019")).toBeUndefined()
    expect(Documents.byNumber("")).toBeUndefined()
    expect(Documents.byNumber("999/2099/TT-BTP")).toBeUndefined()
  })

  it("DocumentIdSchema", () => {
    const decode = Schema.decodeUnknownSync(Documents.DocumentIdSchema)
    expect(decode("nd-62-2015")).toBe("nd-62-2015")
    expect(() => decode("nd-62")).toThrow(/Unknown legal document id "nd-62"/)
  })
})

describe("coverage of the domain notes", () => {
  // Every document number the notes (shared/domain/*.md) and the seed cite, written as they write it.
  const cited: ReadonlyArray<readonly [string, string]> = [
    // thads-rules.md
    ["thads-rules", "01/2013/TT-BTP"],
    ["thads-rules", "08/2015/TT-BTP"],
    ["thads-rules", "2319/VBHN-BTP"],
    ["thads-rules", "06/2019/TT-BTP"],
    ["thads-rules", "05/2024/TT-BTP"],
    ["thads-rules", "12/2021/TTLT-BTP-VKSNDTC-TANDTC"],
    ["thads-rules", "13/2021/TT-BTP"],
    ["thads-rules", "10/2017/TT-BTP"],
    ["thads-rules", "94/2022"],
    ["thads-rules", "98/2022"],
    ["thads-rules", "91/2015/QH13"],
    ["thads-rules", "111/2015/QH13"],
    ["thads-rules", "96/2019/QH14"],
    ["thads-rules", "544/BC-CP"],
    ["thads-rules", "470/CQLTHADS"],
    ["thads-rules", "04-CT/TW"],
    ["thads-rules", "62/2015"],
    ["thads-rules", "33/2020"],
    ["thads-rules", "152/2024"],
    ["thads-rules", "152/2026"],
    ["thads-rules", "106/2025/QH15"],
    ["thads-rules", "64/2014"],
    ["thads-rules", "03/2022"],
    ["thads-rules", "05/2016"],
    ["thads-rules", "04/2023"],
    ["thads-rules", "93/2015/QH13"],
    ["thads-rules", "55/2019"],
    ["thads-rules", "71/2016/NĐ-CP"],
    ["thads-rules", "1898/QĐ-BTP"],
    // the yearly target decisions read for kpi/Target.ts (sources in docs/targets.md)
    ["targets", "3005/QĐ-BTP"],
    ["targets", "3428a/QĐ-TCTHADS"],
    ["targets", "2167/QĐ-BTP"],
    ["targets", "940/QĐ-TCTHADS"],
    ["targets", "1229/QĐ-TCTHADS"],
    ["targets", "10/QĐ-TCTHADS"],
    ["thads-rules", "202/2025/QH15"],
    ["thads-rules", "1682/NQ-UBTVQH15"],
    ["thads-rules", "17-CT/TU"],
    ["thads-rules", "01/CT-BTP"],
    ["thads-rules", "05-CT/TU"],
    ["thads-rules", "08-CT/TU"],
    ["thads-rules", "05/CT-TTg"],
    // forms.md
    ["forms", "02/2006/QĐ-BTP"],
    ["forms", "05/2026/TT-BTP"],
    ["forms", "151/2026"],
    // holidays.md
    ["holidays", "45/2019/QH14"],
    ["holidays", "188/1999/QĐ-TTg"],
    ["holidays", "3238/TB-LĐTBXH"],
    ["holidays", "4875/TB-LĐTBXH"],
    ["holidays", "245/VPCP-KGVX"],
    ["holidays", "8056/VPCP-KGVX"],
    ["holidays", "8662/VPCP-KGVX"],
    ["holidays", "5015/TB-LĐTBXH"],
    ["holidays", "2450/VPCP-KGVX"],
    ["holidays", "8726/VPCP-KGVX"],
    ["holidays", "6150/TB-BLĐTBXH"],
    ["holidays", "9441/TB-BNV"],
    ["holidays", "12729/VPCP-KGVX"],
    ["holidays", "3383/BNV-CVL"],
    ["holidays", "89/TTr-LĐTBXH"],
    ["holidays", "145/2020"],
    ["holidays", "80-NQ/TW"],
    ["holidays", "30/NQ-CP"],
    ["holidays", "28/2026/QH16"],
    // directive-09-provisions.md and the seed
    ["seed", "09-CT/TU"]
  ]

  it.each(cited)("%s cites %s", (_file, number) => {
    expect(Documents.byNumber(number), number).toBeDefined()
  })

  // Documents the notes cite by name only (no number in the notes).
  it.each([
    ["Bộ luật Lao động 2012 (Điều 115)", "blld-2012"],
    ["Luật Thi hành án dân sự 2008/2014/2022", "luat-thads-2008"],
    ["Luật Thống kê 2015/2021", "luat-thong-ke-2015"],
    ["Luật Thống kê 2015/2021", "luat-01-2021-qh15"]
  ] as const)("%s → %s", (_name, id) => {
    expect(Documents.isDocumentId(id)).toBe(true)
  })

  it("every registered document is cited by the notes (no stray entries)", () => {
    const covered = new Set<string>([
      ...cited.map(([, number]) => Documents.byNumber(number)!.id),
      "blld-2012",
      "luat-thads-2008",
      "luat-thong-ke-2015",
      "luat-01-2021-qh15",
      // named by the seed (Chỉ thị 09-CT/TU §4.7) without a number
      "chuong-trinh-cchc-2021-2025",
      // the GSO metadata page of the notes' source S8 (thads-rules.md §1): not a legal text, no number
      "gso-ket-qua-thads"
    ])
    expect(Documents.ids.filter((id) => !covered.has(id))).toEqual([])
  })
})

describe("the completion rate's basis", () => {
  it("the GSO metadata page (S8) is registered with its address; TT 10/2017 says its 1901/1904 text was not read", () => {
    const gso = Documents.get("gso-ket-qua-thads")
    expect([gso.kind, gso.confidence]).toEqual(["du-lieu-dac-ta", "verified"])
    expect(gso.sources).toEqual([
      "S8 https://www.gso.gov.vn/du-lieu-dac-ta/2019/12/htcttkqg-ket-qua-thi-hanh-an-dan-su/"
    ])
    expect(gso.issuer.vi).toBe("Tổng cục Thống kê")
    expect(Documents.get("tt-10-2017-btp").notes).toContain("the text of 1901/1904 itself was not read [U]")
  })
})
