/**
 * An enforcement case (việc thi hành án): 1 decision to enforce (quyết định
 * thi hành án) = 1 việc (TT 08/2015 Phụ lục 2; thads-rules.md §1). It holds
 * the unit, the enforcement officer (Chấp hành viên), the decision, how the
 * case started (chủ động under Điều 36 k2 a–e, or theo đơn with the request
 * date), the debtor, the amount due in exact VND, the reporting flags (asset
 * recovery in corruption/economic cases, credit-institution debts) and its
 * event history (./Event.ts).
 *
 * {@link decode} collects every problem, each with a JSON Pointer: first the
 * shape (Effect Schema, `errors: "all"`, unknown fields rejected), then the
 * history: events out of date order or before the decision, events after a
 * terminal event, a resumption with nothing to resume, a move to the
 * separate book without a decision chưa có điều kiện, a handover without a
 * sale, payments above the amount due, a hoãn k1 without its point, a
 * miễn / giảm (Điều 61) of anything but an amount owed to the State budget,
 * a hủy on a point of Điều 37 k1 that k3 does not have.
 *
 * @since 0.1.0
 */
import * as Schema from "effect/Schema"
import * as Json from "../json/Json.js"
import * as SchemaIssue from "effect/SchemaIssue"
import * as CivilDate from "../base/CivilDate.js"
import * as CaseEvent from "./Event.js"

/**
 * The points of Điều 36 k2 (chủ động thi hành án, ex officio): a) fines,
 * illicit gains, court fees; b) returns of money/property; c) confiscation,
 * destruction, other amounts due to the State; d) recovery of land/property
 * for the state fund; đ) interim measures; e) bankruptcy decisions.
 *
 * @example
 * ```ts
 * Case.exOfficioGrounds.length // 6
 * ```
 * @since 0.1.0
 */
export const exOfficioGrounds = ["a", "b", "c", "d", "đ", "e"] as const

/**
 * A point of Điều 36 k2.
 *
 * @example
 * ```ts
 * const g: Case.ExOfficioGround = "đ"
 * ```
 * @since 0.1.0
 */
export type ExOfficioGround = (typeof exOfficioGrounds)[number]

/**
 * How the case started: chủ động (ex officio, Điều 36 k2, with the day the
 * judgment was received) or theo đơn (on request, with the request date).
 *
 * @example
 * ```ts
 * const i: Case.Initiation = { mode: "on-request", requestDate: CivilDate.make("2024-02-07") }
 * ```
 * @since 0.1.0
 */
export type Initiation =
  | { readonly mode: "on-request"; readonly requestDate: CivilDate.CivilDate }
  | {
      readonly mode: "ex-officio"
      readonly ground: ExOfficioGround
      readonly judgmentReceivedDate?: CivilDate.CivilDate
    }

/**
 * The debtor (người phải thi hành án): a person (cá nhân) or an
 * organisation (tổ chức), with the facts that lengthen the verification and
 * separate-book periods (Điều 44 k2; NĐ 62 Điều 9 k5). The prison term left
 * shrinks with time: record the expected release date (`releaseDate`) and
 * the rules compute "≥ 2 years left" at the date they ask
 * (../cases/Classify.ts `prisonYearsLeftAt`). `prisonRemainingYears` is the
 * older form, still read: the years left on the day of the decision to
 * enforce.
 *
 * @example
 * ```ts
 * const d: Case.Debtor = { kind: "person", releaseDate: CivilDate.make("2029-05-01") }
 * ```
 * @since 0.1.0
 */
export interface Debtor {
  readonly kind: "person" | "organisation"
  /** The expected end of the prison term (ngày dự kiến chấp hành xong hình phạt tù). */
  readonly releaseDate?: CivilDate.CivilDate
  /**
   * Years of prison left to serve on the day of the decision to enforce
   * (older form; prefer `releaseDate`).
   */
  readonly prisonRemainingYears?: number
  /** The address is unknown (không xác định được địa chỉ). */
  readonly addressUnknown?: boolean
}

/**
 * The reporting flags of a case.
 *
 * @example
 * ```ts
 * const f: Case.Flags = { assetRecovery: true }
 * ```
 * @since 0.1.0
 */
export interface Flags {
  /** Asset recovery in corruption/economic criminal cases (thu hồi tài sản trong các vụ án tham nhũng, kinh tế), §5. */
  readonly assetRecovery?: boolean
  /** A debt owed to a credit institution (tổ chức tín dụng). */
  readonly creditInstitution?: boolean
}

