/**
 * Every worksheet function against core on sourced examples (the core tests
 * and docs: deadline 2022-02-08 across Tết 2022, 63.75 % for 9 months 2017,
 * the leap month 2/2004, Tết 2024 in the working calendar), and bad
 * arguments → the Excel error with a message, never a number.
 */
import { CivilDate, Citation, ReportingDeadline, Target } from "@thads/core"
import { describe, expect, it } from "vitest"
import * as FunctionError from "../../src/functions/FunctionError.js"
import * as Functions from "../../src/functions/Functions.js"
import * as Serial from "../../src/functions/Serial.js"

const s = (iso: string) => Serial.fromDate(CivilDate.make(iso))

/** The error code a call throws, and its messages. */
const fails = (f: () => unknown): FunctionError.FunctionError => {
  try {
    f()
  } catch (e) {
    if (FunctionError.isFunctionError(e)) return e
    throw e
  }
  throw new Error("expected a FunctionError, got a value")
}

describe("Excel serials", () => {
  it("match Excel's 1900 date system", () => {
    expect(s("1900-01-01")).toBe(1)
    expect(s("1900-02-28")).toBe(59)
    expect(s("1900-03-01")).toBe(61)
    expect(s("2022-02-08")).toBe(44600)
    expect(s("9999-12-31")).toBe(2_958_465)
    expect(Serial.toDate(44600)).toBe("2022-02-08")
    expect(Serial.toDate(44600.75)).toBe("2022-02-08") // a time of day is dropped
    expect(Serial.toDate(59)).toBe("1900-02-28")
  })
  it("refuse serial 60 (Excel's 29/2/1900), 0, negatives and NaN", () => {
    for (const bad of [60, 0, -1, Number.NaN, 3e6]) expect(fails(() => Serial.toDate(bad)).code).toBe("invalidNumber")
  })
  it("accept ISO text and refuse other text with #VALUE!", () => {
    expect(Serial.dateArg(" 2022-03-15 ", "date")).toBe("2022-03-15")
    const e = fails(() => Serial.dateArg("2023-02-30", "date"))
    expect(e.code).toBe("invalidValue")
    expect(e.text.en).toContain("2023-02-30")
    expect(e.text.vi).toContain("ngày không hợp lệ")
    expect(fails(() => Serial.dateArg("15/03/2022", "date")).code).toBe("invalidValue")
    expect(fails(() => Serial.dateArg("", "date")).code).toBe("invalidValue")
    expect(fails(() => Serial.dateArg(true, "date")).code).toBe("invalidValue")
  })
})

describe("PERIOD", () => {
  it("15/3/2022 is in 6 months of statistical year 2022 (1/10/2021 – 31/3/2022)", () => {
    expect(Functions.period("2022-03-15", "vi")).toEqual([
      ["6 tháng năm 2022 (01/10/2021 – 31/03/2022)", s("2021-10-01"), s("2022-03-31")]
    ])
    expect(Functions.period(s("2022-03-15"), "en")[0]![0]).toBe(
      "6 months of statistical year 2022 (2021-10-01 – 2022-03-31)"
    )
  })
  it("1/10/2022 starts statistical year 2023", () => {
    expect(Functions.period("2022-10-01", "vi")[0]![0]).toMatch(/^1 tháng năm 2023/)
  })
  it("bad date → #VALUE!", () => expect(fails(() => Functions.period("nope", "vi")).code).toBe("invalidValue"))
})

