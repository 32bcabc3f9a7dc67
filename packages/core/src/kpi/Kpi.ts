/**
 * The KPIs of a statistical report, each explained: its value, the formula in
 * Vietnamese and English, the inputs (indicator ids, values and cells), the
 * citation and the rounding rule.
 *
 * - completion rate (tỷ lệ thi hành xong) = V08 ÷ V07 × 100, cases and money;
 * - enforceable share (tỷ lệ có điều kiện) = V07 ÷ V06 × 100;
 * - carried over (chuyển kỳ sau, V13) and enforceable carried over (có điều
 *   kiện chuyển kỳ sau, V14): the backlog proxies of Chỉ thị 09 §4.4;
 * - change against the same period of the previous year (with the previous
 *   report);
 * - target attainment: target, gap in percentage points, met or not,
 *   honouring `>` and `>=`, compared on the exact rate.
 *
 * @since 0.1.0
 */
import type * as Citation from "../citation/Citation.js"
import * as Indicator from "../statistics/Indicator.js"
import type * as Report from "../statistics/Report.js"
import * as Rate from "./Rate.js"
import * as Target from "./Target.js"

/**
 * A KPI's unit.
 *
 * @since 0.1.0
 */
export type Unit = "percent" | "percentage-points" | "case" | "vnd"

/**
 * One input of a KPI.
 *
 * @since 0.1.0
 */
export interface Input {
  readonly indicator: Indicator.Id | "target"
  readonly value: number
  /** JSON Pointer of the cell, or a description of the source. */
  readonly source: string
}

/**
 * A computed KPI.
 *
 * @since 0.1.0
 */
export interface Kpi {
  readonly id: string
  readonly label: { readonly vi: string; readonly en: string }
  /** null when undefined (division by zero, no previous report, no target). */
  readonly value: number | null
  readonly unit: Unit
  readonly formula: { readonly vi: string; readonly en: string }
  readonly inputs: ReadonlyArray<Input>
  readonly citation: Citation.Citation
  readonly rounding: Rate.Rounding | null
  readonly note?: { readonly vi: string; readonly en: string }
  /** For target attainment. */
  readonly target?: {
    readonly value: number
    readonly op: ">" | ">="
    readonly scope: "unit" | "national"
    readonly met: boolean | null
    readonly gap: number | null
    readonly confidence: "verified" | "inferred"
    readonly sources: ReadonlyArray<string>
  }
}

/**
 * Options of {@link compute}.
 *
 * @since 0.1.0
 */
export interface Options {
  /** The report of the same period of the previous statistical year. */
  readonly previous?: Report.Report
  /** Targets (default {@link Target.builtIn}). */
  readonly targets?: ReadonlyArray<Target.Target>
}

const divisionByZero = {
  vi: "mẫu số bằng 0: tỷ lệ không xác định",
  en: "the denominator is 0: the rate is undefined"
}

const tableWord = { cases: { vi: "việc", en: "cases" }, money: { vi: "tiền", en: "money" } } as const
const metricOf = { cases: "cases", money: "money" } as const

const input = (table: Indicator.Table, totals: Readonly<Record<string, number>>, slot: Indicator.Slot, base = ""): Input => {
  const id = Indicator.idOf(table, slot)
  return { indicator: id, value: totals[id]!, source: `${base}/${table}/total/${id}` }
}

const rateKpi = (
  id: string,
  rate: Indicator.Rate,
  totals: Readonly<Record<string, number>>
): Kpi => {
  const table = rate.table
  const num = input(table, totals, rate.numerator)
  const den = input(table, totals, rate.denominator)
  const p = Rate.percent(num.value, den.value)
  const n = Indicator.get(num.indicator as Indicator.Id).short
  const d = Indicator.get(den.indicator as Indicator.Id).short
  return {
    id,
    label: rate.label,
    value: p.value,
    unit: "percent",
    formula: {
      vi: `${num.indicator} (${n.vi}) ÷ ${den.indicator} (${d.vi}) × 100`,
      en: `${num.indicator} (${n.en}) ÷ ${den.indicator} (${d.en}) × 100`
    },
    inputs: [num, den],
    citation: rate.citation,
    rounding: Rate.rounding,
    ...(p.value === null ? { note: divisionByZero } : {})
  }
}

const countKpi = (id: string, table: Indicator.Table, totals: Readonly<Record<string, number>>, slot: Indicator.Slot): Kpi => {
  const i = input(table, totals, slot)
  const ind = Indicator.get(i.indicator as Indicator.Id)
  return {
    id,
    label: ind.label,
    value: i.value,
    unit: table === "cases" ? "case" : "vnd",
    formula: { vi: `${i.indicator} (${ind.short.vi})`, en: `${i.indicator} (${ind.short.en})` },
    inputs: [i],
    citation: ind.citation,
    rounding: null
  }
}

const noPrevious = {
  vi: "không có báo cáo cùng kỳ năm trước",
  en: "no report of the same period of the previous year"
}

/**
 * Computes every KPI of a (decoded) report.
 *
 * @example
 * ```ts
 * const kpis = Kpi.compute(report, { previous: lastYear })
 * kpis.find((k) => k.id === "completion-rate-cases")?.value // 63.75
 * ```
 * @since 0.1.0
 */
