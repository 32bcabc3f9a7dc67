/**
 * The coverage map of a directive: for each provision, whether it is
 * encoded (present, with actors, text in both languages and a citation),
 * whether a measurable check implements it, and whether every such check is
 * tested — its worked examples are run now, so the map is computed from the
 * code, not written by hand. The map covers the text the directive was
 * encoded from ({@link scope}): for Chỉ thị 09-CT/TU, its published summary.
 *
 * @since 0.1.0
 */
import * as Check from "./Check.js"
import type { Directive } from "./Directive.js"

/**
 * The coverage of one provision.
 *
 * @example
 * ```ts
 * const e: Coverage.Entry = { provision: "4.4", encoded: true, measurable: true, tested: true, checks: ["targets-met", "backlog-falling"], failingExamples: [] }
 * ```
 * @since 0.1.0
 */
export interface Entry {
  readonly provision: string
  readonly encoded: boolean
  readonly measurable: boolean
  readonly tested: boolean
  readonly checks: ReadonlyArray<string>
  /** Examples that did not give their expected status. */
  readonly failingExamples: ReadonlyArray<string>
}

/**
 * Computes the coverage map.
 *
 * @example
 * ```ts
 * Coverage.compute(Directive09.directive, Checks09.all).find((e) => e.provision === "4.4")
 * // { provision: "4.4", encoded: true, measurable: true, tested: true, checks: ["targets-met", "backlog-falling"], failingExamples: [] }
 * ```
 * @since 0.1.0
 */
export const compute = (directive: Directive, checks: ReadonlyArray<Check.Any>): ReadonlyArray<Entry> =>
  directive.provisions.map((p) => {
    const mine = checks.filter((c) => c.provisions.includes(p.id))
    const failing = mine.flatMap((c) => Check.failingExamples(c).map((name) => `${c.id}: ${name}`))
    const encoded =
      p.actors.length > 0 && p.text.vi.length > 0 && p.text.en.length > 0 && p.citation.document === directive.document
    return {
      provision: p.id,
      encoded,
      measurable: mine.length > 0,
      tested: mine.length > 0 && mine.every((c) => c.examples.length > 0) && failing.length === 0,
      checks: mine.map((c) => c.id),
      failingExamples: failing
    }
  })

/**
 * What a coverage map covers: the text the directive was encoded from. A map
 * over a published summary says nothing of provisions the summary left out.
 *
 * @example
 * ```ts
 * Coverage.scope(Directive09.directive).covers // "published-summary"
 * Coverage.scope(Directive09.directive).text.en.startsWith("Coverage of the published summary, not the full text") // true
 * ```
 * @since 0.1.0
 */
export const scope = (
  directive: Directive
): { readonly covers: Directive["source"]["kind"]; readonly text: { readonly vi: string; readonly en: string } } =>
  directive.source.kind === "published-summary"
    ? {
        covers: "published-summary",
        text: {
          vi: `Độ phủ tính trên bản tóm tắt đã công bố, không phải toàn văn (${directive.source.description.vi}); nội dung không có trong bản tóm tắt chưa được mã hóa`,
          en: `Coverage of the published summary, not the full text (${directive.source.description.en}); provisions the summary leaves out are not encoded`
        }
      }
    : {
        covers: "full-text",
        text: {
          vi: `Độ phủ tính trên toàn văn (${directive.source.description.vi})`,
          en: `Coverage of the full text (${directive.source.description.en})`
        }
      }

/**
 * Totals of a coverage map.
 *
 * @example
 * ```ts
 * const map = Coverage.compute(Directive09.directive, Checks09.all)
 * Coverage.summary(map) // { provisions: 24, encoded: 24, measurable: 9, tested: 9 }
 * ```
 * @since 0.1.0
 */
export const summary = (entries: ReadonlyArray<Entry>) => ({
  provisions: entries.length,
  encoded: entries.filter((e) => e.encoded).length,
  measurable: entries.filter((e) => e.measurable).length,
  tested: entries.filter((e) => e.tested).length
})
