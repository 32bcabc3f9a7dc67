/**
 * The literal at the start of an example's comment (giá trị ghi sau `//`):
 * `f(x) // "2022-02-08" — across Tết` asserts that `f(x)` is "2022-02-08";
 * `// điểm a khoản 1` is prose. A literal is a string, a number, a boolean,
 * `null`, `undefined`, an object or an array, followed by nothing or by prose
 * set apart ("— …", "(…)", " - …", or ": …", ", …", "; …" with a space after
 * the mark: `// 20:00 UTC` and `// 1,5` are prose).
 */

/**
 * The literal a comment starts with, as source text, or undefined when it
 * starts with prose.
 *
 * @example
 * ```ts
 * Literal.leading('"2022-02-08" — across Tết') // "\"2022-02-08\""
 * Literal.leading("{ a: 1, b: [2] } — and more") // "{ a: 1, b: [2] }"
 * Literal.leading("undefined: income is not excluded") // "undefined"
 * Literal.leading("11: the Cục and 9 districts") // "11"
 * Literal.leading("điểm a khoản 1 Điều 44a") // undefined
 * Literal.leading("1/2 nhuận 2023") // undefined
 * Literal.leading("20:00 UTC on 7 April") // undefined
 * ```
 */
export const leading = (comment: string): string | undefined => {
  const literal = prefix(comment.trim())
  if (literal === undefined) return undefined
  const rest = comment.trim().slice(literal.length)
  // ":", ";" and "," set prose apart when a space follows: "20:00" is a time, "1,5" a number.
  return /^(\s*$|\s*[—–(]|\s*[:;,](\s|$)|\s+-\s)/.test(rest) ? literal : undefined
}

const prefix = (c: string): string | undefined => {
  const word = /^(true|false|null|undefined|-?\d[\d_]*(?:\.\d+)?(?:e[+-]?\d+)?n?)(?![\w.])/.exec(c)
  if (word !== null) return word[1]!
  const first = c[0]
  if (first === '"' || first === "'") {
    for (let i = 1; i < c.length; i++) {
      if (c[i] === "\\") i++
      else if (c[i] === first) return c.slice(0, i + 1)
    }
    return undefined
  }
  if (first === "{" || first === "[") {
    let depth = 0
    let quote = ""
    for (let i = 0; i < c.length; i++) {
      const ch = c[i]!
      if (quote !== "") {
        if (ch === "\\") i++
        else if (ch === quote) quote = ""
      } else if (ch === '"' || ch === "'") quote = ch
      else if (ch === "{" || ch === "[") depth++
      else if (ch === "}" || ch === "]") {
        depth--
        if (depth === 0) return c.slice(0, i + 1)
      }
    }
  }
  return undefined
}

/**
 * What {@link evaluate} gives for a source that is not a value.
 *
 * @example
 * ```ts
 * Literal.evaluate("[1, …]") === Literal.NOT_A_VALUE // true
 * ```
 */
export const NOT_A_VALUE: unique symbol = Symbol("not a value")

/**
 * The value of a literal's source, or {@link NOT_A_VALUE} when it is not one
 * (an ellipsis `…` or `...` outside a string marks an elided value, which is
 * not one; a name is not a literal). Inside a string an ellipsis is the
 * character: `"Đang tải…"` is that text.
 *
 * @example
 * ```ts
 * Literal.evaluate("{ a: [1, 2] }") // { a: [1, 2] }
 * Literal.evaluate("{ a: 1, … }") === Literal.NOT_A_VALUE // true
 * Literal.evaluate('{ a: "…" }') // { a: "…" }
 * Literal.evaluate("someName") === Literal.NOT_A_VALUE // true
 * ```
 */
export const evaluate = (source: string): unknown => {
  const outside = source.replace(/"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'/g, '""')
  if (outside.includes("…") || outside.includes("...")) return NOT_A_VALUE
  try {
    return new Function(`"use strict"; return (${source})`)()
  } catch {
    return NOT_A_VALUE
  }
}
