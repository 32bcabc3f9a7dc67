/**
 * The measurable checks of Chỉ thị 09-CT/TU ("What can be checked against
 * data" in ../shared/domain/directive-09-provisions.md), each a pure function
 * with worked examples:
 * - §4.4 the completion-rate targets (cases, money) and the backlog falling;
 * - §4.3 classification consistency (the split of "phải thi hành");
 * - §4.2 asset recovery in corruption and economic cases rising;
 * - §4.5 complaints falling year on year;
 * - §2.4 auctioned assets handed over; §2.5 state compensation settled;
 * - §1.3 hearings, §2.3 steering-committee reports, §8.1 reviews: the
 *   obligations met on time.
 * Where the directive sets no threshold (e.g. how old an unhanded auction may
 * be), the threshold is part of the input.
 *
 * @since 0.1.0
 */
import * as Kpi from "../kpi/Kpi.js"
import * as Rate from "../kpi/Rate.js"
import type * as Target from "../kpi/Target.js"
import * as Identity from "../statistics/Identity.js"
import type * as Report from "../statistics/Report.js"
import * as Synthetic from "../statistics/Synthetic.js"
import type { Check, Outcome } from "./Check.js"
import type * as Obligation from "./Obligation.js"

const pass = (vi: string, en: string, extra: Partial<Outcome> = {}): Outcome => ({
  status: "pass",
  message: { vi, en },
  ...extra
})
const fail = (vi: string, en: string, extra: Partial<Outcome> = {}): Outcome => ({
  status: "fail",
  message: { vi, en },
  ...extra
})
const na = (vi: string, en: string): Outcome => ({ status: "not-applicable", message: { vi, en } })
const cite = (section: string) => ({ document: "ct-09-ct-tu-2021", section }) as const

/**
 * §4.4: the completion rate meets the unit's targets, in cases and money.
 *
 * @example
 * ```ts
 * const report = Synthetic.totals({ year: 2022 }, { "07": 653_719, "08": 539_290 }, { "07": 100, "08": 41 })
 * Checks09.targetsMet.run({ report }).status // "pass": 82.50 % > 81.50 %
 * ```
 * @since 0.1.0
 */
export const targetsMet: Check<{ readonly report: Report.Report; readonly targets?: ReadonlyArray<Target.Target> }> = {
  id: "targets-met",
  provisions: ["4.4"],
  title: { vi: "Đạt chỉ tiêu tỷ lệ thi hành xong về việc và tiền", en: "Completion-rate targets met, cases and money" },
  citation: cite("4.4"),
  run: ({ report, targets }) => {
    const ks = Kpi.compute(report, targets === undefined ? {} : { targets })
    const attained = ks.filter((k) => k.target !== undefined)
    if (attained.length === 0) return na("chưa có chỉ tiêu", "no target known")
    const missed = attained.filter((k) => k.target!.met !== true)
    const observed = attained.map((k) => `${k.id}: ${k.inputs[0]!.value}/${k.inputs[1]!.value}`).join("; ")
    return missed.length === 0
      ? pass("đạt chỉ tiêu", "targets met", { observed })
      : fail(
          `chưa đạt chỉ tiêu: ${missed.map((k) => `${k.label.vi} (${k.target!.gap} điểm %)`).join("; ")}`,
          `targets missed: ${missed.map((k) => `${k.label.en} (${k.target!.gap} points)`).join("; ")}`,
          { observed }
        )
  },
  examples: [
    {
      name: "2022 national 82.50 % > 81.50 % and money above 40.10 %",
      status: "pass",
      input: { report: Synthetic.totals({ year: 2022 }, { "07": 653_719, "08": 539_290 }, { "07": 100, "08": 41 }) }
    },
    {
      name: "Tây Ninh 2023 at exactly 82.60 % misses '> 82.60 %'",
      status: "fail",
      input: {
        report: Synthetic.totals(
          { unitId: "cuc-tay-ninh", year: 2023 },
          { "07": 10_000, "08": 8_260 },
          { "07": 100, "08": 50 }
        )
      }
    },
    {
      name: "2021: no target known",
      status: "not-applicable",
      input: { report: Synthetic.totals({ year: 2021 }, { "07": 10, "08": 9 }) }
    }
  ]
}

