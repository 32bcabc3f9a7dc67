/**
 * Citations — "căn cứ": a typed pointer into a registered legal document,
 * down to the article (Điều), clause (khoản) and point (điểm). Every rule,
 * parameter and finding of `@thads/core` carries one as data, renders it in
 * Vietnamese ("điểm a khoản 1 Điều 44a Luật Thi hành án dân sự") or English
 * ("Article 44a(1)(a), Law on Civil Judgment Enforcement"), and can be
 * decoded from JSON with {@link CitationSchema}.
 *
 * @since 0.1.0
 */
import * as Schema from "effect/Schema"
import * as Documents from "./Documents.js"
import type * as LegalDocument from "./LegalDocument.js"

/**
 * A citation of a registered document, optionally narrowed to an article
 * (Điều), a clause (khoản) and a point (điểm).
 *
 * - `document` — a registry id ({@link Documents.DocumentId}).
 * - `article` — the article number as written, with its letter suffix for
 *   inserted articles: `"9"`, `"44a"`.
 * - `clause` — the clause number (khoản), a positive integer.
 * - `point` — the point letter (điểm), one of {@link pointLetters}.
 * - `note` — optional commentary ({vi, en}); not part of the reference.
 *
 * Vietnamese drafting puts points inside clauses, but some articles list
 * points directly (e.g. "điểm a Điều 5"), so a point without a clause is
 * allowed. A clause or a point always needs an article.
 *
 * @example
 * ```ts
 * const c: Citation.Citation = { document: "luat-thads-2008", article: "44a", clause: 1, point: "a" }
 * ```
 * @since 0.1.0
 */
export interface Citation {
  readonly document: Documents.DocumentId
  /**
   * A section (mục) of a document that has no articles, such as a party
   * directive: "1.3" renders "mục 1.3" / "§1.3". Not combined with an article.
   */
  readonly section?: string
  readonly article?: string
  readonly clause?: number
  readonly point?: string
  readonly note?: LegalDocument.Bilingual
}

/**
 * The JSON form of a {@link Citation} (what {@link toJSON} returns and
 * {@link CitationSchema} decodes): the same fields, with `document` as a
 * plain string.
 *
 * @example
 * ```ts
 * const json: Citation.CitationJson = { document: "tt-06-2019-btp", article: "9", clause: 2 }
 * ```
 * @since 0.1.0
 */
export interface CitationJson {
  readonly document: string
  readonly section?: string
  readonly article?: string
  readonly clause?: number
  readonly point?: string
  readonly note?: LegalDocument.Bilingual
}

/**
 * Where in a document a citation points; every field optional.
 *
 * @example
 * ```ts
 * const at: Citation.Location = { article: "9", clause: 2 }
 * ```
 * @since 0.1.0
 */
export interface Location {
  readonly section?: string | undefined
  readonly article?: string | undefined
  readonly clause?: number | undefined
  readonly point?: string | undefined
  readonly note?: LegalDocument.Bilingual | undefined
}

/**
 * The letters that number points (điểm), in order: the Vietnamese alphabet
 * without the letters carrying diacritics other than đ (no ă, â, ê, ô, ơ, ư),
 * and without f, j, w, z, which Vietnamese does not use.
 *
 * @example
 * ```ts
 * Citation.pointLetters.indexOf("đ") // 4 (a, b, c, d, đ, e, g, …)
 * ```
 * @since 0.1.0
 */
export const pointLetters: ReadonlyArray<string> = [
  "a",
  "b",
  "c",
  "d",
  "đ",
  "e",
  "g",
  "h",
  "i",
  "k",
  "l",
  "m",
  "n",
  "o",
  "p",
  "q",
  "r",
  "s",
  "t",
  "u",
  "v",
  "x",
  "y"
]

const ARTICLE = /^[1-9][0-9]*[a-zđ]?$/

/**
 * The error thrown by {@link make} for an invalid citation.
 *
 * @example
 * ```ts
 * Citation.make("luat-thads-2008", { clause: 1 }) // InvalidCitationError: Invalid citation: a clause (khoản 1) needs an article (Điều)
 * ```
 * @since 0.1.0
 */
export class InvalidCitationError extends Error {
  readonly _tag = "InvalidCitationError"
  constructor(readonly reason: string) {
    super(`Invalid citation: ${reason}`)
    this.name = "InvalidCitationError"
  }
}

/**
 * Checks a citation-shaped value: a registered document; an article of the
 * form `9` or `44a`; a positive integer clause; a point letter from
 * {@link pointLetters}; and a clause or point only under an article. Returns
 * the reason when invalid, else `undefined`.
 *
 * @example
 * ```ts
 * Citation.validate({ document: "tt-06-2019-btp", article: "9", clause: 2 }) // undefined
 * Citation.validate({ document: "tt-06-2019-btp", clause: 2 }) // "a clause (khoản 2) needs an article (Điều)"
 * ```
 * @since 0.1.0
 */