describe("DEADLINE", () => {
  it("4 months 2022, chi-cuc: 8/2/2022, two working days after 31/1 across Tết (TT 06/2019 Điều 9 k2)", () => {
    expect(Functions.deadline(2022, 4, "chi-cuc")).toBe(s("2022-02-08"))
    expect(Functions.deadline(2022, 4, "chv")).toBe(s("2022-02-07"))
    expect(Functions.deadline(2022, 4, "CUC")).toBe(s("2022-02-10"))
  })
  it("an explicit regime and text numbers", () => {
    expect(Functions.deadline("2019", "7", "chi-cuc", "tt01-2013")).toBe(s("2019-05-03"))
    expect(Functions.deadline(2019, 7, "chi-cuc", "")).toBe(s("2019-05-03"))
  })
  it("matches core for every level and month of 2024", () => {
    for (let m = 1; m <= 12; m++) {
      for (const level of ["chv", "chi-cuc", "cuc"] as const) {
        const core = ReportingDeadline.deadline({ year: 2024, months: m as 1 }, level).deadline
        expect(Functions.deadline(2024, m, level)).toBe(s(core))
      }
    }
  })
  it("bad arguments", () => {
    expect(fails(() => Functions.deadline(2022, 13, "chi-cuc")).code).toBe("invalidNumber")
    expect(fails(() => Functions.deadline(2022, 4.5, "chi-cuc")).code).toBe("invalidNumber")
    expect(fails(() => Functions.deadline("năm", 4, "chi-cuc")).code).toBe("invalidValue")
    const level = fails(() => Functions.deadline(2022, 4, "huyen"))
    expect(level.code).toBe("invalidValue")
    expect(level.text.en).toContain("chv, chi-cuc, cuc, phong-khu-vuc, thads-tinh")
    expect(fails(() => Functions.deadline(2022, 4, "chi-cuc", "tt99")).code).toBe("invalidValue")
    // chi-cuc ceased on 30/6/2025: core refuses, the cell shows #N/A with core's message
    const gone = fails(() => Functions.deadline(2026, 4, "chi-cuc"))
    expect(gone.code).toBe("notAvailable")
    expect(gone.text.en).toContain("phong-khu-vuc")
  })
})

describe("working days", () => {
  it("WORKDAY: 7/2/2024 + 1 = 15/2/2024 (Tết 2024), and back", () => {
    expect(Functions.workday("2024-02-07", 1)).toBe(s("2024-02-15"))
    expect(Functions.workday(s("2024-02-15"), -1)).toBe(s("2024-02-07"))
    expect(Functions.workday("2024-02-07", 0)).toBe(s("2024-02-07"))
  })
  it("NETWORKDAYS counts both ends like Excel, negative backwards", () => {
    expect(Functions.networkdays("2024-02-07", "2024-02-15")).toBe(2)
    expect(Functions.networkdays("2024-02-15", "2024-02-07")).toBe(-2)
    expect(Functions.networkdays("2024-02-10", "2024-02-10")).toBe(0) // Tết
    expect(Functions.networkdays("2024-05-03", "2024-05-06")).toBe(3) // Saturday 4/5/2024 worked
  })
  it("ISWORKDAY: Saturday 4/5/2024 worked, 1/5 off, Monday 15/1/2024 worked", () => {
    expect(Functions.isWorkday("2024-05-04")).toBe(true)
    expect(Functions.isWorkday("2024-05-01")).toBe(false)
    expect(Functions.isWorkday(s("2024-01-15"))).toBe(true)
  })
  it("bad arguments", () => {
    expect(fails(() => Functions.workday("2024-02-07", 1.5)).code).toBe("invalidNumber")
    expect(fails(() => Functions.workday("x", 1)).code).toBe("invalidValue")
    expect(fails(() => Functions.networkdays(0, 10)).code).toBe("invalidNumber")
    expect(fails(() => Functions.isWorkday(60)).code).toBe("invalidNumber")
  })
})

describe("lunar calendar", () => {
  it("LUNAR: 21/3/2004 is 1/2 (leap) 2004; 10/2/2024 is Tết", () => {
    expect(Functions.lunar("2004-03-21")).toEqual([[1, 2, 2004, true]])
    expect(Functions.lunar(s("2024-02-10"))).toEqual([[1, 1, 2024, false]])
  })
  it("SOLAR: back again", () => {
    expect(Functions.solar(1, 2, 2004, true)).toBe(s("2004-03-21"))
    expect(Functions.solar(1, 1, 2024)).toBe(s("2024-02-10"))
    expect(Functions.solar(10, 3, 2024, false)).toBe(s("2024-04-18")) // Giỗ Tổ
  })
  it("bad arguments", () => {
    const noLeap = fails(() => Functions.solar(1, 4, 2024, true))
    expect(noLeap.code).toBe("invalidNumber")
    expect(noLeap.text.en).toContain("no leap month")
    expect(fails(() => Functions.solar(31, 1, 2024)).code).toBe("invalidNumber")
    expect(fails(() => Functions.lunar("1850-01-01")).code).toBe("invalidNumber")
  })
})

