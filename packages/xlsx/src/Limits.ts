/**
 * The limits of what a workbook may be (giới hạn): checked on the bytes and
 * on the zip's central directory before anything is decompressed by the
 * spreadsheet library, so a zip bomb or a huge file is refused cheaply.
 *
 * @since 0.1.0
 */

/**
 * Limits on a workbook.
 *
 * @since 0.1.0
 */
export interface Limits {
  /** Largest file, bytes. */
  readonly maxBytes: number
  /** Largest total uncompressed size of the zip entries, bytes. */
  readonly maxUncompressedBytes: number
  /** Largest uncompressed ÷ compressed ratio of an entry bigger than 1 MiB. */
  readonly maxRatio: number
  /** Most zip entries. */
  readonly maxEntries: number
  /**
   * Most cells ExcelJS materialises over the workbook: the cells written
   * (<c> elements) plus every cell of each merged range, data-validation
   * range and defined name (ExcelJS expands these cell by cell).
   */
  readonly maxCells: number
  /** Most data rows per table. */
  readonly maxRows: number
}

/**
 * The default limits: 20 MiB file, 200 MiB uncompressed, ratio 200 for
 * entries over 1 MiB, 2,000 entries, 1,000,000 cells, 20,000 rows per table.
 * A 1,000-row report (1,000 rows in each table) is about 300 KB and 34,000 cells.
 *
 * @example
 * ```ts
 * Limits.defaults.maxBytes // 20971520
 * ```
 * @since 0.1.0
 */
export const defaults: Limits = {
  maxBytes: 20 * 1024 * 1024,
  maxUncompressedBytes: 200 * 1024 * 1024,
  maxRatio: 200,
  maxEntries: 2000,
  maxCells: 1_000_000,
  maxRows: 20_000
}

/**
 * The defaults with some limits replaced.
 *
 * @example
 * ```ts
 * Limits.make({ maxBytes: 1024 }).maxCells // 1000000
 * ```
 * @since 0.1.0
 */
export const make = (overrides: Partial<Limits> = {}): Limits => ({ ...defaults, ...overrides })
