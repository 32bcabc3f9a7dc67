/**
 * The worksheet functions of namespace THADS as plain functions (hàm trang
 * tính): each coerces its Excel arguments, calls `@thads/core` once and
 * returns an Excel value (a number, a serial, text, a boolean or a row).
 * A bad argument or an undefined result throws a
 * {@link FunctionError.FunctionError} that says which argument and why; no
 * function guesses. No Office.js here: `Register.ts` wraps these for Excel,
 * the tests call them directly.
 *
 * @since 0.1.0
 */
import {
  Citation,
  CivilDate,
  Documents,
  FindingCatalogue,
  Identity,
  Indicator,
  Lunar,
  Rate,
  ReportingDeadline,
  StatisticalPeriod,
  Target,
  WorkingCalendar
} from "@thads/core"
import * as FunctionError from "./FunctionError.js"
import * as Serial from "./Serial.js"

/**
 * The language of text results (labels, citations).
 *
 * @example
 * ```ts
 * const lang: Functions.Lang = "vi"
 * ```
 * @since 0.1.0
 */
export type Lang = "vi" | "en"

const calendar = WorkingCalendar.standard

/** An integer argument, within bounds. */
const intArg = (u: unknown, name: string, min: number, max: number): number => {
  const n = typeof u === "string" && u.trim() !== "" ? Number(u.trim()) : u
  if (typeof n !== "number" || Number.isNaN(n)) {
    throw FunctionError.value(
      `${name}: cần một số nguyên, nhận được "${String(u)}"`,
      `${name}: expected a whole number, got "${String(u)}"`
    )
  }
  if (!Number.isInteger(n) || n < min || n > max) {
    throw FunctionError.num(
      `${name}: cần số nguyên trong ${min}–${max}, nhận được ${n}`,
      `${name}: expected a whole number in ${min}–${max}, got ${n}`
    )
  }
  return n
}

const textArg = (u: unknown, name: string): string => {
  if (typeof u !== "string" || u.trim() === "") {
    throw FunctionError.value(
      `${name}: cần một chuỗi, nhận được "${String(u ?? "")}"`,
      `${name}: expected text, got "${String(u ?? "")}"`
    )
  }
  return u.trim().normalize("NFC")
}

const isBlank = (u: unknown): boolean => u === null || u === undefined || (typeof u === "string" && u.trim() === "")

/**
 * `PERIOD(date)`: the cumulative statistical period a date falls in, as one
 * row: its label, its first day and its last day (serials).
 *
 * @example
 * ```ts
 * Functions.period("2022-03-15", "vi") // [["6 tháng năm 2022 (01/10/2021 – 31/03/2022)", 44470, 44651]]
 * ```
 * @since 0.1.0
 */
export const period = (date: unknown, lang: Lang): Array<Array<string | number>> => {
  const p = StatisticalPeriod.periodOf(Serial.dateArg(date, "date"))
  return [
    [
      StatisticalPeriod.label(p, lang),
      Serial.fromDate(StatisticalPeriod.start(p)),
      Serial.fromDate(StatisticalPeriod.end(p))
    ]
  ]
}

const levelIds = Object.keys(ReportingDeadline.levels) as ReadonlyArray<ReportingDeadline.Level>

/**
 * `DEADLINE(year, months, level, [regime])`: the last day (serial) to send
 * the report of a period, by level and regime (default: the regime in force
 * on the period's last day).
 *
 * @example
 * ```ts
 * Functions.deadline(2022, 4, "chi-cuc") // 44600 (= 2022-02-08)
 * ```
 * @since 0.1.0
 */
export const deadline = (year: unknown, months: unknown, level: unknown, regime?: unknown): number => {
  const y = intArg(year, "year", 2, 9999)
  const m = intArg(months, "months", 1, 12)
  const l = textArg(level, "level").toLowerCase()
  if (!(levelIds as ReadonlyArray<string>).includes(l)) {
    throw FunctionError.value(
      `level: cấp "${l}" không có; dùng ${levelIds.join(", ")}`,
      `level: no level "${l}"; use ${levelIds.join(", ")}`
    )
  }
  let r: ReportingDeadline.Regime | undefined
  if (!isBlank(regime)) {
    const t = textArg(regime, "regime").toLowerCase()
    if (!(ReportingDeadline.regimes as ReadonlyArray<string>).includes(t)) {
      throw FunctionError.value(
        `regime: chế độ "${t}" không có; dùng ${ReportingDeadline.regimes.join(", ")}`,
        `regime: no regime "${t}"; use ${ReportingDeadline.regimes.join(", ")}`
      )
    }
    r = t as ReportingDeadline.Regime
  }
  try {
    const d = ReportingDeadline.deadline(
      StatisticalPeriod.make(y, m),
      l as ReportingDeadline.Level,
      r === undefined ? {} : { regime: r }
    )
    return Serial.fromDate(d.deadline)
  } catch (e) {
    if (e instanceof ReportingDeadline.DeadlineError) throw FunctionError.na(e.text.vi, e.text.en)
    throw e
  }
}

