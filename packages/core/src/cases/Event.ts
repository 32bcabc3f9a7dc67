/**
 * The events of an enforcement case (việc thi hành án): what happened to it
 * and when, as a discriminated union on `type`, each with its `date` (a
 * {@link CivilDate.CivilDate}). The legal grounds are typed by the points and
 * clauses of Luật THADS 2008 (as amended; thads-rules.md §4): Điều 44a k1
 * (chưa có điều kiện), Điều 48 (hoãn), Điều 49 (tạm đình chỉ), Điều 50 k1
 * (đình chỉ). Money is exact integer VND.
 *
 * Order, consistency and cross-event rules (no event after a terminal one,
 * a resumption only after a hoãn / tạm đình chỉ / chưa có điều kiện, payments
 * not above the amount due) are checked by ./Case.ts when a case is decoded.
 *
 * @since 0.1.0
 */
import * as Schema from "effect/Schema"
import * as CivilDate from "../base/CivilDate.js"

/**
 * An exact amount of VND: a non-negative safe integer.
 *
 * @example
 * ```ts
 * import * as Schema from "effect/Schema"
 * Schema.decodeUnknownSync(CaseEvent.Vnd)(1_500_000) // 1500000
 * ```
 * @since 0.1.0
 */
export const Vnd = Schema.Int.check(Schema.isGreaterThanOrEqualTo(0)).annotate({
  title: "VND",
  description: "An amount in Vietnamese đồng: a whole number ≥ 0 and ≤ 2^53 − 1"
})

/**
 * The points (điểm) of Điều 44a k1: a) no income / only subsistence and no
 * assets (or assets worth only the coercion costs, or exempt from seizure);
 * b) the specific item is gone or unusable, documents unrecoverable;
 * c) the debtor's address is unknown.
 *
 * @example
 * ```ts
 * const g: CaseEvent.NotYetGround = "c"
 * ```
 * @since 0.1.0
 */
export type NotYetGround = "a" | "b" | "c"

/**
 * The points of Điều 48 k1 (hoãn, postponement): a … h as the law letters
 * them (a, b, c, d, đ, e, g, h).
 *
 * @example
 * ```ts
 * CaseEvent.postponementPoints.length // 8
 * ```
 * @since 0.1.0
 */
export const postponementPoints = ["a", "b", "c", "d", "đ", "e", "g", "h"] as const

/**
 * A point of Điều 48 k1.
 *
 * @example
 * ```ts
 * const p: CaseEvent.PostponementPoint = "đ"
 * ```
 * @since 0.1.0
 */
export type PostponementPoint = (typeof postponementPoints)[number]

/**
 * The points of Điều 50 k1 (đình chỉ, termination): a, b, c, d, đ, e, g, h.
 *
 * @example
 * ```ts
 * CaseEvent.terminationPoints.includes("g") // true
 * ```
 * @since 0.1.0
 */
export const terminationPoints = ["a", "b", "c", "d", "đ", "e", "g", "h"] as const

/**
 * A point of Điều 50 k1.
 *
 * @example
 * ```ts
 * const p: CaseEvent.TerminationPoint = "e" // miễn (exemption) decision
 * ```
 * @since 0.1.0
 */
export type TerminationPoint = (typeof terminationPoints)[number]

/**
 * The facts a verification (xác minh điều kiện thi hành án, Điều 44) records,
 * as Điều 44a k1 uses them. Absent means `false`.
 *
 * @example
 * ```ts
 * const f: CaseEvent.VerificationFacts = { noIncomeOrSubsistence: true, noAssets: true }
 * ```
 * @since 0.1.0
 */
export interface VerificationFacts {
  /** No income, or only income for minimum subsistence (không có thu nhập hoặc chỉ đủ sinh hoạt tối thiểu). */
  readonly noIncomeOrSubsistence?: boolean
  /** No assets (không có tài sản). */
  readonly noAssets?: boolean
  /** Assets worth only the costs of coercion (tài sản chỉ đủ chi phí cưỡng chế). */
  readonly assetsOnlyCoverCoercionCost?: boolean
  /** Assets exempt from seizure (tài sản không được kê biên). */
  readonly assetsExempt?: boolean
  /** The specific item to hand over is gone or unusable (vật đặc định không còn hoặc hư hỏng). */
  readonly specificItemGoneOrUnusable?: boolean
  /** Documents cannot be recovered (giấy tờ không thu hồi được). */
  readonly documentsUnrecoverable?: boolean
  /** The debtor's (or the minor's) address is unknown (không xác định được địa chỉ). */
  readonly addressUnknown?: boolean
}

