/**
 * The fast path of the decoder for one table row: reads the 14 indicators by
 * name (monomorphic property access, the fastest way V8 reads a parsed JSON
 * object) and accepts the row only if every value is a non-negative safe
 * integer and the row has no other key than id, name and kind. Anything else
 * returns false and the decoder re-checks the row slowly, collecting every
 * problem. The tests check that the names and their order are the catalogue's
 * (Indicator.idsOf) and that both paths agree.
 *
 * @since 0.1.0
 */

const ok = (v: unknown): v is number => Number.isSafeInteger(v) && (v as number) >= 0

/** Own enumerable keys of a parsed JSON object (for…in: no array allocated). */
const keyCount = (row: Record<string, unknown>): number => {
  let n = 0
  for (const _ in row) n++
  return n
}

const headerKeys = (row: Record<string, unknown>): number =>
  (row["id"] === undefined ? 0 : 1) + (row["name"] === undefined ? 0 : 1) + (row["kind"] === undefined ? 0 : 1)

/**
 * The cases indicators in slot order, as this module reads them.
 *
 * @example
 * ```ts
 * FastRow.caseKeys[7] // "V08"
 * FastRow.caseKeys.join() === Indicator.idsOf("cases").join() // true
 * ```
 * @since 0.1.0
 */
export const caseKeys = [
  "V01",
  "V02",
  "V03",
  "V04",
  "V05",
  "V06",
  "V07",
  "V08",
  "V09",
  "V10",
  "V11",
  "V12",
  "V13",
  "V14"
] as const

/**
 * The money indicators in slot order, as this module reads them.
 *
 * @example
 * ```ts
 * FastRow.moneyKeys[7] // "T08"
 * FastRow.moneyKeys.join() === Indicator.idsOf("money").join() // true
 * ```
 * @since 0.1.0
 */
export const moneyKeys = [
  "T01",
  "T02",
  "T03",
  "T04",
  "T05",
  "T06",
  "T07",
  "T08",
  "T09",
  "T10",
  "T11",
  "T12",
  "T13",
  "T14"
] as const

/**
 * Reads a cases row into `m` at `offset`; false when the row needs the slow path.
 *
 * @example
 * ```ts
 * const m = new Float64Array(14)
 * const row = { id: "a", ...Object.fromEntries(FastRow.caseKeys.map((k, i) => [k, i])) }
 * FastRow.readCases(row, m, 0, false) // true; m is [0, 1, …, 13]
 * FastRow.readCases({ ...row, V05: -1 }, m, 0, false) // false: the slow path reports the problem
 * ```
 * @since 0.1.0
 */
export const readCases = (row: Record<string, unknown>, m: Float64Array, offset: number, total: boolean): boolean => {
  const r = row as { readonly [K in (typeof caseKeys)[number]]: unknown }
  const a = r.V01,
    b = r.V02,
    c = r.V03,
    d = r.V04,
    e = r.V05,
    f = r.V06,
    g = r.V07
  const h = r.V08,
    i = r.V09,
    j = r.V10,
    k = r.V11,
    l = r.V12,
    n = r.V13,
    o = r.V14
  if (
    !(
      ok(a) &&
      ok(b) &&
      ok(c) &&
      ok(d) &&
      ok(e) &&
      ok(f) &&
      ok(g) &&
      ok(h) &&
      ok(i) &&
      ok(j) &&
      ok(k) &&
      ok(l) &&
      ok(n) &&
      ok(o)
    )
  )
    return false
  if (keyCount(row) !== 14 + (total ? 0 : headerKeys(row))) return false
  m[offset] = a
  m[offset + 1] = b
  m[offset + 2] = c
  m[offset + 3] = d
  m[offset + 4] = e
  m[offset + 5] = f
  m[offset + 6] = g
  m[offset + 7] = h
  m[offset + 8] = i
  m[offset + 9] = j
  m[offset + 10] = k
  m[offset + 11] = l
  m[offset + 12] = n
  m[offset + 13] = o
  return true
}

/**
 * Reads a money row into `m` at `offset`; false when the row needs the slow path.
 *
 * @example
 * ```ts
 * const report = Synthetic.report({ seed: 1, rows: 3 })
 * const m = new Float64Array(14)
 * FastRow.readMoney(report.money.total, m, 0, true) // true
 * m[7] === report.money.total.T08 // true
 * ```
 * @since 0.1.0
 */
export const readMoney = (row: Record<string, unknown>, m: Float64Array, offset: number, total: boolean): boolean => {
  const r = row as { readonly [K in (typeof moneyKeys)[number]]: unknown }
  const a = r.T01,
    b = r.T02,
    c = r.T03,
    d = r.T04,
    e = r.T05,
    f = r.T06,
    g = r.T07
  const h = r.T08,
    i = r.T09,
    j = r.T10,
    k = r.T11,
    l = r.T12,
    n = r.T13,
    o = r.T14
  if (
    !(
      ok(a) &&
      ok(b) &&
      ok(c) &&
      ok(d) &&
      ok(e) &&
      ok(f) &&
      ok(g) &&
      ok(h) &&
      ok(i) &&
      ok(j) &&
      ok(k) &&
      ok(l) &&
      ok(n) &&
      ok(o)
    )
  )
    return false
  if (keyCount(row) !== 14 + (total ? 0 : headerKeys(row))) return false
  m[offset] = a
  m[offset + 1] = b
  m[offset + 2] = c
  m[offset + 3] = d
  m[offset + 4] = e
  m[offset + 5] = f
  m[offset + 6] = g
  m[offset + 7] = h
  m[offset + 8] = i
  m[offset + 9] = j
  m[offset + 10] = k
  m[offset + 11] = l
  m[offset + 12] = n
  m[offset + 13] = o
  return true
}
