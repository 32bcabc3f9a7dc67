/**
 * The 12 statistical forms of TT 05/2024/TT-BTP (Điều 2; forms.md §1) and
 * which workbook layout stands for each. The official form codes and column
 * lists were not found: the numbers are the order of Điều 2, the Vietnamese
 * titles back-translations.
 *
 * @since 0.1.0
 */
import type * as FormLayout from "./FormLayout.js"

/**
 * How a form is covered by thads: by the canonical report (its sheet), by a
 * provisional grid, or not yet.
 *
 * @since 0.1.0
 */
export type Coverage =
  | { readonly kind: "report"; readonly sheet: "cases" | "money"; readonly rows: "total" | "per-unit-and-officer" }
  | { readonly kind: "grid"; readonly layout: "state-compensation" | "complaints" | "thahc" }
  | { readonly kind: "none" }

/**
 * A form of TT 05/2024.
 *
 * @since 0.1.0
 */
export interface Form {
  readonly number: number
  readonly title: FormLayout.Text
  readonly coverage: Coverage
}

const f = (number: number, vi: string, en: string, coverage: Coverage): Form => ({
  number,
  title: { vi, en },
  coverage
})

/**
 * The 12 forms, in the order of Điều 2 TT 05/2024.
 *
 * @example
 * ```ts
 * Forms.tt05_2024.length // 12
 * Forms.tt05_2024[3]!.coverage // { kind: "report", sheet: "cases", rows: "per-unit-and-officer" }
 * ```
 * @since 0.1.0
 */
export const tt05_2024: ReadonlyArray<Form> = [
  f(1, "Kết quả thi hành án dân sự tính bằng việc", "civil enforcement results by case", {
    kind: "report",
    sheet: "cases",
    rows: "total"
  }),
  f(2, "Kết quả thi hành án dân sự tính bằng tiền", "civil enforcement results by money", {
    kind: "report",
    sheet: "money",
    rows: "total"
  }),
  f(3, "Kết quả thi hành các khoản thu nộp ngân sách nhà nước", "results of state budget collections", {
    kind: "none"
  }),
  f(
    4,
    "Kết quả thi hành án dân sự tính bằng việc phân theo cơ quan thi hành án dân sự và Chấp hành viên",
    "results by case, per enforcement office and officer",
    { kind: "report", sheet: "cases", rows: "per-unit-and-officer" }
  ),
  f(
    5,
    "Kết quả thi hành án dân sự tính bằng tiền phân theo cơ quan thi hành án dân sự và Chấp hành viên",
    "results by money, per enforcement office and officer",
    { kind: "report", sheet: "money", rows: "per-unit-and-officer" }
  ),
  f(6, "Kết quả xét miễn, giảm nghĩa vụ thi hành án dân sự", "exemption or reduction of obligations", { kind: "none" }),
  f(7, "Kết quả áp dụng biện pháp bảo đảm, cưỡng chế thi hành án", "assurance and coercive measures", { kind: "none" }),
  f(
    8,
    "Kết quả giải quyết khiếu nại, tố cáo, kiến nghị, phản ánh",
    "complaints, denunciations, recommendations, reflections",
    { kind: "grid", layout: "complaints" }
  ),
  f(9, "Kết quả tiếp công dân", "citizen reception", { kind: "none" }),
  f(
    10,
    "Kết quả giám sát, kiểm sát, thanh tra, kiểm tra",
    "supervision, procuracy supervision, inspection, examination",
    { kind: "none" }
  ),
  f(11, "Kết quả giải quyết bồi thường nhà nước", "state compensation", { kind: "grid", layout: "state-compensation" }),
  f(12, "Kết quả theo dõi thi hành án hành chính", "monitoring of administrative judgment enforcement", {
    kind: "grid",
    layout: "thahc"
  })
]

/**
 * A form by its number.
 *
 * @example
 * ```ts
 * Forms.get(11)?.coverage.kind // "grid"
 * ```
 * @since 0.1.0
 */
export const get = (number: number): Form | undefined => tt05_2024.find((x) => x.number === number)
