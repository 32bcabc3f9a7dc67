/** `thads interagency`, `thads interagency-check`, `thads special-lines` (the pure command functions). */
import { fileURLToPath } from "node:url"
import { describe, expect, it } from "vitest"
import { interagency, interagencyCheck, specialLines } from "../src/commands/interagency.js"
import { UsageError } from "../src/Output.js"

const ex = (name: string) => fileURLToPath(new URL(`../../../examples/${name}`, import.meta.url))

describe("thads interagency", () => {
  it("lists the steps with their status from the events (a late co-signing moves the send-up)", () => {
    const o = interagency({
      from: "2022-03-31",
      to: "2022-03-31",
      unit: "chi-cuc-go-dau",
      form: "01/TKLN-THADS",
      events: ex("tkln-events-2022.json"),
      asOf: "2022-04-30",
      json: true,
      lang: "en"
    })
    const j = JSON.parse(o.stdout)
    expect(
      j.obligations.map((x: { step: string; due: string; status: { _tag: string } }) => [x.step, x.due, x.status._tag])
    ).toEqual([
      ["close", "2022-04-01", "met"],
      ["send-for-cosign", "2022-04-04", "met"],
      ["cosign", "2022-04-06", "met-late"],
      ["send-up", "2022-04-12", "met"]
    ])
    expect(j.obligations[0].citation.text.vi).toBe(
      "điểm a khoản 2 Điều 8 Thông tư liên tịch 12/2021/TTLT-BTP-VKSNDTC-TANDTC"
    )
    const text = interagency({ from: "2022-03-31", to: "2022-03-31", unit: "cuc-tay-ninh", json: false, lang: "vi" })
    expect(text.stdout).toContain("04/TKLN-THADS")
  })

  it("refuses bad input with one line", () => {
    expect(() => interagency({ from: "2022-03-31", to: "2022-01-01", json: false, lang: "vi" })).toThrow(UsageError)
    expect(() => interagency({ from: "2022-03-31", to: "2022-03-31", form: "05", json: false, lang: "vi" })).toThrow(
      /unknown --form/
    )
    expect(() =>
      interagency({ from: "2022-03-31", to: "2022-03-31", unit: "nowhere", json: false, lang: "vi" })
    ).toThrow(/no inter-agency step/)
    expect(() =>
      interagency({
        from: "2022-03-31",
        to: "2022-03-31",
        events: ex("report-consistent.json"),
        json: false,
        lang: "vi"
      })
    ).toThrow(/events/)
  })
})

describe("thads interagency-check", () => {
  it("flags the differing figures and the non-inter-agency period (exit 1)", () => {
    const o = interagencyCheck({ files: [ex("tkln-figures-differ.json")], json: true, lang: "en" })
    expect(o.exitCode).toBe(1)
    const codes = JSON.parse(o.stdout).findings.map((f: { code: string }) => f.code)
    expect(codes).toEqual(["tkln-period-not-interagency", "tkln-figures-differ", "tkln-figures-differ"])
    expect(interagencyCheck({ files: [ex("tkln-figures-consistent.json")], json: false, lang: "en" }).exitCode).toBe(0)
  })

  it("says where a figures file does not decode", () => {
    expect(() => interagencyCheck({ files: [ex("special-lines-2024.json")], json: false, lang: "en" })).toThrow(
      /expected a "figures" array/
    )
  })
})

describe("thads special-lines", () => {
  it("gives the KPIs and the directive's year-on-year checks", () => {
    const j = JSON.parse(
      specialLines({
        file: ex("special-lines-2024.json"),
        previous: ex("special-lines-2023.json"),
        json: true,
        lang: "en"
      }).stdout
    )
    expect(j.kpis.map((k: { id: string; value: number }) => [k.id, k.value])).toEqual([
      ["asset-recovery-rate-cases", 53.61],
      ["asset-recovery-rate-money", 29.22],
      ["complaints-resolution-rate", 97.14],
      ["complaints-on-time-rate", 100]
    ])
    expect(j.directive.map((d: { outcome: { status: string } }) => d.outcome.status)).toEqual(["pass", "pass"])
    expect(j.findings).toEqual([])
  })

  it("flags a part larger than its whole in the broken example", () => {
    const j = JSON.parse(specialLines({ file: ex("special-lines-broken.json"), json: true, lang: "vi" }).stdout)
    expect(j.findings.map((f: { location: { path: string } }) => f.location.path)).toEqual([
      "/assetRecovery/cases/completed",
      "/complaints/resolved"
    ])
    expect(j.findings[1].message.vi).toBe("khiếu nại, tố cáo: đã giải quyết > thuộc thẩm quyền: 37 > 35")
  })
})
