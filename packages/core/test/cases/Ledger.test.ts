import { describe, expect, it } from "vitest"
import * as Ledger from "../../src/cases/Ledger.js"
import * as SyntheticLedger from "../../src/cases/SyntheticLedger.js"

/** The first 18 columns (the rest are optional). */
const header = Ledger.csvColumns.slice(0, 18).join(",")

describe("Ledger CSV", () => {
  it("decodes the layout into cases with events", () => {
    const text = [
      header,
      "c1,kv-1,chv-01,2024-01-15,1/QĐ,on-request,,2024-01-10,dân sự,person,50000000,10000000,2024-02-01,postponed,2024-03-01,1.c,0,0",
      '"c2",kv-1,,2024-02-15,"2/QĐ, bổ sung",ex-officio,a,,,organisation,0,,,terminated,2024-04-01,đ,1,1',
      "",
      "c3,kv-2,chv-02,2023-03-01,3,on-request,,2023-02-25,,,9000000,,,separate-book,2024-03-01,a,0,0"
    ].join("\r\n")
    const r = Ledger.decodeCsv(text)
    expect(r._tag).toBe("Success")
    if (r._tag !== "Success") return
    expect(r.ledger.cases.map((c) => c.events.map((e) => e.type))).toEqual([
      ["payment", "postponement"],
      ["termination"],
      ["not-yet-enforceable", "separate-book"]
    ])
    expect(r.ledger.cases[1]!.decision.number).toBe("2/QĐ, bổ sung")
    expect(r.ledger.cases[1]!.flags).toEqual({ assetRecovery: true, creditInstitution: true })
  })

  it("reports bad rows with their line numbers and paths", () => {
    const text = [
      header,
      "c1,kv-1,chv-01,2024-01-15,1,on-request,,2024-01-10,,person,5.000.000,,,,,,0,0",
      "c2,kv-1,chv-01,2024-02-30,2,on-request,,2024-01-10,,person,100,,,postponed,2024-03-01,9,0,0",
      "c3,kv-1",
      "c1,kv-1,chv-01,2024-01-15,1,on-request,,2024-01-10,,person,100,200,2024-02-01,,,,0,0"
    ].join("\n")
    const r = Ledger.decodeCsv(text)
    expect(r._tag).toBe("Failure")
    if (r._tag !== "Failure") return
    expect(r.problems.map((p) => [p.line, p.path])).toEqual([
      [2, "/cases/0/amountDue"],
      [3, "/cases/1/events/0/clause"],
      [3, "/cases/1/decision/date"],
      [4, "/cases/2"],
      [5, "/cases/3/events/0/amount"]
    ])
    expect(r.problems[0]!.message.vi).toContain("dòng 2")
  })

  it("reads the thời hiệu and prison-term columns (#13 items 3, 10) and writes them back", () => {
    const text = [
      "id,unitId,decisionDate,initiation,requestDate,amountDue,judgmentEffectiveDate,obligationDueDate,instalmentDueDates,releaseDate",
      "c1,kv-1,2024-01-15,on-request,2024-01-10,5000000,2018-06-01,2019-06-30,,2027-05-01",
      "c2,kv-1,2024-01-15,on-request,2024-01-10,5000000,2018-06-01,,2018-06-30;2019-06-30,"
    ].join("\n")
    const r = Ledger.decodeCsv(text)
    expect(r._tag).toBe("Success")
    if (r._tag !== "Success") return
    expect(r.ledger.cases[0]).toMatchObject({
      judgmentEffectiveDate: "2018-06-01",
      obligationDueDate: "2019-06-30",
      debtor: { kind: "person", releaseDate: "2027-05-01" }
    })
    expect(r.ledger.cases[1]!.instalments).toEqual([{ dueDate: "2018-06-30" }, { dueDate: "2019-06-30" }])
    const back = Ledger.decodeCsv(Ledger.toCsv(r.ledger))
    expect(back._tag === "Success" && back.ledger.cases).toEqual(r.ledger.cases)
  })

  it("status reduced: the rest waived by miễn / giảm (Điều 61), read and written back", () => {
    const text = [
      header,
      "c1,kv-1,,2024-01-15,1,ex-officio,a,,,,9000000,6000000,2024-02-01,reduced,2025-03-01,,0,0"
    ].join("\n")
    const r = Ledger.decodeCsv(text)
    expect(r._tag === "Success" && r.ledger.cases[0]!.events).toEqual([
      { type: "payment", date: "2024-02-01", amount: 6_000_000 },
      { type: "reduction", date: "2025-03-01", kind: "reduction", amount: 3_000_000 }
    ])
    if (r._tag !== "Success") return
    expect(Ledger.toCsv(r.ledger).split("\r\n")[1]).toContain(",reduced,2025-03-01,")
  })

  it("reports missing and unknown columns on line 1", () => {
    const r = Ledger.decodeCsv("id,unitId,colour\nx,y,z")
    expect(r._tag === "Failure" && r.problems.map((p) => [p.line, p.code])).toEqual([
      [1, "unknown-column"],
      [1, "missing-column"],
      [1, "missing-column"],
      [1, "missing-column"]
    ])
  })

  it("writes CSV that reads back (status and total paid)", () => {
    const l = SyntheticLedger.ledger({ seed: 3, cases: 200 })
    const simple = {
      ...l,
      cases: l.cases.filter(
        (c) =>
          c.events.every(
            (e) =>
              e.type !== "resumption" &&
              e.type !== "verification" &&
              e.type !== "auction-sold" &&
              e.type !== "handover" &&
              e.type !== "complaint" &&
              e.type !== "state-compensation-claim"
          ) &&
          c.events.filter((e) => e.type === "payment").length <= 1 &&
          (c.events[0]?.type !== "payment" || c.events.length === 1 || c.events[0]!.date <= c.events[1]!.date)
      )
    }
    const r = Ledger.decodeCsv(Ledger.toCsv(simple))
    expect(r._tag).toBe("Success")
    if (r._tag === "Success") expect(r.ledger.cases.length).toBe(simple.cases.length)
  })

  it("decodes JSON ledgers with paths into the cases", () => {
    const r = Ledger.decodeJson(JSON.stringify({ unitId: "u", cases: [{ id: "x" }] }))
    expect(r._tag === "Failure" && r.problems.every((p) => p.path.startsWith("/cases/0/"))).toBe(true)
  })
})
