/**
 * Turns an example's literal comments into assertions (biến chú thích thành
 * phép kiểm): `expr // literal` and `const x = expr // literal` call
 * `__equals`, `expr // XxxError` (or `// Error`) calls `__throws` (awaited
 * when the expression awaits); `expr // XxxError: text` also passes the text,
 * which the error's message must match (an ellipsis `…` standing for any part
 * left out: see `Assert.messageMatches`). A statement spread over lines is asserted by the
 * comment on its last line, or by a comment on a line of its own right after
 * it. Only statements at depth 0 are asserted; any other comment is prose.
 */
import * as Literal from "./Literal.ts"

// A statement that is not an expression to assert: a keyword as a whole word (`format(…)` and `typeof x` are
// expressions), or a closing bracket.
const KEYWORD =
  /^(?:(?:const|let|var|import|export|type|interface|if|else|for|while|return|throw|await\s+import|function|class)\b|\}|\)|\])/

/**
 * Rewrites `expr // literal` and `const x = expr // literal` lines at depth 0
 * into assertions.
 *
 * @example
 * ```ts
 * Instrument.instrument("Rate.percent(1, 2) // { value: 50 }") // ';__equals((Rate.percent(1, 2)), "{ value: 50 }", 1)'
 * Instrument.instrument("const a = f() // 2") // 'const a = f()\n;__equals(a, "2", 1)'
 * Instrument.instrument("f(\n  1\n)\n// XError: no") // ';__throws(() => (f(\n  1\n)), "XError", 4, "no")'
 * Instrument.instrument("await load(x) // XError") // ';await __throws(async () => (await load(x)), "XError", 1)'
 * Instrument.instrument("f() // the first one") // "f() // the first one"
 * ```
 */
export const instrument = (code: string): string => {
  const out: Array<string> = []
  let depth = 0
  let start = -1
  let ended = -1
  code.split("\n").forEach((raw, n) => {
    const line = raw.replace(/\s+$/, "")
    const startDepth = depth
    let quote = ""
    let comment = -1
    for (let i = 0; i < line.length; i++) {
      const ch = line[i]!
      if (quote !== "") {
        if (ch === "\\") i++
        else if (ch === quote) quote = ""
      } else if (ch === '"' || ch === "'" || ch === "`") quote = ch
      else if (ch === "/" && line[i + 1] === "/") {
        comment = i
        break
      } else if (ch === "(" || ch === "[" || ch === "{") depth++
      else if (ch === ")" || ch === "]" || ch === "}") depth--
    }
    if (startDepth === 0 && depth > 0) start = out.length
    // A comment on a line of its own asserts the statement just above it (`f(…)\n// "value"`).
    const own = startDepth === 0 && comment >= 0 && line.slice(0, comment).trim() === "" && ended >= 0
    if (!own && (depth !== 0 || comment <= 0 || (startDepth !== 0 && start < 0))) {
      out.push(line)
      ended = depth === 0 && comment < 0 && line.trim() !== "" ? out.length - 1 : -1
      if (startDepth !== 0 && depth === 0 && comment < 0 && start >= 0) ended = start
      return
    }
    if (own) start = ended
    const head = own || startDepth !== 0 ? `${out.splice(start).join("\n")}\n` : ""
    const whole = `${head}${line.slice(0, comment)}`
    const left = whole.trim().replace(/^;/, "").replace(/;$/, "")
    const text = line.slice(comment + 2).trim()
    const thrown = /^((?:[A-Z][A-Za-z]*)?Error)\b(?::\s*(.*))?/.exec(text)
    const error = thrown?.[1]
    // The message the error must have, when the comment gives one (`// XError: text`).
    const message = thrown?.[2] !== undefined && thrown[2] !== "" ? `, ${JSON.stringify(thrown[2])}` : ""
    const literal = Literal.leading(text)
    const declared = /^(?:const|let)\s+([A-Za-z_$][\w$]*)\s*(?::[^=]+)?=/.exec(left)?.[1]
    if (error !== undefined && !KEYWORD.test(left)) {
      out.push(
        /\bawait\b/.test(left)
          ? `;await __throws(async () => (${left}), ${JSON.stringify(error)}, ${n + 1}${message})`
          : `;__throws(() => (${left}), ${JSON.stringify(error)}, ${n + 1}${message})`
      )
    } else if (literal !== undefined && declared !== undefined) {
      out.push(left, `;__equals(${declared}, ${JSON.stringify(literal)}, ${n + 1})`)
    } else if (literal !== undefined && !KEYWORD.test(left) && !left.endsWith(",")) {
      out.push(`;__equals((${left}), ${JSON.stringify(literal)}, ${n + 1})`)
    } else out.push(`${whole}${line.slice(comment)}`)
    start = -1
    ended = -1
  })
  return out.join("\n")
}
