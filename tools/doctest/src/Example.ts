/**
 * The examples of a source file (ví dụ trong JSDoc): every ```ts (or
 * ```typescript) fence after `@example` in a JSDoc block, with the file, the
 * line and the name of the export it documents.
 *
 * A fence ```ts skip-doctest is shown but not run: for the rare example that
 * cannot run in a unit test even with the project's test doubles (a live
 * server, a real Office host). Words after `skip-doctest` say why; the runner
 * reports it as a skipped test with that reason. A fence without a reason is
 * not skipped: its test fails, asking for one.
 */
import { readdirSync, readFileSync } from "node:fs"
import { join, relative } from "node:path"

/**
 * One example.
 *
 * @example
 * ```ts
 * const e: Example.Example = { file: "Rate.ts", line: 12, name: "percent", code: "Rate.percent(1, 2) // 50" }
 * ```
 */
export interface Example {
  /** The file, relative to the sources' root. */
  readonly file: string
  /** The line where its JSDoc block starts (of the fence, for a second fence in one block). */
  readonly line: number
  /** The export it documents, or "block at line N". */
  readonly name: string
  readonly code: string
  /** Why it is not run, for a ```ts skip-doctest fence ("" when the fence gives no reason: an error). */
  readonly skip?: string
}

const FENCE = /^```(?:ts|typescript)(?:\s+(.*))?$/

/**
 * The examples of a source text.
 *
 * @example
 * ```ts
 * const text = [
 *   "/**",
 *   " * @example",
 *   " * ```ts",
 *   " * Rate.percent(1, 2) // 50",
 *   " * ```",
 *   " *\/",
 *   "export const percent = 1"
 * ].join("\n")
 * Example.fromText(text, "Rate.ts") // [{ file: "Rate.ts", line: 1, name: "percent", code: "Rate.percent(1, 2) // 50" }]
 * Example.fromText(text.replace("```ts", "```ts skip-doctest needs a server"), "Rate.ts")[0].skip // "needs a server"
 * Example.fromText(text.replace("```ts", "```ts skip-doctest"), "Rate.ts")[0].skip // ""
 * ```
 */
export const fromText = (text: string, file: string): Array<Example> => {
  const out: Array<Example> = []
  const block = /\/\*\*([\s\S]*?)\*\//g
  for (let m = block.exec(text); m !== null; m = block.exec(text)) {
    const body = m[1]!
    const at = body.indexOf("@example")
    if (at < 0) continue
    const startLine = text.slice(0, m.index).split("\n").length
    const atLine = startLine + body.slice(0, at).split("\n").length - 1
    const lines = body
      .slice(at)
      .split("\n")
      .map((l) => l.replace(/^\s*\* ?/, ""))
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 300)
    const name =
      /export\s+(?:declare\s+)?(?:const|function|class|interface|type|enum)\s+([A-Za-z0-9_$]+)/.exec(after)?.[1] ??
      `block at line ${startLine}`
    let fences = 0
    for (let i = 0; i < lines.length; i++) {
      const open = FENCE.exec(lines[i]!.trim())
      if (open === null) continue
      const close = lines.findIndex((l, j) => j > i && l.trim() === "```")
      if (close < 0) break
      const info = open[1]?.trim() ?? ""
      const skip = /^skip-doctest\b\s*(.*)$/.exec(info)
      out.push({
        file,
        line: fences++ === 0 ? startLine : atLine + i,
        name,
        code: lines.slice(i + 1, close).join("\n"),
        ...(skip !== null ? { skip: skip[1]!.trim() } : {})
      })
      i = close
    }
  }
  return out
}

/**
 * The examples of a file, named by its path relative to `root`.
 *
 * @example
 * ```ts
 * import { join } from "node:path"
 * const src = join(process.cwd(), "src")
 * Example.fromFile(join(src, "Literal.ts"), src)[0] // { file: "Literal.ts", name: "leading" }
 * ```
 */
export const fromFile = (path: string, root: string): Array<Example> =>
  fromText(readFileSync(path, "utf8"), relative(root, path))

/**
 * Every `.ts` file under a directory, sorted (an explicit stack: no
 * recursion); `exclude` drops files by their path relative to `dir`.
 *
 * @example
 * ```ts
 * import { join } from "node:path"
 * const src = join(process.cwd(), "src")
 * Example.files(src).length > 5 // true
 * Example.files(src, (f) => f === "index.ts").some((f) => f.endsWith("index.ts")) // false
 * ```
 */
export const files = (dir: string, exclude: (file: string) => boolean = () => false): Array<string> => {
  const out: Array<string> = []
  const stack = [dir]
  while (stack.length > 0) {
    const d = stack.pop()!
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name)
      if (e.isDirectory()) stack.push(p)
      else if (e.name.endsWith(".ts") && !e.name.endsWith(".d.ts") && !exclude(relative(dir, p))) out.push(p)
    }
  }
  return out.sort()
}
