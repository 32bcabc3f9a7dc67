/**
 * Provisional layouts of the forms that have no canonical report schema yet
 * (bố cục tạm thời): state compensation (bồi thường nhà nước, form 11),
 * complaints, denunciations, recommendations and reflections (khiếu nại, tố
 * cáo, kiến nghị, phản ánh, form 8) and the monitoring of administrative
 * judgments (theo dõi thi hành án hành chính, THAHC, form 12) of TT 05/2024.
 *
 * Each is a grid on one sheet: labelled lines (rows) × labelled measures
 * (columns). A cell's indicator id is `<line id>.<measure key>`, e.g.
 * "BT04.amount". The line ids (BT…, KN…, TC…, KP…, HC…) are ours; the
 * official columns were not found (forms.md §3). Replace these definitions
 * when the annex turns up; readers and writers only see the data.
 *
 * @since 0.1.0
 */
import type * as FormLayout from "./FormLayout.js"

/**
 * A measure (column) of a grid.
 *
 * @since 0.1.0
 */
export interface Measure {
  readonly key: string
  readonly column: string
  readonly label: FormLayout.Text
  readonly unit: "case" | "document" | "vnd"
}

/**
 * A line (row) of a grid; `sum` lists the lines it adds up (a derived line).
 *
 * @since 0.1.0
 */
export interface Line {
  readonly id: string
  readonly row: number
  readonly label: FormLayout.Text
  /** The line this one is "of which" (trong đó). */
  readonly parent?: string
  /** A derived line: the sum of these lines. */
  readonly sum?: ReadonlyArray<string>
}

/**
 * A provisional grid layout.
 *
 * @since 0.1.0
 */
export interface GridLayout {
  readonly id: "state-compensation" | "complaints" | "thahc"
  /** The form of TT 05/2024 (forms.md §1 numbering). */
  readonly form: number
  readonly status: "provisional"
  readonly sheet: string
  readonly title: FormLayout.Text
  /** Label rows: Vietnamese in `labels`, English in `labels + 1`; the line id is in column A, labels in B and C. */
  readonly rows: { readonly labels: number; readonly firstLine: number }
  readonly measures: ReadonlyArray<Measure>
  readonly lines: ReadonlyArray<Line>
  readonly note: FormLayout.Text
}

const note: FormLayout.Text = {
  vi: "Bố cục tạm thời, mã chỉ tiêu do thads đặt; chưa có biểu mẫu chính thức và chưa có lược đồ báo cáo chuẩn",
  en: "Provisional layout with indicator ids of our own; the official form and a canonical report schema do not exist yet"
}

const lines = (
  first: number,
  specs: ReadonlyArray<readonly [string, string, string, { parent?: string; sum?: ReadonlyArray<string> }?]>
): ReadonlyArray<Line> =>
  specs.map(([id, vi, en, extra], i) => ({ id, row: first + i, label: { vi, en }, ...(extra ?? {}) }))

/**
 * State compensation (form 11): cases and amounts.
 *
 * @example
 * ```ts
 * GridLayout.stateCompensation.lines.find((l) => l.id === "BT03")?.sum // ["BT01", "BT02"]
 * ```
 * @since 0.1.0
 */
export const stateCompensation: GridLayout = {
  id: "state-compensation",
  form: 11,
  status: "provisional",
  sheet: "Bồi thường",
  title: { vi: "KẾT QUẢ GIẢI QUYẾT BỒI THƯỜNG NHÀ NƯỚC", en: "Results of state compensation" },
  rows: { labels: 3, firstLine: 5 },
  measures: [
    { key: "count", column: "D", label: { vi: "Số việc", en: "cases" }, unit: "case" },
    { key: "amount", column: "E", label: { vi: "Số tiền (đồng)", en: "amount (VND)" }, unit: "vnd" }
  ],
  lines: lines(5, [
    ["BT01", "Số cũ chuyển sang", "carried over"],
    ["BT02", "Thụ lý mới", "newly accepted"],
    ["BT03", "Tổng số phải giải quyết", "total to resolve", { sum: ["BT01", "BT02"] }],
    ["BT04", "Đã giải quyết xong", "resolved", { parent: "BT03" }],
    ["BT05", "Trong đó: thương lượng thành", "of which: settled by negotiation", { parent: "BT04" }],
    ["BT06", "Đang giải quyết", "in progress", { parent: "BT03" }],
    ["BT07", "Đã chi trả tiền bồi thường", "compensation paid"],
    ["BT08", "Đã xác định trách nhiệm hoàn trả", "reimbursement liability decided"]
  ]),
  note
}

/**
 * Complaints, denunciations, recommendations and reflections (form 8).
 *
 * @example
 * ```ts
 * GridLayout.complaints.sheet // "Khiếu nại"
 * ```
 * @since 0.1.0
 */
