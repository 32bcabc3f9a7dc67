/**
 * The lexical state of an example's code, line by line (trạng thái từ vựng):
 * just enough of JavaScript and TypeScript for a reader that works on lines
 * to tell a `//` comment from a `//` inside a string, a template literal (it
 * may span lines, and its `${…}` expressions nest code, strings and
 * templates), a block comment or a regular expression, and to know how deep
 * in brackets a line starts and ends. The state at the end of one line is
 * where the next line starts. Not a parser: a `/` after `)` is taken as a
 * division, so `if (x) /re/.test(y)` is misread (write the test first).
 */

/**
 * Where a line leaves the code: the open template literals and `${…}`
 * expressions, a construct still open at the end of the line, the open
 * brackets, and whether a `/` here would start a regular expression.
 *
 * @example
 * ```ts
 * const s: Lexer.State = { frames: ["`"], open: "", brackets: 0, regex: false }
 * Lexer.depth(s) // 1: inside a template literal
 * ```
 */
export interface State {
  /**
   * The open template literals and their `${…}` expressions, innermost
   * last: "`" in a template's text, a number in an expression (the braces
   * it has open).
   */
  readonly frames: ReadonlyArray<"`" | number>
  /** A block comment ("*") or a string continued by a backslash (its quote) open at the end of the line; "" when none. */
  readonly open: "" | "*" | "'" | '"'
  /** The brackets `(`, `[`, `{` of the code still open (negative when more were closed than opened). */
  readonly brackets: number
  /** Whether a `/` here starts a regular expression (after an operator, `(`, `,`, a keyword…) rather than divides. */
  readonly regex: boolean
}

/**
 * The state at the start of a text: code, nothing open.
 *
 * @example
 * ```ts
 * Lexer.depth(Lexer.start) // 0
 * ```
 */
export const start: State = { frames: [], open: "", brackets: 0, regex: true }

/**
 * How deep a state is: its open brackets, template literals, `${…}`
 * expressions, and a block comment or continued string. A statement can
 * only end where the depth is 0.
 *
 * @example
 * ```ts
 * Lexer.depth(Lexer.scanLine("f(`a", Lexer.start).state) // 2: a bracket and a template
 * Lexer.depth(Lexer.scanLine("f(`a`)", Lexer.start).state) // 0
 * ```
 */
export const depth = (s: State): number => s.brackets + s.frames.length + (s.open === "" ? 0 : 1)

/**
 * What {@link scanLine} finds: where a `//` comment of the code starts (-1
 * when the line has none) and the state at the end of the line.
 *
 * @example
 * ```ts
 * const line: Lexer.Line = { comment: 4, state: Lexer.start }
 * ```
 */
export interface Line {
  readonly comment: number
  readonly state: State
}

// After these words a `/` starts a regular expression (`return /a/.test(s)`); after any other word it divides.
const BEFORE_REGEX = new Set([
  "return",
  "typeof",
  "instanceof",
  "in",
  "of",
  "new",
  "delete",
  "void",
  "throw",
  "case",
  "do",
  "else",
  "yield",
  "await"
])

const WORD = /[A-Za-z0-9_$\u00c0-\uffff]/

/**
 * Reads one line from a state: where its `//` comment starts, if it has
 * one in the code (not in a string, a template's text, a block comment or a
 * regular expression), and the state at its end. `visit` is called with the
 * index and depth of each character of the code (not of strings, templates'
 * text, comments or regular expressions), before the character is read.
 *
 * @example
 * ```ts
 * Lexer.scanLine('f("a // b") // 1', Lexer.start).comment // 12
 * Lexer.scanLine("const t = `x", Lexer.start).comment // -1
 * const inside = Lexer.scanLine("const t = `x", Lexer.start).state
 * Lexer.scanLine("// still the template`", inside).comment // -1
 * Lexer.scanLine("/https?:\\/\\//.test(u) // true", Lexer.start).comment // 22
 * Lexer.scanLine("a / b // 2", Lexer.start).comment // 6
 * ```
 */
