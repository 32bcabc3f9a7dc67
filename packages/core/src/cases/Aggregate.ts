/**
 * From a ledger to a statistical report (tổng hợp báo cáo thống kê từ sổ
 * thụ lý): one pass over the cases, each walked once (./State.ts) for its
 * state just before the period start S and at the period end E, counted into
 * integer accumulators per row (per Chấp hành viên or per sub-unit) and into
 * the directive's extra lines.
 *
 * **Cases (V).** A case is accepted on the date of its decision to enforce
 * (1 quyết định = 1 việc); cases accepted after E are ignored.
 * - V01 carried over: accepted before S, not finished before S (xong, đình
 *   chỉ, ủy thác, thu hồi / hủy, returned), not in the separate book at S.
 * - V02 new: accepted within the period; also a case that comes back from
 *   the separate book (or a return) by a resumption within the period [I].
 * - V03 = V01 + V02.
 * - V04 ủy thác and V05 thu hồi / hủy: the state at E.
 * - V06 = V03 − V04 − V05 (phải thi hành).
 * - V07 có điều kiện = V08 + V09 (+ V10 under TT 01/2013): completed +
 *   terminated + reduced + partly performed and delegated + in progress
 *   (enforceable, and hoãn by agreement, Điều 48 k1 c).
 * - V08 xong, as the GSO definition of "thi hành xong" counts it (the
 *   metadata page "Kết quả thi hành án dân sự", thads-rules.md S8): xong
 *   thực tế; đình chỉ; a case partly performed whose rest was giảm / miễn
 *   (Điều 61; state `reduced`); a case partly performed (a payment recorded)
 *   whose rest was ủy thác — counted xong here, and new at the receiving
 *   office. A delegation with nothing performed stays in V04.
 * - V09 in progress (đang thi hành).
 * - V10 hoãn (other than k1 c) and tạm đình chỉ at E, placed by the regime
 *   of the report (../statistics/ResidualPlacement.ts): inside V07 under
 *   TT 01/2013 (V06 = V07 + V11, as the figures published before 2020 add
 *   up), outside it from TT 06/2019 (V06 = V07 + V11 + V10).
 * - V11 chưa có điều kiện at E, plus the cases moved to the separate book or
 *   whose request was sent back (gửi lại yêu cầu) within the period (they
 *   were in V03 and leave the caseload only from the next period, as V01
 *   excludes them) [I].
 * - V12 the separate book at E: every case in it (moved in this period or
 *   before); outside V06, no identity uses it.
 * - V13 = V06 − V08; V14 = V07 − V08.
 *
 * **Money (T), exact VND.** Each case brings a base B: its outstanding
 * amount at S (amount due − paid before S) for carried and re-entered cases,
 * its amount due for new ones. T01/T02 sum B like V01/V02. Money paid within
 * the period (P) is money enforced, and so is money waived by miễn / giảm
 * within the period (R, Điều 61 — the forms' "giảm" part of xong [assumed]):
 * P + R counts in T07 and T08 whatever the case's state; the rest, B − P − R,
 * goes where the case goes (T04, T05, T09, T10, T11, and T12 too for the
 * separate book). A completed, terminated or reduced case counts its whole B
 * in T07 and T08 (the terminated remainder counts as xong, GSO [assumed]).
 * A partly performed delegation counts xong in V but its remainder stays in
 * T04: the money left is enforced at the receiving office. So T08 = money
 * collected and waived in the period + the outstanding amounts of cases
 * completed, terminated or reduced. T03, T06, T13, T14 as for V.
 * Every identity of ../statistics/Identity.ts holds by construction.
 *
 * **Extra lines** (Chỉ thị 09, thads-rules.md §2.4–2.5, §4.5, §5): enforceable
 * cases carried forward by age (months since the decision, configurable
 * edges: "long-running" has no official definition [U]), auctioned and not
 * handed over, state-compensation claims open, corruption/economic asset
 * recovery and credit-institution debts (V06/V07/V08, T06/T07/T08),
 * complaints received and open, separate-book moves and returns.
 *
 * @since 0.1.0
 */
