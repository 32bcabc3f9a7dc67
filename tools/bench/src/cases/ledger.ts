/**
 * 1,000,000 cases → statistical report (issue #5): `Aggregate.aggregate`
 * (cases + money tables per officer, total, extra lines) as a ratio to a
 * hand-written single pass over the same in-memory cases that computes the
 * same 28 total cells inline (no walker object, no rows, no extra lines).
 * Goal: within 1.5× its time (ratio ≥ 0.67). The memory of the data set
 * (heap used per case, measured around building it) is printed on stderr.
 * `BENCH_LEDGER_CASES` changes the size.
 */
import { Aggregate } from "@thads/core"
import { SyntheticLedger } from "@thads/core/testing"
import type { Case as LedgerCase } from "@thads/core"
import type { Case } from "../Harness.ts"

const N = Number(process.env["BENCH_LEDGER_CASES"] ?? 1_000_000)

let data: ReturnType<typeof SyntheticLedger.ledger> | undefined
/** Builds the data on first use (so other benchmarks do not pay for it), measuring its heap. */
const ledgerData = () => {
  if (data !== undefined) return data
  const gc = (globalThis as { gc?: () => void }).gc
  gc?.()
  const before = process.memoryUsage().heapUsed
  data = SyntheticLedger.ledger({
    seed: 2024,
    cases: N,
    units: ["kv-1", "kv-2", "kv-3", "kv-4", "kv-5", "kv-6", "kv-7", "kv-8", "kv-9"],
    officers: 36
  })
  gc?.()
  const after = process.memoryUsage().heapUsed
  process.stderr.write(
    `ledger: ${N.toLocaleString("en-US")} cases, heap +${((after - before) / 2 ** 20).toFixed(0)} MB, ${((after - before) / N).toFixed(0)} bytes per case${gc === undefined ? " (without --expose-gc: approximate)" : ""}\n`
  )
  check(data)
  return data
}

const options = { year: 2024, months: 12 } as const
const S = "2023-10-01"
const E = "2024-09-30"

