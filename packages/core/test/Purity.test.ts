/**
 * @thads/core is pure: it runs in Node and in the browser, so no source file
 * imports a `node:` module (or a bare Node built-in), and none imports another
 * workspace package (core is the bottom layer; see ARCHITECTURE.md).
 */
import { readdirSync, readFileSync } from "node:fs"
import { builtinModules } from "node:module"
import { join, relative } from "node:path"
import { describe, expect, it } from "vitest"

const src = join(import.meta.dirname, "..", "src")

const files = (dir: string): Array<string> => {
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
const specifiers = (source: string): Array<string> => {
  // Comments (JSDoc examples import "@thads/core") are not imports.
  const text = source.replace(/\/\*[\s\S]*?\*\//g, "").replace(/^\s*\/\/.*$/gm, "")
  const out: Array<string> = []
  const re = /(?:\bfrom\s*|\bimport\s*\(\s*|\brequire\s*\(\s*|^\s*import\s+)["']([^"']+)["']/gm
  for (let m = re.exec(text); m !== null; m = re.exec(text)) out.push(m[1]!)
  return out
}

const builtins = new Set(builtinModules)

describe("@thads/core purity", () => {
  const all = files(src)

  it("finds the sources", () => {
    expect(all.length).toBeGreaterThan(50)
    expect(
      specifiers('import * as A from "./A.js"\nexport { b } from "node:fs"\nconst c = await import("os")')
    ).toEqual(["./A.js", "node:fs", "os"])
  })

  it("imports no node: module and no Node built-in", () => {
    const bad = all.flatMap((f) =>
      specifiers(readFileSync(f, "utf8"))
        .filter((s) => s.startsWith("node:") || builtins.has(s))
        .map((s) => `${relative(src, f)} → ${s}`)
    )
    expect(bad).toEqual([])
  })

  it("imports no other workspace package (only relative modules and effect)", () => {
    const bad = all.flatMap((f) =>
      specifiers(readFileSync(f, "utf8"))
        .filter((s) => !s.startsWith(".") && s !== "effect" && !s.startsWith("effect/"))
        .map((s) => `${relative(src, f)} → ${s}`)
    )
    expect(bad).toEqual([])
  })
})
