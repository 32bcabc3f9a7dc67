/** Test helpers: the source files of @thads/core and the module specifiers each imports (read, not executed). */
import { readdirSync } from "node:fs"
import { join } from "node:path"

/** The directory of core's sources. */
export const src = join(import.meta.dirname, "..", "src")

/** Every `.ts` file under a directory (an explicit stack: no recursion), sorted. */
export const files = (dir: string): Array<string> => {
  const out: Array<string> = []
  const stack = [dir]
  while (stack.length > 0) {
    const d = stack.pop()!
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name)
      if (e.isDirectory()) stack.push(p)
      else if (e.name.endsWith(".ts")) out.push(p)
    }
  }
  return out.sort()
}

/** Every module specifier of `import … from "x"`, `export … from "x"`, `import("x")` and `require("x")`. */
export const specifiers = (source: string): Array<string> => {
  // Comments (JSDoc examples import "@thads/core") are not imports.
  const text = source.replace(/\/\*[\s\S]*?\*\//g, "").replace(/^\s*\/\/.*$/gm, "")
  const out: Array<string> = []
  const re = /(?:\bfrom\s*|\bimport\s*\(\s*|\brequire\s*\(\s*|^\s*import\s+)["']([^"']+)["']/gm
  for (let m = re.exec(text); m !== null; m = re.exec(text)) out.push(m[1]!)
  return out
}
