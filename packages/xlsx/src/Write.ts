/**
 * Writes statistical report workbooks (ghi sổ tính báo cáo) after the layout
 * of `FormLayout` in `@thads/core`: a blank template for a unit and period,
 * and a filled report. Vietnamese labels (English beneath), `#,##0` number
 * formats, data validation (whole numbers ≥ 0, lists for the row kind, level
 * and regime), formulas for the derived cells (V03, V06, V13, V14 and their
 * money twins), the total row (SUM) and the rates, and locked formula cells
 * on protected sheets (no password: Review → Unprotect Sheet).
 *
 * A filled report keeps its numbers exactly: a derived or total cell is a
 * formula (with the report's value cached) when the report agrees with the
 * formula, and the report's own number otherwise, so that reading it back
 * gives the same report and the mistake stays visible to the check.
 *
 * @since 0.1.0
 */
import { FormLayout, Indicator, Kpi, type Report, ReportingDeadline, StatisticalPeriod } from "@thads/core"
import ExcelJS from "exceljs"

/**
 * A row of a template: its id and, optionally, name and kind.
 *
 * @since 0.1.0
 */
export interface TemplateRow {
  readonly id: string
  readonly name?: string
  readonly kind?: Report.RowKind
}

/**
 * Options of {@link template}.
 *
 * @since 0.1.0
 */
export interface TemplateOptions {
  readonly unitId: string
  readonly unitName?: string
  readonly level?: ReportingDeadline.Level
  readonly year: number
  readonly months: number
  /** Default: the regime in force on the period's last day. */
  readonly regime?: ReportingDeadline.Regime
  /** Rows to prepare: a number of blank rows (default 20), or named rows. 0: total row only (forms 1 and 2). */
  readonly rows?: number | ReadonlyArray<TemplateRow>
}

type Values = Readonly<Record<string, number>>

interface TableContent {
  readonly rows: ReadonlyArray<{
    readonly id?: string
    readonly name?: string
    readonly kind?: Report.RowKind
    readonly values?: Values
  }>
  readonly total?: Values
}

interface Content {
  readonly formatVersion?: string
  readonly header: Partial<Report.Header>
  readonly cases: TableContent
  readonly money: TableContent
  /** Cached values of the rates (KPI id → value). */
  readonly rates: Readonly<Record<string, number | null>>
}

const GREY = "FFF2F2F2"
const HEAD = "FFDDEBF7"
const thin = { style: "thin" as const, color: { argb: "FFBFBFBF" } }
const border = { top: thin, left: thin, bottom: thin, right: thin }

const wholeValidation = (min: number, max?: number): ExcelJS.DataValidation => ({
  type: "whole",
  operator: max === undefined ? "greaterThanOrEqual" : "between",
  formulae: max === undefined ? [min] : [min, max],
  allowBlank: false,
  showErrorMessage: true,
  errorTitle: "Số không hợp lệ / Invalid number",
  error:
    max === undefined
      ? "Nhập số nguyên không âm (≥ 0). Enter a whole number ≥ 0."
      : `Nhập số nguyên từ ${min} đến ${max}. Enter a whole number from ${min} to ${max}.`
})

const listValidation = (items: ReadonlyArray<string>, allowBlank: boolean): ExcelJS.DataValidation => ({
  type: "list",
  formulae: [`"${items.join(",")}"`],
  allowBlank,
  showErrorMessage: true,
  errorTitle: "Giá trị không hợp lệ / Invalid value",
  error: `Chọn một trong: ${items.join(", ")}. Choose one of them.`
})

const input = (c: ExcelJS.Cell) => {
  c.protection = { locked: false }
}
const locked = (c: ExcelJS.Cell) => {
  c.protection = { locked: true }
  c.fill = { type: "pattern", pattern: "solid", fgColor: { argb: GREY } }
}

const protect = (ws: ExcelJS.Worksheet) =>
  ws.protect("", {
    selectLockedCells: true,
    selectUnlockedCells: true,
    formatCells: true,
    formatColumns: true,
    formatRows: true,
    insertRows: true,
    deleteRows: true
  })

