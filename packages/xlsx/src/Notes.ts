/**
 * What reading a workbook noticed (ghi nhận khi đọc sổ tính): the reading
 * notes of core's `ReadingNote` (formula in an input cell, number typed as
 * text, merged cell…), re-exported for callers of this package.
 *
 * @since 0.1.0
 */
import type { Finding } from "@thads/core"
import { ReadingNote } from "@thads/core"

/**
 * The codes of reading notes.
 *
 * @since 0.1.0
 */
export type Code = ReadingNote.Code

/**
 * The severity of each code.
 *
 * @example
 * ```ts
 * Notes.severity["workbook-merged-cell"] // "error"
 * ```
 * @since 0.1.0
 */
export const severity: Readonly<Record<Code, Finding.Severity>> = ReadingNote.severity

/**
 * A reading note as a finding.
 *
 * @example
 * ```ts
 * Notes.make("workbook-text-number", { sheet: "Việc", cell: "D8", path: "/cases/rows/0/V01" }, { vi: "…", en: "…" })
 * ```
 * @since 0.1.0
 */
export const make: typeof ReadingNote.make = ReadingNote.make

/**
 * Most notes of one code kept per workbook.
 *
 * @since 0.1.0
 */
export const maxPerCode = ReadingNote.maxPerCode

/**
 * A collector of notes that keeps at most {@link maxPerCode} per code.
 *
 * @example
 * ```ts
 * Notes.collector().done() // []
 * ```
 * @since 0.1.0
 */
export const collector: () => {
  readonly add: (f: Finding.Finding) => void
  readonly done: () => ReadonlyArray<Finding.Finding>
} = ReadingNote.collector
