import { readFileSync } from "node:fs"
import { describe, expect, it } from "vitest"
import * as FindingCatalogue from "../../src/compliance/FindingCatalogue.js"
import * as Rules from "../../src/compliance/Rules.js"

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
    expect(file.trimEnd()).toBe(Rules.findingsMarkdown().trimEnd())
  })

  it("every code of the union has an entry, and every entry a code of the union", () => {
    expect(FindingCatalogue.entries.map((e) => e.code)).toEqual([...FindingCatalogue.codes])
  })

  it("every code a rule may emit is catalogued, and the assumed codes are marked in the docs", () => {
    for (const r of Rules.all) for (const c of r.codes) expect(FindingCatalogue.codes).toContain(c)
    const md = Rules.findingsMarkdown()
    expect(md).toMatch(/\| `report-late` \| error \| may be assumed \|/)
    expect(md).toMatch(/\| `backlog-rising` \| warning \| may be assumed \|/)
    expect(md).toMatch(/\| `report-negative` \| error \| — \|/)
  })

  it("unknown codes are a programming error", () => {
    expect(() => FindingCatalogue.get("no-such-code")).toThrow(/unknown finding code/)
  })
})
