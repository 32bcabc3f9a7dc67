/**
 * Turns an example's literal comments into assertions (biến chú thích thành
 * phép kiểm): `expr // literal` and `const x = expr // literal` call
 * `__equals`, `expr // XxxError` (or `// Error`) calls `__throws` (awaited
 * when the expression awaits); `expr // XxxError: text` also passes the text,
 * which the error's message must match (an ellipsis `…` standing for any part
 * left out: see `Assert.messageMatches`). A statement spread over lines is
 * asserted by the comment on its last line, or by a comment on a line of its
 * own right after it. Only statements at depth 0 are asserted. Lines are
 * read with their lexical state carried over ({@link Lexer}): a line of a
 * template literal that spans lines — `// 1` included — is text of the
 * literal, never a comment, and a `//` in a string or a regular expression
 * starts no comment.
 *
 * What looks like an assertion is one: `DocTest.run` fails an example with
 * any comment {@link unchecked} finds. A comment that starts with a literal
 * or an error's name (a claim: `// 3`, `// "a" — prose`, `// { a: 1 }`,
 * `// XxxError: text`) must be checked, so it may not follow a statement led
 * by a keyword (`if (c) x // 1`, `for …`, `return …`, `const { a } = …`, a
 * closing bracket), sit inside brackets, follow a comma or stand alone with
 * no statement just above it; and its literal must be a value (no ellipsis
 * `…` outside a string, no names: objects are compared as subsets, so leave
 * keys out instead). The comment after an expression statement at depth 0
 * (not a declaration, not an assignment) must be a claim: prose there reads
 * as one, so it goes on a line of its own or after a declaration
 * (`const x = f() // prose`). Any other comment is prose.
 */
import * as Lexer from "./Lexer.ts"
import * as Literal from "./Literal.ts"

// A statement that is not an expression to assert: a keyword as a whole word (`format(…)` and `typeof x` are
// expressions), or a closing bracket.
const KEYWORD =
  /^(?:(?:const|let|var|import|export|type|interface|if|else|for|while|return|throw|await\s+import|function|class)\b|\}|\)|\])/

// An error's name at the start of a comment: `// XxxError`, `// Error: text`.
const ERROR = /^((?:[A-Z][A-Za-z]*)?Error)\b(?::\s*(.*))?/

/**
 * A comment of an example that claims a value the runner does not check: its
 * line in the example, the comment's text and why.
 *
 * @example
 * ```ts
 * const u: Instrument.Unchecked = { line: 2, comment: "1", reason: "after a statement led by a keyword" }
 * ```
 */
export interface Unchecked {
  readonly line: number
  readonly comment: string
  readonly reason: string
}

/**
 * Whether a comment's text claims a value: it starts with a literal
 * (`Literal.leading`) or an error's name.
 *
 * @example
 * ```ts
 * Instrument.isClaim('"2022-02-08" — across Tết') // true
 * Instrument.isClaim("RangeError: out of range") // true
 * Instrument.isClaim("{ a: 1, … }") // true
 * Instrument.isClaim("9 Chi cục") // false
 * Instrument.isClaim("the total row") // false
 * ```
 */
export const isClaim = (text: string): boolean => Literal.leading(text) !== undefined || ERROR.test(text)

// Whether a statement assigns at depth 0 (`a.b = 1`, `x += 2`; not `a === b`, `a <= b` or `(x) => x`), in its code
// (not in a string or a template literal).
const assigns = (statement: string): boolean => {
  let found = false
  let state = Lexer.start
  for (const line of statement.split("\n"))
    state = Lexer.scanLine(line, state, (i, depth) => {
      if (line[i] === "=" && depth === 0 && !/[=!<>]/.test(line[i - 1] ?? "") && !/[=>]/.test(line[i + 1] ?? ""))
        found = true
    }).state
  return found
}