const headerSheet = (wb: ExcelJS.Workbook, layout: FormLayout.ReportLayout, content: Content) => {
  const ws = wb.addWorksheet(layout.headerSheet, { views: [{ state: "frozen", ySplit: 3 }] })
  ws.columns = [{ width: 46 }, { width: 30 }, { width: 46 }, { width: 26 }]
  ws.getCell("A1").value = layout.title.vi
  ws.getCell("A1").font = { bold: true, size: 14 }
  ws.mergeCells("A1:D1")
  ws.getCell("A2").value = layout.title.en
  ws.getCell("A2").font = { italic: true }
  const heads = ["Thông tin chung", "Giá trị / Value", "General information", "Mã / key"]
  heads.forEach((h, i) => {
    const c = ws.getRow(3).getCell(i + 1)
    c.value = h
    c.font = { bold: true }
    c.fill = { type: "pattern", pattern: "solid", fgColor: { argb: HEAD } }
  })
  for (const f of layout.header) {
    const { row } = FormLayout.parseCell(f.cell)
    ws.getCell(`A${row}`).value = f.label.vi
    ws.getCell(`C${row}`).value = f.label.en
    ws.getCell(`D${row}`).value = f.key
    const c = ws.getCell(f.cell)
    const v = f.key === "formatVersion" ? content.formatVersion : content.header[f.key]
    c.value = v === undefined ? null : v
    c.border = border
    input(c)
    if (f.key === "year") c.dataValidation = wholeValidation(2000, 2199)
    else if (f.key === "months") c.dataValidation = wholeValidation(1, 12)
    else if (f.choices !== undefined) c.dataValidation = listValidation(f.choices, !f.required)
    if (f.type === "text") c.numFmt = "@"
  }
  const h = layout.ratesHeading.row
  ws.getCell(`A${h}`).value = layout.ratesHeading.label.vi
  ws.getCell(`C${h}`).value = layout.ratesHeading.label.en
  ws.getCell(`A${h}`).font = { bold: true }
  for (const r of layout.rates) {
    const { row } = FormLayout.parseCell(r.cell)
    ws.getCell(`A${row}`).value = r.label.vi
    ws.getCell(`C${row}`).value = r.label.en
    ws.getCell(`D${row}`).value = r.kpiId
    const c = ws.getCell(r.cell)
    const cached = content.rates[r.kpiId]
    c.value = {
      formula: FormLayout.rateFormula(layout, r),
      result: cached === null || cached === undefined ? "" : cached
    } as ExcelJS.CellFormulaValue
    c.numFmt = "0.00"
    c.border = border
    locked(c)
  }
  const n = (layout.rates.length === 0 ? h : FormLayout.parseCell(layout.rates[layout.rates.length - 1]!.cell).row) + 2
  ws.getCell(`A${n}`).value = layout.note.vi
  ws.getCell(`A${n + 1}`).value = layout.note.en
  ws.getCell(`A${n}`).font = { italic: true, color: { argb: "FF7F7F7F" } }
  ws.getCell(`A${n + 1}`).font = { italic: true, color: { argb: "FF7F7F7F" } }
  ws.getCell(`A${n + 2}`).value = `${layout.id} ${layout.version}`
  ws.getCell(`A${n + 2}`).font = { color: { argb: "FF7F7F7F" } }
  return ws
}

const periodText = (h: Partial<Report.Header>, lang: "vi" | "en"): string => {
  const unit = h.unitName ?? h.unitId ?? ""
  if (h.year === undefined || h.months === undefined || !StatisticalPeriod.isMonths(h.months)) return unit
  const p = StatisticalPeriod.label({ year: h.year, months: h.months }, lang)
  return lang === "vi" ? `Đơn vị: ${unit} — Kỳ báo cáo: ${p}` : `Unit: ${unit} — period: ${p}`
}

