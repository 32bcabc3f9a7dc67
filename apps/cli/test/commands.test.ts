import { describe, expect, it } from "vitest"
import { calendar, deadline, lunar, Output, period } from "../src/index.js"

describe("pure command functions", () => {
  it("period text names the period and its basis", () => {
    const out = period({ date: "2022-03-15", json: false, lang: "vi" }).stdout
    expect(out).toContain("6 tháng năm 2022")
    expect(out).toContain("khoản 2 Điều 4 Thông tư 06/2019/TT-BTP")
  })

  it("deadline text shows a rolled-forward TT 01/2013 deadline and its note", () => {
    const out = deadline({ year: 2019, months: 4, level: "chi-cuc", json: false, lang: "vi" }).stdout
    expect(out).toContain("11/02/2019")
    expect(out).toContain("Điều 148")
  })

  it("calendar text lists the reasons in Vietnamese and English", () => {
    expect(calendar({ year: "2023", json: false, lang: "vi" }).stdout).toContain("nghỉ bù")
    expect(calendar({ year: "2023", json: false, lang: "en" }).stdout).toContain("compensatory day off")
  })

  it("usage errors carry both languages", () => {
    try {
      lunar({ values: ["2024-02-10"], toSolar: false, leap: true, json: false, lang: "vi" })
      expect.unreachable()
    } catch (e) {
      expect(e).toBeInstanceOf(Output.UsageError)
      expect((e as Output.UsageError).text.vi).toContain("--leap")
      expect((e as Output.UsageError).text.en).toContain("--leap")
    }
  })
})
