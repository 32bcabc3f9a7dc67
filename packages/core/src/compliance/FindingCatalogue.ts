/**
 * The catalogue of finding codes: for each stable code, its default
 * severity, title, message templates in Vietnamese and English (with
 * `{placeholders}`), default citation and a description. docs/findings.md is
 * generated from it ({@link toMarkdown}; a test keeps the file in sync).
 *
 * @since 0.1.0
 */
import * as Citation from "../citation/Citation.js"
import type * as Finding from "./Finding.js"

/**
 * Every finding code, in catalogue order. A code outside this list is a
 * compile error wherever a {@link Code} is expected.
 *
 * @example
 * ```ts
 * FindingCatalogue.codes.includes("report-late") // true
 * ```
 * @since 0.2.0
 */
export const codes = [
  "report-not-json",
  "report-duplicate-key",
  "report-wrong-type",
  "report-missing-field",
  "report-unexpected-field",
  "report-not-integer",
  "report-negative",
  "report-too-large",
  "report-empty-text",
  "report-value-not-allowed",
  "report-out-of-range",
  "report-bad-date-time",
  "report-too-many-rows",
  "report-too-many-problems",
  "identity-violated",
  "total-not-sum",
  "duplicate-row-id",
  "rows-differ-between-tables",
  "text-normalized",
  "cumulative-decreased",
  "opening-balance-changed",
  "opening-balance-discontinuity",
  "target-not-met",
  "target-met",
  "target-unknown",
  "backlog-rising",
  "report-late",
  "report-on-time",
  "submission-time-unknown",
  "deadline-not-encoded",
  "report-before-period-end",
  "regime-mismatch",
  "unit-unknown",
  "organization-not-given",
  "unit-not-in-force",
  "level-mismatch",
  "rollup-mismatch",
  "rollup-unit-missing",
  "obligation-missing",
  "obligation-late",
  "case-step-overdue",
  "case-step-late",
  "case-creditor-not-notified",
  "case-new-information-not-verified",
  "case-commune-posting-late",
  "case-posting-period-short",
  "case-withdrawal-ground-missing",
  "case-withdrawal-notice-late",
  "case-unknown-address-not-postponed",
  "tkln-period-not-interagency",
  "tkln-figures-differ",
  "tkln-differs-from-report",
  "tkln-differs-from-procuracy",
  "special-line-inconsistent",
  "complaints-target-missed",
  "workbook-formula-in-input",
  "workbook-text-number",
  "workbook-formula-no-value",
  "workbook-derived-computed",
  "workbook-merged-cell",
  "workbook-date-as-text",
  "workbook-more-notes",
  "workbook-stale-formula",
  "workbook-error-value"
] as const

/**
 * A finding code of the catalogue.
 *
 * @example
 * ```ts
 * const code: FindingCatalogue.Code = "identity-violated"
 * ```
 * @since 0.2.0
 */
export type Code = (typeof codes)[number]

/**
 * The groups of codes, in the order of docs/findings.md.
 *
 * @example
 * ```ts
 * FindingCatalogue.groups[0] // "decoding"
 * ```
 * @since 0.2.0
 */
export const groups = [
  "decoding",
  "consistency",
  "periods",
  "targets",
  "timeliness",
  "organisation",
  "roll-up",
  "obligations",
  "cases",
  "workbook"
] as const

/**
 * A catalogue entry.
 *
 * @example
 * ```ts
 * const e: FindingCatalogue.Entry = FindingCatalogue.get("identity-violated")
 * e.group // "consistency"
 * ```
 * @since 0.1.0
 */
export interface Entry {
  readonly code: Code
  readonly severity: Finding.Severity
  readonly group: (typeof groups)[number]
  readonly title: { readonly vi: string; readonly en: string }
  readonly template: { readonly vi: string; readonly en: string }
  readonly citation: Citation.Citation
  readonly description: string
}

const tt06: Citation.Citation = { document: "tt-06-2019-btp" }
const periods: Citation.Citation = { document: "tt-06-2019-btp", article: "4", clause: 2 }
const deadline: Citation.Citation = { document: "tt-06-2019-btp", article: "9", clause: 2 }
const target: Citation.Citation = { document: "ct-09-ct-tu-2021", section: "4.4" }

/** A decoding problem: the message is the decoder's, which says where and why. */
const decoding = (code: Code, vi: string, en: string, description: string): Entry => ({
  code,
  severity: "error",
  group: "decoding",
  title: { vi, en },
  template: { vi: "{detail}", en: "{detail}" },
  citation: tt06,
  description
})

/** A reading note of a workbook: the message is the reader's, which names the cell. */
const workbook = (code: Code, severity: Finding.Severity, vi: string, en: string, description: string): Entry => ({
  code,
  severity,
  group: "workbook",
  title: { vi, en },
  template: { vi: "{detail}", en: "{detail}" },
  citation: { document: "tt-05-2024-btp" },
  description
})

/** A case-level duty (cases/Duties.ts, cases/TimeLimits.ts): a warning whose message is the check's own. */
const caseDuty = (code: Code, vi: string, en: string, citation: Citation.Citation, description: string): Entry => ({
  code,
  severity: "warning",
  group: "cases",
  title: { vi, en },
  template: { vi: "Việc {caseId} — {detail}", en: "Case {caseId} — {detail}" },
  citation,
  description
})

