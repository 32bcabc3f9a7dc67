import { describe, expect, it } from "vitest"
import * as Imports from "../src/Imports.ts"

const core = (spec: string) => /^@thads\/core(\/testing|\/internal)?$/.test(spec)

describe("Imports.rewrite", () => {
  it("loads modules not in scope", () => {
    expect(Imports.rewrite('import * as Schema from "effect/Schema"', core)).toBe(
      'const Schema = await __import("effect/Schema")'
    )
    expect(Imports.rewrite('import { Schema, Option as O } from "effect"', core)).toBe(
      'const { Schema, Option: O } = await __import("effect")'
    )
    expect(Imports.rewrite('import { type A, B } from "x"', core)).toBe('const { B } = await __import("x")')
    expect(Imports.rewrite('import ExcelJS from "exceljs"', core)).toBe(
      'const ExcelJS = (await __import("exceljs")).default'
    )
  })

  it("drops the imports of modules in scope and every import type", () => {
    expect(Imports.rewrite('import { CivilDate } from "@thads/core"\nx', core)).toBe("\nx")
    expect(Imports.rewrite('import { Synthetic } from "@thads/core/testing";', core)).toBe("")
    expect(Imports.rewrite('import type { Report } from "@thads/core"', core)).toBe("")
    expect(Imports.rewrite('import type { Grid } from "@thads/xlsx"', core)).toBe("")
    expect(Imports.rewrite('import { Read } from "@thads/xlsx"', core)).toBe(
      'const { Read } = await __import("@thads/xlsx")'
    )
  })

  it("leaves the lines of a template literal alone, even one that reads as an import", () => {
    const code = 'const t = `\nimport * as S from "effect/Schema"\n`\nimport { A } from "a"'
    expect(Imports.rewrite(code, core)).toBe(
      'const t = `\nimport * as S from "effect/Schema"\n`\nconst { A } = await __import("a")'
    )
  })

  it("keeps the example's lines, so a failure names the right one", () => {
    const code = 'a\n\nimport { CivilDate } from "@thads/core"\n\nimport * as S from "effect/Schema"\n\nb // 1'
    const rewritten = Imports.rewrite(code, core).split("\n")
    expect(rewritten).toHaveLength(7)
    expect(rewritten[4]).toBe('const S = await __import("effect/Schema")')
    expect(rewritten[6]).toBe("b // 1")
  })
})
