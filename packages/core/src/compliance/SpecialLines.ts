/**
 * Special lines the directive asks about, next to the main results: asset
 * recovery in corruption and economic cases (thu hồi tài sản trong các vụ án
 * tham nhũng, kinh tế; Chỉ thị 09 §4.2, Chỉ thị 04-CT/TW) and complaints and
 * denunciations (khiếu nại, tố cáo; §4.5): their figures, KPIs and checks.
 *
 * No form carrying them has sourced columns (forms 1–2 and 8 of TT 05/2024:
 * docs/forms.md), so these are records of what the sources say is reported,
 * not a form layout:
 * - asset recovery is published as a separate line in cases and money
 *   (2024: 9,211 cases, 22,177 bn VND completed; thads-rules.md §3, S18),
 *   with the same tree as the main results (must enforce ⊇ enforceable ⊇
 *   completed) [I];
 * - one complaint or denunciation case, whatever the number of letters with
 *   the same content, counts as one case (TT 08/2015 Phụ lục 2, S7); the
 *   yearly tasks ask that those within competence be resolved, on time (2014:
 *   100% of those carried over and 90% of the new ones, QĐ 3005/QĐ-BTP).
 *
 * The directive's year-on-year checks (§4.2 recovery rising, §4.5 complaints
 * falling) are `Checks09.assetRecoveryRising` and `Checks09.complaintsFalling`;
 * {@link directiveChecks} feeds them from these records.
 *
 * @since 0.2.0
 */
import * as Schema from "effect/Schema"
import type * as Finding from "./Finding.js"
import * as FindingCatalogue from "./FindingCatalogue.js"
import * as Checks09 from "../directive/Checks09.js"
import type * as DirectiveCheck from "../directive/Check.js"
import * as Rate from "../kpi/Rate.js"
import * as Target from "../kpi/Target.js"

const Count = Schema.Int.check(Schema.isGreaterThanOrEqualTo(0))

/**
 * One measure (cases or money) of asset recovery: the same tree as the main
 * results.
 *
 * @example
 * ```ts
 * const m: SpecialLines.RecoveryMeasure = { mustEnforce: 4000, enforceable: 3000, completed: 1895 }
 * ```
 * @since 0.2.0
 */
export interface RecoveryMeasure {
  /** Phải thi hành. */
  readonly mustEnforce?: number
  /** Có điều kiện thi hành. */
  readonly enforceable: number
  /** Thi hành xong. */
  readonly completed: number
}

/**
 * Complaints and denunciations handled by an enforcement office in a period
 * (counted in cases: 1 complaint = 1 case).
 *
 * @example
 * ```ts
 * const c: SpecialLines.Complaints = { carriedOver: 4, received: 40, withinCompetence: 30, resolved: 28, resolvedOnTime: 27 }
 * ```
 * @since 0.2.0
 */
export interface Complaints {
  /** Cũ chuyển sang (within competence, unresolved at the start). */
  readonly carriedOver: number
  /** Tiếp nhận mới trong kỳ. */
  readonly received: number
  /** Thuộc thẩm quyền giải quyết (of carried over + received). */
  readonly withinCompetence: number
  /** Đã giải quyết (of those within competence). */
  readonly resolved: number
  /** Of which resolved within the time limit. */
  readonly resolvedOnTime?: number
  /** Of the carried over, how many were resolved (for the 100% task). */
  readonly carriedOverResolved?: number
}

/**
 * The special lines of a unit for a period.
 *
 * @example
 * ```ts
 * const s: SpecialLines.SpecialLines = {
 *   unitId: "national", year: 2024, months: 12,
 *   assetRecovery: { cases: { enforceable: 12000, completed: 9211 }, money: { enforceable: 80_000_000_000_000, completed: 22_177_000_000_000 } }
 * }
 * ```
 * @since 0.2.0
 */