const tableSheet = (
  wb: ExcelJS.Workbook,
  layout: FormLayout.ReportLayout,
  table: Indicator.Table,
  content: Content
) => {
  const t = FormLayout.tableOf(layout, table)
  const data = content[table]
  const ws = wb.addWorksheet(t.sheet, { views: [{ state: "frozen", xSplit: 3, ySplit: t.rows.total }] })
  const lastCol = FormLayout.columnNumber(t.columns.indicators["14"])
  ws.getColumn(t.columns.id).width = 18
  ws.getColumn(t.columns.name).width = 36
  ws.getColumn(t.columns.kind).width = 16
  for (const s of Indicator.slots) ws.getColumn(t.columns.indicators[s]).width = table === "money" ? 20 : 14
  ws.getCell("A1").value = t.title.vi
  ws.getCell("A1").font = { bold: true, size: 13 }
  ws.getCell("A2").value = `${t.title.en} — ${layout.note.en}`
  ws.getCell("A2").font = { italic: true, color: { argb: "FF7F7F7F" } }
  ws.getCell("A3").value = periodText(content.header, "vi")

  const labels = ws.getRow(t.rows.labels)
  const english = ws.getRow(t.rows.englishLabels)
  const keys = ws.getRow(t.rows.keys)
  const setHead = (col: string, vi: string, en: string, key: string) => {
    const n = FormLayout.columnNumber(col)
    labels.getCell(n).value = vi
    english.getCell(n).value = en
    keys.getCell(n).value = key
  }
  setHead(t.columns.id, t.headings.id.vi, t.headings.id.en, "id")
  setHead(t.columns.name, t.headings.name.vi, t.headings.name.en, "name")
  setHead(t.columns.kind, t.headings.kind.vi, t.headings.kind.en, "kind")
  for (const s of Indicator.slots) {
    const ind = Indicator.get(Indicator.idOf(table, s))
    const d = FormLayout.derivedOf(t, s)
    const formula =
      d === undefined
        ? ""
        : ` (= ${d.terms.map((x, i) => `${x.sign < 0 ? "− " : i === 0 ? "" : "+ "}${Indicator.idOf(table, x.slot)}`).join(" ")})`
    setHead(t.columns.indicators[s], `${ind.label.vi}${formula}`, ind.label.en, ind.id)
  }
  labels.height = 60
  for (let c = 1; c <= lastCol; c++) {
    for (const [row, style] of [
      [labels, { bold: true }],
      [english, { italic: true }],
      [keys, { color: { argb: "FF7F7F7F" } }]
    ] as const) {
      const cell = row.getCell(c)
      cell.font = style
      cell.alignment = { wrapText: true, vertical: "middle", horizontal: "center" }
      cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: HEAD } }
      cell.border = border
    }
  }

  const hasData = data.rows.length > 0
  const lastData = t.rows.firstData + data.rows.length - 1
  const kindChoices = [t.kinds.unit.label.vi, t.kinds.officer.label.vi]

  /** Writes the indicator cells of a row; `sum` makes them the total of the data rows. */
  const writeValues = (rowNumber: number, values: Values | undefined, sum: boolean) => {
    const row = ws.getRow(rowNumber)
    const v = (slot: Indicator.Slot) => values?.[Indicator.idOf(table, slot)] ?? 0
    for (const s of Indicator.slots) {
      const c = row.getCell(FormLayout.columnNumber(t.columns.indicators[s]))
      c.numFmt = t.numberFormat
      c.border = border
      const value = v(s)
      if (sum) {
        const expected = data.rows.reduce((a, r) => a + (r.values?.[Indicator.idOf(table, s)] ?? 0), 0)
        if (values === undefined || value === expected) {
          c.value = { formula: FormLayout.totalFormula(t, s, lastData), result: expected } as ExcelJS.CellFormulaValue
          locked(c)
        } else {
          c.value = value
          input(c)
          c.dataValidation = wholeValidation(0)
        }
        continue
      }
      const d = FormLayout.derivedOf(t, s)
      if (d !== undefined) {
        const expected = FormLayout.evaluateDerived(d, v)
        if (values === undefined || value === expected) {
          c.value = {
            formula: FormLayout.derivedFormula(t, d, rowNumber),
            result: expected
          } as ExcelJS.CellFormulaValue
          locked(c)
          continue
        }
      }
      c.value = value
      input(c)
      c.dataValidation = wholeValidation(0)
    }
  }

  const total = ws.getRow(t.rows.total)
  total.getCell(FormLayout.columnNumber(t.columns.id)).value = t.totalLabel.vi
  total.getCell(FormLayout.columnNumber(t.columns.name)).value = t.totalLabel.en
  for (let c = 1; c <= lastCol; c++) total.getCell(c).font = { bold: true }
  writeValues(t.rows.total, data.total, hasData)

  data.rows.forEach((r, i) => {
    const n = t.rows.firstData + i
    const row = ws.getRow(n)
    const cId = row.getCell(FormLayout.columnNumber(t.columns.id))
    const cName = row.getCell(FormLayout.columnNumber(t.columns.name))
    const cKind = row.getCell(FormLayout.columnNumber(t.columns.kind))
    cId.value = r.id ?? null
    cId.numFmt = "@"
    cName.value = r.name ?? null
    cKind.value = r.kind === undefined ? null : t.kinds[r.kind].label.vi
    cKind.dataValidation = listValidation(kindChoices, true)
    for (const c of [cId, cName, cKind]) {
      input(c)
      c.border = border
    }
    writeValues(n, r.values, false)
  })
  return ws
}

