/**
 * KPIs over time: for a unit, the completion rates (việc, tiền), the
 * enforceable share and the backlog across the stored periods, against the
 * target line; then the province and its units side by side for one period,
 * with the gap to the target in points. Charts are Chartist SVG, each with a
 * figure caption, an accessible name and the same figures as a table.
 */
import type { Kpi } from "@thads/core"
import { BarChart, LineChart } from "chartist"
import { dataTable, h, select } from "../Dom.js"
import { type Key, type Lang, num, percent, t } from "../I18n.js"
import type * as Source from "../Source.js"

/** The metrics the view plots. */
export type Metric = "completion-cases" | "completion-money" | "share-cases" | "backlog-cases"

const metrics: ReadonlyArray<{ id: Metric; kpi: string; target?: string; key: Key; percent: boolean }> = [
  {
    id: "completion-cases",
    kpi: "completion-rate-cases",
    target: "target-attainment-cases",
    key: "completionCases",
    percent: true
  },
  {
    id: "completion-money",
    kpi: "completion-rate-money",
    target: "target-attainment-money",
    key: "completionMoney",
    percent: true
  },
  { id: "share-cases", kpi: "enforceable-share-cases", key: "enforceableShare", percent: true },
  { id: "backlog-cases", kpi: "enforceable-carried-over-cases", key: "backlog", percent: false }
]

/** One point of a series: the KPI value, the target and the gap in points. */
export interface Point {
  readonly months: number
  readonly value: number | null
  readonly target: number | null
  readonly gap: number | null
}

/**
 * The series of a metric from the stored periods.
 *
 * @example
 * ```ts
 * const source = DemoSource.make({ role: "reviewer", unitId: "cuc-tay-ninh" }) // the demonstration data (or ApiSource)
 * const periods = await source.kpis("cuc-tay-ninh", 2024)
 * Kpis.series(periods, "completion-cases")[0] // { months: 1, value: 76.58, target: 83.25, gap: -6.67 }
 * ```
 */
export const series = (periods: ReadonlyArray<Source.KpiPeriod>, metric: Metric): ReadonlyArray<Point> => {
  const m = metrics.find((x) => x.id === metric)!
  return [...periods]
    .sort((a, b) => a.period.months - b.period.months)
    .map((p) => {
      const find = (id: string | undefined): Kpi.Kpi | undefined =>
        id === undefined ? undefined : p.kpis.find((k) => k.id === id)
      const target = find(m.target)?.target
      return {
        months: p.period.months,
        value: find(m.kpi)?.value ?? null,
        target: target?.value ?? null,
        gap: target?.gap ?? null
      }
    })
}

const fmt = (v: number | null, isPercent: boolean, lang: Lang) => (isPercent ? percent(v, lang) : num(v, lang))
const signed = (v: number | null, lang: Lang) => (v === null ? "—" : `${v > 0 ? "+" : ""}${num(v, lang)}`)

const figure = (id: string, caption: string, chart: HTMLElement, table: HTMLElement) =>
  h(
    "figure",
    { class: "chart", "aria-labelledby": `${id}-cap` },
    h("figcaption", { id: `${id}-cap` }, caption),
    chart,
    table
  )

/** Marks a Chartist SVG as an image with a name once drawn (the table beside it carries the figures). */
const label = (chart: LineChart | BarChart, name: string) =>
  chart.on("created", (data: { svg: { getNode(): Element } }) => {
    const svg = data.svg.getNode()
    svg.setAttribute("role", "img")
    svg.setAttribute("aria-label", name)
  })

/**
 * The view.
 */