/**
 * §4.4: the backlog falls against the same period of the previous year:
 * carried forward (V13, T13) and enforceable carried forward (V14, T14)
 * must not rise.
 *
 * @example
 * ```ts
 * Checks09.backlogFalling.run({
 *   report: Synthetic.totals({ year: 2023 }, { "13": 3_740, "14": 1_740 }), previous: Synthetic.totals({ year: 2022 }, { "13": 4_000, "14": 2_000 })
 * }).status // "pass"
 * ```
 * @since 0.1.0
 */
export const backlogFalling: Check<{ readonly report: Report.Report; readonly previous?: Report.Report }> = {
  id: "backlog-falling",
  provisions: ["4.4"],
  title: {
    vi: "Kéo giảm án chuyển kỳ sau so với cùng kỳ",
    en: "Backlog carried forward falls against the same period last year"
  },
  citation: cite("4.4"),
  run: ({ previous, report }) => {
    const ks = Kpi.compute(report, previous === undefined ? {} : { previous })
    const changes = ks.filter(
      (k) => k.id.startsWith("change-carried-over") || k.id.startsWith("change-enforceable-carried-over")
    )
    if (changes.every((k) => k.value === null))
      return na("không có báo cáo cùng kỳ năm trước", "no report of the same period last year")
    const rising = changes.filter((k) => k.value !== null && k.value > 0)
    return rising.length === 0
      ? pass("án chuyển kỳ sau không tăng", "the backlog did not rise")
      : fail(
          `tăng: ${rising.map((k) => `${k.label.vi} +${k.value}`).join("; ")}`,
          `rose: ${rising.map((k) => `${k.label.en} +${k.value}`).join("; ")}`
        )
  },
  examples: [
    {
      name: "enforceable carried forward 1,740 after 2,000",
      status: "pass",
      input: {
        report: Synthetic.totals({ year: 2023 }, { "13": 3_740, "14": 1_740 }),
        previous: Synthetic.totals({ year: 2022 }, { "13": 4_000, "14": 2_000 })
      }
    },
    {
      name: "carried forward rises",
      status: "fail",
      input: {
        report: Synthetic.totals({ year: 2023 }, { "13": 4_100, "14": 1_740 }),
        previous: Synthetic.totals({ year: 2022 }, { "13": 4_000, "14": 2_000 })
      }
    },
    { name: "no previous report", status: "not-applicable", input: { report: Synthetic.totals({ year: 2023 }, {}) } }
  ]
}

/**
 * §4.3: case classification is consistent: "phải thi hành" splits into "có
 * điều kiện", "chưa có điều kiện" and the residual bucket, "có điều kiện"
 * into completed and in progress, and completed ≤ enforceable (identities
 * I06b, I07, I08 on every row).
 *
 * @example
 * ```ts
 * Checks09.classificationConsistent.run({ report: Synthetic.report({ seed: 9, rows: 3 }) }).status // "pass"
 * ```
 * @since 0.1.0
 */
export const classificationConsistent: Check<{
  readonly report: Report.Report
  readonly settings?: Identity.Settings
}> = {
  id: "classification-consistent",
  provisions: ["4.3"],
  title: { vi: "Phân loại án nhất quán", en: "Case classification consistent" },
  citation: cite("4.3"),
  run: ({ report, settings }) => {
    const failures = Identity.evaluate(report, {
      onlyFailures: true,
      ...(settings === undefined ? {} : { settings })
    }).filter((e) => e.identity === "I06b" || e.identity === "I07" || e.identity === "I08")
    return failures.length === 0
      ? pass("phân loại nhất quán", "classification consistent")
      : fail(
          `phân loại không nhất quán tại ${failures.map((f) => f.path).join(", ")}`,
          `classification inconsistent at ${failures.map((f) => f.path).join(", ")}`,
          { observed: failures.length, expected: 0 }
        )
  },
  examples: [
    {
      name: "a consistent synthetic report",
      status: "pass",
      input: { report: Synthetic.report({ seed: 9, rows: 3 }) }
    },
    {
      name: "enforceable + not yet enforceable ≠ must enforce",
      status: "fail",
      input: { report: Synthetic.totals({}, { "06": 100, "07": 60, "11": 30, "08": 50, "09": 10 }) }
    }
  ]
}

