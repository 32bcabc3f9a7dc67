/**
 * Number formatting for user-facing text, without the locale machinery
 * (fast and the same on every machine): Vietnamese groups thousands with "."
 * and writes the decimal comma (1.234.567,89); English uses "," and "."
 * (1,234,567.89). Numbers are shown as given: no rounding here.
 *
 * @since 0.1.0
 */
import type { Lang } from "./Terms.js"

/** The digits with a separator every three from the right (sliced, not built character by character). */
const group = (digits: string, sep: string): string => {
  const n = digits.length
  if (n <= 3) return digits
  let i = n % 3 === 0 ? 3 : n % 3
  let out = digits.slice(0, i)
  for (; i < n; i += 3) out += sep + digits.slice(i, i + 3)
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
  const s = Math.abs(n).toString()
  const dot = s.indexOf(".")
  const int = dot < 0 ? s : s.slice(0, dot)
  if (int.includes("e")) return String(n)
  const sign = n < 0 ? "-" : ""
  const grouped = group(int, lang === "vi" ? "." : ",")
  return dot < 0 ? `${sign}${grouped}` : `${sign}${grouped}${lang === "vi" ? "," : "."}${s.slice(dot + 1)}`
}
