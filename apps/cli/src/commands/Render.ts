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
 * @since 0.1.0
 */
export interface CitationJson extends Citation.CitationJson {
  readonly text: { readonly vi: string; readonly en: string }
}

/**
 * A citation as JSON: its structured fields plus the rendered text in both
 * languages.
 *
 * @since 0.1.0
 */
export const citationJson = (c: Citation.Citation): CitationJson => ({
  ...Citation.toJSON(c),
  text: { vi: Citation.renderVi(c), en: Citation.renderEn(c) }
})

/**
 * A citation as text in a language.
 *
 * @since 0.1.0
 */
export const citationText = (c: Citation.Citation, lang: Lang): string =>
  lang === "vi" ? Citation.renderVi(c) : Citation.renderEn(c)

/**
 * A date with its weekday: "thứ Hai 05/01/2020" or "Monday 2020-01-05".
 *
 * @since 0.1.0
 */
export const dateText = (d: CivilDate.CivilDate, lang: Lang): string => {
  const wd = Terms.weekday[CivilDate.weekday(d)][lang]
  return lang === "vi" ? `${wd} ${CivilDate.formatVi(d)}` : `${wd} ${d}`
}
