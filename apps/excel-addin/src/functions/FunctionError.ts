/**
 * The error a worksheet function returns instead of a number (lỗi của hàm
 * trang tính): an Excel error code and a message in Vietnamese and English.
 * The Office.js wrapper turns it into a `CustomFunctions.Error`, so the cell
 * shows `#VALUE!`, `#NUM!`, `#N/A` or `#DIV/0!` with the message in its error
 * menu — never a wrong number.
 *
 * @since 0.1.0
 */

/**
 * The Excel error codes the functions return, by `CustomFunctions.ErrorCode` name.
 *
 * @example
 * ```ts
 * const code: FunctionError.Code = "invalidNumber" // #NUM!
 * ```
 * @since 0.1.0
 */
export type Code = "invalidValue" | "invalidNumber" | "notAvailable" | "divisionByZero"

/**
 * What Excel shows for each code.
 *
 * @example
 * ```ts
 * FunctionError.shown.invalidNumber // "#NUM!"
 * ```
 * @since 0.1.0
 */
export const shown: { readonly [C in Code]: string } = {
  invalidValue: "#VALUE!",
  invalidNumber: "#NUM!",
  notAvailable: "#N/A",
  divisionByZero: "#DIV/0!"
}

/**
 * A bad argument or an undefined result.
 *
 * @example
 * ```ts
 * const e = new FunctionError.FunctionError("invalidValue", { vi: "ngày không hợp lệ", en: "not a date" })
 * e.code // "invalidValue"
 * ```
 * @since 0.1.0
 */
export class FunctionError extends Error {
  readonly _tag = "FunctionError"
  constructor(
    readonly code: Code,
    readonly text: { readonly vi: string; readonly en: string }
  ) {
    super(`${shown[code]} ${text.en}`)
    this.name = "FunctionError"
  }
}

/**
 * Whether a value is a {@link FunctionError}.
 *
 * @example
 * ```ts
 * FunctionError.isFunctionError(new Error("x")) // false
 * ```
 * @since 0.1.0
 */
export const isFunctionError = (u: unknown): u is FunctionError => u instanceof FunctionError

/**
 * A `#VALUE!` error: an argument of the wrong kind.
 *
 * @example
 * ```ts
 * FunctionError.value("cần một ngày", "expected a date").code // "invalidValue"
 * ```
 * @since 0.1.0
 */
export const value = (vi: string, en: string): FunctionError => new FunctionError("invalidValue", { vi, en })

/**
 * A `#NUM!` error: a number out of range or not whole.
 *
 * @example
 * ```ts
 * FunctionError.num("tháng 1–12", "months 1–12").code // "invalidNumber"
 * ```
 * @since 0.1.0
 */
export const num = (vi: string, en: string): FunctionError => new FunctionError("invalidNumber", { vi, en })

/**
 * A `#N/A` error: no answer is known (no target, no such code, a level that did not exist).
 *
 * @example
 * ```ts
 * FunctionError.na("chưa có chỉ tiêu", "no target").code // "notAvailable"
 * ```
 * @since 0.1.0
 */
export const na = (vi: string, en: string): FunctionError => new FunctionError("notAvailable", { vi, en })