export const complaints: GridLayout = {
  id: "complaints",
  form: 8,
  status: "provisional",
  sheet: "Khiếu nại",
  title: {
    vi: "KẾT QUẢ GIẢI QUYẾT KHIẾU NẠI, TỐ CÁO, KIẾN NGHỊ, PHẢN ÁNH",
    en: "Results on complaints, denunciations, recommendations and reflections"
  },
  rows: { labels: 3, firstLine: 5 },
  measures: [
    { key: "documents", column: "D", label: { vi: "Số đơn", en: "documents" }, unit: "document" },
    { key: "cases", column: "E", label: { vi: "Số việc", en: "cases" }, unit: "case" }
  ],
  lines: lines(5, [
    ["KN01", "Khiếu nại tiếp nhận", "complaints received"],
    ["KN02", "Thuộc thẩm quyền giải quyết", "within competence", { parent: "KN01" }],
    ["KN03", "Đã giải quyết", "resolved", { parent: "KN02" }],
    ["KN04", "Khiếu nại đúng, đúng một phần", "well-founded, in whole or in part", { parent: "KN03" }],
    ["KN05", "Khiếu nại sai", "unfounded", { parent: "KN03" }],
    ["KN06", "Đang giải quyết", "in progress", { parent: "KN02" }],
    ["TC01", "Tố cáo tiếp nhận", "denunciations received"],
    ["TC02", "Thuộc thẩm quyền giải quyết", "within competence", { parent: "TC01" }],
    ["TC03", "Đã giải quyết", "resolved", { parent: "TC02" }],
    ["TC04", "Tố cáo đúng, đúng một phần", "well-founded, in whole or in part", { parent: "TC03" }],
    ["KP01", "Kiến nghị, phản ánh tiếp nhận", "recommendations and reflections received"],
    ["KP02", "Đã giải quyết", "resolved", { parent: "KP01" }]
  ]),
  note
}

/**
 * The monitoring of administrative judgments, THAHC (form 12). One
 * judgment with a prompting letter counts as one case (TT 08/2015 Phụ lục 2).
 *
 * @example
 * ```ts
 * GridLayout.thahc.form // 12
 * ```
 * @since 0.1.0
 */
export const thahc: GridLayout = {
  id: "thahc",
  form: 12,
  status: "provisional",
  sheet: "THAHC",
  title: { vi: "KẾT QUẢ THEO DÕI THI HÀNH ÁN HÀNH CHÍNH", en: "Monitoring of administrative judgment enforcement" },
  rows: { labels: 3, firstLine: 5 },
  measures: [{ key: "cases", column: "D", label: { vi: "Số việc", en: "cases" }, unit: "case" }],
  lines: lines(5, [
    ["HC01", "Số cũ chuyển sang", "carried over"],
    ["HC02", "Bản án, quyết định mới nhận", "judgments newly received"],
    ["HC03", "Tổng số phải theo dõi", "total monitored", { sum: ["HC01", "HC02"] }],
    ["HC04", "Đã thi hành xong", "enforced", { parent: "HC03" }],
    ["HC05", "Đã có văn bản đôn đốc", "prompting letter sent", { parent: "HC03" }],
    ["HC06", "Đang thi hành", "being enforced", { parent: "HC03" }],
    ["HC07", "Chậm thi hành, không thi hành", "late or not enforced", { parent: "HC03" }],
    ["HC08", "Kiến nghị xử lý trách nhiệm", "recommendations on liability"]
  ]),
  note
}

/**
 * Every provisional grid layout.
 *
 * @example
 * ```ts
 * GridLayout.all.map((g) => g.form) // [11, 8, 12]
 * ```
 * @since 0.1.0
 */
export const all: ReadonlyArray<GridLayout> = [stateCompensation, complaints, thahc]

/**
 * The indicator id of a cell of a grid.
 *
 * @example
 * ```ts
 * GridLayout.indicatorId("BT04", "amount") // "BT04.amount"
 * ```
 * @since 0.1.0
 */
export const indicatorId = (line: string, measure: string): string => `${line}.${measure}`

/**
 * The cell (A1) of a grid indicator, or undefined.
 *
 * @example
 * ```ts
 * GridLayout.cellOf(GridLayout.stateCompensation, "BT04.amount") // "E8"
 * ```
 * @since 0.1.0
 */
export const cellOf = (grid: GridLayout, id: string): string | undefined => {
  const [lineId, key] = id.split(".")
  const line = grid.lines.find((l) => l.id === lineId)
  const m = grid.measures.find((x) => x.key === key)
  return line === undefined || m === undefined ? undefined : `${m.column}${line.row}`
}