/**
 * §4.2: the completion rate of asset recovery in corruption and economic
 * cases (money) does not fall against the previous year.
 *
 * @example
 * ```ts
 * Checks09.assetRecoveryRising.run({ current: { completed: 10, enforceable: 100 }, previous: { completed: 20, enforceable: 100 } })
 * // { status: "fail", message: { vi: "tỷ lệ thu hồi giảm 10 điểm %", en: "recovery rate down 10 points" }, observed: -10, expected: 0 }
 * ```
 * @since 0.1.0
 */
export const assetRecoveryRising: Check<{
  readonly current: { readonly completed: number; readonly enforceable: number }
  readonly previous?: { readonly completed: number; readonly enforceable: number }
}> = {
  id: "asset-recovery-rising",
  provisions: ["4.2"],
  title: {
    vi: "Nâng cao hiệu quả thu hồi tài sản trong vụ án tham nhũng, kinh tế",
    en: "Asset recovery in corruption and economic cases improves"
  },
  citation: cite("4.2"),
  run: ({ current, previous }) => {
    if (previous === undefined) return na("không có số liệu năm trước", "no figures for the previous year")
    const diff = Rate.difference(current.completed, current.enforceable, previous.completed, previous.enforceable)
    if (diff === null) return na("mẫu số bằng 0", "a denominator is 0")
    return diff >= 0
      ? pass(`tỷ lệ thu hồi tăng ${diff} điểm %`, `recovery rate up ${diff} points`, { observed: diff })
      : fail(`tỷ lệ thu hồi giảm ${-diff} điểm %`, `recovery rate down ${-diff} points`, {
          observed: diff,
          expected: 0
        })
  },
  examples: [
    {
      name: "22,177 bn of 30,000 after 15,000 of 30,000",
      status: "pass",
      input: {
        current: { completed: 22_177, enforceable: 30_000 },
        previous: { completed: 15_000, enforceable: 30_000 }
      }
    },
    {
      name: "falling rate",
      status: "fail",
      input: { current: { completed: 10, enforceable: 100 }, previous: { completed: 20, enforceable: 100 } }
    },
    { name: "first year", status: "not-applicable", input: { current: { completed: 10, enforceable: 100 } } }
  ]
}

/**
 * §4.5: complaints and denunciations (1 complaint case = 1 việc, TT 08/2015
 * Phụ lục 2) fall year on year.
 *
 * @example
 * ```ts
 * Checks09.complaintsFalling.run({ current: 40, previous: 52 }).status // "pass"
 * Checks09.complaintsFalling.run({ current: 60 }).status // "not-applicable"
 * ```
 * @since 0.1.0
 */
export const complaintsFalling: Check<{ readonly current: number; readonly previous?: number }> = {
  id: "complaints-falling",
  provisions: ["4.5"],
  title: { vi: "Khiếu nại, tố cáo giảm qua từng năm", en: "Complaints and denunciations fall year on year" },
  citation: cite("4.5"),
  run: ({ current, previous }) =>
    previous === undefined
      ? na("không có số liệu năm trước", "no figures for the previous year")
      : current <= previous
        ? pass(`${current} việc, năm trước ${previous}`, `${current} cases, previous year ${previous}`, {
            observed: current,
            expected: previous
          })
        : fail(`tăng: ${current} việc, năm trước ${previous}`, `rose: ${current} cases, previous year ${previous}`, {
            observed: current,
            expected: previous
          }),
  examples: [
    { name: "falling", status: "pass", input: { current: 40, previous: 52 } },
    { name: "rising", status: "fail", input: { current: 60, previous: 52 } },
    { name: "first year", status: "not-applicable", input: { current: 60 } }
  ]
}

