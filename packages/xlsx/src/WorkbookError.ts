/**
 * A workbook that cannot be read (sổ tính không đọc được): a legacy .xls, a
 * CSV, a password-protected file, a file past the size limits, a zip bomb, a
 * damaged zip, missing sheets or column keys. Each has a stable code and a
 * message in Vietnamese and English saying where and why.
 *
 * @since 0.1.0
 */
import * as Schema from "effect/Schema"

const codes = [
  "empty-file",
  "file-too-large",
  "legacy-xls",
  "csv",
  "password-protected",
  "not-xlsx",
  "bad-zip",
  "zip-too-large",
  "zip-bomb",
  "unsafe-xml",
  "too-many-cells",
  "too-many-rows",
  "missing-sheet",
  "bad-layout"
] as const

/**
 * The codes of unreadable workbooks.
 *
 * @since 0.1.0
 */
export type Code = (typeof codes)[number]

/**
 * An unreadable workbook: a tagged error (`_tag: "WorkbookError"`, an
 * Effect `Schema.TaggedError`) with a stable code, a message in both
 * languages and where.
 *
 * @example
 * ```ts
 * const e = new WorkbookError("legacy-xls", { vi: "…", en: "…" }, "bao-cao.xls")
 * e._tag // "WorkbookError"
 * e.code // "legacy-xls"
 * ```
 * @since 0.1.0
 */
export class WorkbookError extends Schema.TaggedError<WorkbookError>()("WorkbookError", {
  code: Schema.Literals(codes),
  text: Schema.Struct({ vi: Schema.String, en: Schema.String }),
  /** The file, sheet or cell concerned, when known. */
  where: Schema.optional(Schema.String)
}) {
  constructor(code: Code, text: { readonly vi: string; readonly en: string }, where?: string) {
    super(where === undefined ? { code, text } : { code, text, where })
  }
  override get message(): string {
    return `${this.code}: ${this.text.en}`
  }
}

/**
 * Whether a value is a {@link WorkbookError}.
 *
 * @example
 * ```ts
 * const e = await Read.read(new Uint8Array(0)).catch((e: unknown) => e)
 * isWorkbookError(e) ? e.code : String(e) // "empty-file"
 * ```
 * @since 0.1.0
 */
export const isWorkbookError = (u: unknown): u is WorkbookError => u instanceof WorkbookError
