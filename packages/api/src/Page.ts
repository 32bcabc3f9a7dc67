/**
 * A page of a list (trang của danh sách): how the contract answers a list
 * that can grow (`GET /v1/submissions`, `GET /v1/fulfilments`) — at most
 * {@link maxItems} items in a stable order, and `next`, an opaque cursor,
 * while more follow; the list is complete when a page has no `next`. Never
 * a silent cut.
 *
 * @since 0.2.0
 */
import * as Schema from "effect/Schema"

/**
 * The most items of one page (and the default of `limit=`).
 *
 * @example
 * ```ts
 * Page.maxItems // 1000
 * ```
 * @since 0.2.0
 */
export const maxItems = 1000

/**
 * The Schema of a page of `item`s: `items`, and `next` when more follow
 * (send it back as `cursor=` with the same query).
 *
 * @example
 * ```ts
 * const Names = Page.of(Schema.String, { identifier: "NameList", items: "names" })
 * Schema.decodeUnknownSync(Names)({ items: ["a"], next: "WyJhIl0" }) // { items: ["a"], next: "WyJhIl0" }
 * Schema.decodeUnknownSync(Names)({ items: [] }) // { items: [] }
 * ```
 * @since 0.2.0
 */
export const of = <S extends Schema.Top>(
  item: S,
  options: {
    /** The name of the Schema in the OpenAPI document (`SubmissionList`). */
    readonly identifier: string
    /** What the items are, plural (`submissions`), for the description of `next`. */
    readonly items: string
  }
) =>
  Schema.Struct({
    items: Schema.Array(item),
    next: Schema.optionalKey(
      Schema.String.annotate({
        description: `Present when more ${options.items} follow: the cursor of the next page (send it as cursor= with the same query). Absent on the last page.`
      })
    )
  }).annotate({ identifier: options.identifier })
