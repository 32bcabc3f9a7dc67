/**
 * The catalogue of statistical forms (biểu mẫu): the 12 forms of TT 05/2024
 * (Điều 2; forms.md §1) and the four inter-agency forms 01–04/TKLN-THADS of
 * TTLT 12/2021 (Điều 4). For each: where the form's existence is sourced, its
 * status — `encoded` (read, written and checked by thads) or
 * `columns-unknown` (the official columns were not found, so thads has no
 * layout for it and `thads template --form` says so) — the identities checked,
 * and the searches that failed. docs/forms.md is generated from it
 * ({@link toMarkdown}; a test keeps the file in sync).
 *
 * No official column list of any of these forms was found. Forms 1, 2, 4 and
 * 5 are encoded through the results report: their indicators and identities
 * come from the published figures and the counting rules (thads-rules.md §1),
 * the order of the columns is ours (docs/workbook.md). The draft grids of
 * forms 8, 11 and 12 ({@link GridLayout}) have line ids of our own and are not
 * an encoded form.
 *
 * @since 0.1.0
 */
import type * as Citation from "../citation/Citation.js"
import * as Identity from "../statistics/Identity.js"
import type * as FormLayout from "./FormLayout.js"
import * as Searches from "./Searches.js"

/**
 * How a form is covered by thads: by the canonical report (its sheet), or not.
 *
 * @example
 * ```ts
 * Forms.get(4)?.coverage // { kind: "report", sheet: "cases", rows: "per-unit-and-officer" }
 * ```
 * @since 0.1.0
 */
export type Coverage =
  | { readonly kind: "report"; readonly sheet: "cases" | "money"; readonly rows: "total" | "per-unit-and-officer" }
  | { readonly kind: "none" }

/**
 * `encoded`: read, written and checked; `columns-unknown`: no layout.
 *
 * @example
 * ```ts
 * Forms.get(3)?.status // "columns-unknown"
 * ```
 * @since 0.2.0
 */
export type Status = "encoded" | "columns-unknown"

/**
 * A form.
 *
 * @example
 * ```ts
 * const f: Forms.Form | undefined = Forms.find("01/TKLN-THADS")
 * f?.status // "columns-unknown"
 * ```
 * @since 0.1.0
 */
export interface Form {
  /** Stable id: regime and code, e.g. "tt05-2024/4", "ttlt12-2021/01". */
  readonly id: string
  readonly regime: "tt05-2024" | "ttlt12-2021"
  /** The number as written by the source: "4" (order of Điều 2), "01/TKLN-THADS". */
  readonly code: string
  readonly number: number
  readonly title: FormLayout.Text
  readonly status: Status
  readonly coverage: Coverage
  /** The article that lists the form. */
  readonly basis: Citation.Citation
  readonly sources: ReadonlyArray<string>
  /** Who makes it, when the source says. */
  readonly preparedBy?: FormLayout.Text
  /** Identity ids checked on it ({@link Identity}). */
  readonly identities: ReadonlyArray<string>
  /** Example files (examples/), for an encoded form: one consistent, one broken. */
  readonly examples?: { readonly consistent: string; readonly broken: string }
  /** An unsourced draft grid that exists as data only (never used as the form). */
  readonly draft?: "state-compensation" | "complaints" | "thahc"
  readonly note: FormLayout.Text
}

const TT05_SOURCES = [
  "https://lawnet.vn/thong-tin-phap-luat/en/chinh-sach-moi/system-of-statistical-forms-of-civil-judgment-enforcement-in-vietnam-from-july-26-2024-139796.html (Điều 2, English summary)",
  "Pháp điển van-ban/thong-ke/thong-ke.md Điều 31.1.TT.80.2 (title only)"
]
const TTLT_SOURCES = ["Pháp điển van-ban/thi-hanh-an/thi-hanh-an-dan-su.md Điều 30.2.TL.11.4 and 11.8 (HEAD fbaa690e)"]

const reportIdentities = Identity.identities().map((i) => i.id)