/**
 * An enforcement case.
 *
 * @example
 * ```ts
 * const c: Case.Case = {
 *   id: "2024-001", unitId: "phong-kv-1", officerId: "chv-01",
 *   decision: { date: CivilDate.make("2024-02-15"), number: "101/QĐ-CCTHADS" },
 *   initiation: { mode: "on-request", requestDate: CivilDate.make("2024-02-07") },
 *   debtor: { kind: "person" }, amountDue: 50_000_000, events: []
 * }
 * ```
 * @since 0.1.0
 */
export interface Case {
  readonly id: string
  readonly unitId: string
  /** The Chấp hành viên in charge, if assigned. */
  readonly officerId?: string
  /** The decision to enforce (quyết định thi hành án): its date is the day the case is accepted (thụ lý). */
  readonly decision: {
    readonly date: CivilDate.CivilDate
    readonly number: string
    readonly notifiedDate?: CivilDate.CivilDate
  }
  readonly initiation: Initiation
  /** The kind of judgment (loại án), free text: "dân sự", "hình sự", "hành chính", … */
  readonly judgmentKind?: string
  /** The day the judgment took legal effect: the start of thời hiệu (Điều 30 k1). */
  readonly judgmentEffectiveDate?: CivilDate.CivilDate
  /**
   * The due date the judgment sets for the obligation (thời hạn thực hiện
   * nghĩa vụ được ấn định): thời hiệu then runs from it (Điều 30 k1 ¶2).
   */
  readonly obligationDueDate?: CivilDate.CivilDate
  /**
   * A periodic obligation (thi hành theo định kỳ): each instalment's due date
   * (and amount, VND, if known); thời hiệu runs for each from its due date
   * (Điều 30 k1 ¶3; NĐ 152/2026 Điều 10 k1).
   */
  readonly instalments?: ReadonlyArray<{ readonly dueDate: CivilDate.CivilDate; readonly amount?: number }>
  readonly debtor: Debtor
  /**
   * The judgment requires the debtor to perform the obligation personally
   * (theo bản án, quyết định họ phải tự mình thực hiện nghĩa vụ): with an
   * unknown address the decision chưa có điều kiện must state hoãn under
   * Điều 48 k1 b (NĐ 62 Điều 9 k3).
   */
  readonly personalObligation?: boolean
  /** The money to enforce, exact VND (0 for a non-money obligation). */
  readonly amountDue: number
  readonly flags?: Flags
  /** Periods excluded from thời hiệu for objective obstacles or force majeure (Điều 30; NĐ 62 Điều 4). */
  readonly limitationExclusions?: ReadonlyArray<{
    readonly from: CivilDate.CivilDate
    readonly to: CivilDate.CivilDate
  }>
  readonly events: ReadonlyArray<CaseEvent.Event>
}

const opt = Schema.optionalKey
const date = CivilDate.CivilDateSchema
const NonEmpty = Schema.String.check(Schema.isMinLength(1))

/**
 * Schema of the shape of a {@link Case} (the history rules are in
 * {@link decode}).
 *
 * @example
 * ```ts
 * import * as Schema from "effect/Schema"
 * Schema.toJsonSchemaDocument(Case.CaseSchema)
 * ```
 * @since 0.1.0
 */
export const CaseSchema = Schema.Struct({
  id: NonEmpty,
  unitId: NonEmpty,
  officerId: opt(NonEmpty),
  decision: Schema.Struct({ date, number: Schema.String, notifiedDate: opt(date) }),
  initiation: Schema.Union([
    Schema.Struct({ mode: Schema.Literal("on-request"), requestDate: date }),
    Schema.Struct({
      mode: Schema.Literal("ex-officio"),
      ground: Schema.Literals(exOfficioGrounds),
      judgmentReceivedDate: opt(date)
    })
  ]),
  judgmentKind: opt(Schema.String),
  judgmentEffectiveDate: opt(date),
  obligationDueDate: opt(date),
  instalments: opt(Schema.Array(Schema.Struct({ dueDate: date, amount: opt(CaseEvent.Vnd) }))),
  debtor: Schema.Struct({
    kind: Schema.Literals(["person", "organisation"]),
    releaseDate: opt(date),
    prisonRemainingYears: opt(Schema.Finite.check(Schema.isGreaterThanOrEqualTo(0))),
    addressUnknown: opt(Schema.Boolean)
  }),
  personalObligation: opt(Schema.Boolean),
  amountDue: CaseEvent.Vnd,
  flags: opt(Schema.Struct({ assetRecovery: opt(Schema.Boolean), creditInstitution: opt(Schema.Boolean) })),
  limitationExclusions: opt(Schema.Array(Schema.Struct({ from: date, to: date }))),
  events: Schema.Array(CaseEvent.EventSchema)
}).annotate({
  title: "Enforcement case",
  description: "Việc thi hành án dân sự: quyết định, đương sự, số tiền, diễn biến"
}) as unknown as Schema.Codec<Case, unknown>

