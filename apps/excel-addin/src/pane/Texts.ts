/**
 * The task pane's words in Vietnamese and English (chữ trên ngăn tác vụ).
 * The language follows the Office display language; the pane can switch.
 *
 * @since 0.1.0
 */

/**
 * A language of the pane.
 *
 * @example
 * ```ts
 * const lang: Texts.Lang = Texts.fromDisplayLanguage("vi-VN") // "vi"
 * ```
 * @since 0.1.0
 */
export type Lang = "vi" | "en"

/**
 * The language for an Office display language tag: Vietnamese for "vi…", else English.
 *
 * @example
 * ```ts
 * Texts.fromDisplayLanguage("en-US") // "en"
 * ```
 * @since 0.1.0
 */
export const fromDisplayLanguage = (tag: string | undefined): Lang =>
  tag === undefined || tag.toLowerCase().startsWith("vi") ? "vi" : "en"

const vi = {
  title: "Kiểm tra báo cáo",
  subtitle: "Báo cáo thống kê THADS trong sổ tính này, kiểm tra ngay tại máy",
  check: "Kiểm tra",
  mark: "Đánh dấu",
  marked: (n: number) =>
    `Đã đánh dấu ${n} ô (ghi chú và tô màu); các dấu cũ của thads đã được xoá, ghi chú của bạn được giữ.`,
  checking: "Đang kiểm tra…",
  marking: "Đang đánh dấu…",
  valid: "HỢP LỆ",
  invalid: "KHÔNG HỢP LỆ",
  summary: (e: number, w: number, i: number) => `${e} lỗi, ${w} cảnh báo, ${i} thông tin`,
  error: "Lỗi",
  warning: "Cảnh báo",
  info: "Thông tin",
  none: "Không có",
  basis: "Căn cứ",
  goTo: "Đến ô",
  kpis: "Chỉ tiêu",
  target: "Chỉ tiêu giao",
  gap: "Chênh lệch",
  met: "đạt",
  notMet: "chưa đạt",
  national: "toàn quốc, để tham khảo",
  undefinedValue: "không xác định",
  deadlines: "Hạn báo cáo sắp tới",
  noDeadlines: "Không xác định được cấp báo cáo của đơn vị",
  period: "Kỳ",
  noReport: "Không tìm thấy báo cáo trong sổ tính",
  failed: "Không kiểm tra được",
  language: "English",
  ruleSet: "Bộ quy tắc",
  sendTitle: "Gửi báo cáo",
  serverUrl: "Địa chỉ máy chủ của đơn vị",
  apiKey: "Khoá API",
  saveSettings: "Lưu cài đặt",
  settingsSaved: "Đã lưu cài đặt gửi báo cáo.",
  send: "Gửi báo cáo",
  sending: "Đang gửi…"
}

const en: typeof vi = {
  title: "Check report",
  subtitle: "The THADS statistical report in this workbook, checked on this computer",
  check: "Check",
  mark: "Mark",
  marked: (n: number) =>
    `Marked ${n} cells (notes and highlights); earlier thads marks were removed, your own notes kept.`,
  checking: "Checking…",
  marking: "Marking…",
  valid: "VALID",
  invalid: "NOT VALID",
  summary: (e: number, w: number, i: number) => `${e} errors, ${w} warnings, ${i} info`,
  error: "Errors",
  warning: "Warnings",
  info: "Info",
  none: "None",
  basis: "Source",
  goTo: "Go to cell",
  kpis: "KPIs",
  target: "Target",
  gap: "Gap",
  met: "met",
  notMet: "not met",
  national: "national, for reference",
  undefinedValue: "undefined",
  deadlines: "Next report deadlines",
  noDeadlines: "The unit's reporting level is not known",
  period: "Period",
  noReport: "No report found in this workbook",
  failed: "The check failed",
  language: "Tiếng Việt",
  ruleSet: "Rule set",
  sendTitle: "Send the report",
  serverUrl: "The unit's server URL",
  apiKey: "API key",
  saveSettings: "Save settings",
  settingsSaved: "Sending settings saved.",
  send: "Send report",
  sending: "Sending…"
}

/**
 * The words of a language.
 *
 * @example
 * ```ts
 * Texts.of("vi").check // "Kiểm tra"
 * ```
 * @since 0.1.0
 */
export const of = (lang: Lang): typeof vi => (lang === "vi" ? vi : en)
