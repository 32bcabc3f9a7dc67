/**
 * The Office.js adapter of core's grid port (`Grid` of `@thads/core`): the
 * open workbook seen as a {@link Grid.WritableGrid}, so that core's
 * layout-driven reader (`ReportReader`) and annotator (`ReportAnnotation`)
 * run unchanged inside Excel.
 *
 * The port is synchronous and Office.js is not, so {@link load} reads a
 * snapshot of every sheet's used range in three `context.sync()` round trips
 * whatever the size (names; values, formulas, number formats and value
 * types; fills, merged areas and notes), and the grid answers reads from it.
 * Writes go to the snapshot at once and are queued as Office.js operations;
 * {@link OfficeGrid.flush} sends them in one `context.sync()`.
 *
 * Notes are Excel's notes (ExcelApi 1.18, `worksheet.notes`), not threaded
 * comments; fills are solid colours (`#RRGGBB` in Office.js, ARGB in the port).
 *
 * @since 0.1.0
 */
import { FormLayout, type Grid } from "@thads/core"
import * as Snapshot from "./Snapshot.js"

/**
 * The grid of an open workbook and the way to send its queued writes.
 *
 * @example
 * ```ts
 * const workbook = MemoryGrid.make()
 * ReportWriter.write(workbook, ReportWriter.reportContent(Synthetic.report({ seed: 1, rows: 3 })))
 * const excel = MockExcel.make(MockExcel.sheetsOf(workbook)) // a mocked Excel holding a report
 * const read = await excel.run(async (context) => ReportReader.read(await OfficeGrid.load(context))) // Excel.run in the add-in
 * read.input.cases.rows.length // 3
 * ```
 * @since 0.1.0
 */
export interface OfficeGrid extends Grid.WritableGrid {
  /** Sends the queued writes (one `context.sync()`). */
  readonly flush: () => Promise<void>
  /** How many writes are queued. */
  readonly pending: () => number
}

/**
 * Options of {@link load}.
 *
 * @example
 * ```ts
 * const options: OfficeGrid.Options = { sheets: ["Báo cáo", "Việc", "Tiền"] }
 * ```
 * @since 0.1.0
 */
export interface Options {
  /** Only these sheets (NFC, case ignored); default every sheet. */
  readonly sheets?: ReadonlyArray<string>
  /** Whether to read and write notes (ExcelApi 1.18); default: when the host supports it. */
  readonly notes?: boolean
}

/** Whether the host supports an API set (true outside Office, e.g. under a mock without `Office`). */
const supports = (set: string, version: string): boolean => {
  const office = (globalThis as { Office?: typeof Office }).Office
  const requirements = office?.context?.requirements
  return requirements === undefined ? true : requirements.isSetSupported(set, version)
}

const norm = (s: string) => s.normalize("NFC").trim().toLowerCase()

/** A1 → 0-based indexes of a range address ("Việc!D7:Q20" or "'Báo cáo'!A1"). */
const parseAddress = (address: string): Grid.Range => {
  const bare = address.slice(address.lastIndexOf("!") + 1).replace(/\$/g, "")
  const [a, b] = bare.split(":") as [string, string | undefined]
  const p = FormLayout.parseCell(a)
  const q = FormLayout.parseCell(b ?? a)
  return {
    top: p.row,
    left: FormLayout.columnNumber(p.column),
    bottom: q.row,
    right: FormLayout.columnNumber(q.column)
  }
}

/** "#FFC7CE" → "FFFFC7CE". */
const argbOf = (hex: string): string => `FF${hex.replace(/^#/, "").toUpperCase()}`
/** "FFFFC7CE" → "#FFC7CE". */
const hexOf = (argb: string): string => `#${argb.slice(-6).toUpperCase()}`

interface SheetLoad {
  readonly ws: Excel.Worksheet
  readonly used: Excel.Range
  props?: OfficeExtension.ClientResult<Array<Array<Excel.CellProperties>>>
  merged?: Excel.RangeAreas
  notes?: Excel.NoteCollection
}

/**
 * Reads a snapshot of the workbook (used ranges, fills, merges, notes) and
 * returns it as a writable grid over the same `context`.
 *
 * @example
 * ```ts
 * const workbook = MemoryGrid.make()
 * ReportWriter.write(workbook, ReportWriter.reportContent(Synthetic.report({ seed: 1, rows: 3 })))
 * const excel = MockExcel.make(MockExcel.sheetsOf(workbook)) // a mocked Excel holding a report
 * const grid = await excel.run((context) => OfficeGrid.load(context))
 * grid.sheet("Việc")?.value(8, 11) // { _tag: "number", value: 866 }
 * ```
 * @since 0.1.0
 */
