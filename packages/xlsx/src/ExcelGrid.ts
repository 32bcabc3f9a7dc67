/**
 * The ExcelJS adapter of core's grid port (`Grid` of `@thads/core`): a
 * loaded ExcelJS workbook seen as a {@link Grid.WritableGrid}, so that the
 * layout-driven reader (`ReportReader`) and annotator (`ReportAnnotation`)
 * of the core work on .xlsx files. A date cell is given as its serial number
 * with a date number format, as Excel and Office.js do.
 *
 * @since 0.2.0
 */
import { FormLayout, Grid } from "@thads/core"
import type ExcelJS from "exceljs"

/** ExcelJS ValueType.Formula. */
const FORMULA = 6

/**
 * A cell value of ExcelJS as a grid value.
 *
 * @example
 * ```ts
 * ExcelGrid.valueOf({ richText: [{ text: "Gò " }, { text: "Dầu" }] }) // { _tag: "string", value: "Gò Dầu" }
 * ```
 * @since 0.2.0
 */
export const valueOf = (v: unknown): Grid.Value => {
  if (v === null || v === undefined) return Grid.blank
  if (typeof v === "number") return { _tag: "number", value: v }
  if (typeof v === "string") return { _tag: "string", value: v }
  if (typeof v === "boolean") return { _tag: "boolean", value: v }
  if (v instanceof Date) return { _tag: "number", value: Grid.serialOf(v.getTime()) }
  if (typeof v === "object") {
    const o = v as Record<string, unknown>
    if ("formula" in o || "sharedFormula" in o) return valueOf(o["result"])
    if ("richText" in o && Array.isArray(o["richText"]))
      return valueOf((o["richText"] as ReadonlyArray<{ text?: string }>).map((r) => r.text ?? "").join(""))
    if ("error" in o) return { _tag: "error", value: String(o["error"]) }
    if ("text" in o) return valueOf(o["text"])
  }
  return { _tag: "string", value: String(v) }
}

const toExcel = (v: Grid.Value): ExcelJS.CellValue => {
  switch (v._tag) {
    case "blank":
      return null
    case "error":
      return { error: v.value } as ExcelJS.CellErrorValue
    default:
      return v.value
  }
}

/**
 * Removes a cell's note. ExcelJS (4.4) has no API for it: assigning `undefined` leaves an empty comment box, so
 * the cell's comment (`_comment`) and the copy its value model keeps are cleared (tested: the note is gone after
 * writing and reading the workbook back).
 */
const removeNote = (c: ExcelJS.Cell): void => {
  const cell = c as unknown as { _comment?: unknown; _value?: { model?: { comment?: unknown } } }
  cell._comment = undefined
  const model = cell._value?.model
  if (model !== undefined && "comment" in model) delete model.comment
}

/**
 * A cell ready for a style change. ExcelJS gives every cell read from a file with the same style id one shared
 * style object, and its setters (`cell.fill = …`, `cell.font = …`) mutate that object: setting one cell's fill
 * would paint every cell that shares its style. The cell gets its own copy first (the nested parts are replaced
 * whole by the setters, so a shallow copy is enough).
 */
const own = (c: ExcelJS.Cell): ExcelJS.Cell => {
  c.style = { ...c.style }
  return c
}

const noteOf = (c: ExcelJS.Cell): string | undefined => {
  const n = c.note as unknown
  if (n === undefined || n === null) return undefined
  if (typeof n === "string") return n
  const texts = (n as { texts?: ReadonlyArray<{ text?: string }> }).texts
  return texts?.map((t) => t.text ?? "").join("")
}

const mergesOf = (ws: ExcelJS.Worksheet): ReadonlyArray<Grid.Range> => {
  const merges = (ws as unknown as { _merges?: Record<string, { model?: Grid.Range }> })._merges ?? {}
  const out: Array<Grid.Range> = []
  for (const m of Object.values(merges)) {
    if (m?.model === undefined) continue
    const { top, left, bottom, right } = m.model
    out.push({ top, left, bottom, right })
  }
  return out
}

/**
 * A worksheet as a writable grid sheet.
 *
 * @example
 * ```ts
 * const wb = await Read.load(await Write.report(Synthetic.report({ seed: 1, rows: 3 })))
 * ExcelGrid.sheet(wb.getWorksheet("Việc")!).value(8, 4) // { _tag: "number", value: 1254 }
 * ```
 * @since 0.2.0
 */