export interface SpecialLines {
  readonly unitId: string
  readonly year: number
  readonly months: number
  readonly assetRecovery?: { readonly cases?: RecoveryMeasure; readonly money?: RecoveryMeasure }
  readonly complaints?: Complaints
}

const RecoveryMeasureSchema = Schema.Struct({
  mustEnforce: Schema.optionalKey(Count),
  enforceable: Count,
  completed: Count
})

/**
 * Schema of {@link SpecialLines} (JSON; counts and VND are whole numbers ≥ 0).
 *
 * @example
 * ```ts
 * import * as Schema from "effect/Schema"
 * Schema.decodeUnknownSync(SpecialLines.SpecialLinesSchema)({ unitId: "u", year: 2024, months: 12 }) // { unitId: "u" }
 * ```
 * @since 0.2.0
 */
export const SpecialLinesSchema = Schema.Struct({
  unitId: Schema.String.check(Schema.isMinLength(1)),
  year: Schema.Int.check(Schema.isBetween({ minimum: 2000, maximum: 2199 })),
  months: Schema.Int.check(Schema.isBetween({ minimum: 1, maximum: 12 })),
  assetRecovery: Schema.optionalKey(
    Schema.Struct({
      cases: Schema.optionalKey(RecoveryMeasureSchema),
      money: Schema.optionalKey(RecoveryMeasureSchema)
    })
  ),
  complaints: Schema.optionalKey(
    Schema.Struct({
      carriedOver: Count,
      received: Count,
      withinCompetence: Count,
      resolved: Count,
      resolvedOnTime: Schema.optionalKey(Count),
      carriedOverResolved: Schema.optionalKey(Count)
    })
  )
})

/**
 * A KPI of the special lines.
 *
 * @example
 * ```ts
 * const k: SpecialLines.Kpi = { id: "asset-recovery-rate-money", label: { vi: "…", en: "…" }, value: 27.72, numerator: 22177, denominator: 80000 }
 * ```
 * @since 0.2.0
 */
export interface Kpi {
  readonly id:
    | "asset-recovery-rate-cases"
    | "asset-recovery-rate-money"
    | "complaints-resolution-rate"
    | "complaints-on-time-rate"
  readonly label: { readonly vi: string; readonly en: string }
  /** Percent rounded to 2 decimals (Rate.percent), null for a zero denominator. */
  readonly value: number | null
  readonly numerator: number
  readonly denominator: number
}

const kpi = (id: Kpi["id"], vi: string, en: string, n: number, d: number): Kpi => {
  const p = Rate.percent(n, d)
  return { id, label: { vi, en }, value: p.value, numerator: n, denominator: d }
}

/**
 * The KPIs: asset recovery completion rates (completed ÷ enforceable, as the
 * main rate), the complaints resolution rate (resolved ÷ within competence)
 * and the on-time rate (resolved on time ÷ resolved).
 *
 * @example
 * ```ts
 * SpecialLines.kpis({ unitId: "u", year: 2024, months: 12, complaints: { carriedOver: 0, received: 10, withinCompetence: 8, resolved: 6 } })
 * // [{ id: "complaints-resolution-rate", value: 75, numerator: 6, denominator: 8 }]
 * ```
 * @since 0.2.0
 */
export const kpis = (s: SpecialLines): ReadonlyArray<Kpi> => {
  const out: Array<Kpi> = []
  const c = s.assetRecovery?.cases
  const m = s.assetRecovery?.money
  if (c !== undefined)
    out.push(
      kpi(
        "asset-recovery-rate-cases",
        "Tỷ lệ thi hành xong về việc, thu hồi tài sản vụ án tham nhũng, kinh tế (%)",
        "Asset recovery in corruption and economic cases, completion rate, cases (%)",
        c.completed,
        c.enforceable
      )
    )
  if (m !== undefined)
    out.push(
      kpi(
        "asset-recovery-rate-money",
        "Tỷ lệ thi hành xong về tiền, thu hồi tài sản vụ án tham nhũng, kinh tế (%)",
        "Asset recovery in corruption and economic cases, completion rate, money (%)",
        m.completed,
        m.enforceable
      )
    )
  const k = s.complaints
  if (k !== undefined) {
    out.push(
      kpi(
        "complaints-resolution-rate",
        "Tỷ lệ giải quyết khiếu nại, tố cáo thuộc thẩm quyền (%)",
        "Complaints and denunciations within competence resolved (%)",
        k.resolved,
        k.withinCompetence
      )
    )
    if (k.resolvedOnTime !== undefined)
      out.push(
        kpi(
          "complaints-on-time-rate",
          "Tỷ lệ giải quyết đúng thời hạn (%)",
          "Resolved within the time limit (%)",
          k.resolvedOnTime,
          k.resolved
        )
      )
  }
  return out
}

