/**
 * Synthetic ledgers for tests, demos and benchmarks: a seeded, deterministic
 * generator of plausible cases with consistent histories (every generated
 * case decodes). The mix (about 45 % completed, 7 % terminated, 20 % chưa có
 * điều kiện, 5 % hoãn, 2 % miễn / giảm, some delegations after a partial
 * payment, …) is loosely shaped on published national figures; the numbers
 * are not real.
 *
 * @since 0.1.0
 */
import * as CivilDate from "../base/CivilDate.js"
import * as Synthetic from "../statistics/Synthetic.js"
import type * as Case from "./Case.js"
import type * as CaseEvent from "./Event.js"
import type * as Ledger from "./Ledger.js"

/**
 * Options of {@link ledger}.
 *
 * @example
 * ```ts
 * const o: SyntheticLedger.Options = { seed: 1, cases: 1000 }
 * ```
 * @since 0.1.0
 */
export interface Options {
  readonly seed: number
  /** Number of cases (default 1,000). */
  readonly cases?: number
  readonly unitId?: string
  /** Sub-units the cases are spread over (default: the unit itself). */
  readonly units?: ReadonlyArray<string>
  /** Enforcement officers (default 12). */
  readonly officers?: number
  /** First and last decision dates (default 2021-10-01 … 2024-09-30). */
  readonly from?: string
  readonly to?: string
  /** The day the histories are recorded up to (default `to`). */
  readonly asOf?: string
}

const points8 = ["a", "b", "c", "d", "đ", "e", "g", "h"] as const
const exGrounds = ["a", "a", "a", "b", "b", "c", "d", "đ", "e"] as const
/** The ex officio points whose amounts go to the State budget (Điều 61 applies). */
const budgetGrounds = ["a", "a", "c"] as const

/**
 * A synthetic ledger.
 *
 * @example
 * ```ts
 * const l = SyntheticLedger.ledger({ seed: 7, cases: 500 })
 * l.cases.length // 500
 * ```
 * @since 0.1.0
 */
