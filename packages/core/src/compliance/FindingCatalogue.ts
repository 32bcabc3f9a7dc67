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
  readonly code: string
  readonly severity: Finding.Severity
  readonly group:
    | "decoding"
    | "consistency"
    | "periods"
    | "targets"
    | "timeliness"
    | "organisation"
    | "roll-up"
    | "obligations"
    | "cases"
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
const decoding = (code: string, vi: string, en: string, description: string): Entry => ({
  code,
  severity: "error",
  group: "decoding",
  title: { vi, en },
  template: { vi: "{detail}", en: "{detail}" },
  citation: tt06,
  description
})

/**
 * Every code.
 *
 * @example
 * ```ts
 * FindingCatalogue.entries[0].code // "report-not-json"
 * FindingCatalogue.entries.length // 40
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
      vi: "{label}: {value}% so với chỉ tiêu {op} {target}% ({scope}), chênh {gap} điểm %",
      en: "{label}: {value}% against the target {op} {target}% ({scope}), gap {gap} points"
    },
    citation: target,
    description:
      "The completion rate (cases or money) does not reach the unit's yearly target (Chỉ thị 09 §4.4); compared on the exact rate, honouring > and ≥. A warning on the 12-month report; information on the interim periods."
  },
  {
    code: "target-met",
    severity: "info",
    group: "targets",
    title: { vi: "Đạt chỉ tiêu", en: "Target met" },
    template: {
      vi: "{label}: {value}% đạt chỉ tiêu {op} {target}% ({scope}), vượt {gap} điểm %",
      en: "{label}: {value}% meets the target {op} {target}% ({scope}), {gap} points above"
    },
    citation: target,
    description: "The completion rate reaches the target."
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
      vi: "Gửi ngày {submitted}, hạn {deadline} ({regime}, {level}): trễ {workingDays} ngày làm việc ({days} ngày)",
      en: "Sent on {submitted}, due {deadline} ({regime}, {level}): {workingDays} working day(s) late ({days} day(s))"
    },
    citation: deadline,
    description:
      "Sent after the deadline of the regime in force. An error when the deadline is the rule's text; a warning when it is an assumed default (TT 05/2024 beyond Điều 10 k1, the tiers of 1/7/2025)."
  },
  {
    code: "report-on-time",
    severity: "info",
    group: "timeliness",
    title: { vi: "Gửi báo cáo đúng hạn", en: "Report sent on time" },
    template: {
      vi: "Gửi ngày {submitted}, hạn {deadline} ({regime}, {level})",
      en: "Sent on {submitted}, due {deadline} ({regime}, {level})"
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
      vi: "Báo cáo ghi chế độ {declared}, nhưng ngày {periodEnd} chế độ có hiệu lực là {inForce}",
      en: "The report declares {declared}, but on {periodEnd} the regime in force is {inForce}"
    },
    citation: tt06,
    description: "The regime named in the header is not the one in force at the period's end."
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
  }
]

const byCode = new Map(entries.map((e) => [e.code, e]))

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
export const render = (template: string, params: Readonly<Record<string, string | number>>): string =>
  template.replace(/\{([a-zA-Z]+)\}/g, (m, name: string) => (params[name] === undefined ? m : String(params[name])))

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
  readonly params?: Readonly<Record<string, string | number>>
  /** Parameters whose text differs by language. */
  readonly paramsVi?: Readonly<Record<string, string | number>>
  readonly location: Finding.Location
  readonly ruleId?: string
  readonly severity?: Finding.Severity
  readonly citation?: Citation.Citation
  readonly observed?: number | string
  readonly expected?: number | string
  readonly formula?: { readonly vi: string; readonly en: string }
  readonly trace?: ReadonlyArray<Finding.TraceStep>
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
export const make = (code: string, o: MakeOptions): Finding.Finding => {
  const e = get(code)
  const params = o.params ?? {}
  return {
    code,
    severity: o.severity ?? e.severity,
    ruleId: o.ruleId ?? code,
    citation: o.citation ?? e.citation,
    message: { vi: render(e.template.vi, { ...params, ...o.paramsVi }), en: render(e.template.en, params) },
    location: o.location,
    ...(o.observed === undefined ? {} : { observed: o.observed }),
    ...(o.expected === undefined ? {} : { expected: o.expected }),
    ...(o.formula === undefined ? {} : { formula: o.formula }),
    ...(o.trace === undefined ? {} : { trace: o.trace })
  }
}

/**
 * The catalogue as Markdown (docs/findings.md).
 *
 * @example
 * ```ts
 * FindingCatalogue.toMarkdown().startsWith("# Finding codes") // true
 * ```
 * @since 0.1.0
 */
export const toMarkdown = (): string => {
  const renderCitation = (c: Citation.Citation) => `${Citation.renderVi(c)} (${Citation.renderEn(c)})`
  const lines = [
    "# Finding codes",
    "",
    "Generated from `FindingCatalogue.entries` in `@thads/core` (`npx thads findings > docs/findings.md`); a test keeps",
    "this file in sync. Every finding has a stable code, a severity, a rule id, a citation, a message in Vietnamese and",
    "English, a location (JSON Pointer; sheet and cell for workbooks; unit; period), and, where it applies, the observed",
    "and expected values, the formula and the trace of the computation.",
    ""
  ]
  for (const group of [
    "decoding",
    "consistency",
    "periods",
    "targets",
    "timeliness",
    "organisation",
    "roll-up",
    "obligations",
    "cases"
  ] as const) {
    lines.push(`## ${group}`, "", "| code | severity | title | message (vi / en) | citation |", "|---|---|---|---|---|")
    for (const e of entries.filter((x) => x.group === group)) {
      lines.push(
        `| \`${e.code}\` | ${e.severity} | ${e.title.en} — ${e.title.vi} | ${e.template.vi} / ${e.template.en} | ${renderCitation(e.citation)} |`
      )
    }
    lines.push("")
    for (const e of entries.filter((x) => x.group === group)) lines.push(`- \`${e.code}\`: ${e.description}`)
    lines.push("")
  }
  return lines.join("\n")
}