export const validate = (c: CitationJson): string | undefined => {
  if (!Documents.isDocumentId(c.document)) {
    return `Unknown legal document id "${c.document}" (not in the registry of @thads/core)`
  }
  if (c.article !== undefined && !ARTICLE.test(c.article)) {
    return `article "${c.article}" is not an article number such as "9" or "44a"`
  }
  if (c.clause !== undefined && !(Number.isInteger(c.clause) && c.clause >= 1)) {
    return `clause ${c.clause} is not a positive integer`
  }
  if (c.point !== undefined && !pointLetters.includes(c.point)) {
    return `point "${c.point}" is not a Vietnamese point letter (${pointLetters.join(" ")})`
  }
  if (c.section !== undefined && !/^[0-9]+(\.[0-9]+)*$/.test(c.section)) {
    return `section "${c.section}" is not a section number such as "1.3"`
  }
  if (c.section !== undefined && c.article !== undefined)
    return "a section (mục) and an article (Điều) cannot be combined"
  if (c.article === undefined && c.clause !== undefined) return `a clause (khoản ${c.clause}) needs an article (Điều)`
  if (c.article === undefined && c.point !== undefined) return `a point (điểm ${c.point}) needs an article (Điều)`
  return undefined
}

const build = (document: Documents.DocumentId, at: Location): Citation => ({
  document,
  ...(at.section !== undefined ? { section: at.section } : {}),
  ...(at.article !== undefined ? { article: at.article } : {}),
  ...(at.clause !== undefined ? { clause: at.clause } : {}),
  ...(at.point !== undefined ? { point: at.point } : {}),
  ...(at.note !== undefined ? { note: { vi: at.note.vi, en: at.note.en } } : {})
})

/**
 * Makes a citation; throws {@link InvalidCitationError} when it breaks a rule
 * of {@link validate}. Use {@link CitationSchema} for untrusted input.
 *
 * @example
 * ```ts
 * Citation.make("tt-06-2019-btp", { article: "9", clause: 2 })
 * Citation.make("luat-thads-2008", { article: "44a", clause: 1, point: "a" })
 * Citation.make("ct-09-ct-tu-2021") // { document: "ct-09-ct-tu-2021", article: undefined }: the whole document
 * ```
 * @since 0.1.0
 */
export const make = (document: Documents.DocumentId, at: Location = {}): Citation => {
  const c = build(document, at)
  const reason = validate(c)
  if (reason !== undefined) throw new InvalidCitationError(reason)
  return c
}

const BilingualSchema = Schema.Struct({ vi: Schema.String, en: Schema.String })

/**
 * Schema of a {@link Citation}, decoding from {@link CitationJson}. Fails
 * with a readable reason, e.g. `Unknown legal document id "tt-06-2019"
 * (not in the registry of @thads/core)` or `a clause (khoản 2) needs an
 * article (Điều)`.
 *
 * @example
 * ```ts
 * import * as Schema from "effect/Schema"
 * Schema.decodeUnknownSync(Citation.CitationSchema)({ document: "tt-06-2019-btp", article: "9", clause: 2 })
 * ```
 * @since 0.1.0
 */
export const CitationSchema: Schema.Codec<Citation, CitationJson> = Schema.Struct({
  document: Documents.DocumentIdSchema,
  section: Schema.optionalKey(Schema.String),
  article: Schema.optionalKey(Schema.String),
  clause: Schema.optionalKey(Schema.Number),
  point: Schema.optionalKey(Schema.String),
  note: Schema.optionalKey(BilingualSchema)
}).pipe(
  Schema.check(
    Schema.makeFilter((c: CitationJson) => validate(c), {
      title: "Citation",
      description: "A citation of a registered legal document: article (Điều), clause (khoản), point (điểm)"
    })
  )
)

/**
 * Decodes a citation from JSON (or any unknown value); throws the schema
 * error, with the reason, when it is invalid.
 *
 * @example
 * ```ts
 * Citation.fromJSON(JSON.parse('{"document":"tt-06-2019-btp","article":"9","clause":2}'))
 * ```
 * @since 0.1.0
 */
export const fromJSON = (u: unknown): Citation => Schema.decodeUnknownSync(CitationSchema)(u)

/**
 * The plain JSON object of a citation, keys in the order document, article,
 * clause, point, note; absent parts are omitted (never `undefined`), so
 * `JSON.stringify` is stable.
 *
 * @example
 * ```ts
 * JSON.stringify(Citation.toJSON(Citation.make("tt-06-2019-btp", { article: "9", clause: 2 })))
 * // '{"document":"tt-06-2019-btp","article":"9","clause":2}'
 * ```
 * @since 0.1.0
 */
export const toJSON = (c: Citation): CitationJson => build(c.document, c)

