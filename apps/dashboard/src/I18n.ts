/**
 * The page's words (vi by default, en on request) and its formats: numbers
 * with core's {@link NumberFormat} (1.234.567 in Vietnamese), civil dates as
 * 31/12/2025, citations with core's {@link Citation.render}.
 */
import { Citation, CivilDate, NumberFormat, type Terms } from "@thads/core"

/** A language of the page. */
export type Lang = Terms.Lang

const catalogue = {
  title: {
    vi: "Theo dõi thực hiện Chỉ thị 09 — thi hành án dân sự",
    en: "Monitoring Directive 09 — civil judgment enforcement"
  },
  skip: { vi: "Bỏ qua, đến nội dung chính", en: "Skip to the main content" },
  language: { vi: "English", en: "Tiếng Việt" },
  languageLabel: { vi: "Switch to English", en: "Chuyển sang tiếng Việt" },
  signIn: { vi: "Đăng nhập", en: "Sign in" },
  signOut: { vi: "Đăng xuất", en: "Sign out" },
  apiKey: { vi: "Khóa API", en: "API key" },
  apiKeyHelp: {
    vi: "Khóa do quản trị cấp (thads-service keys create). Khóa chỉ giữ trong phiên làm việc của trình duyệt này.",
    en: "The key your administrator issued (thads-service keys create). It is kept only for this browser session."
  },
  demo: { vi: "Xem dữ liệu minh họa", en: "View demonstration data" },
  demoHelp: {
    vi: "Dữ liệu tổng hợp giả lập, tính bằng @thads/core ngay trong trình duyệt; không phải số liệu thật.",
    en: "Synthetic data computed with @thads/core in the browser; not real figures."
  },
  demoAs: { vi: "Xem với vai trò", en: "View as" },
  demoBanner: {
    vi: "Dữ liệu minh họa (giả lập, tính bằng @thads/core) — không phải số liệu thật.",
    en: "Demonstration data (synthetic, computed with @thads/core) — not real figures."
  },
  signedInAs: { vi: "Đang xem với vai trò", en: "Signed in as" },
  badKey: { vi: "Khóa không hợp lệ hoặc đã bị thu hồi.", en: "The key is not valid or has been revoked." },
  unreachable: { vi: "Không kết nối được dịch vụ", en: "Cannot reach the service" },
  loading: { vi: "Đang tải…", en: "Loading…" },
  error: { vi: "Lỗi", en: "Error" },
  nav: { vi: "Các trang", en: "Views" },
  matrix: { vi: "Nghĩa vụ báo cáo", en: "Obligations" },
  kpis: { vi: "Chỉ tiêu theo thời gian", en: "KPIs over time" },
  submissions: { vi: "Báo cáo đã gửi", en: "Submissions" },
  rollup: { vi: "Tổng hợp toàn tỉnh", en: "Roll-up" },
  year: { vi: "Năm thống kê", en: "Statistical year" },
  period: { vi: "Kỳ", en: "Period" },
  unit: { vi: "Đơn vị", en: "Unit" },
  status: { vi: "Tình trạng", en: "Status" },
  all: { vi: "Tất cả", en: "All" },
  kind: { vi: "Loại nghĩa vụ", en: "Kind of obligation" },
  expandAll: { vi: "Mở tất cả", en: "Expand all" },
  collapseAll: { vi: "Thu gọn tất cả", en: "Collapse all" },
  expand: { vi: "Mở các đơn vị trực thuộc", en: "Show the units below" },
  due: { vi: "Hạn", en: "Due" },
  citation: { vi: "Căn cứ", en: "Basis" },
  submittedOn: { vi: "Ngày gửi", en: "Submitted on" },
  basisAssumed: { vi: "hạn do cấu hình (văn bản không nêu)", en: "due date is a setting (not stated in the text)" },
  estimated: { vi: "lịch làm việc ước tính", en: "estimated working calendar" },
  met: { vi: "Đúng hạn", en: "On time" },
  late: { vi: "Trễ", en: "Late" },
  lateBy: { vi: "Trễ {n} ngày làm việc", en: "Late by {n} working days" },
  missing: { vi: "Chưa gửi (quá hạn)", en: "Missing (overdue)" },
  overdueBy: { vi: "Quá hạn {n} ngày làm việc, chưa gửi", en: "Missing, {n} working days overdue" },
  notYetDue: { vi: "Chưa đến hạn", en: "Not yet due" },
  notApplicable: { vi: "Không áp dụng", en: "Not applicable" },
  legend: { vi: "Chú giải", en: "Legend" },
  asOf: { vi: "Tính đến ngày", en: "As of" },
  matrixCaption: {
    vi: "Đơn vị (hàng) × nghĩa vụ của năm thống kê {year} (cột)",
    en: "Units (rows) × obligations of statistical year {year} (columns)"
  },
  completionCases: { vi: "Tỷ lệ thi hành xong (việc)", en: "Completion rate (cases)" },
  completionMoney: { vi: "Tỷ lệ thi hành xong (tiền)", en: "Completion rate (money)" },
  enforceableShare: { vi: "Tỷ lệ có điều kiện thi hành (việc)", en: "Enforceable share (cases)" },
  backlog: { vi: "Có điều kiện chuyển kỳ sau (việc)", en: "Enforceable carried over (cases)" },
  target: { vi: "Chỉ tiêu", en: "Target" },
  gap: { vi: "Chênh lệch (điểm %)", en: "Gap (points)" },
  noTarget: { vi: "không có chỉ tiêu", en: "no target" },
  province: { vi: "Toàn tỉnh", en: "Province" },
  metric: { vi: "Chỉ số", en: "Metric" },
  chartOf: { vi: "Biểu đồ: {metric}, {unit}", en: "Chart: {metric}, {unit}" },
  tableOf: { vi: "Số liệu của biểu đồ", en: "The chart's figures" },
  sideBySide: { vi: "Toàn tỉnh và các đơn vị, kỳ {period}", en: "Province and units, period {period}" },
  version: { vi: "Lần gửi", en: "Version" },
  received: { vi: "Thời điểm nhận", en: "Received" },
  result: { vi: "Kết quả kiểm tra", en: "Check result" },
  valid: { vi: "Hợp lệ", en: "Valid" },
  invalid: { vi: "Có lỗi", en: "Has errors" },
  superseded: { vi: "đã được thay thế", en: "superseded" },
  latest: { vi: "mới nhất", en: "latest" },
  findings: { vi: "Phát hiện", en: "Findings" },
  error_: { vi: "Lỗi", en: "Errors" },
  warning: { vi: "Cảnh báo", en: "Warnings" },
  info: { vi: "Thông tin", en: "Information" },
  noFindings: { vi: "Không có phát hiện nào.", en: "No findings." },
  open: { vi: "Xem", en: "Open" },
  reportTable: { vi: "Bảng số liệu báo cáo", en: "The report's table" },
  cases: { vi: "Về việc", en: "Cases" },
  money: { vi: "Về tiền (đồng)", en: "Money (VND)" },
  total: { vi: "Tổng cộng", en: "Total" },
  row: { vi: "Dòng", en: "Row" },
  diff: { vi: "So sánh hai lần gửi", en: "Compare two versions" },
  diffFrom: { vi: "Lần gửi trước", en: "Earlier version" },
  diffTo: { vi: "Lần gửi sau", en: "Later version" },
  diffNone: { vi: "Hai lần gửi có số liệu giống nhau.", en: "The two versions have the same figures." },
  cell: { vi: "Ô", en: "Cell" },
  before: { vi: "Trước", en: "Before" },
  after: { vi: "Sau", en: "After" },
  close: { vi: "Đóng", en: "Close" },
  provinceReport: { vi: "Báo cáo của tỉnh", en: "The province's report" },
  sumOfUnits: { vi: "Tổng các đơn vị", en: "Sum of its units" },
  missingUnits: { vi: "Đơn vị chưa gửi báo cáo", en: "Units that have not submitted" },
  noMissingUnits: { vi: "Tất cả đơn vị đã gửi.", en: "Every unit has submitted." },
  differs: { vi: "khác", en: "differs" },
  noReport: { vi: "Chưa có báo cáo của tỉnh cho kỳ này.", en: "No report of the province for this period yet." },
  indicator: { vi: "Chỉ tiêu thống kê", en: "Indicator" },
  noData: { vi: "Không có dữ liệu.", en: "No data." },
  filter: { vi: "Lọc", en: "Filter" },
  submissionOf: { vi: "Báo cáo {unit}, {period}, lần {version}", en: "Report of {unit}, {period}, version {version}" },
  months: { vi: "{n} tháng", en: "{n} months" },
  highlighted: { vi: "Ô của phát hiện đã được tô sáng", en: "The finding's cell is highlighted" },
  actors: { vi: "Nghĩa vụ của các cơ quan đảng (Chỉ thị 09)", en: "Obligations of the party bodies (Directive 09)" },
  actorsCaption: {
    vi: "Báo cáo của các cơ quan đảng với Ban Thường vụ, năm thống kê {year}",
    en: "The party bodies' reports to the standing board, statistical year {year}"
  },
  owner: { vi: "Cơ quan", en: "Body" },
  obligation: { vi: "Nghĩa vụ", en: "Obligation" },
  recipient: { vi: "Báo cáo cho", en: "Reports to" },
  fulfilledOn: { vi: "Ngày thực hiện", en: "Fulfilled on" },
  document: { vi: "Văn bản", en: "Document" },
  recorded: { vi: "Ghi nhận", en: "Recorded" },
  fulfil: { vi: "Ghi nhận thực hiện nghĩa vụ", en: "Record a fulfilled obligation" },
  fulfilHelp: {
    vi: "Ngày họp nghe báo cáo hoặc ngày gửi báo cáo của ban chỉ đạo, và văn bản (số, trích yếu). Báo cáo thống kê được ghi nhận khi đơn vị gửi báo cáo.",
    en: "The day the hearing was held or the steering report sent, and the document (number, title). A statistical report is met by submitting it."
  },
  docNumber: { vi: "Số văn bản", en: "Document number" },
  docTitle: { vi: "Trích yếu", en: "Document title" },
  note: { vi: "Ghi chú", en: "Note" },
  record: { vi: "Ghi nhận", en: "Record" },
  correct: { vi: "Sửa bản ghi", en: "Correct the record" },
  correcting: {
    vi: "Đã ghi nhận ngày {date}{doc}. Gửi lại sẽ sửa (thay thế) bản ghi này; bản cũ vẫn được lưu.",
    en: "Recorded on {date}{doc}. Sending again corrects (supersedes) this record; the earlier one is kept."
  },
  recordedOk: { vi: "Đã ghi nhận: {obligation}, ngày {date}.", en: "Recorded: {obligation}, on {date}." },
  sending: { vi: "Đang gửi…", en: "Sending…" },
  refused: { vi: "Không ghi nhận được", en: "Not recorded" },
  history: { vi: "Lịch sử bản ghi", en: "Record history" },
  historyOf: { vi: "Lịch sử bản ghi: {obligation}", en: "History of the record: {obligation}" },
  historyHelp: {
    vi: "Mỗi lần sửa được lưu thành một phiên bản mới, các bản trước vẫn được giữ; bản hiện hành là bản được tính.",
    en: "Each correction is stored as a new version and the earlier ones are kept; the current version is the one that counts."
  },
  historyHint: { vi: "Nhấn Enter để xem lịch sử bản ghi.", en: "Press Enter to see the record's history." },
  historyNone: { vi: "Nghĩa vụ này chưa có bản ghi.", en: "This obligation has no record." },
  historyFailed: { vi: "Không tải được lịch sử bản ghi", en: "The record's history could not be loaded" },
  versionCol: { vi: "Lần ghi", en: "Version" },
  versionN: { vi: "Lần {n}", en: "Version {n}" },
  recordedAt: { vi: "Thời điểm ghi nhận", en: "Recorded at" },
  keyId: { vi: "Khóa ghi nhận", en: "Recorded with key" },
  thisKey: { vi: "khóa này", en: "this key" },
  current: { vi: "Hiện hành (được tính)", en: "Current (counts)" },
  supersededBy: { vi: "Đã được sửa bởi lần {n}", en: "Corrected by version {n}" },
  actions: { vi: "Thao tác", en: "Actions" },
  "problem:obligation-unknown": {
    vi: "Không có nghĩa vụ này; hãy tải lại trang.",
    en: "There is no such obligation; reload the page."
  },
  "problem:obligation-met-by-report": {
    vi: "Báo cáo thống kê được ghi nhận khi đơn vị gửi báo cáo, không ghi nhận tại đây.",
    en: "A statistical report is met by submitting the report, not recorded here."
  },
  "problem:fulfilment-date-future": {
    vi: "Ngày thực hiện không được sau ngày hôm nay.",
    en: "The date cannot be after today."
  },
  "problem:fulfilment-date-before-period": {
    vi: "Ngày thực hiện không được trước ngày bắt đầu kỳ của nghĩa vụ.",
    en: "The date cannot be before the obligation's period starts."
  },
  "problem:fulfilment-forbidden": {
    vi: "Khóa này không được ghi nhận nghĩa vụ này: đơn vị ghi nhận nghĩa vụ của mình, quản trị ghi nhận của các cơ quan đảng.",
    en: "This key may not record this obligation: a unit records its own, an administrator the party bodies'."
  },
  "problem:fulfilment-exists": {
    vi: "Nghĩa vụ đã được ghi nhận. Tải lại trang để sửa bản ghi hiện tại.",
    en: "The obligation is already recorded. Reload the page to correct the current record."
  },
  "problem:fulfilment-superseded": {
    vi: "Bản ghi này đã được sửa trước đó. Tải lại trang để sửa bản ghi mới nhất.",
    en: "This record has already been corrected. Reload the page to correct the latest one."
  },
  "problem:idempotency-key-reused": {
    vi: "Lần gửi này trùng mã với một lần gửi khác; hãy gửi lại.",
    en: "This submission reused the key of another one; send it again."
  }
} as const