const build = async (content: Content): Promise<Uint8Array> => {
  const layout = FormLayout.layoutFor(content.header.regime)
  const wb = new ExcelJS.Workbook()
  wb.creator = "thads"
  wb.calcProperties.fullCalcOnLoad = true
  const sheets = [
    headerSheet(wb, layout, content),
    tableSheet(wb, layout, "cases", content),
    tableSheet(wb, layout, "money", content)
  ]
  for (const ws of sheets) await protect(ws)
  const buf = await wb.xlsx.writeBuffer()
  return new Uint8Array(buf as ArrayBuffer)
}

const regimeOf = (year: number, months: number): ReportingDeadline.Regime => {
  const end = StatisticalPeriod.end(StatisticalPeriod.make(year, months))
  return ReportingDeadline.regimeAt(end) ?? "tt05-2024"
}

/**
 * A blank template for a unit and period: the header filled in, blank rows
 * (0 in every input cell; rows with no id and only zeros are skipped when
 * read), formulas for derived cells, totals and rates.
 *
 * @example
 * ```ts
 * const bytes = await Write.template({ unitId: "chi-cuc-go-dau", year: 2024, months: 6, rows: 10 })
 * writeFileSync("mau.xlsx", bytes)
 * ```
 * @since 0.1.0
 */
export const template = (o: TemplateOptions): Promise<Uint8Array> => {
  const rows = o.rows ?? 20
  const list: TableContent["rows"] =
    typeof rows === "number"
      ? Array.from({ length: rows }, () => ({}))
      : rows.map((r) => ({
          id: r.id,
          ...(r.name === undefined ? {} : { name: r.name }),
          ...(r.kind === undefined ? {} : { kind: r.kind })
        }))
  const header: Partial<Report.Header> = {
    unitId: o.unitId,
    ...(o.unitName === undefined ? {} : { unitName: o.unitName }),
    ...(o.level === undefined ? {} : { level: o.level }),
    year: o.year,
    months: o.months,
    regime: o.regime ?? regimeOf(o.year, o.months)
  }
  return build({ formatVersion: "1", header, cases: { rows: list }, money: { rows: list }, rates: {} })
}

/**
 * A filled report as a workbook. Reading it back gives the same report.
 *
 * @example
 * ```ts
 * const bytes = await Write.report(Synthetic.report({ seed: 1, rows: 20 }))
 * ```
 * @since 0.1.0
 */
export const report = (r: Report.Report): Promise<Uint8Array> => {
  const table = (
    t: Report.TableOf<Report.CaseRow | Report.MoneyRow, Report.CaseCounts | Report.MoneyAmounts>
  ): TableContent => ({
    rows: t.rows.map((row) => ({
      id: row.id,
      ...(row.name === undefined ? {} : { name: row.name }),
      ...(row.kind === undefined ? {} : { kind: row.kind }),
      values: row as unknown as Values
    })),
    total: t.total as unknown as Values
  })
  const rates = Object.fromEntries(Kpi.compute(r).map((k) => [k.id, k.value]))
  return build({
    ...(r.formatVersion === undefined ? {} : { formatVersion: r.formatVersion }),
    header: r.header,
    cases: table(r.cases),
    money: table(r.money),
    rates
  })
}
