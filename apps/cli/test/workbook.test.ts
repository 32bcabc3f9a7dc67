/** The pure workbook command functions: check on .xlsx, template, annotate. */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import type { Report } from "@thads/core"
import { Synthetic } from "@thads/core/testing"
import { Read, Write } from "@thads/xlsx"
import { afterAll, describe, expect, it } from "vitest"
import { annotate, checkWorkbook, isWorkbookFile, template } from "../src/commands/workbook.js"
import * as Output from "../src/Output.js"

const dir = mkdtempSync(join(tmpdir(), "thads-cli-xlsx-"))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const usage = async (p: Promise<unknown>): Promise<Output.UsageError> => {
  try {
    await p
  } catch (e) {
    if (e instanceof Output.UsageError) return e
    throw e
  }
  throw new Error("expected a UsageError")
}

/** A filled report with one mistake: V13 of row 2 (Việc!P9) off by one. */
const withMistake = async (): Promise<string> => {
  const r = Synthetic.report({ seed: 4, rows: 3 })
  const bad = {
    ...r,
    cases: { ...r.cases, rows: r.cases.rows.map((x, i) => (i === 1 ? { ...x, V13: x.V13 + 1 } : x)) }
  } as Report.Report
  const file = join(dir, "mistake.xlsx")
  writeFileSync(file, await Write.report(bad)) // the wrong V13 is written as a number, not a formula
  return file
}

describe("checkWorkbook", () => {
  it("gives the findings with their cells", async () => {
    const result = await checkWorkbook(await withMistake())
    expect(result.valid).toBe(false)
    const f = result.findings.find((x) => x.code === "identity-violated" && x.location.path === "/cases/rows/1/V13")
    expect(f?.location).toMatchObject({ sheet: "Việc", cell: "P9" })
  })

  it("turns an unreadable workbook into a usage error with the reason", async () => {
    const csv = join(dir, "bao-cao.csv")
    writeFileSync(csv, "id,V01\nx,1\n")
    const e = await usage(checkWorkbook(csv))
    expect(e.text.vi).toContain(".xlsx")
    expect((await usage(checkWorkbook(join(dir, "missing.xlsx")))).text.en).toContain("cannot read")
    expect(isWorkbookFile("a.XLSX")).toBe(true)
    expect(isWorkbookFile("a.json")).toBe(false)
  })
})

describe("template", () => {
  it("writes a template that reads back as the unit and period", async () => {
    const out = join(dir, "mau.xlsx")
    const o = await template({ unit: "chi-cuc-go-dau", year: 2025, months: 12, rows: 5, out, json: true, lang: "vi" })
    expect(JSON.parse(o.stdout)).toMatchObject({ file: out, unitId: "chi-cuc-go-dau", regime: "tt05-2024", rows: 5 })
    const r = await Read.read(new Uint8Array(readFileSync(out)))
    expect(r.input["header"]).toEqual({ unitId: "chi-cuc-go-dau", year: 2025, months: 12, regime: "tt05-2024" })
    const text = await template({ unit: "x", year: 2025, months: 3, out, force: true, json: false, lang: "en" })
    expect(text.stdout).toContain("Wrote the report template")
  })

  it("refuses bad options", async () => {
    const out = join(dir, "x.xlsx")
    expect(
      (await usage(template({ unit: "x", year: 2025, months: 13, out, json: false, lang: "vi" }))).text.vi
    ).toContain("--months")
    expect(
      (await usage(template({ unit: "x", year: 1999, months: 1, out, json: false, lang: "vi" }))).text.en
    ).toContain("--year")
    expect(
      (await usage(template({ unit: " ", year: 2025, months: 1, out, json: false, lang: "vi" }))).text.en
    ).toContain("--unit")
    expect(
      (await usage(template({ unit: "x", year: 2025, months: 1, out: join(dir, "x.xls"), json: false, lang: "vi" })))
        .text.en
    ).toContain(".xlsx")
    expect(
      (await usage(template({ unit: "x", year: 2025, months: 1, level: "tinh", out, json: false, lang: "vi" }))).text.en
    ).toContain("--level")
  })
})

describe("annotate", () => {
  it("writes the annotated copy and exits 1 on errors", async () => {
    const file = await withMistake()
    const out = join(dir, "mistake.phat-hien.xlsx")
    const o = await annotate({ file, out, json: false, lang: "vi" })
    expect(o.exitCode).toBe(1)
    expect(o.stdout).toContain("Việc!P9")
    const wb = await Read.load(new Uint8Array(readFileSync(out)))
    expect(wb.getWorksheet("Phát hiện")).toBeDefined()
    expect(JSON.stringify(wb.getWorksheet("Việc")!.getCell("P9").note)).toContain("identity-violated")
    const j = JSON.parse((await annotate({ file, out, force: true, json: true, lang: "en" })).stdout)
    expect(j.out).toBe(out)
    expect(j.findings[0].citation.text.vi).toBeTypeOf("string")
  })

  it("never overwrites the input", async () => {
    const file = await withMistake()
    expect((await usage(annotate({ file, out: file, force: true, json: false, lang: "vi" }))).text.en).toContain(
      "it is the input"
    )
  })
})