export const compute = (report: Report.Report, options: Options = {}): ReadonlyArray<Kpi> => {
  const out: Array<Kpi> = []
  const { previous } = options
  const comparable = previous !== undefined && previous.header.year === report.header.year - 1 &&
    previous.header.months === report.header.months && previous.header.unitId === report.header.unitId
  for (const table of ["cases", "money"] as const) {
    const totals = report[table].total as unknown as Readonly<Record<string, number>>
    const word = tableWord[table]
    const completion = rateKpi(`completion-rate-${table}`, Indicator.rates[table === "cases" ? "R1" : "R1t"], totals)
    out.push(completion)
    out.push(rateKpi(`enforceable-share-${table}`, Indicator.rates[table === "cases" ? "R2" : "R2t"], totals))
    out.push(countKpi(`carried-over-${table}`, table, totals, "13"))
    out.push(countKpi(`enforceable-carried-over-${table}`, table, totals, "14"))

    // Change against the same period of the previous year.
    const prevTotals = comparable ? (previous[table].total as unknown as Readonly<Record<string, number>>) : undefined
    for (const [slot, name] of [["13", "carried-over"], ["14", "enforceable-carried-over"]] as const) {
      const id = Indicator.idOf(table, slot)
      const ind = Indicator.get(id)
      const now = input(table, totals, slot)
      out.push({
        id: `change-${name}-${table}`,
        label: {
          vi: `Thay đổi ${ind.short.vi} (${word.vi}) so với cùng kỳ năm trước`,
          en: `Change in ${ind.short.en} (${word.en}) against the same period last year`
        },
        value: prevTotals === undefined ? null : totals[id]! - prevTotals[id]!,
        unit: table === "cases" ? "case" : "vnd",
        formula: { vi: `${id} kỳ này − ${id} cùng kỳ năm trước`, en: `${id} this period − ${id} same period last year` },
        inputs: prevTotals === undefined ? [now] : [now, { indicator: id, value: prevTotals[id]!, source: `previous:/${table}/total/${id}` }],
        citation: { document: "ct-09-ct-tu-2021" },
        rounding: null,
        ...(prevTotals === undefined ? { note: noPrevious } : {})
      })
    }
    const v07 = Indicator.idOf(table, "07")
    const v08 = Indicator.idOf(table, "08")
    const change = prevTotals === undefined ? null : Rate.difference(totals[v08]!, totals[v07]!, prevTotals[v08]!, prevTotals[v07]!)
    out.push({
      id: `change-completion-rate-${table}`,
      label: {
        vi: `Thay đổi tỷ lệ thi hành xong (${word.vi}) so với cùng kỳ năm trước`,
        en: `Change in the completion rate (${word.en}) against the same period last year`
      },
      value: change,
      unit: "percentage-points",
      formula: { vi: "tỷ lệ kỳ này − tỷ lệ cùng kỳ năm trước (điểm %)", en: "rate this period − rate same period last year (points)" },
      inputs: prevTotals === undefined
        ? completion.inputs
        : [
          ...completion.inputs,
          { indicator: v08, value: prevTotals[v08]!, source: `previous:/${table}/total/${v08}` },
          { indicator: v07, value: prevTotals[v07]!, source: `previous:/${table}/total/${v07}` }
        ],
      citation: { document: "ct-09-ct-tu-2021" },
      rounding: Rate.rounding,
      ...(prevTotals === undefined ? { note: noPrevious } : change === null ? { note: divisionByZero } : {})
    })

    // Target attainment (Chỉ thị 09 §4.4).
    const found = Target.lookup(report.header.unitId, report.header.year, metricOf[table], options.targets)
    const [num, den] = completion.inputs as [Input, Input]
    if (found === undefined) {
      out.push({
        id: `target-attainment-${table}`,
        label: { vi: `Đạt chỉ tiêu tỷ lệ thi hành xong (${word.vi})`, en: `Completion-rate target (${word.en})` },
        value: null,
        unit: "percentage-points",
        formula: { vi: "tỷ lệ − chỉ tiêu (điểm %)", en: "rate − target (points)" },
        inputs: completion.inputs,
        citation: { document: "ct-09-ct-tu-2021" },
        rounding: Rate.rounding,
        note: { vi: `chưa có chỉ tiêu năm ${report.header.year}`, en: `no target is known for ${report.header.year}` }
      })
      continue
    }
    const tgt = found.target
    const h = Rate.hundredths(tgt.value)
    const cmp = Rate.compareExact(num.value, den.value, h)
    const met = cmp === null ? null : tgt.op === ">" ? cmp > 0 : cmp >= 0
    const gapValue = Rate.gap(num.value, den.value, h)
    out.push({
      id: `target-attainment-${table}`,
      label: { vi: `Đạt chỉ tiêu tỷ lệ thi hành xong (${word.vi})`, en: `Completion-rate target (${word.en})` },
      value: gapValue,
      unit: "percentage-points",
      formula: {
        vi: `tỷ lệ thi hành xong − chỉ tiêu (${tgt.op === ">" ? "trên" : "đạt"} ${tgt.value}%), điểm %`,
        en: `completion rate − target (${tgt.op} ${tgt.value}%), points`
      },
      inputs: [...completion.inputs, { indicator: "target", value: tgt.value, source: `target:${tgt.unitId}/${tgt.year}/${tgt.metric}` }],
      citation: { document: "ct-09-ct-tu-2021" },
      rounding: Rate.rounding,
      target: { value: tgt.value, op: tgt.op, scope: found.scope, met, gap: gapValue, confidence: tgt.confidence, sources: tgt.sources },
      ...(found.scope === "national" && report.header.unitId !== "national"
        ? {
          note: {
            vi: "chưa có chỉ tiêu riêng của đơn vị: so với chỉ tiêu toàn quốc để tham khảo",
            en: "no target of the unit itself: compared with the national target for reference"
          }
        }
        : {})
    })
  }
  return out
}
