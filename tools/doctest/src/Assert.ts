/**
 * The assertions an instrumented example calls (phép kiểm): `__equals` (the
 * value equals the literal; an object's keys given are a subset of the
 * actual's) and `__throws` (an error of that name or tag is thrown, returned,
 * or — for an expression that awaits — rejected). Each failure names the
 * example and the line.
 */
import * as Literal from "./Literal.ts"

/**
 * Deep equality where an expected object's keys are a subset of the actual's
 * (arrays have the same length).
 *
 * @example
 * ```ts
 * Assert.matches({ a: 1, b: { c: 2, d: 3 } }, { b: { c: 2 } }) // true
 * Assert.matches([1, 2], [1]) // false
 * Assert.matches(Number.NaN, Number.NaN) // true
 * ```
 */
export const matches = (actual: unknown, expected: unknown): boolean => {
  if (expected === null || typeof expected !== "object") return Object.is(actual, expected)
  if (actual === null || typeof actual !== "object") return false
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual) || actual.length !== expected.length) return false
    return expected.every((e, i) => matches(actual[i], e))
  }
  return Object.entries(expected).every(([k, v]) => matches((actual as Record<string, unknown>)[k], v))
}

/**
 * `__equals` of the example `where`: the value equals the literal's source,
 * else it throws naming the example and its line. A literal that is not a
 * value (with an ellipsis) asserts nothing.
 *
 * @example
 * ```ts
 * Assert.equalsAt("a.ts:1")({ v: 1, w: 2 }, "{ v: 1 }", 3) // undefined
 * Assert.equalsAt("a.ts:1")(2, "1", 3) // Error: a.ts:1, example line 3: expected 1, got 2
 * ```
 */
export const equalsAt =
  (where: string) =>
  (actual: unknown, source: string, line: number): void => {
    const expected = Literal.evaluate(source)
    if (expected === Literal.NOT_A_VALUE) return
    if (!matches(actual, expected))
      throw new Error(`${where}, example line ${line}: expected ${source}, got ${JSON.stringify(actual)}`)
  }

/**
 * The tag of an error (`_tag`, else `name`), or undefined for a value that is
 * not one.
 *
 * @example
 * ```ts
 * Assert.tagOf(new RangeError("x")) // "RangeError"
 * Assert.tagOf({ _tag: "FormError" }) // "FormError"
 * Assert.tagOf("x") // undefined
 * ```
 */
export const tagOf = (e: unknown): unknown =>
  typeof e === "object" && e !== null
    ? ((e as { _tag?: unknown })._tag ?? (e instanceof Error ? e.name : undefined))
    : undefined

const thrown = (where: string, name: string, line: number, e: unknown): void => {
  const tag = tagOf(e) ?? String(e)
  if (tag !== name) throw new Error(`${where}, example line ${line}: expected ${name}, got ${String(tag)}`)
}

const returned = (where: string, name: string, line: number, value: unknown): void => {
  if (tagOf(value) !== name)
    throw new Error(`${where}, example line ${line}: expected ${name} to be thrown or returned, got ${String(value)}`)
}

/**
 * `__throws` of the example `where`: `f` throws an error of that name or tag,
 * or returns one (`Lunar.toSolar` returns its errors); when `f` gives a
 * promise (an expression that awaits), it rejects with one or resolves to one.
 *
 * @example
 * ```ts
 * Assert.throwsAt("a.ts:1")(() => JSON.parse("{"), "SyntaxError", 2) // undefined
 * Assert.throwsAt("a.ts:1")(() => new RangeError("no"), "RangeError", 2) // undefined
 * Assert.throwsAt("a.ts:1")(() => 1, "RangeError", 2) // Error: a.ts:1, example line 2: expected RangeError to be thrown or returned, got 1
 * await Assert.throwsAt("a.ts:1")(async () => { throw new TypeError("no") }, "TypeError", 2) // undefined
 * ```
 */
export const throwsAt =
  (where: string) =>
  (f: () => unknown, name: string, line: number): undefined | Promise<void> => {
    let value: unknown
    try {
      value = f()
    } catch (e) {
      thrown(where, name, line, e)
      return
    }
    if (value instanceof Promise)
      return value.then(
        (v) => returned(where, name, line, v),
        (e) => thrown(where, name, line, e)
      )
    returned(where, name, line, value)
  }
