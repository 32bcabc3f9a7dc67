/**
 * Runs a package's JSDoc examples as vitest tests (chạy ví dụ như kiểm thử).
 *
 * Each example ({@link Example}) is rewritten ({@link Imports}: the imports
 * of the modules in scope are dropped, others loaded), instrumented
 * ({@link Instrument}: literal comments become assertions), transpiled with
 * TypeScript and run as an async function whose parameters are the names in
 * scope: every export of the modules in scope (a package's entry points,
 * core's, the testing helpers), and the example's own module under its file
 * name when no module in scope exports it (a rule of `compliance/rules/`, a
 * view of the dashboard). What it logs is evaluated, not printed.
 *
 * A package's doc test is one file:
 *
 * ```ts
 * import { join } from "node:path"
 * import { DocTest, Example } from "@thads/doctest"
 * import * as Xlsx from "../src/index.js"
 * import * as XlsxTesting from "../src/testing.js"
 * import * as Core from "@thads/core"
 * import * as CoreTesting from "@thads/core/testing"
 *
 * const root = join(import.meta.dirname, "..", "src")
 * DocTest.register({
 *   name: "@thads/xlsx",
 *   root,
 *   files: Example.files(root),
 *   modules: { "@thads/xlsx": Xlsx, "@thads/xlsx/testing": XlsxTesting, "@thads/core": Core, "@thads/core/testing": CoreTesting }
 * })
 * ```
 */
import { basename } from "node:path"
import ts from "typescript"
import { describe, expect, it } from "vitest"
import * as Assert from "./Assert.ts"
import * as Example from "./Example.ts"
import * as Imports from "./Imports.ts"
import * as Instrument from "./Instrument.ts"

/**
 * What {@link register} runs.
 *
 * @example
 * ```ts
 * const options: DocTest.Options = { name: "@thads/doctest", root: "src", files: [], modules: { "@thads/doctest": {} } }
 * ```
 */
export interface Options {
  /** The package, for the suite's title ("JSDoc examples of @thads/xlsx"). */
  readonly name: string
  /** The sources' root: examples are named by their path under it. */
  readonly root: string
  /** The source files whose examples run, e.g. `Example.files(root)`. */
  readonly files: ReadonlyArray<string>
  /**
   * The modules in scope, by the specifier examples import them from: every
   * export is a name in scope (the first module listed that exports a name
   * gives it), and imports of these specifiers are dropped.
   */
  readonly modules: Readonly<Record<string, object>>
  /** More names in scope; they come before the modules' (a package with no entry point: its modules by file name). */
  readonly names?: Readonly<Record<string, unknown>>
  /** Loads an example's own module by its path (default: a dynamic import). */
  readonly load?: (path: string) => Promise<unknown>
  /** Loads a module an example imports that is not in scope (default: a dynamic import from here). */
  readonly import?: (specifier: string) => Promise<unknown>
  /** The suite fails with fewer examples than this (an extraction that finds none is not a pass). */
  readonly atLeast?: number
}

/**
 * A prepared suite: the examples and the names in scope.
 *
 * @example
 * ```ts
 * const suite: DocTest.Suite = { options: { name: "x", root: ".", files: [], modules: {} }, examples: [], scope: {} }
 * ```
 */
export interface Suite {
  readonly options: Options
  readonly examples: ReadonlyArray<Example.Example>
  readonly scope: Readonly<Record<string, unknown>>
}

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/

/**
 * The names in scope: `names` first, then each module's exports (the first
 * module that exports a name gives it).
 *
 * @example
 * ```ts
 * DocTest.scopeOf({ a: { X: 1, Y: 2 }, b: { Y: 3, Z: 4 } }, { W: 0 }) // { W: 0, X: 1, Y: 2, Z: 4 }
 * ```
 */
export const scopeOf = (
  modules: Readonly<Record<string, object>>,
  names: Readonly<Record<string, unknown>> = {}
): Record<string, unknown> => {
  const scope: Record<string, unknown> = {}
  for (const source of [names, ...Object.values(modules)])
    for (const [k, v] of Object.entries(source)) if (IDENTIFIER.test(k) && !(k in scope)) scope[k] = v
  return scope
}

/**
 * The examples of the files and the names in scope.
 *
 * @example
 * ```ts
 * import { join } from "node:path"
 * const root = join(process.cwd(), "src")
 * const suite = DocTest.prepare({ name: "@thads/doctest", root, files: Example.files(root), modules: { "@thads/doctest": { Example } } })
 * suite.examples.length > 10 // true
 * typeof suite.scope.Example // "object"
 * ```
 */
export const prepare = (options: Options): Suite => ({
  options,
  examples: options.files.flatMap((f) => Example.fromFile(f, options.root)),
  scope: scopeOf(options.modules, options.names)
})

const importFrom = (specifier: string): Promise<unknown> => import(/* @vite-ignore */ specifier)

/** Whether a name can be bound as a parameter (an identifier, not a reserved word). */
const bindable = (name: string): boolean => {
  if (!IDENTIFIER.test(name)) return false
  try {
    new Function(name, "")
    return true
  } catch {
    return false
  }
}

/**
 * An example's own module under its file name, when nothing in scope is that
 * module or has that name; else nothing.
 *
 * @example
 * ```ts
 * import { join } from "node:path"
 * const suite = DocTest.prepare({ name: "x", root: join(process.cwd(), "src"), files: [], modules: { "@thads/doctest": { Example } } })
 * Object.keys(await DocTest.ownModule(suite, "Literal.ts")) // ["Literal"]
 * await DocTest.ownModule(suite, "Example.ts") // {}
 * ```
 */