const encodedNote: FormLayout.Text = {
  vi: "Chỉ tiêu và đẳng thức theo số liệu công bố và cách tính (thads-rules.md §1); thứ tự cột do thads đặt vì chưa tìm được biểu mẫu chính thức",
  en: "Indicators and identities from the published figures and counting rules (thads-rules.md §1); the column order is ours, the official form was not found"
}
const unknownNote: FormLayout.Text = {
  vi: "Chưa tìm được cột của biểu mẫu chính thức: thads không có bố cục cho biểu này",
  en: "The official form's columns were not found: thads has no layout for it"
}
const draftNote: FormLayout.Text = {
  vi: "Chưa tìm được cột của biểu mẫu chính thức. GridLayout có bản nháp với mã dòng do thads đặt, không dùng làm biểu mẫu",
  en: "The official form's columns were not found. GridLayout holds a draft with line ids of our own; it is not used as the form"
}

const tt05 = (number: number, vi: string, en: string, coverage: Coverage, draft?: Form["draft"]): Form => ({
  id: `tt05-2024/${number}`,
  regime: "tt05-2024",
  code: String(number),
  number,
  title: { vi, en },
  status: coverage.kind === "report" ? "encoded" : "columns-unknown",
  coverage,
  basis: { document: "tt-05-2024-btp", article: "2" },
  sources: TT05_SOURCES,
  identities: coverage.kind === "report" ? reportIdentities : [],
  ...(coverage.kind === "report"
    ? {
        examples:
          coverage.rows === "total"
            ? { consistent: "examples/form-1-2-consistent.json", broken: "examples/form-1-2-broken.json" }
            : { consistent: "examples/form-4-5-consistent.json", broken: "examples/form-4-5-broken.json" }
      }
    : {}),
  ...(draft === undefined ? {} : { draft }),
  note: coverage.kind === "report" ? encodedNote : draft === undefined ? unknownNote : draftNote
})

const NONE: Coverage = { kind: "none" }

/**
 * The 12 forms, in the order of Điều 2 TT 05/2024. The Vietnamese titles
 * are back-translations of the English summary (forms.md §1).
 *
 * @example
 * ```ts
 * Forms.tt05_2024.length // 12
 * Forms.tt05_2024.filter((f) => f.status === "encoded").map((f) => f.number) // [1, 2, 4, 5]
 * ```
 * @since 0.1.0
 */
export const tt05_2024: ReadonlyArray<Form> = [
  tt05(1, "Kết quả thi hành án dân sự tính bằng việc", "civil enforcement results by case", {
    kind: "report",
    sheet: "cases",
    rows: "total"
  }),
  tt05(2, "Kết quả thi hành án dân sự tính bằng tiền", "civil enforcement results by money", {
    kind: "report",
    sheet: "money",
    rows: "total"
  }),
  tt05(3, "Kết quả thi hành các khoản thu nộp ngân sách nhà nước", "results of state budget collections", NONE),
  tt05(
    4,
    "Kết quả thi hành án dân sự tính bằng việc phân theo cơ quan thi hành án dân sự và Chấp hành viên",
    "results by case, per enforcement office and officer",
    { kind: "report", sheet: "cases", rows: "per-unit-and-officer" }
  ),
  tt05(
    5,
    "Kết quả thi hành án dân sự tính bằng tiền phân theo cơ quan thi hành án dân sự và Chấp hành viên",
    "results by money, per enforcement office and officer",
    { kind: "report", sheet: "money", rows: "per-unit-and-officer" }
  ),
  tt05(6, "Kết quả xét miễn, giảm nghĩa vụ thi hành án dân sự", "exemption or reduction of obligations", NONE),
  tt05(7, "Kết quả áp dụng biện pháp bảo đảm, cưỡng chế thi hành án", "assurance and coercive measures", NONE),
  tt05(
    8,
    "Kết quả giải quyết khiếu nại, tố cáo, kiến nghị, phản ánh",
    "complaints, denunciations, recommendations, reflections",
    NONE,
    "complaints"
  ),
  tt05(9, "Kết quả tiếp công dân", "citizen reception", NONE),
  tt05(
    10,
    "Kết quả giám sát, kiểm sát, thanh tra, kiểm tra",
    "supervision, procuracy supervision, inspection, examination",
    NONE
  ),
  tt05(11, "Kết quả giải quyết bồi thường nhà nước", "state compensation", NONE, "state-compensation"),
  tt05(
    12,
    "Kết quả theo dõi thi hành án hành chính",
    "monitoring of administrative judgment enforcement",
    NONE,
    "thahc"
  )
]