const ageing = (
  id: string,
  section: string,
  title: { readonly vi: string; readonly en: string },
  what: { readonly vi: string; readonly en: string }
): Check<{ readonly ages: ReadonlyArray<number>; readonly maxDays: number }> => ({
  id,
  provisions: [section],
  title,
  citation: cite(section),
  run: ({ ages, maxDays }) => {
    const old = ages.filter((a) => a > maxDays)
    return old.length === 0
      ? pass(
          `${ages.length} ${what.vi}, không quá ${maxDays} ngày`,
          `${ages.length} ${what.en}, none older than ${maxDays} days`,
          { observed: ages.length }
        )
      : fail(`${old.length} ${what.vi} quá ${maxDays} ngày`, `${old.length} ${what.en} older than ${maxDays} days`, {
          observed: old.length,
          expected: 0
        })
  },
  examples: [
    { name: "none pending", status: "pass", input: { ages: [], maxDays: 30 } },
    { name: "one over the threshold", status: "fail", input: { ages: [12, 45], maxDays: 30 } }
  ]
})

/**
 * §2.4: auctioned assets handed to the buyer; the age threshold is an input
 * (the directive sets none).
 *
 * @example
 * ```ts
 * Checks09.auctionsHandedOver.run({ ages: [12, 45], maxDays: 30 }).status // "fail"
 * ```
 * @since 0.1.0
 */
export const auctionsHandedOver = ageing(
  "auctions-handed-over",
  "2.4",
  { vi: "Giao tài sản cho người mua trúng đấu giá", en: "Auctioned assets handed over to the buyer" },
  { vi: "việc bán đấu giá chưa giao tài sản", en: "auctioned assets not handed over" }
)

/**
 * §2.5: state compensation for damage caused by enforcement settled quickly;
 * the age threshold is an input.
 *
 * @example
 * ```ts
 * Checks09.compensationSettled.run({ ages: [], maxDays: 30 }).status // "pass"
 * ```
 * @since 0.1.0
 */
export const compensationSettled = ageing(
  "compensation-settled",
  "2.5",
  { vi: "Giải quyết nhanh trách nhiệm bồi thường nhà nước", en: "State compensation settled quickly" },
  { vi: "yêu cầu bồi thường chưa giải quyết", en: "compensation claims open" }
)

const obligationsMet = (
  id: string,
  section: string,
  kind: Obligation.Kind,
  title: { readonly vi: string; readonly en: string }
): Check<ReadonlyArray<Obligation.Tracked>> => ({
  id,
  provisions: [section],
  title,
  citation: cite(section),
  run: (tracked) => {
    const mine = tracked.filter((t) => t.obligation.kind === kind && t.status._tag !== "not-yet-due")
    if (mine.length === 0) return na("chưa có nghĩa vụ đến hạn", "no obligation due yet")
    const bad = mine.filter((t) => t.status._tag === "missing" || t.status._tag === "met-late")
    return bad.length === 0
      ? pass(`${mine.length} nghĩa vụ thực hiện đúng hạn`, `${mine.length} obligations met on time`, {
          observed: mine.length
        })
      : fail(
          `${bad.length}/${mine.length} nghĩa vụ trễ hạn hoặc chưa thực hiện: ${bad.map((t) => t.obligation.id).join(", ")}`,
          `${bad.length}/${mine.length} obligations late or missing: ${bad.map((t) => t.obligation.id).join(", ")}`,
          { observed: bad.length, expected: 0 }
        )
  },
  examples: obligationExamples(kind)
})

