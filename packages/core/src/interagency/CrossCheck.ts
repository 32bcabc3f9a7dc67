/**
 * Cross-checks of the inter-agency figures (TTLT 12/2021): where two sets of
 * figures for the same unit and period share an indicator, they must agree.
 *
 * - The lead and the co-signing partner of a form (Đ8 k3 c): where their
 *   figures differ, the lead reviews, compares and agrees them with the
 *   partner before co-signing — basis `official`.
 * - Form 01/TKLN-THADS against the enforcement office's own statistical
 *   report (TT 05/2024) of the same period, and against the procuracy's form
 *   04: Đ3 k3 makes the inter-agency figures the ones every agency uses; that
 *   these forms carry the same indicators is an inference (the forms' columns
 *   were not found, docs/forms.md) — basis `assumed`, so never an error.
 *
 * The figures are compared by meaning, through the indicator ids of the
 * results report (V01–V14 cases, T01–T14 money, docs/report-format.md); no
 * column layout of the TKLN forms is assumed.
 *
 * @since 0.2.0
 */
import * as Schema from "effect/Schema"
import * as StatisticalPeriod from "../calendar/StatisticalPeriod.js"
import type * as Citation from "../citation/Citation.js"
import type * as Finding from "../compliance/Finding.js"
import * as FindingCatalogue from "../compliance/FindingCatalogue.js"
import * as Indicator from "../statistics/Indicator.js"
import type * as Report from "../statistics/Report.js"

/**
 * Who a set of figures comes from.
 *
 * @example
 * ```ts
 * const s: InteragencyCrossCheck.Source = "procuracy"
 * ```
 * @since 0.2.0
 */
export type Source = "enforcement" | "procuracy" | "court"

/**
 * A set of inter-agency figures: a form, a unit (the enforcement office whose
 * level it is), a period, who made the figures, and the values by indicator id.
 *
 * @example
 * ```ts
 * const f: InteragencyCrossCheck.Figures = { form: "01", unitId: "chi-cuc-go-dau", year: 2022, months: 6, source: "procuracy", values: { V06: 412, V08: 250 } }
 * ```
 * @since 0.2.0
 */
export interface Figures {
  readonly form: "01" | "02" | "03" | "04"
  readonly unitId: string
  readonly year: number
  readonly months: number
  readonly source: Source
  readonly values: Readonly<Record<string, number>>
}

const Value = Schema.Int.check(Schema.isGreaterThanOrEqualTo(0))

/**
 * Schema of {@link Figures} (JSON): the values are whole numbers ≥ 0 keyed
 * by indicator id.
 *
 * @example
 * ```ts
 * import * as Schema from "effect/Schema"
 * Schema.decodeUnknownSync(InteragencyCrossCheck.FiguresSchema)({ form: "01", unitId: "u", year: 2022, months: 6, source: "enforcement", values: { V06: 1 } })
 * ```
 * @since 0.2.0
 */
export const FiguresSchema = Schema.Struct({
  form: Schema.Literals(["01", "02", "03", "04"]),
  unitId: Schema.String.check(Schema.isMinLength(1)),
  year: Schema.Int.check(Schema.isBetween({ minimum: 2000, maximum: 2199 })),
  months: Schema.Int.check(Schema.isBetween({ minimum: 1, maximum: 12 })),
  source: Schema.Literals(["enforcement", "procuracy", "court"]),
  values: Schema.Record(Schema.String, Value)
})

const reconcile: Citation.Citation = { document: "ttlt-12-2021", article: "8", clause: 3, point: "c" }
const unified: Citation.Citation = { document: "ttlt-12-2021", article: "3", clause: 3 }

const sourceName: Record<Source, { readonly vi: string; readonly en: string }> = {
  enforcement: { vi: "cơ quan THADS", en: "the enforcement office" },
  procuracy: { vi: "Viện kiểm sát", en: "the procuracy" },
  court: { vi: "Tòa án", en: "the court" }
}

