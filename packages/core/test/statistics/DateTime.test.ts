/**
 * Dates and date-times in every input are real calendar values, each a
 * decoding problem at its pointer (report header; cases; ledgers JSON and
 * CSV), never a regex match that lets 2023-02-30 roll over to March.
 */
import { describe, expect, it } from "vitest"
import * as Case from "../../src/cases/Case.js"
import * as Ledger from "../../src/cases/Ledger.js"
import * as ReportCheck from "../../src/compliance/ReportCheck.js"
import * as Decode from "../../src/statistics/Decode.js"
import * as Report from "../../src/statistics/Report.js"
import * as Synthetic from "../../src/statistics/Synthetic.js"

const withHeader = (key: string, value: string) => {
  const r = JSON.parse(JSON.stringify(Synthetic.report({ seed: 5, rows: 2 })))
  r.header[key] = value
  return r
}

describe("report date-times", () => {
  const bad = [
    ["2022-04-01T09:30:00+25:00", "offset +25:00"],
    ["2022-04-01T09:30:00-14:30", "offset -14:30"],
    ["0000-00-00T00:00:00Z", "year 0"],
    ["2023-02-30T10:00:00+07:00", "day 30 is outside 1–28 for 02/2023"],
    ["2024-02-30T10:00:00+07:00", "day 30 is outside 1–29 for 02/2024"],
    ["2022-04-01T24:00:00+07:00", "hour 24"],
    ["2022-04-01T09:60:00+07:00", "minute 60"],
    ["2022-04-01T09:30:60+07:00", "second 60"],
    ["2022-04-01T09:30:00+07:60", "minutes outside"],
    ["2022-13-01T09:30:00+07:00", "month 13"],
    ["2022-04-01 09:30:00+07:00", "not an ISO 8601"],
    ["2022-04-01T09:30:00", "not an ISO 8601"]
  ] as const

  it.each(bad)("%s is a bad-format problem at its pointer (%s)", (value, why) => {
    for (const key of ["submittedAt", "preparedAt"]) {
      const r = Decode.decode(withHeader(key, value))
      expect(r._tag).toBe("Failure")
      const p = r._tag === "Failure" ? r.failure : []
      expect(p.map((x) => [x.path, x.code])).toEqual([[`/header/${key}`, "bad-format"]])
      expect(p[0]!.message.en).toContain(why)
      // The Schema decoder (the source of truth) agrees.
      expect(Decode.decodeWithSchema(withHeader(key, value))._tag).toBe("Failure")
    }
  })

  it("accepts real date-times: Z, ±14:00, fractions, no seconds, 29 February of a leap year", () => {
    for (const v of [
      "2022-04-01T09:30:00+07:00",
      "2022-04-01T09:30Z",
      "2022-04-01T23:59:59.123456789-14:00",
      "2024-02-29T00:00:00+14:00"
    ]) {
      expect(Report.dateTimeProblem(v)).toBeUndefined()
      expect(Decode.decode(withHeader("submittedAt", v))._tag).toBe("Success")
      expect(Decode.decodeWithSchema(withHeader("submittedAt", v))._tag).toBe("Success")
    }
  })

  it("a late report cannot pass as on time through an impossible date", () => {
    const r = ReportCheck.check(withHeader("submittedAt", "2023-02-30T10:00:00+07:00"))
    expect(r.valid).toBe(false)
    expect(r.findings.map((f) => [f.code, f.location.path])).toEqual([["report-bad-date-time", "/header/submittedAt"]])
  })
})

describe("case and ledger dates", () => {
  const aCase = {
    id: "v-1",
    unitId: "chi-cuc-go-dau",
    decision: { date: "2022-01-12", number: "26/QĐ-THADS" },
    initiation: { mode: "on-request", requestDate: "2022-01-10" },
    judgmentKind: "dân sự",
    debtor: { kind: "person" },
    amountDue: 1000,
    events: [{ type: "payment", date: "2022-02-01", amount: 1000 }]
  }

  it("a case's decision, request and event dates are calendar dates, each at its pointer", () => {
    const c = JSON.parse(JSON.stringify(aCase))
    c.decision.date = "2023-02-30"
    c.initiation.requestDate = "0000-00-00"
    c.events[0].date = "2022-04-31"
    const r = Case.decode(c)
    expect(r._tag === "Failure" && r.problems.map((p) => p.path)).toEqual([
      "/decision/date",
      "/initiation/requestDate",
      "/events/0/date"
    ])
  })

  it("a JSON ledger's case dates, at /cases/i/…", () => {
    const c = JSON.parse(JSON.stringify(aCase))
    c.events[0].date = "2022-02-29"
    const r = Ledger.decode({ unitId: "u", cases: [aCase, c] })
    expect(r._tag === "Failure" && r.problems.map((p) => p.path)).toEqual(["/cases/1/events/0/date"])
  })

  it("a CSV ledger's dates, with the line", () => {
    const csv = [
      "id,unitId,decisionDate,initiation,requestDate,amountDue,paid,paidDate,status,statusDate",
      "a,u,2022-01-12,on-request,2022-01-10,1000,1000,2022-02-30,completed,2022-02-01",
      "b,u,2021-02-29,on-request,2021-02-01,1000,,,in-progress,"
    ].join("\n")
    const r = Ledger.decodeCsv(csv)
    expect(r._tag === "Failure" && r.problems.map((p) => [p.line, p.path])).toEqual([
      [2, "/cases/0/events/1/date"],
      [3, "/cases/1/decision/date"]
    ])
  })
})

describe("ledger CSV header", () => {
  it("a repeated column is an error naming the column, never the wrong column read", () => {
    const csv = [
      "id,unitId,decisionDate,initiation,requestDate,amountDue,amountDue",
      "a,u,2022-01-12,on-request,2022-01-10,1000,5"
    ].join("\n")
    const r = Ledger.decodeCsv(csv)
    expect(r._tag).toBe("Failure")
    const p = r._tag === "Failure" ? r.problems : []
    expect(p.map((x) => [x.code, x.line])).toEqual([["duplicate-column", 1]])
    expect(p[0]!.message.en).toBe('column "amountDue" appears twice (columns 6 and 7): each column may appear once')
  })
})

describe("repeated keys in case and ledger JSON", () => {
  it("are duplicate-key problems at their pointers", () => {
    const l = Ledger.decodeJson('{"unitId":"u","cases":[{"id":"a","id":"b"}],"unitId":"v"}')
    expect(l._tag === "Failure" && l.problems.map((p) => [p.path, p.code])).toEqual([
      ["/cases/0/id", "duplicate-key"],
      ["/unitId", "duplicate-key"]
    ])
    const c = Case.decodeJson('{"id":"a","amountDue":1,"amountDue":2}')
    expect(c._tag === "Failure" && c.problems.map((p) => [p.path, p.code])).toEqual([["/amountDue", "duplicate-key"]])
  })
})
