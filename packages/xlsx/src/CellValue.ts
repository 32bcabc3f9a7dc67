/**
 * What a cell holds, as a value of the canonical report (giá trị ô): a
 * number; a whole number typed as text with Vietnamese digit grouping
 * ("1.234.567", "1 234 567", "12.000 đ"); text normalised to NFC and
 * trimmed. The rules are core's (`ReportReader`, `Grid`); this module keeps
 * them at hand for ExcelJS values.
 *
 * @since 0.1.0
 */
import { Grid, ReportReader } from "@thads/core"
import * as ExcelGrid from "./ExcelGrid.js"

/**
 * A whole number typed as text, or undefined when the text is not one.
 *
 * @example
 * ```ts
 * CellValue.parseInteger(" 1.234.567 ") // 1234567
 * CellValue.parseInteger("1,5") // undefined
 * ```
 * @since 0.1.0
 */
export const parseInteger = ReportReader.parseInteger

/**
 * Text as read: NFC, trimmed; undefined when empty.
 *
 * @example
 * ```ts
 * CellValue.text("  Gò Dầu ") // "Gò Dầu"
 * ```
 * @since 0.1.0
 */
export const text = ReportReader.text

/**
 * An ExcelJS cell value as a grid value (dates as serial numbers).
 *
 * @example
 * ```ts
 * CellValue.classify({ error: "#N/A" }) // { _tag: "error", value: "#N/A" }
 * ```
 * @since 0.1.0
 */
export const classify: (v: unknown) => Grid.Value = ExcelGrid.valueOf

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
export const isoVietnam = (d: Date): string => Grid.isoVietnam(Grid.serialOf(d.getTime()))