/**
 * A stable code for each kind of problem of a case.
 *
 * @example
 * ```ts
 * const code: Case.ProblemCode = "after-terminal"
 * ```
 * @since 0.1.0
 */
export type ProblemCode =
  | "not-json"
  | "duplicate-key"
  | "too-many-values"
  | "invalid"
  | "unexpected-key"
  | "unknown-event"
  | "out-of-order"
  | "before-decision"
  | "after-terminal"
  | "nothing-to-resume"
  | "not-in-separate-book-state"
  | "no-sale"
  | "overpaid"
  | "missing-point"
  | "point-not-allowed"
  | "inconsistent-date"
  | "reduction-not-allowed"

/**
 * One problem, with a JSON Pointer into the case (or the ledger), a code and
 * a message in Vietnamese and English.
 *
 * @example
 * ```ts
 * const p: Case.Problem = { path: "/events/3", code: "after-terminal", message: { vi: "…", en: "…" } }
 * ```
 * @since 0.1.0
 */
export type Problem = Json.Problem<ProblemCode>

/**
 * The result of decoding a case.
 *
 * @example
 * ```ts
 * const r: Case.Result = Case.decode({ id: "1" })
 * r._tag // "Failure"
 * ```
 * @since 0.1.0
 */
export type Result =
  | { readonly _tag: "Success"; readonly case: Case }
  | { readonly _tag: "Failure"; readonly problems: ReadonlyArray<Problem> }

/** A JSON Pointer from Standard Schema path segments (plain keys or `{ key }` objects). */
const pointer = (segments: ReadonlyArray<unknown>): string =>
  Json.pointer(
    segments.map((s) => (typeof s === "object" && s !== null ? String((s as { key: PropertyKey }).key) : String(s)))
  )

const schemaDecoder = Schema.decodeUnknownResult(CaseSchema)
const formatter = SchemaIssue.makeFormatterStandardSchemaV1()

const at = (u: unknown, path: ReadonlyArray<PropertyKey>): unknown => {
  let x: unknown = u
  for (const k of path) {
    if (typeof x !== "object" || x === null) return undefined
    x = (x as Record<PropertyKey, unknown>)[k]
  }
  return x
}

const shapeProblems = (u: unknown, prefix: string, issue: SchemaIssue.Issue): Array<Problem> =>
  formatter(issue).issues.map((i) => {
    const segs = (i.path ?? []).map((p) =>
      typeof p === "object" && p !== null ? (p as { key: PropertyKey }).key : p
    ) as Array<PropertyKey>
    const path = prefix + pointer(segs)
    if (i.message === "Expected no excess property") {
      const key = String(segs[segs.length - 1])
      return {
        path,
        code: "unexpected-key",
        message: { vi: `trường "${key}" không có trong mẫu dữ liệu`, en: `unexpected field "${key}"` }
      }
    }
    const v = at(u, segs)
    if (
      segs.length === 2 &&
      segs[0] === "events" &&
      typeof v === "object" &&
      v !== null &&
      !CaseEvent.eventTypes.includes((v as { type?: never }).type as never)
    ) {
      const t = JSON.stringify((v as { type?: unknown }).type ?? null)
      return {
        path,
        code: "unknown-event",
        message: {
          vi: `loại sự kiện không hợp lệ ${t}: chọn một trong ${CaseEvent.eventTypes.join(", ")}`,
          en: `unknown event type ${t}: use one of ${CaseEvent.eventTypes.join(", ")}`
        }
      }
    }
    return { path, code: "invalid", message: { vi: `không hợp lệ: ${i.message}`, en: i.message } }
  })

const problem = (path: string, code: ProblemCode, vi: string, en: string): Problem => ({
  path,
  code,
  message: { vi, en }
})