const tkln = (n: number, vi: string, en: string, preparedBy: FormLayout.Text, article: Citation.Citation): Form => ({
  id: `ttlt12-2021/0${n}`,
  regime: "ttlt12-2021",
  code: `0${n}/TKLN-THADS`,
  number: n,
  title: { vi, en },
  status: "columns-unknown",
  coverage: NONE,
  basis: { document: "ttlt-12-2021", article: "4", clause: 1, point: ["a", "b", "c", "d"][n - 1]! },
  sources: TTLT_SOURCES,
  preparedBy,
  identities: [],
  note: {
    vi: `${unknownNote.vi}. Người lập: ${preparedBy.vi} (${article.article === undefined ? "" : `Điều ${article.article}`}). Thời hạn chốt, ký xác nhận, gửi: Interagency.obligations`,
    en: `${unknownNote.en}. Prepared by: ${preparedBy.en} (Art. ${article.article ?? ""}). Closing, co-signing and sending deadlines: Interagency.obligations`
  }
})

const THADS_LEADS_VKS: FormLayout.Text = {
  vi: "cơ quan THADS chủ trì, Viện kiểm sát cùng cấp phối hợp, ký xác nhận",
  en: "the enforcement office leads; the procuracy of the same level co-signs"
}
const THADS_LEADS_COURT: FormLayout.Text = {
  vi: "cơ quan THADS chủ trì, Tòa án cùng cấp phối hợp, ký xác nhận",
  en: "the enforcement office leads; the court of the same level co-signs"
}

/**
 * The four inter-agency forms of TTLT 12/2021 (Điều 4 k1; who prepares:
 * Điều 8 k1).
 *
 * @example
 * ```ts
 * Forms.ttlt12_2021.map((f) => f.code) // ["01/TKLN-THADS", "02/TKLN-THADS", "03/TKLN-THADS", "04/TKLN-THADS"]
 * ```
 * @since 0.2.0
 */
export const ttlt12_2021: ReadonlyArray<Form> = [
  tkln(1, "Thống kê kết quả thi hành án dân sự", "results of civil judgment enforcement", THADS_LEADS_VKS, {
    document: "ttlt-12-2021",
    article: "8",
    clause: 1,
    point: "a"
  }),
  tkln(
    2,
    "Thống kê yêu cầu Tòa án xác định, phân chia tài sản, tuyên bố giao dịch vô hiệu; giải thích, sửa chữa hoặc xem xét lại bản án, quyết định theo thủ tục giám đốc thẩm, tái thẩm và kết quả giải quyết của Tòa án",
    "requests to the courts (dividing assets, void transactions, explanation or correction, review) and their results",
    THADS_LEADS_COURT,
    { document: "ttlt-12-2021", article: "8", clause: 1, point: "b" }
  ),
  tkln(
    3,
    "Thống kê việc chuyển giao bản án, quyết định của Tòa án về vụ án hành chính, kết quả theo dõi thi hành án hành chính",
    "handover of administrative judgments and the monitoring of their enforcement",
    THADS_LEADS_COURT,
    { document: "ttlt-12-2021", article: "8", clause: 1, point: "b" }
  ),
  tkln(
    4,
    "Thống kê kết quả kiểm sát thi hành án dân sự, hành chính liên ngành",
    "results of the procuracy's supervision of civil and administrative enforcement",
    {
      vi: "Viện kiểm sát chủ trì, cơ quan THADS và Tòa án cùng cấp phối hợp",
      en: "the procuracy leads; the enforcement office and the court of the same level cooperate"
    },
    { document: "ttlt-12-2021", article: "8", clause: 1, point: "c" }
  )
]

/**
 * Every form of both regimes.
 *
 * @example
 * ```ts
 * Forms.all.length // 16
 * ```
 * @since 0.2.0
 */