/**
 * Every code.
 *
 * @example
 * ```ts
 * FindingCatalogue.entries[0].code // "report-not-json"
 * FindingCatalogue.entries.length // 64
 * ```
 * @since 0.1.0
 */
export const entries: ReadonlyArray<Entry> = [
  decoding(
    "report-not-json",
    "Không phải JSON",
    "Not JSON",
    "The input could not be parsed as JSON (a leading byte-order mark is accepted)."
  ),
  decoding(
    "report-duplicate-key",
    "Trường lặp lại",
    "Duplicate key",
    "An object names the same key twice; JSON parsers keep only one of the values, so the report is ambiguous."
  ),
  decoding(
    "report-wrong-type",
    "Sai kiểu dữ liệu",
    "Wrong type",
    "A value has the wrong JSON type (a number typed as text, an object where a list is expected…)."
  ),
  decoding("report-missing-field", "Thiếu trường", "Missing field", "A required field of the report format is absent."),
  decoding(
    "report-unexpected-field",
    "Trường lạ",
    "Unexpected field",
    "A field that the report format does not have: nothing is silently dropped."
  ),
  decoding(
    "report-not-integer",
    "Không phải số nguyên",
    "Not a whole number",
    "Counts and amounts (exact VND) are whole numbers."
  ),
  decoding("report-negative", "Số âm", "Negative number", "Counts and amounts are ≥ 0."),
  decoding(
    "report-too-large",
    "Số quá lớn",
    "Number too large",
    "A number past 2^53 − 1 cannot be represented exactly; it is refused, never rounded."
  ),
  decoding("report-empty-text", "Để trống", "Empty text", "An identifier is empty."),
  decoding(
    "report-value-not-allowed",
    "Giá trị không hợp lệ",
    "Value not allowed",
    "A value outside its list (regime, level, row kind)."
  ),
  decoding("report-out-of-range", "Ngoài phạm vi", "Out of range", "A year or a number of months outside its range."),
  decoding(
    "report-bad-date-time",
    "Sai định dạng thời gian",
    "Bad date-time",
    "A timestamp that is not ISO 8601 with a time-zone offset."
  ),
  decoding(
    "report-too-many-rows",
    "Quá nhiều dòng",
    "Too many rows",
    "A table has more rows than the limit (20,000, as for workbooks); its rows are not read."
  ),
  decoding(
    "report-too-many-problems",
    "Quá nhiều lỗi",
    "Too many problems",
    "The report has more decoding problems than are listed (10,000); this finding counts the rest."
  ),
  {
    code: "identity-violated",
    severity: "error",
    group: "consistency",
    title: { vi: "Số liệu không khớp đẳng thức", en: "Identity violated" },
    template: {
      vi: "Đẳng thức {identity} không thỏa mãn: {formula}; thực tế {observed}, đúng ra {expected}",
      en: "Identity {identity} fails: {formula}; observed {observed}, expected {expected}"
    },
    citation: tt06,
    description: "A row breaks an identity of the indicator tree (V03 = V01 + V02, V06 = V03 − V04 − V05, …)."
  },
  {
    code: "total-not-sum",
    severity: "error",
    group: "consistency",
    title: { vi: "Dòng tổng cộng khác tổng các dòng", en: "Total is not the sum of the rows" },
    template: {
      vi: "{indicator} dòng tổng cộng là {observed}, tổng các dòng là {expected}",
      en: "{indicator} in the total row is {observed}, the rows add up to {expected}"
    },
    citation: tt06,
    description: "The total row must equal the sum of the rows, indicator by indicator."
  },
  {
    code: "duplicate-row-id",
    severity: "error",
    group: "consistency",
    title: { vi: "Trùng mã dòng", en: "Duplicate row id" },
    template: {
      vi: 'Mã dòng "{id}" xuất hiện {count} lần trong bảng {table}',
      en: 'Row id "{id}" appears {count} times in the {table} table'
    },
    citation: tt06,
    description: "Each sub-unit or officer appears once per table."
  },
  {
    code: "rows-differ-between-tables",
    severity: "warning",
    group: "consistency",
    title: { vi: "Bảng việc và bảng tiền khác dòng", en: "Case and money tables list different rows" },
    template: {
      vi: 'Dòng "{id}" có trong bảng {present} nhưng không có trong bảng {absent}',
      en: 'Row "{id}" is in the {present} table but not in the {absent} table'
    },
    citation: tt06,
    description: "The same sub-units or officers are expected in both tables."
  },
  {
    code: "text-normalized",
    severity: "info",
    group: "consistency",
    title: { vi: "Chuẩn hóa Unicode", en: "Text normalised" },
    template: {
      vi: 'Văn bản ở dạng Unicode NFD đã được chuẩn hóa sang NFC: "{text}"',
      en: 'Text in Unicode NFD was normalised to NFC: "{text}"'
    },
    citation: tt06,
    description: "Vietnamese text typed with decomposed accents (NFD) is normalised to NFC so that identifiers match."
  },
  {
    code: "cumulative-decreased",
    severity: "error",
    group: "periods",
    title: { vi: "Số lũy kế giảm", en: "Cumulative figure decreased" },
    template: {
      vi: "{indicator} lũy kế {months} tháng là {observed}, nhỏ hơn kỳ {earlierMonths} tháng ({expected})",
      en: "Cumulative {indicator} over {months} months is {observed}, below the {earlierMonths}-month figure ({expected})"
    },
    citation: periods,
    description:
      "Within a statistical year, periods are cumulative from 1/10: flows (new cases, transfers, withdrawals, completed) never fall from one period to the next."
  },
  {
    code: "opening-balance-changed",
    severity: "warning",
    group: "periods",
    title: { vi: "Số cũ chuyển sang thay đổi trong năm", en: "Opening balance changed within the year" },
    template: {
      vi: "{indicator} (cũ chuyển sang) là {observed}, kỳ {earlierMonths} tháng là {expected}",
      en: "{indicator} (carried over) is {observed}; it was {expected} in the {earlierMonths}-month report"
    },
    citation: periods,
    description:
      "All periods of a statistical year start on 1/10 with the same opening balance; a change needs a correction report."
  },
  {
    code: "opening-balance-discontinuity",
    severity: "warning",
    group: "periods",
    title: {
      vi: "Số cũ chuyển sang khác số chuyển kỳ sau năm trước",
      en: "Opening balance differs from last year's closing"
    },
    template: {
      vi: "{indicator} (cũ chuyển sang) là {observed}, trong khi năm trước chuyển kỳ sau {expected}",
      en: "{indicator} (carried over) is {observed}, but last year carried {expected} forward"
    },
    citation: tt06,
    description:
      "The opening balance of a year should equal the previous year's amount carried forward (less cases moved to the separate book): a warning, since such moves explain differences."
  },
  {
    code: "target-not-met",
    severity: "warning",
    group: "targets",
    title: { vi: "Chưa đạt chỉ tiêu", en: "Target not met" },
    template: {
      vi: "{label}: {value}% so với chỉ tiêu {op} {target}% ({scope}), chênh {gap} điểm %{assumption}",
      en: "{label}: {value}% against the target {op} {target}% ({scope}), gap {gap} points{assumption}"
    },
    citation: target,
    description:
      "The completion rate (cases or money) does not reach the unit's yearly target (Chỉ thị 09 §4.4); compared on the exact rate, honouring > and ≥. A warning on the 12-month report; information on the interim periods. When the comparison rests on an assumption, the message says which."
  },
  {
    code: "target-met",
    severity: "info",
    group: "targets",
    title: { vi: "Đạt chỉ tiêu", en: "Target met" },
    template: {
      vi: "{label}: {value}% đạt chỉ tiêu {op} {target}% ({scope}), vượt {gap} điểm %{assumption}",
      en: "{label}: {value}% meets the target {op} {target}% ({scope}), {gap} points above{assumption}"
    },
    citation: target,
    description:
      "The completion rate reaches the target. When the comparison rests on an assumption, the message says which."
  },
  {
    code: "target-unknown",
    severity: "info",
    group: "targets",
    title: { vi: "Chưa có chỉ tiêu", en: "No target known" },
    template: {
      vi: "Chưa có chỉ tiêu {metric} năm {year} cho {unit}",
      en: "No {metric} target is known for {unit} in {year}"
    },
    citation: target,
    description: "No target of the unit or national target is known for the year (e.g. 2021): add it to the context."
  },
  {
    code: "backlog-rising",
    severity: "warning",
    group: "targets",
    title: { vi: "Án chuyển kỳ sau tăng", en: "Backlog rising" },
    template: {
      vi: "{indicator} là {observed}, cùng kỳ năm trước {expected} (tăng {delta})",
      en: "{indicator} is {observed}, {expected} in the same period last year (+{delta})"
    },
    citation: target,
    description:
      "Chỉ thị 09 §4.4 asks to reduce what is carried to the next period: V13, V14 (and money) should not rise against the same period of the previous year."
  },
  {
    code: "report-late",
    severity: "error",
    group: "timeliness",
    title: { vi: "Gửi báo cáo trễ hạn", en: "Report sent late" },
    template: {
      vi: "Gửi ngày {submitted}, hạn {deadline} ({regime}, {level}): trễ {workingDays} ngày làm việc ({days} ngày){assumption}",
      en: "Sent on {submitted}, due {deadline} ({regime}, {level}): {workingDays} working day(s) late ({days} day(s)){assumption}"
    },
    citation: deadline,
    description:
      'Sent after the deadline of the regime in force. An error when the deadline is the rule\'s text; a warning when it rests on an assumption (an assumed default: TT 05/2024 beyond Điều 10 k1, the tiers of 1/7/2025; a rest-day reading; a regime that came into force between the period\'s end and the deadline; an unverified day off that would move it; an estimated working calendar): the message then says "hạn gửi theo giả định" / "assumed deadline" and why, and the finding cites the setting (rule id deadline/<regime>/<level>).'
  },
  {
    code: "report-on-time",
    severity: "info",
    group: "timeliness",
    title: { vi: "Gửi báo cáo đúng hạn", en: "Report sent on time" },
    template: {
      vi: "Gửi ngày {submitted}, hạn {deadline} ({regime}, {level}){assumption}",
      en: "Sent on {submitted}, due {deadline} ({regime}, {level}){assumption}"
    },
    citation: deadline,
    description: "Sent on or before the deadline."
  },
  {
    code: "submission-time-unknown",
    severity: "info",
    group: "timeliness",
    title: { vi: "Không rõ thời điểm gửi", en: "Submission time unknown" },
    template: {
      vi: "Không rõ thời điểm gửi; hạn gửi là {deadline}",
      en: "The submission time is unknown; the deadline is {deadline}"
    },
    citation: deadline,
    description: "Neither the report header (submittedAt) nor the context gives the submission time."
  },
  {
    code: "deadline-not-encoded",
    severity: "info",
    group: "timeliness",
    title: { vi: "Chưa có thời hạn gửi", en: "No deadline encoded" },
    template: {
      vi: "Chưa tính được hạn gửi: theo thiết lập regimeEnd, {regime} hết áp dụng sau ngày {end}, trước ngày kết thúc kỳ {periodEnd}, và chế độ báo cáo thay thế chưa được mã hóa; thời hạn gửi không được kiểm tra",
      en: "No deadline: by the setting regimeEnd, {regime} applies until {end}, before the period's end {periodEnd}, and the regime replacing it is not encoded; the report's timeliness is not checked"
    },
    citation: { document: "tt-05-2024-btp", article: "10" },
    description:
      "The rule set ends the regime in force (regimeEnd, e.g. TT 05/2024 on 30/6/2026 if TT 05/2026/TT-BTP is confirmed) before the period's last day, and the successor's deadlines are not encoded: no deadline is computed and timeliness is not checked (nor are the statistical-report obligations of such periods generated)."
  },
  {
    code: "report-before-period-end",
    severity: "warning",
    group: "timeliness",
    title: { vi: "Gửi trước khi kết thúc kỳ", en: "Sent before the period ended" },
    template: {
      vi: "Gửi ngày {submitted}, trước ngày kết thúc kỳ {periodEnd}",
      en: "Sent on {submitted}, before the period ended on {periodEnd}"
    },
    citation: periods,
    description: "Figures are frozen at the period's end: a report sent before it cannot be final."
  },
  {
    code: "regime-mismatch",
    severity: "warning",
    group: "organisation",
    title: { vi: "Chế độ báo cáo không đúng kỳ", en: "Regime not in force" },
    template: {
      vi: "Báo cáo ghi chế độ {declared}, nhưng ngày {periodEnd} chế độ có hiệu lực là {inForce}{assumption}",
      en: "The report declares {declared}, but on {periodEnd} the regime in force is {inForce}{assumption}"
    },
    citation: tt06,
    description:
      "The regime named in the header is not the one in force at the period's end. When the declared regime is the one in force on the day the report was sent, the hand-over rules (not found) decide: the finding is then assumed and says so."
  },
  {
    code: "unit-unknown",
    severity: "warning",
    group: "organisation",
    title: { vi: "Đơn vị không có trong tổ chức", en: "Unit not in the organisation" },
    template: { vi: 'Đơn vị "{unit}" không có trong danh mục tổ chức', en: 'Unit "{unit}" is not in the organisation' },
    citation: { document: "luat-thads-2008", article: "13" },
    description: "The reporting unit is not known: deadlines use the level in the header, roll-ups are skipped."
  },
  {
    code: "organization-not-given",
    severity: "info",
    group: "organisation",
    title: { vi: "Không có danh mục tổ chức", en: "No organisation given" },
    template: {
      vi: 'Ngữ cảnh không có danh mục tổ chức: không kiểm tra đơn vị "{unit}", cấp báo cáo và tổng hợp theo tổ chức',
      en: 'The context gives no organisation: unit "{unit}", its level and the roll-up by organisation are not checked'
    },
    citation: { document: "luat-thads-2008", article: "13" },
    description:
      "The check was run without an organisation (no province's units are assumed): the unit, its level and the units expected in a roll-up are not checked; the level in the header is used for the deadline."
  },
  {
    code: "unit-not-in-force",
    severity: "warning",
    group: "organisation",
    title: { vi: "Đơn vị không tồn tại vào kỳ báo cáo", en: "Unit did not exist in the period" },
    template: {
      vi: 'Đơn vị "{unit}" không tồn tại vào ngày {periodEnd}{successor}',
      en: 'Unit "{unit}" did not exist on {periodEnd}{successor}'
    },
    citation: { document: "qd-1898-btp-2025" },
    description: "The unit was dissolved or not yet created at the period's end (e.g. a Chi cục after 30/6/2025)."
  },
  {
    code: "level-mismatch",
    severity: "warning",
    group: "organisation",
    title: { vi: "Cấp báo cáo không khớp", en: "Reporting level mismatch" },
    template: {
      vi: "Báo cáo ghi cấp {declared}, tổ chức ghi cấp {actual}",
      en: "The report declares level {declared}; the organisation says {actual}"
    },
    citation: deadline,
    description: "The level in the header differs from the unit's tier."
  },
  {
    code: "rollup-mismatch",
    severity: "error",
    group: "roll-up",
    title: { vi: "Báo cáo tỉnh khác tổng báo cáo đơn vị", en: "Province report is not the sum of its units" },
    template: {
      vi: "{indicator}: báo cáo tỉnh {observed}, tổng các đơn vị {expected}",
      en: "{indicator}: province report {observed}, units add up to {expected}"
    },
    citation: { document: "tt-06-2019-btp", article: "9", clause: 1 },
    description: "A province's report must equal the sum of its units' reports for the same period."
  },
  {
    code: "rollup-unit-missing",
    severity: "warning",
    group: "roll-up",
    title: { vi: "Thiếu báo cáo đơn vị", en: "Unit report missing" },
    template: {
      vi: 'Không có báo cáo của "{unit}" cho kỳ này: không kiểm tra được tổng hợp',
      en: 'No report of "{unit}" for this period: the roll-up cannot be checked'
    },
    citation: { document: "tt-06-2019-btp", article: "9", clause: 1 },
    description: "The context lacks a unit's report, so the roll-up check is incomplete."
  },
  {
    code: "obligation-missing",
    severity: "warning",
    group: "obligations",
    title: { vi: "Nghĩa vụ chưa thực hiện", en: "Obligation missing" },
    template: {
      vi: "{obligation}: hạn {due}, quá hạn {workingDays} ngày làm việc",
      en: "{obligation}: due {due}, {workingDays} working day(s) overdue"
    },
    citation: { document: "ct-09-ct-tu-2021", section: "1.3" },
    description: "An obligation of the unit (statistical report, hearing, steering report) has not been met."
  },
  {
    code: "obligation-late",
    severity: "warning",
    group: "obligations",
    title: { vi: "Nghĩa vụ thực hiện trễ", en: "Obligation met late" },
    template: {
      vi: "{obligation}: hạn {due}, thực hiện {submitted} (trễ {workingDays} ngày làm việc)",
      en: "{obligation}: due {due}, met {submitted} ({workingDays} working day(s) late)"
    },
    citation: { document: "ct-09-ct-tu-2021", section: "1.3" },
    description: "An obligation of the unit was met after its due date."
  },
  {
    code: "case-step-overdue",
    severity: "warning",
    group: "cases",
    title: { vi: "Bước thủ tục quá hạn", en: "Procedural step overdue" },
    template: { vi: "Việc {caseId} — {detail}", en: "Case {caseId} — {detail}" },
    citation: { document: "blds-2015", article: "148" },
    description:
      "A step of an enforcement case (decision to enforce, verification, decision chưa có điều kiện and its publication, re-verification, hoãn, đình chỉ, separate book…) is past its time limit and not done; the finding cites the step's own article."
  },
  {
    code: "case-step-late",
    severity: "info",
    group: "cases",
    title: { vi: "Bước thủ tục thực hiện trễ", en: "Procedural step done late" },
    template: { vi: "Việc {caseId} — {detail}", en: "Case {caseId} — {detail}" },
    citation: { document: "blds-2015", article: "148" },
    description: "A step of an enforcement case was done after its time limit."
  },
  caseDuty(
    "case-creditor-not-notified",
    "Chưa thông báo kết quả xác minh cho người được thi hành án",
    "Creditor not notified after two verifications",
    { document: "luat-thads-2008", article: "44", clause: 2 },
    "After two verifications that find the debtor still chưa có điều kiện, the office notifies the creditor in writing (Luật THADS 2008 Điều 44 k2). The law sets no time limit: the finding uses an assumed setting (3 working days) and says so; a warning when overdue, info when late."
  ),
  caseDuty(
    "case-new-information-not-verified",
    "Chưa xác minh khi có thông tin mới",
    "New information not verified in time",
    { document: "nd-62-2015", article: "9", clause: 4 },
    "The officer verifies within 10 days of receiving new information about the debtor's conditions (NĐ 62/2015 Điều 9 k4; from 1/7/2026 Luật 2025 Điều 38 k2 with the 10 days assumed). A warning when overdue, info when late."
  ),
  caseDuty(
    "case-commune-posting-late",
    "Chậm gửi quyết định chưa có điều kiện để niêm yết",
    "Decision not sent to the commune for posting in time",
    { document: "nd-62-2015", article: "11", clause: 1 },
    "Within 5 working days of a decision chưa có điều kiện, the office sends it to the commune to be posted (NĐ 62/2015 Điều 11 k1; NĐ 152/2026 Điều 23 k1 from 1/7/2026). A warning when overdue, info when late."
  ),
  caseDuty(
    "case-posting-period-short",
    "Thời gian niêm yết chưa đủ",
    "Posting period too short",
    { document: "nd-62-2015", article: "11", clause: 1 },
    "A decision chưa có điều kiện stays posted at the commune for 3 months from the posting day (NĐ 62/2015 Điều 11 k1), unless đình chỉ, completion or resumption ends it first (k3). From 1/7/2026 NĐ 152/2026 Điều 23 names no period: the 3 months are assumed and the finding says so."
  ),
  caseDuty(
    "case-withdrawal-ground-missing",
    "Thu hồi, hủy quyết định không ghi căn cứ",
    "Withdrawal or cancellation without its ground",
    { document: "luat-thads-2008", article: "37" },
    "A thu hồi names its ground among Điều 37 k1 a–d, a hủy among k3 a–b (Luật THADS 2008 Điều 37; k4: the decision states its ground)."
  ),
  caseDuty(
    "case-withdrawal-notice-late",
    "Chậm gửi, thông báo quyết định thu hồi, hủy",
    "Withdrawal or cancellation not sent or notified in time",
    { document: "luat-thads-2008", article: "38" },
    "A decision withdrawing or cancelling a decision on enforcement is sent to the procuracy within 3 working days (Điều 38) and notified to the parties within 3 working days (Điều 39 k2). Điều 37 itself sets no time limit. A warning when overdue, info when late."
  ),
  caseDuty(
    "case-unknown-address-not-postponed",
    "Không ghi hoãn thi hành án khi không xác định được địa chỉ",
    "Unknown address not recorded as hoãn",
    { document: "nd-62-2015", article: "9", clause: 3 },
    "When the debtor's address and assets are unknown, or the address is unknown and the debtor must perform personally, the decision chưa có điều kiện states that enforcement is postponed under Điều 48 k1 b (NĐ 62/2015 Điều 9 k3). Applied to decisions until 30/6/2026."
  ),
  // Inter-agency statistics (TTLT 12/2021) and the special lines: interagency/, compliance/SpecialLines.ts.
  {
    code: "tkln-period-not-interagency",
    severity: "error",
    group: "periods",
    title: { vi: "Kỳ không phải kỳ thống kê liên ngành", en: "Not an inter-agency period" },
    template: {
      vi: "Kỳ {months} tháng không phải kỳ thống kê liên ngành (3, 6, 10, 12 tháng)",
      en: "A {months}-month period is not an inter-agency period (3, 6, 10, 12 months)"
    },
    citation: { document: "ttlt-12-2021", article: "6" },
    description: "Inter-agency figures exist only for the 3-, 6-, 10- and 12-month periods from 1/10."
  },
  {
    code: "tkln-figures-differ",
    severity: "warning",
    group: "consistency",
    title: { vi: "Số liệu liên ngành chênh lệch", en: "Inter-agency figures differ" },
    template: {
      vi: "{indicator}: {a} ghi {observed}, {b} ghi {expected}; phải rà soát, đối chiếu, thống nhất trước khi ký xác nhận",
      en: "{indicator}: {a} has {observed}, {b} has {expected}; review, compare and agree them before co-signing"
    },
    citation: { document: "ttlt-12-2021", article: "8", clause: 3, point: "c" },
    description:
      "The lead of an inter-agency form and its co-signing partner report different figures for the same indicator, unit and period."
  },
  {
    code: "tkln-differs-from-report",
    severity: "info",
    group: "consistency",
    title: { vi: "Số liệu biểu 01 khác báo cáo thống kê", en: "Form 01 differs from the statistical report" },
    template: {
      vi: "{indicator}: {a} ghi {observed}, {b} ghi {expected} (giả định hai biểu cùng chỉ tiêu)",
      en: "{indicator}: {a} has {observed}, {b} has {expected} (assuming both forms carry this indicator)"
    },
    citation: { document: "ttlt-12-2021", article: "3", clause: 3 },
    description:
      "Form 01/TKLN-THADS differs from the office's own statistical report on an indicator both are assumed to carry (the form's columns were not found): basis assumed."
  },
  {
    code: "tkln-differs-from-procuracy",
    severity: "info",
    group: "consistency",
    title: {
      vi: "Số liệu biểu 01 khác biểu 04 của Viện kiểm sát",
      en: "Form 01 differs from the procuracy's form 04"
    },
    template: {
      vi: "{indicator}: {a} ghi {observed}, {b} ghi {expected} (giả định hai biểu cùng chỉ tiêu)",
      en: "{indicator}: {a} has {observed}, {b} has {expected} (assuming both forms carry this indicator)"
    },
    citation: { document: "ttlt-12-2021", article: "3", clause: 3 },
    description:
      "The enforcement office's form 01/TKLN-THADS differs from the procuracy's form 04/TKLN-THADS of the same unit and period on an indicator both are assumed to carry (the forms' columns were not found): basis assumed."
  },
  {
    code: "special-line-inconsistent",
    severity: "warning",
    group: "consistency",
    title: { vi: "Số liệu chuyên đề không nhất quán", en: "Special line inconsistent" },
    template: { vi: "{line}: {detail}", en: "{line}: {detail}" },
    citation: { document: "ct-09-ct-tu-2021", section: "4.2" },
    description:
      "A part exceeds its whole in the asset-recovery or complaints figures (completed > enforceable, resolved > within competence…)."
  },
  {
    code: "complaints-target-missed",
    severity: "warning",
    group: "targets",
    title: { vi: "Chưa đạt chỉ tiêu giải quyết khiếu nại", en: "Complaints target missed" },
    template: {
      vi: "{what}: đạt {observed}%, chỉ tiêu {expected}%",
      en: "{what}: {observed}%, target {expected}%"
    },
    citation: { document: "qd-3005-btp-2013" },
    description: "The share of complaints and denunciations resolved is below the year's target, where one is known."
  },
  workbook(
    "workbook-formula-in-input",
    "info",
    "Công thức trong ô nhập liệu",
    "Formula in an input cell",
    "An input cell holds a formula: its cached value is used."
  ),
  workbook(
    "workbook-text-number",
    "info",
    "Số nhập dạng văn bản",
    "Number typed as text",
    'A whole number typed as text with Vietnamese grouping ("1.234.567", "12.000 đ") is read as a number.'
  ),
  workbook(
    "workbook-formula-no-value",
    "error",
    "Công thức chưa có giá trị",
    "Formula without a value",
    "A formula has no cached value and cannot be computed from the layout: the file must be recalculated."
  ),
  workbook(
    "workbook-derived-computed",
    "info",
    "Ô tính toán được tính lại",
    "Derived cell computed",
    "A derived or total cell is blank or has no cached value: its value is computed from the layout."
  ),
  workbook(
    "workbook-merged-cell",
    "error",
    "Ô bị gộp",
    "Merged cell",
    "A cell of the data area is merged into another: its value cannot be read."
  ),
  workbook(
    "workbook-date-as-text",
    "info",
    "Ô ngày đọc thành văn bản",
    "Date cell read as text",
    "A date cell in a text field is read as an ISO 8601 date-time in Vietnam time (UTC+7)."
  ),
  workbook(
    "workbook-more-notes",
    "info",
    "Còn ghi nhận khác",
    "More notes",
    "More than 200 notes of one code: the rest are counted, not listed."
  ),
  workbook(
    "workbook-stale-formula",
    "warning",
    "Công thức lưu giá trị cũ",
    "Stale formula value",
    "A formula's cached value contradicts its inputs (the file was not recalculated): the recomputed value is used."
  ),
  workbook(
    "workbook-error-value",
    "error",
    "Ô có giá trị lỗi",
    "Excel error value",
    "A cell holds an Excel error value (#N/A, #REF!…)."
  )
]

