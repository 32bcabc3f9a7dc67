/**
 * Reads a statistical report form from any {@link Grid.Grid} (đọc biểu mẫu
 * báo cáo): the canonical report as read, a source map (every JSON Pointer
 * of the report → its sheet and A1 cell) and the reading notes. The layout
 * comes from {@link FormLayout}; the columns of a table are found by the keys
 * row ("id", "name", "kind", "V01"…), so inserted or moved columns still
 * read. One reader for every adapter: ExcelJS (`@thads/xlsx`), Office.js (the
 * add-in), or {@link MemoryGrid}.
 *
 * Input care: numbers typed as text with Vietnamese grouping are read as
 * numbers (info note); a formula in an input cell gives its cached value
 * (info note), or an error when it has none; a derived cell without cached
 * value is computed from the layout (info note) and a stale cached value is
 * recomputed (warning); merged cells in the data area are errors; rows with
 * no id and only zeros or blanks are skipped; text is NFC. Anything else (a
 * word in a number cell, a negative, a fraction) stays as it is, for the
 * decoder to report at its cell.
 *
 * @since 0.2.0
 */
import * as Indicator from "../statistics/Indicator.js"
import { FormError } from "./FormError.js"
import * as FormLayout from "./FormLayout.js"
import * as Grid from "./Grid.js"
import * as ReadingNote from "./ReadingNote.js"
import type * as Finding from "../compliance/Finding.js"

/**
 * Options of {@link read}.
 *
 * @example
 * ```ts
 * const options: ReportReader.Options = { file: "bao-cao.xlsx", maxRows: 20000 }
 * ```
 * @since 0.2.0
 */
export interface Options {
  /** The file name, for messages and finding locations. */
  readonly file?: string | undefined
  /** Most data rows per table (default 20,000). */
  readonly maxRows?: number | undefined
}

/**
 * A form as read.
 *
 * @example
 * ```ts
 * const grid = MemoryGrid.make()
 * ReportWriter.write(grid, ReportWriter.templateContent({ unitId: "chi-cuc-go-dau", year: 2024, months: 6, rows: 2 }))
 * const r: ReportReader.Read = ReportReader.read(grid)
 * r.locate("/cases/total/V08") // { sheet: "Việc", cell: "K7" }
 * ```
 * @since 0.2.0
 */
export interface Read {
  /** The report as read, to decode or check (values that do not decode are kept as they are). */
  readonly input: Record<string, unknown>
  /** JSON Pointer → cell. */
  readonly locate: (pointer: string) => FormLayout.CellRef | undefined
  /** What reading noticed, each with its cell. */
  readonly notes: ReadonlyArray<Finding.Finding>
  readonly layout: FormLayout.ReportLayout
  /** The sheet row of each data row. */
  readonly rows: FormLayout.RowMap
}

/** A cell's content as the reader tells it apart. */
type Raw =
  | { readonly _tag: "empty" }
  | { readonly _tag: "number"; readonly value: number }
  | { readonly _tag: "text"; readonly value: string }
  | { readonly _tag: "formula"; readonly formula: string; readonly result: Raw }
  | { readonly _tag: "date"; readonly iso: string }
  | { readonly _tag: "other"; readonly value: boolean }
  | { readonly _tag: "error"; readonly value: string }

/**
 * A whole number typed as text, or undefined when the text is not one.
 * Accepted: digits with an optional sign, Vietnamese grouping by dots
 * ("1.234.567"), spaces or no-break spaces as separators, a trailing "đ",
 * "đồng", "VND" or "VNĐ". A comma (English grouping or Vietnamese decimal
 * comma) is ambiguous and refused.
 *
 * @example
 * ```ts
 * ReportReader.parseInteger(" 1.234.567 ") // 1234567
 * ReportReader.parseInteger("1,5") // undefined
 * ```
 * @since 0.2.0
 */
export const parseInteger = (text: string): number | undefined => {
  const s = text
    .normalize("NFC")
    .replace(/[\s\u00a0\u2007\u2009\u202f]+/g, "")
    .replace(/(đồng|đ|vnđ|vnd)$/i, "")
  if (/^[+-]?\d+$/.test(s)) return Number(s)
  if (/^[+-]?\d{1,3}(\.\d{3})+$/.test(s)) return Number(s.replace(/\./g, ""))
  return undefined
}

