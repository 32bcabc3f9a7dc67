/**
 * The layout of the statistical report workbook (bố cục sổ tính báo cáo
 * thống kê) as data: which sheet, which header cell, which row and column
 * hold each indicator of the canonical report, which cells are formulas
 * (derived indicators, the total row, the rates). One definition shared by
 * every reader and writer — the ExcelJS package `@thads/xlsx` and, later, the
 * Office.js add-in — so that a finding's JSON Pointer maps to the same cell
 * everywhere.
 *
 * **Provisional.** The official column layouts of the TT 06/2019 and
 * TT 05/2024 forms were not found (forms.md). This layout is ours: it follows
 * the indicator tree (V01–V14, T01–T14) and is versioned by regime through
 * {@link layoutFor}, so the official annex can replace it without touching
 * the readers and writers. Forms 1 and 2 of TT 05/2024 (unit totals by case
 * and by money) are the total rows; forms 4 and 5 (split per office and per
 * Chấp hành viên) are the data rows of the same sheets.
 *
 * Pure data and pure functions: no I/O.
 *
 * @since 0.1.0
 */
import type * as ReportingDeadline from "../calendar/ReportingDeadline.js"
import * as Indicator from "../statistics/Indicator.js"

/**
 * A text in Vietnamese and English.
 *
 * @since 0.1.0
 */
export interface Text {
  readonly vi: string
  readonly en: string
}

/**
 * A field of the report header and its cell on the header sheet.
 *
 * @since 0.1.0
 */
export interface HeaderField {
  /** The header key of the canonical report (`formatVersion` is top-level). */
  readonly key:
    | "unitId"
    | "unitName"
    | "level"
    | "year"
    | "months"
    | "regime"
    | "preparedAt"
    | "submittedAt"
    | "formatVersion"
  /** A1 address of the value (the label is in column A of the same row). */
  readonly cell: string
  readonly label: Text
  /** "integer": a whole number; "text": a string; "choice": one of `choices`. */
  readonly type: "text" | "integer" | "choice"
  readonly choices?: ReadonlyArray<string>
  readonly required: boolean
}

/**
 * One term of a derived formula: +slot or −slot of the same row.
 *
 * @since 0.1.0
 */
export interface Term {
  readonly sign: 1 | -1
  readonly slot: Indicator.Slot
}

/**
 * A derived indicator (chỉ tiêu tính toán): a formula over other indicators
 * of the same row, written as a spreadsheet formula and locked.
 *
 * @since 0.1.0
 */
export interface Derived {
  readonly slot: Indicator.Slot
  readonly terms: ReadonlyArray<Term>
  /** The identity of `Identity.identities()` it implements. */
  readonly identity: string
}

/**
 * The layout of one table (cases or money) on its sheet.
 *
 * @since 0.1.0
 */
export interface TableLayout {
  readonly table: Indicator.Table
  readonly sheet: string
  readonly title: Text
  /** The forms of TT 05/2024 this sheet stands for (forms.md §1 numbering). */
  readonly forms: ReadonlyArray<number>
  readonly rows: {
    /** Vietnamese column labels. */
    readonly labels: number
    /** English column labels. */
    readonly englishLabels: number
    /** Machine-readable keys: "id", "name", "kind", "V01"… (readers find the columns by these). */
    readonly keys: number
    /** The total row (dòng tổng cộng). */
    readonly total: number
    /** The first row of sub-units or officers. */
    readonly firstData: number
  }
  readonly columns: {
    readonly id: string
    readonly name: string
    readonly kind: string
    readonly indicators: Readonly<Record<Indicator.Slot, string>>
  }
  /** Labels of the id, name and kind columns. */
  readonly headings: { readonly id: Text; readonly name: Text; readonly kind: Text }
  /** The label of the total row (in the id column). */
  readonly totalLabel: Text
  /** How a row kind is written: Vietnamese word, and the words accepted on reading. */
  readonly kinds: Readonly<
    Record<"unit" | "officer", { readonly label: Text; readonly accepted: ReadonlyArray<string> }>
  >
  readonly derived: ReadonlyArray<Derived>
  /** Excel number format of the indicator cells. */
  readonly numberFormat: string
}