const byCode: ReadonlyMap<string, Entry> = new Map(entries.map((e) => [e.code, e]))

/**
 * The entry of a code (throws for an unknown code: a bug).
 *
 * @example
 * ```ts
 * FindingCatalogue.get("report-late").severity // "error"
 * ```
 * @since 0.1.0
 */
export const get = (code: string): Entry => {
  const e = byCode.get(code)
  if (e === undefined) throw new Error(`unknown finding code "${code}"`)
  return e
}

/**
 * Fills a template's `{placeholders}`; a missing parameter is shown as `{name}`.
 *
 * @example
 * ```ts
 * FindingCatalogue.render("{a} + {b}", { a: 1, b: 2 }) // "1 + 2"
 * ```
 * @since 0.1.0
 */
export const render = (
  template: string,
  params: Readonly<Record<string, string | number>>,
  /** Parameters that take precedence (e.g. the Vietnamese forms of some values). */
  over?: Readonly<Record<string, string | number>>
): string => {
  const parts = compiled(template)
  let out = parts[0] as string
  for (let i = 1; i < parts.length; i += 2) {
    const name = parts[i] as string
    const v = over?.[name] ?? params[name]
    out += (v === undefined ? `{${name}}` : String(v)) + (parts[i + 1] as string)
  }
  return out
}

