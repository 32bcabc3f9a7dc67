/**
 * Excel date serials (số seri ngày của Excel) ↔ civil dates, and the
 * coercion of a date argument: a serial (the 1900 date system; a time of day
 * is dropped) or ISO text `YYYY-MM-DD`. Serial 60 is Excel's 29/2/1900, a day
 * that never existed: it is refused, like every serial below 1.
 *
 * @since 0.1.0
 */
import { CivilDate } from "@thads/core"
import * as FunctionError from "./FunctionError.js"

const epoch = CivilDate.toDayNumber(CivilDate.make("1899-12-30"))
const MAX_SERIAL = 2_958_465 // 9999-12-31

/**
 * The Excel serial of a civil date (1900 date system).
 *
 * @example
 * ```ts
 * Serial.fromDate(CivilDate.make("2022-02-08")) // 44600
 * ```
 * @since 0.1.0
 */
export const fromDate = (d: CivilDate.CivilDate): number => {
  const n = CivilDate.toDayNumber(d) - epoch
  return n < 61 ? n - 1 : n
}

/**
 * The civil date of an Excel serial; a fraction (a time of day) is dropped.
 * Throws a {@link FunctionError.FunctionError} (`#NUM!`) outside 1…2958465 or for serial 60.
 *
 * @example
 * ```ts
 * Serial.toDate(44600) // "2022-02-08"
 * ```
 * @since 0.1.0
 */
export const toDate = (serial: number): CivilDate.CivilDate => {
  if (!Number.isFinite(serial) || serial < 1 || serial >= MAX_SERIAL + 1) {
    throw FunctionError.num(
      `số seri ngày ${serial} nằm ngoài 1–${MAX_SERIAL} (01/01/1900–31/12/9999)`,
      `date serial ${serial} is outside 1–${MAX_SERIAL} (1900-01-01 to 9999-12-31)`
    )
  }
  const whole = Math.floor(serial)
  if (whole === 60) {
    throw FunctionError.num(
      "số seri 60 là ngày 29/02/1900 của Excel, một ngày không có thật",
      "serial 60 is Excel's 1900-02-29, a day that never existed"
    )
  }
  return CivilDate.fromDayNumber(epoch + (whole < 60 ? whole + 1 : whole))
}

/**
 * A date argument: an Excel serial or ISO text `YYYY-MM-DD` (surrounding
 * spaces ignored). `name` says which argument in messages.
 *
 * @example
 * ```ts
 * Serial.dateArg("2022-03-15", "date") // "2022-03-15"
 * Serial.dateArg(44635, "date")        // "2022-03-15"
 * ```
 * @since 0.1.0
 */
export const dateArg = (u: unknown, name: string): CivilDate.CivilDate => {
  if (typeof u === "number") return toDate(u)
  if (typeof u === "string") {
    const t = u.trim()
    if (t === "") throw FunctionError.value(`thiếu ngày (${name})`, `the date (${name}) is missing`)
    const r = CivilDate.parse(t)
    if (r instanceof CivilDate.InvalidDateError) {
      throw FunctionError.value(
        `${name}: ngày không hợp lệ "${t}": ${r.reasonVi} (định dạng YYYY-MM-DD)`,
        `${name}: invalid date "${t}": ${r.reason} (expected YYYY-MM-DD)`
      )
    }
    return r
  }
  if (u === null || u === undefined) throw FunctionError.value(`thiếu ngày (${name})`, `the date (${name}) is missing`)
  throw FunctionError.value(
    `${name}: cần một ngày (số seri hoặc YYYY-MM-DD), nhận được ${typeof u}`,
    `${name}: expected a date (a serial or YYYY-MM-DD), got ${typeof u}`
  )
}
