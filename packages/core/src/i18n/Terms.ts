/**
 * The bilingual catalogue of domain terms: the official Vietnamese term and
 * its English rendering, for everything the library names in user-facing text
 * (reasons for days off, schedule statuses, deadline bases, regimes,
 * weekdays). Apps render through this catalogue instead of hard-coding text.
 *
 * @since 0.1.0
 */
import type * as Weekday from "../base/CivilDate.js"
import type { Basis, Regime } from "../calendar/ReportingDeadline.js"
import type { Confidence, DayOffReason, Status } from "../calendar/HolidaySchedule.js"
import type { Kind as ObligationKind } from "../directive/Obligation.js"

/**
 * A language of the user interface: Vietnamese (default) or English.
 *
 * @example
 * ```ts
 * const lang: Terms.Lang = "en"
 * Terms.weekday[7][lang] // "Sunday"
 * ```
 * @since 0.1.0
 */
export type Lang = "vi" | "en"

/**
 * A term in both languages.
 *
 * @example
 * ```ts
 * const term: Terms.Term = { vi: "nghỉ bù", en: "compensatory day off" }
 * ```
 * @since 0.1.0
 */
export interface Term {
  readonly vi: string
  readonly en: string
}

/**
 * Why a weekday is off.
 *
 * @example
 * ```ts
 * Terms.dayOffReason.compensatory.vi // "nghỉ bù"
 * ```
 * @since 0.1.0
 */
export const dayOffReason: { readonly [R in DayOffReason]: Term } = {
  "new-year": { vi: "Tết Dương lịch", en: "New Year's Day" },
  tet: { vi: "Tết Âm lịch", en: "Lunar New Year (Tết)" },
  "gio-to": { vi: "Giỗ Tổ Hùng Vương", en: "Hùng Kings' Commemoration" },
  "victory-day": { vi: "Ngày Chiến thắng", en: "Reunification Day" },
  "labour-day": { vi: "Ngày Quốc tế lao động", en: "International Labour Day" },
  "national-day": { vi: "Quốc khánh", en: "National Day" },
  "culture-day": { vi: "Ngày Văn hóa Việt Nam", en: "Vietnam Culture Day" },
  compensatory: { vi: "nghỉ bù", en: "compensatory day off" },
  swap: { vi: "nghỉ hoán đổi", en: "swapped day off" }
}

/**
 * Status of a year's schedule.
 *
 * @example
 * ```ts
 * Terms.scheduleStatus.partial.vi // "chính thức một phần"
 * ```
 * @since 0.1.0
 */
export const scheduleStatus: { readonly [S in Status]: Term } = {
  official: { vi: "chính thức", en: "official" },
  partial: { vi: "chính thức một phần", en: "partly official" },
  estimated: { vi: "ước tính (chưa có thông báo)", en: "estimated (no notice yet)" }
}

/**
 * Confidence of one day.
 *
 * @example
 * ```ts
 * Terms.confidence.reported.en // "reported, text not seen"
 * ```
 * @since 0.1.0
 */
export const confidence: { readonly [C in Confidence]: Term } = {
  verified: { vi: "đã kiểm chứng", en: "verified" },
  reported: { vi: "theo nguồn tin, chưa thấy văn bản", en: "reported, text not seen" },
  inferred: { vi: "suy ra từ quy định", en: "inferred from the rules" },
  estimated: { vi: "ước tính", en: "estimated" }
}

/**
 * Basis of a deadline.
 *
 * @example
 * ```ts
 * Terms.basis.assumed.vi // "giả định (không có văn bản quy định)"
 * ```
 * @since 0.1.0
 */
export const basis: { readonly [B in Basis]: Term } = {
  official: { vi: "theo văn bản", en: "official" },
  assumed: { vi: "giả định (không có văn bản quy định)", en: "assumed (no text read says so)" }
}

/**
 * The statistical reporting regimes.
 *
 * @example
 * ```ts
 * Terms.regime["tt06-2019"].vi // "Thông tư 06/2019/TT-BTP"
 * ```
 * @since 0.1.0
 */
export const regime: { readonly [R in Regime]: Term } = {
  "tt01-2013": {
    vi: "Thông tư 01/2013/TT-BTP (sửa đổi bởi Thông tư 08/2015/TT-BTP)",
    en: "Circular 01/2013/TT-BTP (as amended by Circular 08/2015/TT-BTP)"
  },
  "tt06-2019": { vi: "Thông tư 06/2019/TT-BTP", en: "Circular 06/2019/TT-BTP" },
  "tt05-2024": { vi: "Thông tư 05/2024/TT-BTP", en: "Circular 05/2024/TT-BTP" }
}

/**
 * Weekday names, ISO numbering (1 = Monday).
 *
 * @example
 * ```ts
 * Terms.weekday[7].vi // "Chủ nhật"
 * ```
 * @since 0.1.0
 */
export const weekday: { readonly [W in Weekday.Weekday]: Term } = {
  1: { vi: "thứ Hai", en: "Monday" },
  2: { vi: "thứ Ba", en: "Tuesday" },
  3: { vi: "thứ Tư", en: "Wednesday" },
  4: { vi: "thứ Năm", en: "Thursday" },
  5: { vi: "thứ Sáu", en: "Friday" },
  6: { vi: "thứ Bảy", en: "Saturday" },
  7: { vi: "Chủ nhật", en: "Sunday" }
}

/**
 * Kinds of obligation.
 *
 * @example
 * ```ts
 * Terms.obligationKind.hearing.vi // "báo cáo tại phiên nghe của Ban Thường vụ"
 * ```
 * @since 0.1.0
 */
export const obligationKind: { readonly [K in ObligationKind]: Term } = {
  "statistical-report": { vi: "báo cáo thống kê", en: "statistical report" },
  hearing: { vi: "báo cáo tại phiên nghe của Ban Thường vụ", en: "report at the standing board's hearing" },
  "steering-report": { vi: "báo cáo của Ban Chỉ đạo THADS", en: "steering committee report" },
  review: { vi: "sơ kết, tổng kết Chỉ thị", en: "review of the directive" },
  "ad-hoc": { vi: "báo cáo đột xuất", en: "ad-hoc report" }
}

/**
 * Picks a term's text in a language.
 *
 * @example
 * ```ts
 * Terms.text(Terms.basis.assumed, "en") // "assumed (no text read says so)"
 * ```
 * @since 0.1.0
 */
export const text = (term: Term, lang: Lang): string => term[lang]