/** Templates split once into text, name, text, name, …, text (rendering is on the hot path of every check). */
const templates = new Map<string, ReadonlyArray<string>>()
const compiled = (template: string): ReadonlyArray<string> => {
  let parts = templates.get(template)
  if (parts === undefined) {
    parts = template.split(/\{([a-zA-Z]+)\}/)
    if (templates.size < 1024) templates.set(template, parts)
  }
  return parts
}

/**
 * Options of {@link make}.
 *
 * @example
 * ```ts
 * const options: FindingCatalogue.MakeOptions = { params: { detail: "-1" }, location: { path: "/cases/rows/3/V08" }, severity: "warning" }
 * FindingCatalogue.make("report-negative", options).message.en // "-1"
 * ```
 * @since 0.1.0
 */
export interface MakeOptions {
  readonly params?: Readonly<Record<string, string | number>> | undefined
  /** Parameters whose text differs by language. */
  readonly paramsVi?: Readonly<Record<string, string | number>> | undefined
  readonly location: Finding.Location
  readonly ruleId?: string | undefined
  readonly severity?: Finding.Severity | undefined
  readonly citation?: Citation.Citation | undefined
  readonly observed?: number | string | undefined
  readonly expected?: number | string | undefined
  readonly formula?: { readonly vi: string; readonly en: string } | undefined
  readonly trace?: ReadonlyArray<Finding.TraceStep> | undefined
  /** How many trace steps were left out (see `Finding.maxTrace`). */
  readonly traceOmitted?: number | undefined
  /** The basis, when the finding rests on an assumption ("assumed") or says so ("official"). An absent or undefined option is the same. */
  readonly basis?: Finding.Basis | undefined
}

