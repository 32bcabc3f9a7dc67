import { Decode } from "@thads/core"
import * as Result from "effect/Result"
import { Synthetic } from "@thads/core/testing"
import { describe, expect, it } from "vitest"
import { Check, Inspect, Read, WorkbookError, Write } from "../src/index.js"
import { compoundFile, edit, minimalParts, zip } from "./helpers.js"

const report = Synthetic.report({ seed: 11, rows: 4 })
const filled = Write.report(report)

const refusal = async (p: Promise<unknown>): Promise<WorkbookError> => {
  try {
    await p
  } catch (e) {
    if (e instanceof WorkbookError) return e
    throw e
  }
  throw new Error("expected a WorkbookError")
}

describe("the source map", () => {
  it("maps every pointer to its sheet and cell", async () => {
    const r = await Read.read(await filled)
    expect(r.locate("/cases/rows/0/V08")).toEqual({ sheet: "Việc", cell: "K8" })
    expect(r.locate("/money/rows/3/T14")).toEqual({ sheet: "Tiền", cell: "Q11" })
    expect(r.locate("/cases/total/V01")).toEqual({ sheet: "Việc", cell: "D7" })
    expect(r.locate("/cases/rows/2")).toEqual({ sheet: "Việc", cell: "A10" })
    expect(r.locate("/header/regime")).toEqual({ sheet: "Báo cáo", cell: "B9" })
    expect(r.locate("/cases/rows/99/V01")).toBeUndefined()
    expect(r.notes).toEqual([])
  })

  it("gives every finding of the check its cell", async () => {
    const bytes = await edit(await filled, (wb) => {
      wb.getWorksheet("Việc")!.getCell("K9").value = 999_999 // V08 of row 1: breaks I13, I14, I08, totals
    })
    const result = await Check.check(bytes, { file: "bao-cao.xlsx" })
    expect(result.valid).toBe(false)
    const located = result.findings.filter((f) => f.location.path?.startsWith("/cases/rows/1/"))
    expect(located.length).toBeGreaterThan(0)
    for (const f of located) {
      expect(f.location.sheet).toBe("Việc")
      expect(f.location.cell).toMatch(/^[A-Q]9$/)
      expect(f.location.file).toBe("bao-cao.xlsx")
    }
  })
})

describe("Read.readReport", () => {
  it("is effect's Result: the report and the reading, or the problems at their cells", async () => {
    const ok = await Read.readReport(await filled)
    expect(Result.isSuccess(ok) && ok.success.report).toEqual(report)
    const bad = await Read.readReport(
      await edit(await filled, (wb) => {
        wb.getWorksheet("Việc")!.getCell("E8").value = -3
      })
    )
    expect(Result.isFailure(bad)).toBe(true)
    if (Result.isFailure(bad)) {
      expect(bad.failure.problems.map((p) => [p.path, p.code, p.cell])).toEqual([
        ["/cases/rows/0/V02", "negative", { sheet: "Việc", cell: "E8" }]
      ])
      expect(bad.failure.read.layout.findingsSheet).toBe("Phát hiện")
    }
  })
})

