/**
 * Writes a statistical report form (ghi biểu mẫu báo cáo) onto any
 * {@link Grid.WritableGrid} after its `FormLayout`: a blank template for a
 * unit and period, or a filled report. Vietnamese labels (English beneath),
 * `#,##0` number formats, data validation (whole numbers ≥ 0, lists for the
 * row kind, level and regime), formulas for the derived cells (V03, V06,
 * V13, V14 and their money twins), the total row (SUM) and the rates, and
 * locked formula cells on protected sheets (no password: Review → Unprotect
 * Sheet). `@thads/xlsx` runs it over ExcelJS; any other host's adapter gets
 * the same form.
 *
 * A filled report keeps its numbers exactly: a derived or total cell is a
 * formula (with the report's value cached) when the report agrees with the
 * formula, and the report's own number otherwise, so that reading it back
 * gives the same report and the mistake stays visible to the check.
 *
 * @since 0.2.0
 */
import * as ReportingDeadline from "../calendar/ReportingDeadline.js"
import * as StatisticalPeriod from "../calendar/StatisticalPeriod.js"
import * as Kpi from "../kpi/Kpi.js"
import * as Indicator from "../statistics/Indicator.js"
import type * as Report from "../statistics/Report.js"
import * as FormLayout from "./FormLayout.js"
import type * as Grid from "./Grid.js"

/**
 * A row of a template: its id and, optionally, name and kind.
 *
 * @example
 * ```ts
 * const r: ReportWriter.TemplateRow = { id: "chi-cuc-go-dau", name: "Chi cục THADS huyện Gò Dầu", kind: "unit" }
 * ```
 * @since 0.2.0
 */
export interface TemplateRow {
  readonly id: string
  readonly name?: string
  readonly kind?: Report.RowKind
}

/**
 * Options of {@link templateContent}.
 *
 * @example
 * ```ts
 * const o: ReportWriter.TemplateOptions = { unitId: "chi-cuc-go-dau", year: 2024, months: 6, rows: 10 }
 * ```
 * @since 0.2.0
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

/**
 * What a form is written with: the header, the rows of each table (values
 * absent in a template) and the cached values of the rates.
 *
 * @example
 * ```ts
 * const report = Synthetic.report({ seed: 1, rows: 3 })
 * const c: ReportWriter.Content = ReportWriter.reportContent(report)
 * ```
 * @since 0.2.0
 */
export interface Content {
  readonly formatVersion?: string
  readonly header: Partial<Report.Header>
  readonly cases: TableContent
  readonly money: TableContent
  /** Cached values of the rates (KPI id → value). */
  readonly rates: Readonly<Record<string, number | null>>
}

const GREY = "FFF2F2F2"
const HEAD = "FFDDEBF7"
const BORDER = "FFBFBFBF"
const MUTED = "FF7F7F7F"

const str = (value: string): Grid.Value => ({ _tag: "string", value })
const num = (value: number): Grid.Value => ({ _tag: "number", value })
const text = (value: string | number | undefined): Grid.Value =>
  value === undefined ? { _tag: "blank" } : typeof value === "number" ? num(value) : str(value)

const wholeValidation = (min: number, max?: number): Grid.Validation => ({
  _tag: "whole",
  min,
  ...(max === undefined ? {} : { max }),
  allowBlank: false,
  errorTitle: "Số không hợp lệ / Invalid number",
  error:
    max === undefined
      ? "Nhập số nguyên không âm (≥ 0). Enter a whole number ≥ 0."
      : `Nhập số nguyên từ ${min} đến ${max}. Enter a whole number from ${min} to ${max}.`
})

const listValidation = (items: ReadonlyArray<string>, allowBlank: boolean): Grid.Validation => ({
  _tag: "list",
  items,
  allowBlank,
  errorTitle: "Giá trị không hợp lệ / Invalid value",
  error: `Chọn một trong: ${items.join(", ")}. Choose one of them.`
})

/** A cell of a sheet by A1 address. */
const at = (a1: string): { readonly row: number; readonly column: number } => {
  const { column, row } = FormLayout.parseCell(a1)
  return { row, column: FormLayout.columnNumber(column) }
}

const input = (ws: Grid.WritableSheet, row: number, column: number) => ws.setLocked?.(row, column, false)
const locked = (ws: Grid.WritableSheet, row: number, column: number) => {
  ws.setLocked?.(row, column, true)
  ws.setFill(row, column, GREY)
}