/**
 * Text as read: NFC, trimmed; undefined when empty.
 *
 * @example
 * ```ts
 * ReportReader.text("  Gò Dầu ") // "Gò Dầu"
 * ```
 * @since 0.2.0
 */
export const text = (s: string): string | undefined => {
  const t = s.normalize("NFC").trim()
  return t === "" ? undefined : t
}

const norm = (s: string) => s.normalize("NFC").trim().toLowerCase()

const classify = (v: Grid.Value, numberFormat: string | undefined): Raw => {
  switch (v._tag) {
    case "blank":
      return { _tag: "empty" }
    case "number":
      return Grid.isDateFormat(numberFormat) ? { _tag: "date", iso: Grid.isoVietnam(v.value) } : v
    case "string":
      return v.value.trim() === "" ? { _tag: "empty" } : { _tag: "text", value: v.value }
    case "boolean":
      return { _tag: "other", value: v.value }
    case "error":
      return v
  }
}

type Notes = ReturnType<typeof ReadingNote.collector>

const requireSheet = (grid: Grid.Grid, name: string, file?: string): Grid.Sheet => {
  const ws = Grid.findSheet(grid, name)
  if (ws === undefined) {
    const present = grid.sheetNames.map((w) => `"${w}"`).join(", ")
    throw new FormError({
      code: "missing-sheet",
      text: {
        vi: `không có trang tính "${name}" (có: ${present}); hãy dùng mẫu của \`thads template\``,
        en: `no sheet "${name}" (found: ${present}); use the template of \`thads template\``
      },
      ...(file === undefined ? {} : { where: file })
    })
  }
  return ws
}

