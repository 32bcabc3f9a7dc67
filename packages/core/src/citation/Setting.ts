/**
 * Settings as citations — "thiết lập": where the law is not found (or not
 * read), a rule's value is a documented setting with basis `assumed`. A
 * result that rests on one names it with a {@link Setting}: its key (the
 * option that changes it), the value used, why it is assumed, and the
 * provision it stands in for. A finding cites the setting beside (or instead
 * of) a legal text, so a reader sees "hạn gửi theo giả định" and which knob
 * to turn, never an unsourced rule passed off as law.
 *
 * @since 0.1.0
 */
import type * as Citation from "./Citation.js"
import type * as LegalDocument from "./LegalDocument.js"

/**
 * A setting that a result rests on.
 *
 * - `key` — the option path that changes it, e.g.
 *   `"ReportingDeadline.rules.tt05-2024.chi-cuc"`;
 * - `value` — the value used, as JSON-friendly data;
 * - `why` — why it is assumed (what was searched and not found);
 * - `about` — the provision it stands in for, or the text it is modelled
 *   on, when there is one.
 *
 * @example
 * ```ts
 * const s: Setting.Setting = {
 *   key: "ReportingDeadline.rollForward",
 *   value: true,
 *   why: { vi: "Thông tư không nói về ngày nghỉ", en: "the circular says nothing about rest days" },
 *   about: { document: "blds-2015", article: "148" }
 * }
 * ```
 * @since 0.1.0
 */
export interface Setting {
  readonly key: string
  readonly value: string | number | boolean | null
  readonly why: LegalDocument.Bilingual
  readonly about?: Citation.Citation
}

/**
 * Renders a setting in one language: "thiết lập `key` = value (giả định: why)".
 *
 * @example
 * ```ts
 * Setting.render({ key: "ReportingDeadline.rollForward", value: true, why: { vi: "…", en: "not in the text" } }, "en")
 * // "setting ReportingDeadline.rollForward = true (assumed: not in the text)"
 * ```
 * @since 0.1.0
 */
export const render = (s: Setting, language: "vi" | "en"): string =>
  language === "vi"
    ? `thiết lập ${s.key} = ${String(s.value)} (giả định: ${s.why.vi})`
    : `setting ${s.key} = ${String(s.value)} (assumed: ${s.why.en})`
