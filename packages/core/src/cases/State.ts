/**
 * The state machine of a case (trạng thái của việc thi hành án): one pass
 * over the event history gives the state at a date as a small integer code,
 * with the event that decided it, the money paid, and an optional snapshot
 * of the state just before another date (the start of a statistical
 * period). ./Classify.ts turns a state into a category with its legal
 * ground; ./Aggregate.ts counts states into a report. A {@link Walker} is
 * mutable and reused, so walking a million cases allocates almost nothing.
 *
 * The rules (thads-rules.md §4):
 * - a verification's facts decide có / chưa có điều kiện by Điều 44a k1
 *   ({@link notYetGroundOf}); a decision chưa có điều kiện sets it too, with
 *   its ground; a resumption (tiếp tục) ends it;
 * - hoãn (Điều 48) and tạm đình chỉ (Điều 49) lie over the condition until a
 *   resumption; hoãn by agreement (k1 c) is its own code, counted as có điều
 *   kiện (TT 06/2019, thads-rules.md §1);
 * - xong, đình chỉ, ủy thác, thu hồi / hủy end the case; so does a miễn /
 *   giảm (Điều 61) that waives the whole rest of the amount due (code
 *   `reduced`: "thi hành xong" by the GSO definition);
 * - new information received (event `information-received`) while chưa có
 *   điều kiện blocks the derived move to the separate book, as a
 *   verification reporting new information does (NĐ 62 Điều 9 k5 c);
 * - the move to the separate book is recorded (event `separate-book`) or
 *   derived by the rule in force on the day its conditions are met:
 *   until 30/6/2026 NĐ 62/2015 Điều 9 k5 (1 year since the decision chưa có
 *   điều kiện, 2 years if ≥ 2 years of prison remain or the address is
 *   unknown; ≥ 2 verifications after the decision; no new information);
 *   from 1/7/2026 NĐ 152/2026 Điều 22 (2 years for all; on-request cases
 *   are sent back to the requester instead: "gửi lại yêu cầu", Điều 22 k2). The number of verifications
 *   under the new rule is not in the notes [U]: a setting, defaulting to 2.
 *   Counted verifications are those dated after the decision [I]; any
 *   verification reporting new information blocks the derived move [I].
 *   "≥ 2 years of prison remain" is judged on the day of the decision chưa
 *   có điều kiện, from the debtor's release date ({@link prisonAtLeast}).
 *
 * @since 0.1.0
 */
import * as CivilDate from "../base/CivilDate.js"
import * as Documents from "../citation/Documents.js"
import type * as Case from "./Case.js"
import type * as CaseEvent from "./Event.js"

/**
 * The state codes.
 *
 * @example
 * ```ts
 * CaseState.Code.notYetEnforceable // 4
 * ```
 * @since 0.1.0
 */
export const Code = {
  enforceable: 0,
  postponedByAgreement: 1,
  postponed: 2,
  suspended: 3,
  notYetEnforceable: 4,
  separateBook: 5,
  returned: 6,
  completed: 7,
  terminated: 8,
  delegated: 9,
  withdrawn: 10,
  reduced: 11
} as const

/**
 * A state code.
 *
 * @example
 * ```ts
 * const c: CaseState.Code = CaseState.Code.postponed // 2
 * ```
 * @since 0.1.0
 */
export type Code = (typeof Code)[keyof typeof Code]

/**
 * Which rule moved a case to the separate book (or returned it).
 *
 * @example
 * ```ts
 * CaseState.Rule.nd62 // 2: moved by NĐ 62/2015 Điều 9 k5
 * ```
 * @since 0.1.0
 */
export const Rule = { none: 0, recorded: 1, nd62: 2, nd152: 3 } as const

/**
 * Settings of the rules whose values are unknown or interpretations.
 *
 * @example
 * ```ts
 * const s: CaseState.Settings = { ...CaseState.defaultSettings, deriveSeparateBook: false }
 * ```
 * @since 0.1.0
 */
export interface Settings {
  /** Apply the separate-book / return rule by date (default true); false: only recorded moves count. */
  readonly deriveSeparateBook: boolean
  /** Let a verification's facts decide có / chưa có điều kiện (default true). */
  readonly verificationDecidesCondition: boolean
  /** NĐ 62 Điều 9 k5: years since the decision (1), and in the prison / unknown-address cases (2). */
  readonly separateBookYears: number
  readonly separateBookYearsLong: number
  /** NĐ 62 Điều 9 k5: at least 2 verifications. */
  readonly separateBookVerifications: number
  /** NĐ 152/2026 Điều 22: 2 years for all. */
  readonly newRuleYears: number
  /** NĐ 152/2026 Điều 22 verifications under Luật 2025 Điều 38 k3: count not in the notes [U], default 2 (the old rule). */
  readonly newRuleVerifications: number
  /** Years of prison remaining that lengthen the periods (Điều 44 k2; NĐ 62 Điều 9 k5): 2. */
  readonly prisonYears: number
}