export const sheet = (ws: ExcelJS.Worksheet): Grid.WritableSheet => {
  const find = (row: number, column: number) => ws.findRow(row)?.findCell(column)
  return {
    get name() {
      return ws.name
    },
    get usedRange(): Grid.Range | undefined {
      if (ws.actualRowCount === 0) return undefined
      const bottom = ws.lastRow?.number ?? 0
      return bottom === 0 ? undefined : { top: 1, left: 1, bottom, right: Math.max(1, ws.columnCount) }
    },
    value: (row, column) => {
      const c = find(row, column)
      if (c === undefined) return Grid.blank
      return c.type === FORMULA ? valueOf(c.result) : valueOf(c.value)
    },
    formula: (row, column) => {
      const c = find(row, column)
      return c === undefined || c.type !== FORMULA ? undefined : (c.formula ?? "")
    },
    numberFormat: (row, column) => {
      const c = find(row, column)
      if (c === undefined) return undefined
      const v = c.type === FORMULA ? c.result : c.value
      // ExcelJS gives dates as Date objects: make sure the grid says it is a date.
      if (v instanceof Date && !Grid.isDateFormat(c.numFmt)) return "yyyy-mm-dd hh:mm:ss"
      return c.numFmt
    },
    note: (row, column) => {
      const c = find(row, column)
      return c === undefined ? undefined : noteOf(c)
    },
    fill: (row, column) => {
      const c = find(row, column)
      const fill = c?.fill as { type?: string; pattern?: string; fgColor?: { argb?: string } } | undefined
      return fill?.fgColor?.argb
    },
    get merges() {
      return mergesOf(ws)
    },
    setValue: (row, column, value) => {
      ws.getCell(row, column).value = toExcel(value)
    },
    setFormula: (row, column, formula, cached) => {
      ws.getCell(row, column).value = {
        formula,
        result: cached._tag === "blank" ? "" : toExcel(cached)
      } as ExcelJS.CellFormulaValue
    },
    setLink: (row, column, text, target) => {
      const c = own(ws.getCell(row, column))
      c.value = { text, hyperlink: target }
      c.font = { color: { argb: "FF0563C1" }, underline: true }
    },
    setNumberFormat: (row, column, format) => {
      own(ws.getCell(row, column)).numFmt = format
    },
    setNote: (row, column, note) => {
      const c = ws.getCell(row, column)
      if (note === undefined) removeNote(c)
      else c.note = note
    },
    setFill: (row, column, argb) => {
      const c = own(ws.getCell(row, column))
      c.fill = argb === undefined ? (undefined as never) : { type: "pattern", pattern: "solid", fgColor: { argb } }
    },
    setStyle: (row, column, style) => {
      const c = own(ws.getCell(row, column))
      if (
        style.bold !== undefined ||
        style.italic !== undefined ||
        style.size !== undefined ||
        style.color !== undefined
      )
        c.font = {
          ...c.font,
          ...(style.bold === undefined ? {} : { bold: style.bold }),
          ...(style.italic === undefined ? {} : { italic: style.italic }),
          ...(style.size === undefined ? {} : { size: style.size }),
          ...(style.color === undefined ? {} : { color: { argb: style.color } })
        }
      if (style.wrap !== undefined || style.vertical !== undefined || style.horizontal !== undefined)
        c.alignment = {
          ...(style.wrap === undefined ? {} : { wrapText: style.wrap }),
          vertical: style.vertical ?? "top",
          ...(style.horizontal === undefined ? {} : { horizontal: style.horizontal })
        }
      if (style.border !== undefined) {
        const thin = { style: "thin" as const, color: { argb: style.border } }
        c.border = { top: thin, left: thin, bottom: thin, right: thin }
      }
    },
    setColumnWidth: (column, width) => {
      ws.getColumn(column).width = width
    },
    merge: (r) => {
      ws.mergeCells(r.top, r.left, r.bottom, r.right)
    },
    setRowHeight: (row, height) => {
      ws.getRow(row).height = height
    },
    freeze: (rows, columns) => {
      ws.views = [
        { state: "frozen", ...(columns === 0 ? {} : { xSplit: columns }), ...(rows === 0 ? {} : { ySplit: rows }) }
      ]
    },
    setValidation: (row, column, v) => {
      own(ws.getCell(row, column)).dataValidation =
        v._tag === "whole"
          ? {
              type: "whole",
              operator: v.max === undefined ? "greaterThanOrEqual" : "between",
              formulae: v.max === undefined ? [v.min] : [v.min, v.max],
              allowBlank: v.allowBlank,
              showErrorMessage: true,
              errorTitle: v.errorTitle,
              error: v.error
            }
          : {
              type: "list",
              formulae: [`"${v.items.join(",")}"`],
              allowBlank: v.allowBlank,
              showErrorMessage: true,
              errorTitle: v.errorTitle,
              error: v.error
            }
    },
    setLocked: (row, column, locked) => {
      own(ws.getCell(row, column)).protection = { locked }
    },
    protect: () => {
      // No password: ExcelJS's protect is synchronous then (its promise only wraps the password hashing).
      void ws.protect("", {
        selectLockedCells: true,
        selectUnlockedCells: true,
        formatCells: true,
        formatColumns: true,
        formatRows: true,
        insertRows: true,
        deleteRows: true
      })
    }
  }
}

/**
 * A loaded ExcelJS workbook as a writable grid.
 *
 * @example
 * ```ts
 * const wb = await Read.load(await Write.report(Synthetic.report({ seed: 1, rows: 3 })))
 * const r = ReportReader.read(ExcelGrid.fromWorkbook(wb), { file: "bao-cao.xlsx" })
 * r.locate("/cases/rows/0/V08") // { sheet: "Việc", cell: "K8" }
 * ```
 * @since 0.2.0
 */
export const fromWorkbook = (wb: ExcelJS.Workbook): Grid.WritableGrid => ({
  get sheetNames() {
    return wb.worksheets.map((w) => w.name)
  },
  sheet: (name) => {
    const ws = wb.worksheets.find((w) => w.name === name)
    return ws === undefined ? undefined : sheet(ws)
  },
  addSheet: (name) => sheet(wb.addWorksheet(name)),
  removeSheet: (name) => {
    const ws = wb.worksheets.find((w) => w.name === name)
    if (ws !== undefined) wb.removeWorksheet(ws.id)
  }
})

/**
 * The A1 address of a row and column (re-exported for adapters' callers).
 *
 * @example
 * ```ts
 * ExcelGrid.a1(8, 11) // "K8"
 * ```
 * @since 0.2.0
 */
export const a1 = (row: number, column: number): string => `${FormLayout.columnLetters(column)}${row}`
