/**
 * A mocked Excel workbook for tests, benchmarks and the browser test of the
 * task pane (giả lập Excel): the part of the Office.js object model the
 * add-in uses — worksheets, used ranges, cell properties, merged areas,
 * notes, writes and selection — built on `office-addin-mock`, so every
 * property must be loaded and synced before it is read, as in Excel.
 * Writes are queued and applied to the workbook's state at
 * `context.sync()`, in the order they were made.
 *
 * @since 0.1.0
 */
import { FormLayout, type Grid, type MemoryGrid } from "@thads/core"
import { OfficeMockObject } from "office-addin-mock"

// biome-ignore lint/suspicious/noExplicitAny: office-addin-mock objects are untyped by design
type Mock = any

/**
 * One cell of the mocked workbook.
 *
 * @example
 * ```ts
 * const c: MockExcel.CellState = { value: { _tag: "number", value: 3 }, fill: "FFFFC7CE" }
 * ```
 * @since 0.1.0
 */
export interface CellState {
  value: Grid.Value
  formula?: string
  numberFormat?: string
  fill?: string
  note?: string
  bold?: boolean
  link?: string
}

/**
 * The state of a sheet of the mocked workbook.
 *
 * @example
 * ```ts
 * const s: MockExcel.SheetState = { name: "Việc", cells: new Map(), merges: [] }
 * ```
 * @since 0.1.0
 */
export interface SheetState {
  readonly name: string
  readonly cells: Map<string, CellState>
  readonly merges: Array<Grid.Range>
}

/**
 * The mocked workbook: its state, the `Excel`-like object to install as a
 * global (`Excel.run`), the request context, and the last selection.
 *
 * @example
 * ```ts
 * const excel = MockExcel.make([{ name: "Việc", cells: { K8: { value: { _tag: "number", value: 6 } } } }])
 * const grid = await excel.run((context) => OfficeGrid.load(context))
 * grid.sheet("Việc")?.value(8, 11) // { _tag: "number", value: 6 }
 * excel.syncs() // 3
 * ```
 * @since 0.1.0
 */
export interface MockExcel {
  readonly sheets: Array<SheetState>
  readonly context: Excel.RequestContext
  readonly run: <A>(f: (context: Excel.RequestContext) => Promise<A>) => Promise<A>
  /** The cell last selected (`range.select()`), as "Sheet!A1". */
  readonly selected: () => string | undefined
  /** How many `context.sync()` calls were made. */
  readonly syncs: () => number
  /** The state as snapshots (to compare with what was written). */
  readonly snapshot: () => ReadonlyArray<MemoryGrid.SheetData>
}

/** The address of a range proxy, for the mock's own use (Excel needs no load to use a range as an argument). */
const internalAddress = Symbol("address")

const a1 = (row: number, column: number) => `${FormLayout.columnLetters(column)}${row}`
const quote = (name: string) => (/^[A-Za-z0-9_]+$/.test(name) ? name : FormLayout.quoteSheet(name))
const typeOf = (v: Grid.Value): string =>
  v._tag === "blank"
    ? "Empty"
    : v._tag === "number"
      ? "Double"
      : v._tag === "string"
        ? "String"
        : v._tag === "boolean"
          ? "Boolean"
          : "Error"
const excelValue = (v: Grid.Value): unknown => (v._tag === "blank" ? "" : v.value)
const fromExcel = (u: unknown): Grid.Value =>
  u === "" || u === null || u === undefined
    ? { _tag: "blank" }
    : typeof u === "number"
      ? { _tag: "number", value: u }
      : typeof u === "boolean"
        ? { _tag: "boolean", value: u }
        : { _tag: "string", value: String(u) }
const isError = (u: unknown) => u === "Error, property was not loaded" || u === "Error, context.sync() was not called"

/**
 * A mocked workbook holding these sheets.
 *
 * @example
 * ```ts
 * const excel = MockExcel.make([{ name: "Báo cáo", cells: { B4: { value: { _tag: "string", value: "cuc-tay-ninh" } } } }])
 * excel.snapshot()[0].cells.B4 // { value: { _tag: "string", value: "cuc-tay-ninh" } }
 * ```
 * @since 0.1.0
 */