/**
 * `WORKDAY(date, n)`: the n-th civil-servant working day after a date (the
 * date itself not counted; negative n counts back), as a serial.
 *
 * @example
 * ```ts
 * Functions.workday("2024-02-07", 1) // 45337 (= 2024-02-15, after Tết)
 * ```
 * @since 0.1.0
 */
export const workday = (date: unknown, n: unknown): number =>
  Serial.fromDate(calendar.addWorkingDays(Serial.dateArg(date, "date"), intArg(n, "n", -100_000, 100_000)))

/**
 * `NETWORKDAYS(start, end)`: the working days from start to end, both
 * included (negative when end is before start), as Excel's NETWORKDAYS
 * counts, on the civil servants' calendar.
 *
 * @example
 * ```ts
 * Functions.networkdays("2024-02-07", "2024-02-15") // 2
 * ```
 * @since 0.1.0
 */
export const networkdays = (start: unknown, end: unknown): number => {
  const a = Serial.dateArg(start, "start")
  const b = Serial.dateArg(end, "end")
  return a <= b
    ? calendar.workingDaysBetween(CivilDate.addDays(a, -1), b)
    : -calendar.workingDaysBetween(CivilDate.addDays(b, -1), a)
}

/**
 * `ISWORKDAY(date)`: whether civil servants work that day.
 *
 * @example
 * ```ts
 * Functions.isWorkday("2024-05-04") // true: a Saturday worked
 * ```
 * @since 0.1.0
 */
export const isWorkday = (date: unknown): boolean => calendar.isWorkingDay(Serial.dateArg(date, "date"))

const lunarRange = (d: CivilDate.CivilDate) => {
  const y = CivilDate.toParts(d).year
  if (y < Lunar.MIN_YEAR || y > Lunar.MAX_YEAR) {
    throw FunctionError.num(
      `âm lịch chỉ tính cho năm ${Lunar.MIN_YEAR}–${Lunar.MAX_YEAR}, nhận được ${y}`,
      `the lunar calendar covers ${Lunar.MIN_YEAR}–${Lunar.MAX_YEAR}, got ${y}`
    )
  }
}

/**
 * `LUNAR(date)`: the Vietnamese lunar date (UTC+7) as one row: day, month,
 * year, leap month.
 *
 * @example
 * ```ts
 * Functions.lunar("2004-03-21") // [[1, 2, 2004, true]]
 * ```
 * @since 0.1.0
 */
export const lunar = (date: unknown): Array<Array<number | boolean>> => {
  const d = Serial.dateArg(date, "date")
  lunarRange(d)
  const l = Lunar.toLunar(d)
  return [[l.day, l.month, l.year, l.leap]]
}

/**
 * `SOLAR(day, month, year, [leap])`: the solar date (serial) of a lunar date.
 *
 * @example
 * ```ts
 * Functions.solar(1, 2, 2004, true) // 38067 (= 2004-03-21)
 * ```
 * @since 0.1.0
 */
export const solar = (day: unknown, month: unknown, year: unknown, leap?: unknown): number => {
  const l = {
    day: intArg(day, "day", 1, 30),
    month: intArg(month, "month", 1, 12),
    year: intArg(year, "year", Lunar.MIN_YEAR, Lunar.MAX_YEAR - 1),
    leap: isBlank(leap)
      ? false
      : leap === true || leap === 1 || (typeof leap === "string" && /^(true|1|nhuận|nhuan)$/i.test(leap.trim()))
  }
  if (!isBlank(leap) && typeof leap !== "boolean" && leap !== 0 && leap !== 1 && typeof leap !== "string") {
    throw FunctionError.value("leap: cần TRUE hoặc FALSE", "leap: expected TRUE or FALSE")
  }
  const r = Lunar.toSolar(l)
  if (r instanceof Lunar.LunarError) {
    throw FunctionError.num(
      `không có ngày âm lịch ${l.day}/${l.month}${l.leap ? " (nhuận)" : ""}/${l.year}: ${r.message}`,
      r.message
    )
  }
  return Serial.fromDate(r)
}