export const view = async (
  source: Source.Source,
  lang: Lang,
  units: ReadonlyArray<Source.Unit>,
  year: number,
  state: { unit?: string; metric?: Metric; months?: number },
  rerender: (state: { unit?: string; metric?: Metric; months?: number }) => void
): Promise<HTMLElement> => {
  const root = units.find((u) => u.parentId === undefined || !units.some((p) => p.id === u.parentId))
  const unitId = state.unit ?? root?.id ?? ""
  const metric = state.metric ?? "completion-cases"
  const m = metrics.find((x) => x.id === metric)!
  const unit = units.find((u) => u.id === unitId)
  // Asked even for a unit not in the list (an address typed by hand): the server's refusal is shown.
  const periods = await source.kpis(unitId, year)
  const points = series(periods, metric)
  const months = state.months ?? points.at(-1)?.months ?? 12
  const metricName = t(m.key, lang)
  const unitName = unit?.name[lang] ?? unitId

  const controls = h(
    "div",
    { class: "controls" },
    select(
      "kpi-unit",
      t("unit", lang),
      units.map((u) => [u.id, u.name[lang]] as const),
      unitId,
      (v) => rerender({ ...state, unit: v })
    ),
    select(
      "kpi-metric",
      t("metric", lang),
      metrics.map((x) => [x.id, t(x.key, lang)] as const),
      metric,
      (v) => rerender({ ...state, metric: v as Metric })
    )
  )

  // Over time, against the target line.
  const lineBox = h("div", { class: "ct-box", id: "kpi-line" })
  const timeTable = dataTable(
    { id: "kpi-time-table" },
    `${metricName} — ${unitName}`,
    [t("period", lang), metricName, t("target", lang), t("gap", lang)],
    points.map((p) =>
      h(
        "tr",
        { class: p.gap !== null && p.gap < 0 ? "below" : undefined },
        h("th", { scope: "row" }, t("months", lang, { n: p.months })),
        h("td", { class: "n" }, fmt(p.value, m.percent, lang)),
        h("td", { class: "n" }, p.target === null ? t("noTarget", lang) : percent(p.target, lang)),
        h("td", { class: "n" }, signed(p.gap, lang))
      )
    )
  )
  const chartName = t("chartOf", lang, { metric: metricName, unit: unitName })
  const series1 = points.map((p) => p.value)
  const hasTarget = points.some((p) => p.target !== null)
  const line = new LineChart(
    lineBox,
    {
      labels: points.map((p) => t("months", lang, { n: p.months })),
      series: [
        { name: metricName, className: "ct-series-a", data: series1 },
        ...(hasTarget
          ? [{ name: t("target", lang), className: "ct-series-target", data: points.map((p) => p.target) }]
          : [])
      ]
    },
    {
      height: "260px",
      fullWidth: true,
      lineSmooth: false,
      chartPadding: { right: 24 },
      axisY: { labelInterpolationFnc: (v: number | string) => num(Number(v), lang) }
    }
  )
  label(line, chartName)

  // The province and its units side by side, for one period.
  const compared = units.filter((u) => u.id === unitId || u.parentId === unitId)
  const rows = await Promise.all(
    compared.map(async (u) => {
      const ps = u.id === unitId ? periods : await source.kpis(u.id, year).catch(() => [])
      const p = series(ps, metric).find((x) => x.months === months)
      return { unit: u, point: p }
    })
  )
  const barBox = h("div", { class: "ct-box", id: "kpi-bars" })
  const sideTable = dataTable(
    { id: "kpi-side-table" },
    t("sideBySide", lang, { period: t("months", lang, { n: months }) }),
    [t("unit", lang), metricName, t("target", lang), t("gap", lang)],
    rows.map((r) =>
      h(
        "tr",
        { class: r.point?.gap != null && r.point.gap < 0 ? "below" : undefined, "data-unit": r.unit.id },
        h("th", { scope: "row" }, r.unit.name[lang]),
        h("td", { class: "n" }, fmt(r.point?.value ?? null, m.percent, lang)),
        h("td", { class: "n" }, r.point?.target == null ? t("noTarget", lang) : percent(r.point.target, lang)),
        h("td", { class: "n" }, signed(r.point?.gap ?? null, lang))
      )
    )
  )
  if (rows.length > 1) {
    const bars = new BarChart(
      barBox,
      {
        labels: rows.map((r) => r.unit.name[lang].replace(/^(Chi cục|Cục) Thi hành án dân sự /, "")),
        series: [rows.map((r) => r.point?.value ?? null)]
      },
      {
        height: "280px",
        axisY: { labelInterpolationFnc: (v: number | string) => num(Number(v), lang) },
        axisX: { offset: 60 }
      }
    )
    label(bars, t("sideBySide", lang, { period: t("months", lang, { n: months }) }))
  }
  const periodPicker = select(
    "kpi-months",
    t("period", lang),
    points.map((p) => [String(p.months), t("months", lang, { n: p.months })] as const),
    String(months),
    (v) => rerender({ ...state, months: Number(v) })
  )
  return h(
    "div",
    { class: "kpi-view" },
    controls,
    points.length === 0 ? h("p", {}, t("noData", lang)) : figure("kpi-fig-line", chartName, lineBox, timeTable),
    h("h2", {}, t("sideBySide", lang, { period: t("months", lang, { n: months }) })),
    periodPicker,
    rows.length > 1
      ? figure("kpi-fig-bars", t("sideBySide", lang, { period: t("months", lang, { n: months }) }), barBox, sideTable)
      : sideTable
  )
}
