import { describe, expect, it } from "vitest"
import * as Schema from "effect/Schema"
import * as Citation from "../../src/citation/Citation.js"

describe("Citation.renderVi / renderEn", () => {
  it("point, clause and article of a named law", () => {
    const c = Citation.make("luat-thads-2008", { article: "44a", clause: 1, point: "a" })
    expect(Citation.renderVi(c)).toBe("điểm a khoản 1 Điều 44a Luật Thi hành án dân sự")
    expect(Citation.renderEn(c)).toBe("Article 44a(1)(a), Law on Civil Judgment Enforcement")
  })

  it("clause and article of a numbered circular", () => {
    const c = Citation.make("tt-06-2019-btp", { article: "9", clause: 2 })
    expect(Citation.renderVi(c)).toBe("khoản 2 Điều 9 Thông tư 06/2019/TT-BTP")
    expect(Citation.renderEn(c)).toBe("Article 9(2), Circular 06/2019/TT-BTP")
  })

  it("article only", () => {
    const c = Citation.make("luat-thads-2008", { article: "30" })
    expect(Citation.renderVi(c)).toBe("Điều 30 Luật Thi hành án dân sự")
    expect(Citation.renderEn(c)).toBe("Article 30, Law on Civil Judgment Enforcement")
  })

  it("document only", () => {
    const c = Citation.make("ct-09-ct-tu-2021")
    expect(Citation.renderVi(c)).toBe("Chỉ thị 09-CT/TU")
    expect(Citation.renderEn(c)).toBe("Directive 09-CT/TU")
    expect(Citation.renderVi(Citation.make("tt-05-2024-btp"))).toBe("Thông tư 05/2024/TT-BTP")
  })

  it("decrees, joint circulars and codes; English numbers in ASCII", () => {
    const nd = Citation.make("nd-62-2015", { article: "9", clause: 5 })
    expect(Citation.renderVi(nd)).toBe("khoản 5 Điều 9 Nghị định 62/2015/NĐ-CP")
    expect(Citation.renderEn(nd)).toBe("Article 9(5), Decree 62/2015/ND-CP")
    expect(Citation.render(Citation.make("ttlt-12-2021", { article: "6" }), "vi")).toBe(
      "Điều 6 Thông tư liên tịch 12/2021/TTLT-BTP-VKSNDTC-TANDTC"
    )
    expect(Citation.render(Citation.make("blds-2015", { article: "148" }), "en")).toBe("Article 148, Civil Code 2015")
    expect(Citation.renderVi(Citation.make("blld-2019", { article: "112", clause: 1 }))).toBe(
      "khoản 1 Điều 112 Bộ luật Lao động năm 2019"
    )
    expect(Citation.renderEn(Citation.make("tb-6150-ldtbxh-2024"))).toBe("Notice 6150/TB-BLDTBXH")
  })

  it("the point đ keeps its letter", () => {
    const c = Citation.make("luat-thads-2008", { article: "36", clause: 2, point: "đ" })
    expect(Citation.renderVi(c)).toBe("điểm đ khoản 2 Điều 36 Luật Thi hành án dân sự")
    expect(Citation.renderEn(c)).toBe("Article 36(2)(đ), Law on Civil Judgment Enforcement")
  })

  it("a point directly under an article", () => {
    const c = Citation.make("luat-tthc-2015", { article: "311", point: "h" })
    expect(Citation.renderVi(c)).toBe("điểm h Điều 311 Luật Tố tụng hành chính")
    expect(Citation.renderEn(c)).toBe("Article 311(h), Law on Administrative Procedure")
  })
})

describe("Citation.make", () => {
  it("keeps only the given parts", () => {
    expect(Citation.make("nd-62-2015", { article: "9", clause: undefined })).toStrictEqual({
      document: "nd-62-2015",
      article: "9"
    })
  })

  it.each([
    [{ clause: 1 }, /clause \(khoản 1\) needs an article/],
    [{ point: "a" }, /point \(điểm a\) needs an article/],
    [{ article: "9", clause: 0 }, /clause 0 is not a positive integer/],
    [{ article: "9", clause: 1.5 }, /clause 1.5 is not a positive integer/],
    [{ article: "9", clause: 1, point: "f" }, /point "f" is not a Vietnamese point letter/],
    [{ article: "Điều 9" }, /article "Điều 9" is not an article number/],
    [{ article: "0" }, /article "0"/]
  ])("rejects %o", (at, message) => {
    expect(() => Citation.make("tt-06-2019-btp", at)).toThrow(Citation.InvalidCitationError)
    expect(() => Citation.make("tt-06-2019-btp", at)).toThrow(message)
  })

  it("rejects an unregistered document at run time", () => {
    expect(() => Citation.make("tt-06-2019" as never)).toThrow(/Unknown legal document id "tt-06-2019"/)
  })
})

