/**
 * Target rules (chỉ tiêu, Chỉ thị 09 §4.4): the completion rates against the
 * unit's yearly targets, and the backlog against the same period of the
 * previous year. A target whose confidence is `inferred`, whose operator
 * the source does not state, or that is the national one standing in for a
 * unit without its own gives assumed findings; "backlog" has no official definition (thads-rules.md §13), so
 * the backlog rule is assumed (V13, V14 and their money twins as proxies).
 *
 * @since 0.2.0
 */
import type * as Kpi from "../../kpi/Kpi.js"
import * as Indicator from "../../statistics/Indicator.js"
import * as FindingCatalogue from "../FindingCatalogue.js"
import * as Rule from "../Rule.js"
import { fmt, fmtVi } from "./Text.js"

const assumedWhy =
  "a target marked inferred (e.g. the national 2020 targets), an operator (> or ≥) the source does not state (the 2025 targets), or the national target applied to a unit that has no target of its own (targets differ by province and are never derived from the national one: thads-rules.md §3) is an assumption"

/** Why a comparison with a target rests on an assumption, in each language (none: official). */
const assumptionsOf = (
  t: NonNullable<Kpi.Kpi["target"]>,
  unitId: string
): { readonly vi: ReadonlyArray<string>; readonly en: ReadonlyArray<string> } => {
  const vi: Array<string> = []
  const en: Array<string> = []
  if (t.confidence === "inferred") {
    vi.push("chỉ tiêu suy ra, không phải số liệu của nguồn")
    en.push("the target is inferred, not the source's figure")
  }
  if (t.operatorAssumed === true) {
    vi.push(`nguồn không nêu “trên” hay “đạt”: phép so sánh ${t.op === ">" ? "trên" : "≥"} là giả định`)
    en.push(`the source does not say "above" or "at least": the comparison ${t.op} is assumed`)
  }
  if (t.scope === "national" && unitId !== "national") {
    vi.push("đơn vị chưa có chỉ tiêu riêng: so với chỉ tiêu toàn quốc để tham khảo (chỉ tiêu mỗi tỉnh khác nhau)")
    en.push(
      "the unit has no target of its own: compared with the national one for reference (targets differ by province)"
    )
  }
  return { vi, en }
}

/**
 * The completion rates against the targets: a warning on the 12-month
 * report when not met, information before. The comparison is `assumed`
 * (and the message says why) when the target is inferred, when its operator
 * is not stated by the source, or when the unit has no target of its own
 * and the national one stands in for it.
 *
 * @example
 * ```ts
 * Targets.attainment.codes // ["target-met", "target-not-met", "target-unknown"]
 * ```
 * @since 0.2.0
 */
export const attainment = Rule.make({
  id: "targets/attainment",
  title: { vi: "Đạt chỉ tiêu năm", en: "Yearly targets" },
  codes: ["target-met", "target-not-met", "target-unknown"],
  basis: "official",
  assumedWhen: {
    "target-met": assumedWhy,
    "target-not-met": assumedWhy
  },
  citation: { document: "ct-09-ct-tu-2021", section: "4.4" },
  parameters: {},
  run: ({ report, kpis, at }, _p, emit) => {
    const h = report.header
    for (const k of kpis) {
      if (!k.id.startsWith("target-attainment-")) continue
      const table = k.id.endsWith("-cases") ? "cases" : "money"
      const metric = { vi: table === "cases" ? "về việc" : "về tiền", en: table === "cases" ? "case" : "money" }
      if (k.target === undefined) {
        emit(
          FindingCatalogue.make("target-unknown", {
            params: { metric: metric.en, year: h.year, unit: h.unitId },
            paramsVi: { metric: metric.vi },
            location: at(`/${table}/total`),
            ruleId: `target/${table}`
          })
        )
        continue
      }
      const rate = kpis.find((x) => x.id === `completion-rate-${table}`)!
      if (rate.value === null) continue // nothing enforceable yet: no rate to compare
      const t = k.target
      // A yearly target is judged on the 12-month report; before that the comparison is for information.
      const interim = h.months !== 12
      const why = assumptionsOf(t, h.unitId)
      const assumed = why.en.length > 0
      emit(
        FindingCatalogue.make(t.met === true ? "target-met" : "target-not-met", {
          params: {
            label: rate.label.en,
            value: rate.value,
            op: t.op,
            target: t.value,
            scope: t.scope === "unit" ? "the unit's own" : "national",
            gap: t.gap ?? "—",
            assumption: assumed ? `; assumed: ${why.en.join("; ")}` : ""
          },
          paramsVi: {
            label: rate.label.vi,
            value: fmtVi(rate.value),
            target: fmtVi(t.value),
            gap: t.gap === null ? "—" : fmtVi(t.gap),
            op: t.op === ">" ? "trên" : "≥",
            scope: t.scope === "unit" ? "của đơn vị" : "toàn quốc",
            assumption: assumed ? `; giả định: ${why.vi.join("; ")}` : ""
          },
          location: at(`/${table}/total/${Indicator.idOf(table, "08")}`),
          ruleId: interim ? `target/${table}/interim` : `target/${table}`,
          severity: interim ? "info" : undefined,
          observed: rate.value,
          expected: `${t.op} ${t.value}`,
          formula: k.formula,
          trace: k.inputs.map((i) => ({ label: i.indicator, value: i.value, source: i.source })),
          basis: assumed ? "assumed" : undefined
        })
      )
    }
  }
})

/**
 * What is carried to the next period (V13, V14, T13, T14) should not rise
 * against the same period last year. Parameter `tolerance`: a rise up to
 * it is not reported.
 *
 * @example
 * ```ts
 * Targets.backlog.parameters.tolerance // 0
 * ```
 * @since 0.2.0
 */
export const backlog = Rule.make({
  id: "targets/backlog",
  title: { vi: "Án chuyển kỳ sau tăng", en: "Backlog rising" },
  codes: ["backlog-rising"],
  basis: "assumed",
  basisNote: {
    vi: "Không có định nghĩa chính thức về án tồn đọng: dùng số chuyển kỳ sau làm đại diện (thads-rules.md §13)",
    en: "There is no official definition of backlog: what is carried forward stands for it (thads-rules.md §13)"
  },
  citation: { document: "ct-09-ct-tu-2021", section: "4.4" },
  parameters: { tolerance: 0 },
  run: ({ kpis, at }, { tolerance }, emit) => {
    for (const k of kpis) {
      if (!(k.id.startsWith("change-carried-over-") || k.id.startsWith("change-enforceable-carried-over-"))) continue
      if (k.value === null || k.value <= tolerance) continue
      const [now, before] = k.inputs as [Kpi.Input, Kpi.Input]
      emit(
        FindingCatalogue.make("backlog-rising", {
          params: {
            indicator: now.indicator,
            observed: fmt(now.value),
            expected: fmt(before.value),
            delta: fmt(k.value)
          },
          paramsVi: { observed: fmtVi(now.value), expected: fmtVi(before.value), delta: fmtVi(k.value) },
          location: at(now.source),
          ruleId: `backlog/${now.indicator}`,
          observed: now.value,
          expected: before.value,
          formula: k.formula
        })
      )
    }
  }
})