export const load = async (context: Excel.RequestContext, options: Options = {}): Promise<OfficeGrid> => {
  const withNotes = options.notes ?? supports("ExcelApi", "1.18")
  const worksheets = context.workbook.worksheets
  worksheets.load("items/name")
  await context.sync()
  const wanted = options.sheets?.map(norm)
  const loads: Array<SheetLoad & { name: string }> = []
  for (const ws of worksheets.items) {
    if (wanted !== undefined && !wanted.includes(norm(ws.name))) continue
    const used = ws.getUsedRangeOrNullObject(false)
    used.load("isNullObject, address, values, formulas, numberFormat, valueTypes")
    loads.push({ ws, used, name: ws.name })
  }
  await context.sync()
  for (const l of loads) {
    if (l.used.isNullObject) continue
    l.props = l.used.getCellProperties({ format: { fill: { color: true, pattern: true } } })
    const merged = l.used.getMergedAreasOrNullObject()
    merged.load("isNullObject, address")
    l.merged = merged
    if (withNotes) {
      const notes = l.ws.notes
      notes.load("items/content")
      l.notes = notes
    }
  }
  await context.sync()
  // Note locations: one more batch only when there are notes.
  const located: Array<{ sheet: string; note: Excel.Note; range: Excel.Range }> = []
  for (const l of loads) {
    for (const note of l.notes?.items ?? []) {
      const range = note.getLocation()
      range.load("address")
      located.push({ sheet: l.name, note, range })
    }
  }
  if (located.length > 0) await context.sync()

  const sheets = new Map<string, Grid.WritableSheet>()
  const noteProxies = new Map<string, Excel.Note>()
  const notesBySheet = new Map<string, Map<string, string>>()
  for (const { sheet, note, range } of located) {
    const a1 = range.address
      .slice(range.address.lastIndexOf("!") + 1)
      .replace(/\$/g, "")
      .split(":")[0]!
    let m = notesBySheet.get(sheet)
    if (m === undefined) {
      m = new Map()
      notesBySheet.set(sheet, m)
    }
    m.set(a1, note.content)
    noteProxies.set(`${sheet}\u0000${a1}`, note)
  }
  for (const l of loads) {
    const merges: Array<Grid.Range> = []
    let data: Snapshot.Data | undefined
    if (!l.used.isNullObject) {
      const origin = parseAddress(l.used.address)
      const props = l.props?.value
      data = {
        top: origin.top,
        left: origin.left,
        values: l.used.values,
        formulas: l.used.formulas,
        numberFormat: l.used.numberFormat,
        valueTypes: l.used.valueTypes as ReadonlyArray<ReadonlyArray<string>>,
        ...(props === undefined
          ? {}
          : {
              fills: props.map((row) =>
                row.map((p) => {
                  const fill = p.format?.fill
                  return fill !== undefined && fill.pattern !== "None" && fill.color !== undefined
                    ? argbOf(fill.color)
                    : undefined
                })
              )
            })
      }
      if (l.merged !== undefined && !l.merged.isNullObject) {
        for (const part of l.merged.address.split(",")) {
          const m = parseAddress(part)
          if (m.bottom > m.top || m.right > m.left) merges.push(m)
        }
      }
    }
    sheets.set(l.name, Snapshot.sheet(l.name, data, notesBySheet.get(l.name) ?? new Map(), merges))
  }
  return over(context, sheets, noteProxies, withNotes)
}

