/**
 * Malformed workbooks, generated from the blank template by seeded
 * mutations: zip bombs (declared and lying), entity expansion (a DTD),
 * huge merged, validated and named ranges, columns past XFD, damaged XML,
 * missing parts, truncated and bit-flipped bytes. Read.read must resolve or
 * reject with a WorkbookError — never another error, never run out of memory.
 */
import { Synthetic } from "@thads/core/testing"
import { Read, WorkbookError, Write } from "@thads/xlsx"
import type { Random } from "./Reports.ts"
import { Zip } from "@thads/xlsx/testing"

const pick = <A>(next: Random, xs: ReadonlyArray<A>): A => xs[Math.floor(next() * xs.length)]!

const huge = ["A1:XFD1048576", "A1:A1048576", "B2:ZZ99999", "$A$1:$XFD$1048576"]

const editXml = (entries: Array<Zip.Entry>, name: RegExp, f: (xml: string) => string): Array<Zip.Entry> =>
  entries.map((e) => (name.test(e.name) ? { name: e.name, data: Buffer.from(f(e.data.toString("utf8")), "utf8") } : e))

/** The mutations, each a name and a function of the template's entries to bytes. */
const mutations: ReadonlyArray<readonly [string, (next: Random, es: Array<Zip.Entry>) => Uint8Array]> = [
  [
    "zip bomb (declared)",
    (_, es) =>
      Zip.zip([
        ...es.filter((e) => !/sheet1/.test(e.name)),
        { name: "xl/worksheets/sheet1.xml", data: Buffer.alloc(8 << 20) }
      ])
  ],
  [
    "zip bomb (lying)",
    (_, es) =>
      Zip.zip([
        ...es.filter((e) => !/sheet1/.test(e.name)),
        { name: "xl/worksheets/sheet1.xml", data: Buffer.alloc(8 << 20), declared: 1000 }
      ])
  ],
  [
    "entity expansion",
    (next, es) => {
      const lol = `<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>`
      const target = pick(
        next,
        es.filter((e) => e.name.endsWith(".xml"))
      )
      return Zip.zip(
        editXml(es, new RegExp(`^${target.name.replace(/[[\]]/g, "\\$&")}$`), (x) => x.replace(/^<\?xml[^>]*\?>/, lol))
      )
    }
  ],
  [
    "huge merged range",
    (next, es) =>
      Zip.zip(
        editXml(es, /sheet2\.xml$/, (x) =>
          x.replace(
            "</sheetData>",
            `</sheetData><mergeCells count="1"><mergeCell ref="${pick(next, huge)}"/></mergeCells>`
          )
        )
      )
  ],
  [
    "huge data validation",
    (next, es) =>
      Zip.zip(
        editXml(es, /sheet2\.xml$/, (x) =>
          x.replace(
            "</worksheet>",
            `<dataValidations count="1"><dataValidation type="whole" sqref="${pick(next, huge)}"><formula1>0</formula1></dataValidation></dataValidations></worksheet>`
          )
        )
      )
  ],
  [
    "huge defined name",
    (next, es) =>
      Zip.zip(
        editXml(es, /^xl\/workbook\.xml$/, (x) =>
          x.replace(
            "</sheets>",
            `</sheets><definedNames><definedName name="n">'Việc'!${pick(next, huge)}</definedName></definedNames>`
          )
        )
      )
  ],
  [
    "column past XFD",
    (_, es) =>
      Zip.zip(
        editXml(es, /sheet2\.xml$/, (x) =>
          x.replace("<sheetData", '<cols><col min="1" max="99999999"/></cols><sheetData')
        )
      )
  ],
  [
    "damaged XML",
    (next, es) => {
      const target = pick(
        next,
        es.filter((e) => e.name.endsWith(".xml"))
      )
      return Zip.zip(
        editXml(es, new RegExp(`^${target.name.replace(/[[\]]/g, "\\$&")}$`), (x) => {
          const at = Math.floor(next() * x.length)
          return next() < 0.5
            ? x.slice(0, at) + x.slice(at + 1 + Math.floor(next() * 40))
            : `${x.slice(0, at)}${pick(next, ["<", ">", "&", '"', "</c>", '<c r="A0">', "\u0000", "é"])}${x.slice(at)}`
        })
      )
    }
  ],
  [
    "odd cell values",
    (next, es) =>
      Zip.zip(
        editXml(es, /sheet\d\.xml$/, (x) =>
          x.replace(/<c r="([A-Z]+\d+)"([^>]*)\/>/g, (m, r) =>
            next() < 0.2
              ? `<c r="${r}" t="inlineStr"><is><t>${pick(next, ["-1", "1.5", "x", "1e400", "2023-02-30", " 1.234 ", "=A1"])}</t></is></c>`
              : m
          )
        )
      )
  ],
  ["missing part", (next, es) => Zip.zip(es.filter((e) => e !== pick(next, es)))],
  [
    "truncated",
    (next, es) => {
      const b = Zip.zip(es)
      return b.subarray(0, Math.floor(next() * b.length))
    }
  ],
  [
    "bit flips",
    (next, es) => {
      const b = new Uint8Array(Zip.zip(es))
      for (let i = 0; i < 1 + Math.floor(next() * 8); i++) {
        const j = Math.floor(next() * b.length)
        b[j] = b[j]! ^ (1 << Math.floor(next() * 8))
      }
      return b
    }
  ]
]

/** Counts of a workbook run. */
export interface WorkbookCounts {
  readonly workbooks: number
  readonly read: number
  readonly refused: Readonly<Record<string, number>>
  readonly failures: ReadonlyArray<string>
}

/**
 * A malformed workbook: its mutation's name and its bytes.
 *
 * @example
 * ```ts
 * const { kind, bytes } = await malformedWorkbook(Synthetic.random(1))
 * ```
 */
export const malformedWorkbook = async (
  next: Random
): Promise<{ readonly kind: string; readonly bytes: Uint8Array }> => {
  const entries = Zip.unzip(await Write.template({ unitId: "u", year: 2024, months: 6, rows: Math.floor(next() * 4) }))
  const [kind, f] = pick(next, mutations)
  return { kind, bytes: f(next, entries) }
}

/**
 * Runs `count` malformed workbooks through Read.read.
 *
 * @example
 * ```ts
 * (await runWorkbooks(1, 20)).failures // []
 * ```
 */
export const runWorkbooks = async (seed: number, count: number): Promise<WorkbookCounts> => {
  const next = Synthetic.random(seed)
  let read = 0
  const refused: Record<string, number> = {}
  const failures: Array<string> = []
  for (let i = 0; i < count; i++) {
    const { kind, bytes } = await malformedWorkbook(next)
    try {
      await Read.read(bytes)
      read++
    } catch (e) {
      if (e instanceof WorkbookError) refused[e.code] = (refused[e.code] ?? 0) + 1
      else failures.push(`workbook ${i} (${kind}): ${(e as Error)?.stack ?? String(e)}`)
    }
  }
  return { workbooks: count, read, refused, failures }
}
