/**
 * A generic model of a party or administrative directive (chỉ thị) as data:
 * its document and the text it was encoded from (full text or a published
 * summary), actors, operative provisions with their responsible actors, the
 * documents they invoke (named by the text) and the documents related to
 * them (our reading, `assumed`), and the cadences (hearings, reports,
 * reviews) that turn into dated obligations. Another province's directive is
 * data of this shape, not code.
 *
 * @since 0.1.0
 */
import type * as Citation from "../citation/Citation.js"
import type * as Documents from "../citation/Documents.js"

/**
 * Text in Vietnamese and English.
 *
 * @example
 * ```ts
 * const text: Directive.Text = { vi: "Sơ kết, tổng kết thực hiện Chỉ thị", en: "Interim and final reviews of the directive" }
 * ```
 * @since 0.1.0
 */
export interface Text {
  readonly vi: string
  readonly en: string
}

/**
 * An actor the directive names (chủ thể).
 *
 * @example
 * ```ts
 * const a: Directive.Actor = { id: "A14", name: { vi: "Ban Nội chính Tỉnh ủy", en: "Provincial Party Internal Affairs Commission" }, kind: { vi: "đảng", en: "party" } }
 * ```
 * @since 0.1.0
 */
export interface Actor {
  readonly id: string
  readonly name: Text
  /** What kind of body it is (party, executive, judicial, …). */
  readonly kind: Text
}

/**
 * A document related to a provision that the text does not name: our
 * reading of which law the provision touches, so its basis is always
 * `assumed` and `why` says what links them.
 *
 * @example
 * ```ts
 * const r: Directive.Related = {
 *   document: "ttlt-05-2016", basis: "assumed",
 *   why: { vi: "quy định hoạt động của Ban Chỉ đạo", en: "regulates the steering committees" }
 * }
 * ```
 * @since 0.1.0
 */
export interface Related {
  readonly document: Documents.DocumentId
  readonly basis: "assumed"
  readonly why: Text
}

/**
 * An operative provision (nội dung chỉ đạo).
 *
 * @example
 * ```ts
 * Directive09.directive.provisions.find((p) => p.id === "4.6")
 * // { id: "4.6", text: { en: "Apply Directive 01/CT-BTP (11/02/2014) on preventing misconduct and corruption in enforcement." }, actors: ["A07"], invokes: ["ct-01-btp-2014"], related: [], citation: { document: "ct-09-ct-tu-2021", section: "4.6" } }
 * ```
 * @since 0.1.0
 */
export interface Provision {
  /** Reference number, e.g. "1.3". */
  readonly id: string
  /** The obligation it states. */
  readonly text: Text
  /** The responsible actors. */
  readonly actors: ReadonlyArray<string>
  /** Who hears or receives, where the provision says so. */
  readonly recipients?: ReadonlyArray<string>
  /** The documents its text names (invokes), and only those. */
  readonly invokes: ReadonlyArray<Documents.DocumentId>
  /** Documents it does not name but that bear on it: `assumed`, with why. */
  readonly related: ReadonlyArray<Related>
  readonly citation: Citation.Citation
}

/**
 * The text a directive was encoded from: its full text, or a published
 * summary of it (then provisions the summary leaves out are not encoded,
 * and the coverage map covers the summary only).
 *
 * @example
 * ```ts
 * Directive09.directive.source.kind // "published-summary"
 * ```
 * @since 0.1.0
 */
export interface Source {
  readonly kind: "full-text" | "published-summary"
  /** Where it was read (publisher, date, address). */
  readonly description: Text
}

/**
 * How often something recurs.
 *
 * @example
 * ```ts
 * const f: Directive.Frequency = "half-yearly"
 * ```
 * @since 0.1.0
 */
export type Frequency = "monthly" | "quarterly" | "half-yearly" | "yearly" | "ad-hoc"

/**
 * A recurring duty: a hearing, a report or a review.
 *
 * @example
 * ```ts
 * const reviews: Directive.Cadence = {
 *   id: "reviews", provision: "8.1", kind: "review", frequencies: ["ad-hoc"], from: ["A14"], to: ["A01"],
 *   text: { vi: "Sơ kết, tổng kết thực hiện Chỉ thị", en: "Interim and final reviews of the directive" }
 * }
 * ```
 * @since 0.1.0
 */
