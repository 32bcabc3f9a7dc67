/**
 * An in-memory {@link Grid.WritableGrid} (bảng tính trong bộ nhớ): the
 * reference implementation of the grid port, used by tests to check that
 * every adapter reads the same report, and by asynchronous hosts (Office.js)
 * to hold a snapshot of the sheets loaded in one batch.
 *
 * @since 0.2.0
 */
import * as FormLayout from "./FormLayout.js"
import * as Grid from "./Grid.js"

/**
 * One cell of a snapshot.
 *
 * @example
 * ```ts
 * const c: MemoryGrid.Cell = { value: { _tag: "number", value: 12 }, formula: "SUM(D8:D10)", numberFormat: "#,##0" }
 * ```
 * @since 0.2.0
 */
export interface Cell {
  readonly value?: Grid.Value
  readonly formula?: string
  readonly numberFormat?: string
  readonly note?: string
  readonly fill?: string
  readonly link?: string
  readonly validation?: Grid.Validation
  readonly locked?: boolean
}

/**
 * A snapshot of a sheet: its cells by A1 address, and its merged ranges.
 *
 * @example
 * ```ts
 * const s: MemoryGrid.SheetData = { name: "Việc", cells: { D7: { value: { _tag: "number", value: 3 } } } }
 * ```
 * @since 0.2.0
 */
export interface SheetData {
  readonly name: string
  readonly cells: Readonly<Record<string, Cell>>
  readonly merges?: ReadonlyArray<Grid.Range>
}

type MutableCell = { -readonly [K in keyof Cell]: Cell[K] } & { style?: Grid.Style }

/** What a sheet of a memory grid keeps beyond its cells (see {@link state}). */
interface SheetState {
  readonly protected: boolean
  readonly frozen: { readonly rows: number; readonly columns: number } | undefined
}

const key = (row: number, column: number) => row * 16_384 + column

const toA1 = (row: number, column: number): string => `${FormLayout.columnLetters(column)}${row}`

const fromA1 = (a1: string): { row: number; column: number } => {
  const { column, row } = FormLayout.parseCell(a1)
  return { row, column: FormLayout.columnNumber(column) }
}

const isEmpty = (c: MutableCell) =>
  (c.value === undefined || c.value._tag === "blank") && c.formula === undefined && c.note === undefined

type MemorySheet = Grid.WritableSheet & { readonly cells: Map<number, MutableCell>; readonly state: SheetState }

const makeSheet = (name: string): MemorySheet => {
  const cells = new Map<number, MutableCell>()
  const state: { protected: boolean; frozen: SheetState["frozen"] } = { protected: false, frozen: undefined }
  const merges: Array<Grid.Range> = []
  const widths = new Map<number, number>()
  const get = (row: number, column: number) => cells.get(key(row, column))
  const put = (row: number, column: number): MutableCell => {
    const k = key(row, column)
    let c = cells.get(k)
    if (c === undefined) {
      c = {}
      cells.set(k, c)
    }
    return c
  }
  return {
    name,
    cells,
    state,
    get usedRange(): Grid.Range | undefined {
      let top = Infinity
      let left = Infinity
      let bottom = 0
      let right = 0
      for (const [k, c] of cells) {
        if (isEmpty(c)) continue
        const row = Math.floor(k / 16_384)
        const column = k % 16_384
        if (row < top) top = row
        if (row > bottom) bottom = row
        if (column < left) left = column
        if (column > right) right = column
      }
      return bottom === 0 ? undefined : { top, left, bottom, right }
    },
    value: (row, column) => get(row, column)?.value ?? Grid.blank,
    formula: (row, column) => get(row, column)?.formula,
    numberFormat: (row, column) => get(row, column)?.numberFormat,
    note: (row, column) => get(row, column)?.note,
    fill: (row, column) => get(row, column)?.fill,
    merges,
    setValue: (row, column, value) => {
      const c = put(row, column)
      c.value = value
      delete c.formula
      delete c.link
    },
    setFormula: (row, column, formula, cached) => {
      const c = put(row, column)
      c.formula = formula
      c.value = cached
    },
    setLink: (row, column, text, target) => {
      const c = put(row, column)
      c.value = { _tag: "string", value: text }
      c.link = target
    },
    setNumberFormat: (row, column, format) => {
      put(row, column).numberFormat = format
    },
    setNote: (row, column, note) => {
      const c = put(row, column)
      if (note === undefined) delete c.note
      else c.note = note
    },
    setFill: (row, column, argb) => {
      const c = put(row, column)
      if (argb === undefined) delete c.fill
      else c.fill = argb
    },
    setStyle: (row, column, style) => {
      const c = put(row, column)
      c.style = { ...c.style, ...style }
    },
    setColumnWidth: (column, width) => {
      widths.set(column, width)
    },
    merge: (range) => {
      merges.push(range)
    },
    setRowHeight: () => {},
    freeze: (rows, columns) => {
      state.frozen = { rows, columns }
    },
    setValidation: (row, column, validation) => {
      put(row, column).validation = validation
    },
    setLocked: (row, column, locked) => {
      put(row, column).locked = locked
    },
    protect: () => {
      state.protected = true
    }
  }
}

