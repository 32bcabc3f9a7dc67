/** `Thahc.decodeJson`: a JSON document of THAHC cases, every problem at its JSON Pointer, bounded, never throwing. */
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import * as Thahc from "../../../src/cases/Thahc.js"

const one = { id: "hc-1", judgmentDate: "2024-01-10", receivedDate: "2024-02-16", kind: "a" }

describe("Thahc.decodeJson", () => {
  it("an array of cases, or { cases: [...] }", () => {
    const a = Thahc.decodeJson(JSON.stringify([one]))
    expect(a).toMatchObject({ _tag: "Success", cases: [{ id: "hc-1", kind: "a" }] })
    const b = Thahc.decodeJson(
      JSON.stringify({ cases: [one, { ...one, id: "hc-2", obligedReportDate: "2024-03-20" }] })
    )
    expect(b._tag === "Success" && b.cases.map((c) => c.id)).toEqual(["hc-1", "hc-2"])
  })

  it("every problem at its JSON Pointer, in Vietnamese and English", () => {
    const r = Thahc.decodeJson(
      JSON.stringify({
        cases: [
          { ...one, kind: "x", extra: 1 },
          { ...one, id: "hc-2", receivedDate: "2024-02-30" },
          { ...one, id: "hc-1", noticeDate: "2024-02-01" },
          { ...one, id: "hc-4", resultNoticeDate: "2024-03-01", meetingDate: "2024-03-02" }
        ]
      })
    )
    expect(r._tag).toBe("Failure")
    const problems = r._tag === "Failure" ? r.problems : []
    expect(problems.map((p) => [p.path, p.code])).toEqual([
      ["/cases/0/kind", "invalid"],
      ["/cases/0/extra", "unexpected-key"],
      ["/cases/1/receivedDate", "invalid"],
      ["/cases/2/id", "duplicate-id"],
      ["/cases/2/noticeDate", "inconsistent-date"],
      ["/cases/3/meetingDate", "needs-date"],
      ["/cases/3/resultNoticeDate", "needs-date"]
    ])
    for (const p of problems) {
      expect(p.message.vi.length).toBeGreaterThan(0)
      expect(p.message.en.length).toBeGreaterThan(0)
    }
    expect(problems[3]?.message.en).toBe('duplicate case id "hc-1" (also /cases/0)')
    expect(problems[6]?.message.vi).toContain("completedDate")
  })

  it("the document: not JSON, a repeated key, the wrong top level, unknown top-level keys", () => {
    expect(Thahc.decodeJson("{")).toMatchObject({ _tag: "Failure", problems: [{ path: "", code: "not-json" }] })
    expect(Thahc.decodeJson('[{"id":"a","id":"b"}]')).toMatchObject({
      _tag: "Failure",
      problems: [{ path: "/0/id", code: "duplicate-key" }]
    })
    expect(Thahc.decodeJson('"x"')).toMatchObject({ _tag: "Failure", problems: [{ path: "", code: "invalid" }] })
    expect(Thahc.decodeJson('{"cases":[],"unit":"x"}')).toMatchObject({
      _tag: "Failure",
      problems: [{ path: "/unit", code: "unexpected-key" }]
    })
    expect(Thahc.decodeJson('{"cases":{}}')).toMatchObject({
      _tag: "Failure",
      problems: [{ path: "/cases", code: "invalid" }]
    })
    expect(Thahc.decodeJson("[]")).toEqual({ _tag: "Success", cases: [] })
  })

  it("bounded: the text's size, the number of cases, the number of problems listed", () => {
    const big = " ".repeat(Thahc.MAX_TEXT_LENGTH + 1)
    expect(Thahc.decodeJson(big)).toMatchObject({ _tag: "Failure", problems: [{ path: "", code: "too-large" }] })
    const many = `[${Array.from({ length: Thahc.MAX_CASES + 1 }, () => "1").join(",")}]`
    expect(Thahc.decodeJson(many)).toMatchObject({ _tag: "Failure", problems: [{ path: "", code: "too-many-cases" }] })
    const objects = `[${Array.from({ length: Thahc.MAX_CASES + 1 }, () => "{}").join(",")}]`
    expect(Thahc.decodeJson(objects)._tag).toBe("Failure")
    const bad = JSON.stringify(Array.from({ length: Thahc.MAX_PROBLEMS }, () => ({ id: "" })))
    const r = Thahc.decodeJson(bad)
    const problems = r._tag === "Failure" ? r.problems : []
    expect(problems.length).toBe(Thahc.MAX_PROBLEMS + 1)
    expect(problems.at(-1)).toMatchObject({ path: "", code: "too-many-problems" })
  })

  it("never throws, whatever the text", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.json(),
          fc.jsonValue().map((v) => JSON.stringify({ cases: [v] }))
        ),
        (s) => {
          const r = Thahc.decodeJson(s)
          expect(["Success", "Failure"]).toContain(r._tag)
          if (r._tag === "Failure")
            for (const p of r.problems) expect(p.path === "" || p.path.startsWith("/")).toBe(true)
        }
      ),
      { numRuns: 300 }
    )
  })
})
