// biome-ignore-all lint/suspicious/noTemplateCurlyInString: the strings are examples' code, template literals and their ${…} included
import { describe, expect, it } from "vitest"
import * as Lexer from "../src/Lexer.ts"

/** The comment index and depth at the end of each line of a text. */
const read = (text: string): ReadonlyArray<readonly [number, number]> => {
  let state = Lexer.start
  return text.split("\n").map((line) => {
    const r = Lexer.scanLine(line, state)
    state = r.state
    return [r.comment, Lexer.depth(state)] as const
  })
}

describe("Lexer.scanLine", () => {
  it("finds a comment in the code, not in a string", () => {
    expect(read("f() // 1")).toEqual([[4, 0]])
    expect(read('f("a // b") // 1')).toEqual([[12, 0]])
    expect(read("f('it''s // x')")).toEqual([[-1, 0]])
    expect(read('f("a \\" // b")')).toEqual([[-1, 0]])
  })

  it("carries a template literal over lines: its lines are text, `// …` included", () => {
    expect(read("const t = `a\n// 1\n  { ( [\nb` // 2")).toEqual([
      [-1, 1],
      [-1, 1],
      [-1, 1],
      [3, 0]
    ])
  })

  it("reads the code of a template's ${…} expressions: strings, braces and templates nest", () => {
    expect(read("const t = `a ${f({ b: '}' })} // c`")).toEqual([[-1, 0]])
    expect(read("const t = `a ${`b ${c} // d`} e`")).toEqual([[-1, 0]])
    expect(read("const t = `a ${f(\n  1 // x\n)}\nb` // 2")).toEqual([
      [-1, 3],
      [4, 3],
      [-1, 1],
      [3, 0]
    ])
    expect(read("`${'`'}` // 1")).toEqual([[9, 0]])
  })

  it("skips block comments, on one line or over several", () => {
    expect(read("f(/* // no */ 1) // 1")).toEqual([[17, 0]])
    expect(read("f() /* a\n// b\nc */ // 1")).toEqual([
      [-1, 1],
      [-1, 1],
      [5, 0]
    ])
  })

  it("skips regular expressions, and tells them from a division", () => {
    expect(read("/https?:\\/\\//.test(u) // true")).toEqual([[22, 0]])
    expect(read("const r = /[/]/g // 1")).toEqual([[17, 0]])
    expect(read("a / b // 2")).toEqual([[6, 0]])
    expect(read("f(x) / 2 // 3")).toEqual([[9, 0]])
    expect(read("return /a\\/b/.test(s) // true")).toEqual([[22, 0]])
  })

  it("carries a string continued by a backslash, and ends one left unterminated", () => {
    expect(read('const s = "a \\\n// b"\nf() // 1')).toEqual([
      [-1, 1],
      [-1, 0],
      [4, 0]
    ])
    expect(read('const s = "a\nf() // 1')).toEqual([
      [-1, 0],
      [4, 0]
    ])
  })

  it("counts brackets, negative when more close than open", () => {
    expect(read("f(\n  [1,\n  2]\n)")).toEqual([
      [-1, 1],
      [-1, 2],
      [-1, 1],
      [-1, 0]
    ])
    expect(read("})")).toEqual([[-1, -2]])
  })

  it("visits each character of the code with its depth, none of strings, templates or comments", () => {
    const seen: Array<string> = []
    const line = "a(`${b}c`, 'd') /* e */ // f"
    Lexer.scanLine(line, Lexer.start, (i, depth) => {
      if (line[i] !== " ") seen.push(`${line[i]}${depth}`)
    })
    expect(seen.join(" ")).toBe("a0 (0 `1 b3 }3 ,1 '1 )1")
  })
})