/**
 * A rate cell on the header sheet, a formula over the total row.
 *
 * @since 0.1.0
 */
export interface RateCell {
  /** The KPI id of `Kpi.compute` it must equal. */
  readonly kpiId: string
  readonly rate: Indicator.RateId
  readonly table: Indicator.Table
  readonly numerator: Indicator.Slot
  readonly denominator: Indicator.Slot
  /** A1 address of the value; the label is in column A, the English label in C, the KPI id in D. */
  readonly cell: string
  readonly label: Text
}

/**
 * The layout of the whole report workbook.
 *
 * @since 0.1.0
 */
export interface ReportLayout {
  readonly id: string
  /** Version of the layout; bump when a cell moves. */
  readonly version: string
  /** "provisional": ours, pending the official annex; "official": from the circular. */
  readonly status: "provisional" | "official"
  readonly regimes: ReadonlyArray<ReportingDeadline.Regime>
  readonly note: Text
  /** The first sheet: header fields and the rates. */
  readonly headerSheet: string
  readonly title: Text
  readonly header: ReadonlyArray<HeaderField>
  readonly ratesHeading: { readonly row: number; readonly label: Text }
  readonly rates: ReadonlyArray<RateCell>
  readonly cases: TableLayout
  readonly money: TableLayout
  /** The sheet listing findings when a workbook is annotated. */
  readonly findingsSheet: string
}

/**
 * The column letters of a 1-based column number.
 *
 * @example
 * ```ts
 * FormLayout.columnLetters(4) // "D"
 * FormLayout.columnLetters(28) // "AB"
 * ```
 * @since 0.1.0
 */
export const columnLetters = (n: number): string => {
  let s = ""
  let x = n
  while (x > 0) {
    const r = (x - 1) % 26
    s = String.fromCharCode(65 + r) + s
    x = Math.floor((x - 1) / 26)
  }
  return s
}

/**
 * The 1-based column number of column letters.
 *
 * @example
 * ```ts
 * FormLayout.columnNumber("AB") // 28
 * ```
 * @since 0.1.0
 */
export const columnNumber = (letters: string): number => {
  let n = 0
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64)
  return n
}

/**
 * Splits an A1 address into column letters and row number.
 *
 * @example
 * ```ts
 * FormLayout.parseCell("K7") // { column: "K", row: 7 }
 * ```
 * @since 0.1.0
 */
export const parseCell = (a1: string): { readonly column: string; readonly row: number } => {
  const m = /^([A-Z]{1,3})(\d{1,7})$/.exec(a1.toUpperCase())
  if (m === null) throw new RangeError(`not an A1 cell address: "${a1}"`)
  return { column: m[1]!, row: Number(m[2]) }
}

/**
 * A sheet name quoted for use in a formula ('Việc'!K7).
 *
 * @example
 * ```ts
 * FormLayout.quoteSheet("Việc") // "'Việc'"
 * ```
 * @since 0.1.0
 */
export const quoteSheet = (sheet: string): string => `'${sheet.replace(/'/g, "''")}'`

const slotColumns = (first: number): Record<Indicator.Slot, string> =>
  Object.fromEntries(Indicator.slots.map((s, i) => [s, columnLetters(first + i)])) as Record<Indicator.Slot, string>

const derived: ReadonlyArray<Derived> = [
  {
    slot: "03",
    terms: [
      { sign: 1, slot: "01" },
      { sign: 1, slot: "02" }
    ],
    identity: "I03"
  },
  {
    slot: "06",
    terms: [
      { sign: 1, slot: "03" },
      { sign: -1, slot: "04" },
      { sign: -1, slot: "05" }
    ],
    identity: "I06a"
  },
  {
    slot: "13",
    terms: [
      { sign: 1, slot: "06" },
      { sign: -1, slot: "08" }
    ],
    identity: "I13"
  },
  {
    slot: "14",
    terms: [
      { sign: 1, slot: "07" },
      { sign: -1, slot: "08" }
    ],
    identity: "I14"
  }
]