export interface Cadence {
  readonly id: string
  readonly provision: string
  readonly kind: "hearing" | "report" | "review"
  readonly frequencies: ReadonlyArray<Frequency>
  readonly from: ReadonlyArray<string>
  readonly to: ReadonlyArray<string>
  readonly text: Text
}

/**
 * A directive.
 *
 * @example
 * ```ts
 * const d: Directive.Directive = Directive09.directive
 * d.document // "ct-09-ct-tu-2021"
 * d.issuer   // "A01"
 * ```
 * @since 0.1.0
 */
export interface Directive {
  readonly document: Documents.DocumentId
  /** The text it was encoded from. */
  readonly source: Source
  /** Documents the text names outside the operative provisions (e.g. in its preamble). */
  readonly invokes: ReadonlyArray<Documents.DocumentId>
  readonly issuer: string
  readonly actors: ReadonlyArray<Actor>
  readonly provisions: ReadonlyArray<Provision>
  readonly cadences: ReadonlyArray<Cadence>
}

/**
 * A directive whose parts do not refer to each other correctly.
 *
 * @example
 * ```ts
 * Directive.actor(Directive09.directive, "A99") // InvalidDirectiveError: unknown actor A99
 * ```
 * @since 0.1.0
 */
export class InvalidDirectiveError extends Error {
  readonly _tag = "InvalidDirectiveError"
  constructor(message: string) {
    super(message)
    this.name = "InvalidDirectiveError"
  }
}

/**
 * Checks a directive: unique ids, and every actor, provision and recipient
 * reference resolves. Returns it unchanged, or throws
 * {@link InvalidDirectiveError}.
 *
 * @example
 * ```ts
 * const d = Directive.validate(Directive09.directive)
 * ```
 * @since 0.1.0
 */
export const validate = (d: Directive): Directive => {
  const actors = new Set<string>()
  for (const a of d.actors) {
    if (actors.has(a.id)) throw new InvalidDirectiveError(`duplicate actor ${a.id}`)
    actors.add(a.id)
  }
  if (!actors.has(d.issuer)) throw new InvalidDirectiveError(`unknown issuer ${d.issuer}`)
  const provisions = new Set<string>()
  for (const p of d.provisions) {
    if (provisions.has(p.id)) throw new InvalidDirectiveError(`duplicate provision ${p.id}`)
    provisions.add(p.id)
    for (const a of [...p.actors, ...(p.recipients ?? [])]) {
      if (!actors.has(a)) throw new InvalidDirectiveError(`provision ${p.id}: unknown actor ${a}`)
    }
    for (const r of p.related) {
      if (p.invokes.includes(r.document)) {
        throw new InvalidDirectiveError(`provision ${p.id}: ${r.document} is both invoked and related`)
      }
    }
  }
  for (const c of d.cadences) {
    if (!provisions.has(c.provision))
      throw new InvalidDirectiveError(`cadence ${c.id}: unknown provision ${c.provision}`)
    for (const a of [...c.from, ...c.to])
      if (!actors.has(a)) throw new InvalidDirectiveError(`cadence ${c.id}: unknown actor ${a}`)
  }
  return d
}

/**
 * The provisions an actor is responsible for.
 *
 * @example
 * ```ts
 * Directive.provisionsOf(Directive09.directive, "A07").map((p) => p.id) // ["1.3", "4.1", "4.2", "4.3", "4.4", "4.5", "4.6", "4.7", "4.8", "4.9"]
 * ```
 * @since 0.1.0
 */
export const provisionsOf = (d: Directive, actorId: string): ReadonlyArray<Provision> =>
  d.provisions.filter((p) => p.actors.includes(actorId))

/**
 * An actor by id.
 *
 * @example
 * ```ts
 * Directive.actor(Directive09.directive, "A14").name.vi // "Ban Nội chính Tỉnh ủy"
 * ```
 * @since 0.1.0
 */
export const actor = (d: Directive, id: string): Actor => {
  const a = d.actors.find((x) => x.id === id)
  if (a === undefined) throw new InvalidDirectiveError(`unknown actor ${id}`)
  return a
}
