/**
 * Doc tests: every JSDoc `@example` of @thads/core runs as a test.
 *
 * Each fenced ```ts block after `@example` is transpiled and run with every
 * namespace of the public index (and of `@thads/core/testing`) in scope, so
 * examples are written as a user writes them (`import … from "@thads/core"`
 * lines are dropped). A line `expression // value` is also an assertion when
 * the comment begins with a literal (a string, number, boolean, `null`,
 * `undefined`, an object or an array): the expression must equal it — for
 * objects, the keys given must match (a subset), the rest may differ. A
 * comment `// XxxError: …` asserts that the expression throws an error of
 * that name or tag. Any other comment is prose.
 *
 * Imports of other packages (`import * as Schema from "effect/Schema"`,
 * `import { Schema } from "effect"`) are loaded for the example; `import type`
 * lines are dropped. A module that no entry point exports (a rule of
 * `compliance/rules/`, a shared helper) is in scope under its file name, so
 * its examples can name it (`Consistency.rows`).
 */
import { readFileSync } from "node:fs"
import { relative } from "node:path"
import ts from "typescript"
import { describe, expect, it } from "vitest"
import * as Core from "../src/index.js"
import { files, src } from "./Sources.js"

interface Example {
  readonly file: string
  readonly line: number
  readonly name: string
  readonly code: string
}

/** The examples of one source file: the ```ts fences after `@example` inside JSDoc blocks. */
const examplesOf = (file: string): Array<Example> => {
  const text = readFileSync(file, "utf8")
  const out: Array<Example> = []
  const block = /\/\*\*([\s\S]*?)\*\//g
  for (let m = block.exec(text); m !== null; m = block.exec(text)) {
    const body = m[1]!
    const at = body.indexOf("@example")
    if (at < 0) continue
    const lines = body
      .slice(at)
      .split("\n")
      .map((l) => l.replace(/^\s*\* ?/, ""))
    const open = lines.findIndex((l) => /^```(ts|typescript)\b/.test(l.trim()))
    if (open < 0) continue
    const close = lines.findIndex((l, i) => i > open && l.trim() === "```")
    if (close < 0) continue
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 300)
    const name = /export\s+(?:declare\s+)?(?:const|function|class|interface|type|enum)\s+([A-Za-z0-9_$]+)/.exec(
      after
    )?.[1]
    const startLine = text.slice(0, m.index).split("\n").length
    out.push({
      file: relative(src, file),
      line: startLine,
      name: name ?? `block at line ${startLine}`,
      code: lines.slice(open + 1, close).join("\n")
    })
  }
  return out
}

/** The literal a comment starts with, as source text, or undefined when it starts with prose. */
export const leadingLiteral = (comment: string): string | undefined => {
  const literal = literalPrefix(comment.trim())
  if (literal === undefined) return undefined
  // What follows a literal is nothing, or prose set apart: "— …", ": …", ", …", "(…)", "; …".
  const rest = comment.trim().slice(literal.length)
  return /^(\s*$|\s*[—–:;,(]|\s+-\s)/.test(rest) ? literal : undefined
}

const literalPrefix = (c: string): string | undefined => {
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
 * Rewrites the example's imports: `@thads/core` ones (and `import type`) are
 * dropped, since those names are in scope; others become dynamic imports
 * through `__import`, e.g. `import * as Schema from "effect/Schema"` becomes
 * `const Schema = await __import("effect/Schema")`.
 */
export const rewriteImports = (code: string): string =>
  code.replace(
    /^\s*import\s+(type\s+)?([^\n]*?)\s+from\s+["']([^"']+)["'];?\s*$/gm,
    (_, type: string | undefined, clause: string, spec: string) => {
      if (type !== undefined || /^@thads\/core(\/testing|\/internal)?$/.test(spec)) return ""
      const star = /^\*\s+as\s+([A-Za-z_$][\w$]*)$/.exec(clause)
      if (star !== null) return `const ${star[1]} = await __import(${JSON.stringify(spec)})`
      const named = /^\{([^}]*)\}$/.exec(clause)
      if (named !== null) {
        const bindings = named[1]!
          .split(",")
          .map((b) => b.trim())
          .filter((b) => b !== "" && !b.startsWith("type "))
          .map((b) => b.replace(/\s+as\s+/, ": "))
        return `const { ${bindings.join(", ")} } = await __import(${JSON.stringify(spec)})`
      }
      return `const ${clause} = (await __import(${JSON.stringify(spec)})).default`
    }
  )

const NOT_A_VALUE = Symbol("not a value")

/** Evaluates a literal's source, or NOT_A_VALUE when it is not one (an ellipsis `…`, a name). */
const evaluate = (source: string): unknown => {
  if (source.includes("…") || source.includes("...")) return NOT_A_VALUE
  try {
    return new Function(`"use strict"; return (${source})`)()
  } catch {
    return NOT_A_VALUE
  }
}

const KEYWORD =
  /^(const|let|var|import|export|type|interface|if|else|for|while|return|throw|await\s+import|function|class|\}|\)|\])/

