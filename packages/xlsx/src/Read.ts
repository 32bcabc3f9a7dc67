/**
 * Reads a statistical report workbook (đọc sổ tính báo cáo) into the
 * canonical report and a source map: every JSON Pointer of the report → its
 * sheet and A1 cell, so that every finding of `ReportCheck.check` carries its
 * cell. The layout comes from `FormLayout` in `@thads/core`: the columns of a
 * table are found by the keys row ("id", "name", "kind", "V01"…), so inserted
 * or moved columns still read.
 *
 * Input care: the file is inspected first ({@link Inspect.inspect}: legacy
 * .xls, CSV, password, size, zip bomb, cell count); numbers typed as text
 * with Vietnamese grouping are read as numbers (info note); a formula in an
 * input cell gives its cached value (info note), or an error when it has
 * none; a derived cell without cached value is computed from the layout
 * (info note); merged cells in the data area are errors; rows with no id and
 * only zeros or blanks are skipped; text is NFC. Anything else (a word in a
 * number cell, a negative, a fraction) stays as it is, for the decoder to
 * report at its cell.
 *
 * @since 0.1.0
 */
import { Decode, type Finding, FormLayout, Indicator, type Report } from "@thads/core"
import ExcelJS from "exceljs"
import * as CellValue from "./CellValue.js"
import * as Inspect from "./Inspect.js"
import * as Limits from "./Limits.js"
import * as Notes from "./Notes.js"
import { WorkbookError } from "./WorkbookError.js"

/**
 * Options of {@link read}.
 *
 * @since 0.1.0
 */
export interface Options {
  /** The file name, for messages and finding locations. */
  readonly file?: string
  readonly limits?: Partial<Limits.Limits>
}

/**
 * A workbook as read.
 *
 * @since 0.1.0
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

const norm = (s: string) => s.normalize("NFC").trim().toLowerCase()

/**
 * Inspects the bytes, then loads them with ExcelJS. Throws a
 * {@link WorkbookError} for anything that is not a readable .xlsx within the
 * limits.
 *
 * @example
 * ```ts
 * const wb = await Read.load(bytes, { file: "bao-cao.xlsx" })
 * ```
 * @since 0.1.0
 */
export const load = async (bytes: Uint8Array, options: Options = {}): Promise<ExcelJS.Workbook> => {
  const limits = Limits.make(options.limits)
  Inspect.inspect(bytes, options.file ?? "", limits)
  const wb = new ExcelJS.Workbook()
  try {
    await wb.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as never)
  } catch (e) {
    throw new WorkbookError(
      "bad-zip",
      {
        vi: `không mở được sổ tính: ${e instanceof Error ? e.message : String(e)}`,
        en: `the workbook cannot be opened: ${e instanceof Error ? e.message : String(e)}`
      },
      options.file
    )
  }
  return wb
}

/**
 * The worksheet of a name (NFC, case and surrounding spaces ignored).
 *
 * @example
 * ```ts
 * Read.sheet(wb, "VIỆC")?.name // "Việc"
 * ```
 * @since 0.1.0
 */
export const sheet = (wb: ExcelJS.Workbook, name: string): ExcelJS.Worksheet | undefined =>
  wb.worksheets.find((w) => norm(w.name) === norm(name))

const requireSheet = (wb: ExcelJS.Workbook, name: string, file?: string): ExcelJS.Worksheet => {
  const ws = sheet(wb, name)
  if (ws === undefined) {
    const present = wb.worksheets.map((w) => `"${w.name}"`).join(", ")
    throw new WorkbookError(
      "missing-sheet",
      {
        vi: `không có trang tính "${name}" (có: ${present}); hãy dùng mẫu của \`thads template\``,
        en: `no sheet "${name}" (found: ${present}); use the template of \`thads template\``
      },
      file
    )
  }
  return ws
}