/**
 * Makes a finding of a catalogued code, rendering its messages.
 *
 * @example
 * ```ts
 * FindingCatalogue.make("report-negative", { params: { detail: "-1" }, location: { path: "/cases/rows/3/V08" } })
 * ```
 * @since 0.1.0
 */
export const make = (code: Code, o: MakeOptions): Finding.Finding => {
  const e = get(code)
  const params = bounded(o.params)
  // Optional keys are added one by one, in the order of the Finding's fields: conditional spreads cost V8 a
  // generic copy each (≈ 0.3 µs), and every check makes findings.
  const f: { -readonly [K in keyof Finding.Finding]: Finding.Finding[K] } = {
    code,
    severity: o.severity ?? e.severity,
    ruleId: o.ruleId ?? code,
    citation: o.citation ?? e.citation
  } as Finding.Finding
  if (o.basis !== undefined) f.basis = o.basis
  f.message = { vi: render(e.template.vi, params, bounded(o.paramsVi)), en: render(e.template.en, params) }
  f.location = o.location
  if (o.observed !== undefined) f.observed = o.observed
  if (o.expected !== undefined) f.expected = o.expected
  if (o.formula !== undefined) f.formula = o.formula
  if (o.trace !== undefined) f.trace = o.trace
  if (o.traceOmitted !== undefined) f.traceOmitted = o.traceOmitted
  return f
}