/**
 * The history rules of a case whose shape is valid: every problem with the
 * path of the event (`/events/3`) or of its field (`/events/3/date`).
 *
 * @example
 * ```ts
 * const c: Case.Case = {
 *   id: "1", unitId: "u", decision: { date: CivilDate.make("2024-01-15"), number: "1" },
 *   initiation: { mode: "on-request", requestDate: CivilDate.make("2024-01-10") },
 *   judgmentEffectiveDate: CivilDate.make("2023-12-01"), debtor: { kind: "person" }, amountDue: 5_000_000, events: []
 * }
 * Case.historyProblems(c).map((p) => p.path) // []: a consistent history
 * Case.historyProblems({ ...c, events: [{ type: "completion", date: CivilDate.make("2023-01-01") }] }).length // 1
 * ```
 * @since 0.1.0
 */
export const historyProblems = (c: Case, prefix = ""): Array<Problem> => {
  const out: Array<Problem> = []
  /** `later` must not be before `earlier`. */
  const order = (path: string, earlier: string | undefined, later: string | undefined, vi: string, en: string) => {
    if (earlier !== undefined && later !== undefined && later < earlier) {
      out.push(
        problem(path, "inconsistent-date", `${vi}: ${later} trước ${earlier}`, `${en}: ${later} is before ${earlier}`)
      )
    }
  }
  const decided = c.decision.date
  if (c.initiation.mode === "on-request") {
    order(
      `${prefix}/initiation/requestDate`,
      c.initiation.requestDate,
      decided,
      "quyết định thi hành án trước ngày nhận đơn",
      "the decision to enforce comes before the request"
    )
  } else {
    order(
      `${prefix}/initiation/judgmentReceivedDate`,
      c.initiation.judgmentReceivedDate,
      decided,
      "quyết định thi hành án trước ngày nhận bản án",
      "the decision to enforce comes before the judgment was received"
    )
  }
  order(
    `${prefix}/decision/notifiedDate`,
    decided,
    c.decision.notifiedDate,
    "ngày thông báo quyết định trước ngày ra quyết định",
    "the decision was notified before it was made"
  )
  order(
    `${prefix}/judgmentEffectiveDate`,
    c.judgmentEffectiveDate,
    decided,
    "quyết định thi hành án trước ngày bản án có hiệu lực",
    "the decision to enforce comes before the judgment took effect"
  )
  order(
    `${prefix}/obligationDueDate`,
    c.judgmentEffectiveDate,
    c.obligationDueDate,
    "hạn thực hiện nghĩa vụ trước ngày bản án có hiệu lực",
    "the obligation falls due before the judgment took effect"
  )
  c.instalments?.forEach((x, i) => {
    order(
      `${prefix}/instalments/${i}/dueDate`,
      c.judgmentEffectiveDate,
      x.dueDate,
      "kỳ thi hành đến hạn trước ngày bản án có hiệu lực",
      "the instalment falls due before the judgment took effect"
    )
  })
  c.limitationExclusions?.forEach((x, i) => {
    order(
      `${prefix}/limitationExclusions/${i}/to`,
      x.from,
      x.to,
      "khoảng loại trừ kết thúc trước khi bắt đầu",
      "the excluded period ends before it starts"
    )
  })
  c.events.forEach((e, i) => {
    const p = `${prefix}/events/${i}`
    const x = e as {
      readonly groundDate?: string
      readonly publishedDate?: string
      readonly until?: string
      readonly groundEndedDate?: string
      readonly resolvedDate?: string
      readonly sentToCommuneDate?: string
      readonly postedDate?: string
      readonly postingEndedDate?: string
      readonly sentToProcuracyDate?: string
      readonly notifiedDate?: string
    }
    order(
      `${p}/sentToCommuneDate`,
      e.date,
      x.sentToCommuneDate,
      "gửi Ủy ban nhân dân cấp xã trước ngày ra quyết định",
      "sent to the commune before the decision"
    )
    order(
      `${p}/postedDate`,
      x.sentToCommuneDate ?? e.date,
      x.postedDate,
      "niêm yết trước khi quyết định được ban hành hoặc gửi",
      "posted before the decision was made or sent"
    )
    order(
      `${p}/postingEndedDate`,
      x.postedDate,
      x.postingEndedDate,
      "chấm dứt niêm yết trước ngày niêm yết",
      "the posting ended before it began"
    )
    order(
      `${p}/sentToProcuracyDate`,
      e.date,
      x.sentToProcuracyDate,
      "gửi Viện kiểm sát trước ngày ra quyết định",
      "sent to the procuracy before the decision"
    )
    order(
      `${p}/notifiedDate`,
      e.date,
      x.notifiedDate,
      "thông báo trước ngày ra quyết định",
      "notified before the decision"
    )
    order(
      `${p}/groundDate`,
      x.groundDate,
      e.date,
      "quyết định trước ngày phát sinh căn cứ",
      "the decision comes before its ground arose"
    )
    order(
      `${p}/groundEndedDate`,
      x.groundEndedDate,
      e.date,
      "tiếp tục thi hành trước khi căn cứ chấm dứt",
      "the resumption comes before the ground ended"
    )
    order(
      `${p}/publishedDate`,
      e.date,
      x.publishedDate,
      "đăng tải trước ngày ra quyết định",
      "published before the decision"
    )
    order(
      `${p}/until`,
      e.date,
      x.until,
      "thời hạn hoãn kết thúc trước ngày hoãn",
      "the postponement ends before it starts"
    )
    order(`${p}/resolvedDate`, e.date, x.resolvedDate, "giải quyết trước ngày phát sinh", "resolved before it arose")
  })
  let previous = c.decision.date
  let terminalAt = -1
  let resumable = false // a hoãn, tạm đình chỉ, chưa có điều kiện or separate book in effect
  let notYet = false
  let sold = false
  let paid = 0
  let reduced = 0
  c.events.forEach((e, i) => {
    const p = `${prefix}/events/${i}`
    if (e.date < c.decision.date) {
      out.push(
        problem(
          `${p}/date`,
          "before-decision",
          `sự kiện ngày ${e.date} trước ngày ra quyết định thi hành án ${c.decision.date}`,
          `event on ${e.date} is before the decision to enforce (${c.decision.date})`
        )
      )
    } else if (e.date < previous) {
      out.push(
        problem(
          `${p}/date`,
          "out-of-order",
          `sự kiện ngày ${e.date} đứng sau sự kiện ngày ${previous}: phải theo thứ tự thời gian`,
          `event on ${e.date} comes after an event on ${previous}: events must be in date order`
        )
      )
    }
    if (e.date > previous) previous = e.date
    if (terminalAt >= 0) {
      out.push(
        problem(
          p,
          "after-terminal",
          `sự kiện "${CaseEvent.names[e.type].vi}" sau sự kiện kết thúc việc (/events/${terminalAt})`,
          `"${CaseEvent.names[e.type].en}" after the case ended (/events/${terminalAt})`
        )
      )
      return
    }
    switch (e.type) {
      case "verification":
        break
      case "not-yet-enforceable":
        notYet = true
        resumable = true
        break
      case "postponement":
        if (e.clause === 1 && e.point === undefined) {
          out.push(
            problem(
              p,
              "missing-point",
              "hoãn theo khoản 1 Điều 48 phải nêu điểm (a–h)",
              "a postponement under Điều 48(1) needs its point (a–h)"
            )
          )
        }
        if (e.clause === 2 && e.point !== undefined) {
          out.push(
            problem(`${p}/point`, "point-not-allowed", "khoản 2 Điều 48 không có điểm", "Điều 48(2) has no points")
          )
        }
        resumable = true
        break
      case "suspension":
        resumable = true
        break
      case "resumption":
        if (!resumable) {
          out.push(
            problem(
              p,
              "nothing-to-resume",
              "tiếp tục thi hành án khi không có quyết định hoãn, tạm đình chỉ, chưa có điều kiện hoặc chuyển sổ theo dõi riêng đang có hiệu lực",
              "resumption without a postponement, suspension, not-yet-enforceable decision or separate-book move in effect"
            )
          )
        }
        resumable = false
        notYet = false
        break
      case "separate-book":
        if (!notYet) {
          out.push(
            problem(
              p,
              "not-in-separate-book-state",
              "chuyển sổ theo dõi riêng khi không có quyết định chưa có điều kiện thi hành đang có hiệu lực",
              "moved to the separate book without a not-yet-enforceable decision in effect"
            )
          )
        }
        resumable = true
        break
      case "reduction":
        // Điều 61: miễn / giảm only of amounts owed to the State budget (khoản thu nộp ngân sách nhà nước): the ex
        // officio points a (fines, illicit gains, court fees) and c (confiscation, other State receipts) of Điều 36 k2.
        if (!(c.initiation.mode === "ex-officio" && (c.initiation.ground === "a" || c.initiation.ground === "c"))) {
          out.push(
            problem(
              p,
              "reduction-not-allowed",
              "miễn, giảm (Điều 61) chỉ áp dụng cho khoản thu nộp ngân sách nhà nước (chủ động thi hành theo điểm a, c khoản 2 Điều 36)",
              "exemption or reduction (Article 61) applies only to amounts owed to the State budget (ex officio, Article 36(2)(a) or (c))"
            )
          )
        }
        reduced += e.amount
        if (paid + reduced > c.amountDue) {
          out.push(
            problem(
              `${p}/amount`,
              "overpaid",
              `số đã thu ${paid} đ cộng số được miễn, giảm ${reduced} đ vượt số phải thi hành ${c.amountDue} đ`,
              `payments (${paid} VND) and reductions (${reduced} VND) exceed the amount due (${c.amountDue} VND)`
            )
          )
        }
        // The rest waived: the case is done (xong by giảm, GSO) and nothing may follow.
        if (c.amountDue > 0 && paid + reduced >= c.amountDue) terminalAt = i
        break
      case "withdrawal":
        if (e.kind === "cancelled" && (e.ground === "c" || e.ground === "d")) {
          out.push(
            problem(
              `${p}/ground`,
              "point-not-allowed",
              `hủy quyết định theo khoản 3 Điều 37 chỉ có điểm a, b (không có điểm ${e.ground})`,
              `a cancellation under Điều 37(3) has points a and b only (not ${e.ground})`
            )
          )
        }
        terminalAt = i
        break
      case "payment":
        paid += e.amount
        if (paid + reduced > c.amountDue) {
          out.push(
            problem(
              `${p}/amount`,
              "overpaid",
              `tổng số đã thu ${paid} đ vượt số phải thi hành ${c.amountDue} đ`,
              `payments total ${paid} VND, above the amount due (${c.amountDue} VND)`
            )
          )
        }
        break
      case "auction-sold":
        sold = true
        break
      case "handover":
        if (!sold)
          out.push(
            problem(
              p,
              "no-sale",
              "giao tài sản khi chưa có tài sản bán đấu giá thành",
              "handover without a prior auction sale"
            )
          )
        break
      default:
        if (CaseEvent.isTerminal(e)) terminalAt = i
    }
  })
  return out
}