/** A key of the catalogue. */
export type Key = keyof typeof catalogue

/**
 * A word of the page in a language, with `{name}` placeholders filled.
 *
 * @example
 * ```ts
 * I18n.t("lateBy", "vi", { n: 3 }) // "Trễ 3 ngày làm việc"
 * ```
 */
export const t = (key: Key, lang: Lang, params: Readonly<Record<string, string | number>> = {}): string =>
  catalogue[key][lang].replace(/\{(\w+)\}/g, (_, name: string) => {
    const v = params[name]
    return v === undefined ? `{${name}}` : typeof v === "number" ? NumberFormat.format(v, lang) : v
  })

/**
 * A refusal in the user's words: the catalogue's sentence for a problem the
 * page knows (`problem:<slug>`), else the server's own text.
 *
 * @example
 * ```ts
 * I18n.problem("fulfilment-date-future", "Unprocessable Content: fulfilledOn is after today", "vi") // "Ngày thực hiện không được sau ngày hôm nay."
 * I18n.problem("something-new", "Bad Request: no", "en") // "Bad Request: no"
 * ```
 */
export const problem = (slug: string | undefined, serverText: string, lang: Lang): string => {
  const key = `problem:${slug}`
  return key in catalogue ? t(key as Key, lang) : serverText
}

