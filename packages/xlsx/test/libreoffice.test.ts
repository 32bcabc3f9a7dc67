/**
 * A real spreadsheet application agrees: LibreOffice (headless) opens the
 * template, recalculates a filled template and exports every sheet to CSV;
 * the rates computed by our formulas equal Kpi.compute, and the derived and
 * total cells equal the report. LibreOffice's own .xlsx of the filled
 * template reads back as the same report. Needs `soffice` (.ci/run installs
 * libreoffice-calc): without it the tests skip with a notice, except under
 * `CI=true`, where its absence is a failure.
 */
import { execFileSync } from "node:child_process"
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { Decode, FormLayout, Indicator, Kpi, type Report } from "@thads/core"
import { Synthetic } from "@thads/core/testing"
import { afterAll, describe, expect, it } from "vitest"
import { Read, Write } from "../src/index.js"
import { edit } from "./helpers.js"

const soffice = ["soffice", "libreoffice"].find((b) => {
  try {
    execFileSync("sh", ["-c", `command -v ${b}`], { stdio: "ignore" })
    return true
  } catch {
    return false
  }
})

/** Under CI the tool is required; on a laptop without it the tests skip, visibly. */
const required = process.env["CI"] === "true"
const NOTICE =
  "LibreOffice (soffice) is not installed: the LibreOffice agreement tests are skipped (apt-get install libreoffice-calc, or run .ci/run)"
if (soffice === undefined && !required) process.stderr.write(`\n[notice] ${NOTICE}\n`)

describe("LibreOffice is available", () => {
  if (soffice === undefined && !required) it.skip(NOTICE, () => {})
  else
    it("soffice is on PATH (required under CI=true)", () => {
      expect(soffice, NOTICE).toBeDefined()
    })
})

const dir = mkdtempSync(join(tmpdir(), "thads-lo-"))
const profile = join(dir, "profile")
afterAll(() => rmSync(dir, { recursive: true, force: true }))

/** A LibreOffice profile that always recalculates .xlsx formulas on load (never trusts cached values). */
const writeProfile = () => {
  const user = join(profile, "user")
  mkdirSync(user, { recursive: true })
  writeFileSync(
    join(user, "registrymodifications.xcu"),
    `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`
  )
}

const convert = (to: string, files: ReadonlyArray<string>, out: string) => {
  if (soffice === undefined)
    throw new Error("LibreOffice (soffice) is not installed: apt-get install -y libreoffice-calc")
  mkdirSync(out, { recursive: true })
  execFileSync(
    soffice,
    [
      `-env:UserInstallation=file://${profile}`,
      "--headless",
      "--norestore",
      "--convert-to",
      to,
      "--outdir",
      out,
      ...files
    ],
    {
      timeout: 180_000,
      stdio: "pipe",
      env: { ...process.env, HOME: dir }
    }
  )
}

/** A minimal CSV parser (quoted fields, doubled quotes). */
const parseCsv = (text: string): Array<Array<string>> => {
  const rows: Array<Array<string>> = []
  let row: Array<string> = []
  let field = ""
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"'
        i++
      } else if (ch === '"') quoted = false
      else field += ch
    } else if (ch === '"') quoted = true
    else if (ch === ",") {
      row.push(field)
      field = ""
    } else if (ch === "\n") {
      row.push(field.replace(/\r$/, ""))
      rows.push(row)
      row = []
      field = ""
    } else field += ch
  }
  if (field !== "" || row.length > 0) rows.push([...row, field])
  return rows
}

/** Fills only the input cells of a template (ids and non-derived slots); formulas stay with stale cached values. */
const fill = (template: Uint8Array, r: Report.Report) =>
  edit(template, (wb) => {
    for (const table of ["cases", "money"] as const) {
      const t = FormLayout.tableOf(FormLayout.v1, table)
      const ws = wb.getWorksheet(t.sheet)!
      r[table].rows.forEach((row, i) => {
        const n = t.rows.firstData + i
        ws.getCell(`${t.columns.id}${n}`).value = row.id
        if (row.kind !== undefined) ws.getCell(`${t.columns.kind}${n}`).value = t.kinds[row.kind].label.vi
        for (const s of Indicator.slots) {
          if (FormLayout.derivedOf(t, s) !== undefined) continue
          ws.getCell(`${t.columns.indicators[s]}${n}`).value = (row as unknown as Record<string, number>)[
            Indicator.idOf(table, s)
          ]!
        }
      })
    }
  })