/**
 * A grid made from sheet snapshots.
 *
 * @example
 * ```ts
 * const grid = MemoryGrid.make([{ name: "Báo cáo", cells: { B4: { value: { _tag: "string", value: "cuc-tay-ninh" } } } }])
 * grid.sheet("Báo cáo")!.value(4, 2) // { _tag: "string", value: "cuc-tay-ninh" }
 * ```
 * @since 0.2.0
 */
export const make = (sheets: ReadonlyArray<SheetData> = []): Grid.WritableGrid => {
  const byName = new Map<string, MemorySheet>()
  for (const s of sheets) {
    const sheet = makeSheet(s.name)
    for (const [a1, cell] of Object.entries(s.cells)) {
      const { row, column } = fromA1(a1)
      sheet.cells.set(key(row, column), { ...cell })
    }
    for (const m of s.merges ?? []) sheet.merge(m)
    byName.set(s.name, sheet)
  }
  return {
    get sheetNames() {
      return [...byName.keys()]
    },
    sheet: (name) => byName.get(name),
    addSheet: (name) => {
      if (byName.has(name)) throw new RangeError(`a sheet "${name}" exists`)
      const s = makeSheet(name)
      byName.set(name, s)
      return s
    },
    removeSheet: (name) => {
      byName.delete(name)
    }
  }
}

/**
 * Everything a memory grid keeps of a cell (value, formula, format, note,
 * fill, validation, locking), e.g. to test a writer; undefined for a cell
 * never written or a grid not made by {@link make}.
 *
 * @example
 * ```ts
 * MemoryGrid.cell(grid, "Việc", "F8")?.locked // true: a formula cell
 * ```
 * @since 0.2.0
 */
export const cell = (
  grid: Grid.Grid,
  sheet: string,
  a1: string
): (Cell & { readonly style?: Grid.Style }) | undefined => {
  const s = grid.sheet(sheet) as Partial<MemorySheet> | undefined
  const { row, column } = fromA1(a1)
  return s?.cells?.get(key(row, column))
}

/**
 * Whether a sheet of a memory grid is protected, and its frozen rows and
 * columns; undefined for a sheet it does not have.
 *
 * @example
 * ```ts
 * MemoryGrid.state(grid, "Việc") // { protected: true, frozen: { rows: 7, columns: 3 } }
 * ```
 * @since 0.2.0
 */
export const state = (grid: Grid.Grid, sheet: string): SheetState | undefined =>
  (grid.sheet(sheet) as Partial<MemorySheet> | undefined)?.state

/**
 * A snapshot of any grid (every cell of each sheet's used range), e.g. to
 * compare what two adapters read.
 *
 * @example
 * ```ts
 * const copy = MemoryGrid.copy(excelGrid)
 * ```
 * @since 0.2.0
 */
export const copy = (grid: Grid.Grid): Grid.WritableGrid =>
  make(
    grid.sheetNames.map((name) => {
      const s = grid.sheet(name)!
      const cells: Record<string, Cell> = {}
      const r = s.usedRange
      if (r !== undefined) {
        for (let row = r.top; row <= r.bottom; row++) {
          for (let column = r.left; column <= r.right; column++) {
            const value = s.value(row, column)
            const formula = s.formula(row, column)
            const numberFormat = s.numberFormat(row, column)
            const note = s.note(row, column)
            const fill = s.fill(row, column)
            if (value._tag === "blank" && formula === undefined && note === undefined) continue
            cells[toA1(row, column)] = {
              value,
              ...(formula === undefined ? {} : { formula }),
              ...(numberFormat === undefined ? {} : { numberFormat }),
              ...(note === undefined ? {} : { note }),
              ...(fill === undefined ? {} : { fill })
            }
          }
        }
      }
      return { name, cells, merges: s.merges }
    })
  )