export const ledger = (options: Options): Ledger.Ledger => {
  const next = Synthetic.random(options.seed)
  const n = options.cases ?? 1000
  const unitId = options.unitId ?? "synthetic"
  const units = options.units ?? [unitId]
  const officers = Array.from({ length: options.officers ?? 12 }, (_, i) => `chv-${String(i + 1).padStart(2, "0")}`)
  const from = CivilDate.toDayNumber(CivilDate.make(options.from ?? "2021-10-01"))
  const to = CivilDate.toDayNumber(CivilDate.make(options.to ?? "2024-09-30"))
  const asOf = CivilDate.toDayNumber(CivilDate.make(options.asOf ?? options.to ?? "2024-09-30"))
  const int = (max: number) => Math.floor(next() * (max + 1))
  const pick = <A>(xs: ReadonlyArray<A>): A => xs[Math.floor(next() * xs.length)]!
  const day = (n: number) => CivilDate.fromDayNumber(n)
  const cases: Array<Case.Case> = []
  for (let i = 0; i < n; i++) {
    const d0 = from + int(to - from)
    const events: Array<CaseEvent.Event> = []
    let t = d0
    // Advances the clock; false when the history is past asOf.
    const later = (maxDays: number) => {
      t += 1 + int(maxDays)
      return t <= asOf
    }
    const amountDue =
      next() < 0.05 ? 0 : Math.round(Math.exp(Math.log(1e6) + next() * (Math.log(5e9) - Math.log(1e6))) / 1000) * 1000
    let paid = 0
    let reducedState = false
    const pay = (share: number) => {
      const a = Math.floor(((amountDue - paid) * share) / 1000) * 1000
      if (a > 0) {
        paid += a
        events.push({ type: "payment", date: day(t), amount: a })
      }
    }
    const r = next()
    if (r < 0.45) {
      if (later(60)) pay(0.5)
      if (later(120)) {
        pay(1)
        events.push({ type: "completion", date: day(t) })
      }
    } else if (r < 0.52) {
      if (next() < 0.3 && later(60)) pay(0.3)
      if (later(200)) events.push({ type: "termination", date: day(t), point: pick(points8) })
    } else if (r < 0.54) {
      // Partly performed before the delegation in some cases ("thi hành xong" here, GSO).
      if (next() < 0.4 && later(60)) pay(0.3)
      if (later(120)) events.push({ type: "delegation", date: day(t), toUnitId: "other-unit" })
    } else if (r < 0.55) {
      if (later(60)) events.push({ type: "withdrawal", date: day(t), kind: next() < 0.5 ? "withdrawn" : "cancelled" })
    } else if (r < 0.75) {
      if (later(20)) {
        const g = next()
        const facts: CaseEvent.VerificationFacts =
          g < 0.7
            ? { noIncomeOrSubsistence: true, noAssets: true }
            : g < 0.8
              ? { specificItemGoneOrUnusable: true }
              : { addressUnknown: true }
        events.push({ type: "verification", date: day(t), facts })
        if (later(5)) {
          events.push({ type: "not-yet-enforceable", date: day(t), ground: g < 0.7 ? "a" : g < 0.8 ? "b" : "c" })
          const rounds = int(4)
          for (let k = 0; k < rounds; k++) {
            if (!later(180)) break
            const newInformation = next() < 0.1
            const able = next() < 0.1
            events.push({
              type: "verification",
              date: day(t),
              facts: able ? {} : facts,
              ...(newInformation ? { newInformation } : {})
            })
            if (able) {
              if (later(5)) events.push({ type: "resumption", date: day(t) })
              if (later(60)) pay(0.4)
              break
            }
          }
        }
      }
    } else if (r < 0.8) {
      if (later(90)) {
        const clause = next() < 0.9 ? 1 : 2
        events.push(
          clause === 1
            ? { type: "postponement", date: day(t), clause: 1, point: pick(points8) }
            : { type: "postponement", date: day(t), clause: 2 }
        )
        if (next() < 0.5 && later(120)) events.push({ type: "resumption", date: day(t) })
      }
    } else if (r < 0.81) {
      if (later(90)) events.push({ type: "suspension", date: day(t), clause: next() < 0.6 ? 1 : 2 })
    } else {
      if (later(90)) pay(0.2)
      if (later(90)) pay(0.2)
      // Miễn / giảm of a State-budget amount (Điều 61): part of the rest, or all of it.
      if (next() < 0.1 && amountDue > paid && later(180)) {
        const rest = amountDue - paid
        const amount = next() < 0.5 ? rest : Math.max(1000, Math.floor(rest / 4000) * 1000)
        reducedState = true
        events.push({ type: "reduction", date: day(t), kind: amount === rest ? "exemption" : "reduction", amount })
        if (amount === rest) paid = amountDue
      }
    }
    // Side events, before any terminal event.
    const last = events[events.length - 1]
    const closed =
      last !== undefined &&
      (last.type === "completion" ||
        last.type === "termination" ||
        last.type === "delegation" ||
        last.type === "withdrawal" ||
        (last.type === "reduction" && paid >= amountDue))
    if (!closed) {
      const side = next()
      if (side < 0.01 && later(30)) {
        events.push({ type: "auction-sold", date: day(t), price: Math.max(0, amountDue - paid) })
        if (next() < 0.5 && later(30)) events.push({ type: "handover", date: day(t) })
      } else if (side < 0.015 && later(30)) {
        events.push({
          type: "complaint",
          date: day(t),
          ...(next() < 0.5 && t + 30 <= asOf ? { resolvedDate: day(t + 30) } : {})
        })
      } else if (side < 0.017 && later(30)) {
        events.push({ type: "state-compensation-claim", date: day(t) })
      }
    }
    while (events.length > 0 && CivilDate.toDayNumber(events[events.length - 1]!.date) > asOf) events.pop()
    const onRequest = next() < 0.6
    const hasReduction = reducedState && events.some((e) => e.type === "reduction")
    const decisionDate = day(d0)
    const flagR = next()
    cases.push({
      id: `${unitId}-${i + 1}`,
      unitId: pick(units),
      ...(next() < 0.97 ? { officerId: pick(officers) } : {}),
      decision: { date: decisionDate, number: `${i + 1}/QĐ-THADS` },
      initiation:
        onRequest && !hasReduction
          ? { mode: "on-request", requestDate: day(d0 - 1 - int(6)) }
          : {
              mode: "ex-officio",
              ground: hasReduction ? pick(budgetGrounds) : pick(exGrounds),
              judgmentReceivedDate: day(d0 - int(6))
            },
      judgmentKind: next() < 0.6 ? "dân sự" : "hình sự",
      debtor:
        next() < 0.9
          ? { kind: "person", ...(next() < 0.05 ? { prisonRemainingYears: 3 } : {}) }
          : { kind: "organisation" },
      amountDue,
      ...(flagR < 0.02
        ? { flags: { assetRecovery: true } }
        : flagR < 0.03
          ? { flags: { creditInstitution: true } }
          : {}),
      events
    })
  }
  return { unitId, cases }
}