/** Reads cells of one sheet, collecting notes. */
const cellReader = (ws: Grid.Sheet, notes: Notes, file: string | undefined) => {
  const at = (cell: string, path: string) => ({ sheet: ws.name, cell, path, file })
  const hasMerges = ws.merges.length > 0

  /** The raw content of a cell; merged non-master cells are reported and read as empty. */
  const raw = (row: number, col: number, path: string, dataArea: boolean): Raw => {
    if (dataArea && hasMerges) {
      const m = Grid.mergeOf(ws, row, col)
      if (m !== undefined && (m.top !== row || m.left !== col)) {
        const master = `${FormLayout.columnLetters(m.left)}${m.top}`
        notes.add(
          ReadingNote.make("workbook-merged-cell", at(`${FormLayout.columnLetters(col)}${row}`, path), {
            vi: `ô bị gộp vào ô ${master}: hãy bỏ gộp ô (Merge → Unmerge) và nhập số vào từng ô`,
            en: `the cell is merged into ${master}: unmerge the cells and type a number in each`
          })
        )
        return { _tag: "empty" }
      }
    }
    const value = classify(ws.value(row, col), ws.numberFormat(row, col))
    const formula = ws.formula(row, col)
    return formula === undefined ? value : { _tag: "formula", formula, result: value }
  }

  /** A number cell: number, text number, formula (cached value), or what it is. */
  const number = (
    row: number,
    col: number,
    path: string,
    role: "input" | "derived",
    compute?: () => number | undefined
  ): unknown => {
    const a1 = `${FormLayout.columnLetters(col)}${row}`
    let r = raw(row, col, path, true)
    if (r._tag === "formula") {
      const f = r.formula
      if (r.result._tag === "empty") {
        const v = role === "derived" ? compute?.() : undefined
        if (v !== undefined) {
          notes.add(
            ReadingNote.make(
              "workbook-derived-computed",
              at(a1, path),
              {
                vi: `công thức =${f} chưa có giá trị đã tính (tệp chưa được tính lại): dùng giá trị tính theo bố cục ${v}`,
                en: `formula =${f} has no cached value (the file was not recalculated): used the layout's value ${v}`
              },
              { observed: v }
            )
          )
          return v
        }
        notes.add(
          ReadingNote.make("workbook-formula-no-value", at(a1, path), {
            vi: `công thức =${f} không có giá trị đã tính: hãy mở tệp bằng Excel hoặc LibreOffice và lưu lại`,
            en: `formula =${f} has no cached value: open the file in Excel or LibreOffice and save it again`
          })
        )
        return undefined
      }
      if (role === "input") {
        notes.add(
          ReadingNote.make("workbook-formula-in-input", at(a1, path), {
            vi: `ô nhập liệu chứa công thức =${f}: dùng giá trị đã tính`,
            en: `an input cell holds the formula =${f}: its cached value is used`
          })
        )
      }
      if (role === "derived" && r.result._tag === "number") {
        // A cached value that the inputs contradict: the file was filled by a tool that did not recalculate.
        const v = compute?.()
        if (v !== undefined && v !== r.result.value) {
          notes.add(
            ReadingNote.make(
              "workbook-stale-formula",
              at(a1, path),
              {
                vi: `công thức =${f} lưu giá trị cũ ${r.result.value}; tính lại từ các ô nhập liệu được ${v} (tệp chưa được tính lại?)`,
                en: `formula =${f} holds a stale value ${r.result.value}; recalculated from the inputs it is ${v} (not recalculated?)`
              },
              { observed: r.result.value, expected: v }
            )
          )
          return v
        }
      }
      r = r.result
    }
    switch (r._tag) {
      case "empty": {
        // A derived cell left blank (e.g. a row inserted by hand, which Excel does not fill with the formulas):
        // computed from the layout, and said so.
        const v = role === "derived" ? compute?.() : undefined
        if (v !== undefined) {
          notes.add(
            ReadingNote.make(
              "workbook-derived-computed",
              at(a1, path),
              {
                vi: `ô tính toán để trống (dòng chèn thêm?): dùng giá trị tính theo bố cục ${v}`,
                en: `a derived cell is blank (an inserted row?): used the layout's value ${v}`
              },
              { observed: v }
            )
          )
        }
        return v
      }
      case "number":
        return r.value
      case "text": {
        const n = parseInteger(r.value)
        if (n === undefined) return r.value
        notes.add(
          ReadingNote.make(
            "workbook-text-number",
            at(a1, path),
            {
              vi: `số nhập dạng văn bản "${r.value}" được đọc là ${n}`,
              en: `a number typed as text "${r.value}" is read as ${n}`
            },
            { observed: r.value }
          )
        )
        return n
      }
      case "date":
        return r.iso
      case "other":
        return r.value
      case "error":
        // Kept as text, so that decoding reports the wrong type at this cell too.
        notes.add(
          ReadingNote.make(
            "workbook-error-value",
            at(a1, path),
            {
              vi: `ô có giá trị lỗi của Excel ${r.value}: hãy sửa công thức hoặc nhập số`,
              en: `the cell holds the Excel error ${r.value}: fix its formula or type the number`
            },
            { observed: r.value }
          )
        )
        return r.value
      case "formula":
        return undefined
    }
  }

  /** A text cell: NFC trimmed text; numbers become text; dates ISO 8601 (+07:00) with a note. */
  const textCell = (row: number, col: number, path: string, dataArea: boolean): unknown => {
    let r = raw(row, col, path, dataArea)
    if (r._tag === "formula") r = r.result
    switch (r._tag) {
      case "empty":
      case "formula":
        return undefined
      case "text":
        return text(r.value)
      case "number":
        return String(r.value)
      case "date": {
        notes.add(
          ReadingNote.make("workbook-date-as-text", at(`${FormLayout.columnLetters(col)}${row}`, path), {
            vi: `ô kiểu ngày được đọc là ${r.iso} (giờ Việt Nam)`,
            en: `a date cell is read as ${r.iso} (Vietnam time)`
          })
        )
        return r.iso
      }
      case "other":
        return r.value
      case "error":
        notes.add(
          ReadingNote.make(
            "workbook-error-value",
            at(`${FormLayout.columnLetters(col)}${row}`, path),
            {
              vi: `ô có giá trị lỗi của Excel ${r.value}: hãy sửa công thức hoặc nhập giá trị`,
              en: `the cell holds the Excel error ${r.value}: fix its formula or type the value`
            },
            { observed: r.value }
          )
        )
        return undefined
    }
  }

  return { raw, number, text: textCell }
}

