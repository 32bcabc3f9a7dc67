/**
 * A workbook that cannot be read (sổ tính không đọc được): a legacy .xls, a
 * CSV, a password-protected file, a file past the size limits, a zip bomb, a
 * damaged zip, missing sheets or column keys. Each has a stable code and a
 * message in Vietnamese and English saying where and why.
 *
 * @since 0.1.0
 */

/**
 * The codes of unreadable workbooks.
 *
 * @since 0.1.0
 */
export type Code =
  | "empty-file"
  | "file-too-large"
  | "legacy-xls"
  | "csv"
  | "password-protected"
  | "not-xlsx"
  | "bad-zip"
  | "zip-too-large"
  | "zip-bomb"
  | "unsafe-xml"
  | "too-many-cells"
  | "too-many-rows"
  | "missing-sheet"
  | "bad-layout"

/**
 * An unreadable workbook.
 *
 * @example
 * ```ts
 * new WorkbookError("legacy-xls", { vi: "…", en: "…" })
 * ```
 * @since 0.1.0
 */
export class WorkbookError extends Error {
  readonly _tag = "WorkbookError"
  constructor(
    readonly code: Code,
    readonly text: { readonly vi: string; readonly en: string },
    /** The file, sheet or cell concerned, when known. */
    readonly where?: string
  ) {
    super(`${code}: ${text.en}`)
    this.name = "WorkbookError"
  }
}

/**
 * Whether a value is a {@link WorkbookError}.
 *
 * @example
 * ```ts
 * isWorkbookError(e) ? e.text.vi : String(e)
 * ```
 * @since 0.1.0
 */
export const isWorkbookError = (u: unknown): u is WorkbookError => u instanceof WorkbookError