/** A count or an amount: a non-negative whole number (VND are integers). */
const quantityArg = (u: unknown, name: string): number => {
  if (isBlank(u)) return 0
  return intArg(u, name, 0, Number.MAX_SAFE_INTEGER)
}

/**
 * `RATE(numerator, denominator)`: numerator ÷ denominator × 100, exact,
 * rounded once to 2 decimals (half away from zero) as core does.
 *
 * @example
 * ```ts
 * Functions.rate(369_372, 579_413) // 63.75
 * ```
 * @since 0.1.0
 */
export const rate = (numerator: unknown, denominator: unknown): number => {
  const n = quantityArg(numerator, "numerator")
  const d = quantityArg(denominator, "denominator")
  const p = Rate.percent(n, d)
  if (p.value === null) {
    throw new FunctionError.FunctionError("divisionByZero", {
      vi: "mẫu số bằng 0: tỷ lệ không xác định",
      en: "the denominator is 0: the rate is undefined"
    })
  }
  return p.value
}

const verifiedRowIdentities = Identity.identities().filter(
  (i): i is Identity.RowIdentity => i._tag === "RowIdentity" && i.confidence === "verified"
)

/**
 * The 14 values (slots 01–14) of a report row given as a range of one row or
 * one column; blanks are 0. Throws when a value is not a count or amount, or
 * when a verified identity of the row fails (the rate of an inconsistent row
 * would be a wrong number).
 *
 * @example
 * ```ts
 * Functions.reportRow([[5, 7, 12, 0, 0, 12, 10, 6, 4, 0, 2, 0, 6, 4]])["08"] // 6
 * ```
 * @since 0.1.0
 */
export const reportRow = (range: unknown): Readonly<Record<Indicator.Slot, number>> => {
  if (!Array.isArray(range) || range.length === 0 || !range.every(Array.isArray)) {
    throw FunctionError.value(
      "cần một vùng 14 ô (chỉ tiêu 01–14 của một dòng báo cáo)",
      "expected a range of 14 cells (indicators 01–14 of a report row)"
    )
  }
  const rows = range as ReadonlyArray<ReadonlyArray<unknown>>
  const width = rows[0]!.length
  const cells: Array<unknown> = []
  if (rows.length === 1) for (const c of rows[0]!) cells.push(c)
  else if (width === 1) for (const r of rows) cells.push(r[0])
  if (cells.length !== Indicator.slots.length) {
    throw FunctionError.value(
      `cần 14 ô trên một dòng hoặc một cột (chỉ tiêu 01–14), nhận được ${rows.length}×${width}`,
      `expected 14 cells in one row or one column (indicators 01–14), got ${rows.length}×${width}`
    )
  }
  const values = {} as Record<Indicator.Slot, number>
  Indicator.slots.forEach((s, i) => {
    values[s] = quantityArg(cells[i], `ô ${i + 1} (chỉ tiêu ${s})`)
  })
  for (const id of verifiedRowIdentities) {
    let sum = 0
    for (const t of id.terms) sum += t.sign * values[t.slot]
    const left = values[id.left]
    const ok = id.relation === "=" ? left === sum : left <= sum
    if (!ok) {
      const fVi = Identity.formula(id, "cases", "vi").replace(/V(\d\d)/g, "$1")
      const fEn = Identity.formula(id, "cases", "en").replace(/V(\d\d)/g, "$1")
      throw FunctionError.value(
        `dòng không khớp [${id.id}] ${fVi}: ${left} so với ${sum}`,
        `the row is inconsistent [${id.id}] ${fEn}: ${left} against ${sum}`
      )
    }
  }
  return values
}

/**
 * `COMPLETION(range)`: the completion rate (tỷ lệ thi hành xong) of a report
 * row: 08 ÷ 07 × 100, as core computes it.
 *
 * @example
 * ```ts
 * Functions.completion([[5, 7, 12, 0, 0, 12, 10, 6, 4, 0, 2, 0, 6, 4]]) // 60
 * ```
 * @since 0.1.0
 */
