/**
 * The assertions an instrumented example calls (phép kiểm): `__equals` (the
 * value equals the literal; an object's keys given are a subset of the
 * actual's; a literal that is not a value fails) and `__throws` (an error of that name or tag is thrown, returned,
 * or — for an expression that awaits — rejected; when the comment gives a
 * text, `// XxxError: text`, the error's message is that text, where an
 * ellipsis `…` stands for any part left out). Each failure names the example
 * and the line.
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
 * value (an ellipsis outside a string, a name) throws too: it would assert
 * nothing.
 *
 * @example
 * ```ts
 * Assert.equalsAt("a.ts:1")({ v: 1, w: 2 }, "{ v: 1 }", 3) // undefined
 * Assert.equalsAt("a.ts:1")(2, "1", 3) // Error: a.ts:1, example line 3: expected 1, got 2
 * Assert.equalsAt("a.ts:1")(2, "[1, …]", 3) // Error: a.ts:1, example line 3: [1, …] is not a value…
 * ```
 */
export const equalsAt =
  (where: string) =>
  (actual: unknown, source: string, line: number): void => {
    const expected = Literal.evaluate(source)
    if (expected === Literal.NOT_A_VALUE)
      throw new Error(
        `${where}, example line ${line}: ${source} is not a value (an ellipsis … outside a string, a name): give the whole value`
      )
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

/**
 * Whether an error's message is the text of an example's comment: the whole
 * message, where each ellipsis `…` of the text stands for any part of it
 * (none, one or several characters, lines included). `…` alone matches any
 * message; "text…" a message that starts with the text.
 *
 * @example
 * ```ts
 * Assert.messageMatches("day 30 is outside 1–28 for 02/2023", "day 30 is outside 1–28 for 02/2023") // true
 * Assert.messageMatches('cannot read "/tmp/a/x.json": it is a directory', 'cannot read "…/x.json": it is a directory') // true
 * Assert.messageMatches('unknown unit "x" in line 3', 'unknown unit "x"…') // true
 * Assert.messageMatches('unknown unit "x" in line 3', 'unknown unit "x"') // false
 * Assert.messageMatches("no such key", "no such unit") // false
 * ```
 */
export const messageMatches = (message: string, text: string): boolean => {
  const parts = text.split("…")
  const first = parts[0]!
  const last = parts[parts.length - 1]!
  if (parts.length === 1) return message === text
  if (!message.startsWith(first) || !message.endsWith(last) || message.length < first.length + last.length) return false
  // The middle parts in order, each after the previous one, between the first part and the last.
  let at = first.length
  const end = message.length - last.length
  for (let i = 1; i < parts.length - 1; i++) {
    const found = message.indexOf(parts[i]!, at)
    if (found < 0 || found + parts[i]!.length > end) return false
    at = found + parts[i]!.length
  }
  return true
}

/**
 * The message of an error (`message` when it is a string), or undefined.
 *
 * @example
 * ```ts
 * Assert.messageOf(new RangeError("out of range")) // "out of range"
 * Assert.messageOf({ _tag: "FormError" }) // undefined
 * ```
 */
export const messageOf = (e: unknown): string | undefined => {
  const message = typeof e === "object" && e !== null ? (e as { message?: unknown }).message : undefined
  return typeof message === "string" ? message : undefined
}

const checkMessage = (where: string, name: string, line: number, e: unknown, text: string | undefined): void => {
  if (text === undefined) return
  const message = messageOf(e)
  if (message === undefined || !messageMatches(message, text))
    throw new Error(
      `${where}, example line ${line}: expected ${name}: ${text}, got ${name}: ${message === undefined ? "(no message)" : message}`
    )
}

const thrown = (where: string, name: string, line: number, e: unknown, text: string | undefined): void => {
  const tag = tagOf(e) ?? String(e)
  if (tag !== name) throw new Error(`${where}, example line ${line}: expected ${name}, got ${String(tag)}`)
  checkMessage(where, name, line, e, text)
}

const returned = (where: string, name: string, line: number, value: unknown, text: string | undefined): void => {
  if (tagOf(value) !== name)
    throw new Error(`${where}, example line ${line}: expected ${name} to be thrown or returned, got ${String(value)}`)
  checkMessage(where, name, line, value, text)
}

/**
 * `__throws` of the example `where`: `f` throws an error of that name or tag,
 * or returns one (`Lunar.toSolar` returns its errors); when `f` gives a
 * promise (an expression that awaits), it rejects with one or resolves to one.
 * With a `text` (the comment's text after the name), the error's message must
 * match it ({@link messageMatches}).
 *
 * @example
 * ```ts
 * Assert.throwsAt("a.ts:1")(() => JSON.parse("{"), "SyntaxError", 2) // undefined
 * Assert.throwsAt("a.ts:1")(() => new RangeError("no"), "RangeError", 2, "no") // undefined
 * Assert.throwsAt("a.ts:1")(() => new RangeError("no"), "RangeError", 2, "yes") // Error: a.ts:1, example line 2: expected RangeError: yes, got RangeError: no
 * Assert.throwsAt("a.ts:1")(() => 1, "RangeError", 2) // Error: a.ts:1, example line 2: expected RangeError to be thrown or returned, got 1
 * await Assert.throwsAt("a.ts:1")(async () => { throw new TypeError("no") }, "TypeError", 2) // undefined
 * ```
 */
export const throwsAt =
  (where: string) =>
  (f: () => unknown, name: string, line: number, text?: string): undefined | Promise<void> => {
    let value: unknown
    try {
      value = f()
    } catch (e) {
      thrown(where, name, line, e, text)
      return
    }
    if (value instanceof Promise)
      return value.then(
        (v) => returned(where, name, line, v, text),
        (e) => thrown(where, name, line, e, text)
      )
    returned(where, name, line, value, text)
  }