const compare = (
  code: "tkln-figures-differ" | "tkln-differs-from-report" | "tkln-differs-from-procuracy",
  a: { readonly name: { readonly vi: string; readonly en: string }; readonly values: Readonly<Record<string, number>> },
  b: { readonly name: { readonly vi: string; readonly en: string }; readonly values: Readonly<Record<string, number>> },
  location: Finding.Location,
  citation: Citation.Citation
): ReadonlyArray<Finding.Finding> => {
  const out: Array<Finding.Finding> = []
  for (const id of Object.keys(a.values).sort()) {
    if (!Indicator.isId(id)) continue
    const x = a.values[id]
    const y = b.values[id]
    if (x === undefined || y === undefined || x === y) continue
    out.push(
      FindingCatalogue.make(code, {
        params: { indicator: id, a: a.name.en, b: b.name.en, observed: x, expected: y },
        paramsVi: { a: a.name.vi, b: b.name.vi },
        location: { ...location, path: `/values/${id}` },
        citation,
        basis: code === "tkln-figures-differ" ? "official" : "assumed",
        observed: x,
        expected: y
      })
    )
  }
  return out
}

const locationOf = (f: Figures): Finding.Location => ({
  unitId: f.unitId,
  ...(StatisticalPeriod.isMonths(f.months) ? { period: { year: f.year, months: f.months } } : {})
})

/**
 * Checks one set of figures on its own: the period must be an inter-agency
 * one (3, 6, 10 or 12 months, Đ6) and every key an indicator id.
 *
 * @example
 * ```ts
 * InteragencyCrossCheck.validate({ form: "01", unitId: "u", year: 2022, months: 5, source: "enforcement", values: {} })[0]?.code // "tkln-period-not-interagency"
 * ```
 * @since 0.2.0
 */
export const validate = (f: Figures): ReadonlyArray<Finding.Finding> => {
  const out: Array<Finding.Finding> = []
  if (!StatisticalPeriod.interagencyMonths.includes(f.months as StatisticalPeriod.Months)) {
    out.push(
      FindingCatalogue.make("tkln-period-not-interagency", {
        params: { months: f.months },
        location: { unitId: f.unitId, path: "/months" },
        basis: "official",
        observed: f.months,
        expected: "3, 6, 10, 12"
      })
    )
  }
  for (const id of Object.keys(f.values)) {
    if (Indicator.isId(id)) continue
    out.push(
      FindingCatalogue.make("report-unexpected-field", {
        params: { detail: `"${id}" is not an indicator id (V01–V14, T01–T14)` },
        paramsVi: { detail: `"${id}" không phải mã chỉ tiêu (V01–V14, T01–T14)` },
        location: { ...locationOf(f), path: `/values/${id}` }
      })
    )
  }
  return out
}

const samePeriod = (a: Figures, b: Figures) =>
  a.unitId === b.unitId && a.year === b.year && a.months === b.months && a.form === b.form

/**
 * The lead's figures of a form against its co-signing partner's (Đ8 k3 c):
 * one finding per shared indicator that differs (official; warning: the text
 * asks for reconciliation, it does not void the report).
 *
 * @example
 * ```ts
 * const lead = { form: "01", unitId: "chi-cuc-go-dau", year: 2022, months: 6, source: "enforcement", values: { V06: 412 } } as const
 * InteragencyCrossCheck.leadAgainstPartner(lead, { ...lead, source: "procuracy", values: { V06: 410 } })[0]?.code // "tkln-figures-differ"
 * ```
 * @since 0.2.0
 */
export const leadAgainstPartner = (lead: Figures, partner: Figures): ReadonlyArray<Finding.Finding> => {
  if (!samePeriod(lead, partner)) {
    throw new RangeError("leadAgainstPartner: the two sets must be the same form, unit and period")
  }
  return compare(
    "tkln-figures-differ",
    { name: sourceName[lead.source], values: lead.values },
    { name: sourceName[partner.source], values: partner.values },
    locationOf(lead),
    reconcile
  )
}