describe("CitationSchema", () => {
  const decode = Schema.decodeUnknownSync(Citation.CitationSchema)

  it("decodes a valid JSON citation", () => {
    const json =
      '{"document":"luat-thads-2008","article":"44a","clause":1,"point":"a","note":{"vi":"chưa có điều kiện","en":"not yet enforceable"}}'
    const c = decode(JSON.parse(json))
    expect(c).toStrictEqual({
      document: "luat-thads-2008",
      article: "44a",
      clause: 1,
      point: "a",
      note: { vi: "chưa có điều kiện", en: "not yet enforceable" }
    })
    expect(Citation.renderVi(c)).toBe("điểm a khoản 1 Điều 44a Luật Thi hành án dân sự")
  })

  it("rejects an unknown document id with a clear message", () => {
    expect(() => decode({ document: "tt-06-2019", article: "9" })).toThrow(
      /Unknown legal document id "tt-06-2019" \(not in the registry of @thads\/core\)/
    )
    expect(() => Citation.fromJSON({ document: 42 })).toThrow()
  })

  it("rejects structural errors with the reason", () => {
    expect(() => decode({ document: "tt-06-2019-btp", clause: 2 })).toThrow(/needs an article/)
    expect(() => decode({ document: "tt-06-2019-btp", article: "9", clause: "2" })).toThrow()
  })

  it("round-trips through toJSON / JSON.stringify / fromJSON", () => {
    const c = Citation.make("tt-06-2019-btp", { article: "9", clause: 2 })
    const text = JSON.stringify(Citation.toJSON(c))
    expect(text).toBe('{"document":"tt-06-2019-btp","article":"9","clause":2}')
    expect(Citation.equals(Citation.fromJSON(JSON.parse(text)), c)).toBe(true)
    expect(Schema.encodeSync(Citation.CitationSchema)(c)).toStrictEqual(Citation.toJSON(c))
  })
})

describe("Citation.equals / sameDocument / isWithin", () => {
  const a = Citation.make("luat-thads-2008", { article: "44a", clause: 1, point: "a" })
  const b = Citation.make("luat-thads-2008", { article: "44a", clause: 1, point: "a", note: { vi: "x", en: "x" } })
  const art = Citation.make("luat-thads-2008", { article: "44a" })
  const other = Citation.make("nd-62-2015", { article: "44a" })

  it("equals compares the location and ignores the note", () => {
    expect(Citation.equals(a, b)).toBe(true)
    expect(Citation.equals(a, art)).toBe(false)
    expect(Citation.equals(art, other)).toBe(false)
  })

  it("sameDocument", () => {
    expect(Citation.sameDocument(a, art)).toBe(true)
    expect(Citation.sameDocument(art, other)).toBe(false)
  })

  it("isWithin", () => {
    expect(Citation.isWithin(a, art)).toBe(true)
    expect(Citation.isWithin(art, a)).toBe(false)
    expect(Citation.isWithin(a, Citation.make("luat-thads-2008"))).toBe(true)
    expect(Citation.isWithin(other, art)).toBe(false)
  })

  it("documentOf", () => {
    expect(Citation.documentOf(other).number).toBe("62/2015/NĐ-CP")
  })
})

describe("sections of documents without articles", () => {
  it("renders a directive's section", () => {
    const c = Citation.make("ct-09-ct-tu-2021", { section: "1.3" })
    expect(Citation.renderVi(c)).toBe("mục 1.3 Chỉ thị 09-CT/TU")
    expect(Citation.renderEn(c).startsWith("§1.3, ")).toBe(true)
    expect(Citation.toJSON(c)).toEqual({ document: "ct-09-ct-tu-2021", section: "1.3" })
  })
  it("rejects a section combined with an article, or a malformed section", () => {
    expect(() => Citation.make("ct-09-ct-tu-2021", { section: "1.3", article: "2" })).toThrow(/cannot be combined/)
    expect(() => Citation.make("ct-09-ct-tu-2021", { section: "one" })).toThrow(/section/)
  })
})