import * as CivilDate from "../base/CivilDate.js"
import * as ReportingDeadline from "../calendar/ReportingDeadline.js"
import * as StatisticalPeriod from "../calendar/StatisticalPeriod.js"
import type * as Identity from "../statistics/Identity.js"
import type * as Report from "../statistics/Report.js"
import * as ResidualPlacement from "../statistics/ResidualPlacement.js"
import * as Classify from "./Classify.js"
import type * as Ledger from "./Ledger.js"
import * as State from "./State.js"

/**
 * Options of {@link aggregate}.
 *
 * @example
 * ```ts
 * const o: Aggregate.Options = { year: 2024, months: 12, rowsBy: "officer" }
 * ```
 * @since 0.1.0
 */
export interface Options {
  readonly year: number
  readonly months: number
  /** One row per Chấp hành viên (default) or per sub-unit. */
  readonly rowsBy?: "officer" | "unit"
  readonly settings?: Classify.Settings
  /** Default: the regime in force on the period's last day. */
  readonly regime?: ReportingDeadline.Regime
  readonly level?: ReportingDeadline.Level
  /** Age bucket edges in months (increasing) for the enforceable cases carried forward ({@link defaultAgeEdgesMonths}; display only [U]). */
  readonly ageEdgesMonths?: ReadonlyArray<number>
  /** Where hoãn / tạm đình chỉ go; default: the regime's (../statistics/ResidualPlacement.ts). */
  readonly placement?: Identity.ResidualPlacement
}

/**
 * The default edges of the age bands of the enforceable cases carried
 * forward, in months: "long-running" has no official definition [U], so the
 * bands are a setting (case settings `ageEdgesMonths`), for display only.
 *
 * @example
 * ```ts
 * Aggregate.defaultAgeEdgesMonths // [6, 12, 24, 60]
 * ```
 * @since 0.4.0
 */
export const defaultAgeEdgesMonths: ReadonlyArray<number> = [6, 12, 24, 60]

/**
 * A count and an amount.
 *
 * @example
 * ```ts
 * const x: Aggregate.CountAmount = { cases: 3, amount: 12_000_000 }
 * ```
 * @since 0.1.0
 */
export interface CountAmount {
  readonly cases: number
  readonly amount: number
}

/**
 * A special line with the main tree's V06/V07/V08 and T06/T07/T08.
 *
 * @example
 * ```ts
 * const ledger = SyntheticLedger.ledger({ seed: 7, cases: 200 })
 * Aggregate.aggregate(ledger, { year: 2024, months: 12 }).extra.assetRecovery.completed.amount
 * ```
 * @since 0.1.0
 */
export interface Line {
  readonly mustEnforce: CountAmount
  readonly enforceable: CountAmount
  readonly completed: CountAmount
}

/**
 * The directive's extra lines.
 *
 * @example
 * ```ts
 * const ledger = SyntheticLedger.ledger({ seed: 7, cases: 200 })
 * Aggregate.aggregate(ledger, { year: 2024, months: 12 }).extra.auctionedNotHandedOver.cases
 * ```
 * @since 0.1.0
 */
export interface ExtraLines {
  /** Enforceable cases carried forward (V14) by age in months: bucket i is [edge i−1, edge i). */
  readonly enforceableByAge: ReadonlyArray<
    { readonly fromMonths: number; readonly toMonths: number | null } & CountAmount
  >
  /** Assets sold at auction and not handed over to the buyer at the period end (cases, sale prices). */
  readonly auctionedNotHandedOver: CountAmount
  /** State-compensation claims open at the period end. */
  readonly stateCompensationOpen: number
  /**
   * Chỉ thị 09 §2.4, §2.5: the age in days at the period end of each asset sold at auction and not handed over
   * (from the sale) and of each state-compensation claim open (from the claim), in the ledger's order.
   */
  readonly openAgesDays: {
    readonly auctionedNotHandedOver: ReadonlyArray<number>
    readonly stateCompensationOpen: ReadonlyArray<number>
  }
  /** Asset recovery in corruption/economic cases. */
  readonly assetRecovery: Line
  /** Debts of credit institutions. */
  readonly creditInstitution: Line
  readonly complaints: { readonly received: number; readonly open: number }
  readonly separateBook: { readonly movedInPeriod: number; readonly total: number }
  readonly returned: number
}

