/** Test helpers: the source files of @thads/core and the module specifiers each imports (read, not executed). */
import { join } from "node:path"
import { Example } from "@thads/doctest"

/** The directory of core's sources. */
export const src = join(import.meta.dirname, "..", "src")

/** Every `.ts` file under a directory, sorted (the doc-test runner's listing: an explicit stack, no recursion). */
export const files = (dir: string): Array<string> => Example.files(dir)

/** Every module specifier of `import … from "x"`, `export … from "x"`, `import("x")` and `require("x")`. */
export const specifiers = (source: string): Array<string> => {
  // Comments (JSDoc examples import "@thads/core") are not imports.
  const text = source.replace(/\/\*[\s\S]*?\*\//g, "").replace(/^\s*\/\/.*$/gm, "")
  const out: Array<string> = []
  const re = /(?:\bfrom\s*|\bimport\s*\(\s*|\brequire\s*\(\s*|^\s*import\s+)["']([^"']+)["']/gm
  for (let m = re.exec(text); m !== null; m = re.exec(text)) out.push(m[1]!)
  return out
}