export const scanLine = (line: string, state: State, visit?: (index: number, depth: number) => void): Line => {
  const frames = [...state.frames]
  let open = state.open
  let brackets = state.brackets
  let regex = state.regex
  let continued = false
  const end = (comment: number): Line => ({
    comment,
    // A string not continued by a backslash ends with its line (it is unterminated: nothing more to read of it).
    state: { frames, open: open === "*" || continued ? open : "", brackets, regex }
  })
  let i = 0
  while (i < line.length) {
    const ch = line[i]!
    if (open === "*") {
      const close = line.indexOf("*/", i)
      if (close < 0) return end(-1)
      open = ""
      i = close + 2
      continue
    }
    if (open !== "") {
      if (ch === "\\") {
        if (i + 1 === line.length) continued = true
        i += 2
      } else {
        if (ch === open) {
          open = ""
          regex = false
        }
        i++
      }
      continue
    }
    const top = frames[frames.length - 1]
    if (top === "`") {
      if (ch === "\\") i += 2
      else if (ch === "`") {
        frames.pop()
        regex = false
        i++
      } else if (ch === "$" && line[i + 1] === "{") {
        frames.push(0)
        regex = true
        i += 2
      } else i++
      continue
    }
    if (ch === "/" && line[i + 1] === "/") return end(i)
    if (ch === "/" && line[i + 1] === "*") {
      open = "*"
      i += 2
      continue
    }
    if (ch === "/" && regex) {
      const close = regexEnd(line, i)
      if (close > 0) {
        i = close
        while (i < line.length && /[a-z]/.test(line[i]!)) i++
        regex = false
        continue
      }
    }
    visit?.(i, brackets + frames.length)
    if (ch === '"' || ch === "'") open = ch
    else if (ch === "`") frames.push("`")
    else if (ch === "(" || ch === "[" || ch === "{") {
      brackets++
      if (ch === "{" && typeof top === "number") frames[frames.length - 1] = top + 1
    } else if (ch === "}" && top === 0) frames.pop()
    else if (ch === ")" || ch === "]" || ch === "}") {
      brackets--
      if (ch === "}" && typeof top === "number") frames[frames.length - 1] = top - 1
    }
    if (WORD.test(ch)) {
      let j = i + 1
      for (; j < line.length && WORD.test(line[j]!); j++) visit?.(j, brackets + frames.length)
      regex = BEFORE_REGEX.has(line.slice(i, j))
      i = j
      continue
    }
    if (ch !== " " && ch !== "\t") regex = !(ch === ")" || ch === "]" || ch === "}" || ch === '"' || ch === "'")
    if (ch === "`") regex = true
    i++
  }
  return end(-1)
}

/** The index just after a regular expression starting at `from` (its closing `/`), or -1 when none closes on the line. */
const regexEnd = (line: string, from: number): number => {
  let inClass = false
  for (let i = from + 1; i < line.length; i++) {
    const ch = line[i]
    if (ch === "\\") i++
    else if (ch === "[") inClass = true
    else if (ch === "]") inClass = false
    else if (ch === "/" && !inClass) return i + 1
  }
  return -1
}

/**
 * The state at the start of each line of a text, and at its end: the
 * state at the start of line `n` is `starts[n]`.
 *
 * @example
 * ```ts
 * const { starts } = Lexer.lines("const t = `\n// not a comment\n`\nt.length // 17")
 * starts.map(Lexer.depth) // [0, 1, 1, 0]
 * ```
 */
export const lines = (text: string): { readonly starts: ReadonlyArray<State>; readonly end: State } => {
  const starts: Array<State> = []
  let state = start
  for (const line of text.split("\n")) {
    starts.push(state)
    state = scanLine(line, state).state
  }
  return { starts, end: state }
}
