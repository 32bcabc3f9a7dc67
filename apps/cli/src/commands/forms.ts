/**
 * `thads forms` (the catalogue of statistical forms and what thads encodes)
 * and `thads template --form X`: the blank workbook of an encoded form, or a
 * one-line refusal (exit 2) for a form whose official columns were not found.
 *
 * @since 0.2.0
 */
import { Forms } from "@thads/core"
import * as Output from "../Output.js"

/**
 * The form a user named, or a usage error: unknown, or its columns unknown.
 *
 * @example
 * ```ts
 * encodedForm("4").id // "tt05-2024/4"
 * encodedForm("3") // UsageError: Form 3 (results of state budget collections): the official form's columns were not found, thads has no template for it (see docs/forms.md)
 * ```
 * @since 0.2.0
 */
export const encodedForm = (input: string): Forms.Form => {
  const f = Forms.find(input)
  if (f === undefined) {
    throw new Output.UsageError({
      vi: `--form không hợp lệ: "${input}" (1–12 theo Thông tư 05/2024, hoặc 01/TKLN-THADS … 04/TKLN-THADS)`,
      en: `unknown --form "${input}" (1–12 of TT 05/2024, or 01/TKLN-THADS … 04/TKLN-THADS)`
    })
  }
  if (f.status !== "encoded") {
    throw new Output.UsageError({
      vi: `Biểu ${f.code} (${f.title.vi}): chưa tìm được cột của biểu mẫu chính thức, thads không có mẫu cho biểu này (xem docs/forms.md)`,
      en: `Form ${f.code} (${f.title.en}): the official form's columns were not found, thads has no template for it (see docs/forms.md)`
    })
  }
  return f
}

/**
 * What a template of an encoded form holds, for the command's message.
 *
 * @example
 * ```ts
 * [formSheet(Forms.get(5)!, "en"), formSheet(Forms.get(5)!, "vi")]
 * // ["sheet “Tiền”, one row per office and officer", "bảng “Tiền”, mỗi đơn vị, Chấp hành viên một dòng"]
 * ```
 * @since 0.2.0
 */
export const formSheet = (f: Forms.Form, lang: Output.Lang): string => {
  if (f.coverage.kind !== "report") return ""
  const sheet = f.coverage.sheet === "cases" ? "Việc" : "Tiền"
  if (lang === "vi")
    return `bảng “${sheet}”, ${f.coverage.rows === "total" ? "dòng tổng cộng" : "mỗi đơn vị, Chấp hành viên một dòng"}`
  return `sheet “${sheet}”, ${f.coverage.rows === "total" ? "the total row" : "one row per office and officer"}`
}

/**
 * `thads forms [--json]`: the catalogue (docs/forms.md), or one JSON object
 * with every form's id, code, title, status and identities.
 *
 * @example
 * ```ts
 * const catalogue: Array<{ id: string; status: string }> = JSON.parse(formsCatalogue({ json: true }).stdout).forms
 * catalogue.find((f) => f.id === "tt05-2024/3")?.status // "columns-unknown"
 * catalogue.find((f) => f.id === "tt05-2024/4")?.status // "encoded"
 * ```
 * @since 0.2.0
 */
export const formsCatalogue = (input: { readonly json: boolean }): Output.Output =>
  input.json
    ? Output.json({
        forms: Forms.all.map((f) => ({
          id: f.id,
          code: f.code,
          title: f.title,
          status: f.status,
          identities: f.identities,
          basis: f.basis
        }))
      })
    : { stdout: Forms.toMarkdown(), exitCode: 0 }