/**
 * Xác minh (verification), Điều 44.
 *
 * @example
 * ```ts
 * const e: CaseEvent.Verification = { type: "verification", date: CivilDate.make("2024-03-01"), facts: { addressUnknown: true } }
 * ```
 * @since 0.1.0
 */
export interface Verification {
  readonly type: "verification"
  readonly date: CivilDate.CivilDate
  readonly facts?: VerificationFacts
  /** New information about the debtor's conditions came in (có thông tin mới). */
  readonly newInformation?: boolean
}

/**
 * Quyết định về việc chưa có điều kiện thi hành án (Điều 44a), with its
 * ground and, for the time-limit checks, the day the ground was established,
 * the day it was published, sent to the commune and posted there (NĐ 62/2015
 * Điều 9 k3–k4, Điều 11).
 *
 * @example
 * ```ts
 * const e: CaseEvent.NotYetEnforceable = { type: "not-yet-enforceable", date: CivilDate.make("2024-03-05"), ground: "a" }
 * ```
 * @since 0.1.0
 */
export interface NotYetEnforceable {
  readonly type: "not-yet-enforceable"
  readonly date: CivilDate.CivilDate
  readonly ground: NotYetGround
  readonly groundDate?: CivilDate.CivilDate
  readonly publishedDate?: CivilDate.CivilDate
  /** The day the decision was sent to the commune (Ủy ban nhân dân cấp xã) for posting (NĐ 62 Điều 11 k1; NĐ 152/2026 Điều 23 k1). */
  readonly sentToCommuneDate?: CivilDate.CivilDate
  /** The day the commune posted it (ngày niêm yết). */
  readonly postedDate?: CivilDate.CivilDate
  /** The day the posting was taken down (chấm dứt niêm yết), if recorded. */
  readonly postingEndedDate?: CivilDate.CivilDate
  /**
   * The decision states that enforcement is postponed under Điều 48 k1 b
   * (ghi rõ việc thi hành án bị hoãn theo điểm b khoản 1 Điều 48), as NĐ 62
   * Điều 9 k3 requires when the debtor's address is unknown.
   */
  readonly statesPostponement?: boolean
}

/**
 * Quyết định hoãn thi hành án (postponement), Điều 48: clause 1 with a point,
 * or clause 2 (requested by the official entitled to protest). `until` is
 * the agreed term of k1 c; `groundDate` the day the ground arose.
 *
 * @example
 * ```ts
 * const e: CaseEvent.Postponement = { type: "postponement", date: CivilDate.make("2024-03-05"), clause: 1, point: "c" }
 * ```
 * @since 0.1.0
 */
export interface Postponement {
  readonly type: "postponement"
  readonly date: CivilDate.CivilDate
  readonly clause: 1 | 2
  readonly point?: PostponementPoint
  readonly groundDate?: CivilDate.CivilDate
  readonly until?: CivilDate.CivilDate
}

/**
 * Quyết định tạm đình chỉ (suspension), Điều 49: k1 on a protest (kháng
 * nghị giám đốc thẩm / tái thẩm), k2 when a court accepts a bankruptcy
 * petition.
 *
 * @example
 * ```ts
 * const e: CaseEvent.Suspension = { type: "suspension", date: CivilDate.make("2024-03-05"), clause: 2 }
 * ```
 * @since 0.1.0
 */
export interface Suspension {
  readonly type: "suspension"
  readonly date: CivilDate.CivilDate
  readonly clause: 1 | 2
  readonly groundDate?: CivilDate.CivilDate
}