const headerSheet = (grid: Grid.WritableGrid, layout: FormLayout.ReportLayout, content: Content) => {
  const ws = grid.addSheet(layout.headerSheet)
  ws.freeze?.(3, 0)
  for (const [i, w] of [46, 30, 46, 26].entries()) ws.setColumnWidth(i + 1, w)
  ws.setValue(1, 1, str(layout.title.vi))
  ws.setStyle(1, 1, { bold: true, size: 14 })
  ws.merge({ top: 1, left: 1, bottom: 1, right: 4 })
  ws.setValue(2, 1, str(layout.title.en))
  ws.setStyle(2, 1, { italic: true })
  const heads = ["Thông tin chung", "Giá trị / Value", "General information", "Mã / key"]
  heads.forEach((h, i) => {
    ws.setValue(3, i + 1, str(h))
    ws.setStyle(3, i + 1, { bold: true })
    ws.setFill(3, i + 1, HEAD)
  })
  for (const f of layout.header) {
    const { row, column } = at(f.cell)
    ws.setValue(row, 1, str(f.label.vi))
    ws.setValue(row, 3, str(f.label.en))
    ws.setValue(row, 4, str(f.key))
    const v = f.key === "formatVersion" ? content.formatVersion : content.header[f.key]
    ws.setValue(row, column, text(v))
    ws.setStyle(row, column, { border: BORDER })
    input(ws, row, column)
    if (f.key === "year") ws.setValidation?.(row, column, wholeValidation(2000, 2199))
    else if (f.key === "months") ws.setValidation?.(row, column, wholeValidation(1, 12))
    else if (f.choices !== undefined) ws.setValidation?.(row, column, listValidation(f.choices, !f.required))
    if (f.type === "text") ws.setNumberFormat(row, column, "@")
  }
  const h = layout.ratesHeading.row
  ws.setValue(h, 1, str(layout.ratesHeading.label.vi))
  ws.setValue(h, 3, str(layout.ratesHeading.label.en))
  ws.setStyle(h, 1, { bold: true })
  for (const r of layout.rates) {
    const { row, column } = at(r.cell)
    ws.setValue(row, 1, str(r.label.vi))
    ws.setValue(row, 3, str(r.label.en))
    ws.setValue(row, 4, str(r.kpiId))
    const cached = content.rates[r.kpiId]
    ws.setFormula(
      row,
      column,
      FormLayout.rateFormula(layout, r),
      cached === null || cached === undefined ? text(undefined) : num(cached)
    )
    ws.setNumberFormat(row, column, "0.00")
    ws.setStyle(row, column, { border: BORDER })
    locked(ws, row, column)
  }
  const n = (layout.rates.length === 0 ? h : at(layout.rates[layout.rates.length - 1]!.cell).row) + 2
  ws.setValue(n, 1, str(layout.note.vi))
  ws.setValue(n + 1, 1, str(layout.note.en))
  ws.setStyle(n, 1, { italic: true, color: MUTED })
  ws.setStyle(n + 1, 1, { italic: true, color: MUTED })
  ws.setValue(n + 2, 1, str(`${layout.id} ${layout.version}`))
  ws.setStyle(n + 2, 1, { color: MUTED })
  return ws
}

const periodText = (h: Partial<Report.Header>, lang: "vi" | "en"): string => {
  const unit = h.unitName ?? h.unitId ?? ""
  if (h.year === undefined || h.months === undefined || !StatisticalPeriod.isMonths(h.months)) return unit
  const p = StatisticalPeriod.label({ year: h.year, months: h.months }, lang)
  return lang === "vi" ? `Đơn vị: ${unit} — Kỳ báo cáo: ${p}` : `Unit: ${unit} — period: ${p}`
}

