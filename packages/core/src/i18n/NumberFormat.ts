/**
 * Number formatting for user-facing text, without the locale machinery
 * (fast and the same on every machine): Vietnamese groups thousands with "."
 * and writes the decimal comma (1.234.567,89); English uses "," and "."
 * (1,234,567.89). Numbers are shown as given: no rounding here.
 *
 * @since 0.1.0
 */
import type { Lang } from "./Terms.js"

const group = (digits: string, sep: string): string => {
  let out = ""
  for (let i = 0; i < digits.length; i++) {
    if (i > 0 && (digits.length - i) % 3 === 0) out += sep
    out += digits[i]
  }
  return out
}

/**
 * Formats a number in a language.
 *
 * @example
 * ```ts
 * NumberFormat.format(1234567.5, "vi") // "1.234.567,5"
 * NumberFormat.format(-4.89, "en") // "-4.89"
 * ```
 * @since 0.1.0
 */
export const format = (n: number, lang: Lang): string => {
  if (!Number.isFinite(n)) return String(n)
  const [int = "0", frac] = Math.abs(n).toString().split(".")
  if (int.includes("e")) return String(n)
  const sign = n < 0 ? "-" : ""
  const grouped = group(int, lang === "vi" ? "." : ",")
  return frac === undefined ? `${sign}${grouped}` : `${sign}${grouped}${lang === "vi" ? "," : "."}${frac}`
}