/**
 * Tiếp tục thi hành án (resumption) after a hoãn, a tạm đình chỉ, a
 * decision chưa có điều kiện (NĐ 62 Điều 9 k4) or a move to the separate book.
 * `groundEndedDate`: the day the ground of the hoãn / tạm đình chỉ ended.
 *
 * @example
 * ```ts
 * const e: CaseEvent.Resumption = { type: "resumption", date: CivilDate.make("2024-06-05") }
 * ```
 * @since 0.1.0
 */
export interface Resumption {
  readonly type: "resumption"
  readonly date: CivilDate.CivilDate
  readonly groundEndedDate?: CivilDate.CivilDate
}

/**
 * Quyết định đình chỉ thi hành án (termination), Điều 50 k1.
 *
 * @example
 * ```ts
 * const e: CaseEvent.Termination = { type: "termination", date: CivilDate.make("2024-06-05"), point: "c" }
 * ```
 * @since 0.1.0
 */
export interface Termination {
  readonly type: "termination"
  readonly date: CivilDate.CivilDate
  readonly point: TerminationPoint
  readonly groundDate?: CivilDate.CivilDate
}

/**
 * Ủy thác thi hành án (delegation to another office), Điều 55: the case
 * leaves this office (counted as new at the receiving one).
 *
 * @example
 * ```ts
 * const e: CaseEvent.Delegation = { type: "delegation", date: CivilDate.make("2024-06-05"), toUnitId: "phong-kv-2" }
 * ```
 * @since 0.1.0
 */
export interface Delegation {
  readonly type: "delegation"
  readonly date: CivilDate.CivilDate
  readonly toUnitId?: string
}

/**
 * The grounds of Điều 37 (Luật THADS 2008): thu hồi (withdrawn) under k1
 * a) issued without competence, b) an error that changes the case, c) its
 * ground no longer exists, d) the case of Điều 54 k3; hủy (cancelled) under
 * k3 a) the errors of k1/k2 not corrected by the lower office after a
 * request, b) a violation of law concluded by a competent body.
 *
 * @example
 * ```ts
 * CaseEvent.withdrawalGrounds.withdrawn // ["a", "b", "c", "d"]
 * ```
 * @since 0.2.0
 */
export const withdrawalGrounds = { withdrawn: ["a", "b", "c", "d"], cancelled: ["a", "b"] } as const

/**
 * Thu hồi (withdrawn, Điều 37 k1) or hủy (cancelled, Điều 37 k3) the
 * decision to enforce, with its ground (the point of k1 or k3), and the
 * days it was sent to the procuracy (Điều 38: 3 working days) and notified
 * to the parties (Điều 39 k2: 3 working days).
 *
 * @example
 * ```ts
 * const e: CaseEvent.Withdrawal = { type: "withdrawal", date: CivilDate.make("2024-06-05"), kind: "cancelled", ground: "b" }
 * ```
 * @since 0.1.0
 */
export interface Withdrawal {
  readonly type: "withdrawal"
  readonly date: CivilDate.CivilDate
  readonly kind: "withdrawn" | "cancelled"
  /** The point of Điều 37 k1 (withdrawn: a–d) or k3 (cancelled: a–b). */
  readonly ground?: "a" | "b" | "c" | "d"
  /** The day the decision was sent to the procuracy (Viện kiểm sát), Điều 38. */
  readonly sentToProcuracyDate?: CivilDate.CivilDate
  /** The day the parties were notified, Điều 39 k2. */
  readonly notifiedDate?: CivilDate.CivilDate
}

/**
 * A partial payment (thu được / chi trả một phần), in VND.
 *
 * @example
 * ```ts
 * const e: CaseEvent.Payment = { type: "payment", date: CivilDate.make("2024-06-05"), amount: 2_000_000 }
 * ```
 * @since 0.1.0
 */
export interface Payment {
  readonly type: "payment"
  readonly date: CivilDate.CivilDate
  readonly amount: number
}

/**
 * Thi hành xong (fully enforced): the agency confirms completion (Điều 52).
 *
 * @example
 * ```ts
 * const e: CaseEvent.Completion = { type: "completion", date: CivilDate.make("2024-06-05") }
 * ```
 * @since 0.1.0
 */
export interface Completion {
  readonly type: "completion"
  readonly date: CivilDate.CivilDate
}