/**
 * The default settings.
 *
 * @example
 * ```ts
 * CaseState.defaultSettings.separateBookYears // 1
 * ```
 * @since 0.1.0
 */
export const defaultSettings: Settings = {
  deriveSeparateBook: true,
  verificationDecidesCondition: true,
  separateBookYears: 1,
  separateBookYearsLong: 2,
  separateBookVerifications: 2,
  newRuleYears: 2,
  newRuleVerifications: 2,
  prisonYears: 2
}

/**
 * The first day of the 2025 Law and NĐ 152/2026 (1/7/2026), from the registry.
 *
 * @example
 * ```ts
 * CaseState.newLawFrom // "2026-07-01"
 * ```
 * @since 0.1.0
 */
export const newLawFrom: string = Documents.get("luat-thads-2025").inForceFrom ?? "2026-07-01"

/**
 * The last day of Luật THADS 2008 and NĐ 62/2015 (30/6/2026), from the registry.
 *
 * @example
 * ```ts
 * CaseState.oldLawTo // "2026-06-30"
 * ```
 * @since 0.1.0
 */
export const oldLawTo: string = Documents.get("nd-62-2015").inForceTo ?? "2026-06-30"

/**
 * The Điều 44a k1 ground that a verification's facts establish, or
 * `undefined` when none does (có điều kiện). The rule of thads-rules.md §4:
 * a) no income (or subsistence only) AND (no assets, or assets only worth
 * the coercion costs, or exempt); b) specific item gone/unusable or documents
 * unrecoverable; c) address unknown. When several hold, the first in a, b, c.
 *
 * @example
 * ```ts
 * CaseState.notYetGroundOf({ noIncomeOrSubsistence: true, assetsExempt: true }) // "a"
 * CaseState.notYetGroundOf({ noAssets: true }) // undefined: income is not excluded
 * ```
 * @since 0.1.0
 */
export const notYetGroundOf = (f: CaseEvent.VerificationFacts | undefined): CaseEvent.NotYetGround | undefined => {
  if (f === undefined) return undefined
  if (
    f.noIncomeOrSubsistence === true &&
    (f.noAssets === true || f.assetsOnlyCoverCoercionCost === true || f.assetsExempt === true)
  )
    return "a"
  if (f.specificItemGoneOrUnusable === true || f.documentsUnrecoverable === true) return "b"
  if (f.addressUnknown === true) return "c"
  return undefined
}

/**
 * The debtor's expected release from prison: `releaseDate`, or, for the
 * older field `prisonRemainingYears` (years left on the day of the decision
 * to enforce), that day plus the years (rounded to whole months) [assumed:
 * the older field did not say on which day it was measured].
 *
 * @example
 * ```ts
 * const c: Case.Case = {
 *   id: "1", unitId: "u", decision: { date: CivilDate.make("2024-01-15"), number: "1" },
 *   initiation: { mode: "on-request", requestDate: CivilDate.make("2024-01-10") },
 *   judgmentEffectiveDate: CivilDate.make("2023-12-01"), debtor: { kind: "person", prisonRemainingYears: 3 }, amountDue: 5_000_000, events: []
 * }
 * CaseState.releaseDateOf(c) // "2027-01-15"
 * ```
 * @since 0.2.0
 */
export const releaseDateOf = (c: Case.Case): CivilDate.CivilDate | undefined => {
  const d = c.debtor
  if (d.releaseDate !== undefined) return d.releaseDate
  if (d.prisonRemainingYears === undefined) return undefined
  return CivilDate.addMonths(c.decision.date, Math.round(d.prisonRemainingYears * 12))
}

/**
 * Whether at least `years` of the prison term remain on a date (thời gian
 * chấp hành hình phạt tù còn lại từ 02 năm trở lên, Điều 44 k2; NĐ 62
 * Điều 9 k5 a): the release date is on or after the date plus the years.
 *
 * @example
 * ```ts
 * const c: Case.Case = {
 *   id: "1", unitId: "u", decision: { date: CivilDate.make("2024-01-15"), number: "1" },
 *   initiation: { mode: "on-request", requestDate: CivilDate.make("2024-01-10") },
 *   judgmentEffectiveDate: CivilDate.make("2023-12-01"), debtor: { kind: "person", releaseDate: CivilDate.make("2027-06-01") }, amountDue: 5_000_000, events: []
 * }
 * CaseState.prisonAtLeast(c, CivilDate.make("2025-06-01"), 2) // true: released on or after 2027-06-01
 * CaseState.prisonAtLeast(c, CivilDate.make("2025-06-02"), 2) // false
 * ```
 * @since 0.2.0
 */