/**
 * Form 01/TKLN-THADS against the enforcement office's statistical report of
 * the same unit and period (its total rows): basis assumed, severity info.
 *
 * @example
 * ```ts
 * const report = Synthetic.report({ seed: 1, rows: 3, unitId: "chi-cuc-go-dau", year: 2022, months: 6 })
 * const form01 = { form: "01", unitId: "chi-cuc-go-dau", year: 2022, months: 6, source: "enforcement", values: { V06: 1 } } as const
 * InteragencyCrossCheck.againstReport(form01, report).map((f) => f.code) // ["tkln-differs-from-report"]
 * ```
 * @since 0.2.0
 */
export const againstReport = (form01: Figures, report: Report.Report): ReadonlyArray<Finding.Finding> => {
  const h = report.header
  if (form01.unitId !== h.unitId || form01.year !== h.year || form01.months !== h.months) return []
  const values: Record<string, number> = { ...report.cases.total, ...report.money.total }
  return compare(
    "tkln-differs-from-report",
    { name: { vi: "biểu 01/TKLN-THADS", en: "form 01/TKLN-THADS" }, values: form01.values },
    { name: { vi: "báo cáo thống kê của đơn vị", en: "the office's statistical report" }, values },
    locationOf(form01),
    unified
  )
}

/**
 * Form 01/TKLN-THADS (enforcement) against form 04/TKLN-THADS (procuracy) of
 * the same unit and period, on the indicators both carry: basis assumed,
 * severity info.
 *
 * @example
 * ```ts
 * const form01 = { form: "01", unitId: "chi-cuc-go-dau", year: 2022, months: 6, source: "enforcement", values: { V06: 412 } } as const
 * const form04 = { ...form01, form: "04", source: "procuracy", values: { V06: 410 } } as const
 * InteragencyCrossCheck.enforcementAgainstProcuracy(form01, form04).map((f) => f.code) // ["tkln-differs-from-procuracy"]
 * ```
 * @since 0.2.0
 */
export const enforcementAgainstProcuracy = (form01: Figures, form04: Figures): ReadonlyArray<Finding.Finding> => {
  if (form01.unitId !== form04.unitId || form01.year !== form04.year || form01.months !== form04.months) return []
  return compare(
    "tkln-differs-from-procuracy",
    { name: { vi: "biểu 01/TKLN-THADS", en: "form 01/TKLN-THADS" }, values: form01.values },
    { name: { vi: "biểu 04/TKLN-THADS", en: "form 04/TKLN-THADS" }, values: form04.values },
    locationOf(form01),
    unified
  )
}

/**
 * Every check over a batch of figures (and, optionally, the offices'
 * reports): each set on its own, each lead against its partners, each form 01
 * against the report and against form 04 of the same unit and period.
 *
 * @example
 * ```ts
 * const lead = { form: "01", unitId: "chi-cuc-go-dau", year: 2022, months: 6, source: "enforcement", values: { V06: 412 } } as const
 * const partner = { ...lead, source: "procuracy", values: { V06: 410 } } as const
 * InteragencyCrossCheck.checkAll([lead, partner]).map((f) => f.code) // ["tkln-figures-differ"]
 * ```
 * @since 0.2.0
 */
export const checkAll = (
  figures: ReadonlyArray<Figures>,
  reports: ReadonlyArray<Report.Report> = []
): ReadonlyArray<Finding.Finding> => {
  const out: Array<Finding.Finding> = []
  const leadOf = (f: Figures): Source => (f.form === "04" ? "procuracy" : "enforcement")
  for (const f of figures) for (const x of validate(f)) out.push(x)
  for (const lead of figures) {
    if (lead.source !== leadOf(lead)) continue
    for (const p of figures)
      if (p !== lead && p.source !== leadOf(p) && samePeriod(lead, p)) {
        for (const x of leadAgainstPartner(lead, p)) out.push(x)
      }
    if (lead.form !== "01") continue
    for (const r of reports) for (const x of againstReport(lead, r)) out.push(x)
    for (const q of figures) {
      if (q.form !== "04" || q.source !== "procuracy") continue
      for (const x of enforcementAgainstProcuracy(lead, q)) out.push(x)
    }
  }
  return out
}
