/**
 * The grid port (cổng bảng tính): the little a form reader or writer needs
 * from a spreadsheet, whatever holds it — ExcelJS in `@thads/xlsx`, Office.js
 * in the Excel add-in, or {@link MemoryGrid} in tests. Sheets by name; per
 * sheet: the used range, and per cell its value (number, string, boolean,
 * blank or error — a date is a number with a date number format, as in
 * Excel), formula, number format, note and fill; and the merged ranges.
 *
 * Rows and columns are 1-based (row 1 = sheet row 1, column 1 = A). The port
 * is synchronous: an asynchronous host (Office.js) loads a snapshot of the
 * used ranges first (one `context.sync()`), then hands the snapshot over as a
 * `Grid` — see {@link MemoryGrid.make}.
 *
 * The layout-driven reader ({@link ReportReader}) is written against
 * {@link Grid}; the annotator ({@link ReportAnnotation}) against
 * {@link WritableGrid}.
 *
 * @since 0.2.0
 */

/**
 * What a cell holds (a formula cell: its cached value; blank when it has
 * none).
 *
 * @example
 * ```ts
 * const v: Grid.Value = { _tag: "number", value: 12 }
 * ```
 * @since 0.2.0
 */
export type Value =
  | { readonly _tag: "blank" }
  | { readonly _tag: "number"; readonly value: number }
  | { readonly _tag: "string"; readonly value: string }
  | { readonly _tag: "boolean"; readonly value: boolean }
  /** An Excel error value such as "#N/A" or "#REF!". */
  | { readonly _tag: "error"; readonly value: string }

/**
 * The blank value.
 *
 * @example
 * ```ts
 * Grid.blank._tag // "blank"
 * ```
 * @since 0.2.0
 */
export const blank: Value = { _tag: "blank" }

/**
 * A rectangle of cells, 1-based and inclusive.
 *
 * @example
 * ```ts
 * const r: Grid.Range = { top: 1, left: 1, bottom: 1, right: 4 } // A1:D1
 * ```
 * @since 0.2.0
 */
export interface Range {
  readonly top: number
  readonly left: number
  readonly bottom: number
  readonly right: number
}

/**
 * A sheet, read-only.
 *
 * @example
 * ```ts
 * const s = grid.sheet("Việc")!
 * s.value(7, 4) // the cached value of D7
 * ```
 * @since 0.2.0
 */
export interface Sheet {
  /** The sheet's name as written in the workbook. */
  readonly name: string
  /** The smallest range holding every non-empty cell; undefined for an empty sheet. */
  readonly usedRange: Range | undefined
  readonly value: (row: number, column: number) => Value
  /** The formula without "=", or undefined. */
  readonly formula: (row: number, column: number) => string | undefined
  readonly numberFormat: (row: number, column: number) => string | undefined
  /** The cell's note (comment) as plain text, or undefined. */
  readonly note: (row: number, column: number) => string | undefined
  /** The solid fill colour as ARGB ("FFFFC7CE"), or undefined. */
  readonly fill: (row: number, column: number) => string | undefined
  readonly merges: ReadonlyArray<Range>
}

/**
 * A workbook, read-only.
 *
 * @example
 * ```ts
 * Grid.findSheet(grid, "việc")?.name // "Việc"
 * ```
 * @since 0.2.0
 */
export interface Grid {
  readonly sheetNames: ReadonlyArray<string>
  /** The sheet of exactly this name. */
  readonly sheet: (name: string) => Sheet | undefined
}

/**
 * A sheet that can be written (for templates and annotations).
 *
 * @example
 * ```ts
 * sheet.setValue(7, 1, { _tag: "string", value: "Tổng cộng" })
 * sheet.setFormula(7, 4, "SUM(D8:D10)", { _tag: "number", value: 12 })
 * ```
 * @since 0.2.0
 */
export interface WritableSheet extends Sheet {
  readonly setValue: (row: number, column: number, value: Value) => void
  /** A formula (without "=") and its cached value. */
  readonly setFormula: (row: number, column: number, formula: string, cached: Value) => void
  /** A hyperlink cell: the text shown and the target ("#'Việc'!K8" for a cell of the workbook). */
  readonly setLink: (row: number, column: number, text: string, target: string) => void
  readonly setNumberFormat: (row: number, column: number, format: string) => void
  /** Sets or (undefined) removes the note. */
  readonly setNote: (row: number, column: number, note: string | undefined) => void
  /** Sets or (undefined) removes a solid fill. */
  readonly setFill: (row: number, column: number, argb: string | undefined) => void
  /** Presentation hints a host may ignore: font, alignment, thin borders ({@link Style}). */
  readonly setStyle: (row: number, column: number, style: Style) => void
  readonly setColumnWidth: (column: number, width: number) => void
  readonly merge: (range: Range) => void
  /** A row's height in points (a presentation hint; optional for a host). */
  readonly setRowHeight?: (row: number, height: number) => void
  /** Freezes the first rows and columns (a presentation hint; optional for a host). */
  readonly freeze?: (rows: number, columns: number) => void
  /** Data validation of a cell (what Excel refuses to accept as typed); optional for a host that cannot. */
  readonly setValidation?: (row: number, column: number, validation: Validation) => void
  /** Whether a cell is locked once its sheet is protected; optional for a host that cannot. */
  readonly setLocked?: (row: number, column: number, locked: boolean) => void
  /**
   * Protects the sheet without a password (Review → Unprotect Sheet lifts it): locked cells cannot be edited;
   * formatting and inserting or deleting rows stay allowed. Optional for a host that cannot.
   */
  readonly protect?: () => void
}

