/**
 * The identities of the statistical report, as data (đẳng thức kiểm tra số
 * liệu): each has an id, a formula in Vietnamese and English with the
 * indicators' names, a citation, and is evaluated on every row and on the
 * total row of the cases and money tables, returning the observed and the
 * expected value and the cells it involves.
 *
 * From ../shared/domain/thads-rules.md §1 (verified against published
 * figures, S11–S13): V03 = V01 + V02; V06 = V03 − V04 − V05;
 * V06 = V07 + V11 (+ the residual bucket V10); V13 = V06 − V08;
 * V14 = V07 − V08; V08 ≤ V07; and the total row = Σ rows. From forms.md [I]:
 * V07 = V08 + V09 (+ V10 when the residual bucket is inside "có điều kiện").
 * The same for money (T01–T14).
 *
 * @since 0.1.0
 */
import type * as Citation from "../citation/Citation.js"
import type { Slot, Table } from "./Indicator.js"
import * as Indicator from "./Indicator.js"
import type * as Report from "./Report.js"
import * as Values from "./Values.js"

/**
 * Where the residual bucket (hoãn, tạm đình chỉ, trường hợp khác) sits in the
 * split of "phải thi hành": outside "có điều kiện" (V06 = V07 + V11 + V10,
 * what published provincial and national data since TT 06/2019 show), or
 * inside it (V07 = V08 + V09 + V10). The form text is unknown: a setting.
 *
 * @example
 * ```ts
 * const placement: Identity.ResidualPlacement = "inside-enforceable"
 * Identity.formula(Identity.get("I07", { residual: ["10"], placement })!, "cases", "en")
 * // "V07 (enforceable) = V08 (completed) + V09 (in progress) + V10 (postponed, suspended, other)"
 * ```
 * @since 0.1.0
 */
export type ResidualPlacement = "outside-enforceable" | "inside-enforceable"

/**
 * Settings of the identities.
 *
 * @example
 * ```ts
 * const report = Synthetic.report({ seed: 1, rows: 3 })
 * const inside: Identity.Settings = { residual: ["10"], placement: "inside-enforceable" }
 * Identity.evaluate(report, { settings: inside, onlyFailures: true })
 * ```
 * @since 0.1.0
 */
export interface Settings {
  /** The residual slots in the split of V06 (default `["10"]`). */
  readonly residual: ReadonlyArray<Slot>
  readonly placement: ResidualPlacement
}

/**
 * The default settings: V10 outside "có điều kiện" (thads-rules.md §1).
 *
 * @example
 * ```ts
 * Identity.defaultSettings // { residual: ["10"], placement: "outside-enforceable" }
 * ```
 * @since 0.1.0
 */
export const defaultSettings: Settings = { residual: ["10"], placement: "outside-enforceable" }

/**
 * A term of a formula: a slot with a sign.
 *
 * @example
 * ```ts
 * const minusV08: Identity.Term = { slot: "08", sign: -1 }
 * ```
 * @since 0.1.0
 */
export interface Term {
  readonly slot: Slot
  readonly sign: 1 | -1
}

/**
 * An identity between the cells of one row: `left` (= or ≤) Σ sign × term.
 *
 * @example
 * ```ts
 * Identity.get("I13")
 * // { _tag: "RowIdentity", id: "I13", relation: "=", left: "13", terms: [{ slot: "06", sign: 1 }, { slot: "08", sign: -1 }], confidence: "verified", citation: { document: "tt-06-2019-btp" } }
 * ```
 * @since 0.1.0
 */
export interface RowIdentity {
  readonly _tag: "RowIdentity"
  /** Stable id, the same for both tables: "I03" etc. */
  readonly id: string
  readonly relation: "=" | "<="
  readonly left: Slot
  readonly terms: ReadonlyArray<Term>
  readonly confidence: "verified" | "inferred"
  readonly citation: Citation.Citation
  readonly sources: ReadonlyArray<string>
}

/**
 * The identity "total row = Σ rows", for every indicator.
 *
 * @example
 * ```ts
 * Identity.get("I99")
 * // { _tag: "TotalIdentity", id: "I99", confidence: "verified", citation: { document: "tt-06-2019-btp" }, sources: ["thads-rules.md §1 (S11, S12, S13)"] }
 * ```
 * @since 0.1.0
 */
export interface TotalIdentity {
  readonly _tag: "TotalIdentity"
  readonly id: "I99"
  readonly confidence: "verified"
  readonly citation: Citation.Citation
  readonly sources: ReadonlyArray<string>
}

/**
 * Any identity.
 *
 * @example
 * ```ts
 * const all: ReadonlyArray<Identity.Identity> = Identity.identities()
 * all.filter((i) => i._tag === "RowIdentity").length // 7
 * ```
 * @since 0.1.0
 */
export type Identity = RowIdentity | TotalIdentity

const forms: Citation.Citation = { document: "tt-06-2019-btp" }
const published = ["thads-rules.md §1 (S11, S12, S13)"]
const t = (slot: Slot, sign: 1 | -1 = 1): Term => ({ slot, sign })

