/**
 * Pages of a list (trang của danh sách) in a stable order, for every list
 * the service answers in pages (`GET /v1/submissions`, `GET /v1/fulfilments`):
 * the opaque cursor `next` (the place in the order where a page ended, as
 * base64url of a JSON array) and the reading of one page in bounded chunks
 * when the key may read only some rows.
 *
 * @since 0.2.0
 */
import * as Effect from "effect/Effect"

/**
 * A check of one value of a cursor: whether it is the value the list's
 * order holds at that place.
 *
 * @example
 * ```ts
 * const field: Pages.Field<number> = Pages.positive
 * field(3) // true
 * ```
 * @since 0.2.0
 */
export type Field<A> = (value: unknown) => value is A

/**
 * A text of 1 to `max` characters.
 *
 * @example
 * ```ts
 * Pages.text(3)("abc") // true
 * Pages.text(3)("abcd") // false
 * Pages.text(3)("") // false
 * ```
 * @since 0.2.0
 */
export const text =
  (max: number): Field<string> =>
  (value): value is string =>
    typeof value === "string" && value.length >= 1 && value.length <= max

/**
 * A text matching a pattern (anchor it).
 *
 * @example
 * ```ts
 * Pages.matching(/^\d{4}-\d{2}-\d{2}$/)("2025-12-31") // true
 * Pages.matching(/^\d{4}-\d{2}-\d{2}$/)(20251231) // false
 * ```
 * @since 0.2.0
 */
export const matching =
  (pattern: RegExp): Field<string> =>
  (value): value is string =>
    typeof value === "string" && value.length <= 1000 && pattern.test(value)

/**
 * A whole number from 1 (a version).
 *
 * @example
 * ```ts
 * Pages.positive(1) // true
 * Pages.positive(0) // false
 * Pages.positive(1.5) // false
 * ```
 * @since 0.2.0
 */
export const positive: Field<number> = (value): value is number =>
  typeof value === "number" && Number.isSafeInteger(value) && value >= 1

/**
 * A place in a list's order as the opaque cursor `next` of a page
 * (base64url of the JSON array of its values).
 *
 * @example
 * ```ts
 * Pages.encodeCursor(["2025-12-31", "hearing/A04/2025-12-31", 1]) // "WyIyMDI1LTEyLTMxIiwiaGVhcmluZy9BMDQvMjAyNS0xMi0zMSIsMV0"
 * ```
 * @since 0.2.0
 */
export const encodeCursor = (values: ReadonlyArray<string | number>): string =>
  Buffer.from(JSON.stringify(values)).toString("base64url")

/**
 * The values of a cursor, each checked by its field, or undefined when the
 * text is not a cursor that {@link encodeCursor} makes of such values (the
 * caller refuses it).
 *
 * @example
 * ```ts
 * const fields = [Pages.matching(/^\d{4}-\d{2}-\d{2}$/), Pages.text(300), Pages.positive] as const
 * Pages.decodeCursor("WyIyMDI1LTEyLTMxIiwiaGVhcmluZy9BMDQvMjAyNS0xMi0zMSIsMV0", fields) // ["2025-12-31", "hearing/A04/2025-12-31", 1]
 * Pages.decodeCursor("not a cursor", fields) // undefined
 * Pages.decodeCursor(Pages.encodeCursor(["2025-12-31", "x", 0]), fields) // undefined: no version 0
 * Pages.decodeCursor(Pages.encodeCursor(["2025-12-31", "x"]), fields) // undefined: a value short
 * ```
 * @since 0.2.0
 */
export const decodeCursor = <const A extends ReadonlyArray<unknown>>(
  cursor: string,
  fields: { readonly [K in keyof A]: Field<A[K]> }
): A | undefined => {
  if (cursor.length > 1000 || !/^[A-Za-z0-9_-]+$/.test(cursor)) return undefined
  let value: unknown
  try {
    value = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"))
  } catch {
    return undefined
  }
  if (!Array.isArray(value) || value.length !== fields.length) return undefined
  for (let i = 0; i < fields.length; i++) if (!(fields[i] as Field<unknown>)(value[i])) return undefined
  return value as unknown as A
}

/**
 * How many reads of `limit + 1` rows one page may take when the key may not
 * read some of them.
 *
 * @example
 * ```ts
 * Pages.chunksPerPage // 10
 * ```
 * @since 0.2.0
 */
export const chunksPerPage = 10

/**
 * A page: at most `limit` items, and `next`, the cursor of the page after,
 * when more may follow.
 *
 * @example
 * ```ts
 * const last: Pages.Page<string> = { items: ["a"], next: undefined }
 * ```
 * @since 0.2.0
 */
export interface Page<A> {
  readonly items: Array<A>
  readonly next: string | undefined
}

/**
 * Reads one page of a list: `order.read(after, n)` answers at most `n` rows
 * after the place `after` in the list's order (from its start when
 * undefined); the page holds at most `query.limit` rows that
 * `query.readable` keeps, and `next` (the cursor, `order.cursorOf`, of the
 * place of the last row read, `order.positionOf`) when more rows may follow.
 * Reads `limit + 1` rows at a time, at most {@link chunksPerPage} times: when
 * the key may read few of the rows, a page can hold fewer than `limit` rows
 * (even none) and still have a `next` — the list ends only where `next` is
 * absent.
 *
 * @example
 * ```ts
 * const rows = [1, 2, 3, 4, 5, 6, 7]
 * const order = {
 *   read: (after: number | undefined, n: number) => Effect.succeed(rows.filter((r) => after === undefined || r > after).slice(0, n)),
 *   positionOf: (r: number) => r,
 *   cursorOf: (p: number) => Pages.encodeCursor([p])
 * }
 * const odd = (after?: number) => Pages.read({ limit: 2, after, readable: (r: number) => r % 2 === 1 }, order)
 * const first = Effect.runSync(odd())
 * first.items // [1, 3]
 * first.next === Pages.encodeCursor([4]) // true: the last row read, not the last kept
 * Effect.runSync(odd(4)) // { items: [5, 7], next: undefined }
 * ```
 * @since 0.2.0
 */
export const read = <A, P, E, R>(
  query: {
    readonly limit: number
    readonly after?: P | undefined
    readonly readable: (row: A) => boolean
  },
  order: {
    readonly read: (after: P | undefined, limit: number) => Effect.Effect<ReadonlyArray<A>, E, R>
    readonly positionOf: (row: A) => P
    readonly cursorOf: (position: P) => string
  }
): Effect.Effect<Page<A>, E, R> =>
  Effect.gen(function* () {
    const items: Array<A> = []
    let position = query.after
    const chunk = query.limit + 1
    for (let chunks = 0; chunks < chunksPerPage; chunks++) {
      const rows = yield* order.read(position, chunk)
      for (const r of rows) {
        if (query.readable(r)) {
          // One readable row past a full page: more follow, from the last row read.
          if (items.length === query.limit) return { items, next: order.cursorOf(position!) }
          items.push(r)
        }
        position = order.positionOf(r)
      }
      if (rows.length < chunk) return { items, next: undefined }
    }
    return { items, next: position === undefined ? undefined : order.cursorOf(position) }
  })
