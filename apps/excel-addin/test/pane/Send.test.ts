/**
 * "Gửi báo cáo" against the real compliance service (`@thads/service/testing`:
 * in this process, real HTTP on 127.0.0.1 port 0, SQLite in a temporary folder): the
 * report is read from a workbook through the pane's review, then sent with
 * `Send.send` over the typed client. Stored with the service's findings;
 * refused with the service's problem document (wrong key, another unit's
 * report); not sent when the settings are missing, the report does not
 * decode or the server is unreachable. Settings round-trip through the
 * adapters.
 */
import { readFileSync } from "node:fs"
import { CivilDate, Decode } from "@thads/core"
import { TestService } from "@thads/service/testing"
import { ExcelGrid, Write } from "@thads/xlsx"
import ExcelJS from "exceljs"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import * as Review from "../../src/pane/Review.js"
import * as Send from "../../src/pane/Send.js"
import * as Sent from "../../src/pane/Sent.js"
import * as Settings from "../../src/pane/Settings.js"

const reviewOf = async (name: string) => {
  const decoded = Decode.decode(
    JSON.parse(readFileSync(new URL(`../../../../examples/${name}`, import.meta.url), "utf8"))
  )
  if (decoded._tag !== "Success") throw new Error(`${name} should decode`)
  const wb = new ExcelJS.Workbook()
  await wb.xlsx.load(Buffer.from(await Write.report(decoded.success.report)) as never)
  const r = Review.review(ExcelGrid.fromWorkbook(wb), CivilDate.make("2023-10-02"), "bao-cao.xlsx")
  if (r._tag !== "Checked") throw new Error(`${name} should read`)
  return r
}

describe("Send.send against the real service", () => {
  let service: TestService.Running
  let base: string
  let cucKey: string
  let otherKey: string

  beforeAll(async () => {
    service = await TestService.start({
      // The service's clock: 2/10/2023, in time for the 12-month report of the statistical year 2023 (as the pane's review date).
      now: () => Date.parse("2023-10-02T09:00:00+07:00"),
      keys: {
        cuc: { role: "submitter", unitId: "cuc-tay-ninh" },
        other: { role: "submitter", unitId: "chi-cuc-go-dau" }
      }
    })
    base = service.url
    cucKey = service.keys.cuc!
    otherKey = service.keys.other!
  })

  afterAll(() => service?.stop())

  it("a report with mistakes read from the workbook: stored, with the service's error findings", async () => {
    const r = await reviewOf("report-with-mistakes.json")
    const o = await Send.send({ settings: { serverUrl: `${base}/`, apiKey: cucKey }, report: r.read.input })
    expect(o._tag).toBe("Submitted")
    if (o._tag !== "Submitted") return
    const { submission, result } = o.created
    expect(submission.unitId).toBe("cuc-tay-ninh")
    expect(submission.year).toBe(2023)
    expect(submission.months).toBe(12)
    expect(submission.version).toBe(1)
    expect(result.valid).toBe(false)
    // The service's check agrees with the pane's own on the error codes.
    const codes = (fs: ReadonlyArray<{ severity: string; code: string }>) =>
      [...new Set(fs.filter((f) => f.severity === "error").map((f) => f.code))].sort()
    expect(codes(result.findings)).toEqual(codes(r.result.findings))
    expect(codes(result.findings).length).toBeGreaterThan(0)
    const lines = Sent.lines(o, "en")
    expect(lines.kind).toBe("error")
    expect(lines.headline).toContain("Submitted")
    expect(lines.findings.length).toBe(result.findings.length)
    expect(Sent.lines(o, "vi").headline).toContain("Đã nộp")
  })

  it("a consistent report of the same unit and period: stored as version 2, valid", async () => {
    const r = await reviewOf("report-consistent.json")
    const o = await Send.send({ settings: { serverUrl: base, apiKey: cucKey }, report: r.read.input })
    expect(o._tag).toBe("Submitted")
    if (o._tag !== "Submitted") return
    expect(o.created.result.valid).toBe(true)
    expect(o.created.submission.version).toBe(2) // the same unit and period as the report above
    expect(Sent.lines(o, "en").kind).toBe("ok")
  })

  it("refusals are the service's problem documents", async () => {
    const r = await reviewOf("report-consistent.json")
    const wrong = await Send.send({ settings: { serverUrl: base, apiKey: "thads_nope" }, report: r.read.input })
    expect(wrong._tag).toBe("Refused")
    if (wrong._tag === "Refused") {
      expect(wrong.problem.status).toBe(401)
      expect(wrong.problem.type).toMatch(/^urn:thads:problem:/)
      expect(Sent.lines(wrong, "vi").headline).toContain("401")
    }
    const other = await Send.send({ settings: { serverUrl: base, apiKey: otherKey }, report: r.read.input })
    expect(other._tag).toBe("Refused")
    if (other._tag === "Refused") expect(other.problem.status).toBe(403)
  })

  it("not sent: settings missing or wrong, a report that does not decode, a server that does not answer", async () => {
    const r = await reviewOf("report-consistent.json")
    const notSent = async (settings: Settings.Settings, report: unknown = r.read.input) => {
      const o = await Send.send({ settings, report })
      expect(o._tag).toBe("NotSent")
      return o._tag === "NotSent" ? o.text : { vi: "", en: "" }
    }
    expect((await notSent({ serverUrl: "", apiKey: cucKey })).en).toMatch(/server URL is not set/)
    expect((await notSent({ serverUrl: "not a url", apiKey: cucKey })).en).toMatch(/Not a server URL/)
    expect((await notSent({ serverUrl: "ftp://x", apiKey: cucKey })).en).toMatch(/http\(s\)/)
    expect((await notSent({ serverUrl: base, apiKey: " " })).vi).toMatch(/khoá API/)
    const broken = { ...r.read.input, header: { ...(r.read.input.header as object), months: 13 } }
    expect((await notSent({ serverUrl: base, apiKey: cucKey }, broken)).en).toMatch(/\/header\/months/)
    // A port nothing listens on (port 9 is "discard", closed here).
    expect((await notSent({ serverUrl: "http://127.0.0.1:9", apiKey: cucKey })).en).toMatch(/Cannot reach/)
  })
})

describe("Settings", () => {
  it("round-trips through localStorage and Office's settings, trimmed", async () => {
    const m = new Map<string, string>()
    const local = Settings.fromLocalStorage({
      getItem: (k) => m.get(k) ?? null,
      setItem: (k, v) => void m.set(k, v)
    })
    expect(Settings.load(local)).toEqual({ serverUrl: "", apiKey: "" })
    await Settings.save(local, { serverUrl: " https://thads.example.vn ", apiKey: " k " })
    expect(Settings.load(local)).toEqual({ serverUrl: "https://thads.example.vn", apiKey: "k" })

    const bag = new Map<string, unknown>()
    let saves = 0
    const office = Settings.fromOffice({
      get: (k) => bag.get(k),
      set: (k, v) => void bag.set(k, v),
      saveAsync: (cb) => {
        saves++
        cb?.({ status: "succeeded" })
      }
    })
    await Settings.save(office, { serverUrl: "https://a", apiKey: "b" })
    expect(Settings.load(office)).toEqual({ serverUrl: "https://a", apiKey: "b" })
    expect(saves).toBe(2)
    const failing = Settings.fromOffice({
      get: () => undefined,
      set: () => {},
      saveAsync: (cb) => cb?.({ status: "failed", error: "quota" })
    })
    await expect(Settings.save(failing, { serverUrl: "x", apiKey: "y" })).rejects.toThrow(/quota/)
  })
})
