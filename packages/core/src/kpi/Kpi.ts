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
 * @example
 * ```ts
 * const unit: Kpi.Unit = "percentage-points"
 * ```
 * @since 0.1.0
 */
export type Unit = "percent" | "percentage-points" | "case" | "vnd"

/**
 * One input of a KPI.
 *
 * @example
 * ```ts
 * const input: Kpi.Input = { indicator: "V08", value: 539_290, source: "/cases/total/V08" }
 * ```
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
 * @example
 * ```ts
 * const report = Synthetic.totals({ year: 2022 }, { "07": 653_719, "08": 539_290 })
 * const k: Kpi.Kpi | undefined = Kpi.compute(report).find((x) => x.id === "completion-rate-cases")
 * k?.value // 82.5
 * k?.unit  // "percent"
 * ```
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
    /** Present (`true`) when the source does not state the operator: `op` is an assumption. */
    readonly operatorAssumed?: boolean
    readonly sources: ReadonlyArray<string>
  }
}

/**
 * Options of {@link compute}.
 *
 * @example
 * ```ts
 * const report = Synthetic.totals({ year: 2017, months: 9 }, { "07": 579_413, "08": 369_372 })
 * const lastYear = Synthetic.totals({ year: 2016, months: 9 }, { "07": 560_000, "08": 350_000 })
 * const options: Kpi.Options = { previous: lastYear, targets: Target.builtIn }
 * Kpi.compute(report, options)
 * ```
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
const noPrevious = {
  vi: "không có báo cáo cùng kỳ năm trước",
  en: "no report of the same period of the previous year"
}
const nationalReference = {
  vi: "chưa có chỉ tiêu riêng của đơn vị: so với chỉ tiêu toàn quốc để tham khảo",
  en: "no target of the unit itself: compared with the national target for reference"
}
/** Chỉ thị 09-CT/TU §4.4 (the directive has no articles; §4.4 is the reference numbering of directive-09-provisions.md). */
const directive: Citation.Citation = { document: "ct-09-ct-tu-2021", section: "4.4" }
const tableWord = { cases: { vi: "việc", en: "cases" }, money: { vi: "tiền", en: "money" } } as const

/** The parts of a KPI that do not depend on the report. */
type Static = Pick<Kpi, "id" | "label" | "unit" | "formula" | "citation" | "rounding">

interface TableStatics {
  readonly completion: Static
  readonly share: Static
  readonly carried: Static
  readonly enforceableCarried: Static
  readonly changeCarried: Static
  readonly changeEnforceableCarried: Static
  readonly changeCompletion: Static
  readonly target: Static
  readonly ids: { readonly [S in "06" | "07" | "08" | "13" | "14"]: Indicator.Id }
  readonly paths: { readonly [S in "06" | "07" | "08" | "13" | "14"]: string }
}

const rateStatic = (id: string, rate: Indicator.Rate): Static => {
  const num = Indicator.idOf(rate.table, rate.numerator)
  const den = Indicator.idOf(rate.table, rate.denominator)
  const n = Indicator.get(num).short
  const d = Indicator.get(den).short
  return {
    id,
    label: rate.label,
    unit: "percent",
    formula: { vi: `${num} (${n.vi}) ÷ ${den} (${d.vi}) × 100`, en: `${num} (${n.en}) ÷ ${den} (${d.en}) × 100` },
    citation: rate.citation,
    rounding: Rate.rounding
  }
}

const countStatic = (id: string, table: Indicator.Table, slot: Indicator.Slot): Static => {
  const ind = Indicator.get(Indicator.idOf(table, slot))
  return {
    id,
    label: ind.label,
    unit: table === "cases" ? "case" : "vnd",
    formula: { vi: `${ind.id} (${ind.short.vi})`, en: `${ind.id} (${ind.short.en})` },
    citation: ind.citation,
    rounding: null
  }
}