export const all: ReadonlyArray<Form> = [...tt05_2024, ...ttlt12_2021]

/**
 * A form of TT 05/2024 by its number.
 *
 * @example
 * ```ts
 * Forms.get(11)?.status // "columns-unknown"
 * ```
 * @since 0.1.0
 */
export const get = (number: number): Form | undefined => tt05_2024.find((x) => x.number === number)

/**
 * Finds a form by what a user types: "4", "tt05-2024/4", "01/TKLN-THADS",
 * "01/tkln", "ttlt12-2021/01" (case and spaces ignored).
 *
 * @example
 * ```ts
 * Forms.find("4")?.id // "tt05-2024/4"
 * Forms.find("02/tkln-thads")?.id // "ttlt12-2021/02"
 * Forms.find("13") // undefined
 * ```
 * @since 0.2.0
 */
export const find = (input: string): Form | undefined => {
  const s = input.normalize("NFC").trim().toLowerCase().replace(/\s+/g, "")
  if (s === "") return undefined
  const direct = all.find((f) => f.id === s || f.code.toLowerCase() === s)
  if (direct !== undefined) return direct
  const tkln = /^0?([1-4])\/tkln(-thads)?$/.exec(s)
  if (tkln !== null) return ttlt12_2021[Number(tkln[1]) - 1]
  return /^[0-9]{1,2}$/.test(s) ? get(Number(s)) : undefined
}

const cell = (s: string) => s.replace(/\|/g, "\\|")

/**
 * The catalogue as Markdown (docs/forms.md).
 *
 * @example
 * ```ts
 * Forms.toMarkdown().startsWith("# Statistical forms") // true
 * ```
 * @since 0.2.0
 */
