import { describe, expect, it } from "vitest"
import * as Citation from "../../src/citation/Citation.js"
import * as Documents from "../../src/citation/Documents.js"
import * as Check from "../../src/directive/Check.js"
import * as Checks09 from "../../src/directive/Checks09.js"
import * as Coverage from "../../src/directive/Coverage.js"
import * as Directive from "../../src/directive/Directive.js"
import * as Directive09 from "../../src/directive/Directive09.js"

/** The reference decomposition (directive-09-provisions.md): provision → responsible actors. */
const reference: ReadonlyArray<readonly [string, ReadonlyArray<string>]> = [
  ["1.1", ["A02"]],
  ["1.2", ["A02"]],
  ["1.3", ["A04", "A05", "A06", "A07"]],
  ["1.4", ["A02"]],
  ["2.1", ["A03"]],
  ["2.2", ["A03"]],
  ["2.3", ["A03"]],
  ["2.4", ["A03"]],
  ["2.5", ["A03"]],
  ["2.6", ["A03"]],
  ["3.1", ["A04", "A05", "A06"]],
  ["4.1", ["A07"]],
  ["4.2", ["A07"]],
  ["4.3", ["A07"]],
  ["4.4", ["A07"]],
  ["4.5", ["A07"]],
  ["4.6", ["A07"]],
  ["4.7", ["A07"]],
  ["4.8", ["A07"]],
  ["4.9", ["A07"]],
  ["5.1", ["A09", "A10", "A11"]],
  ["6.1", ["A12"]],
  ["7.1", ["A13"]],
  ["8.1", ["A14"]]
]

describe("Chỉ thị 09-CT/TU as data", () => {
  const d = Directive09.directive

  it("has all 16 actors A01–A16 with Vietnamese and English names", () => {
    expect(d.actors.map((a) => a.id)).toEqual(
      Array.from({ length: 16 }, (_, i) => `A${String(i + 1).padStart(2, "0")}`)
    )
    for (const a of d.actors) {
      expect(a.name.vi.length).toBeGreaterThan(3)
      expect(a.name.en.length).toBeGreaterThan(3)
    }
    expect(Directive.actor(d, "A14").name.vi).toBe("Ban Nội chính Tỉnh ủy")
  })

  it.each(reference)("provision §%s: actors, texts, citation", (id, actors) => {
    const p = d.provisions.find((x) => x.id === id)!
    expect(p).toBeDefined()
    expect(p.actors).toEqual(actors)
    expect(p.text.vi.length).toBeGreaterThan(20)
    expect(p.text.en.length).toBeGreaterThan(20)
    expect(p.citation).toEqual({ document: "ct-09-ct-tu-2021", section: id })
    expect(Citation.renderVi(p.citation)).toBe(`mục ${id} Chỉ thị 09-CT/TU`)
  })

  it("has exactly the 24 provisions of the reference, in order", () => {
    expect(d.provisions.map((p) => p.id)).toEqual(reference.map(([id]) => id))
  })

  it("names the documents the provisions invoke", () => {
    const invokes = (id: string) => d.provisions.find((p) => p.id === id)!.invokes
    expect(invokes("4.6")).toEqual(["ct-01-btp-2014"])
    expect(invokes("4.9")).toEqual(["ct-05-ct-tu-2021", "ct-08-ct-tu-2021"])
    expect(Directive.provisionsOf(d, "A07").map((p) => p.id)).toEqual([
      "1.3",
      "4.1",
      "4.2",
      "4.3",
      "4.4",
      "4.5",
      "4.6",
      "4.7",
      "4.8",
      "4.9"
    ])
  })

  it("rejects a directive with a dangling reference", () => {
    expect(() =>
      Directive.validate({ ...d, provisions: [...d.provisions, { ...d.provisions[0]!, id: "9.9", actors: ["A99"] }] })
    ).toThrow(/unknown actor A99/)
  })
})