/**
 * Presentation hints for a cell: font (bold, italic, size, ARGB colour),
 * wrapped text and alignment (vertical "top" unless given), and a thin
 * border of an ARGB colour on every side.
 *
 * @example
 * ```ts
 * const s: Grid.Style = { bold: true, wrap: true, vertical: "middle", horizontal: "center", border: "FFBFBFBF" }
 * ```
 * @since 0.2.0
 */
export interface Style {
  readonly bold?: boolean
  readonly italic?: boolean
  readonly size?: number
  readonly color?: string
  readonly wrap?: boolean
  readonly vertical?: "top" | "middle"
  readonly horizontal?: "center"
  readonly border?: string
}

/**
 * A cell's data validation: a whole number at least `min` (and at most
 * `max`), or one of a list of texts; the error shown when a value is refused
 * (Vietnamese and English in one text, as Excel shows one).
 *
 * @example
 * ```ts
 * const v: Grid.Validation = { _tag: "whole", min: 0, allowBlank: false, errorTitle: "Số không hợp lệ", error: "Nhập số nguyên ≥ 0." }
 * ```
 * @since 0.2.0
 */
export type Validation =
  | {
      readonly _tag: "whole"
      readonly min: number
      readonly max?: number
      readonly allowBlank: boolean
      readonly errorTitle: string
      readonly error: string
    }
  | {
      readonly _tag: "list"
      readonly items: ReadonlyArray<string>
      readonly allowBlank: boolean
      readonly errorTitle: string
      readonly error: string
    }

/**
 * A workbook that can be written.
 *
 * @example
 * ```ts
 * const s = grid.addSheet("Phát hiện")
 * ```
 * @since 0.2.0
 */
export interface WritableGrid extends Grid {
  readonly sheet: (name: string) => WritableSheet | undefined
  /** Adds a sheet at the end (the name must be new). */
  readonly addSheet: (name: string) => WritableSheet
  readonly removeSheet: (name: string) => void
}

const norm = (s: string) => s.normalize("NFC").trim().toLowerCase()

/**
 * The sheet of a name, NFC, case and surrounding spaces ignored.
 *
 * @example
 * ```ts
 * Grid.findSheet(grid, " VIỆC ")?.name // "Việc"
 * ```
 * @since 0.2.0
 */
export const findSheet = <G extends Grid>(grid: G, name: string): ReturnType<G["sheet"]> | undefined => {
  const exact = grid.sheet(name)
  if (exact !== undefined) return exact as ReturnType<G["sheet"]>
  const n = norm(name)
  const found = grid.sheetNames.find((s) => norm(s) === n)
  return found === undefined ? undefined : (grid.sheet(found) as ReturnType<G["sheet"]>)
}

/**
 * The merged range a cell belongs to, if any.
 *
 * @example
 * ```ts
 * Grid.mergeOf(sheet, 1, 2) // { top: 1, left: 1, bottom: 1, right: 4 } when A1:D1 is merged
 * ```
 * @since 0.2.0
 */
export const mergeOf = (sheet: Sheet, row: number, column: number): Range | undefined =>
  sheet.merges.find((m) => row >= m.top && row <= m.bottom && column >= m.left && column <= m.right)

/**
 * Excel's date serial number of a date-time taken as UTC (the 1900 date
 * system; serial 25569 = 1970-01-01).
 *
 * @example
 * ```ts
 * Grid.serialOf(Date.UTC(2023, 9, 5)) // 45204
 * ```
 * @since 0.2.0
 */
export const serialOf = (ms: number): number => ms / 86_400_000 + 25569

/**
 * The ISO 8601 date-time of a date serial number, read as Vietnam time
 * (UTC+7): a spreadsheet date has no time zone.
 *
 * @example
 * ```ts
 * Grid.isoVietnam(45204 + 16 / 24) // "2023-10-05T16:00:00+07:00"
 * ```
 * @since 0.2.0
 */
export const isoVietnam = (serial: number): string =>
  `${new Date(Math.round((serial - 25569) * 86_400_000)).toISOString().slice(0, 19)}+07:00`

/**
 * Whether a number format shows a date or time (d, m with d or y, y, h, s
 * outside quotes and brackets; "General" and "@" are not).
 *
 * @example
 * ```ts
 * Grid.isDateFormat("dd/mm/yyyy") // true
 * Grid.isDateFormat("#,##0") // false
 * ```
 * @since 0.2.0
 */
export const isDateFormat = (format: string | undefined): boolean => {
  if (format === undefined) return false
  const bare = format
    .replace(/"[^"]*"/g, "")
    .replace(/\[[^\]]*\]/g, "")
    .replace(/\\./g, "")
    .toLowerCase()
  if (bare === "general" || bare === "@") return false
  return /[dyhs]/.test(bare) || /m.*[dy]|[dy].*m/.test(bare)
}