const changeStatic = (id: string, table: Indicator.Table, slot: Indicator.Slot): Static => {
  const ind = Indicator.get(Indicator.idOf(table, slot))
  const word = tableWord[table]
  return {
    id,
    label: {
      vi: `Thay đổi ${ind.short.vi} (${word.vi}) so với cùng kỳ năm trước`,
      en: `Change in ${ind.short.en} (${word.en}) against the same period last year`
    },
    unit: table === "cases" ? "case" : "vnd",
    formula: {
      vi: `${ind.id} kỳ này − ${ind.id} cùng kỳ năm trước`,
      en: `${ind.id} this period − ${ind.id} same period last year`
    },
    citation: directive,
    rounding: null
  }
}

const statics = (table: Indicator.Table): TableStatics => {
  const word = tableWord[table]
  const cases = table === "cases"
  const slots = ["06", "07", "08", "13", "14"] as const
  return {
    completion: rateStatic(`completion-rate-${table}`, Indicator.rates[cases ? "R1" : "R1t"]),
    share: rateStatic(`enforceable-share-${table}`, Indicator.rates[cases ? "R2" : "R2t"]),
    carried: countStatic(`carried-over-${table}`, table, "13"),
    enforceableCarried: countStatic(`enforceable-carried-over-${table}`, table, "14"),
    changeCarried: changeStatic(`change-carried-over-${table}`, table, "13"),
    changeEnforceableCarried: changeStatic(`change-enforceable-carried-over-${table}`, table, "14"),
    changeCompletion: {
      id: `change-completion-rate-${table}`,
      label: {
        vi: `Thay đổi tỷ lệ thi hành xong (${word.vi}) so với cùng kỳ năm trước`,
        en: `Change in the completion rate (${word.en}) against the same period last year`
      },
      unit: "percentage-points",
      formula: {
        vi: "tỷ lệ kỳ này − tỷ lệ cùng kỳ năm trước (điểm %)",
        en: "rate this period − rate same period last year (points)"
      },
      citation: directive,
      rounding: Rate.rounding
    },
    target: {
      id: `target-attainment-${table}`,
      label: { vi: `Đạt chỉ tiêu tỷ lệ thi hành xong (${word.vi})`, en: `Completion-rate target (${word.en})` },
      unit: "percentage-points",
      formula: { vi: "tỷ lệ thi hành xong − chỉ tiêu (điểm %)", en: "completion rate − target (points)" },
      citation: directive,
      rounding: Rate.rounding
    },
    ids: Object.fromEntries(slots.map((s) => [s, Indicator.idOf(table, s)])) as TableStatics["ids"],
    paths: Object.fromEntries(
      slots.map((s) => [s, `/${table}/total/${Indicator.idOf(table, s)}`])
    ) as TableStatics["paths"]
  }
}

const tableStatics = { cases: statics("cases"), money: statics("money") } as const

/**
 * One KPI as an object literal of a fixed shape. Spreading the statics (whose
 * shapes differ) made V8 copy every KPI through its slow generic path: ≈ 2.5 µs
 * each, most of `compute`. Keys keep the order the spreads gave.
 */
const make = (st: Static, value: number | null, inputs: ReadonlyArray<Input>, note: Kpi["note"] | undefined): Kpi =>
  note === undefined
    ? {
        id: st.id,
        label: st.label,
        unit: st.unit,
        formula: st.formula,
        citation: st.citation,
        rounding: st.rounding,
        value,
        inputs
      }
    : {
        id: st.id,
        label: st.label,
        unit: st.unit,
        formula: st.formula,
        citation: st.citation,
        rounding: st.rounding,
        value,
        inputs,
        note
      }

/**
 * Computes every KPI of a (decoded) report.
 *
 * @example
 * ```ts
 * const report = Synthetic.totals({ year: 2017, months: 9 }, { "07": 579_413, "08": 369_372 })
 * const lastYear = Synthetic.totals({ year: 2016, months: 9 }, { "07": 560_000, "08": 350_000 })
 * const kpis = Kpi.compute(report, { previous: lastYear })
 * kpis.find((k) => k.id === "completion-rate-cases")?.value // 63.75
 * ```
 * @since 0.1.0
 */