const kinds: TableLayout["kinds"] = {
  unit: { label: { vi: "Đơn vị", en: "unit" }, accepted: ["đơn vị", "don vi", "unit", "phòng", "chi cục", "cơ quan"] },
  officer: {
    label: { vi: "Chấp hành viên", en: "officer" },
    accepted: ["chấp hành viên", "chap hanh vien", "chv", "officer"]
  }
}

const tableLayout = (table: Indicator.Table): TableLayout => ({
  table,
  sheet: table === "cases" ? "Việc" : "Tiền",
  title:
    table === "cases"
      ? { vi: "KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG VIỆC", en: "Results of civil judgment enforcement by case" }
      : {
          vi: "KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG TIỀN (đồng)",
          en: "Results of civil judgment enforcement by money (VND)"
        },
  forms: table === "cases" ? [1, 4] : [2, 5],
  rows: { labels: 4, englishLabels: 5, keys: 6, total: 7, firstData: 8 },
  columns: { id: "A", name: "B", kind: "C", indicators: slotColumns(4) },
  headings: {
    id: { vi: "Mã", en: "id" },
    name: { vi: "Đơn vị / Chấp hành viên", en: "unit / officer" },
    kind: { vi: "Loại", en: "kind" }
  },
  totalLabel: { vi: "Tổng cộng", en: "Total" },
  kinds,
  derived,
  numberFormat: "#,##0"
})

const field = (
  key: HeaderField["key"],
  row: number,
  vi: string,
  en: string,
  type: HeaderField["type"],
  required: boolean,
  choices?: ReadonlyArray<string>
): HeaderField => ({
  key,
  cell: `B${row}`,
  label: { vi, en },
  type,
  required,
  ...(choices === undefined ? {} : { choices })
})

const rate = (kpiId: string, id: Indicator.RateId, row: number): RateCell => {
  const r = Indicator.rates[id]
  return {
    kpiId,
    rate: id,
    table: r.table,
    numerator: r.numerator,
    denominator: r.denominator,
    cell: `B${row}`,
    label: { vi: `${r.label.vi} (%)`, en: `${r.label.en} (%)` }
  }
}

/**
 * The provisional report workbook layout, version 1 (every regime).
 *
 * Sheet "Báo cáo": header fields in B4–B12 (labels in A, English in C), the
 * rates in B15–B18 (KPI id in D). Sheets "Việc" and "Tiền": Vietnamese labels
 * in row 4, English in row 5, keys in row 6 (id, name, kind, V01…V14), the
 * total row 7, sub-units and officers from row 8; id in A, name in B, kind in
 * C, indicators 01–14 in D–Q.
 *
 * @example
 * ```ts
 * FormLayout.v1.cases.columns.indicators["08"] // "K"
 * FormLayout.v1.rates[0]!.cell // "B15"
 * ```
 * @since 0.1.0
 */
export const v1: ReportLayout = {
  id: "thads-report",
  version: "1-provisional",
  status: "provisional",
  regimes: ["tt01-2013", "tt06-2019", "tt05-2024"],
  note: {
    vi: "Bố cục tạm thời do thads thiết kế theo cây chỉ tiêu; chưa tìm được phụ lục biểu mẫu chính thức của TT 06/2019 và TT 05/2024",
    en: "Provisional layout designed by thads after the indicator tree; the official form annex of TT 06/2019 and TT 05/2024 was not found"
  },
  headerSheet: "Báo cáo",
  title: { vi: "BÁO CÁO THỐNG KÊ THI HÀNH ÁN DÂN SỰ", en: "Statistical report of civil judgment enforcement" },
  header: [
    field("unitId", 4, "Mã đơn vị báo cáo", "reporting unit id", "text", true),
    field("unitName", 5, "Tên đơn vị", "unit name", "text", false),
    field("level", 6, "Cấp báo cáo", "reporting level", "choice", false, [
      "chv",
      "chi-cuc",
      "cuc",
      "phong-khu-vuc",
      "thads-tinh"
    ]),
    field("year", 7, "Năm thống kê", "statistical year", "integer", true),
    field(
      "months",
      8,
      "Số tháng của kỳ báo cáo (lũy kế từ 01/10)",
      "months of the period (cumulative from 1 October)",
      "integer",
      true
    ),
    field("regime", 9, "Chế độ báo cáo", "reporting regime", "choice", true, ["tt01-2013", "tt06-2019", "tt05-2024"]),
    field("preparedAt", 10, "Thời điểm lập (ISO 8601)", "prepared at (ISO 8601)", "text", false),
    field("submittedAt", 11, "Thời điểm gửi (ISO 8601)", "sent at (ISO 8601)", "text", false),
    field("formatVersion", 12, "Phiên bản định dạng", "format version", "text", false)
  ],
  ratesHeading: { row: 14, label: { vi: "Chỉ tiêu tính bằng công thức", en: "Rates computed by formula" } },
  rates: [
    rate("completion-rate-cases", "R1", 15),
    rate("enforceable-share-cases", "R2", 16),
    rate("completion-rate-money", "R1t", 17),
    rate("enforceable-share-money", "R2t", 18)
  ],
  cases: tableLayout("cases"),
  money: tableLayout("money"),
  findingsSheet: "Phát hiện"
}