/** Reads cells of one sheet, collecting notes. */
const cellReader = (ws: ExcelJS.Worksheet, notes: ReturnType<typeof Notes.collector>, file: string | undefined) => {
  const at = (cell: string, path: string) => ({ sheet: ws.name, cell, path, file })

  /** The raw content of a cell; merged non-master cells are reported and read as empty. */
  const raw = (row: number, col: number, path: string, dataArea: boolean): CellValue.Raw => {
    const c = ws.findRow(row)?.findCell(col)
    if (c === undefined) return { _tag: "empty" }
    if (dataArea && c.isMerged && c.master !== c) {
      notes.add(
        Notes.make("workbook-merged-cell", at(c.address, path), {
          vi: `ô bị gộp vào ô ${c.master.address}: hãy bỏ gộp ô (Merge → Unmerge) và nhập số vào từng ô`,
          en: `the cell is merged into ${c.master.address}: unmerge the cells and type a number in each`
        })
      )
      return { _tag: "empty" }
    }
    return CellValue.ofCell(c)
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
            Notes.make(
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
          Notes.make("workbook-formula-no-value", at(a1, path), {
            vi: `công thức =${f} không có giá trị đã tính: hãy mở tệp bằng Excel hoặc LibreOffice và lưu lại`,
            en: `formula =${f} has no cached value: open the file in Excel or LibreOffice and save it again`
          })
        )
        return undefined
      }
      if (role === "input") {
        notes.add(
          Notes.make("workbook-formula-in-input", at(a1, path), {
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
            Notes.make(
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
            Notes.make(
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
        const n = CellValue.parseInteger(r.value)
        if (n === undefined) return r.value
        notes.add(
          Notes.make(
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
        return CellValue.isoVietnam(r.value)
      case "other":
        return r.value
      case "error":
        // Kept as text, so that decoding reports the wrong type at this cell too.
        notes.add(
          Notes.make(
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
  const text = (row: number, col: number, path: string, dataArea: boolean): unknown => {
    let r = raw(row, col, path, dataArea)
    if (r._tag === "formula") r = r.result
    switch (r._tag) {
      case "empty":
      case "formula":
        return undefined
      case "text":
        return CellValue.text(r.value)
      case "number":
        return String(r.value)
      case "date": {
        const iso = CellValue.isoVietnam(r.value)
        notes.add(
          Notes.make("workbook-date-as-text", at(`${FormLayout.columnLetters(col)}${row}`, path), {
            vi: `ô kiểu ngày được đọc là ${iso} (giờ Việt Nam)`,
            en: `a date cell is read as ${iso} (Vietnam time)`
          })
        )
        return iso
      }
      case "other":
        return r.value
      case "error":
        notes.add(
          Notes.make(
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

  return { raw, number, text }
}

const readHeader = (
  wb: ExcelJS.Workbook,
  layout: FormLayout.ReportLayout,
  notes: ReturnType<typeof Notes.collector>,
  file?: string
) => {
  const ws = requireSheet(wb, layout.headerSheet, file)
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
  return { header, formatVersion }
}

const keysOf = (ws: ExcelJS.Worksheet, t: FormLayout.TableLayout, file?: string): Map<string, number> => {
  const keys = new Map<string, number>()
  const row = ws.findRow(t.rows.keys)
  row?.eachCell((c, col) => {
    const k = CellValue.classify(c.value)
    if (k._tag === "text") {
      const key = k.value.normalize("NFC").trim()
      if (!keys.has(key)) keys.set(key, col)
    }
  })
  const wanted = ["id", "name", "kind", ...Indicator.idsOf(t.table)]
  const missing = wanted.filter((k) => !keys.has(k))
  if (missing.length > 0) {
    throw new WorkbookError(
      "bad-layout",
      {
        vi: `trang "${ws.name}", dòng ${t.rows.keys} phải có các mã cột id, name, kind, ${Indicator.idsOf(t.table)[0]}…${Indicator.idsOf(t.table)[13]}; thiếu: ${missing.join(", ")}`,
        en: `sheet "${ws.name}", row ${t.rows.keys} must hold the column keys id, name, kind, ${Indicator.idsOf(t.table)[0]}…${Indicator.idsOf(t.table)[13]}; missing: ${missing.join(", ")}`
      },
      file
    )
  }
  return keys
}

const readTable = (
  wb: ExcelJS.Workbook,
  layout: FormLayout.ReportLayout,
  table: Indicator.Table,
  notes: ReturnType<typeof Notes.collector>,
  limits: Limits.Limits,
  file?: string
) => {
  const t = FormLayout.tableOf(layout, table)
  const ws = requireSheet(wb, t.sheet, file)
  const keys = keysOf(ws, t, file)
  const cells = cellReader(ws, notes, file)
  const columns = new Map(Indicator.slots.map((s) => [s, keys.get(Indicator.idOf(table, s))!]))
  const colOf = (slot: Indicator.Slot) => columns.get(slot)!

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
  const last = ws.actualRowCount === 0 ? 0 : (ws.lastRow?.number ?? 0)
  for (let r = t.rows.firstData; r <= last; r++) {
    const i = rows.length
    const pointer = `/${table}/rows/${i}`
    const id = cells.text(r, keys.get("id")!, `${pointer}/id`, true)
    const name = cells.text(r, keys.get("name")!, `${pointer}/name`, true)
    const kind = cells.text(r, keys.get("kind")!, `${pointer}/kind`, true)
    const inputs = Indicator.slots.filter((s) => FormLayout.derivedOf(t, s) === undefined)
    const blank =
      id === undefined &&
      name === undefined &&
      kind === undefined &&
      inputs.every((s) => {
        const c = cells.raw(r, colOf(s), "", false)
        return c._tag === "empty" || (c._tag === "number" && c.value === 0)
      })
    if (blank) continue
    if (rows.length >= limits.maxRows) {
      throw new WorkbookError(
        "too-many-rows",
        {
          vi: `trang "${ws.name}" có hơn ${limits.maxRows} dòng (giới hạn)`,
          en: `sheet "${ws.name}" has more than ${limits.maxRows} rows (the limit)`
        },
        file
      )
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
  // The table as it stands in this workbook: its sheet's real name and the columns found by their keys, so that
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
 * Reads a loaded workbook. Throws a {@link WorkbookError} when a sheet or the
 * column keys are missing.
 *
 * @example
 * ```ts
 * const r = Read.fromWorkbook(await Read.load(bytes))
 * ReportCheck.check(r.input, { source: { file, locate: r.locate } })
 * ```
 * @since 0.1.0
 */
export const fromWorkbook = (wb: ExcelJS.Workbook, options: Options = {}): Read => {
  const limits = Limits.make(options.limits)
  const notes = Notes.collector()
  // The regime decides the layout; every regime has the same header sheet.
  const first = readHeader(wb, FormLayout.layoutFor(), Notes.collector(), options.file)
  const layout = FormLayout.layoutFor(typeof first.header["regime"] === "string" ? first.header["regime"] : undefined)
  const { header, formatVersion } = readHeader(wb, layout, notes, options.file)
  const cases = readTable(wb, layout, "cases", notes, limits, options.file)
  const money = readTable(wb, layout, "money", notes, limits, options.file)
  const rows: FormLayout.RowMap = { cases: cases.rowNumbers, money: money.rowNumbers }
  const input: Record<string, unknown> = {
    ...(formatVersion === undefined ? {} : { formatVersion }),
    header,
    cases: cases.table,
    money: money.table
  }
  const headerSheet = requireSheet(wb, layout.headerSheet, options.file).name
  const actual: FormLayout.ReportLayout = { ...layout, headerSheet, cases: cases.actual, money: money.actual }
  return { input, locate: FormLayout.locator(actual, rows), notes: notes.done(), layout, rows }
}

/**
 * Reads a workbook's bytes: {@link load} then {@link fromWorkbook}.
 * Rejects with a {@link WorkbookError} when the file cannot be read.
 *
 * @example
 * ```ts
 * const r = await Read.read(readFileSync("bao-cao.xlsx"), { file: "bao-cao.xlsx" })
 * r.locate("/cases/rows/0/V08") // { sheet: "Việc", cell: "K8" }
 * ```
 * @since 0.1.0
 */
export const read = async (bytes: Uint8Array, options: Options = {}): Promise<Read> =>
  fromWorkbook(await load(bytes, options), options)

/**
 * Reads and decodes: the report, or every decoding problem, each with its
 * cell.
 *
 * @example
 * ```ts
 * const r = await Read.readReport(bytes)
 * if (r._tag === "Success") Kpi.compute(r.report)
 * ```
 * @since 0.1.0
 */
export const readReport = async (
  bytes: Uint8Array,
  options: Options = {}
): Promise<
  | { readonly _tag: "Success"; readonly report: Report.Report; readonly read: Read }
  | {
      readonly _tag: "Failure"
      readonly problems: ReadonlyArray<Decode.Problem & { readonly cell?: FormLayout.CellRef }>
      readonly read: Read
    }
> => {
  const r = await read(bytes, options)
  const d = Decode.decode(r.input)
  if (d._tag === "Success") return { _tag: "Success", report: d.report, read: r }
  return {
    _tag: "Failure",
    problems: d.problems.map((p) => {
      const cell = r.locate(p.path)
      return cell === undefined ? p : { ...p, cell }
    }),
    read: r
  }
}