describe("input care", () => {
  it("reads numbers typed as text with Vietnamese grouping and stray spaces (info note)", async () => {
    const v01 = report.cases.rows[0]!.V01
    const bytes = await edit(await filled, (wb) => {
      wb.getWorksheet("Việc")!.getCell("D8").value = `  ${v01.toLocaleString("vi-VN")}\u00a0`
      wb
        .getWorksheet("Tiền")!
        .getCell("D8").value = `${report.money.rows[0]!.T01.toLocaleString("vi-VN").replace(/\./g, " ")} đ`
    })
    const r = await Read.read(bytes)
    const d = Decode.decode(r.input)
    expect(d._tag === "Success" && d.success.report).toEqual(report)
    expect(r.notes.map((n) => [n.code, n.severity, n.location.cell])).toEqual([
      ["workbook-text-number", "info", "D8"],
      ["workbook-text-number", "info", "D8"]
    ])
    expect(r.notes[0]!.message.vi).toContain("được đọc là")
  })

  it("keeps text that is not a whole number for the decoder, at its cell", async () => {
    const bytes = await edit(await filled, (wb) => {
      wb.getWorksheet("Việc")!.getCell("E8").value = "1,5"
      wb.getWorksheet("Việc")!.getCell("G8").value = "khoảng 20"
    })
    const result = await Check.check(bytes)
    const wrong = result.findings.filter((f) => f.code === "report-wrong-type")
    expect(wrong.map((f) => f.location.cell).sort()).toEqual(["E8", "G8"])
  })

  it("uses the cached value of a formula in an input cell, and says so", async () => {
    const v02 = report.cases.rows[0]!.V02
    const bytes = await edit(await filled, (wb) => {
      wb.getWorksheet("Việc")!.getCell("E8").value = { formula: `${v02 - 1}+1`, result: v02 }
    })
    const r = await Read.read(bytes)
    const d = Decode.decode(r.input)
    expect(d._tag === "Success" && d.success.report).toEqual(report)
    expect(r.notes).toHaveLength(1)
    expect(r.notes[0]).toMatchObject({
      code: "workbook-formula-in-input",
      severity: "info",
      location: { sheet: "Việc", cell: "E8", path: "/cases/rows/0/V02" }
    })
  })

  it("refuses a formula with no cached value in an input cell, and computes a derived one", async () => {
    const bytes = await edit(await filled, (wb) => {
      wb.getWorksheet("Việc")!.getCell("E8").value = { formula: "1+1" } as never
      wb.getWorksheet("Việc")!.getCell("F9").value = { formula: "D9+E9" } as never
    })
    const r = await Read.read(bytes)
    expect(r.notes.map((n) => [n.code, n.severity, n.location.cell])).toEqual([
      ["workbook-formula-no-value", "error", "E8"],
      ["workbook-derived-computed", "info", "F9"]
    ])
    expect((r.input["cases"] as { rows: Array<Record<string, unknown>> }).rows[1]!["V03"]).toBe(
      report.cases.rows[1]!.V03
    )
    const result = Check.checkRead(r)
    expect(result.valid).toBe(false)
  })

  it("reports merged cells in the data area", async () => {
    const bytes = await edit(await filled, (wb) => {
      wb.getWorksheet("Việc")!.mergeCells("D8:E8")
    })
    const r = await Read.read(bytes)
    expect(r.notes.map((n) => [n.code, n.severity, n.location.cell])).toEqual([["workbook-merged-cell", "error", "E8"]])
    expect(Check.checkRead(r).valid).toBe(false)
  })

  it("skips empty rows (blank or zero, no id) anywhere, and keeps the cell map right", async () => {
    const bytes = await edit(await filled, (wb) => {
      const ws = wb.getWorksheet("Việc")!
      ws.spliceRows(9, 0, [], [null, null, null, 0, 0, 0])
    })
    const r = await Read.read(bytes)
    const d = Decode.decode(r.input)
    expect(d._tag === "Success" && d.success.report.cases.rows.map((x) => x.id)).toEqual(
      report.cases.rows.map((x) => x.id)
    )
    expect(r.rows.cases).toEqual([8, 11, 12, 13])
    expect(r.locate("/cases/rows/1/V01")).toEqual({ sheet: "Việc", cell: "D11" })
  })

  it("reads a row with numbers but no id as a decoding error at the id cell", async () => {
    const bytes = await edit(await filled, (wb) => {
      wb.getWorksheet("Việc")!.getCell("A9").value = null
    })
    const result = await Check.check(bytes)
    expect(result.findings.find((f) => f.code === "report-missing-field")?.location).toMatchObject({
      sheet: "Việc",
      cell: "A9"
    })
  })

  it("normalises NFD text and finds NFD sheet names", async () => {
    const bytes = await edit(await filled, (wb) => {
      wb.getWorksheet("Việc")!.name = "Việc".normalize("NFD")
      wb.getWorksheet("Báo cáo")!.getCell("B5").value = "Chi cục Gò Dầu".normalize("NFD")
      wb.getWorksheet("Tiền")!.getCell("B8").value = "  Nguyễn Văn Ấn ".normalize("NFD")
    })
    const r = await Read.read(bytes)
    const d = Decode.decode(r.input)
    expect(d._tag).toBe("Success")
    if (d._tag === "Success") {
      expect(d.success.report.header.unitName).toBe("Chi cục Gò Dầu".normalize("NFC"))
      expect(d.success.report.money.rows[0]!.name).toBe("Nguyễn Văn Ấn")
    }
  })

  it("finds columns by their keys when a column is inserted", async () => {
    const bytes = await edit(await filled, (wb) => {
      wb.getWorksheet("Việc")!.spliceColumns(4, 0, [])
    })
    const r = await Read.read(bytes)
    const d = Decode.decode(r.input)
    expect(d._tag === "Success" && d.success.report).toEqual(report)
  })

  it("points findings at the cell where the value really is after a column was inserted", async () => {
    const bytes = await edit(await filled, (wb) => {
      const ws = wb.getWorksheet("Việc")!
      ws.spliceColumns(4, 0, [])
      ws.getCell("E8").value = -1 // V01 of the first row, now in column E
    })
    const result = await Check.check(bytes, { file: "x.xlsx" })
    const f = result.findings.find((x) => x.location.path === "/cases/rows/0/V01")!
    expect(f.code).toBe("report-negative")
    expect(f.location).toMatchObject({ sheet: "Việc", cell: "E8" })
  })

  it("refuses a sheet without its column keys, or a missing sheet, saying which", async () => {
    const noKeys = await edit(await filled, (wb) => {
      wb.getWorksheet("Tiền")!.getCell("K6").value = "xx"
    })
    const e1 = await refusal(Read.read(noKeys))
    expect(e1.code).toBe("bad-layout")
    expect(e1.text.vi).toContain("T08")
    const noSheet = await edit(await filled, (wb) => {
      wb.removeWorksheet(wb.getWorksheet("Tiền")!.id)
    })
    const e2 = await refusal(Read.read(noSheet))
    expect(e2.code).toBe("missing-sheet")
    expect(e2.text.en).toContain('"Tiền"')
  })
})