/** Message parameters with long strings cut (an echoed 1 MB key is not copied into every message). */
const bounded = (
  params: Readonly<Record<string, string | number>> | undefined
): Readonly<Record<string, string | number>> => {
  if (params === undefined) return {}
  let out: Record<string, string | number> | undefined
  for (const k in params) {
    const v = params[k]!
    if (typeof v === "string" && v.length > maxEcho) {
      out ??= { ...params }
      out[k] = echo(v)
    }
  }
  return out ?? params
}

/**
 * Most characters of a value echoed in a message; the rest is replaced by
 * "…(+N)".
 *
 * @example
 * ```ts
 * FindingCatalogue.maxEcho // 200
 * ```
 * @since 0.2.0
 */
export const maxEcho = 200

/**
 * A string cut to {@link maxEcho} characters, saying how many were left out.
 *
 * @example
 * ```ts
 * FindingCatalogue.echo("x".repeat(1000)).endsWith("…(+800)") // true
 * FindingCatalogue.echo("V08") // "V08"
 * ```
 * @since 0.2.0
 */
export const echo = (s: string): string => (s.length <= maxEcho ? s : `${s.slice(0, maxEcho)}…(+${s.length - maxEcho})`)

/**
 * Options of {@link toMarkdown}: the codes that can rest on an assumption,
 * each with the rules (id and why) behind it.
 *
 * @example
 * ```ts
 * const o: FindingCatalogue.MarkdownOptions = { assumed: new Map([["report-late", ["timeliness/deadline: TT 05/2024 Điều 10 beyond k1 not found"]]]) }
 * ```
 * @since 0.2.0
 */