/**
 * A number in the page's conventions (1.234.567 / 1,234,567).
 *
 * @example
 * ```ts
 * I18n.num(1234567, "vi") // "1.234.567"
 * I18n.num(null, "vi") // "—"
 * ```
 */
export const num = (n: number | null | undefined, lang: Lang): string =>
  n === null || n === undefined ? "—" : NumberFormat.format(n, lang)

/**
 * A civil date: 31/12/2025 in Vietnamese, 2025-12-31 in English (ISO).
 *
 * @example
 * ```ts
 * I18n.date("2025-12-31", "vi") // "31/12/2025"
 * ```
 */
export const date = (d: string, lang: Lang): string =>
  lang === "vi" && /^\d{4}-\d{2}-\d{2}$/.test(d) ? CivilDate.formatVi(d as CivilDate.CivilDate) : d

/**
 * An instant (ISO 8601 with offset) as the civil date and time in Vietnam
 * (Asia/Ho_Chi_Minh, UTC+7, no daylight saving): 31/12/2025 14:05.
 *
 * @example
 * ```ts
 * I18n.dateTime("2025-12-31T07:05:00Z", "vi") // "31/12/2025 14:05"
 * ```
 */
export const dateTime = (iso: string, lang: Lang): string => {
  const ms = Date.parse(iso)
  if (Number.isNaN(ms)) return iso
  const v = new Date(ms + 7 * 3600_000).toISOString()
  return `${date(v.slice(0, 10), lang)} ${v.slice(11, 16)}`
}