/**
 * The layouts by regime. Every regime uses {@link v1} until an official
 * annex is found; replace an entry to change one regime's layout.
 *
 * @example
 * ```ts
 * FormLayout.byRegime["tt05-2024"].version // "1-provisional"
 * ```
 * @since 0.1.0
 */
export const byRegime: Readonly<Record<ReportingDeadline.Regime, ReportLayout>> = {
  "tt01-2013": v1,
  "tt06-2019": v1,
  "tt05-2024": v1
}

/**
 * The layout of a regime (default: the newest).
 *
 * @example
 * ```ts
 * FormLayout.layoutFor("tt06-2019").headerSheet // "Báo cáo"
 * ```
 * @since 0.1.0
 */
export const layoutFor = (regime?: string): ReportLayout =>
  regime !== undefined && regime in byRegime ? byRegime[regime as ReportingDeadline.Regime] : byRegime["tt05-2024"]

/**
 * The table layout of a table.
 *
 * @example
 * ```ts
 * FormLayout.tableOf(FormLayout.v1, "money").sheet // "Tiền"
 * ```
 * @since 0.1.0
 */
export const tableOf = (layout: ReportLayout, table: Indicator.Table): TableLayout =>
  table === "cases" ? layout.cases : layout.money

/**
 * The derived formula of a slot, if the slot is derived.
 *
 * @example
 * ```ts
 * FormLayout.derivedOf(FormLayout.v1.cases, "13")?.identity // "I13"
 * ```
 * @since 0.1.0
 */
export const derivedOf = (table: TableLayout, slot: Indicator.Slot): Derived | undefined =>
  table.derived.find((d) => d.slot === slot)

/**
 * The spreadsheet formula (without "=") of a derived cell on a row.
 *
 * @example
 * ```ts
 * const d = FormLayout.derivedOf(FormLayout.v1.cases, "06")!
 * FormLayout.derivedFormula(FormLayout.v1.cases, d, 8) // "F8-G8-H8"
 * ```
 * @since 0.1.0
 */
export const derivedFormula = (table: TableLayout, d: Derived, row: number): string =>
  d.terms.map((t, i) => `${t.sign < 0 ? "-" : i === 0 ? "" : "+"}${table.columns.indicators[t.slot]}${row}`).join("")

/**
 * The value of a derived slot from the other values of its row.
 *
 * @example
 * ```ts
 * const d = FormLayout.derivedOf(FormLayout.v1.cases, "03")!
 * FormLayout.evaluateDerived(d, (s) => (s === "01" ? 5 : 7)) // 12
 * ```
 * @since 0.1.0
 */
export const evaluateDerived = (d: Derived, valueOf: (slot: Indicator.Slot) => number): number =>
  d.terms.reduce((acc, t) => acc + t.sign * valueOf(t.slot), 0)

/**
 * The formula (without "=") of a total cell: the sum of the data rows
 * `firstData..lastData`; "0" when there are no data rows.
 *
 * @example
 * ```ts
 * FormLayout.totalFormula(FormLayout.v1.cases, "08", 10) // "SUM(K8:K10)"
 * ```
 * @since 0.1.0
 */