function obligationExamples(kind: Obligation.Kind) {
  const ob = (due: string) => ({
    id: `${kind}/x/${due}`,
    kind,
    frequency: "ad-hoc" as const,
    owner: { name: { vi: "x", en: "x" } },
    recipient: { name: { vi: "y", en: "y" } },
    period: { start: due as never, end: due as never, label: { vi: "", en: "" } },
    due: due as never,
    basis: "assumed" as const,
    estimated: false,
    citation: cite("1.3")
  })
  return [
    {
      name: "met on time",
      status: "pass" as const,
      input: [{ obligation: ob("2022-01-31"), status: { _tag: "met" as const, submittedOn: "2022-01-28" as never } }]
    },
    {
      name: "missing",
      status: "fail" as const,
      input: [{ obligation: ob("2022-01-31"), status: { _tag: "missing" as const, workingDaysOverdue: 3 } }]
    },
    {
      name: "nothing due yet",
      status: "not-applicable" as const,
      input: [{ obligation: ob("2022-01-31"), status: { _tag: "not-yet-due" as const } }]
    }
  ]
}

/**
 * §1.3: the hearings' reports were given on time.
 *
 * @example
 * ```ts
 * const obligations = Obligation.generate({ from: CivilDate.make("2022-01-01"), to: CivilDate.make("2022-06-30") })
 * const submissions: Array<Obligation.Submission> = [
 *   { kind: "hearing", owner: "A05", periodEnd: CivilDate.make("2022-06-30"), submittedOn: CivilDate.make("2022-07-20") }
 * ]
 * const tracked = Obligation.track(obligations, submissions, CivilDate.make("2022-10-31"))
 * Checks09.hearingsHeld.run(tracked).status // "fail": hearing/A05/2022-03-31 is missing
 * ```
 * @since 0.1.0
 */
export const hearingsHeld = obligationsMet("hearings-held", "1.3", "hearing", {
  vi: "Báo cáo định kỳ quý, 6 tháng, năm với Thường trực, Ban Thường vụ cấp ủy",
  en: "Quarterly, half-yearly and yearly reports to the standing boards"
})

/**
 * §2.3: the steering committees reported (TTLT 05/2016 Đ11).
 *
 * @example
 * ```ts
 * const obligations = Obligation.generate({ from: CivilDate.make("2022-01-01"), to: CivilDate.make("2022-06-30") })
 * const submissions = obligations.map((o) => ({ obligationId: o.id, submittedOn: o.due }))
 * const tracked = Obligation.track(obligations, submissions, CivilDate.make("2022-10-31"))
 * Checks09.steeringReportsMade.run(tracked).status // "pass"
 * Checks09.steeringReportsMade.run([]).status // "not-applicable"
 * ```
 * @since 0.1.0
 */
export const steeringReportsMade = obligationsMet("steering-reports-made", "2.3", "steering-report", {
  vi: "Ban Chỉ đạo thi hành án dân sự báo cáo 6 tháng, năm",
  en: "Steering committees report half-yearly and yearly"
})

/**
 * §8.1: the interim and final reviews were held.
 *
 * @example
 * ```ts
 * Checks09.reviewsHeld.run([]).message.en // "no obligation due yet"
 * ```
 * @since 0.1.0
 */
export const reviewsHeld = obligationsMet("reviews-held", "8.1", "review", {
  vi: "Sơ kết, tổng kết thực hiện Chỉ thị",
  en: "Interim and final reviews of the directive held"
})

/**
 * Every check of Chỉ thị 09.
 *
 * @example
 * ```ts
 * Checks09.all.length // 10
 * Coverage.compute(Directive09.directive, Checks09.all)
 * ```
 * @since 0.1.0
 */
export const all: ReadonlyArray<Check<any>> = [
  hearingsHeld,
  steeringReportsMade,
  auctionsHandedOver,
  compensationSettled,
  assetRecoveryRising,
  classificationConsistent,
  targetsMet,
  backlogFalling,
  complaintsFalling,
  reviewsHeld
]