export const prisonAtLeast = (c: Case.Case, at: string, years: number): boolean => {
  const release = releaseDateOf(c)
  return release !== undefined && release >= CivilDate.addMonths(at as CivilDate.CivilDate, Math.round(years * 12))
}

const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0

/**
 * Adds whole years to an ISO date string; 29/2 becomes 28/2 in a common
 * year (the corresponding day, BLDS Điều 148). No parsing beyond the year.
 *
 * @example
 * ```ts
 * CaseState.addYearsIso("2024-02-29", 1) // "2025-02-28"
 * ```
 * @since 0.1.0
 */
export const addYearsIso = (d: string, n: number): string => {
  const y = Number(d.slice(0, 4)) + n
  const md = d.slice(4)
  return md === "-02-29" && !isLeap(y) ? `${y}-02-28` : `${y}${md}`
}

const maxIso = (a: string, b: string) => (a >= b ? a : b)

/**
 * A reusable walker over a case's history. After {@link Walker.run}, its
 * fields describe the state at the end date (and the snapshot before the
 * start date, when one was asked for).
 *
 * @example
 * ```ts
 * const c: Case.Case = {
 *   id: "1", unitId: "u", decision: { date: CivilDate.make("2024-01-15"), number: "1" },
 *   initiation: { mode: "on-request", requestDate: CivilDate.make("2024-01-10") },
 *   judgmentEffectiveDate: CivilDate.make("2023-12-01"), debtor: { kind: "person" }, amountDue: 5_000_000, events: []
 * }
 * const w = new CaseState.Walker()
 * w.run(c, "", CivilDate.make("2024-12-31"))
 * w.code === CaseState.Code.enforceable // true
 * ```
 * @since 0.1.0
 */
export class Walker {
  /** The state code at the end date. */
  code: Code = Code.enforceable
  /** The day the current state began ("" = the decision date). */
  since = ""
  /** The index of the event that decided the state (−1: none, the decision itself). */
  eventIndex = -1
  /** How a separate-book / returned state came about ({@link Rule}). */
  rule: number = Rule.none
  /** Money paid up to the end date. */
  paid = 0
  /** Money waived by miễn / giảm (Điều 61) up to the end date. */
  reduced = 0
  startReduced = 0
  /** The snapshot just before the start date. */
  startCode: Code = Code.enforceable
  startSince = ""
  startPaid = 0
  /** Whether the case came back from the separate book / a return (tiếp tục) since the period start (the whole walk without a start). */
  reentered = false
  /** The state a resumption ended (−1: none). */
  resumedFrom: number = -1
  /** Price of an asset sold at auction and not yet handed over to the buyer (−1: none). */
  auctionOpen = -1
  /** The day of that sale ("" = none). */
  auctionSince = ""
  /** State-compensation claims open at the end date. */
  claimsOpen = 0
  /** Complaints received on or after the start date, and open at the end date. */
  complaintsNew = 0
  complaintsOpen = 0
  private startCut = ""
  private endCut = ""
  /** A verification found the debtor able to pay after chưa có điều kiện: a decision to continue is due. */
  continuePending = false
  /** The condition under any hoãn / tạm đình chỉ: enforceable (0) or not yet (4). */
  cond: Code = Code.enforceable
  condIndex = -1
  condGround: CaseEvent.NotYetGround | "" = ""
  /** The date of the decision chưa có điều kiện of the current episode ("" = none yet). */
  decisionDate = ""
  verifications = 0
  verifiedOld = ""
  verifiedNew = ""
  newInformation = false
  /** The index of the last verification (−1: none). */
  lastVerification = -1
  overlay: Code | -1 = -1
  overlayIndex = -1
  terminal: Code | -1 = -1
  terminalIndex = -1
  terminalSince = ""

  constructor(readonly settings: Settings = defaultSettings) {}