const readHeader = (grid: Grid.Grid, layout: FormLayout.ReportLayout, notes: Notes, file?: string) => {
  const ws = requireSheet(grid, layout.headerSheet, file)
  const cells = cellReader(ws, notes, file)
  const header: Record<string, unknown> = {}
  let formatVersion: unknown
  for (const f of layout.header) {
    const { column, row } = FormLayout.parseCell(f.cell)
    const col = FormLayout.columnNumber(column)
    const path = f.key === "formatVersion" ? "/formatVersion" : `/header/${f.key}`
    const v = f.type === "integer" ? cells.number(row, col, path, "input") : cells.text(row, col, path, false)
    const value = f.type === "choice" && typeof v === "string" ? v.toLowerCase() : v
    if (value === undefined) continue
    if (f.key === "formatVersion") formatVersion = value
    else header[f.key] = value
  }
  return { header, formatVersion, sheet: ws.name }
}

const keysOf = (ws: Grid.Sheet, t: FormLayout.TableLayout, file?: string): Map<string, number> => {
  const keys = new Map<string, number>()
  const right = ws.usedRange?.right ?? 0
  for (let col = 1; col <= right; col++) {
    const v = ws.value(t.rows.keys, col)
    if (v._tag !== "string") continue
    const key = v.value.normalize("NFC").trim()
    if (key !== "" && !keys.has(key)) keys.set(key, col)
  }
  const ids = Indicator.idsOf(t.table)
  const missing = ["id", "name", "kind", ...ids].filter((k) => !keys.has(k))
  if (missing.length > 0) {
    throw new FormError({
      code: "bad-layout",
      text: {
        vi: `trang "${ws.name}", dòng ${t.rows.keys} phải có các mã cột id, name, kind, ${ids[0]}…${ids[13]}; thiếu: ${missing.join(", ")}`,
        en: `sheet "${ws.name}", row ${t.rows.keys} must hold the column keys id, name, kind, ${ids[0]}…${ids[13]}; missing: ${missing.join(", ")}`
      },
      ...(file === undefined ? {} : { where: file })
    })
  }
  return keys
}

const readTable = (
  grid: Grid.Grid,
  layout: FormLayout.ReportLayout,
  table: Indicator.Table,
  notes: Notes,
  maxRows: number,
  file?: string
) => {
  const t = FormLayout.tableOf(layout, table)
  const ws = requireSheet(grid, t.sheet, file)
  const keys = keysOf(ws, t, file)
  const cells = cellReader(ws, notes, file)
  const columns = new Map(Indicator.slots.map((s) => [s, keys.get(Indicator.idOf(table, s))!]))
  const colOf = (slot: Indicator.Slot) => columns.get(slot)!
  const inputs = Indicator.slots.filter((s) => FormLayout.derivedOf(t, s) === undefined)

  const kindOf = (v: unknown): unknown => {
    if (typeof v !== "string") return v
    const n = norm(v)
    for (const k of ["unit", "officer"] as const)
      if (t.kinds[k].accepted.includes(n) || norm(t.kinds[k].label.vi) === n) return k
    return v
  }

  /**
   * The indicator values of a row (keys absent for empty cells). A formula
   * is expected in derived cells and in the total row; without a cached
   * value they are computed (derived: from the row; total: Σ data rows).
   */
  const values = (
    row: number,
    pointer: string,
    isTotal: boolean,
    dataRows: ReadonlyArray<Record<string, unknown>>
  ): Record<string, unknown> => {
    const out: Record<string, unknown> = {}
    for (const slot of Indicator.slots) {
      const id = Indicator.idOf(table, slot)
      const d = FormLayout.derivedOf(t, slot)
      const role = d !== undefined || isTotal ? "derived" : "input"
      const compute = (): number | undefined => {
        if (isTotal && dataRows.length > 0) {
          let sum = 0
          for (const r of dataRows) {
            const x = r[id]
            if (typeof x !== "number") return undefined
            sum += x
          }
          return sum
        }
        if (d === undefined) return undefined
        let ok = true
        const v = FormLayout.evaluateDerived(d, (s) => {
          const x = out[Indicator.idOf(table, s)]
          if (typeof x !== "number") ok = false
          return typeof x === "number" ? x : 0
        })
        return ok ? v : undefined
      }
      const v = cells.number(row, colOf(slot), `${pointer}/${id}`, role, compute)
      if (v !== undefined) out[id] = v
    }
    return out
  }

  // Data rows first: the total row depends on whether there are any.
  const rows: Array<Record<string, unknown>> = []
  const rowNumbers: Array<number> = []
  const last = ws.usedRange?.bottom ?? 0
  for (let r = t.rows.firstData; r <= last; r++) {
    const i = rows.length
    const pointer = `/${table}/rows/${i}`
    const id = cells.text(r, keys.get("id")!, `${pointer}/id`, true)
    const name = cells.text(r, keys.get("name")!, `${pointer}/name`, true)
    const kind = cells.text(r, keys.get("kind")!, `${pointer}/kind`, true)
    const blank =
      id === undefined &&
      name === undefined &&
      kind === undefined &&
      inputs.every((s) => {
        const c = cells.raw(r, colOf(s), "", false)
        return c._tag === "empty" || (c._tag === "number" && c.value === 0)
      })
    if (blank) continue
    if (rows.length >= maxRows) {
      throw new FormError({
        code: "too-many-rows",
        text: {
          vi: `trang "${ws.name}" có hơn ${maxRows} dòng (giới hạn)`,
          en: `sheet "${ws.name}" has more than ${maxRows} rows (the limit)`
        },
        ...(file === undefined ? {} : { where: file })
      })
    }
    const row: Record<string, unknown> = {}
    if (id !== undefined) row["id"] = id
    if (name !== undefined) row["name"] = name
    if (kind !== undefined) row["kind"] = kindOf(kind)
    Object.assign(row, values(r, pointer, false, []))
    rows.push(row)
    rowNumbers.push(r)
  }
  const total = values(t.rows.total, `/${table}/total`, true, rows)
  // The table as it stands in this grid: its sheet's real name and the columns found by their keys, so that
  // findings point at the right cells even after columns were inserted or moved.
  const actual: FormLayout.TableLayout = {
    ...t,
    sheet: ws.name,
    columns: {
      id: FormLayout.columnLetters(keys.get("id")!),
      name: FormLayout.columnLetters(keys.get("name")!),
      kind: FormLayout.columnLetters(keys.get("kind")!),
      indicators: Object.fromEntries(
        Indicator.slots.map((slot) => [slot, FormLayout.columnLetters(colOf(slot))])
      ) as Record<Indicator.Slot, string>
    }
  }
  return { table: { rows, total }, rowNumbers, actual }
}

