/**
 * The Excel side of the functions: functions.json generated from the JSDoc
 * (custom-functions-metadata) names exactly the functions registered, the
 * built files are that metadata (English) and its Vietnamese localisation,
 * and errors reach Excel as CustomFunctions.Error in the display language.
 */
import { existsSync, readFileSync } from "node:fs"
import { fileURLToPath } from "node:url"
import { generateCustomFunctionsMetadata } from "custom-functions-metadata/lib/generate.js"
import { afterEach, beforeAll, describe, expect, it } from "vitest"
import * as Localized from "../../src/functions/Localized.js"
import * as Worksheet from "../../src/functions/Worksheet.js"

const source = fileURLToPath(new URL("../../src/functions/Worksheet.ts", import.meta.url))
const dist = fileURLToPath(new URL("../../dist/", import.meta.url))

interface Fn {
  id: string
  name: string
  description: string
  parameters: Array<{ name: string; description: string; optional?: boolean; dimensionality?: string }>
  result: { dimensionality?: string }
}
let metadata: { functions: Array<Fn> }
let associate: Array<{ functionName: string; id: string }>

beforeAll(async () => {
  const r = await generateCustomFunctionsMetadata(source, false)
  expect(r.errors).toEqual([])
  metadata = JSON.parse(r.metadataJson)
  associate = r.associate
})

const g = globalThis as Record<string, unknown>
afterEach(() => {
  delete g.CustomFunctions
  delete g.Office
})

describe("functions.json", () => {
  it("names the twelve functions registered, each id bound to the function its JSDoc documents", () => {
    expect(metadata.functions.map((f) => f.id)).toEqual(Object.keys(Worksheet.byId))
    for (const a of associate) {
      expect((Worksheet.byId as Record<string, { name: string }>)[a.id]!.name).toBe(a.functionName)
    }
    for (const f of metadata.functions) {
      expect(f.id).toMatch(/^[A-Z][A-Z0-9_.]{2,}$/)
      expect(f.description.length).toBeGreaterThan(10)
    }
  })
  it("has the shapes Excel needs: optional regime and leap, matrix rows, spilled results", () => {
    const byId = new Map(metadata.functions.map((f) => [f.id, f]))
    expect(byId.get("DEADLINE")!.parameters[3]!.optional).toBe(true)
    expect(byId.get("SOLAR")!.parameters[3]!.optional).toBe(true)
    expect(byId.get("COMPLETION")!.parameters[0]!.dimensionality).toBe("matrix")
    expect(byId.get("PERIOD")!.result.dimensionality).toBe("matrix")
    expect(byId.get("LUNAR")!.result.dimensionality).toBe("matrix")
  })
  it("every function has Vietnamese texts, one per parameter, names distinct and not cell-like", () => {
    const vi = Localized.localize(metadata)
    const names = vi.functions.map((f) => f.name)
    expect(new Set(names).size).toBe(names.length)
    for (const f of vi.functions) {
      expect(f.name).toBe(f.name.toUpperCase())
      expect(f.name).not.toMatch(/^[A-Z]{1,3}\d+$/)
      expect(f.name.length).toBeGreaterThanOrEqual(3)
    }
    expect(vi.functions.find((f) => f.id === "DEADLINE")!.name).toBe("HẠN_BÁO_CÁO")
    expect(vi.functions.find((f) => f.id === "DEADLINE")!.parameters[3]!.optional).toBe(true)
  })
  it("localize refuses missing or surplus texts", () => {
    const { CITE: _, ...missing } = Localized.vi
    expect(() => Localized.localize(metadata, missing)).toThrow(/CITE has no Vietnamese/)
    expect(() => Localized.localize(metadata, { ...Localized.vi, EXTRA: Localized.vi.CITE! })).toThrow(/EXTRA/)
  })
  it.skipIf(!existsSync(`${dist}functions.json`))(
    "the built functions.json and functions.vi.json are the metadata of the source",
    () => {
      expect(JSON.parse(readFileSync(`${dist}functions.json`, "utf8"))).toEqual(metadata)
      expect(JSON.parse(readFileSync(`${dist}functions.vi.json`, "utf8"))).toEqual(Localized.localize(metadata))
    }
  )
})

describe("in the Excel runtime", () => {
  class FakeError extends Error {
    constructor(
      readonly code: string,
      message?: string
    ) {
      super(message)
    }
  }
  const thrown = (f: () => unknown): FakeError => {
    try {
      f()
    } catch (e) {
      if (e instanceof FakeError) return e
      throw e
    }
    throw new Error("expected a CustomFunctions.Error")
  }
  const install = (displayLanguage: string) => {
    const associated: Record<string, unknown> = {}
    g.CustomFunctions = {
      associate: (id: string, f: unknown) => {
        associated[id] = f
      },
      Error: FakeError,
      ErrorCode: { invalidValue: "#VALUE!", invalidNumber: "#NUM!", notAvailable: "#N/A", divisionByZero: "#DIV/0!" }
    }
    g.Office = { context: { displayLanguage } }
    return associated
  }
  it("register associates every id", () => {
    expect(Worksheet.register()).toBe(false)
    const associated = install("vi-VN")
    expect(Worksheet.register()).toBe(true)
    expect(Object.keys(associated)).toEqual(Object.keys(Worksheet.byId))
  })
  it("a bad argument becomes CustomFunctions.Error with the message in the display language", () => {
    install("vi-VN")
    expect(() => Worksheet.rate(1, 0)).toThrow(FakeError)
    const num = thrown(() => Worksheet.deadline(2022, 13, "chi-cuc"))
    expect(num.code).toBe("#NUM!")
    expect(num.message).toContain("cần số nguyên trong 1–12")
    install("en-US")
    const value = thrown(() => Worksheet.period("2023-02-30"))
    expect(value.code).toBe("#VALUE!")
    expect(value.message).toContain("invalid date")
    expect(Worksheet.period("2022-03-15")[0]![0]).toMatch(/^6 months of statistical year 2022/)
    expect(Worksheet.cite("report-late")).toBe("Article 9(2), Circular 06/2019/TT-BTP")
  })
  it("results are plain Excel values", () => {
    expect(Worksheet.deadline(2022, 4, "chi-cuc")).toBe(44600)
    expect(Worksheet.isworkday("2024-05-04")).toBe(true)
  })
})