  private reset(c: Case.Case) {
    this.code = Code.enforceable
    this.since = c.decision.date
    this.eventIndex = -1
    this.rule = Rule.none
    this.paid = 0
    this.reduced = 0
    this.startReduced = 0
    this.startCode = Code.enforceable
    this.startSince = c.decision.date
    this.startPaid = 0
    this.reentered = false
    this.resumedFrom = -1
    this.continuePending = false
    this.auctionOpen = -1
    this.auctionSince = ""
    this.claimsOpen = 0
    this.complaintsNew = 0
    this.complaintsOpen = 0
    this.cond = Code.enforceable
    this.condIndex = -1
    this.condGround = ""
    this.decisionDate = ""
    this.verifications = 0
    this.verifiedOld = ""
    this.verifiedNew = ""
    this.newInformation = false
    this.lastVerification = -1
    this.overlay = -1
    this.overlayIndex = -1
    this.terminal = -1
    this.terminalIndex = -1
    this.terminalSince = ""
  }

  /**
   * The day the separate-book / return rule is met, or "" if it cannot be
   * met on the facts so far; `rule` says which decree applies.
   */
  moveDate(c: Case.Case): { readonly date: string; readonly rule: number } | undefined {
    const s = this.settings
    if (this.terminal !== -1 || this.overlay !== -1 || this.cond !== Code.notYetEnforceable) return undefined
    if (this.decisionDate === "" || this.newInformation) return undefined
    const long =
      prisonAtLeast(c, this.decisionDate, s.prisonYears) || c.debtor.addressUnknown === true || this.condGround === "c"
    if (this.verifiedOld !== "") {
      const d1 = maxIso(
        addYearsIso(this.decisionDate, long ? s.separateBookYearsLong : s.separateBookYears),
        this.verifiedOld
      )
      if (d1 <= oldLawTo) return { date: d1, rule: Rule.nd62 }
    }
    if (this.verifiedNew !== "") {
      const d2 = maxIso(maxIso(addYearsIso(this.decisionDate, s.newRuleYears), this.verifiedNew), newLawFrom)
      return { date: d2, rule: Rule.nd152 }
    }
    return undefined
  }

  /** Enters "chưa có điều kiện" on a ground (with its decision date, or "" while the decision is pending). */
  private enterNotYet(i: number, ground: CaseEvent.NotYetGround, decisionDate: string, date: string) {
    this.continuePending = false
    this.cond = Code.notYetEnforceable
    this.condIndex = i
    this.condGround = ground
    this.decisionDate = decisionDate
    this.verifications = 0
    this.verifiedOld = ""
    this.verifiedNew = ""
    this.newInformation = false
    if (this.overlay === -1) this.since = date
  }

  private derive(c: Case.Case, limit: string, inclusive: boolean) {
    if (
      this.cond !== Code.notYetEnforceable ||
      this.terminal !== -1 ||
      this.decisionDate === "" ||
      !this.settings.deriveSeparateBook
    )
      return
    const m = this.moveDate(c)
    if (m === undefined) return
    if (inclusive ? m.date <= limit : m.date < limit) {
      this.terminal = m.rule === Rule.nd152 && c.initiation.mode === "on-request" ? Code.returned : Code.separateBook
      this.terminalIndex = -1
      this.terminalSince = m.date
      this.rule = m.rule
    }
  }

  private snapshot() {
    this.settle()
    this.startCode = this.code
    this.reentered = false // from here on: re-entered during the period
    this.startSince = this.since
    this.startPaid = this.paid
    this.startReduced = this.reduced
  }

  private settle() {
    if (this.terminal !== -1) {
      this.code = this.terminal
      this.since = this.terminalSince
      this.eventIndex = this.terminalIndex
    } else if (this.overlay !== -1) {
      this.code = this.overlay
      this.eventIndex = this.overlayIndex
    } else {
      this.code = this.cond
      this.eventIndex = this.condIndex
    }
  }