export interface MarkdownOptions {
  readonly assumed?: ReadonlyMap<Code, ReadonlyArray<string>>
}

/**
 * The catalogue as Markdown (docs/findings.md). With `assumed`, a column
 * says which codes can rest on an assumption (such a finding is at most a
 * warning) and a section lists why.
 *
 * @example
 * ```ts
 * FindingCatalogue.toMarkdown().startsWith("# Finding codes") // true
 * ```
 * @since 0.1.0
 */
export const toMarkdown = (options: MarkdownOptions = {}): string => {
  const assumed = options.assumed ?? new Map<Code, ReadonlyArray<string>>()
  const renderCitation = (c: Citation.Citation) => `${Citation.renderVi(c)} (${Citation.renderEn(c)})`
  const lines = [
    "# Finding codes",
    "",
    "Generated from `FindingCatalogue.entries` and the rule registry in `@thads/core` (`npx thads findings >",
    "docs/findings.md`); a test keeps this file in sync. Every finding has a stable code, a severity, a rule id, a",
    "citation, its basis (`official` or `assumed`), a message in Vietnamese and English, a location (JSON Pointer; sheet",
    "and cell for workbooks; unit; period), and, where it applies, the observed and expected values, the formula and the",
    "trace of the computation (at most 20 steps, with a count of the rest).",
    "",
    "**Assumptions.** A code marked *may be assumed* can come from a rule or parameter whose basis is `assumed` (the",
    'text that would make it official was not read). Such a finding carries `basis: "assumed"` and is never an error',
    "on its own: the engine caps it at warning.",
    ""
  ]
  for (const group of groups) {
    const inGroup = entries.filter((x) => x.group === group)
    if (inGroup.length === 0) continue
    lines.push(
      `## ${group}`,
      "",
      "| code | severity | basis | title | message (vi / en) | citation |",
      "|---|---|---|---|---|---|"
    )
    for (const e of inGroup) {
      lines.push(
        `| \`${e.code}\` | ${e.severity} | ${assumed.has(e.code) ? "may be assumed" : "—"} | ${e.title.en} — ${e.title.vi} | ${e.template.vi} / ${e.template.en} | ${renderCitation(e.citation)} |`
      )
    }
    lines.push("")
    for (const e of inGroup) {
      const why = assumed.get(e.code)
      lines.push(`- \`${e.code}\`: ${e.description}${why === undefined ? "" : ` Assumed: ${why.join("; ")}.`}`)
    }
    lines.push("")
  }
  return lines.join("\n")
}