export const completion = (range: unknown): number => {
  const v = reportRow(range)
  return rate(v[Indicator.rates.R1.numerator], v[Indicator.rates.R1.denominator])
}

/**
 * `ENFORCEABLE_SHARE(range)`: the enforceable share (tỷ lệ có điều kiện) of
 * a report row: 07 ÷ 06 × 100.
 *
 * @example
 * ```ts
 * Functions.enforceableShare([[5, 7, 12, 0, 0, 12, 10, 6, 4, 0, 2, 0, 6, 4]]) // 83.33
 * ```
 * @since 0.1.0
 */
export const enforceableShare = (range: unknown): number => {
  const v = reportRow(range)
  return rate(v[Indicator.rates.R2.numerator], v[Indicator.rates.R2.denominator])
}

const metricWords: Readonly<Record<string, Target.Metric>> = {
  cases: "cases",
  case: "cases",
  việc: "cases",
  viec: "cases",
  money: "money",
  tiền: "money",
  tien: "money"
}

/**
 * `TARGET(unit, year, metric)`: the completion-rate target (percent) of a
 * unit for a statistical year, its own or else the national one; metric
 * "cases"/"việc" or "money"/"tiền".
 *
 * @example
 * ```ts
 * Functions.target("cuc-tay-ninh", 2023, "việc") // 82.6
 * ```
 * @since 0.1.0
 */
export const target = (unit: unknown, year: unknown, metric: unknown): number => {
  const u = textArg(unit, "unit")
  const y = intArg(year, "year", 2, 9999)
  const m = metricWords[textArg(metric, "metric").toLowerCase()]
  if (m === undefined) {
    throw FunctionError.value(
      `metric: dùng "việc" hoặc "tiền", nhận được "${String(metric)}"`,
      `metric: use "cases" or "money", got "${String(metric)}"`
    )
  }
  const found = Target.lookup(u, y, m)
  if (found === undefined) {
    throw FunctionError.na(
      `chưa có chỉ tiêu ${m === "cases" ? "về việc" : "về tiền"} năm ${y} (của đơn vị hay toàn quốc)`,
      `no ${m} target is known for ${y} (the unit's or the national one)`
    )
  }
  return found.target.value
}

/**
 * The citation of a code: a finding code, an identity (I03…), an indicator
 * (V08, T07…), a rate (R1…) or a legal document id; undefined when unknown.
 *
 * @example
 * ```ts
 * Functions.citationOf("report-late") // { document: "tt-06-2019-btp", article: "9", clause: 2 }
 * ```
 * @since 0.1.0
 */
export const citationOf = (code: string): Citation.Citation | undefined => {
  const entry = FindingCatalogue.entries.find((e) => e.code === code)
  if (entry !== undefined) return entry.citation
  const identity = Identity.get(
    code.toUpperCase().replace(/^I(\d\d)([AB]?)$/, (_, d: string, x: string) => `I${d}${x.toLowerCase()}`)
  )
  if (identity !== undefined) return identity.citation
  const up = code.toUpperCase()
  if (Indicator.isId(up)) return Indicator.get(up).citation
  const rateId = (Object.keys(Indicator.rates) as ReadonlyArray<Indicator.RateId>).find(
    (r) => r.toLowerCase() === code.toLowerCase()
  )
  if (rateId !== undefined) return Indicator.rates[rateId].citation
  if (Documents.isDocumentId(code)) return { document: code }
  return undefined
}

/**
 * `CITE(code)`: the citation text of a finding code or rule.
 *
 * @example
 * ```ts
 * Functions.cite("report-late", "vi") // "khoản 2 Điều 9 Thông tư 06/2019/TT-BTP"
 * ```
 * @since 0.1.0
 */
export const cite = (code: unknown, lang: Lang): string => {
  const c = textArg(code, "code")
  const citation = citationOf(c)
  if (citation === undefined) {
    throw FunctionError.na(
      `không có mã "${c}" (mã phát hiện, I03…, V01…, T01…, R1… hoặc mã văn bản)`,
      `no code "${c}" (a finding code, I03…, V01…, T01…, R1… or a document id)`
    )
  }
  return Citation.render(citation, lang)
}