const scan = (code: string): { readonly code: string; readonly unchecked: Array<Unchecked> } => {
  const out: Array<string> = []
  const unchecked: Array<Unchecked> = []
  const report = (n: number, text: string, reason: string) => unchecked.push({ line: n + 1, comment: text, reason })
  let state = Lexer.start
  let start = -1
  let ended = -1
  code.split("\n").forEach((raw, n) => {
    // The state is carried from line to line: a `//` inside a template literal that spans lines is its text, and
    // the lines of the literal are inside the statement (like lines inside brackets).
    const startDepth = Lexer.depth(state)
    const scanned = Lexer.scanLine(raw, state)
    state = scanned.state
    const depth = Lexer.depth(state)
    const comment = scanned.comment
    // Trailing blanks are dropped, but not from the text of a template literal or string that goes on.
    const line = scanned.state.frames.at(-1) === "`" || scanned.state.open !== "" ? raw : raw.replace(/\s+$/, "")
    const text = comment >= 0 ? line.slice(comment + 2).trim() : ""
    if (startDepth === 0 && depth > 0) start = out.length
    // A comment on a line of its own asserts the statement just above it (`f(…)\n// "value"`).
    const alone = comment >= 0 && line.slice(0, comment).trim() === ""
    const own = startDepth === 0 && alone && ended >= 0
    if (!own && (depth !== 0 || comment <= 0 || (startDepth !== 0 && start < 0) || (alone && startDepth === 0))) {
      if (comment >= 0 && isClaim(text))
        report(
          n,
          text,
          depth !== 0 || startDepth !== 0
            ? "inside brackets: only a statement at depth 0 is asserted"
            : "no statement just above it to assert"
        )
      out.push(line)
      ended = depth === 0 && comment < 0 && line.trim() !== "" ? out.length - 1 : -1
      if (startDepth !== 0 && depth === 0 && comment < 0 && start >= 0) ended = start
      return
    }
    if (own) start = ended
    const head = own || startDepth !== 0 ? `${out.splice(start).join("\n")}\n` : ""
    const whole = `${head}${line.slice(0, comment)}`
    const left = whole.trim().replace(/^;/, "").replace(/;$/, "")
    const thrown = ERROR.exec(text)
    const error = thrown?.[1]
    // The message the error must have, when the comment gives one (`// XError: text`).
    const message = thrown?.[2] !== undefined && thrown[2] !== "" ? `, ${JSON.stringify(thrown[2])}` : ""
    const literal = Literal.leading(text)
    const declared = /^(?:const|let)\s+([A-Za-z_$][\w$]*)\s*(?::[^=]+)?=/.exec(left)?.[1]
    const notValue = () => {
      if (literal !== undefined && Literal.evaluate(literal) === Literal.NOT_A_VALUE)
        report(n, text, `${literal} is not a value (an ellipsis … outside a string, a name): give the whole value`)
    }
    if (error !== undefined && !KEYWORD.test(left)) {
      out.push(
        /\bawait\b/.test(left)
          ? `;await __throws(async () => (${left}), ${JSON.stringify(error)}, ${n + 1}${message})`
          : `;__throws(() => (${left}), ${JSON.stringify(error)}, ${n + 1}${message})`
      )
    } else if (literal !== undefined && declared !== undefined) {
      notValue()
      out.push(left, `;__equals(${declared}, ${JSON.stringify(literal)}, ${n + 1})`)
    } else if (literal !== undefined && !KEYWORD.test(left) && !left.endsWith(",")) {
      notValue()
      out.push(`;__equals((${left}), ${JSON.stringify(literal)}, ${n + 1})`)
    } else {
      if (isClaim(text))
        report(
          n,
          text,
          left.endsWith(",")
            ? "after a comma: only a whole statement is asserted"
            : "after a statement led by a keyword (if, for, return, a closing bracket, a destructuring const…): assert an expression"
        )
      else if (!own && !KEYWORD.test(left) && !left.endsWith(",") && !assigns(left))
        report(
          n,
          text,
          "prose after an expression: say what it equals (`// 3 — prose`) or throws, or put the prose on a line of its own"
        )
      out.push(`${whole}${line.slice(comment)}`)
    }
    start = -1
    ended = -1
  })
  return { code: out.join("\n"), unchecked }
}

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
 * Instrument.instrument("const a = f() // the first one") // "const a = f() // the first one"
 * ```
 */
export const instrument = (code: string): string => scan(code).code

/**
 * The comments of an example that claim a value the runner would not check
 * (see the module's rule); the runner fails an example that has any.
 *
 * @example
 * ```ts
 * Instrument.unchecked("f() // 1\nconst a = g() // the first one") // []
 * Instrument.unchecked("if (c) f() // 1")[0].line // 1
 * Instrument.unchecked("f() // { a: 1, … }")[0].comment // "{ a: 1, … }"
 * Instrument.unchecked("f() // 9 Chi cục")[0].reason.startsWith("prose after an expression") // true
 * ```
 */
export const unchecked = (code: string): Array<Unchecked> => scan(code).unchecked