/**
 * The identities for the given settings.
 *
 * @example
 * ```ts
 * Identity.identities().map((i) => i.id) // ["I03", "I06a", "I06b", "I07", "I08", "I13", "I14", "I99"]
 * ```
 * @since 0.1.0
 */
export const identities = (settings: Settings = defaultSettings): ReadonlyArray<Identity> => {
  const outside = settings.placement === "outside-enforceable"
  const residual = settings.residual.map((s) => t(s))
  const row = (
    id: string,
    relation: "=" | "<=",
    left: Slot,
    terms: ReadonlyArray<Term>,
    confidence: "verified" | "inferred" = "verified"
  ): RowIdentity => ({
    _tag: "RowIdentity",
    id,
    relation,
    left,
    terms,
    confidence,
    citation: forms,
    sources: confidence === "verified" ? published : ["forms.md §2 (inferred)"]
  })
  return [
    row("I03", "=", "03", [t("01"), t("02")]),
    row("I06a", "=", "06", [t("03"), t("04", -1), t("05", -1)]),
    // V06 = V07 + V11 held exactly before 2020 [V]; the residual bucket since TT 06/2019 is an inference [I].
    row("I06b", "=", "06", [t("07"), t("11"), ...(outside ? residual : [])], "inferred"),
    row("I07", "=", "07", [t("08"), t("09"), ...(outside ? [] : residual)], "inferred"),
    row("I08", "<=", "08", [t("07")]),
    row("I13", "=", "13", [t("06"), t("08", -1)]),
    row("I14", "=", "14", [t("07"), t("08", -1)]),
    { _tag: "TotalIdentity", id: "I99", confidence: "verified", citation: forms, sources: published }
  ]
}

/**
 * The formula of an identity in a table, with the indicators' names.
 *
 * @example
 * ```ts
 * Identity.formula(Identity.identities()[0]!, "cases", "vi")
 * // "V03 (tổng thụ lý) = V01 (cũ chuyển sang) + V02 (thụ lý mới)"
 * ```
 * @since 0.1.0
 */
export const formula = (identity: Identity, table: Table, lang: "vi" | "en"): string => {
  const name = (s: Slot) => `${Indicator.idOf(table, s)} (${Indicator.get(Indicator.idOf(table, s)).short[lang]})`
  if (identity._tag === "TotalIdentity") {
    return lang === "vi"
      ? "dòng tổng cộng = tổng các dòng, cho từng chỉ tiêu"
      : "total row = Σ rows, for every indicator"
  }
  const rhs = identity.terms
    .map((term, i) => (i === 0 ? "" : term.sign === 1 ? " + " : " − ") + name(term.slot))
    .join("")
  return `${name(identity.left)} ${identity.relation === "=" ? "=" : "≤"} ${rhs}`
}

/**
 * The outcome of one identity on one row.
 *
 * @example
 * ```ts
 * const report = Synthetic.totals({ year: 2024, months: 12 }, { "01": 10, "02": 5, "03": 16 })
 * Identity.evaluate(report, { onlyFailures: true }).find((e) => e.identity === "I03")
 * // { table: "cases", row: "total", indicator: "V03", holds: false, observed: 16, expected: 15, exact: true, path: "/cases/total/V03", cells: ["/cases/total/V03", "/cases/total/V01", "/cases/total/V02"] }
 * ```
 * @since 0.1.0
 */
export interface Evaluation {
  readonly identity: string
  readonly table: Table
  /** Row index, or "total". */
  readonly row: number | "total"
  readonly rowId?: string
  /** The indicator the identity checks (for I99, the summed indicator). */
  readonly indicator: Indicator.Id
  readonly holds: boolean
  readonly observed: number
  readonly expected: number
  /** Whether `expected` is exact (a safe integer). */
  readonly exact: boolean
  /** JSON Pointer of the checked cell. */
  readonly path: string
  /** JSON Pointers of every cell involved. */
  readonly cells: ReadonlyArray<string>
}

/** An identity compiled to slot indices. */
interface Compiled {
  readonly identity: RowIdentity
  readonly left: number
  readonly terms: Int32Array
  readonly signs: Float64Array
  readonly equal: boolean
}

const slotIndexOf = (slot: Slot) => Number(slot) - 1

const compile = (list: ReadonlyArray<Identity>): ReadonlyArray<Compiled> =>
  list.flatMap((identity) =>
    identity._tag === "RowIdentity"
      ? [
          {
            identity,
            left: slotIndexOf(identity.left),
            terms: Int32Array.from(identity.terms.map((term) => slotIndexOf(term.slot))),
            signs: Float64Array.from(identity.terms.map((term) => term.sign)),
            equal: identity.relation === "="
          }
        ]
      : []
  )

const compiledCache = new WeakMap<Settings, ReadonlyArray<Compiled>>()
const compiledFor = (settings: Settings) => {
  let c = compiledCache.get(settings)
  if (c === undefined) {
    c = compile(identities(settings))
    compiledCache.set(settings, c)
  }
  return c
}