/**
 * An asset sold at auction (bán đấu giá thành), optionally with its price.
 *
 * @example
 * ```ts
 * const e: CaseEvent.AuctionSold = { type: "auction-sold", date: CivilDate.make("2024-06-05"), price: 900_000_000 }
 * ```
 * @since 0.1.0
 */
export interface AuctionSold {
  readonly type: "auction-sold"
  readonly date: CivilDate.CivilDate
  readonly price?: number
}

/**
 * The sold asset handed over to the buyer (giao tài sản cho người mua).
 *
 * @example
 * ```ts
 * const e: CaseEvent.Handover = { type: "handover", date: CivilDate.make("2024-07-05") }
 * ```
 * @since 0.1.0
 */
export interface Handover {
  readonly type: "handover"
  readonly date: CivilDate.CivilDate
}

/**
 * A state-compensation claim (yêu cầu bồi thường nhà nước) about the case;
 * open until `resolvedDate`.
 *
 * @example
 * ```ts
 * const e: CaseEvent.StateCompensationClaim = { type: "state-compensation-claim", date: CivilDate.make("2024-07-05") }
 * ```
 * @since 0.1.0
 */
export interface StateCompensationClaim {
  readonly type: "state-compensation-claim"
  readonly date: CivilDate.CivilDate
  readonly resolvedDate?: CivilDate.CivilDate
}

/**
 * A complaint (khiếu nại) about the case; open until `resolvedDate`.
 * One complaint case (one or several petitions, same content) = 1 việc.
 *
 * @example
 * ```ts
 * const e: CaseEvent.Complaint = { type: "complaint", date: CivilDate.make("2024-07-05") }
 * ```
 * @since 0.1.0
 */
export interface Complaint {
  readonly type: "complaint"
  readonly date: CivilDate.CivilDate
  readonly resolvedDate?: CivilDate.CivilDate
}

/**
 * Miễn or giảm (exemption or reduction) of an obligation to the State
 * budget, Điều 61 (Luật THADS 2008), so only in an ex officio case under
 * Điều 36 k2 a or c (checked by ./Case.ts): `amount` VND of the remaining
 * obligation is waived. When payments and reductions together reach the
 * amount due, the case is done: the GSO definition of "thi hành xong"
 * counts a case partly performed whose rest was giảm. Exempting the whole
 * obligation is a termination (đình chỉ, Điều 50 k1 e).
 *
 * @example
 * ```ts
 * const e: CaseEvent.Reduction = { type: "reduction", date: CivilDate.make("2025-06-05"), kind: "reduction", amount: 5_000_000 }
 * ```
 * @since 0.2.0
 */
export interface Reduction {
  readonly type: "reduction"
  readonly date: CivilDate.CivilDate
  readonly kind: "exemption" | "reduction"
  readonly amount: number
}

/**
 * New information about the debtor's conditions reached the office
 * (văn bản cung cấp thông tin mới về điều kiện thi hành án): the officer
 * must verify within 10 days of receiving it (NĐ 62/2015 Điều 9 k4).
 *
 * @example
 * ```ts
 * const e: CaseEvent.InformationReceived = { type: "information-received", date: CivilDate.make("2025-03-02"), source: "creditor" }
 * ```
 * @since 0.2.0
 */
export interface InformationReceived {
  readonly type: "information-received"
  readonly date: CivilDate.CivilDate
  /** Who provided it: a party (đương sự) or another body or person. */
  readonly source?: "creditor" | "debtor" | "other"
}

/**
 * The creditor was notified in writing of the verification results
 * (thông báo bằng văn bản cho người được thi hành án về kết quả xác minh),
 * Điều 44 k2: due after two verifications find the debtor still chưa có
 * điều kiện.
 *
 * @example
 * ```ts
 * const e: CaseEvent.CreditorNotified = { type: "creditor-notified", date: CivilDate.make("2025-03-02") }
 * ```
 * @since 0.2.0
 */
export interface CreditorNotified {
  readonly type: "creditor-notified"
  readonly date: CivilDate.CivilDate
}

/**
 * The move to the separate tracking book (chuyển sổ theo dõi riêng),
 * NĐ 62/2015 Điều 9 k5 (NĐ 152/2026 Điều 22 from 1/7/2026).
 *
 * @example
 * ```ts
 * const e: CaseEvent.SeparateBook = { type: "separate-book", date: CivilDate.make("2025-03-05") }
 * ```
 * @since 0.1.0
 */
