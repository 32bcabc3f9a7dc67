/**
 * Chỉ thị 09 §2.4 and §2.5 on a ledger: the ages of the open auctions and claims at the period end (Aggregate), the
 * checks run on them with the thresholds of the case settings (assumed, named), not run without a threshold or on a
 * ledger layout that cannot record them.
 */
import { describe, expect, it } from "vitest"
import * as Aggregate from "../../src/cases/Aggregate.js"
import * as CaseSettings from "../../src/cases/CaseSettings.js"
import * as LedgerChecks from "../../src/cases/LedgerChecks.js"
import * as Checks09 from "../../src/directive/Checks09.js"
import { d, makeCase } from "./fixtures.js"

// Year 2024, 12 months: the period ends on 2024-09-30.
const ledger = {
  unitId: "u",
  cases: [
    // sold 2024-08-01, not handed over: 60 days at the end
    makeCase([{ type: "auction-sold", date: d("2024-08-01"), price: 900_000_000 }], { id: "a" }),
    // sold and handed over: not open
    makeCase(
      [
        { type: "auction-sold", date: d("2024-03-01"), price: 100 },
        { type: "handover", date: d("2024-04-01") }
      ],
      { id: "b" }
    ),
    // handed over after the period end: open at the end, 200 days
    makeCase(
      [
        { type: "auction-sold", date: d("2024-03-14"), price: 5 },
        { type: "handover", date: d("2024-10-15") }
      ],
      { id: "c" }
    ),
    // two claims: one open (10 days), one resolved before the end; and one resolved after the end (open, 92 days)
    makeCase(
      [
        { type: "state-compensation-claim", date: d("2024-06-30"), resolvedDate: d("2024-10-02") },
        { type: "state-compensation-claim", date: d("2024-07-01"), resolvedDate: d("2024-08-01") },
        { type: "state-compensation-claim", date: d("2024-09-20") }
      ],
      { id: "e" }
    ),
    // a claim after the period end: not counted
    makeCase([{ type: "state-compensation-claim", date: d("2024-10-05") }], { id: "f" })
  ]
}

describe("Aggregate: the ages of what is open at the period end", () => {
  const { extra } = Aggregate.aggregate(ledger, { year: 2024, months: 12 })
  it("auctions not handed over: days from the sale; claims open: days from the claim", () => {
    expect(extra.auctionedNotHandedOver).toEqual({ cases: 2, amount: 900_000_005 })
    expect(extra.openAgesDays.auctionedNotHandedOver).toEqual([60, 200])
    expect(extra.stateCompensationOpen).toBe(2)
    expect(extra.openAgesDays.stateCompensationOpen).toEqual([92, 10])
  })
})

describe("LedgerChecks.run", () => {
  const ages = Aggregate.aggregate(ledger, { year: 2024, months: 12 }).extra.openAgesDays

  it("with thresholds from the case settings: §2.4 and §2.5 run, assumed, naming the setting", () => {
    const s = CaseSettings.decode({ auctionHandoverMaxDays: 90, compensationMaxDays: 30 })
    const thresholds = s._tag === "Success" ? s.success.thresholds : {}
    const [auctions, compensation] = LedgerChecks.run(ages, thresholds)
    expect(auctions).toMatchObject({
      id: Checks09.auctionsHandedOver.id,
      provisions: ["2.4"],
      citation: { document: "ct-09-ct-tu-2021", section: "2.4" },
      basis: "assumed",
      outcome: { status: "fail", observed: 1, expected: 0 },
      setting: { key: "CaseSettings.auctionHandoverMaxDays", value: 90 }
    })
    expect(auctions!.outcome.message.en).toBe("1 auctioned assets not handed over older than 90 days")
    expect(compensation).toMatchObject({
      id: Checks09.compensationSettled.id,
      provisions: ["2.5"],
      outcome: { status: "fail", observed: 1 },
      setting: { key: "CaseSettings.compensationMaxDays", value: 30 }
    })
    expect(
      LedgerChecks.run(ages, { auctionHandoverMaxDays: 200, compensationMaxDays: 92 }).map((r) => r.outcome.status)
    ).toEqual(["pass", "pass"])
  })

  it("no threshold (the directive sets none): not applicable, saying which setting to give", () => {
    const r = LedgerChecks.run(ages, {})
    expect(r.map((x) => x.outcome.status)).toEqual(["not-applicable", "not-applicable"])
    expect(r[0]!.outcome.message.en).toContain('set "auctionHandoverMaxDays"')
    expect(r[1]!.outcome.message.vi).toContain('"compensationMaxDays"')
    expect(r.every((x) => x.setting === undefined)).toBe(true)
  })

  it("a layout that records no auctions or claims (CSV): not applicable, never a pass", () => {
    const r = LedgerChecks.run(
      { auctionedNotHandedOver: [], stateCompensationOpen: [] },
      { auctionHandoverMaxDays: 1 },
      {
        recorded: false
      }
    )
    expect(r.map((x) => x.outcome.status)).toEqual(["not-applicable", "not-applicable"])
    expect(r[0]!.outcome.message.en).toBe("a CSV ledger does not record auction sales and handovers")
  })
})
