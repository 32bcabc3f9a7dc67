/**
 * A THAHC monitoring case (hồ sơ theo dõi thi hành án hành chính): one
 * judgment or decision of a court on an administrative case that the THADS
 * office of the first-instance court's level logs and follows (NĐ 71/2016
 * Điều 14), with the dates of each step of the obliged body (cơ quan phải
 * thi hành án), the court, the superior body (cơ quan cấp trên trực tiếp)
 * and the office. Every date is optional except the judgment's and its
 * receipt; the deadlines are in ./Deadlines.ts.
 *
 * @since 0.1.0
 */
import * as Schema from "effect/Schema"
import * as CivilDate from "../../base/CivilDate.js"

/**
 * The kinds of judgment, Luật TTHC Điều 311 k1 a–h.
 *
 * @example
 * ```ts
 * Thahc.kinds.length // 8
 * ```
 * @since 0.4.0
 */
export const kinds = ["a", "b", "c", "d", "đ", "e", "g", "h"] as const

/**
 * The kind of judgment, Luật TTHC Điều 311 k1: a) the claim rejected; b) an
 * administrative decision annulled; c) a dismissal annulled; d) an
 * administrative act declared unlawful; đ) a failure to act declared
 * unlawful; e) the voter list to amend; g) interim measures; h) the property
 * part (phần tài sản), enforced under the law on civil enforcement.
 *
 * @example
 * ```ts
 * const k: Thahc.Kind = "g" // interim measures: immediately
 * ```
 * @since 0.1.0
 */
export type Kind = (typeof kinds)[number]

/**
 * A THAHC monitoring case.
 *
 * @example
 * ```ts
 * const c: Thahc.ThahcCase = { id: "hc-1", judgmentDate: CivilDate.make("2024-01-10"), receivedDate: CivilDate.make("2024-01-15"), kind: "a" }
 * ```
 * @since 0.1.0
 */
export interface ThahcCase {
  readonly id: string
  /** The THADS office that monitors it (cơ quan thi hành án dân sự). */
  readonly unitId?: string
  /** The judgment's number (số bản án, quyết định), free text. */
  readonly judgmentNumber?: string
  /** The obliged body or person (người, cơ quan phải thi hành án), free text. */
  readonly obligedBody?: string
  /** The day of the judgment or decision (ngày bản án, quyết định). */
  readonly judgmentDate: CivilDate.CivilDate
  /**
   * The day the judgment was received (ngày nhận được bản án, quyết định):
   * the THADS office's receipt starts its notice (NĐ 71 Điều 14 k2); the
   * obliged body's starts the voluntary period (Luật TTHC Điều 311 k2). One
   * date for both.
   */
  readonly receivedDate: CivilDate.CivilDate
  readonly kind: Kind
  /** The office's voluntary-compliance notice (thông báo về việc tự nguyện thi hành án, NĐ 71 Điều 14 k2). */
  readonly noticeDate?: CivilDate.CivilDate
  /**
   * The obliged body's written report on the voluntary period (văn bản thông
   * báo tình hình, kết quả thi hành án, NĐ 71 Điều 10 k2).
   */
  readonly obligedReportDate?: CivilDate.CivilDate
  /** The reminder letter (văn bản đôn đốc): makes the case count as 1 việc. */
  readonly reminderDate?: CivilDate.CivilDate
  /**
   * The request for a compulsion order (đơn yêu cầu ra quyết định buộc thi
   * hành án hành chính, Luật TTHC Điều 312 k1): the day the court received it.
   */
  readonly compulsionRequestDate?: CivilDate.CivilDate
  /** The court's compulsion order (quyết định buộc thi hành án hành chính, Điều 312 k2). */
  readonly compulsionOrderDate?: CivilDate.CivilDate
  /** The day the THADS office received the compulsion order (NĐ 71 Điều 14 k3 counts from it). */
  readonly orderReceivedDate?: CivilDate.CivilDate
  /** The day the superior body received the compulsion order (NĐ 71 Điều 13 k1 counts from it). */
  readonly superiorOrderReceivedDate?: CivilDate.CivilDate
  /** The office's meeting with the obligor after the order (làm việc với người phải thi hành án, Điều 14 k3). */
  readonly meetingDate?: CivilDate.CivilDate
  /** The superior body's directive (văn bản chỉ đạo của cơ quan cấp trên trực tiếp, NĐ 71 Điều 13 k1). */
  readonly superiorDirectiveDate?: CivilDate.CivilDate
  /** The judgment was complied with (thi hành xong). */
  readonly completedDate?: CivilDate.CivilDate
  /** The obliged body's notice of the result (thông báo kết quả thi hành án, NĐ 71 Điều 12 k3). */
  readonly resultNoticeDate?: CivilDate.CivilDate
}

/**
 * The longest free text accepted in a case (an id, a number, a name).
 *
 * @example
 * ```ts
 * Thahc.MAX_TEXT // 300
 * ```
 * @since 0.4.0
 */
export const MAX_TEXT = 300

const date = CivilDate.CivilDateSchema
const opt = Schema.optionalKey
const Text = Schema.String.check(Schema.isMaxLength(MAX_TEXT))

/**
 * Schema of a {@link ThahcCase} (unknown fields are refused by
 * `Thahc.decode`; the order of the dates is checked there too).
 *
 * @example
 * ```ts
 * import * as Schema from "effect/Schema"
 * Schema.decodeUnknownSync(Thahc.ThahcCaseSchema)({ id: "hc-1", judgmentDate: "2024-01-10", receivedDate: "2024-01-15", kind: "a" }) // { id: "hc-1" }
 * ```
 * @since 0.1.0
 */
export const ThahcCaseSchema = Schema.Struct({
  id: Schema.String.check(Schema.isMinLength(1), Schema.isMaxLength(MAX_TEXT)),
  unitId: opt(Text),
  judgmentNumber: opt(Text),
  obligedBody: opt(Text),
  judgmentDate: date,
  receivedDate: date,
  kind: Schema.Literals(kinds),
  noticeDate: opt(date),
  obligedReportDate: opt(date),
  reminderDate: opt(date),
  compulsionRequestDate: opt(date),
  compulsionOrderDate: opt(date),
  orderReceivedDate: opt(date),
  superiorOrderReceivedDate: opt(date),
  meetingDate: opt(date),
  superiorDirectiveDate: opt(date),
  completedDate: opt(date),
  resultNoticeDate: opt(date)
}).annotate({
  title: "THAHC case",
  description: "Việc theo dõi thi hành án hành chính: bản án, ngày nhận, loại (Điều 311 khoản 1), các bước"
}) as unknown as Schema.Codec<ThahcCase, unknown>
