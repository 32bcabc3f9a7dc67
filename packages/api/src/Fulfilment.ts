/**
 * Fulfilments (ghi nhận thực hiện nghĩa vụ): records that an obligation other
 * than a statistical report was fulfilled — a §1.3 hearing held (biên bản
 * làm việc), a steering committee's report sent (báo cáo) — with the date,
 * an optional reference to the document and a note. A statistical report is
 * met by submitting the report, never by a record.
 *
 * One obligation has at most one current record. A second record must name
 * the current one in `supersedes`: it is a correction, stored as the next
 * version; the earlier versions are kept (`?history=true`) and the current
 * version's date is the one that counts. A second record that does not name
 * the current one is refused (409 `fulfilment-exists`), as is one that names
 * a version no longer current (409 `fulfilment-superseded`).
 *
 * @since 0.2.0
 */
import { CivilDate } from "@thads/core"
import * as Schema from "effect/Schema"
import * as Page from "./Page.js"

const Text = (max: number) => Schema.String.check(Schema.isMinLength(1), Schema.isMaxLength(max))

/**
 * The document that shows the fulfilment: its number and title (số, trích
 * yếu), both optional.
 *
 * @example
 * ```ts
 * const d: Fulfilment.Document = { number: "12-BB/TU", title: "Biên bản làm việc quý I năm 2026" }
 * ```
 * @since 0.2.0
 */
export const Document = Schema.Struct({
  number: Schema.optionalKey(Text(100)),
  title: Schema.optionalKey(Text(500))
}).annotate({ identifier: "FulfilmentDocument", description: "The document: number (số) and title (trích yếu)" })

/**
 * The type of {@link Document}.
 *
 * @example
 * ```ts
 * const d: Fulfilment.Document = { number: "45/BC-THADS" }
 * ```
 * @since 0.2.0
 */
export type Document = typeof Document.Type

/**
 * `POST /v1/fulfilments`: the obligation, the date it was fulfilled (the
 * hearing held, the report sent), the document, a note, and — for a
 * correction — the id of the record it replaces.
 *
 * @example
 * ```ts
 * const body = { obligationId: "hearing/thads-tay-ninh/2025-12-31", fulfilledOn: "2026-01-20", document: { number: "12-BB/TU" } }
 * Schema.decodeUnknownSync(Fulfilment.Request)(body).fulfilledOn // "2026-01-20"
 * Schema.decodeUnknownSync(Fulfilment.Request)({ ...body, fulfilledOn: "2026-02-30" }) // SchemaError: Invalid date "2026-02-30": day 30 is outside 1–28 for 02/2026…
 * ```
 * @since 0.2.0
 */
export const Request = Schema.Struct({
  obligationId: Text(300).annotate({
    description: "The obligation's id, as GET /v1/obligations lists it (e.g. hearing/thads-tay-ninh/2025-12-31)"
  }),
  // Core's date Schema (real dates; JSON Schema format "date"), typed as a plain string in the contract.
  fulfilledOn: (CivilDate.CivilDateSchema as Schema.Codec<string, string>).annotate({
    description: "The day the hearing was held or the report sent (YYYY-MM-DD, in Vietnam)"
  }),
  document: Schema.optionalKey(Document),
  note: Schema.optionalKey(Text(2000)),
  supersedes: Schema.optionalKey(
    Text(100).annotate({ description: "For a correction: the id of the current record it replaces" })
  )
}).annotate({ identifier: "FulfilmentRequest" })

/**
 * The type of {@link Request}.
 *
 * @example
 * ```ts
 * const r: Fulfilment.Request = { obligationId: "hearing/A04/2025-12-31", fulfilledOn: "2026-01-15", note: "Họp Ban Thường vụ" }
 * ```
 * @since 0.2.0
 */
export type Request = typeof Request.Type

/**
 * One stored record.
 *
 * @example
 * ```ts
 * const r: Fulfilment.Record = { id: "2b0c7d8e-…", obligationId: "hearing/thads-tay-ninh/2025-12-31", kind: "hearing", owner: { unitId: "thads-tay-ninh" }, periodEnd: "2025-12-31", fulfilledOn: "2026-01-20", version: 1, current: true, supersedes: null, recordedAt: "2026-01-21T08:00:00.000+07:00", keyId: "a1b2c3d4e5f6" }
 * ```
 * @since 0.2.0
 */
export const Record = Schema.Struct({
  id: Schema.String,
  obligationId: Schema.String,
  kind: Schema.String,
  owner: Schema.Struct({ unitId: Schema.optionalKey(Schema.String), actorId: Schema.optionalKey(Schema.String) }),
  periodEnd: Schema.String.annotate({ description: "The last day of the period the obligation covers" }),
  fulfilledOn: Schema.String,
  document: Schema.optionalKey(Document),
  note: Schema.optionalKey(Schema.String),
  version: Schema.Int.annotate({ description: "1 for the first record of the obligation, then 2, 3, … (corrections)" }),
  current: Schema.Boolean.annotate({ description: "false once a correction supersedes it" }),
  supersedes: Schema.NullOr(Schema.String).annotate({ description: "The record this one corrects" }),
  recordedAt: Schema.String.annotate({ description: "When the service stored it, ISO 8601 in Asia/Ho_Chi_Minh" }),
  keyId: Schema.String
}).annotate({ identifier: "Fulfilment" })

/**
 * The type of {@link Record}.
 *
 * @example
 * ```ts
 * const when = (r: Fulfilment.Record) => r.fulfilledOn
 * ```
 * @since 0.2.0
 */
export type Record = typeof Record.Type

/**
 * A page of records (`GET /v1/fulfilments`), in a stable order: by the
 * period's last day, then the obligation's id, then version, newest first.
 * `next`, present when more records follow, is an opaque cursor: send it as
 * `cursor=` with the same query for the next page; the list is complete when
 * a page has no `next`. A page holds at most `limit` records (default and
 * most 1,000), fewer when some of them the key may not read.
 *
 * @example
 * ```ts
 * const list: Fulfilment.List = { items: [] }
 * const more: Fulfilment.List = { items: [], next: "WyIyMDI1LTEyLTMxIiwiaGVhcmluZy9BMDQvMjAyNS0xMi0zMSIsMV0" }
 * ```
 * @since 0.2.0
 */
export const List = Page.of(Record, { identifier: "FulfilmentList", items: "records" })

/**
 * The most records of one page of `GET /v1/fulfilments` (and the default of
 * `limit`).
 *
 * @example
 * ```ts
 * Fulfilment.maxPage // 1000
 * ```
 * @since 0.2.0
 */
export const maxPage = Page.maxItems

/**
 * The type of {@link List}.
 *
 * @example
 * ```ts
 * const n = (l: Fulfilment.List) => l.items.length
 * ```
 * @since 0.2.0
 */
export type List = typeof List.Type