describe("measurable checks", () => {
  it.each(Checks09.all.map((c) => [c.id, c] as const))("%s: every worked example gives its status", (_, check) => {
    expect(check.examples.length).toBeGreaterThan(1)
    expect(Check.failingExamples(check)).toEqual([])
    for (const p of check.provisions) expect(Directive09.directive.provisions.some((x) => x.id === p)).toBe(true)
  })

  it("the coverage map is computed from the code", () => {
    const map = Coverage.compute(Directive09.directive, Checks09.all)
    expect(map.every((e) => e.encoded)).toBe(true)
    expect(map.filter((e) => e.measurable).map((e) => e.provision)).toEqual([
      "1.3",
      "2.3",
      "2.4",
      "2.5",
      "4.2",
      "4.3",
      "4.4",
      "4.5",
      "8.1"
    ])
    expect(map.filter((e) => e.measurable).every((e) => e.tested)).toBe(true)
    expect(Coverage.summary(map)).toEqual({ provisions: 24, encoded: 24, measurable: 9, tested: 9 })
  })

  it("a check whose example is wrong is reported as untested", () => {
    const broken = {
      ...Checks09.complaintsFalling,
      examples: [{ name: "wrong", input: { current: 1, previous: 2 }, status: "fail" as const }]
    }
    const entry = Coverage.compute(Directive09.directive, [broken]).find((e) => e.provision === "4.5")!
    expect(entry).toMatchObject({ measurable: true, tested: false, failingExamples: ["complaints-falling: wrong"] })
  })
})

describe("issue #13 item 8: invoked only when the text names it; related otherwise, assumed", () => {
  const d = Directive09.directive
  const p = (id: string) => d.provisions.find((x) => x.id === id)!

  it("is encoded from the published summary, and the coverage map says so", () => {
    expect(d.source.kind).toBe("published-summary")
    expect(Coverage.scope(d).covers).toBe("published-summary")
    expect(Coverage.scope(d).text.en).toMatch(/^Coverage of the published summary, not the full text/)
  })

  it("invokes exactly the documents the summary names", () => {
    const named = d.provisions.flatMap((x) => x.invokes.map((doc) => [x.id, doc]))
    expect(named).toEqual([
      ["4.6", "ct-01-btp-2014"],
      ["4.7", "chuong-trinh-cchc-2021-2025"],
      ["4.9", "ct-05-ct-tu-2021"],
      ["4.9", "ct-08-ct-tu-2021"]
    ])
    expect(d.invokes).toEqual(["ct-17-ct-tu-2015"]) // the preamble
    // Each invoked document's name or number appears in the seed's text (verbatim excerpts of
    // ../shared/seed/chi-thi-09-CT-TU-tay-ninh-2021.txt).
    const seed = [
      "thực hiện Chỉ thị số 17-CT/TU ngày 16/6/2015 của Ban Thường vụ Tỉnh ủy",
      "Chỉ thị số 01/CT-BTP ngày 11/02/2014 của Bộ trưởng Bộ Tư pháp",
      "Chương trình tổng thể cải cách hành chính, giai đoạn 2021-2025",
      "Thực hiện tốt Chỉ thị số 05-CT/TU ngày 20/7/2021",
      "Chỉ thị số 08-CT/TU ngày 27/7/2021"
    ].join(" | ")
    expect(seed).toContain(Documents.get("ct-17-ct-tu-2015").number!)
    for (const [, doc] of named) {
      const entry = Documents.get(doc as Documents.DocumentId)
      expect(seed).toContain(entry.number ?? entry.shortName.vi)
    }
  })

  it("everything else is related, basis assumed, with why", () => {
    expect(p("2.3").related.map((r) => r.document)).toEqual(["nd-62-2015", "ttlt-05-2016"])
    for (const id of ["4.1", "4.2", "4.3", "4.4", "4.5"]) {
      expect(p(id).invokes).toEqual([])
      expect(p(id).related.length).toBeGreaterThan(0)
    }
    for (const x of d.provisions) {
      for (const r of x.related) {
        expect(r.basis).toBe("assumed")
        expect(r.why.vi.length).toBeGreaterThan(10)
        expect(r.why.en).toMatch(/does not name it/)
      }
    }
  })

  it("does not say it replaces Chỉ thị 17-CT/TU", () => {
    expect(Documents.get("ct-17-ct-tu-2015").replacedBy).toBeUndefined()
    expect(Documents.all.some((doc) => doc.replacedBy?.includes("ct-09-ct-tu-2021"))).toBe(false)
  })

  it("a document both invoked and related is refused", () => {
    const bad = {
      ...d,
      provisions: [
        {
          ...p("4.6"),
          related: [{ document: "ct-01-btp-2014" as const, basis: "assumed" as const, why: { vi: "x", en: "x" } }]
        }
      ]
    }
    expect(() => Directive.validate(bad)).toThrow(/both invoked and related/)
  })
})
