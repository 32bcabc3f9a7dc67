/**
 * A snapshot of a worksheet as Office.js returns it (ảnh chụp trang tính):
 * the used range's 2-D arrays of values, formulas, number formats, value
 * types and fills kept as they are, read in place — no per-cell object is
 * made when loading — plus the notes and merged areas, and an overlay of
 * the cells written since. A {@link Grid.WritableSheet} of core's grid port.
 *
 * @since 0.1.0
 */
import { FormLayout, Grid } from "@thads/core"

/**
 * What Office.js gave for a used range (2-D arrays of the same shape).
 *
 * @example
 * ```ts
 * const data: Snapshot.Data = { top: 1, left: 1, values: [[1]], formulas: [[1]], numberFormat: [["General"]], valueTypes: [["Double"]] }
 * ```
 * @since 0.1.0
 */
export interface Data {
  readonly top: number
  readonly left: number
  readonly values: ReadonlyArray<ReadonlyArray<unknown>>
  readonly formulas: ReadonlyArray<ReadonlyArray<unknown>>
  readonly numberFormat: ReadonlyArray<ReadonlyArray<unknown>>
  readonly valueTypes: ReadonlyArray<ReadonlyArray<string>>
  /** Fills as ARGB, undefined where none (same shape, or absent). */
  readonly fills?: ReadonlyArray<ReadonlyArray<string | undefined>>
}

interface Written {
  value?: Grid.Value
  formula?: string | null
  numberFormat?: string
  note?: string | null
  fill?: string | null
}

const key = (row: number, column: number) => row * 16_384 + column

const valueOf = (value: unknown, type: string | undefined): Grid.Value => {
  if (type === "Empty" || value === "" || value === null || value === undefined) return Grid.blank
  if (type === "Error") return { _tag: "error", value: String(value) }
  if (typeof value === "number") return { _tag: "number", value }
  if (typeof value === "boolean") return { _tag: "boolean", value }
  return { _tag: "string", value: String(value) }
}

/**
 * A writable sheet over a snapshot.
 *
 * @example
 * ```ts
 * const data: Snapshot.Data = { top: 8, left: 11, values: [[6]], formulas: [[6]], numberFormat: [["General"]], valueTypes: [["Double"]] }
 * const s = Snapshot.sheet("Việc", data, new Map([["K8", "a note"]]), [])
 * s.value(8, 11) // { _tag: "number", value: 6 }
 * s.note(8, 11) // "a note"
 * s.value(9, 11) // { _tag: "blank" }
 * ```
 * @since 0.1.0
 */
export const sheet = (
  name: string,
  data: Data | undefined,
  notes: ReadonlyMap<string, string>,
  merges: ReadonlyArray<Grid.Range>
): Grid.WritableSheet => {
  const written = new Map<number, Written>()
  const noteAt = new Map<number, string>()
  for (const [a1, text] of notes) {
    const { column, row } = FormLayout.parseCell(a1)
    noteAt.set(key(row, FormLayout.columnNumber(column)), text)
  }
  const merged = [...merges]
  const rows = data?.values.length ?? 0
  const columns = data?.values[0]?.length ?? 0
  const inside = (row: number, column: number) =>
    data !== undefined &&
    row >= data.top &&
    row < data.top + rows &&
    column >= data.left &&
    column < data.left + columns
  const at = <A>(grid: ReadonlyArray<ReadonlyArray<A>> | undefined, row: number, column: number): A | undefined =>
    grid?.[row - data!.top]?.[column - data!.left]
  const put = (row: number, column: number): Written => {
    const k = key(row, column)
    let w = written.get(k)
    if (w === undefined) {
      w = {}
      written.set(k, w)
    }
    return w
  }
  const original = {
    value: (row: number, column: number): Grid.Value =>
      inside(row, column) ? valueOf(at(data!.values, row, column), at(data!.valueTypes, row, column)) : Grid.blank,
    formula: (row: number, column: number): string | undefined => {
      if (!inside(row, column)) return undefined
      const f = at(data!.formulas, row, column)
      return typeof f === "string" && f.startsWith("=") ? f.slice(1) : undefined
    },
    numberFormat: (row: number, column: number): string | undefined => {
      if (!inside(row, column)) return undefined
      const f = at(data!.numberFormat, row, column)
      return typeof f === "string" && f !== "General" ? f : undefined
    },
    fill: (row: number, column: number): string | undefined =>
      inside(row, column) ? at(data!.fills, row, column) : undefined
  }
  const pick = <A>(row: number, column: number, field: keyof Written, base: () => A | undefined): A | undefined => {
    const w = written.get(key(row, column))
    if (w !== undefined && field in w) {
      const v = w[field]
      return v === null ? undefined : (v as A)
    }
    return base()
  }
  return {
    name,
    get usedRange(): Grid.Range | undefined {
      let top = data === undefined || rows === 0 ? Infinity : data.top
      let left = data === undefined || columns === 0 ? Infinity : data.left
      let bottom = data === undefined || rows === 0 ? 0 : data.top + rows - 1
      let right = data === undefined || columns === 0 ? 0 : data.left + columns - 1
      const extend = (k: number) => {
        const row = Math.floor(k / 16_384)
        const column = k % 16_384
        top = Math.min(top, row)
        bottom = Math.max(bottom, row)
        left = Math.min(left, column)
        right = Math.max(right, column)
      }
      for (const k of written.keys()) extend(k)
      for (const k of noteAt.keys()) extend(k)
      return bottom === 0 ? undefined : { top, left, bottom, right }
    },
    value: (row, column) => pick(row, column, "value", () => original.value(row, column)) ?? Grid.blank,
    formula: (row, column) => pick(row, column, "formula", () => original.formula(row, column)),
    numberFormat: (row, column) => pick(row, column, "numberFormat", () => original.numberFormat(row, column)),
    note: (row, column) => noteAt.get(key(row, column)),
    fill: (row, column) => pick(row, column, "fill", () => original.fill(row, column)),
    get merges() {
      return merged
    },
    setValue: (row, column, value) => {
      const w = put(row, column)
      w.value = value
      w.formula = null
    },
    setFormula: (row, column, formula, cached) => {
      const w = put(row, column)
      w.value = cached
      w.formula = formula
    },
    setLink: (row, column, text) => {
      const w = put(row, column)
      w.value = { _tag: "string", value: text }
      w.formula = null
    },
    setNumberFormat: (row, column, format) => {
      put(row, column).numberFormat = format
    },
    setNote: (row, column, note) => {
      if (note === undefined) noteAt.delete(key(row, column))
      else noteAt.set(key(row, column), note)
    },
    setFill: (row, column, argb) => {
      put(row, column).fill = argb ?? null
    },
    setStyle: () => undefined,
    setColumnWidth: () => undefined,
    merge: (range) => {
      merged.push(range)
    }
  }
}