/**
 * Decodes an unknown value (parsed JSON) into a case, collecting every
 * problem of shape and history. `prefix` is prepended to every path (e.g.
 * "/cases/12" inside a ledger).
 *
 * @example
 * ```ts
 * const text = '{ "id": "1", "unitId": "u", "amountDue": -5 }'
 * const r = Case.decode(JSON.parse(text))
 * if (r._tag === "Failure") for (const p of r.problems) console.log(p.path, p.message.en)
 * ```
 * @since 0.1.0
 */
export const decode = (u: unknown, prefix = ""): Result => {
  const r = schemaDecoder(u, { errors: "all", onExcessProperty: "error" })
  if (r._tag === "Failure") return { _tag: "Failure", problems: shapeProblems(u, prefix, r.failure.issue) }
  const problems = historyProblems(r.success, prefix)
  return problems.length === 0 ? { _tag: "Success", case: r.success } : { _tag: "Failure", problems }
}

/**
 * Parses JSON text (a leading byte-order mark is allowed) and decodes a case.
 *
 * @example
 * ```ts
 * Case.decodeJson("{") // { _tag: "Failure", problems: [{ path: "", code: "not-json" }] }
 * ```
 * @since 0.1.0
 */
export const decodeJson = (text: string): Result => {
  const parsed = Json.parse(text)
  return parsed._tag === "NotJson" ? { _tag: "Failure", problems: parsed.problems } : decode(parsed.value)
}

/**
 * The total of the payments recorded up to and including a date (all
 * payments without a date).
 *
 * @example
 * ```ts
 * const c: Case.Case = {
 *   id: "1", unitId: "u", decision: { date: CivilDate.make("2024-01-15"), number: "1" },
 *   initiation: { mode: "on-request", requestDate: CivilDate.make("2024-01-10") },
 *   judgmentEffectiveDate: CivilDate.make("2023-12-01"), debtor: { kind: "person" }, amountDue: 5_000_000, events: [
 *     { type: "payment", date: CivilDate.make("2024-06-05"), amount: 2_000_000 },
 *     { type: "payment", date: CivilDate.make("2025-02-03"), amount: 1_000_000 }
 *   ]
 * }
 * Case.paidUpTo(c, CivilDate.make("2024-12-31")) // 2000000
 * Case.paidUpTo(c) // 3000000
 * ```
 * @since 0.1.0
 */
export const paidUpTo = (c: Case, upTo?: CivilDate.CivilDate): number => {
  let s = 0
  for (const e of c.events) if (e.type === "payment" && (upTo === undefined || e.date <= upTo)) s += e.amount
  return s
}