describe("figures", () => {
  it("RATE: 369,372 / 579,413 = 63.75 % (national, 9 months 2017); 49.20 %; 22.02 % in VND", () => {
    expect(Functions.rate(369_372, 579_413)).toBe(63.75)
    expect(Functions.rate(202_015, 410_615)).toBe(49.2)
    expect(Functions.rate(35_183_570_000_000, 159_795_800_000_000)).toBe(22.02)
    expect(Functions.rate(1, 8)).toBe(12.5)
    expect(Functions.rate(1, 200)).toBe(0.5) // 0.005 rounds half away from zero
  })
  it("RATE: bad arguments", () => {
    expect(fails(() => Functions.rate(1, 0)).code).toBe("divisionByZero")
    expect(fails(() => Functions.rate(-1, 5)).code).toBe("invalidNumber")
    expect(fails(() => Functions.rate(1.5, 5)).code).toBe("invalidNumber")
    expect(fails(() => Functions.rate("many", 5)).code).toBe("invalidValue")
  })

  // 9 months 2017 (S11): V01–V14 as published, V05 folded into V04, V10 = 0, V12 = 0.
  const published = [
    290_524, 446_223, 736_747, 8_520, 0, 728_227, 579_413, 369_372, 210_041, 0, 148_814, 0, 358_855, 210_041
  ]
  it("COMPLETION and ENFORCEABLE_SHARE of the published national row", () => {
    expect(Functions.completion([published])).toBe(63.75)
    expect(Functions.completion(published.map((v) => [v]))).toBe(63.75) // a column works too
    expect(Functions.enforceableShare([published])).toBe(Functions.rate(579_413, 728_227))
  })
  it("an inconsistent row is refused with the identity it breaks", () => {
    const broken = [...published]
    broken[12] = 358_856 // V13 ≠ V06 − V08
    const e = fails(() => Functions.completion([broken]))
    expect(e.code).toBe("invalidValue")
    expect(e.text.en).toContain("[I13]")
    expect(e.text.vi).toContain("dòng không khớp")
  })
  it("a range that is not 14 cells, and a word in a cell", () => {
    expect(fails(() => Functions.completion([[1, 2, 3]])).code).toBe("invalidValue")
    expect(fails(() => Functions.completion([published, published])).code).toBe("invalidValue")
    const word = [...published] as Array<number | string>
    word[7] = "xong"
    expect(fails(() => Functions.completion([word])).text.en).toContain("08")
    const zero = Array.from({ length: 14 }, () => "")
    expect(fails(() => Functions.completion([zero])).code).toBe("divisionByZero")
  })
  it("TARGET: the unit's own, else national, else #N/A", () => {
    expect(Functions.target("cuc-tay-ninh", 2023, "việc")).toBe(82.6)
    expect(Functions.target("cuc-tay-ninh", 2024, "cases")).toBe(
      Target.lookup("cuc-tay-ninh", 2024, "cases")!.target.value
    )
    expect(Functions.target("national", 2022, "TIỀN")).toBe(40.1)
    expect(fails(() => Functions.target("cuc-tay-ninh", 2021, "cases")).code).toBe("notAvailable")
    expect(fails(() => Functions.target("cuc-tay-ninh", 2023, "people")).code).toBe("invalidValue")
    expect(fails(() => Functions.target("", 2023, "cases")).code).toBe("invalidValue")
  })
  it("CITE: a finding code, an identity, an indicator, a rate, a document", () => {
    expect(Functions.cite("report-late", "vi")).toBe("khoản 2 Điều 9 Thông tư 06/2019/TT-BTP")
    expect(Functions.cite("report-late", "en")).toBe(
      Citation.renderEn({ document: "tt-06-2019-btp", article: "9", clause: 2 })
    )
    expect(Functions.cite("i13", "vi")).toContain("06/2019/TT-BTP")
    expect(Functions.cite("V08", "en")).toBeTypeOf("string")
    expect(Functions.cite("R1", "vi")).toContain("Tổng cục Thống kê") // the GSO metadata page, not TT 10/2017
    expect(Functions.cite("tt-06-2019-btp", "vi")).toContain("06/2019/TT-BTP")
    expect(fails(() => Functions.cite("no-such-code", "vi")).code).toBe("notAvailable")
  })
})
