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

/**
 * Where the residual bucket (hoãn, tạm đình chỉ, trường hợp khác) sits in the
 * split of "phải thi hành": outside "có điều kiện" (V06 = V07 + V11 + V10,
 * what published provincial and national data since TT 06/2019 show), or
 * inside it (V07 = V08 + V09 + V10). The form text is unknown: a setting.
 *
 * @since 0.1.0
 */
export type ResidualPlacement = "outside-enforceable" | "inside-enforceable"

/**
 * Settings of the identities.
 *
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
 * @since 0.1.0
 */
export const defaultSettings: Settings = { residual: ["10"], placement: "outside-enforceable" }

/**
 * A term of a formula: a slot with a sign.
 *
 * @since 0.1.0
 */
export interface Term {
  readonly slot: Slot
  readonly sign: 1 | -1
}

/**
 * An identity between the cells of one row: `left` (= or ≤) Σ sign × term.
 *
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
    row("I06b", "=", "06", [t("07"), t("11"), ...(outside ? residual : [])]),
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
    return lang === "vi" ? "dòng tổng cộng = tổng các dòng, cho từng chỉ tiêu" : "total row = Σ rows, for every indicator"
  }
  const rhs = identity.terms.map((term, i) => (i === 0 ? "" : term.sign === 1 ? " + " : " − ") + name(term.slot)).join("")
  return `${name(identity.left)} ${identity.relation === "=" ? "=" : "≤"} ${rhs}`
}

/**
 * The outcome of one identity on one row.
 *
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

const rowPath = (table: Table, row: number | "total") => (row === "total" ? `/${table}/total` : `/${table}/rows/${row}`)

const evaluateRow = (
  out: Array<Evaluation>,
  identity: RowIdentity,
  table: Table,
  values: Readonly<Record<string, number>>,
  row: number | "total",
  rowId: string | undefined,
  onlyFailures: boolean
) => {
  const p = Indicator.prefix[table]
  const leftId = (p + identity.left) as Indicator.Id
  const observed = values[leftId]!
  let expected = 0
  for (const term of identity.terms) expected += term.sign * values[p + term.slot]!
  const holds = identity.relation === "=" ? observed === expected : observed <= expected
  if (holds && onlyFailures) return
  const base = rowPath(table, row)
  out.push({
    identity: identity.id,
    table,
    row,
    ...(rowId === undefined ? {} : { rowId }),
    indicator: leftId,
    holds,
    observed,
    expected,
    exact: Number.isSafeInteger(expected),
    path: `${base}/${leftId}`,
    cells: [`${base}/${leftId}`, ...identity.terms.map((term) => `${base}/${p}${term.slot}`)]
  })
}

/**
 * Options of {@link evaluate}.
 *
 * @since 0.1.0
 */
export interface EvaluateOptions {
  readonly settings?: Settings
  /** Return only the failing evaluations (faster; default false). */
  readonly onlyFailures?: boolean
}

/**
 * Evaluates every identity on every row and the total row of both tables.
 * "Total = Σ rows" is evaluated when the table has rows.
 *
 * @example
 * ```ts
 * const failures = Identity.evaluate(report, { onlyFailures: true })
 * failures[0] // { identity: "I13", table: "cases", row: 3, indicator: "V13", observed: 40, expected: 41, … }
 * ```
 * @since 0.1.0
 */
export const evaluate = (report: Report.Report, options: EvaluateOptions = {}): ReadonlyArray<Evaluation> => {
  const list = identities(options.settings ?? defaultSettings)
  const onlyFailures = options.onlyFailures === true
  const out: Array<Evaluation> = []
  for (const table of ["cases", "money"] as const) {
    const tab = report[table] as unknown as Report.TableOf<Readonly<Record<string, number>> & Report.RowHeader, Readonly<Record<string, number>>>
    const rows = tab.rows
    for (const identity of list) {
      if (identity._tag !== "RowIdentity") continue
      for (let i = 0; i < rows.length; i++) evaluateRow(out, identity, table, rows[i]!, i, rows[i]!.id, onlyFailures)
      evaluateRow(out, identity, table, tab.total, "total", undefined, onlyFailures)
    }
    if (rows.length === 0) continue
    for (const id of Indicator.idsOf(table)) {
      let expected = 0
      for (let i = 0; i < rows.length; i++) expected += rows[i]![id]!
      const observed = tab.total[id]!
      const holds = observed === expected
      if (holds && onlyFailures) continue
      out.push({
        identity: "I99",
        table,
        row: "total",
        indicator: id,
        holds,
        observed,
        expected,
        exact: Number.isSafeInteger(expected),
        path: `/${table}/total/${id}`,
        cells: [`/${table}/total/${id}`, ...rows.map((_, i) => `/${table}/rows/${i}/${id}`)]
      })
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
