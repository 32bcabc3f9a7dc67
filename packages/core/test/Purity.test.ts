/**
 * @thads/core is pure: it runs in Node and in the browser, so no source file
 * imports a `node:` module (or a bare Node built-in), and none imports another
 * workspace package (core is the bottom layer; see ARCHITECTURE.md).
 */
import { readFileSync } from "node:fs"
import { builtinModules } from "node:module"
import { relative } from "node:path"
import { describe, expect, it } from "vitest"
import { files, specifiers, src } from "./Sources.js"

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