/**
 * Reads the report form of a grid. Throws a {@link FormError} when a sheet
 * or the column keys are missing, or a table has more than `maxRows` rows.
 *
 * @example
 * ```ts
 * const grid = MemoryGrid.make() // or an ExcelJS workbook through @thads/xlsx
 * ReportWriter.write(grid, ReportWriter.reportContent(Synthetic.report({ seed: 1, rows: 3 })))
 * const r = ReportReader.read(grid, { file: "bao-cao.xlsx" })
 * ReportCheck.check(r.input, { source: { file: "bao-cao.xlsx", locate: r.locate } }).valid // true
 * ReportReader.read(MemoryGrid.make([{ name: "Sheet1", cells: {} }]), { file: "x.xlsx" }) // FormError: …
 * ```
 * @since 0.2.0
 */
export const read = (grid: Grid.Grid, options: Options = {}): Read => {
  const maxRows = options.maxRows ?? 20_000
  const file = options.file
  const notes = ReadingNote.collector()
  // The regime decides the layout; every regime has the same header sheet.
  const first = readHeader(grid, FormLayout.layoutFor(), ReadingNote.collector(), file)
  const layout = FormLayout.layoutFor(typeof first.header["regime"] === "string" ? first.header["regime"] : undefined)
  const { header, formatVersion, sheet } = readHeader(grid, layout, notes, file)
  const cases = readTable(grid, layout, "cases", notes, maxRows, file)
  const money = readTable(grid, layout, "money", notes, maxRows, file)
  const rows: FormLayout.RowMap = { cases: cases.rowNumbers, money: money.rowNumbers }
  const input: Record<string, unknown> = {
    ...(formatVersion === undefined ? {} : { formatVersion }),
    header,
    cases: cases.table,
    money: money.table
  }
  const actual: FormLayout.ReportLayout = { ...layout, headerSheet: sheet, cases: cases.actual, money: money.actual }
  return { input, locate: FormLayout.locator(actual, rows), notes: notes.done(), layout, rows }
}