/**
 * Options of {@link evaluate}.
 *
 * @example
 * ```ts
 * const json = JSON.parse(JSON.stringify(Synthetic.report({ seed: 1, rows: 3 })))
 * const r = Decode.decode(json)
 * r._tag === "Success" && Identity.evaluate(r.success.report, { onlyFailures: true, values: r.success.values }) // []
 * ```
 * @since 0.1.0
 */
export interface EvaluateOptions {
  readonly settings?: Settings
  /** Return only the failing evaluations (faster; default false). */
  readonly onlyFailures?: boolean
  /** The report's matrices, when the decoder already built them. */
  readonly values?: Values.Values
}

const tables = ["cases", "money"] as const

/** Whether every identity holds on a table's matrix: the fast path, no allocation. */
const allHold = (m: Float64Array, rows: number, compiled: ReadonlyArray<Compiled>): boolean => {
  const W = Values.WIDTH
  for (let j = 0; j < compiled.length; j++) {
    const c = compiled[j]!
    const terms = c.terms
    const signs = c.signs
    const n = terms.length
    for (let base = 0; base <= rows * W; base += W) {
      let expected = 0
      for (let k = 0; k < n; k++) expected += signs[k]! * m[base + terms[k]!]!
      const observed = m[base + c.left]!
      if (c.equal ? observed !== expected : observed > expected) return false
    }
  }
  if (rows === 0) return true
  const total = rows * W
  for (let s = 0; s < W; s++) {
    let sum = 0
    for (let base = s; base < total; base += W) sum += m[base]!
    if (sum !== m[total + s]) return false
  }
  return true
}

/**
 * Evaluates every identity on every row and the total row of both tables.
 * "Total = Σ rows" is evaluated when the table has rows.
 *
 * @example
 * ```ts
 * Identity.evaluate(Synthetic.report({ seed: 1, rows: 3 }), { onlyFailures: true }) // []
 * const report = Synthetic.totals({ year: 2024, months: 12 }, { "01": 10, "02": 5, "03": 16 })
 * const failures = Identity.evaluate(report, { onlyFailures: true })
 * failures[0] // { identity: "I03", table: "cases", row: "total", indicator: "V03", observed: 16, expected: 15 }
 * ```
 * @since 0.1.0
 */
export const evaluate = (report: Report.Report, options: EvaluateOptions = {}): ReadonlyArray<Evaluation> => {
  const compiled = compiledFor(options.settings ?? defaultSettings)
  const onlyFailures = options.onlyFailures === true
  const values = options.values ?? Values.fromReport(report)
  const out: Array<Evaluation> = []
  for (const table of tables) {
    const { m, rows } = Values.of(values, table)
    if (onlyFailures && allHold(m, rows, compiled)) continue
    const ids = Indicator.idsOf(table)
    const reportRows = report[table].rows as ReadonlyArray<Report.RowHeader>
    const push = (
      identity: string,
      row: number | "total",
      slot: number,
      holds: boolean,
      observed: number,
      expected: number,
      cells: ReadonlyArray<string>
    ) => {
      const rowId = row === "total" ? undefined : reportRows[row]?.id
      out.push({
        identity,
        table,
        row,
        ...(rowId === undefined ? {} : { rowId }),
        indicator: ids[slot]!,
        holds,
        observed,
        expected,
        exact: Number.isSafeInteger(expected),
        path: cells[0]!,
        cells
      })
    }
    for (let j = 0; j < compiled.length; j++) {
      const c = compiled[j]!
      const terms = c.terms
      const signs = c.signs
      const nTerms = terms.length
      const left = c.left
      const equal = c.equal
      for (let r = 0; r <= rows; r++) {
        const base = r * Values.WIDTH
        const observed = m[base + left]!
        let expected = 0
        for (let k = 0; k < nTerms; k++) expected += signs[k]! * m[base + terms[k]!]!
        const holds = equal ? observed === expected : observed <= expected
        if (holds && onlyFailures) continue
        const at = r === rows ? `/${table}/total` : `/${table}/rows/${r}`
        push(c.identity.id, r === rows ? "total" : r, left, holds, observed, expected, [
          `${at}/${ids[left]}`,
          ...Array.from(terms, (k) => `${at}/${ids[k]}`)
        ])
      }
    }
    if (rows === 0) continue
    for (let s = 0; s < Values.WIDTH; s++) {
      let expected = 0
      for (let r = 0; r < rows; r++) expected += m[r * Values.WIDTH + s]!
      const observed = m[rows * Values.WIDTH + s]!
      const holds = observed === expected
      if (holds && onlyFailures) continue
      const id = ids[s]!
      push("I99", "total", s, holds, observed, expected, [
        `/${table}/total/${id}`,
        ...reportRows.map((_, r) => `/${table}/rows/${r}/${id}`)
      ])
    }
  }
  return out
}

/**
 * The identity definition of an id (under the given settings).
 *
 * @example
 * ```ts
 * Identity.get("I13")?.relation // "="
 * ```
 * @since 0.1.0
 */
export const get = (id: string, settings: Settings = defaultSettings): Identity | undefined =>
  identities(settings).find((i) => i.id === id)
