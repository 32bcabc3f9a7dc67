import { readFileSync } from "node:fs"
import { describe, expect, it } from "vitest"
import * as FindingCatalogue from "../../src/compliance/FindingCatalogue.js"

describe("FindingCatalogue", () => {
  it("codes are unique kebab-case with templates in both languages", () => {
    const codes = FindingCatalogue.entries.map((e) => e.code)
    expect(new Set(codes).size).toBe(codes.length)
    for (const e of FindingCatalogue.entries) {
      expect(e.code).toMatch(/^[a-z]+(-[a-z]+)*$/)
      expect(e.template.vi.length).toBeGreaterThan(3)
      expect(e.template.en.length).toBeGreaterThan(3)
      expect(e.title.vi.length).toBeGreaterThan(3)
    }
  })

  it("placeholders: the same names in vi and en", () => {
    const names = (t: string) => [...t.matchAll(/\{([a-zA-Z]+)\}/g)].map((m) => m[1]).sort()
    for (const e of FindingCatalogue.entries) expect(names(e.template.vi)).toEqual(names(e.template.en))
  })

  it("docs/findings.md is generated from the catalogue (npx thads findings > docs/findings.md)", () => {
    const file = readFileSync(new URL("../../../../docs/findings.md", import.meta.url), "utf8")
    expect(file.trimEnd()).toBe(FindingCatalogue.toMarkdown().trimEnd())
  })

  it("unknown codes are a programming error", () => {
    expect(() => FindingCatalogue.get("no-such-code")).toThrow(/unknown finding code/)
  })
})