const tableSheet = (
  grid: Grid.WritableGrid,
  layout: FormLayout.ReportLayout,
  table: Indicator.Table,
  content: Content
) => {
  const t = FormLayout.tableOf(layout, table)
  const data = content[table]
  const ws = grid.addSheet(t.sheet)
  ws.freeze?.(t.rows.total, 3)
  const col = FormLayout.columnNumber
  const lastCol = col(t.columns.indicators["14"])
  ws.setColumnWidth(col(t.columns.id), 18)
  ws.setColumnWidth(col(t.columns.name), 36)
  ws.setColumnWidth(col(t.columns.kind), 16)
  for (const s of Indicator.slots) ws.setColumnWidth(col(t.columns.indicators[s]), table === "money" ? 20 : 14)
  ws.setValue(1, 1, str(t.title.vi))
  ws.setStyle(1, 1, { bold: true, size: 13 })
  ws.setValue(2, 1, str(`${t.title.en} — ${layout.note.en}`))
  ws.setStyle(2, 1, { italic: true, color: MUTED })
  ws.setValue(3, 1, str(periodText(content.header, "vi")))

  const setHead = (letters: string, vi: string, en: string, key: string) => {
    const n = col(letters)
    ws.setValue(t.rows.labels, n, str(vi))
    ws.setValue(t.rows.englishLabels, n, str(en))
    ws.setValue(t.rows.keys, n, str(key))
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
  ws.setRowHeight?.(t.rows.labels, 60)
  for (let c = 1; c <= lastCol; c++) {
    for (const [row, style] of [
      [t.rows.labels, { bold: true }],
      [t.rows.englishLabels, { italic: true }],
      [t.rows.keys, { color: MUTED }]
    ] as const) {
      ws.setStyle(row, c, { ...style, wrap: true, vertical: "middle", horizontal: "center", border: BORDER })
      ws.setFill(row, c, HEAD)
    }
  }

  const hasData = data.rows.length > 0
  const lastData = t.rows.firstData + data.rows.length - 1
  const kindChoices = [t.kinds.unit.label.vi, t.kinds.officer.label.vi]

  /** Writes the indicator cells of a row; `sum` makes them the total of the data rows. */
  const writeValues = (row: number, values: Values | undefined, sum: boolean) => {
    const v = (slot: Indicator.Slot) => values?.[Indicator.idOf(table, slot)] ?? 0
    for (const s of Indicator.slots) {
      const c = col(t.columns.indicators[s])
      ws.setNumberFormat(row, c, t.numberFormat)
      ws.setStyle(row, c, { border: BORDER })
      const value = v(s)
      if (sum) {
        let expected = 0
        for (const r of data.rows) expected += r.values?.[Indicator.idOf(table, s)] ?? 0
        if (values === undefined || value === expected) {
          ws.setFormula(row, c, FormLayout.totalFormula(t, s, lastData), num(expected))
          locked(ws, row, c)
        } else {
          ws.setValue(row, c, num(value))
          input(ws, row, c)
          ws.setValidation?.(row, c, wholeValidation(0))
        }
        continue
      }
      const d = FormLayout.derivedOf(t, s)
      if (d !== undefined) {
        const expected = FormLayout.evaluateDerived(d, v)
        if (values === undefined || value === expected) {
          ws.setFormula(row, c, FormLayout.derivedFormula(t, d, row), num(expected))
          locked(ws, row, c)
          continue
        }
      }
      ws.setValue(row, c, num(value))
      input(ws, row, c)
      ws.setValidation?.(row, c, wholeValidation(0))
    }
  }

  const total = t.rows.total
  ws.setValue(total, col(t.columns.id), str(t.totalLabel.vi))
  ws.setValue(total, col(t.columns.name), str(t.totalLabel.en))
  for (let c = 1; c <= lastCol; c++) ws.setStyle(total, c, { bold: true })
  writeValues(total, data.total, hasData)

  data.rows.forEach((r, i) => {
    const n = t.rows.firstData + i
    const [cId, cName, cKind] = [col(t.columns.id), col(t.columns.name), col(t.columns.kind)]
    ws.setValue(n, cId, text(r.id))
    ws.setNumberFormat(n, cId, "@")
    ws.setValue(n, cName, text(r.name))
    ws.setValue(n, cKind, text(r.kind === undefined ? undefined : t.kinds[r.kind].label.vi))
    ws.setValidation?.(n, cKind, listValidation(kindChoices, true))
    for (const c of [cId, cName, cKind]) {
      input(ws, n, c)
      ws.setStyle(n, c, { border: BORDER })
    }
    writeValues(n, r.values, false)
  })
  return ws
}

/**
 * Writes a form onto a grid (which should have none of the form's sheets):
 * the header sheet, then the cases and money sheets, each protected.
 *
 * @example
 * ```ts
 * const report = Synthetic.report({ seed: 1, rows: 3 })
 * const grid = MemoryGrid.make()
 * ReportWriter.write(grid, ReportWriter.reportContent(report))
 * JSON.stringify(ReportReader.read(grid, { file: "x.xlsx" }).input) === JSON.stringify(report) // true: the report again
 * ```
 * @since 0.2.0
 */
export const write = (grid: Grid.WritableGrid, content: Content): void => {
  const layout = FormLayout.layoutFor(content.header.regime)
  const sheets = [
    headerSheet(grid, layout, content),
    tableSheet(grid, layout, "cases", content),
    tableSheet(grid, layout, "money", content)
  ]
  for (const ws of sheets) ws.protect?.()
}

const regimeOf = (year: number, months: number): ReportingDeadline.Regime => {
  const end = StatisticalPeriod.end(StatisticalPeriod.make(year, months))
  return ReportingDeadline.regimeAt(end) ?? "tt05-2024"
}

/**
 * The content of a blank template for a unit and period: the header filled
 * in, blank rows (0 in every input cell; rows with no id and only zeros are
 * skipped when read), formulas for derived cells, totals and rates.
 *
 * @example
 * ```ts
 * const grid = MemoryGrid.make()
 * ReportWriter.write(grid, ReportWriter.templateContent({ unitId: "chi-cuc-go-dau", year: 2024, months: 6, rows: 10 }))
 * grid.sheetNames // ["Báo cáo", "Việc", "Tiền"]
 * ```
 * @since 0.2.0
 */
export const templateContent = (o: TemplateOptions): Content => {
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
  return { formatVersion: "1", header, cases: { rows: list }, money: { rows: list }, rates: {} }
}

/**
 * The content of a filled report (its rates cached). Written and read back,
 * it gives the same report.
 *
 * @example
 * ```ts
 * const report = Synthetic.report({ seed: 1, rows: 3 })
 * const grid = MemoryGrid.make()
 * ReportWriter.write(grid, ReportWriter.reportContent(report))
 * ```
 * @since 0.2.0
 */
export const reportContent = (r: Report.Report): Content => {
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
  return {
    ...(r.formatVersion === undefined ? {} : { formatVersion: r.formatVersion }),
    header: r.header,
    cases: table(r.cases),
    money: table(r.money),
    rates
  }
}