export const totalFormula = (table: TableLayout, slot: Indicator.Slot, lastData: number): string => {
  const c = table.columns.indicators[slot]
  return lastData < table.rows.firstData ? "0" : `SUM(${c}${table.rows.firstData}:${c}${lastData})`
}

/**
 * The formula (without "=") of a rate cell: blank when the denominator is 0
 * (the KPI is then null), else numerator ÷ denominator × 100 rounded to 2
 * decimals half away from zero (ROUND), after the total row.
 *
 * @example
 * ```ts
 * FormLayout.rateFormula(FormLayout.v1, FormLayout.v1.rates[0]!)
 * // "IF('Việc'!$J$7=0,\"\",ROUND('Việc'!$K$7/'Việc'!$J$7*100,2))"
 * ```
 * @since 0.1.0
 */
export const rateFormula = (layout: ReportLayout, r: RateCell): string => {
  const t = tableOf(layout, r.table)
  const at = (slot: Indicator.Slot) => `${quoteSheet(t.sheet)}!$${t.columns.indicators[slot]}$${t.rows.total}`
  const den = at(r.denominator)
  return `IF(${den}=0,"",ROUND(${at(r.numerator)}/${den}*100,2))`
}

/**
 * A cell of a workbook.
 *
 * @since 0.1.0
 */
export interface CellRef {
  readonly sheet: string
  readonly cell: string
}

/**
 * Where the rows of a read workbook are: the sheet row number of each data
 * row of each table, in report order (empty rows skipped on reading).
 *
 * @since 0.1.0
 */
export interface RowMap {
  readonly cases: ReadonlyArray<number>
  readonly money: ReadonlyArray<number>
}

const unescape = (s: string) => s.replace(/~1/g, "/").replace(/~0/g, "~")

/**
 * The source map of a workbook: JSON Pointer of the canonical report → cell.
 * Header fields map to their value cell, table values to their row and
 * column, a whole row to its id cell, a whole table to its sheet's first
 * cell. Unknown pointers give `undefined`.
 *
 * @example
 * ```ts
 * const locate = FormLayout.locator(FormLayout.v1, { cases: [8, 9, 11], money: [8] })
 * locate("/cases/rows/2/V08") // { sheet: "Việc", cell: "K11" }
 * locate("/header/year") // { sheet: "Báo cáo", cell: "B7" }
 * ```
 * @since 0.1.0
 */
export const locator =
  (layout: ReportLayout, rows: RowMap) =>
  (pointer: string): CellRef | undefined => {
    const parts = pointer.split("/").slice(1).map(unescape)
    const [top, second, third, fourth] = parts
    if (top === undefined || pointer === "") return { sheet: layout.headerSheet, cell: "A1" }
    if (top === "formatVersion")
      return { sheet: layout.headerSheet, cell: layout.header.find((f) => f.key === "formatVersion")!.cell }
    if (top === "header") {
      if (second === undefined) return { sheet: layout.headerSheet, cell: "A1" }
      const f = layout.header.find((h) => h.key === second)
      return f === undefined ? { sheet: layout.headerSheet, cell: "A1" } : { sheet: layout.headerSheet, cell: f.cell }
    }
    if (top !== "cases" && top !== "money") return undefined
    const t = tableOf(layout, top)
    const cellOf = (key: string | undefined, row: number): CellRef => {
      if (key === undefined) return { sheet: t.sheet, cell: `${t.columns.id}${row}` }
      if (key === "id" || key === "name" || key === "kind") return { sheet: t.sheet, cell: `${t.columns[key]}${row}` }
      const m = /^[VT](\d\d)$/.exec(key)
      const col = m === null ? undefined : t.columns.indicators[m[1] as Indicator.Slot]
      return { sheet: t.sheet, cell: `${col ?? t.columns.id}${row}` }
    }
    if (second === undefined) return { sheet: t.sheet, cell: "A1" }
    if (second === "total") return cellOf(third, t.rows.total)
    if (second === "rows") {
      if (third === undefined) return { sheet: t.sheet, cell: `${t.columns.id}${t.rows.firstData}` }
      const i = Number(third)
      const row = Number.isInteger(i) ? rows[top][i] : undefined
      return row === undefined ? undefined : cellOf(fourth, row)
    }
    return undefined
  }