const LINES = {
  "asset recovery (cases)": { vi: "thu hồi tài sản (việc)", section: "4.2" },
  "asset recovery (money)": { vi: "thu hồi tài sản (tiền)", section: "4.2" },
  complaints: { vi: "khiếu nại, tố cáo", section: "4.5" }
} as const

const part = (
  out: Array<Finding.Finding>,
  s: SpecialLines,
  line: keyof typeof LINES,
  path: string,
  part: number | undefined,
  whole: number | undefined,
  vi: string,
  en: string
) => {
  if (part === undefined || whole === undefined || part <= whole) return
  out.push(
    FindingCatalogue.make("special-line-inconsistent", {
      params: { line, detail: `${en}: ${part} > ${whole}` },
      paramsVi: { line: LINES[line].vi, detail: `${vi}: ${part} > ${whole}` },
      location: { path, unitId: s.unitId },
      citation: { document: "ct-09-ct-tu-2021", section: LINES[line].section },
      // the part-whole relations of these records are ours: no form's columns were found
      basis: "assumed",
      observed: part,
      expected: `≤ ${whole}`
    })
  )
}

/**
 * Checks the special lines on their own and against the year's complaints
 * tasks (where a numeric one is known, {@link Target.tasks}).
 *
 * @example
 * ```ts
 * SpecialLines.check({ unitId: "u", year: 2024, months: 12, complaints: { carriedOver: 0, received: 10, withinCompetence: 12, resolved: 6 } })[0]?.code
 * // "special-line-inconsistent"
 * ```
 * @since 0.2.0
 */
