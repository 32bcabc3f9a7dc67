/**
 * What reading a workbook noticed (ghi nhận khi đọc sổ tính), as findings
 * with a cell: a formula in an input cell (its cached value is used), a
 * number typed as text ("1.234.567"), a formula with no cached value, a
 * derived cell computed from the layout, a merged cell in the data area, a
 * date cell read as text, an Excel error value. The report's own findings
 * come from `ReportCheck`; these come from {@link ReportReader}, whatever
 * the grid adapter.
 *
 * @since 0.2.0
 */
import type * as Citation from "../citation/Citation.js"
import type * as Finding from "../compliance/Finding.js"
import * as FindingCatalogue from "../compliance/FindingCatalogue.js"

/**
 * The codes of reading notes.
 *
 * @example
 * ```ts
 * const code: ReadingNote.Code = "workbook-text-number"
 * ```
 * @since 0.2.0
 */
export type Code = Extract<
  FindingCatalogue.Code,
  | "workbook-formula-in-input"
  | "workbook-text-number"
  | "workbook-formula-no-value"
  | "workbook-derived-computed"
  | "workbook-merged-cell"
  | "workbook-date-as-text"
  | "workbook-more-notes"
  | "workbook-stale-formula"
  | "workbook-error-value"
>

/**
 * The severity of each code (from the finding catalogue, group "workbook").
 *
 * @example
 * ```ts
 * ReadingNote.severity["workbook-merged-cell"] // "error"
 * ```
 * @since 0.2.0
 */
export const severity: Readonly<Record<Code, Finding.Severity>> = Object.fromEntries(
  FindingCatalogue.entries.filter((e) => e.group === "workbook").map((e) => [e.code, e.severity])
) as Record<Code, Finding.Severity>

/** The circular whose forms the workbook stands for (its format rules were not found). */
const citation: Citation.Citation = { document: "tt-05-2024-btp" }

/**
 * A reading note as a finding.
 *
 * @example
 * ```ts
 * ReadingNote.make("workbook-text-number", { sheet: "Việc", cell: "D8", path: "/cases/rows/0/V01" }, {
 *   vi: "số nhập dạng văn bản \"1.234\" được đọc là 1234", en: "number typed as text \"1.234\" read as 1234"
 * }).message.vi // "Việc!D8: số nhập dạng văn bản \"1.234\" được đọc là 1234"
 * ```
 * @since 0.2.0
 */
export const make = (
  code: Code,
  at: { readonly sheet: string; readonly cell: string; readonly path: string; readonly file?: string | undefined },
  message: { readonly vi: string; readonly en: string },
  extra: { readonly observed?: number | string; readonly expected?: number | string } = {}
): Finding.Finding => ({
  code,
  severity: severity[code],
  ruleId: `workbook/${code}`,
  citation,
  message: { vi: `${at.sheet}!${at.cell}: ${message.vi}`, en: `${at.sheet}!${at.cell}: ${message.en}` },
  location: { path: at.path, ...(at.file === undefined ? {} : { file: at.file }), sheet: at.sheet, cell: at.cell },
  ...extra
})

/**
 * Most notes of one code kept per workbook; the rest are counted in one
 * `workbook-more-notes` finding.
 *
 * @example
 * ```ts
 * ReadingNote.maxPerCode // 200
 * ```
 * @since 0.2.0
 */
export const maxPerCode = 200

/**
 * A collector of notes that keeps at most {@link maxPerCode} per code and
 * summarises the rest, so nothing is silently dropped.
 *
 * @example
 * ```ts
 * const c = ReadingNote.collector()
 * c.done() // []
 * ```
 * @since 0.2.0
 */
export const collector = () => {
  const kept: Array<Finding.Finding> = []
  const counts = new Map<string, number>()
  return {
    add: (f: Finding.Finding): void => {
      const n = (counts.get(f.code) ?? 0) + 1
      counts.set(f.code, n)
      if (n <= maxPerCode) kept.push(f)
    },
    done: (): ReadonlyArray<Finding.Finding> => {
      const out = [...kept]
      for (const [code, n] of counts) {
        if (n <= maxPerCode) continue
        out.push({
          code: "workbook-more-notes",
          severity: "info",
          ruleId: "workbook/workbook-more-notes",
          citation,
          message: {
            vi: `còn ${n - maxPerCode} ghi nhận "${code}" khác (chỉ liệt kê ${maxPerCode})`,
            en: `${n - maxPerCode} more "${code}" notes (only ${maxPerCode} listed)`
          },
          location: { path: "" },
          observed: n
        })
      }
      return out
    }
  }
}