export const toMarkdown = (): string => {
  const lines: Array<string> = [
    "# Statistical forms: what is encoded, what is not",
    "",
    "Generated from `Forms.all` and `Searches.all` in `@thads/core` (packages/core/src/forms/); a test keeps this file",
    "in sync. `encoded`: thads reads, writes and checks the form (JSON, workbook, `thads check`,",
    "`thads template --form X`). `columns unknown`: the official form's columns were not found, so thads has no layout",
    "for it and `thads template --form X` says so (exit 2). No layout here is invented: where the column order is",
    "ours, the row says so.",
    ""
  ]
  const section = (title: string, forms: ReadonlyArray<Form>) => {
    lines.push(`## ${title}`, "", "| form | title | status | source | identities | note |", "|---|---|---|---|---|---|")
    for (const f of forms) {
      lines.push(
        `| ${cell(f.code)} | ${cell(f.title.vi)}<br>${cell(f.title.en)} | ${f.status === "encoded" ? "encoded" : "columns unknown"} | ${cell(
          [
            `${f.basis.document} Điều ${f.basis.article ?? ""}${f.basis.clause === undefined ? "" : ` k${f.basis.clause}`}${f.basis.point === undefined ? "" : ` ${f.basis.point}`}`,
            ...f.sources
          ].join("; ")
        )} | ${f.identities.length === 0 ? "—" : f.identities.join(", ")} | ${cell(f.note.en)}${f.examples === undefined ? "" : ` Examples: \`${f.examples.consistent}\`, \`${f.examples.broken}\`.`}${f.draft === undefined ? "" : ` (draft: \`GridLayout.${f.draft}\`)`} |`
      )
    }
    lines.push("")
  }
  section("TT 05/2024/TT-BTP (Điều 2; in force 26/7/2024)", tt05_2024)
  section("TTLT 12/2021/TTLT-BTP-VKSNDTC-TANDTC (inter-agency; in force 25/02/2022)", ttlt12_2021)
  lines.push(
    "### Inter-agency steps and deadlines (TTLT 12/2021 Điều 6, 8, 9; `InteragencyObligations`, `thads interagency`)",
    "",
    "Periods: 3, 6, 10 and 12 months from 1/10 (Điều 6). Each step's due date runs from the day the step before it was",
    "done (or its due date when not recorded). Cross-checks of the figures: `InteragencyCrossCheck`, `thads interagency-check`.",
    "",
    "| step | who | due | article |",
    "|---|---|---|---|",
    "| close | lead (01–03: the enforcement office; 04: the procuracy) | 01 day after the period ends (next working day if a rest day) | Đ8 k2 a |",
    "| compile (province) | province lead | 02 working days after the districts' reports arrive | Đ8 k2 b |",
    "| send for co-signing | lead → partner | 01 working day after the report is made | Đ8 k3 a |",
    "| co-sign | partner (01: procuracy; 02, 03: court; 04: enforcement office and court) | 02 working days after receipt | Đ8 k3 b |",
    "| send up (district) | lead → provincial counterpart | 01 working day after the co-signed report returns | Đ9 k1 a |",
    "| send up (province) | lead → Bộ Tư pháp (Tổng cục THADS), VKSND tối cao | 05 working days after the districts' reports arrive | Đ9 k1 b |",
    "",
    "Assumed: a report arrives the day it is sent (Điều 9 k2 allows e-mail ahead of the paper); from 1/7/2025, with no",
    "district level, the province's send-up runs from its own co-signed report, for 5 working days by default (the setting",
    "`InteragencyObligations.Options.provinceSendUpDays`, named on the step as `InteragencyObligations.provinceSendUpDays`).",
    "Differing figures must be reconciled before co-signing (Đ8 k3 c); corrections go into the next period of the same year",
    "(Điều 10).",
    ""
  )
  lines.push(
    "## What is assumed, and why",
    "",
    "| value | basis | why |",
    "|---|---|---|",
    "| Column order of forms 1, 2, 4, 5 (the results workbook) | assumed | The official columns were not found; the indicators and identities are sourced, their order is ours (docs/workbook.md). |",
    "| TKLN closing: “01 ngày” counted as one calendar day after the period, moved to the next working day | assumed (reading) | Điều 8 k2 a says “chậm nhất 01 ngày”, not working days; a last day on a rest day moves per BLDS 2015 Điều 148. |",
    "| A TKLN report arrives the day it is sent | assumed | Điều 9 k2 allows an e-mailed copy ahead of the paper; the receipt date can be recorded as an event. |",
    "| From 1/7/2025 a province office without districts sends up 5 working days after its co-signed report (a setting, `provinceSendUpDays`) | assumed | TTLT 12/2021 still names Chi cục and Cục; with no district level, Điều 9 k1 b has no districts' reports to run from, and its 05 working days are the text's only province-level limit: they are counted from the province's co-signed report. |",
    "| TKLN figures compared through the report's indicator ids (V01–V14, T01–T14) | assumed | The forms' columns were not found; form 01 against the office's report and against form 04 gives info findings only. |",
    "| Asset recovery and complaints records (`SpecialLines`): fields and part-whole relations | assumed | No form carrying them was found; the tree follows the main results [I], one complaint = one case (TT 08/2015 Phụ lục 2). Findings are warnings. |",
    "| §4.5 “complaints fall”: the number newly received in the year | assumed | The directive does not say which count; carried-over complaints are excluded. |",
    "| Targets: 2020 values, 2025 operator, the unit's target falling back to the national one as a reference | inferred / assumed | See docs/targets.md; a national target is shown with `scope: national`, never as the unit's own. A target-met / target-not-met finding resting on any of them (an inferred target, `operatorAssumed`, a national target for a unit) is `assumed` and says why. |",
    ""
  )
  lines.push(
    "## Searches that failed",
    "",
    "Per form: the searches for its columns (a `*` search counts for every form of its regime).",
    "",
    "| form | searches |",
    "|---|---|"
  )
  for (const f of all) {
    if (f.status === "encoded") continue
    lines.push(
      `| ${cell(f.code)} (${f.regime}) | ${Searches.forForm(f.id)
        .map((s) => s.id)
        .join(", ")} |`
    )
  }
  lines.push("", "| id | where | query | result |", "|---|---|---|---|")
  for (const s of Searches.all) lines.push(`| ${s.id} | ${cell(s.where)} | ${cell(s.query)} | ${cell(s.result)} |`)
  lines.push("")
  return lines.join("\n")
}