export const make = (data: ReadonlyArray<MemoryGrid.SheetData>, workbookName = "Báo cáo.xlsx"): MockExcel => {
  const sheets: Array<SheetState> = data.map((s) => ({
    name: s.name,
    cells: new Map(
      Object.entries(s.cells).map(([k, c]) => [
        k,
        {
          value: c.value ?? { _tag: "blank" },
          ...(c.formula === undefined ? {} : { formula: c.formula }),
          ...(c.numberFormat === undefined ? {} : { numberFormat: c.numberFormat }),
          ...(c.fill === undefined ? {} : { fill: c.fill }),
          ...(c.note === undefined ? {} : { note: c.note }),
          ...(c.link === undefined ? {} : { link: c.link })
        }
      ])
    ),
    merges: [...(s.merges ?? [])]
  }))
  const find = (name: string) => sheets.find((s) => s.name === name)
  let syncCount = 0
  let selected: string | undefined
  /** Every mock handed out since the last sync, in creation order, with what to apply at sync. */
  let handed: Array<{ readonly seq: number; readonly mock: Mock; readonly apply: () => boolean }> = []
  const calls: Array<{ readonly seq: number; readonly op: () => unknown }> = []
  let seq = 0
  /** The data version: bumped by every sync that applies a write (the array cache is per version). */
  let version = 0
  const arrays = new Map<
    string,
    Record<"values" | "formulas" | "numberFormat" | "valueTypes" | "properties", unknown[][]>
  >()

  const put = (sheet: SheetState, key: string): CellState => {
    let c = sheet.cells.get(key)
    if (c === undefined) {
      c = { value: { _tag: "blank" } }
      sheet.cells.set(key, c)
    }
    return c
  }
  const usedOf = (sheet: SheetState): Grid.Range | undefined => {
    let top = Infinity
    let left = Infinity
    let bottom = 0
    let right = 0
    for (const [key, c] of sheet.cells) {
      if (c.value._tag === "blank" && c.formula === undefined && c.fill === undefined && c.note === undefined) continue
      const { column, row } = FormLayout.parseCell(key)
      const col = FormLayout.columnNumber(column)
      top = Math.min(top, row)
      bottom = Math.max(bottom, row)
      left = Math.min(left, col)
      right = Math.max(right, col)
    }
    return bottom === 0 ? undefined : { top, left, bottom, right }
  }

  /** A range proxy over a rectangle of a sheet. */
  const rangeMock = (sheetName: string, r: Grid.Range | undefined): Mock => {
    const mine = seq++
    const sheet = find(sheetName)
    const now = () => find(sheetName)
    const rect = r ?? { top: 1, left: 1, bottom: 1, right: 1 }
    const grid = <A>(f: (c: CellState | undefined) => A): Array<Array<A>> => {
      const out: Array<Array<A>> = []
      for (let row = rect.top; row <= rect.bottom; row++) {
        const line: Array<A> = []
        for (let col = rect.left; col <= rect.right; col++) line.push(f(sheet?.cells.get(a1(row, col))))
        out.push(line)
      }
      return out
    }
    const address = `${quote(sheetName)}!${a1(rect.top, rect.left)}${
      rect.bottom > rect.top || rect.right > rect.left ? `:${a1(rect.bottom, rect.right)}` : ""
    }`
    // Excel hands out its arrays without deriving them again: cache them per range until a write lands.
    const cacheKey = `${sheetName}|${rect.top},${rect.left},${rect.bottom},${rect.right}|${version}`
    let cached = arrays.get(cacheKey)
    if (cached === undefined) {
      cached = {
        values: grid((c) => excelValue(c?.value ?? { _tag: "blank" })),
        formulas: grid((c) => (c?.formula !== undefined ? `=${c.formula}` : excelValue(c?.value ?? { _tag: "blank" }))),
        numberFormat: grid((c) => c?.numberFormat ?? "General"),
        valueTypes: grid((c) => typeOf(c?.value ?? { _tag: "blank" })),
        properties: grid((c) => ({
          format: {
            fill:
              c?.fill === undefined
                ? { color: "#FFFFFF", pattern: "None" }
                : { color: `#${c.fill.slice(-6)}`, pattern: "Solid" }
          }
        }))
      }
      if (rect.bottom > rect.top || rect.right > rect.left) arrays.set(cacheKey, cached)
    }
    const { properties, ...initial } = cached
    const syncedAt = () => syncCount
    const created = syncedAt()
    const later = <A>(value: () => A) => ({
      get value(): A {
        if (syncCount === created) throw new Error("ClientResult read before context.sync()")
        return value()
      }
    })
    const record = (op: () => void) => calls.push({ seq: mine, op })
    const each = (f: (c: CellState, key: string) => void) => {
      const target = now()
      if (target === undefined) return
      for (let row = rect.top; row <= rect.bottom; row++)
        for (let col = rect.left; col <= rect.right; col++) f(put(target, a1(row, col)), a1(row, col))
    }
    const mock: Mock = new OfficeMockObject({
      isNullObject: r === undefined,
      address,
      ...initial,
      format: {
        fill: { color: "#FFFFFF", clear: () => record(() => each((c) => delete c.fill)) },
        font: { bold: false, italic: false },
        wrapText: false,
        columnWidth: 64
      },
      hyperlink: {},
      getCellProperties: () => later(() => properties),
      getMergedAreasOrNullObject: () => {
        const inside = (sheet?.merges ?? []).filter(
          (m) => m.top >= rect.top && m.bottom <= rect.bottom && m.left >= rect.left && m.right <= rect.right
        )
        return new OfficeMockObject({
          isNullObject: inside.length === 0,
          address: inside.map((m) => `${quote(sheetName)}!${a1(m.top, m.left)}:${a1(m.bottom, m.right)}`).join(",")
        })
      },
      clear: (what?: string) =>
        record(() =>
          each((c) => {
            if (what === undefined || what === "Contents" || what === "All") {
              c.value = { _tag: "blank" }
              delete c.formula
              delete c.link
            }
          })
        ),
      merge: () => record(() => now()?.merges.push(rect)),
      select: () =>
        record(() => {
          selected = `${sheetName}!${a1(rect.top, rect.left)}`
        })
    })
    Object.defineProperty(mock, internalAddress, { value: address })
    handed.push({
      seq: mine,
      mock,
      apply: () => {
        let wrote = false
        const write = (f: (c: CellState) => void) => {
          wrote = true
          each(f)
        }
        const changed = (k: keyof typeof initial) => !isError(mock[k]) && mock[k] !== initial[k]
        if (changed("formulas")) {
          write((c) => {
            const f = mock.formulas[0][0]
            if (typeof f === "string" && f.startsWith("=")) c.formula = f.slice(1)
            else {
              delete c.formula
              c.value = fromExcel(f)
            }
          })
        }
        if (changed("values")) {
          write((c) => {
            c.value = fromExcel(mock.values[0][0])
            delete c.formula
          })
        }
        if (changed("numberFormat")) write((c) => (c.numberFormat = mock.numberFormat[0][0]))
        if (!isError(mock.format.fill.color) && mock.format.fill.color !== "#FFFFFF") {
          write((c) => (c.fill = `FF${String(mock.format.fill.color).replace("#", "").toUpperCase()}`))
        }
        if (mock.format.font.bold === true) write((c) => (c.bold = true))
        if (!isError(mock.hyperlink) && mock.hyperlink.documentReference !== undefined) {
          write((c) => {
            c.link = `#${mock.hyperlink.documentReference}`
            c.value = { _tag: "string", value: mock.hyperlink.textToDisplay ?? "" }
          })
        }
        return wrote
      }
    })
    return mock
  }

  const noteMock = (sheetName: string, key: string): Mock => {
    const mine = seq++
    const initial = find(sheetName)?.cells.get(key)?.note ?? ""
    const mock: Mock = new OfficeMockObject({
      content: initial,
      delete: () =>
        calls.push({
          seq: mine,
          op: () => {
            const c = find(sheetName)?.cells.get(key)
            if (c !== undefined) delete c.note
          }
        }),
      getLocation: () => rangeMock(sheetName, { ...cellRect(key) })
    })
    handed.push({
      seq: mine,
      mock,
      apply: () => {
        const sheet = find(sheetName)
        if (isError(mock.content) || mock.content === initial || sheet === undefined) return false
        put(sheet, key).note = mock.content
        return true
      }
    })
    return mock
  }
  const cellRect = (key: string): Grid.Range => {
    const { column, row } = FormLayout.parseCell(key)
    const col = FormLayout.columnNumber(column)
    return { top: row, left: col, bottom: row, right: col }
  }

  /** A collection whose `items` can be read only after `load` and a sync. */
  const collection = (items: () => Array<Mock>, extra: Record<string, unknown>): Mock => {
    let asked = -1
    const mock: Mock = new OfficeMockObject(extra)
    mock.load = () => {
      asked = syncCount
      return mock
    }
    Object.defineProperty(mock, "items", {
      get: () => {
        if (asked < 0 || asked === syncCount) throw new Error("collection items read before load() and context.sync()")
        return items()
      }
    })
    return mock
  }

  const worksheetMock = (name: string): Mock => {
    const mine = seq++
    const notes = collection(
      () => {
        const sheet = find(name)
        return sheet === undefined
          ? []
          : [...sheet.cells].filter(([, c]) => c.note !== undefined).map(([k]) => noteMock(name, k))
      },
      {
        add: (where: Mock, content: string) => {
          const address = String(typeof where === "string" ? where : where[internalAddress])
          const key = address.slice(address.lastIndexOf("!") + 1).split(":")[0]!
          calls.push({
            seq: seq++,
            op: () => {
              put(find(name)!, key).note = content
            }
          })
          return noteMock(name, key)
        }
      }
    )
    const ws: Mock = new OfficeMockObject({
      name,
      getUsedRangeOrNullObject: () => rangeMock(name, find(name) === undefined ? undefined : usedOf(find(name)!)),
      getUsedRange: () => rangeMock(name, usedOf(find(name)!) ?? { top: 1, left: 1, bottom: 1, right: 1 }),
      getRange: (address: string) => {
        const [p, q] = address.replace(/\$/g, "").split(":") as [string, string | undefined]
        const a = cellRect(p)
        const b = cellRect(q ?? p)
        return rangeMock(name, { top: a.top, left: a.left, bottom: b.bottom, right: b.right })
      },
      getRangeByIndexes: (row: number, column: number, rows: number, columns: number) =>
        rangeMock(name, { top: row + 1, left: column + 1, bottom: row + rows, right: column + columns }),
      activate: () => undefined,
      delete: () =>
        calls.push({
          seq: mine,
          op: () => {
            const i = sheets.findIndex((s) => s.name === name)
            if (i >= 0) sheets.splice(i, 1)
          }
        })
    })
    ws.name = name // loaded with the collection ("items/name")
    ws.notes = notes
    return ws
  }

  const worksheets = collection(() => sheets.map((s) => worksheetMock(s.name)), {
    getItem: (name: string) => {
      if (find(name) === undefined) throw new Error(`ItemNotFound: no sheet "${name}"`)
      return worksheetMock(name)
    },
    add: (name: string) => {
      calls.push({
        seq: seq++,
        op: () => {
          sheets.push({ name, cells: new Map(), merges: [] })
        }
      })
      return worksheetMock(name)
    }
  })

  const context: Mock = new OfficeMockObject({ workbook: { name: workbookName } })
  context.workbook.worksheets = worksheets
  context.sync = async () => {
    const batch = handed
    handed = []
    await context.workbook.sync()
    for (const h of batch) await h.mock.sync()
    // office-addin-mock settles nested properties in later microtasks: let them run.
    for (let i = 0; i < 8; i++) await Promise.resolve()
    // Apply in the order made: a proxy's calls, then its property writes (a proxy is used right after it is made).
    const made = calls.splice(0)
    const ops = [...made, ...batch.map((h) => ({ seq: h.seq + 0.5, op: h.apply }))].sort((x, y) => x.seq - y.seq)
    let wrote = made.length > 0
    for (const o of ops) if (o.op() === true) wrote = true
    if (wrote) {
      version++
      arrays.clear()
    }
    syncCount++
  }
  return {
    sheets,
    context: context as Excel.RequestContext,
    run: (f) => f(context as Excel.RequestContext),
    selected: () => selected,
    syncs: () => syncCount,
    snapshot: () =>
      sheets.map((s) => ({
        name: s.name,
        cells: Object.fromEntries(
          [...s.cells].map(([k, c]) => [
            k,
            {
              value: c.value,
              ...(c.formula === undefined ? {} : { formula: c.formula }),
              ...(c.numberFormat === undefined ? {} : { numberFormat: c.numberFormat }),
              ...(c.fill === undefined ? {} : { fill: c.fill }),
              ...(c.note === undefined ? {} : { note: c.note }),
              ...(c.link === undefined ? {} : { link: c.link })
            }
          ])
        ),
        merges: [...s.merges]
      }))
  }
}

