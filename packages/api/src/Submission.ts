/**
 * Submissions (báo cáo đã nộp): what the service stores for each report a
 * unit sends — the receipt time in Asia/Ho_Chi_Minh, the original bytes'
 * SHA-256 and media type, the version within the unit and period (a later
 * submission supersedes, the history is kept), and the result of the check
 * with the rule set that produced it.
 *
 * @since 0.1.0
 */
import { Report } from "@thads/core"
import * as Schema from "effect/Schema"
import * as Page from "./Page.js"
import * as Result from "./Result.js"

/**
 * One stored submission, without its report.
 *
 * @example
 * ```ts
 * const s: Submission.Summary = { id: "01J…", unitId: "chi-cuc-go-dau", year: 2022, months: 6, version: 1, current: true, receivedAt: "2022-04-07T09:30:00.000+07:00", receivedOn: "2022-04-07", mediaType: "application/json", size: 11400, sha256: "…", valid: true, findings: { error: 0, warning: 0, info: 1 }, ruleSet: { version: "0.1.0", hash: "…" }, keyId: "k1" }
 * ```
 * @since 0.1.0
 */
export const Summary = Schema.Struct({
  id: Schema.String,
  unitId: Schema.String,
  year: Schema.Int,
  months: Schema.Int,
  version: Schema.Int.annotate({ description: "1 for the first submission of the unit and period, then 2, 3, …" }),
  current: Schema.Boolean.annotate({
    description: "false once a later submission of the unit and period supersedes it"
  }),
  receivedAt: Schema.String.annotate({ description: "Receipt time, ISO 8601 in Asia/Ho_Chi_Minh (+07:00)" }),
  receivedOn: Schema.String.annotate({ description: "Receipt date in Vietnam (YYYY-MM-DD)" }),
  mediaType: Schema.String,
  size: Schema.Int,
  sha256: Schema.String.annotate({ description: "SHA-256 (hex) of the original bytes" }),
  valid: Schema.Boolean,
  findings: Schema.Struct({ error: Schema.Int, warning: Schema.Int, info: Schema.Int }),
  ruleSet: Result.RuleSetRef,
  keyId: Schema.String
}).annotate({ identifier: "SubmissionSummary" })

/**
 * The type of {@link Summary}.
 *
 * @example
 * ```ts
 * const current = (s: Submission.Summary) => s.current
 * ```
 * @since 0.1.0
 */
export type Summary = typeof Summary.Type

/**
 * The answer to a submission: where it is stored and the result of the check.
 *
 * @example
 * ```ts
 * const created = (submission: Submission.Created["submission"], result: Submission.Created["result"]): Submission.Created => ({
 *   submission,
 *   result
 * })
 * ```
 * @since 0.1.0
 */
export const Created = Schema.Struct({ submission: Summary, result: Result.CheckResult }).annotate({
  identifier: "SubmissionCreated"
})

/**
 * The type of {@link Created}.
 *
 * @example
 * ```ts
 * const id = (c: Submission.Created) => c.submission.id
 * ```
 * @since 0.1.0
 */
export type Created = typeof Created.Type

/**
 * One submission with its decoded report and result.
 *
 * @example
 * ```ts
 * const detail = (c: Submission.Created, report: Submission.Detail["report"]): Submission.Detail => ({ ...c, report })
 * ```
 * @since 0.1.0
 */
export const Detail = Schema.Struct({
  submission: Summary,
  report: Report.ReportSchema,
  result: Result.CheckResult
}).annotate({ identifier: "SubmissionDetail" })

/**
 * The type of {@link Detail}.
 *
 * @example
 * ```ts
 * const unit = (d: Submission.Detail) => d.report.header.unitId
 * ```
 * @since 0.1.0
 */
export type Detail = typeof Detail.Type

/**
 * A page of submissions (`GET /v1/submissions`), in a stable order: newest
 * first — by receipt time, then version, then id, each descending. `next`,
 * present when more submissions follow, is an opaque cursor: send it as
 * `cursor=` with the same query for the next page; the list is complete
 * when a page has no `next`. A page holds at most `limit` submissions
 * (default and most 1,000), fewer when some of them the key may not read.
 *
 * @example
 * ```ts
 * const list: Submission.List = { items: [] }
 * const more: Submission.List = { items: [], next: "WyIyMDIzLTEwLTAyVDA5OjAwOjAwLjAwMCswNzowMCIsMSwiMmIwYzdkOGUiXQ" }
 * ```
 * @since 0.1.0
 */
export const List = Page.of(Summary, { identifier: "SubmissionList", items: "submissions" })

/**
 * The most submissions of one page of `GET /v1/submissions` (and the default
 * of `limit`: a caller that reads one page gets as many as before pages).
 *
 * @example
 * ```ts
 * Submission.maxPage // 1000
 * ```
 * @since 0.2.0
 */
export const maxPage = Page.maxItems

/**
 * The type of {@link List}.
 *
 * @example
 * ```ts
 * const n = (l: Submission.List) => l.items.length
 * ```
 * @since 0.1.0
 */
export type List = typeof List.Type