/**
 * A citation in words; the raw document id when core does not know it.
 *
 * @example
 * ```ts
 * I18n.cite({ document: "ct-09-ct-tu-2021", section: "1.3" }, "vi") // "mục 1.3 Chỉ thị 09-CT/TU"
 * ```
 */
export const cite = (c: unknown, lang: Lang): string => {
  try {
    return Citation.render(c as Citation.Citation, lang)
  } catch {
    return typeof c === "object" && c !== null && "document" in c ? String((c as { document: unknown }).document) : ""
  }
}

/**
 * A percentage (already rounded by core) with its sign: 82,5 %.
 *
 * @example
 * ```ts
 * I18n.percent(82.5, "vi") // "82,5 %"
 * ```
 */
export const percent = (n: number | null | undefined, lang: Lang): string =>
  n === null || n === undefined ? "—" : `${NumberFormat.format(n, lang)} %`

/**
 * A statistical period's short label: "6 tháng" / "6 months".
 *
 * @example
 * ```ts
 * I18n.periodLabel({ year: 2024, months: 6 }, "vi") // "6 tháng/2024"
 * I18n.periodLabel({ year: 2024, months: 6 }, "en") // "6 months/2024"
 * ```
 */
export const periodLabel = (p: { readonly year: number; readonly months: number }, lang: Lang): string =>
  lang === "vi" ? `${p.months} tháng/${p.year}` : `${p.months} months/${p.year}`
