/**
 * Shared rendering of domain values for the commands: citations (as JSON with
 * their rendered text, and as one line), dates with weekday names.
 *
 * @since 0.1.0
 */
import { Citation, CivilDate, Terms } from "@thads/core"
import type { Lang } from "../Output.js"

/**
 * The JSON form of a citation.
 *
 * @example
 * ```ts
 * const c: CitationJson = {
 *   document: "tt-06-2019-btp", article: "9", clause: 2,
 *   text: { vi: "khoản 2 Điều 9 Thông tư 06/2019/TT-BTP", en: "Article 9(2), Circular 06/2019/TT-BTP" }
 * }
 * ```
 * @since 0.1.0
 */
export interface CitationJson extends Citation.CitationJson {
  readonly text: { readonly vi: string; readonly en: string }
}

/**
 * A citation as JSON: its structured fields plus the rendered text in both
 * languages.
 *
 * @example
 * ```ts
 * citationJson({ document: "tt-06-2019-btp", article: "9", clause: 2 })
 * // { document: "tt-06-2019-btp", article: "9", clause: 2, text: { vi: "khoản 2 Điều 9 Thông tư 06/2019/TT-BTP", en: "Article 9(2), Circular 06/2019/TT-BTP" } }
 * ```
 * @since 0.1.0
 */
export const citationJson = (c: Citation.Citation): CitationJson => ({
  ...Citation.toJSON(c),
  text: { vi: Citation.renderVi(c), en: Citation.renderEn(c) }
})

/**
 * A citation as text in a language.
 *
 * @example
 * ```ts
 * citationText({ document: "tt-06-2019-btp", article: "9", clause: 2 }, "vi") // "khoản 2 Điều 9 Thông tư 06/2019/TT-BTP"
 * citationText({ document: "tt-06-2019-btp", article: "9", clause: 2 }, "en") // "Article 9(2), Circular 06/2019/TT-BTP"
 * ```
 * @since 0.1.0
 */
export const citationText = (c: Citation.Citation, lang: Lang): string =>
  lang === "vi" ? Citation.renderVi(c) : Citation.renderEn(c)

/**
 * A date with its weekday: "thứ Hai 06/01/2020" or "Monday 2020-01-06".
 *
 * @example
 * ```ts
 * dateText(CivilDate.make("2020-01-06"), "vi") // "thứ Hai 06/01/2020"
 * dateText(CivilDate.make("2020-01-06"), "en") // "Monday 2020-01-06"
 * ```
 * @since 0.1.0
 */
export const dateText = (d: CivilDate.CivilDate, lang: Lang): string => {
  const wd = Terms.weekday[CivilDate.weekday(d)][lang]
  return lang === "vi" ? `${wd} ${CivilDate.formatVi(d)}` : `${wd} ${d}`
}