export const check = (
  s: SpecialLines,
  tasks: ReadonlyArray<Target.Task> = Target.tasks
): ReadonlyArray<Finding.Finding> => {
  const out: Array<Finding.Finding> = []
  for (const table of ["cases", "money"] as const) {
    const m = s.assetRecovery?.[table]
    if (m === undefined) continue
    const base = `/assetRecovery/${table}`
    const line = table === "cases" ? ("asset recovery (cases)" as const) : ("asset recovery (money)" as const)
    part(
      out,
      s,
      line,
      `${base}/completed`,
      m.completed,
      m.enforceable,
      "thi hành xong > có điều kiện",
      "completed > enforceable"
    )
    part(
      out,
      s,
      line,
      `${base}/enforceable`,
      m.enforceable,
      m.mustEnforce,
      "có điều kiện > phải thi hành",
      "enforceable > must enforce"
    )
  }
  const k = s.complaints
  if (k !== undefined) {
    const line = "complaints" as const
    part(
      out,
      s,
      line,
      "/complaints/withinCompetence",
      k.withinCompetence,
      k.carriedOver + k.received,
      "thuộc thẩm quyền > cũ + mới",
      "within competence > carried over + received"
    )
    part(
      out,
      s,
      line,
      "/complaints/resolved",
      k.resolved,
      k.withinCompetence,
      "đã giải quyết > thuộc thẩm quyền",
      "resolved > within competence"
    )
    part(
      out,
      s,
      line,
      "/complaints/resolvedOnTime",
      k.resolvedOnTime,
      k.resolved,
      "đúng hạn > đã giải quyết",
      "on time > resolved"
    )
    part(
      out,
      s,
      line,
      "/complaints/carriedOverResolved",
      k.carriedOverResolved,
      k.carriedOver,
      "cũ đã giải quyết > cũ chuyển sang",
      "carried over resolved > carried over"
    )
    if (s.months === 12) {
      const task = tasks.find((t) => t.year === s.year && t.group === "complaints" && t.unitId === "national")
      const [old, fresh] = task?.measures ?? []
      const check1 = (
        what: { vi: string; en: string },
        path: string,
        n: number | undefined,
        d: number,
        target: number | undefined
      ) => {
        if (n === undefined || target === undefined || d === 0) return
        if ((Rate.compareExact(n, d, Rate.hundredths(target)) ?? 0) >= 0) return
        out.push(
          FindingCatalogue.make("complaints-target-missed", {
            params: { what: what.en, observed: Rate.percent(n, d).value ?? 0, expected: target },
            paramsVi: { what: what.vi },
            location: { path, unitId: s.unitId, period: { year: s.year, months: 12 } },
            ...(task?.citation === undefined ? {} : { citation: task.citation }),
            observed: Rate.percent(n, d).value ?? 0,
            expected: target
          })
        )
      }
      check1(
        { vi: "khiếu nại cũ chuyển sang đã giải quyết", en: "complaints carried over, resolved" },
        "/complaints/carriedOverResolved",
        k.carriedOverResolved,
        k.carriedOver,
        old?.value
      )
      if (k.carriedOverResolved !== undefined) {
        check1(
          { vi: "khiếu nại mới thuộc thẩm quyền đã giải quyết", en: "new complaints within competence, resolved" },
          "/complaints/resolved",
          k.resolved - k.carriedOverResolved,
          k.withinCompetence - k.carriedOver,
          fresh?.value
        )
      }
    }
  }
  return out
}

/**
 * Runs the directive's year-on-year checks (§4.2 asset recovery rising,
 * §4.5 complaints falling) on a year and the one before.
 *
 * @example
 * ```ts
 * const lastYear: SpecialLines.SpecialLines = {
 *   unitId: "u", year: 2023, months: 12,
 *   assetRecovery: { money: { enforceable: 80_000, completed: 20_000 } },
 *   complaints: { carriedOver: 0, received: 30, withinCompetence: 20, resolved: 20 }
 * }
 * const thisYear: SpecialLines.SpecialLines = {
 *   ...lastYear, year: 2024,
 *   assetRecovery: { money: { enforceable: 80_000, completed: 22_177 } },
 *   complaints: { carriedOver: 0, received: 40, withinCompetence: 30, resolved: 28 }
 * }
 * SpecialLines.directiveChecks(thisYear, lastYear).map((r) => `${r.id}: ${r.outcome.status}`)
 * // ["asset-recovery-rising: pass", "complaints-falling: fail"]
 * ```
 * @since 0.2.0
 */
export const directiveChecks = (
  current: SpecialLines,
  previous?: SpecialLines
): ReadonlyArray<{ readonly id: string; readonly outcome: DirectiveCheck.Outcome }> => {
  const out: Array<{ readonly id: string; readonly outcome: DirectiveCheck.Outcome }> = []
  const m = current.assetRecovery?.money
  if (m !== undefined) {
    const p = previous?.assetRecovery?.money
    out.push({
      id: Checks09.assetRecoveryRising.id,
      outcome: Checks09.assetRecoveryRising.run({
        current: { completed: m.completed, enforceable: m.enforceable },
        ...(p === undefined ? {} : { previous: { completed: p.completed, enforceable: p.enforceable } })
      })
    })
  }
  const k = current.complaints
  if (k !== undefined) {
    const received = (c: Complaints) => c.received
    out.push({
      id: Checks09.complaintsFalling.id,
      outcome: Checks09.complaintsFalling.run({
        current: received(k),
        ...(previous?.complaints === undefined ? {} : { previous: received(previous.complaints) })
      })
    })
  }
  return out
}