export const ownModule = async (suite: Suite, file: string): Promise<Record<string, unknown>> => {
  const path = `${suite.options.root}/${file}`
  const ns = await (suite.options.load ?? importFrom)(path)
  const name = basename(file).replace(/\.ts$/, "")
  // A file named by a reserved word (`case.ts`) cannot be a parameter name: not in scope under it.
  if (!bindable(name)) return {}
  return Object.values(suite.scope).includes(ns) || name in suite.scope ? {} : { [name]: ns }
}

/**
 * An example as JavaScript: imports rewritten, literal comments instrumented,
 * transpiled by TypeScript (types dropped).
 *
 * @example
 * ```ts
 * DocTest.compile('import { A } from "a"\nconst n: number = A.f() // 2', (s) => s === "a") // '"use strict";\nconst n = A.f();\n__equals(n, "2", 2);\n'
 * ```
 */
export const compile = (code: string, inScope: (specifier: string) => boolean): string =>
  ts.transpileModule(Instrument.instrument(Imports.rewrite(code, inScope)), {
    compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, verbatimModuleSyntax: false }
  }).outputText

const AsyncFunction = Object.getPrototypeOf(async () => {}).constructor as new (
  ...args: Array<string>
) => (...args: Array<unknown>) => Promise<unknown>

/** The console of an example: what it logs (`console.log(p.path, …)`) is evaluated, not printed. */
const quiet: Console = { ...console, log: () => undefined, info: () => undefined, warn: () => undefined }

/**
 * The name of an example's test: "file:line (export)".
 *
 * @example
 * ```ts
 * DocTest.title({ file: "Rate.ts", line: 12, name: "percent", code: "" }) // "Rate.ts:12 (percent)"
 * ```
 */
export const title = (example: Example.Example): string => `${example.file}:${example.line} (${example.name})`

/**
 * Runs one example of a suite; rejects with the first failed assertion or
 * error of the example, or, for a skip-doctest fence that gives no reason,
 * with that. An example with a comment that looks like an assertion but
 * would not be checked ({@link Instrument.unchecked}: a claim after `if`, a
 * literal with an ellipsis, prose after an expression) is not run: it
 * rejects naming each such line.
 *
 * @example
 * ```ts
 * const suite = DocTest.prepare({ name: "x", root: "/", files: [], modules: { "@thads/doctest": { Literal } }, load: async () => ({}) })
 * await DocTest.run(suite, { file: "a.ts", line: 1, name: "a", code: 'Literal.leading("1 — one") // "1"' }) // undefined
 * await DocTest.run(suite, { file: "a.ts", line: 1, name: "a", code: 'Literal.leading("1 — one") // "2"' }) // Error: a.ts:1 (a), example line 1: expected "2", got "1"
 * await DocTest.run(suite, { file: "a.ts", line: 1, name: "a", code: "", skip: "" }) // Error: a.ts:1 (a): a skip-doctest fence must say why the example cannot run…
 * await DocTest.run(suite, { file: "a.ts", line: 1, name: "a", code: 'if (true) Literal.leading("1") // "1"' }) // Error: a.ts:1 (a), example line 1: // "1" is not checked: after a statement led by a keyword…
 * ```
 */
export const run = async (suite: Suite, example: Example.Example): Promise<void> => {
  const where = title(example)
  if (example.skip === "")
    throw new Error(
      `${where}: a skip-doctest fence must say why the example cannot run (\`\`\`ts skip-doctest <reason>)`
    )
  const inScope = (spec: string) => Object.hasOwn(suite.options.modules, spec)
  const unchecked = Instrument.unchecked(Imports.rewrite(example.code, inScope))
  if (unchecked.length > 0)
    throw new Error(
      unchecked.map((u) => `${where}, example line ${u.line}: // ${u.comment} is not checked: ${u.reason}`).join("\n")
    )
  const js = compile(example.code, inScope)
  const own = await ownModule(suite, example.file)
  const names = [...Object.keys(suite.scope), ...Object.keys(own)]
  const values = [...Object.values(suite.scope), ...Object.values(own)]
  const f = new AsyncFunction("__equals", "__throws", "__import", "console", ...names, js)
  await f(Assert.equalsAt(where), Assert.throwsAt(where), suite.options.import ?? importFrom, quiet, ...values)
}

/**
 * Registers the vitest suite "JSDoc examples of <name>": a test that the
 * files have examples (at least `atLeast`), then one test per example (a
 * ```ts skip-doctest example is a skipped test that says why; one that does
 * not say why is a failed test).
 *
 * @example
 * ```ts skip-doctest registers vitest tests: run only at the top level of a test file
 * DocTest.register({ name: "@thads/xlsx", root, files: Example.files(root), modules: { "@thads/xlsx": Xlsx } })
 * ```
 */
export const register = (options: Options): void => {
  describe(`JSDoc examples of ${options.name}`, () => {
    const suite = prepare(options)
    it("finds them", () => {
      expect(suite.examples.length).toBeGreaterThanOrEqual(Math.max(1, options.atLeast ?? 1))
    })
    for (const example of suite.examples) {
      if (example.skip !== undefined && example.skip !== "")
        it.skip(`${title(example)} — ${example.skip}`, () => undefined)
      else it(title(example), () => run(suite, example))
    }
  })
}
