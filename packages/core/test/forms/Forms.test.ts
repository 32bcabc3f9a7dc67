import { readFileSync, writeFileSync } from "node:fs"
import { fileURLToPath } from "node:url"
import { describe, expect, it } from "vitest"
import * as Documents from "../../src/citation/Documents.js"
import * as ReportCheck from "../../src/compliance/ReportCheck.js"
import * as Forms from "../../src/forms/Forms.js"
import * as Searches from "../../src/forms/Searches.js"
import * as Identity from "../../src/statistics/Identity.js"

describe("Forms catalogue", () => {
  it("lists the 12 forms of TT 05/2024 and the 4 inter-agency forms, with unique ids and codes", () => {
    expect(Forms.all).toHaveLength(16)
    expect(new Set(Forms.all.map((f) => f.id)).size).toBe(16)
    expect(Forms.ttlt12_2021.map((f) => f.code)).toEqual([
      "01/TKLN-THADS",
      "02/TKLN-THADS",
      "03/TKLN-THADS",
      "04/TKLN-THADS"
    ])
  })

  it("marks encoded only the forms read, written and checked through the report, with real identities", () => {
    expect(Forms.all.filter((f) => f.status === "encoded").map((f) => f.id)).toEqual([
      "tt05-2024/1",
      "tt05-2024/2",
      "tt05-2024/4",
      "tt05-2024/5"
    ])
    for (const f of Forms.all) {
      if (f.status === "encoded") {
        expect(f.coverage.kind).toBe("report")
        expect(f.identities.length).toBeGreaterThan(0)
        for (const id of f.identities) expect(Identity.get(id), id).toBeDefined()
      } else {
        expect(f.coverage.kind).toBe("none")
        expect(f.identities).toEqual([])
        expect(Searches.forForm(f.id).length, f.id).toBeGreaterThan(0)
      }
      expect(Documents.isDocumentId(f.basis.document)).toBe(true)
    }
  })

  it("finds a form by what a user types", () => {
    expect(Forms.find("4")?.id).toBe("tt05-2024/4")
    expect(Forms.find(" tt05-2024/12 ")?.id).toBe("tt05-2024/12")
    expect(Forms.find("01/TKLN-THADS")?.id).toBe("ttlt12-2021/01")
    expect(Forms.find("3/tkln")?.id).toBe("ttlt12-2021/03")
    expect(Forms.find("ttlt12-2021/04")?.id).toBe("ttlt12-2021/04")
    expect(Forms.find("13")).toBeUndefined()
    expect(Forms.find("")).toBeUndefined()
    expect(Forms.find("5/TKLN")).toBeUndefined()
  })

  it("every search names forms that exist", () => {
    const ids = new Set(Forms.all.map((f) => f.id))
    for (const s of Searches.all)
      for (const f of s.forms) expect(f.endsWith("/*") || ids.has(f), `${s.id} → ${f}`).toBe(true)
  })

  it("docs/forms.md is generated from the catalogue", () => {
    const file = fileURLToPath(new URL("../../../../docs/forms.md", import.meta.url))
    // UPDATE_DOCS=1 npx vitest run --root packages/core test/forms/Forms.test.ts regenerates it.
    if (process.env["UPDATE_DOCS"] === "1") writeFileSync(file, Forms.toMarkdown())
    expect(readFileSync(file, "utf8")).toBe(Forms.toMarkdown())
  })
})

describe("examples of the encoded forms", () => {
  const load = (path: string) => readFileSync(fileURLToPath(new URL(`../../../../${path}`, import.meta.url)), "utf8")
  it.each(Forms.all.filter((f) => f.status === "encoded").map((f) => [f.id, f] as const))(
    "%s: the consistent example is valid, the broken one is not",
    (_id, f) => {
      const ok = ReportCheck.check(load(f.examples!.consistent))
      expect(ok.findings.filter((x) => x.severity === "error")).toEqual([])
      const broken = ReportCheck.check(load(f.examples!.broken))
      const errors = broken.findings.filter((x) => x.severity === "error").map((x) => x.code)
      expect(errors).toContain("identity-violated")
      if (f.coverage.kind === "report" && f.coverage.rows !== "total") expect(errors).toContain("total-not-sum")
    }
  )
})
