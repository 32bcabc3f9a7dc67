/**
 * Malformed CSV ledgers, generated from a synthetic ledger's CSV by seeded
 * mutations: stray quotes, commas and line breaks, repeated, missing and
 * unknown header columns, impossible dates, huge and negative amounts, a
 * byte-order mark, CRLF. Ledger.decodeCsv must never throw; a problem
 * carries a line within the file; a ledger that decodes aggregates without
 * throwing.
 */
import { Aggregate, Ledger } from "@thads/core"
import { Synthetic, SyntheticLedger } from "@thads/core/testing"
import type { Random } from "./Reports.ts"

const pick = <A>(next: Random, xs: ReadonlyArray<A>): A => xs[Math.floor(next() * xs.length)]!

const mutate = (next: Random, text: string): string => {
  const lines = text.split("\r\n")
  const at = Math.floor(next() * (text.length + 1))
  switch (Math.floor(next() * 9)) {
    case 0:
      return `${text.slice(0, at)}${pick(next, ['"', ",", "\n", "\r", '""', "\u0000", "é"])}${text.slice(at)}`
    case 1: {
      const cols = lines[0]!.split(",")
      cols.push(pick(next, cols))
      return [cols.join(","), ...lines.slice(1)].join("\r\n")
    }
    case 2: {
      const cols = lines[0]!.split(",")
      cols.splice(Math.floor(next() * cols.length), 1)
      return [cols.join(","), ...lines.slice(1)].join("\r\n")
    }
    case 3:
      return text.replace(/\d{4}-\d{2}-\d{2}/, pick(next, ["2023-02-30", "0000-00-00", "2022-13-01", "2022-1-1", "x"]))
    case 4:
      return text.replace(/,(\d{4,}),/, `,${pick(next, ["-1", "1.5", "99999999999999999999", "1e9", "", "1 000"])},`)
    case 5:
      return `\uFEFF${text}`
    case 6:
      return lines.filter(() => next() < 0.8).join(pick(next, ["\n", "\r\n", "\r"]))
    case 7:
      return text.slice(0, at)
    default:
      return lines.map((l, i) => (i > 0 && next() < 0.1 ? l.split(",").reverse().join(",") : l)).join("\r\n")
  }
}

/** Counts of a CSV run. */
export interface CsvCounts {
  readonly ledgers: number
  readonly decoded: number
  readonly refused: number
  readonly failures: ReadonlyArray<string>
}

/**
 * A malformed CSV ledger.
 *
 * @example
 * ```ts
 * malformedCsv(Synthetic.random(1))
 * ```
 */
export const malformedCsv = (next: Random): string => {
  let text = Ledger.toCsv(
    SyntheticLedger.ledger({ seed: 1 + Math.floor(next() * 100), cases: 1 + Math.floor(next() * 12) })
  )
  const n = 1 + Math.floor(next() * 3)
  for (let i = 0; i < n; i++) text = mutate(next, text)
  return text
}

/**
 * Runs `count` malformed CSV ledgers through Ledger.decodeCsv (and
 * Aggregate.aggregate when they decode).
 *
 * @example
 * ```ts
 * runCsv(1, 100).failures // []
 * ```
 */
export const runCsv = (seed: number, count: number): CsvCounts => {
  const next = Synthetic.random(seed)
  let decoded = 0
  const failures: Array<string> = []
  for (let i = 0; i < count; i++) {
    const text = malformedCsv(next)
    try {
      const r = Ledger.decodeCsv(text)
      if (r._tag === "Success") {
        decoded++
        Aggregate.aggregate(r.ledger, { year: 2023, months: 12, rowsBy: "officer" })
      } else {
        const lines = text.split(/\r\n|\r|\n/).length
        for (const p of r.problems)
          if (p.line !== undefined && (p.line < 1 || p.line > lines))
            failures.push(`csv ${i}: a problem on line ${p.line} of ${lines}`)
      }
    } catch (e) {
      failures.push(`csv ${i}: threw ${(e as Error)?.stack ?? String(e)}`)
    }
  }
  return { ledgers: count, decoded, refused: count - decoded, failures }
}