export const compute = (report: Report.Report, options: Options = {}): ReadonlyArray<Kpi> => {
  const out: Array<Kpi> = []
  const { previous } = options
  const comparable =
    previous !== undefined &&
    previous.header.year === report.header.year - 1 &&
    previous.header.months === report.header.months &&
    previous.header.unitId === report.header.unitId
  for (const table of ["cases", "money"] as const) {
    const st = tableStatics[table]
    const totals = report[table].total as unknown as Readonly<Record<string, number>>
    const val = (s: keyof TableStatics["ids"]): Input => ({
      indicator: st.ids[s],
      value: totals[st.ids[s]]!,
      source: st.paths[s]
    })
    const v06 = val("06"),
      v07 = val("07"),
      v08 = val("08"),
      v13 = val("13"),
      v14 = val("14")

    const completion = Rate.percent(v08.value, v07.value)
    out.push(make(st.completion, completion.value, [v08, v07], completion.value === null ? divisionByZero : undefined))
    const share = Rate.percent(v07.value, v06.value)
    out.push(make(st.share, share.value, [v07, v06], share.value === null ? divisionByZero : undefined))
    out.push(make(st.carried, v13.value, [v13], undefined))
    out.push(make(st.enforceableCarried, v14.value, [v14], undefined))

    // Change against the same period of the previous year.
    const prev = comparable ? (previous[table].total as unknown as Readonly<Record<string, number>>) : undefined
    const before = (i: Input): Input => ({
      indicator: i.indicator,
      value: prev![i.indicator]!,
      source: `previous:${i.source}`
    })
    if (prev === undefined) {
      out.push(make(st.changeCarried, null, [v13], noPrevious))
      out.push(make(st.changeEnforceableCarried, null, [v14], noPrevious))
      out.push(make(st.changeCompletion, null, [v08, v07], noPrevious))
    } else {
      const p07 = before(v07),
        p08 = before(v08),
        p13 = before(v13),
        p14 = before(v14)
      out.push(make(st.changeCarried, v13.value - p13.value, [v13, p13], undefined))
      out.push(make(st.changeEnforceableCarried, v14.value - p14.value, [v14, p14], undefined))
      const change = Rate.difference(v08.value, v07.value, p08.value, p07.value)
      out.push(make(st.changeCompletion, change, [v08, v07, p08, p07], change === null ? divisionByZero : undefined))
    }

    // Target attainment (Chỉ thị 09 §4.4).
    const found = Target.lookup(report.header.unitId, report.header.year, table, options.targets)
    if (found === undefined) {
      out.push(
        make(st.target, null, [v08, v07], {
          vi: `chưa có chỉ tiêu năm ${report.header.year}`,
          en: `no target is known for ${report.header.year}`
        })
      )
      continue
    }
    const tgt = found.target
    const h = Rate.hundredths(tgt.value)
    const cmp = Rate.compareExact(v08.value, v07.value, h)
    const met = cmp === null ? null : tgt.op === ">" ? cmp > 0 : cmp >= 0
    const gapValue = Rate.gap(v08.value, v07.value, h)
    const st0 = st.target
    const attained: Kpi = {
      id: st0.id,
      label: st0.label,
      unit: st0.unit,
      formula: {
        vi: `tỷ lệ thi hành xong − chỉ tiêu (${tgt.op === ">" ? "trên" : "đạt"} ${tgt.value}%), điểm %`,
        en: `completion rate − target (${tgt.op} ${tgt.value}%), points`
      },
      citation: st0.citation,
      rounding: st0.rounding,
      value: gapValue,
      inputs: [
        v08,
        v07,
        { indicator: "target", value: tgt.value, source: `target:${tgt.unitId}/${tgt.year}/${tgt.metric}` }
      ],
      target: {
        value: tgt.value,
        op: tgt.op,
        scope: found.scope,
        met,
        gap: gapValue,
        confidence: tgt.confidence,
        ...(tgt.operatorAssumed === true ? { operatorAssumed: true as const } : {}),
        sources: tgt.sources
      }
    }
    out.push(
      found.scope === "national" && report.header.unitId !== "national"
        ? { ...attained, note: nationalReference }
        : attained
    )
  }
  return out
}