/**
 * The report and the extra lines.
 *
 * @example
 * ```ts
 * const ledger = SyntheticLedger.ledger({ seed: 7, cases: 200 })
 * const { report, extra }: Aggregate.Result = Aggregate.aggregate(ledger, { year: 2024, months: 12 })
 * ```
 * @since 0.1.0
 */
export interface Result {
  readonly report: Report.Report
  readonly extra: ExtraLines
  /** The identity settings the report was built for (check it with them). */
  readonly identities: Identity.Settings
}

const W = 28 // 14 case slots then 14 money slots
// Slot offsets (0-based): V01 = 0 … V14 = 13; T01 = 14 … T14 = 27.
const V = (n: number) => n - 1
const T = (n: number) => 13 + n

const emptyLine = () => new Float64Array(6)

/**
 * Aggregates a ledger at the end of a statistical period.
 *
 * @example
 * ```ts
 * const ledger = SyntheticLedger.ledger({ seed: 7, cases: 200 })
 * const { report, extra } = Aggregate.aggregate(ledger, { year: 2024, months: 12 })
 * Identity.evaluate(report, { onlyFailures: true }) // []
 * ```
 * @since 0.1.0
 */
export const aggregate = (ledger: Ledger.Ledger, options: Options): Result => {
  const period = StatisticalPeriod.make(options.year, options.months)
  const S: string = StatisticalPeriod.start(period)
  const E: string = StatisticalPeriod.end(period)
  const settings = options.settings ?? Classify.defaultSettings
  const byOfficer = (options.rowsBy ?? "officer") === "officer"
  const edges = options.ageEdgesMonths ?? defaultAgeEdgesMonths
  // A case accepted on or before thresholds[b] is at least edges[b] whole months old at E.
  const thresholds = edges.map((m) => CivilDate.addMonths(E as CivilDate.CivilDate, -m) as string)

  const rowIndex = new Map<string, number>()
  const rowIds: Array<string> = []
  const acc: Array<Float64Array> = []
  const ageCount = new Float64Array(edges.length + 1)
  const ageAmount = new Float64Array(edges.length + 1)
  const asset = emptyLine()
  const credit = emptyLine()
  let auctionCases = 0
  let auctionAmount = 0
  const auctionAges: Array<number> = []
  const claimAges: Array<number> = []
  let claimsOpen = 0
  let complaintsReceived = 0
  let complaintsOpen = 0
  let movedInPeriod = 0
  let returned = 0

  const regime = options.regime ?? ReportingDeadline.regimeAt(E as never) ?? "tt01-2013"
  const placement = options.placement ?? ResidualPlacement.byRegime[regime].placement
  const inside = placement === "inside-enforceable"
  const w = new State.Walker(settings)
  const cases = ledger.cases
  let lastKey = ""
  let lastRow: Float64Array | undefined
  for (let i = 0; i < cases.length; i++) {
    const c = cases[i]!
    const accepted = c.decision.date
    if (accepted > E) continue
    w.run(c, S, E)
    // The extra lines that do not depend on the case being counted.
    if (w.auctionOpen >= 0) {
      auctionCases++
      auctionAmount += w.auctionOpen
      auctionAges.push(CivilDate.daysBetween(w.auctionSince as CivilDate.CivilDate, E as CivilDate.CivilDate))
    }
    if (w.claimsOpen > 0)
      for (const e of c.events) {
        if (e.date > E) break
        if (e.type === "state-compensation-claim" && (e.resolvedDate === undefined || e.resolvedDate > E))
          claimAges.push(CivilDate.daysBetween(e.date, E as CivilDate.CivilDate))
      }
    claimsOpen += w.claimsOpen
    complaintsReceived += w.complaintsNew
    complaintsOpen += w.complaintsOpen

    const sc = w.startCode
    const code = w.code
    const carried = accepted < S
    let slotIn: number // V01 or V02
    if (carried) {
      if (sc >= State.Code.completed || sc === State.Code.returned) continue
      if (sc === State.Code.separateBook) {
        // Still in the separate book — unless it came back during the period and went back again: then it was
        // new in the period (V02) and stays counted there in every later period of the year (cumulative).
        if (code === State.Code.separateBook && !w.reentered) {
          const r = rowFor(c)
          r[V(12)]! += 1
          r[T(12)]! += c.amountDue - w.paid - w.reduced
          continue
        }
        slotIn = 2
      } else slotIn = 1
    } else slotIn = 2
    const r = rowFor(c)
    const base = c.amountDue - w.startPaid - w.startReduced
    // Money enforced in the period: collected, or waived by miễn / giảm (Điều 61).
    const paidIn = w.paid - w.startPaid + (w.reduced - w.startReduced)
    r[V(slotIn)]! += 1
    r[T(slotIn)]! += base
    const flags = c.flags
    const line = flags === undefined ? undefined : flags.assetRecovery === true ? asset : undefined
    const line2 = flags === undefined ? undefined : flags.creditInstitution === true ? credit : undefined
    let must = 1
    let mustAmount = base
    let enforceable = 0
    let enfAmount = paidIn
    let done = 0
    let doneAmount = paidIn
    switch (code) {
      case State.Code.completed:
      case State.Code.terminated:
      case State.Code.reduced:
        r[V(7)]! += 1
        r[V(8)]! += 1
        r[T(7)]! += base
        r[T(8)]! += base
        enforceable = 1
        done = 1
        enfAmount = base
        doneAmount = base
        break
      case State.Code.enforceable:
      case State.Code.postponedByAgreement: {
        r[V(7)]! += 1
        r[V(9)]! += 1
        r[T(7)]! += base
        r[T(8)]! += paidIn
        r[T(9)]! += base - paidIn
        enforceable = 1
        enfAmount = base
        // Age of the enforceable case carried forward, in whole months since the decision.
        let b = 0
        while (b < thresholds.length && accepted <= thresholds[b]!) b++
        ageCount[b]! += 1
        ageAmount[b]! += base - paidIn
        break
      }
      case State.Code.postponed:
      case State.Code.suspended:
        r[V(10)]! += 1
        r[T(8)]! += paidIn
        r[T(10)]! += base - paidIn
        if (inside) {
          // TT 01/2013: hoãn / tạm đình chỉ inside "có điều kiện" (V07 = V08 + V09 + V10).
          r[V(7)]! += 1
          r[T(7)]! += base
          enforceable = 1
          enfAmount = base
        } else r[T(7)]! += paidIn
        break
      case State.Code.notYetEnforceable:
        r[V(11)]! += 1
        r[T(7)]! += paidIn
        r[T(8)]! += paidIn
        r[T(11)]! += base - paidIn
        break
      case State.Code.separateBook:
        r[V(11)]! += 1
        r[V(12)]! += 1
        r[T(7)]! += paidIn
        r[T(8)]! += paidIn
        r[T(11)]! += base - paidIn
        r[T(12)]! += base - paidIn
        movedInPeriod++
        break
      case State.Code.returned:
        r[V(11)]! += 1
        r[T(7)]! += paidIn
        r[T(8)]! += paidIn
        r[T(11)]! += base - paidIn
        returned++
        break
      case State.Code.delegated:
        if (w.paid > 0) {
          // Partly performed, the rest ủy thác: xong here (GSO), new at the receiving office.
          r[V(7)]! += 1
          r[V(8)]! += 1
          enforceable = 1
          done = 1
        } else r[V(4)]! += 1
        r[T(7)]! += paidIn
        r[T(8)]! += paidIn
        r[T(4)]! += base - paidIn
        must = w.paid > 0 ? 1 : 0
        mustAmount = paidIn
        break
      case State.Code.withdrawn:
        r[V(5)]! += 1
        r[T(7)]! += paidIn
        r[T(8)]! += paidIn
        r[T(5)]! += base - paidIn
        must = 0
        mustAmount = paidIn
        break
    }
    if (line !== undefined) addLine(line, must, mustAmount, enforceable, enfAmount, done, doneAmount)
    if (line2 !== undefined) addLine(line2, must, mustAmount, enforceable, enfAmount, done, doneAmount)
  }

  function rowFor(c: Ledger.Ledger["cases"][number]): Float64Array {
    const key = byOfficer ? (c.officerId ?? "") : c.unitId
    if (key === lastKey && lastRow !== undefined) return lastRow
    let k = rowIndex.get(key)
    if (k === undefined) {
      k = acc.length
      rowIndex.set(key, k)
      rowIds.push(key)
      acc.push(new Float64Array(W))
    }
    lastKey = key
    lastRow = acc[k]!
    return lastRow
  }

  // Derived cells, the rows in id order, the total row.
  const order = rowIds.map((id, k) => ({ id, k })).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
  const total = new Float64Array(W)
  const caseRows: Array<Report.CaseRow> = []
  const moneyRows: Array<Report.MoneyRow> = []
  for (const { id, k } of order) {
    const r = acc[k]!
    derive(r)
    for (let j = 0; j < W; j++) total[j]! += r[j]!
    const rowId = id === "" ? "unassigned" : id
    const header = {
      id: rowId,
      kind: (byOfficer ? "officer" : "unit") as Report.RowKind,
      ...(id === "" ? { name: "Chưa phân công Chấp hành viên / no officer assigned" } : {})
    }
    caseRows.push({ ...header, ...cells(r, "V", 0) } as Report.CaseRow)
    moneyRows.push({ ...header, ...cells(r, "T", 14) } as Report.MoneyRow)
  }
  for (let j = 0; j < W; j++) {
    if (!Number.isSafeInteger(total[j]!))
      throw new RangeError(`aggregate: ${j < 14 ? "V" : "T"}${String((j % 14) + 1).padStart(2, "0")} exceeds 2^53 − 1`)
  }
  const report: Report.Report = {
    formatVersion: "1",
    header: {
      unitId: ledger.unitId,
      ...(ledger.unitName !== undefined ? { unitName: ledger.unitName } : {}),
      ...(options.level !== undefined ? { level: options.level } : {}),
      year: period.year,
      months: period.months,
      regime
    },
    cases: { rows: caseRows, total: cells(total, "V", 0) as unknown as Report.CaseCounts },
    money: { rows: moneyRows, total: cells(total, "T", 14) as unknown as Report.MoneyAmounts }
  }
  const lineOf = (l: Float64Array): Line => ({
    mustEnforce: { cases: l[0]!, amount: l[1]! },
    enforceable: { cases: l[2]!, amount: l[3]! },
    completed: { cases: l[4]!, amount: l[5]! }
  })
  const extra: ExtraLines = {
    enforceableByAge: Array.from({ length: edges.length + 1 }, (_, b) => ({
      fromMonths: b === 0 ? 0 : edges[b - 1]!,
      toMonths: b < edges.length ? edges[b]! : null,
      cases: ageCount[b]!,
      amount: ageAmount[b]!
    })),
    auctionedNotHandedOver: { cases: auctionCases, amount: auctionAmount },
    stateCompensationOpen: claimsOpen,
    openAgesDays: { auctionedNotHandedOver: auctionAges, stateCompensationOpen: claimAges },
    assetRecovery: lineOf(asset),
    creditInstitution: lineOf(credit),
    complaints: { received: complaintsReceived, open: complaintsOpen },
    separateBook: { movedInPeriod, total: total[V(12)]! },
    returned
  }
  return { report, extra, identities: { residual: ["10"], placement } }
}

const addLine = (
  l: Float64Array,
  must: number,
  mustAmount: number,
  enf: number,
  enfAmount: number,
  done: number,
  doneAmount: number
) => {
  l[0]! += must
  l[1]! += mustAmount
  l[2]! += enf
  l[3]! += enfAmount
  l[4]! += done
  l[5]! += doneAmount
}

/** V03, V06, V13, V14 and the same for money, from the counted cells. */
const derive = (r: Float64Array) => {
  for (const o of [0, 14]) {
    r[o + 2] = r[o]! + r[o + 1]!
    r[o + 5] = r[o + 2]! - r[o + 3]! - r[o + 4]!
    r[o + 12] = r[o + 5]! - r[o + 7]!
    r[o + 13] = r[o + 6]! - r[o + 7]!
  }
}

const SLOT = ["01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12", "13", "14"]
const cells = (r: Float64Array, prefix: "V" | "T", offset: number): Record<string, number> => {
  const o: Record<string, number> = {}
  for (let j = 0; j < 14; j++) o[prefix + SLOT[j]] = r[offset + j]!
  return o
}