describe("files that are not a readable .xlsx", () => {
  it("a legacy .xls: convert to .xlsx", async () => {
    const e = await refusal(
      Read.read(compoundFile(["Root Entry", "Workbook", "SummaryInformation"]), { file: "bao-cao.xls" })
    )
    expect(e.code).toBe("legacy-xls")
    expect(e.text.en).toContain(".xlsx")
    expect(e.text.vi).toContain(".xlsx")
  })

  it("an Excel 2003 XML file renamed .xls: convert to .xlsx", async () => {
    const e = await refusal(
      Read.read(
        new TextEncoder().encode(
          '<?xml version="1.0"?><Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"/>'
        )
      )
    )
    expect(e.code).toBe("legacy-xls")
  })

  it("a CSV: convert to .xlsx", async () => {
    const e = await refusal(Read.read(new TextEncoder().encode("id,V01,V02\nunit-01,12,3\n"), { file: "bao-cao.csv" }))
    expect(e.code).toBe("csv")
    expect(e.text.vi).toContain("lưu lại dưới dạng .xlsx")
  })

  it("a password-protected workbook", async () => {
    const e = await refusal(Read.read(compoundFile(["Root Entry", "EncryptionInfo", "EncryptedPackage"])))
    expect(e.code).toBe("password-protected")
    expect(e.text.vi).toContain("mật khẩu")
  })

  it("an empty file and a file too large", async () => {
    expect((await refusal(Read.read(new Uint8Array(0)))).code).toBe("empty-file")
    const e = await refusal(Read.read(await filled, { limits: { maxBytes: 1000 } }))
    expect(e.code).toBe("file-too-large")
    expect(e.text.en).toMatch(/MiB limit/)
  })

  it("too many cells, before ExcelJS sees the file", async () => {
    const e = await refusal(Read.read(await filled, { limits: { maxCells: 100 } }))
    expect(e.code).toBe("too-many-cells")
    expect(Inspect.inspect(await filled).cells).toBeGreaterThan(100)
  })

  it("counts the cells of merged and validated ranges, and worksheets under any path, before ExcelJS expands them", async () => {
    const huge = (inner: string) =>
      Buffer.from(
        `<?xml version="1.0"?><worksheet><sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData>${inner}</worksheet>`
      )
    const merged = zip([
      ...minimalParts,
      {
        name: "xl/worksheets/sheet1.xml",
        data: huge(`<mergeCells count="1"><mergeCell ref="R1:AZ1048576"/></mergeCells>`)
      }
    ])
    expect((await refusal(Read.read(merged))).code).toBe("too-many-cells")
    const validated = zip([
      ...minimalParts,
      {
        name: "xl/worksheets/sheet1.xml",
        data: huge(`<dataValidations count="1"><dataValidation type="whole" sqref="D8:Q1048576"/></dataValidations>`)
      }
    ])
    expect((await refusal(Read.read(validated))).code).toBe("too-many-cells")
    const cells = '<c r="A1"><v>1</v></c>'.repeat(150)
    const hidden = zip([
      ...minimalParts,
      {
        name: "/xl/worksheets/sheet2.xml",
        data: Buffer.from(`<worksheet><sheetData><row r="1">${cells}</row></sheetData></worksheet>`)
      }
    ])
    expect((await refusal(Read.read(hidden, { limits: { maxCells: 100 } }))).code).toBe("too-many-cells")
  })

  it("too many rows", async () => {
    const e = await refusal(Read.read(await filled, { limits: { maxRows: 3 } }))
    expect(e.code).toBe("too-many-rows")
  })

  it("a zip bomb that declares its size: refused from the central directory", async () => {
    const big = zip([...minimalParts, { name: "xl/worksheets/sheet1.xml", data: Buffer.alloc(8 * 1024 * 1024) }])
    expect((await refusal(Read.read(big))).code).toBe("zip-bomb")
    const huge = zip([...minimalParts, { name: "xl/worksheets/sheet1.xml", data: Buffer.alloc(4 * 1024 * 1024) }])
    expect(
      (await refusal(Read.read(huge, { limits: { maxUncompressedBytes: 1024 * 1024, maxRatio: 10_000 } }))).code
    ).toBe("zip-too-large")
  })

  it("a zip bomb that lies about its size: caught while inflating with a cap", async () => {
    const liar = zip([
      ...minimalParts,
      { name: "xl/worksheets/sheet1.xml", data: Buffer.alloc(16 * 1024 * 1024), declared: 1000 }
    ])
    const e = await refusal(Read.read(liar))
    expect(e.code).toBe("zip-bomb")
    expect(e.text.en).toContain("declared size")
  })

  it("a damaged zip, a zip that is not a workbook, an .ods", async () => {
    const b = await filled
    expect((await refusal(Read.read(b.subarray(0, b.length - 100)))).code).toBe("bad-zip")
    expect((await refusal(Read.read(zip([{ name: "a.txt", data: Buffer.from("x") }])))).code).toBe("not-xlsx")
    expect(
      (
        await refusal(
          Read.read(
            zip([
              { name: "mimetype", data: Buffer.from("application/vnd.oasis.opendocument.spreadsheet") },
              { name: "content.xml", data: Buffer.from("<x/>") }
            ])
          )
        )
      ).code
    ).toBe("not-xlsx")
  })
})

describe("review fixes: stale formulas and error values", () => {
  it("a derived formula whose cached value the inputs contradict: recomputed, with a warning at the cell", async () => {
    const bytes = await edit(await filled, (wb) => {
      const c = wb.getWorksheet("Việc")!.getCell("F8") // V03 = D8 + E8
      c.value = { formula: "D8+E8", result: 0 } as never
    })
    const read = await Read.read(bytes)
    const note = read.notes.find((n) => n.code === "workbook-stale-formula")!
    expect(note).toMatchObject({ severity: "warning", location: { sheet: "Việc", cell: "F8" }, observed: 0 })
    const d = Decode.decode(read.input)
    expect(d._tag === "Success" && d.success.report).toEqual(report)
  })

  it("an Excel error value in a text cell is an error at the cell", async () => {
    const bytes = await edit(await filled, (wb) => {
      wb.getWorksheet("Việc")!.getCell("B8").value = { error: "#N/A" } as never
    })
    const read = await Read.read(bytes)
    expect(read.notes.find((n) => n.code === "workbook-error-value")).toMatchObject({
      severity: "error",
      location: { cell: "B8" }
    })
  })
})