/**
 * The cited document's registry entry.
 *
 * @example
 * ```ts
 * Citation.documentOf(Citation.make("nd-62-2015", { article: "9" })).number // "62/2015/NĐ-CP"
 * ```
 * @since 0.1.0
 */
export const documentOf = (c: Citation): Documents.Document => Documents.get(c.document)

/**
 * Renders a citation the Vietnamese way, smallest unit first: "điểm a khoản
 * 1 Điều 44a Luật Thi hành án dân sự", "khoản 2 Điều 9 Thông tư
 * 06/2019/TT-BTP". The document part is the registry's `shortName.vi` (kind +
 * number for numbered documents, the name for codes and laws).
 *
 * @example
 * ```ts
 * Citation.renderVi(Citation.make("luat-thads-2008", { article: "44a", clause: 1, point: "a" }))
 * // "điểm a khoản 1 Điều 44a Luật Thi hành án dân sự"
 * Citation.renderVi(Citation.make("tt-06-2019-btp")) // "Thông tư 06/2019/TT-BTP"
 * ```
 * @since 0.1.0
 */
export const renderVi = (c: Citation): string => {
  const parts: Array<string> = []
  if (c.point !== undefined) parts.push(`điểm ${c.point}`)
  if (c.clause !== undefined) parts.push(`khoản ${c.clause}`)
  if (c.article !== undefined) parts.push(`Điều ${c.article}`)
  if (c.section !== undefined) parts.push(`mục ${c.section}`)
  parts.push(documentOf(c).shortName.vi)
  return parts.join(" ")
}

/**
 * Renders a citation in English, largest unit first, in the common
 * "Article N(clause)(point)" convention followed by a comma and the
 * document's `shortName.en`: "Article 44a(1)(a), Law on Civil Judgment
 * Enforcement", "Article 9(2), Circular 06/2019/TT-BTP", "Article 5(a),
 * …" for a point directly under an article (clauses are numbers and points
 * letters, so this is unambiguous). A whole document renders as its name.
 * Numbers are written in ASCII (ND-CP for NĐ-CP); point letters keep đ.
 *
 * @example
 * ```ts
 * Citation.renderEn(Citation.make("tt-06-2019-btp", { article: "9", clause: 2 }))
 * // "Article 9(2), Circular 06/2019/TT-BTP"
 * ```
 * @since 0.1.0
 */
export const renderEn = (c: Citation): string => {
  const name = documentOf(c).shortName.en
  if (c.section !== undefined) return `§${c.section}, ${name}`
  if (c.article === undefined) return name
  const clause = c.clause !== undefined ? `(${c.clause})` : ""
  const point = c.point !== undefined ? `(${c.point})` : ""
  return `Article ${c.article}${clause}${point}, ${name}`
}

/**
 * Renders in the given language.
 *
 * @example
 * ```ts
 * Citation.render(Citation.make("nd-62-2015", { article: "9", clause: 5 }), "vi") // "khoản 5 Điều 9 Nghị định 62/2015/NĐ-CP"
 * ```
 * @since 0.1.0
 */
export const render = (c: Citation, language: "vi" | "en"): string => (language === "vi" ? renderVi(c) : renderEn(c))

/**
 * Whether two citations point to the same place (document, article, clause,
 * point). The `note` is commentary and is ignored.
 *
 * @example
 * ```ts
 * Citation.equals(Citation.make("nd-62-2015", { article: "9" }), Citation.make("nd-62-2015", { article: "9" })) // true
 * ```
 * @since 0.1.0
 */
export const equals = (a: Citation, b: Citation): boolean =>
  a.document === b.document &&
  a.section === b.section &&
  a.article === b.article &&
  a.clause === b.clause &&
  a.point === b.point

/**
 * Whether two citations cite the same document.
 *
 * @example
 * ```ts
 * Citation.sameDocument(Citation.make("nd-62-2015", { article: "9" }), Citation.make("nd-62-2015")) // true
 * ```
 * @since 0.1.0
 */
export const sameDocument = (a: Citation, b: Citation): boolean => a.document === b.document

/**
 * Whether `inner` lies within `outer`: same document, and every part that
 * `outer` fixes (article, clause, point) is equal in `inner`. A whole-document
 * citation contains every citation of that document.
 *
 * @example
 * ```ts
 * Citation.isWithin(
 *   Citation.make("luat-thads-2008", { article: "44a", clause: 1, point: "a" }),
 *   Citation.make("luat-thads-2008", { article: "44a" })
 * ) // true
 * ```
 * @since 0.1.0
 */
export const isWithin = (inner: Citation, outer: Citation): boolean =>
  inner.document === outer.document &&
  (outer.section === undefined || outer.section === inner.section) &&
  (outer.article === undefined || outer.article === inner.article) &&
  (outer.clause === undefined || outer.clause === inner.clause) &&
  (outer.point === undefined || outer.point === inner.point)
