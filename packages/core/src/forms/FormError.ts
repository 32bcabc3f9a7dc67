/**
 * A grid that does not hold the form (sổ tính không đúng mẫu): a missing
 * sheet, missing column keys, too many rows. A tagged error with a stable
 * code and a message in Vietnamese and English saying where and why; the
 * adapters (ExcelJS, Office.js) pass it on to their callers.
 *
 * @since 0.2.0
 */
import * as Schema from "effect/Schema"

/**
 * The codes of a grid that does not hold the form.
 *
 * @example
 * ```ts
 * const code: FormError.Code = "missing-sheet"
 * ```
 * @since 0.2.0
 */
export type Code = "missing-sheet" | "bad-layout" | "too-many-rows"

/**
 * The error.
 *
 * @example
 * ```ts
 * new FormError.FormError({ code: "missing-sheet", text: { vi: "không có trang tính \"Việc\"", en: "no sheet \"Việc\"" } })
 * ```
 * @since 0.2.0
 */
export class FormError extends Schema.TaggedError<FormError>()("FormError", {
  code: Schema.Literals(["missing-sheet", "bad-layout", "too-many-rows"]),
  text: Schema.Struct({ vi: Schema.String, en: Schema.String }),
  /** The file, when known. */
  where: Schema.optional(Schema.String)
}) {
  override get message(): string {
    return `${this.code}: ${this.text.en}`
  }
}

/**
 * Whether a value is a {@link FormError}.
 *
 * @example
 * ```ts
 * FormError.isFormError(new Error("x")) // false
 * ```
 * @since 0.2.0
 */
export const isFormError = (u: unknown): u is FormError => u instanceof FormError
