/**
 * What a cell holds, as a value of the canonical report (giá trị ô): a
 * number; a whole number typed as text with Vietnamese digit grouping
 * ("1.234.567", "1 234 567", "12.000 đ"); text normalised to NFC and
 * trimmed; a formula's cached value; a merged cell's place. Anything else is
 * kept as it is, so that decoding reports it at its cell — never silently
 * dropped or guessed.
 *
 * @since 0.1.0
 */

/**
 * A whole number typed as text, or undefined when the text is not one.
 * Accepted: digits with an optional sign, Vietnamese grouping by dots
 * ("1.234.567"), spaces or no-break spaces as separators, a trailing "đ",
 * "đồng", "VND" or "VNĐ". A comma (English grouping or Vietnamese decimal
 * comma) is ambiguous and refused.
 *
 * @example
 * ```ts
 * CellValue.parseInteger(" 1.234.567 ") // 1234567
 * CellValue.parseInteger("1,5") // undefined
 * ```
 * @since 0.1.0
 */
export const parseInteger = (text: string): number | undefined => {
  const s = text
    .normalize("NFC")
    .replace(/[\s\u00a0\u2007\u2009\u202f]+/g, "")
    .replace(/(đồng|đ|vnđ|vnd)$/i, "")
  if (/^[+-]?\d+$/.test(s)) return Number(s)
  if (/^[+-]?\d{1,3}(\.\d{3})+$/.test(s)) return Number(s.replace(/\./g, ""))
  return undefined
}

/**
 * Text as read: NFC, trimmed; undefined when empty.
 *
 * @example
 * ```ts
 * CellValue.text("  Gò Dầu ") // "Gò Dầu"
 * ```
 * @since 0.1.0
 */
export const text = (s: string): string | undefined => {
  const t = s.normalize("NFC").trim()
  return t === "" ? undefined : t
}

/**
 * The kinds of raw cell content the reader tells apart.
 *
 * @since 0.1.0
 */
export type Raw =
  | { readonly _tag: "empty" }
  | { readonly _tag: "number"; readonly value: number }
  | { readonly _tag: "text"; readonly value: string }
  | { readonly _tag: "formula"; readonly formula: string; readonly result: Raw }
  | { readonly _tag: "date"; readonly value: Date }
  | { readonly _tag: "other"; readonly value: string | boolean }
  /** An Excel error value such as #N/A or #REF!. */
  | { readonly _tag: "error"; readonly value: string }

/**
 * Classifies an ExcelJS cell value.
 *
 * @example
 * ```ts
 * CellValue.classify({ formula: "A1+B1", result: 3 }) // { _tag: "formula", formula: "A1+B1", result: { _tag: "number", value: 3 } }
 * ```
 * @since 0.1.0
 */
export const classify = (v: unknown): Raw => {
  if (v === null || v === undefined) return { _tag: "empty" }
  if (typeof v === "number") return { _tag: "number", value: v }
  if (typeof v === "string") return v.trim() === "" ? { _tag: "empty" } : { _tag: "text", value: v }
  if (typeof v === "boolean") return { _tag: "other", value: v }
  if (v instanceof Date) return { _tag: "date", value: v }
  if (typeof v === "object") {
    const o = v as Record<string, unknown>
    if ("formula" in o || "sharedFormula" in o) {
      return {
        _tag: "formula",
        formula: String(o["formula"] ?? o["sharedFormula"] ?? ""),
        result: classify(o["result"])
      }
    }
    if ("richText" in o && Array.isArray(o["richText"])) {
      return classify((o["richText"] as ReadonlyArray<{ text?: string }>).map((r) => r.text ?? "").join(""))
    }
    if ("error" in o) return { _tag: "error", value: String(o["error"]) }
    if ("text" in o) return classify(o["text"])
  }
  return { _tag: "other", value: String(v) }
}

/**
 * A date cell as an ISO 8601 date-time in Vietnam's time (UTC+7): a
 * spreadsheet date has no time zone, and ExcelJS reads it as UTC.
 *
 * @example
 * ```ts
 * CellValue.isoVietnam(new Date(Date.UTC(2023, 9, 5, 16, 0))) // "2023-10-05T16:00:00+07:00"
 * ```
 * @since 0.1.0
 */
export const isoVietnam = (d: Date): string => `${d.toISOString().slice(0, 19)}+07:00`

/**
 * Classifies an ExcelJS cell. A formula's cached value is taken from the
 * cell's `result`, not from `value`: ExcelJS's `value` of a formula cell
 * drops a cached 0 or "".
 *
 * @example
 * ```ts
 * CellValue.ofCell(ws.getCell("D7")) // { _tag: "formula", formula: "SUM(D8:D10)", result: { _tag: "number", value: 0 } }
 * ```
 * @since 0.1.0
 */
export const ofCell = (cell: {
  readonly type: number
  readonly value: unknown
  readonly formula?: string
  readonly result?: unknown
}): Raw => {
  // ExcelJS ValueType.Formula = 6
  if (cell.type === 6) return { _tag: "formula", formula: cell.formula ?? "", result: classify(cell.result) }
  return classify(cell.value)
}