/** The grid: reads from the snapshot, writes to it and to Office.js. */
const over = (
  context: Excel.RequestContext,
  snapshots: Map<string, Grid.WritableSheet>,
  notes: Map<string, Excel.Note>,
  withNotes: boolean
): OfficeGrid => {
  let queued = 0
  const worksheets = context.workbook.worksheets
  const wrap = (snap: Grid.WritableSheet, ws: Excel.Worksheet): Grid.WritableSheet => {
    const cell = (row: number, column: number) => ws.getRangeByIndexes(row - 1, column - 1, 1, 1)
    const q = <A>(f: () => A): A => {
      queued++
      return f()
    }
    return {
      get name() {
        return snap.name
      },
      get usedRange() {
        return snap.usedRange
      },
      get merges() {
        return snap.merges
      },
      value: snap.value,
      formula: snap.formula,
      numberFormat: snap.numberFormat,
      note: snap.note,
      fill: snap.fill,
      setValue: (row, column, value) => {
        snap.setValue(row, column, value)
        q(() => {
          const r = cell(row, column)
          if (value._tag === "blank") r.clear("Contents")
          else r.values = [[value._tag === "error" ? value.value : value.value]]
        })
      },
      setFormula: (row, column, formula, cached) => {
        snap.setFormula(row, column, formula, cached)
        q(() => {
          cell(row, column).formulas = [[`=${formula}`]]
        })
      },
      setLink: (row, column, text, target) => {
        snap.setLink(row, column, text, target)
        q(() => {
          cell(row, column).hyperlink = { documentReference: target.replace(/^#/, ""), textToDisplay: text }
        })
      },
      setNumberFormat: (row, column, format) => {
        snap.setNumberFormat(row, column, format)
        q(() => {
          cell(row, column).numberFormat = [[format]]
        })
      },
      setNote: (row, column, note) => {
        if (!withNotes) return
        const before = snap.note(row, column)
        snap.setNote(row, column, note)
        const key = `${snap.name}\u0000${FormLayout.columnLetters(column)}${row}`
        const proxy = notes.get(key)
        q(() => {
          if (proxy !== undefined && note === undefined) {
            proxy.delete()
            notes.delete(key)
          } else if (proxy !== undefined && note !== undefined) {
            proxy.content = note
          } else if (note !== undefined) {
            notes.set(key, ws.notes.add(cell(row, column), note))
          } else if (before !== undefined) {
            // A note we did not load a proxy for (added outside): nothing to remove.
          }
        })
      },
      setFill: (row, column, argb) => {
        snap.setFill(row, column, argb)
        q(() => {
          const fill = cell(row, column).format.fill
          if (argb === undefined) fill.clear()
          else fill.color = hexOf(argb)
        })
      },
      setStyle: (row, column, style) => {
        snap.setStyle(row, column, style)
        q(() => {
          const f = cell(row, column).format
          if (style.bold !== undefined) f.font.bold = style.bold
          if (style.italic !== undefined) f.font.italic = style.italic
          if (style.wrap !== undefined) f.wrapText = style.wrap
        })
      },
      setColumnWidth: (column, width) => {
        snap.setColumnWidth(column, width)
        // The port's width is in characters (as xlsx); Office.js wants points (about 7 per character).
        q(() => {
          ws.getRangeByIndexes(0, column - 1, 1, 1).format.columnWidth = Math.round(width * 7)
        })
      },
      merge: (range) => {
        snap.merge(range)
        q(() => {
          ws.getRangeByIndexes(
            range.top - 1,
            range.left - 1,
            range.bottom - range.top + 1,
            range.right - range.left + 1
          ).merge(false)
        })
      }
    }
  }
  const sheets = new Map<string, Grid.WritableSheet>()
  const sheetOf = (name: string): Grid.WritableSheet | undefined => {
    const snap = snapshots.get(name)
    if (snap === undefined) return undefined
    let s = sheets.get(name)
    if (s === undefined) {
      s = wrap(snap, worksheets.getItem(name))
      sheets.set(name, s)
    }
    return s
  }
  return {
    get sheetNames() {
      return [...snapshots.keys()]
    },
    sheet: sheetOf,
    addSheet: (name) => {
      if (snapshots.has(name)) throw new RangeError(`a sheet "${name}" exists`)
      const snap = Snapshot.sheet(name, undefined, new Map(), [])
      snapshots.set(name, snap)
      queued++
      const ws = worksheets.add(name)
      const s = wrap(snap, ws)
      sheets.set(name, s)
      return s
    },
    removeSheet: (name) => {
      if (!snapshots.has(name)) return
      snapshots.delete(name)
      sheets.delete(name)
      for (const key of [...notes.keys()]) if (key.startsWith(`${name}\u0000`)) notes.delete(key)
      queued++
      worksheets.getItem(name).delete()
    },
    flush: async () => {
      if (queued === 0) return
      await context.sync()
      queued = 0
    },
    pending: () => queued
  }
}
