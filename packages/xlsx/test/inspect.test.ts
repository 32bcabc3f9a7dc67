/**
 * The input guard counts what ExcelJS expands per cell before ExcelJS sees
 * the file: defined names, merged and data-validation ranges (both forms),
 * column declarations; and refuses XML with a DTD (entity expansion). A
 * 14 KB workbook with one defined name spanning a whole sheet is a one-line
 * refusal, not an out-of-memory crash.
 */
import { describe, expect, it } from "vitest"
import { Inspect, Limits, Read, WorkbookError, Write } from "../src/index.js"
import * as Zip from "../src/Zip.js"
import { zip } from "./helpers.js"

/** The entries of a zip (stored or deflated), to edit. */
const unzip = (bytes: Uint8Array): Array<{ name: string; data: Buffer }> =>
  Zip.unzip(bytes).map((e) => ({ name: e.name, data: e.data }))

/** A template with one part's XML edited. */
const editPart = async (name: string, f: (xml: string) => string): Promise<Uint8Array> => {
  const entries = unzip(await Write.template({ unitId: "u", year: 2024, months: 6, rows: 2 }))
  const part = entries.find((e) => e.name === name)
  if (part === undefined) throw new Error(`no ${name}`)
  part.data = Buffer.from(f(part.data.toString("utf8")), "utf8")
  return zip(entries)
}

const refusal = async (p: Promise<unknown>): Promise<WorkbookError> => {
  try {
    await p
  } catch (e) {
    expect(e).toBeInstanceOf(WorkbookError)
    return e as WorkbookError
  }
  throw new Error("expected a WorkbookError")
}

const addDefinedName = (xml: string, text: string) =>
  xml.includes("<definedNames>")
    ? xml.replace("<definedNames>", `<definedNames><definedName name="big">${text}</definedName>`)
    : xml.replace("</sheets>", `</sheets><definedNames><definedName name="big">${text}</definedName></definedNames>`)

describe("Inspect: what ExcelJS expands", () => {
  it("a defined name spanning a whole sheet: refused before ExcelJS (a small file, no OOM)", async () => {
    const bytes = await editPart("xl/workbook.xml", (x) => addDefinedName(x, "'Việc'!$A$1:$XFD$1048576"))
    expect(bytes.length).toBeLessThan(40 * 1024)
    const e = await refusal(Read.read(bytes))
    expect(e.code).toBe("too-many-cells")
    expect(e.text.en).toContain("named ranges")
  })

  it("several defined names that add up past the limit, separated by commas", async () => {
    const bytes = await editPart("xl/workbook.xml", (x) =>
      addDefinedName(x, "Sheet1!$A$1:$Z$40000,Sheet1!$A$1:$Z$40000,'A b'!$A$1:$Z$40000")
    )
    // 3 × 26 × 40,000 = 3,120,000 cells
    expect(Inspect.inspect(bytes, "", Limits.make({ maxCells: 4_000_000 })).cells).toBeGreaterThan(3_120_000)
    expect((await refusal(Read.read(bytes))).code).toBe("too-many-cells")
  })

  it("whole-column and whole-row names (print titles) cost nothing: ExcelJS keeps one reference", async () => {
    const bytes = await editPart("xl/workbook.xml", (x) => addDefinedName(x, "'Việc'!$A:$C,'Việc'!$1:$3"))
    expect((await Read.read(bytes)).input["header"]).toBeDefined()
  })

  it("a data validation in the x14 form over a whole sheet", async () => {
    const bytes = await editPart("xl/worksheets/sheet2.xml", (x) =>
      x.replace(
        "</worksheet>",
        '<extLst><ext uri="{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}"><x14:dataValidations count="1"><x14:dataValidation type="whole"><xm:sqref>A1:XFD1048576</xm:sqref></x14:dataValidation></x14:dataValidations></ext></extLst></worksheet>'
      )
    )
    expect((await refusal(Read.read(bytes))).code).toBe("too-many-cells")
  })

  it("a column declared past XFD", async () => {
    const bytes = await editPart("xl/worksheets/sheet2.xml", (x) =>
      x.replace("<sheetData", '<cols><col min="1" max="1000000000" width="9"/></cols><sheetData')
    )
    const e = await refusal(Read.read(bytes))
    expect(e.code).toBe("too-many-cells")
    expect(e.text.en).toContain("column 1000000000")
  })

  it("entity expansion (a DTD in any part) is refused", async () => {
    const lol = '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]>'
    const bytes = await editPart("xl/sharedStrings.xml", (x) => x.replace(/^<\?xml[^>]*\?>/, lol))
    const e = await refusal(Read.read(bytes))
    expect(e.code).toBe("unsafe-xml")
    expect(e.text.en).toContain("xl/sharedStrings.xml")
  })

  it("the template itself passes", async () => {
    const bytes = await Write.template({ unitId: "u", year: 2024, months: 6, rows: 2 })
    expect(Inspect.inspect(bytes).cells).toBeLessThan(10_000)
  })
})