/**
 * Rewrites `expr // literal` and `const x = expr // literal` lines at depth 0
 * into assertions. A statement spread over lines (`f({\n  …\n}) // literal`)
 * is asserted by the comment on its last line, or by a comment on the line
 * right after it.
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
    const error = /^([A-Z][A-Za-z]*Error)\b/.exec(text)?.[1]
    const literal = leadingLiteral(text)
    const declared = /^(?:const|let)\s+([A-Za-z_$][\w$]*)\s*(?::[^=]+)?=/.exec(left)?.[1]
    if (error !== undefined && !KEYWORD.test(left)) {
      out.push(`;__throws(() => (${left}), ${JSON.stringify(error)}, ${n + 1})`)
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

/** Deep equality where an expected object's keys are a subset of the actual's. */
const matches = (actual: unknown, expected: unknown): boolean => {
  if (expected === null || typeof expected !== "object") return Object.is(actual, expected)
  if (actual === null || typeof actual !== "object") return false
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual) || actual.length !== expected.length) return false
    return expected.every((e, i) => matches(actual[i], e))
  }
  return Object.entries(expected).every(([k, v]) => matches((actual as Record<string, unknown>)[k], v))
}

const equalsAt =
  (where: string) =>
  (actual: unknown, source: string, line: number): void => {
    const expected = evaluate(source)
    if (expected === NOT_A_VALUE) return
    if (!matches(actual, expected))
      throw new Error(`${where}, example line ${line}: expected ${source}, got ${JSON.stringify(actual)}`)
  }

/** The tag of an error (`_tag`, else `name`), or undefined for a value that is not one. */
const tagOf = (e: unknown): unknown =>
  typeof e === "object" && e !== null
    ? ((e as { _tag?: unknown })._tag ?? (e instanceof Error ? e.name : undefined))
    : undefined

/** Asserts that `f` throws an error of that name or tag, or returns one (`Lunar.toSolar` returns its errors). */
export const throwsAt =
  (where: string) =>
  (f: () => unknown, name: string, line: number): void => {
    let value: unknown
    try {
      value = f()
    } catch (e) {
      const tag = tagOf(e) ?? String(e)
      if (tag !== name) throw new Error(`${where}, example line ${line}: expected ${name}, got ${String(tag)}`)
      return
    }
    if (tagOf(value) !== name)
      throw new Error(`${where}, example line ${line}: expected ${name} to be thrown or returned, got ${String(value)}`)
  }

const AsyncFunction = Object.getPrototypeOf(async () => {}).constructor as new (
  ...args: Array<string>
) => (...args: Array<unknown>) => Promise<unknown>

/** Every namespace of the three entry points: the public index, `/testing` and `/internal`. */
const loadScope = async (): Promise<Record<string, unknown>> => {
  const testing = await import("../src/testing.js")
  const internal = await import("../src/internal.js")
  return { ...internal, ...testing, ...Core }
}

const examples = files(src).flatMap(examplesOf)