export interface SeparateBook {
  readonly type: "separate-book"
  readonly date: CivilDate.CivilDate
}

/**
 * Any event of a case.
 *
 * @example
 * ```ts
 * const events: ReadonlyArray<CaseEvent.Event> = [
 *   { type: "verification", date: CivilDate.make("2024-02-01"), facts: { addressUnknown: true } },
 *   { type: "not-yet-enforceable", date: CivilDate.make("2024-02-05"), ground: "c" }
 * ]
 * ```
 * @since 0.1.0
 */
export type Event =
  | Verification
  | NotYetEnforceable
  | Postponement
  | Suspension
  | Resumption
  | Termination
  | Delegation
  | Withdrawal
  | Payment
  | Completion
  | AuctionSold
  | Handover
  | StateCompensationClaim
  | Complaint
  | SeparateBook
  | Reduction
  | InformationReceived
  | CreditorNotified

/**
 * The `type` of an event.
 *
 * @example
 * ```ts
 * const t: CaseEvent.EventType = "payment"
 * ```
 * @since 0.1.0
 */
export type EventType = Event["type"]

/**
 * Every event type, in the order of the union.
 *
 * @example
 * ```ts
 * CaseEvent.eventTypes.includes("hoan" as never) // false
 * ```
 * @since 0.1.0
 */
export const eventTypes: ReadonlyArray<EventType> = [
  "verification",
  "not-yet-enforceable",
  "postponement",
  "suspension",
  "resumption",
  "termination",
  "delegation",
  "withdrawal",
  "payment",
  "completion",
  "auction-sold",
  "handover",
  "state-compensation-claim",
  "complaint",
  "separate-book",
  "reduction",
  "information-received",
  "creditor-notified"
]

/**
 * Whether an event ends the case for this office (xong, đình chỉ, ủy thác,
 * thu hồi / hủy): nothing may follow it.
 *
 * @example
 * ```ts
 * CaseEvent.isTerminal({ type: "completion", date: CivilDate.make("2024-06-05") }) // true
 * ```
 * @since 0.1.0
 */
export const isTerminal = (e: Event): boolean =>
  e.type === "completion" || e.type === "termination" || e.type === "delegation" || e.type === "withdrawal"

/**
 * The Vietnamese and English names of the event types.
 *
 * @example
 * ```ts
 * CaseEvent.names.postponement.vi // "hoãn thi hành án"
 * ```
 * @since 0.1.0
 */
export const names: { readonly [T in EventType]: { readonly vi: string; readonly en: string } } = {
  verification: { vi: "xác minh điều kiện thi hành án", en: "verification" },
  "not-yet-enforceable": { vi: "quyết định chưa có điều kiện thi hành", en: "decision: not yet enforceable" },
  postponement: { vi: "hoãn thi hành án", en: "postponement" },
  suspension: { vi: "tạm đình chỉ thi hành án", en: "suspension" },
  resumption: { vi: "tiếp tục thi hành án", en: "resumption" },
  termination: { vi: "đình chỉ thi hành án", en: "termination" },
  delegation: { vi: "ủy thác thi hành án", en: "delegation to another office" },
  withdrawal: { vi: "thu hồi, hủy quyết định thi hành án", en: "decision withdrawn or cancelled" },
  payment: { vi: "thu, chi trả một phần", en: "partial payment" },
  completion: { vi: "thi hành xong", en: "completed" },
  "auction-sold": { vi: "bán đấu giá thành", en: "sold at auction" },
  handover: { vi: "giao tài sản cho người mua", en: "handed over to the buyer" },
  "state-compensation-claim": { vi: "yêu cầu bồi thường nhà nước", en: "state-compensation claim" },
  complaint: { vi: "khiếu nại", en: "complaint" },
  "separate-book": { vi: "chuyển sổ theo dõi riêng", en: "moved to the separate book" },
  reduction: { vi: "miễn, giảm nghĩa vụ thi hành án", en: "obligation exempted or reduced" },
  "information-received": {
    vi: "nhận thông tin mới về điều kiện thi hành án",
    en: "new information about the debtor's conditions received"
  },
  "creditor-notified": {
    vi: "thông báo kết quả xác minh cho người được thi hành án",
    en: "creditor notified of the verification results"
  }
}

