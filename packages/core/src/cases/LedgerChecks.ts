/**
 * The Chỉ thị 09 checks a ledger feeds (kiểm tra theo Chỉ thị 09 từ sổ thụ
 * lý): §2.4 assets sold at auction handed over to the buyer
 * (`Checks09.auctionsHandedOver`) and §2.5 state compensation settled
 * quickly (`Checks09.compensationSettled`), run on the ages that the
 * aggregation of a ledger gives (`Aggregate.ExtraLines.openAgesDays`: days
 * from the sale, or from the claim, to the period end) against an age
 * threshold.
 *
 * The directive sets no threshold and none was found in the law read
 * (directive-09-provisions.md "What can be checked": "counted and ageing")
 * [U]: each threshold is a case setting with no default
 * (`auctionHandoverMaxDays`, `compensationMaxDays`, ./CaseSettings.ts).
 * Without it the check is not applicable and says which setting to give;
 * with it the outcome is `basis: "assumed"` and names the setting. A fail is
 * the directive's aim missed on an assumed threshold, never an error. A
 * ledger whose layout records no auction sales and no claims (CSV) gives no
 * ages: there the checks are not applicable either, rather than a pass.
 *
 * @since 0.4.0
 */
import type * as Citation from "../citation/Citation.js"
import type * as Setting from "../citation/Setting.js"
import type * as Check from "../directive/Check.js"
import * as Checks09 from "../directive/Checks09.js"
import type * as Aggregate from "./Aggregate.js"

/**
 * The age thresholds, in days (each absent: its check is not run).
 *
 * @example
 * ```ts
 * const t: LedgerChecks.Thresholds = { auctionHandoverMaxDays: 30 }
 * ```
 * @since 0.4.0
 */
export interface Thresholds {
  /** §2.4: the oldest an asset sold at auction may be without being handed over (days from the sale). */
  readonly auctionHandoverMaxDays?: number
  /** §2.5: the oldest a state-compensation claim may be while open (days from the claim). */
  readonly compensationMaxDays?: number
}

/**
 * The outcome of one check on a ledger, with what it rests on.
 *
 * @example
 * ```ts
 * const [r] = LedgerChecks.run({ auctionedNotHandedOver: [40], stateCompensationOpen: [] }, { auctionHandoverMaxDays: 30 })
 * r?.outcome.status // "fail"
 * r?.setting?.key // "CaseSettings.auctionHandoverMaxDays"
 * ```
 * @since 0.4.0
 */
export interface Result {
  readonly id: string
  /** The directive's provisions, e.g. ["2.4"]. */
  readonly provisions: ReadonlyArray<string>
  readonly title: { readonly vi: string; readonly en: string }
  readonly citation: Citation.Citation
  readonly outcome: Check.Outcome
  /** Always `assumed`: the threshold is a setting, the directive sets none. */
  readonly basis: "assumed"
  /** The threshold it ran with (absent when it did not run). */
  readonly setting?: Setting.Setting
}

const why = {
  vi: "Chỉ thị 09-CT/TU không đặt ngưỡng tuổi; ngưỡng do người dùng thiết lập",
  en: "Directive 09-CT/TU sets no age threshold; the user sets it"
}

/**
 * Runs §2.4 and §2.5 on a ledger's open ages (`Aggregate.aggregate(...)
 * .extra.openAgesDays`) with the thresholds given. `recorded: false` says
 * the ledger's layout cannot record auction sales or claims (CSV).
 *
 * @example
 * ```ts
 * const ages = { auctionedNotHandedOver: [12, 45], stateCompensationOpen: [] }
 * LedgerChecks.run(ages, { auctionHandoverMaxDays: 30 }).map((r) => `${r.id}: ${r.outcome.status}`)
 * // ["auctions-handed-over: fail", "compensation-settled: not-applicable"]
 * LedgerChecks.run(ages, { auctionHandoverMaxDays: 60, compensationMaxDays: 90 }).map((r) => r.outcome.status) // ["pass", "pass"]
 * LedgerChecks.run(ages, { auctionHandoverMaxDays: 30 }, { recorded: false })[0]?.outcome.status // "not-applicable"
 * ```
 * @since 0.4.0
 */
export const run = (
  ages: Aggregate.ExtraLines["openAgesDays"],
  thresholds: Thresholds,
  options: { readonly recorded?: boolean } = {}
): ReadonlyArray<Result> => {
  const recorded = options.recorded !== false
  const one = (
    check: typeof Checks09.auctionsHandedOver,
    list: ReadonlyArray<number>,
    key: "auctionHandoverMaxDays" | "compensationMaxDays",
    what: { readonly vi: string; readonly en: string }
  ): Result => {
    const maxDays = thresholds[key]
    const base = {
      id: check.id,
      provisions: check.provisions,
      title: check.title,
      citation: check.citation,
      basis: "assumed" as const
    }
    if (maxDays === undefined)
      return {
        ...base,
        outcome: {
          status: "not-applicable",
          message: {
            vi: `chưa đặt ngưỡng: Chỉ thị không quy định; đặt "${key}" (số ngày) trong tệp thiết lập việc thi hành án`,
            en: `no threshold: the directive sets none; set "${key}" (days) in the case settings file`
          }
        }
      }
    if (!recorded)
      return {
        ...base,
        outcome: {
          status: "not-applicable",
          message: {
            vi: `sổ dạng CSV không ghi ${what.vi}`,
            en: `a CSV ledger does not record ${what.en}`
          }
        }
      }
    return {
      ...base,
      outcome: check.run({ ages: list, maxDays }),
      setting: { key: `CaseSettings.${key}`, value: maxDays, why, about: check.citation }
    }
  }
  return [
    one(Checks09.auctionsHandedOver, ages.auctionedNotHandedOver, "auctionHandoverMaxDays", {
      vi: "việc bán đấu giá và giao tài sản",
      en: "auction sales and handovers"
    }),
    one(Checks09.compensationSettled, ages.stateCompensationOpen, "compensationMaxDays", {
      vi: "yêu cầu bồi thường nhà nước",
      en: "state-compensation claims"
    })
  ]
}
