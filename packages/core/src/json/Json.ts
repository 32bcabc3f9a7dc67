/**
 * What every decoder of JSON input shares: the problem type (a JSON Pointer,
 * a stable code, a message in Vietnamese and English), JSON Pointers
 * (RFC 6901), and parsing text with a leading byte-order mark allowed and a
 * clear problem instead of an exception.
 *
 * @since 0.1.0
 */

/**
 * One problem found while decoding, at a JSON Pointer.
 *
 * @example
 * ```ts
 * const p: Json.Problem<"negative"> = { path: "/cases/rows/3/V08", code: "negative", message: { vi: "…", en: "…" } }
 * ```
 * @since 0.1.0
 */
export interface Problem<Code extends string = string> {
  /** JSON Pointer (RFC 6901) to the value; "" is the whole document. */
  readonly path: string
  readonly code: Code
  readonly message: { readonly vi: string; readonly en: string }
}

/**
 * Escapes one JSON Pointer segment ("~" → "~0", "/" → "~1").
 *
 * @example
 * ```ts
 * Json.escape("a/b") // "a~1b"
 * ```
 * @since 0.1.0
 */
export const escape = (key: string | number): string => String(key).replace(/~/g, "~0").replace(/\//g, "~1")

/**
 * A JSON Pointer from path segments.
 *
 * @example
 * ```ts
 * Json.pointer(["cases", "rows", 3, "V08"]) // "/cases/rows/3/V08"
 * ```
 * @since 0.1.0
 */
export const pointer = (segments: ReadonlyArray<string | number | symbol>): string =>
  segments.map((s) => `/${escape(typeof s === "symbol" ? s.toString() : s)}`).join("")

/**
 * Parses JSON text (a leading byte-order mark is allowed); text that is not
 * JSON gives a `not-json` problem at "" instead of an exception.
 *
 * @example
 * ```ts
 * Json.parse("{") // { _tag: "NotJson", problem: { path: "", code: "not-json", … } }
 * ```
 * @since 0.1.0
 */
export const parse = (
  text: string
):
  | { readonly _tag: "Parsed"; readonly value: unknown }
  | { readonly _tag: "NotJson"; readonly problem: Problem<"not-json"> } => {
  try {
    return { _tag: "Parsed", value: JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text) }
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e)
    return {
      _tag: "NotJson",
      problem: {
        path: "",
        code: "not-json",
        message: { vi: `không phải JSON hợp lệ: ${why}`, en: `not valid JSON: ${why}` }
      }
    }
  }
}