const date = CivilDate.CivilDateSchema
const opt = Schema.optionalKey
const lit = <L extends string>(l: L) => Schema.Literal(l)

/**
 * Schema of {@link VerificationFacts}.
 *
 * @example
 * ```ts
 * Schema.decodeUnknownSync(CaseEvent.VerificationFactsSchema)({ addressUnknown: true })
 * ```
 * @since 0.1.0
 */
export const VerificationFactsSchema = Schema.Struct({
  noIncomeOrSubsistence: opt(Schema.Boolean),
  noAssets: opt(Schema.Boolean),
  assetsOnlyCoverCoercionCost: opt(Schema.Boolean),
  assetsExempt: opt(Schema.Boolean),
  specificItemGoneOrUnusable: opt(Schema.Boolean),
  documentsUnrecoverable: opt(Schema.Boolean),
  addressUnknown: opt(Schema.Boolean)
})

/**
 * Schema of an {@link Event}: a union discriminated by `type`.
 *
 * @example
 * ```ts
 * import * as Schema from "effect/Schema"
 * Schema.decodeUnknownSync(CaseEvent.EventSchema)({ type: "payment", date: "2024-06-05", amount: 1000 })
 * ```
 * @since 0.1.0
 */
export const EventSchema = Schema.Union([
  Schema.Struct({
    type: lit("verification"),
    date,
    facts: opt(VerificationFactsSchema),
    newInformation: opt(Schema.Boolean)
  }),
  Schema.Struct({
    type: lit("not-yet-enforceable"),
    date,
    ground: Schema.Literals(["a", "b", "c"]),
    groundDate: opt(date),
    publishedDate: opt(date),
    sentToCommuneDate: opt(date),
    postedDate: opt(date),
    postingEndedDate: opt(date),
    statesPostponement: opt(Schema.Boolean)
  }),
  Schema.Struct({
    type: lit("postponement"),
    date,
    clause: Schema.Literals([1, 2]),
    point: opt(Schema.Literals(postponementPoints)),
    groundDate: opt(date),
    until: opt(date)
  }),
  Schema.Struct({ type: lit("suspension"), date, clause: Schema.Literals([1, 2]), groundDate: opt(date) }),
  Schema.Struct({ type: lit("resumption"), date, groundEndedDate: opt(date) }),
  Schema.Struct({ type: lit("termination"), date, point: Schema.Literals(terminationPoints), groundDate: opt(date) }),
  Schema.Struct({ type: lit("delegation"), date, toUnitId: opt(Schema.String) }),
  Schema.Struct({
    type: lit("withdrawal"),
    date,
    kind: Schema.Literals(["withdrawn", "cancelled"]),
    ground: opt(Schema.Literals(withdrawalGrounds.withdrawn)),
    sentToProcuracyDate: opt(date),
    notifiedDate: opt(date)
  }),
  Schema.Struct({ type: lit("payment"), date, amount: Vnd.check(Schema.isGreaterThan(0)) }),
  Schema.Struct({ type: lit("completion"), date }),
  Schema.Struct({ type: lit("auction-sold"), date, price: opt(Vnd) }),
  Schema.Struct({ type: lit("handover"), date }),
  Schema.Struct({ type: lit("state-compensation-claim"), date, resolvedDate: opt(date) }),
  Schema.Struct({ type: lit("complaint"), date, resolvedDate: opt(date) }),
  Schema.Struct({ type: lit("separate-book"), date }),
  Schema.Struct({
    type: lit("reduction"),
    date,
    kind: Schema.Literals(["exemption", "reduction"]),
    amount: Vnd.check(Schema.isGreaterThan(0))
  }),
  Schema.Struct({
    type: lit("information-received"),
    date,
    source: opt(Schema.Literals(["creditor", "debtor", "other"]))
  }),
  Schema.Struct({ type: lit("creditor-notified"), date })
]) as unknown as Schema.Codec<Event, unknown>