/**
 * Snapshots of every sheet of a grid (used range, merges), to build a mocked
 * workbook holding the same cells as, say, an ExcelJS workbook.
 *
 * @example
 * ```ts
 * import { ExcelGrid, Read, Write } from "@thads/xlsx"
 * const wb = await Read.load(await Write.report(Synthetic.report({ seed: 1, rows: 3 })))
 * const excel = MockExcel.make(MockExcel.sheetsOf(ExcelGrid.fromWorkbook(wb)))
 * excel.sheets.map((s) => s.name) // ["Báo cáo", "Việc", "Tiền"]
 * ```
 * @since 0.1.0
 */
export const sheetsOf = (grid: Grid.Grid): Array<MemoryGrid.SheetData> =>
  grid.sheetNames.map((name) => {
    const sheet = grid.sheet(name)!
    const cells: Record<string, MemoryGrid.Cell> = {}
    const used = sheet.usedRange
    if (used !== undefined) {
      for (let row = used.top; row <= used.bottom; row++) {
        for (let column = used.left; column <= used.right; column++) {
          const value = sheet.value(row, column)
          const formula = sheet.formula(row, column)
          const numberFormat = sheet.numberFormat(row, column)
          const note = sheet.note(row, column)
          const fill = sheet.fill(row, column)
          if (value._tag === "blank" && formula === undefined && note === undefined && fill === undefined) continue
          cells[a1(row, column)] = {
            value,
            ...(formula === undefined ? {} : { formula }),
            ...(numberFormat === undefined || numberFormat === "General" ? {} : { numberFormat }),
            ...(note === undefined ? {} : { note }),
            ...(fill === undefined ? {} : { fill })
          }
        }
      }
    }
    return { name, cells, merges: [...sheet.merges] }
  })