/** The module of an example under its file name, when no entry point exports it. */
const ownModule = async (file: string, scope: Record<string, unknown>): Promise<Record<string, unknown>> => {
  const ns: unknown = await import(`../src/${file.replace(/\.ts$/, ".js")}`)
  const name = file.replace(/^.*\//, "").replace(/\.ts$/, "")
  return Object.values(scope).includes(ns) || name in scope ? {} : { [name]: ns }
}

/** The console of an example: what it logs (`console.log(p.path, …)`) is evaluated, not printed. */
const quiet: Console = { ...console, log: () => undefined, info: () => undefined, warn: () => undefined }

const importFor = (spec: string): Promise<unknown> => import(/* @vite-ignore */ spec)

describe("JSDoc examples of @thads/core", async () => {
  const scope = await loadScope()
  const names = Object.keys(scope).filter((k) => /^[A-Za-z_$][\w$]*$/.test(k))

  it("finds them", () => {
    expect(examples.length).toBeGreaterThan(300)
    expect(leadingLiteral('"2022-02-08" — across Tết')).toBe('"2022-02-08"')
    expect(leadingLiteral("{ a: 1, b: [2] } — and more")).toBe("{ a: 1, b: [2] }")
    expect(leadingLiteral("undefined: income is not excluded")).toBe("undefined")
    expect(leadingLiteral("điểm a khoản 1 Điều 44a")).toBeUndefined()
    expect(leadingLiteral("1/2 nhuận 2023")).toBeUndefined()
    expect(leadingLiteral("11: the Cục and 9 districts")).toBe("11")
    expect(instrument("Rate.percent(1, 2) // { value: 50 }")).toContain(";__equals((Rate.percent(1, 2))")
  })

  it("asserts a statement spread over lines by the comment on its last line", () => {
    const code = instrument("const a = 1\nf({\n  x: [1,\n    2]\n}) // 3\ng() // 4")
    expect(code).toBe(
      ';__equals((f({\n  x: [1,\n    2]\n})), "3", 5)\n;__equals((g()), "4", 6)'.replace(/^/, "const a = 1\n")
    )
    expect(instrument("if (x) {\n  y()\n} // 1")).toBe("if (x) {\n  y()\n} // 1")
    expect(instrument(";(r as X).message // 2")).toBe(';__equals(((r as X).message), "2", 1)')
    expect(instrument("f(1)\n// 2")).toBe(';__equals((f(1)), "2", 2)')
    expect(instrument("f(\n  1\n)\n// XError: no")).toBe(';__throws(() => (f(\n  1\n)), "XError", 4)')
    expect(instrument("// prose\n// 2")).toBe("// prose\n// 2")
    expect(instrument("g() // 1\n// 2")).toBe(';__equals((g()), "1", 1)\n// 2')
  })

  it("takes an error returned as an error thrown", () => {
    class LunarError extends Error {
      readonly _tag = "LunarError"
    }
    expect(() => throwsAt("t")(() => new LunarError("no"), "LunarError", 1)).not.toThrow()
    expect(() =>
      throwsAt("t")(
        () => {
          throw new LunarError("no")
        },
        "LunarError",
        1
      )
    ).not.toThrow()
    expect(() => throwsAt("t")(() => "2024-01-01", "LunarError", 1)).toThrow(/to be thrown or returned/)
    expect(() => throwsAt("t")(() => new RangeError("x"), "LunarError", 1)).toThrow(/LunarError/)
  })

  it("rewrites imports", () => {
    expect(rewriteImports('import * as Schema from "effect/Schema"')).toBe(
      'const Schema = await __import("effect/Schema")'
    )
    expect(rewriteImports('import { Schema, Option as O } from "effect"')).toBe(
      'const { Schema, Option: O } = await __import("effect")'
    )
    expect(rewriteImports('import { CivilDate } from "@thads/core"\nx')).toBe("\nx")
    expect(rewriteImports('import { Synthetic } from "@thads/core/testing";')).toBe("")
    expect(rewriteImports('import type { Report } from "@thads/core"')).toBe("")
  })

  it("puts a module no entry point exports in scope under its file name", async () => {
    expect(Object.keys(await ownModule("compliance/rules/Consistency.ts", scope))).toEqual(["Consistency"])
    expect(await ownModule("statistics/Indicator.ts", scope)).toEqual({})
    expect(await ownModule("cases/State.ts", scope)).toEqual({})
  })

  for (const ex of examples) {
    const where = `${ex.file}:${ex.line} (${ex.name})`
    it(where, async () => {
      const body = instrument(rewriteImports(ex.code))
      const js = ts.transpileModule(body, {
        compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, verbatimModuleSyntax: false }
      }).outputText
      const own = await ownModule(ex.file, scope)
      const local = Object.keys(own)
      const run = new AsyncFunction("__equals", "__throws", "__import", "console", ...names, ...local, js)
      await run(
        equalsAt(where),
        throwsAt(where),
        importFor,
        quiet,
        ...names.map((n) => scope[n]),
        ...local.map((n) => own[n])
      )
    })
  }
})