  private apply(c: Case.Case, e: CaseEvent.Event, i: number) {
    switch (e.type) {
      case "payment":
        this.paid += e.amount
        return
      case "reduction":
        this.reduced += e.amount
        if (c.amountDue > 0 && this.paid + this.reduced >= c.amountDue) this.end(Code.reduced, e, i)
        return
      case "information-received":
        if (this.terminal === -1 && this.cond === Code.notYetEnforceable) this.newInformation = true
        return
      case "creditor-notified":
        return
      case "auction-sold":
        this.auctionOpen = e.price ?? 0
        this.auctionSince = e.date
        return
      case "handover":
        this.auctionOpen = -1
        this.auctionSince = ""
        return
      case "state-compensation-claim":
        if (e.resolvedDate === undefined || e.resolvedDate > this.endCut) this.claimsOpen++
        return
      case "complaint":
        if (e.date >= this.startCut) this.complaintsNew++
        if (e.resolvedDate === undefined || e.resolvedDate > this.endCut) this.complaintsOpen++
        return
      case "verification": {
        this.lastVerification = i
        if (this.terminal !== -1) return
        const s = this.settings
        const g = s.verificationDecidesCondition ? notYetGroundOf(e.facts) : undefined
        if (this.cond === Code.notYetEnforceable) {
          // Only a verification that records its facts, and finds no Đ44a ground, shows the debtor can now pay;
          // a bare verification record changes nothing but the count.
          if (s.verificationDecidesCondition && e.facts !== undefined && g === undefined) {
            this.cond = Code.enforceable
            this.condIndex = i
            this.continuePending = true
            this.condGround = ""
            this.decisionDate = ""
            if (this.overlay === -1) this.since = e.date
            return
          }
          if (e.newInformation === true) this.newInformation = true
          if (this.decisionDate !== "" && e.date > this.decisionDate) {
            this.verifications++
            if (this.verifications === s.separateBookVerifications) this.verifiedOld = e.date
            if (this.verifications === s.newRuleVerifications) this.verifiedNew = e.date
          }
        } else if (g === undefined) {
          if (s.verificationDecidesCondition && !this.continuePending) this.condIndex = i
        } else {
          this.enterNotYet(i, g, "", e.date) // a ground found, no decision yet
        }
        return
      }
      case "not-yet-enforceable":
        this.enterNotYet(i, e.ground, e.date, e.date)
        return
      case "postponement":
        this.overlay = e.clause === 1 && e.point === "c" ? Code.postponedByAgreement : Code.postponed
        this.overlayIndex = i
        this.since = e.date
        return
      case "suspension":
        this.overlay = Code.suspended
        this.overlayIndex = i
        this.since = e.date
        return
      case "resumption":
        this.resumedFrom = this.terminal !== -1 ? this.terminal : this.overlay !== -1 ? this.overlay : this.cond
        if (this.terminal === Code.separateBook || this.terminal === Code.returned) {
          this.terminal = -1
          this.terminalIndex = -1
          this.reentered = true
          this.rule = Rule.none
          this.overlay = -1
        } else if (this.overlay !== -1) {
          this.overlay = -1
          this.since = e.date
          if (this.cond !== Code.notYetEnforceable) this.condIndex = i
          return
        }
        this.cond = Code.enforceable
        this.condIndex = i
        this.condGround = ""
        this.decisionDate = ""
        this.continuePending = false
        this.since = e.date
        return
      case "separate-book":
        if (this.terminal !== -1) return
        this.terminal = Code.separateBook
        this.terminalIndex = i
        this.terminalSince = e.date
        this.rule = Rule.recorded
        return
      case "completion":
        this.end(Code.completed, e, i)
        return
      case "termination":
        this.end(Code.terminated, e, i)
        return
      case "delegation":
        this.end(Code.delegated, e, i)
        return
      case "withdrawal":
        this.end(Code.withdrawn, e, i)
        return
      default:
        return
    }
  }

  private end(code: Code, e: CaseEvent.Event, i: number) {
    if (this.terminal !== -1 && this.terminal !== Code.separateBook && this.terminal !== Code.returned) return
    this.terminal = code
    this.terminalIndex = i
    this.terminalSince = e.date
    this.rule = Rule.none
  }

  /**
   * Walks the history up to and including `end`; when `start` is not "",
   * also records the state just before `start` (events dated before it).
   */
  run(c: Case.Case, start: string, end: string): this {
    this.reset(c)
    this.startCut = start
    this.endCut = end
    const events = c.events
    let snapped = start === ""
    for (let i = 0; i < events.length; i++) {
      const e = events[i]!
      const d = e.date
      if (d > end) break
      if (!snapped && d >= start) {
        if (this.cond === Code.notYetEnforceable) this.derive(c, start, false)
        this.snapshot()
        snapped = true
      }
      if (this.cond === Code.notYetEnforceable) this.derive(c, d, false)
      this.apply(c, e, i)
    }
    if (!snapped) {
      this.derive(c, start, false)
      this.snapshot()
    }
    this.derive(c, end, true)
    this.settle()
    return this
  }
}

/**
 * Whether a code ends the case for the office (xong, đình chỉ, ủy thác,
 * thu hồi / hủy).
 *
 * @example
 * ```ts
 * CaseState.isFinal(CaseState.Code.completed) // true
 * ```
 * @since 0.1.0
 */
export const isFinal = (code: Code): boolean => code >= Code.completed