describe.skipIf(soffice === undefined)("LibreOffice agrees", () => {
  it("opens the template and computes the rates, derived cells and totals as the library does", async () => {
    writeProfile()
    const rows = 6
    const report = Synthetic.report({ seed: 20240626, rows, year: 2024, months: 6 })
    const template = await Write.template({ unitId: "synthetic", year: 2024, months: 6, rows })
    const filled = await fill(template, report)
    writeFileSync(join(dir, "blank.xlsx"), template)
    writeFileSync(join(dir, "filled.xlsx"), filled)
    const csv = join(dir, "csv")
    convert(
      "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1",
      [join(dir, "blank.xlsx"), join(dir, "filled.xlsx")],
      csv
    )
    const files = readdirSync(csv)
    const sheetCsv = (base: string, sheet: string) => {
      const f = files.find((x) => x.normalize("NFC") === `${base}-${sheet}.csv`)
      if (f === undefined) throw new Error(`no CSV for ${base}/${sheet} in ${files.join(", ")}`)
      return parseCsv(readFileSync(join(csv, f), "utf8"))
    }

    const ratesOf = (base: string) => {
      const out = new Map<string, string>()
      for (const line of sheetCsv(base, "Báo cáo"))
        if (line[3] !== undefined && /^(completion-rate|enforceable-share)-/.test(line[3]))
          out.set(line[3], line[1] ?? "")
      return out
    }

    // The filled template: our formulas, computed by LibreOffice, equal the library's KPIs.
    const kpis = Kpi.compute(report)
    const rates = ratesOf("filled")
    expect([...rates.keys()].sort()).toEqual(FormLayout.v1.rates.map((r) => r.kpiId).sort())
    for (const r of FormLayout.v1.rates) {
      const k = kpis.find((x) => x.id === r.kpiId)!
      expect(k.value).not.toBeNull()
      expect(Number(rates.get(r.kpiId))).toBe(k.value)
    }
    for (const table of ["cases", "money"] as const) {
      const t = FormLayout.tableOf(FormLayout.v1, table)
      const lines = sheetCsv("filled", t.sheet)
      const at = (row: number, slot: Indicator.Slot) =>
        Number(lines[row - 1]![FormLayout.columnNumber(t.columns.indicators[slot]) - 1])
      for (const s of Indicator.slots) {
        expect(at(t.rows.total, s)).toBe(
          (report[table].total as unknown as Record<string, number>)[Indicator.idOf(table, s)]
        )
        report[table].rows.forEach((row, i) => {
          expect(at(t.rows.firstData + i, s)).toBe((row as unknown as Record<string, number>)[Indicator.idOf(table, s)])
        })
      }
    }

    // The blank template opens; its rates are blank, as the library's are null (division by zero).
    const blank = ratesOf("blank")
    const zero = Kpi.compute(Synthetic.totals({ year: 2024, months: 6 }, {}))
    for (const r of FormLayout.v1.rates) {
      expect(zero.find((k) => k.id === r.kpiId)!.value).toBeNull()
      expect(blank.get(r.kpiId)).toBe("")
    }
  }, 240_000)

  it("saves the filled template as .xlsx, which reads back as the same report with no notes", async () => {
    writeProfile()
    const report = Synthetic.report({ seed: 7, rows: 4, year: 2024, months: 6 })
    const filled = await fill(await Write.template({ unitId: "synthetic", year: 2024, months: 6, rows: 4 }), report)
    const input = join(dir, "lo-in")
    mkdirSync(input, { recursive: true })
    writeFileSync(join(input, "filled.xlsx"), filled)
    const out = join(dir, "lo-out")
    convert("xlsx:Calc MS Excel 2007 XML", [join(input, "filled.xlsx")], out)
    expect(existsSync(join(out, "filled.xlsx"))).toBe(true)
    const r = await Read.read(readFileSync(join(out, "filled.xlsx")))
    const d = Decode.decode(r.input)
    expect(d._tag === "Success" ? d.success.report : d).toEqual({
      ...report,
      header: { ...report.header, unitId: "synthetic", regime: "tt06-2019" }
    })
    expect(r.notes).toEqual([])
  }, 240_000)
})
