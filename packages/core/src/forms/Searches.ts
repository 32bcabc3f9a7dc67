/**
 * The log of searches for the official forms (biểu mẫu) that found no
 * column list: what was searched, where, and what came back. docs/forms.md
 * shows it per form, so that the next person starts where this one stopped.
 *
 * @since 0.2.0
 */

/**
 * A search that did not find the form's columns.
 *
 * @example
 * ```ts
 * const s: Searches.Search = { id: "pd-tt05-art2", where: "…", query: "…", result: "…", forms: ["tt05-2024/1"] }
 * ```
 * @since 0.2.0
 */
export interface Search {
  readonly id: string
  /** The corpus or document searched. */
  readonly where: string
  readonly query: string
  /** What came back. */
  readonly result: string
  /** The forms it was for (form ids of {@link Forms}); `*` for every form of the regime. */
  readonly forms: ReadonlyArray<string>
}

/**
 * Every failed search, in the order they were made.
 *
 * @example
 * ```ts
 * Searches.all.filter((s) => s.forms.includes("ttlt12-2021/*")).length > 0 // true
 * ```
 * @since 0.2.0
 */
export const all: ReadonlyArray<Search> = [
  {
    id: "pd-tt05-art2",
    where:
      "Pháp điển dump, GitHub diepxuan/diepxuan.github.io van-ban/thong-ke/thong-ke.md (HEAD fbaa690e and commits 83cca8a8, 94353740, 26d2036d)",
    query: "Điều 31.1.TT.80.2 Hệ thống biểu mẫu thống kê (TT 05/2024 Điều 2) and Điều 3",
    result:
      "Only the article titles; commit 83cca8a8 has the opening line “Biểu mẫu báo cáo thống kê thi hành án dân sự ban hành kèm theo Thông tư này bao gồm:” and nothing after it; no annex",
    forms: ["tt05-2024/*"]
  },
  {
    id: "pd-ttlt12-annex",
    where: "Pháp điển dump, van-ban/thi-hanh-an/thi-hanh-an-dan-su.md (HEAD fbaa690e), Điều 30.2.TL.11.4",
    query: "Biểu mẫu số 01/TKLN-THADS … 04/TKLN-THADS, bản giải thích và hướng dẫn ghi chép",
    result:
      "Articles 1–14 in full; the forms are an attached file “Bieu mau_12_2021_TTLT-BTP-VKSNDTC-TANDTC.doc” that the dump does not hold",
    forms: ["ttlt12-2021/*"]
  },
  {
    id: "code-tkln",
    where: "find_string over public GitHub source and documentation",
    query: "TKLN-THADS",
    result: "no hit",
    forms: ["ttlt12-2021/*"]
  },
  {
    id: "pages-tt05-columns",
    where: "search (pages)",
    query: "Thông tư 05/2024/TT-BTP biểu mẫu báo cáo thống kê thi hành án dân sự cột",
    result:
      "thads.moj.gov.vn explainer of TT 05/2024 (itemid=1123; legal bases and scope only), TT 08/2015 text (123doc), luatvietnam pages behind a login; no column list",
    forms: ["tt05-2024/*"]
  },
  {
    id: "pages-tk-tha-01",
    where: "search (pages)",
    query: "Biểu số 01/TK-THA kết quả thi hành án dân sự tính bằng việc cột 1 cột 2 tổng số thụ lý",
    result:
      "TT 08/2015 Phụ lục 2 (counting units: 1 decision = 1 case, 1 coercion decision = 1 coercion case, 1 complaint = 1 case) and TT 06/2019 on luatvietnam (login); no columns",
    forms: ["tt05-2024/1", "tt05-2024/2", "tt05-2024/4", "tt05-2024/5"]
  },
  {
    id: "code-complaints",
    where: "search (code)",
    query: "thống kê thi hành án dân sự biểu mẫu khiếu nại tố cáo thi hành án dân sự số việc giải quyết trong thời hạn",
    result: "the Pháp điển dump and unrelated projects; no form of complaints statistics",
    forms: ["tt05-2024/8", "tt05-2024/9"]
  },
  {
    id: "pages-ttlt12",
    where: "search (pages)",
    query: "TTLT 12/2021 thống kê liên ngành thi hành án dân sự biểu mẫu 01/TKLN-THADS",
    result: "unrelated download pages (hoatieu.vn, 123docz); no form",
    forms: ["ttlt12-2021/*"]
  },
  {
    id: "docs-tt05-annex",
    where: "search (docs)",
    query: "biểu mẫu thống kê thi hành án dân sự Thông tư 05/2024/TT-BTP phụ lục biểu số",
    result:
      "foreign court forms and a Vietnamese legal corpus (state compensation TTLT 01/2012); nothing of TT 05/2024",
    forms: ["tt05-2024/*"]
  },
  {
    id: "code-tt05-string",
    where: "find_string over public GitHub source and documentation",
    query: "05/2024/TT-BTP",
    result: "three hits, all test fixtures or regexes of unrelated crawlers (one mislabels it as legal aid); no form",
    forms: ["tt05-2024/*"]
  },
  {
    id: "pages-targets-tay-ninh",
    where: "search (pages)",
    query:
      "“Tây Ninh thi hành án dân sự chỉ tiêu được giao năm 2024 …”, “THADS tỉnh Tây Ninh năm 2025 chỉ tiêu … sau hợp nhất Long An”",
    result:
      "Tây Ninh budget and merger news; no enforcement target for Tây Ninh after 2023 (Target.gaps records it), and the per-unit annexes of QĐ 1229/QĐ-TCTHADS were not found",
    forms: ["tt05-2024/1", "tt05-2024/2"]
  },
  {
    id: "earlier-notes",
    where: "shared/domain/forms.md §5 (the team's earlier research)",
    query: "“TK-THA”, “06/2019/TT-BTP”, “chuyển kỳ sau”, “Tổng số phải thi hành”",
    result:
      "no public implementation of the MOJ forms; only a JS export of the procuracy's Biểu 24.x/25.x (a different form) and a register-book schema",
    forms: ["tt05-2024/*"]
  }
]

/**
 * The searches made for a form (its own and its regime's `*`).
 *
 * @example
 * ```ts
 * Searches.forForm("tt05-2024/8").map((s) => s.id)
 * // ["pd-tt05-art2", "pages-tt05-columns", "code-complaints", "docs-tt05-annex", "code-tt05-string", "earlier-notes"]
 * ```
 * @since 0.2.0
 */
export const forForm = (formId: string): ReadonlyArray<Search> => {
  const regime = formId.split("/")[0]
  return all.filter((s) => s.forms.includes(formId) || s.forms.includes(`${regime}/*`))
}