/** ISO date plus whole months, the day clamped to the month's end (as CivilDate.addMonths). */
const addMonths = (d: string, n: number): string => {
  const m0 = Number(d.slice(0, 4)) * 12 + Number(d.slice(5, 7)) - 1 + n
  const y = Math.floor(m0 / 12)
  const m = (m0 % 12) + 1
  const last =
    m === 2 ? ((y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28) : [4, 6, 9, 11].includes(m) ? 30 : 31
  const day = Math.min(Number(d.slice(8, 10)), last)
  return `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(day).padStart(2, "0")}`
}

const addYears = (d: string, n: number): string => {
  const y = Number(d.slice(0, 4)) + n
  const md = d.slice(4)
  return md === "-02-29" && !((y % 4 === 0 && y % 100 !== 0) || y % 400 === 0) ? `${y}-02-28` : `${y}${md}`
}

/**
 * The hand-written pass: the same rules as the core walker for this period
 * (which ends before 1/7/2026, so only NĐ 62's separate-book rule applies).
 * Codes: 0 enforceable, 1 hoãn by agreement, 2 hoãn, 3 tạm đình chỉ,
 * 4 chưa có ĐK, 5 separate book, 7 xong, 8 đình chỉ, 9 ủy thác, 10 thu hồi,
 * 11 the rest miễn / giảm. A delegation after a payment counts xong (GSO);
 * "≥ 2 years of prison left" is judged on the day of the decision chưa có
 * điều kiện from the release date (or the decision date + the older years).
 */
const handWritten = (cases: ReadonlyArray<LedgerCase.Case>): Float64Array => {
  const t = new Float64Array(28)
  for (let i = 0; i < cases.length; i++) {
    const c = cases[i]!
    const dec = c.decision.date
    if (dec > E) continue
    let term = -1
    let overlay = -1
    let cond = 0
    let qd = ""
    let nver = 0
    let v2 = ""
    let info = false
    let paid = 0
    let reduced = 0
    let startCode = -1
    let startPaid = 0
    let startReduced = 0
    const release =
      c.debtor.releaseDate ??
      (c.debtor.prisonRemainingYears === undefined
        ? undefined
        : addMonths(dec, Math.round(c.debtor.prisonRemainingYears * 12)))
    const longAt = (day: string) =>
      (release !== undefined && release >= addMonths(day, 24)) || c.debtor.addressUnknown === true
    let ground = ""
    const move = (limit: string, inclusive: boolean) => {
      if (term !== -1 || overlay !== -1 || cond !== 4 || qd === "" || info || v2 === "") return
      const a = addYears(qd, longAt(qd) || ground === "c" ? 2 : 1)
      const m = a > v2 ? a : v2
      if (m <= "2026-06-30" && (inclusive ? m <= limit : m < limit)) term = 5
    }
    const code = () => (term !== -1 ? term : overlay !== -1 ? overlay : cond)
    const events = c.events
    for (let k = 0; k < events.length; k++) {
      const e = events[k]!
      const d = e.date
      if (d > E) break
      if (startCode === -1 && d >= S) {
        move(S, false)
        startCode = code()
        startPaid = paid
        startReduced = reduced
      }
      move(d, false)
      switch (e.type) {
        case "payment":
          paid += e.amount
          break
        case "reduction":
          reduced += e.amount
          if (c.amountDue > 0 && paid + reduced >= c.amountDue && (term === -1 || term === 5)) term = 11
          break
        case "information-received":
          if (term === -1 && cond === 4) info = true
          break
        case "verification": {
          if (term !== -1) break
          const f = e.facts
          const g =
            f === undefined
              ? ""
              : f.noIncomeOrSubsistence === true &&
                  (f.noAssets === true || f.assetsOnlyCoverCoercionCost === true || f.assetsExempt === true)
                ? "a"
                : f.specificItemGoneOrUnusable === true || f.documentsUnrecoverable === true
                  ? "b"
                  : f.addressUnknown === true
                    ? "c"
                    : ""
          if (cond === 4) {
            if (g === "") {
              cond = 0
              qd = ""
              break
            }
            if (e.newInformation === true) info = true
            if (qd !== "" && d > qd && ++nver === 2) v2 = d
          } else if (g !== "") {
            cond = 4
            ground = g
            qd = ""
            nver = 0
            v2 = ""
            info = false
          }
          break
        }
        case "not-yet-enforceable":
          cond = 4
          ground = e.ground
          qd = d
          nver = 0
          v2 = ""
          info = false
          break
        case "postponement":
          overlay = e.clause === 1 && e.point === "c" ? 1 : 2
          break
        case "suspension":
          overlay = 3
          break
        case "resumption":
          if (term === 5) {
            term = -1
            overlay = -1
          } else if (overlay !== -1) {
            overlay = -1
            break
          }
          cond = 0
          qd = ""
          break
        case "separate-book":
          if (term === -1) term = 5
          break
        case "completion":
          if (term === -1 || term === 5) term = 7
          break
        case "termination":
          if (term === -1 || term === 5) term = 8
          break
        case "delegation":
          if (term === -1 || term === 5) term = 9
          break
        case "withdrawal":
          if (term === -1 || term === 5) term = 10
          break
        default:
          break
      }
    }
    if (startCode === -1) {
      move(S, false)
      startCode = code()
      startPaid = paid
      startReduced = reduced
    }
    move(E, true)
    const end = code()
    let slotIn = 1
    if (dec < S) {
      if (startCode >= 7) continue
      if (startCode === 5) {
        if (end === 5) {
          t[11]! += 1
          t[25]! += c.amountDue - paid - reduced
          continue
        }
      } else slotIn = 0
    }
    const base = c.amountDue - startPaid - startReduced
    const p = paid - startPaid + (reduced - startReduced)
    t[slotIn]! += 1
    t[14 + slotIn]! += base
    if (end === 7 || end === 8 || end === 11) {
      t[6]! += 1
      t[7]! += 1
      t[20]! += base
      t[21]! += base
    } else if (end <= 1) {
      t[6]! += 1
      t[8]! += 1
      t[20]! += base
      t[21]! += p
      t[22]! += base - p
    } else {
      t[20]! += p
      t[21]! += p
      const slot = end === 2 || end === 3 ? 9 : end === 4 ? 10 : end === 5 ? 10 : end === 9 ? 3 : 4
      if (end === 9 && paid > 0) {
        // Partly performed, the rest ủy thác: xong in cases; the money left goes to the receiving office.
        t[6]! += 1
        t[7]! += 1
      } else t[slot]! += 1
      t[14 + slot]! += base - p
      if (end === 5) {
        t[11]! += 1
        t[25]! += base - p
      }
    }
  }
  for (const o of [0, 14]) {
    t[o + 2] = t[o]! + t[o + 1]!
    t[o + 5] = t[o + 2]! - t[o + 3]! - t[o + 4]!
    t[o + 12] = t[o + 5]! - t[o + 7]!
    t[o + 13] = t[o + 6]! - t[o + 7]!
  }
  return t
}

/** The two must agree before they are timed. */
const check = (ledger: ReturnType<typeof SyntheticLedger.ledger>) => {
  const r = Aggregate.aggregate(ledger, options)
  const h = handWritten(ledger.cases)
  const a = [...Object.values(r.report.cases.total), ...Object.values(r.report.money.total)] as ReadonlyArray<number>
  const diff = a
    .map((v, j) => (v === h[j] ? "" : `${j < 14 ? "V" : "T"}${String((j % 14) + 1).padStart(2, "0")}: ${v} vs ${h[j]}`))
    .filter((x) => x !== "")
  process.stderr.write(
    diff.length === 0
      ? "ledger: the hand-written pass and Aggregate agree on all 28 total cells\n"
      : `ledger: MISMATCH ${diff.join("; ")}\n`
  )
}

export const ledgerReport: Case = {
  name: `ledger → report, ${N.toLocaleString("en-US")} cases`,
  unit: "cases",
  baseline: { name: "hand-written single pass (totals only)", run: () => handWritten(ledgerData().cases), ops: N },
  candidates: [
    {
      name: "Aggregate.aggregate (rows per officer + extra lines)",
      run: () => Aggregate.aggregate(ledgerData(), options),
      ops: N
    }
  ],
  goal: "≥ 0.67"
}
