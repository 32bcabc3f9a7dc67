/**
 * The imports of an example (câu lệnh import trong ví dụ): examples are
 * written as a user writes them, `import { Read } from "@thads/xlsx"` and
 * all. The modules in scope (the package's own entry points, core's, the
 * testing helpers) are already there, so their imports are dropped; so is
 * every `import type`. Any other import is loaded for the example, through a
 * dynamic import the runner provides as `__import`. A line of a template
 * literal that spans lines is text, never an import ({@link Lexer}).
 */
import * as Lexer from "./Lexer.ts"

/**
 * Rewrites the example's imports: those of a specifier in scope (`inScope`)
 * and `import type` lines are dropped; the others become dynamic imports
 * through `__import`.
 *
 * @example
 * ```ts
 * const inScope = (spec: string) => spec === "@thads/core"
 * Imports.rewrite('import * as Schema from "effect/Schema"', inScope) // 'const Schema = await __import("effect/Schema")'
 * Imports.rewrite('import { Schema, Option as O } from "effect"', inScope) // 'const { Schema, Option: O } = await __import("effect")'
 * Imports.rewrite('import ExcelJS from "exceljs"', inScope) // 'const ExcelJS = (await __import("exceljs")).default'
 * Imports.rewrite('import { CivilDate } from "@thads/core"\nx', inScope) // "\nx"
 * Imports.rewrite('import type { Grid } from "@thads/xlsx"', inScope) // ""
 * Imports.rewrite('a\n\nimport { CivilDate } from "@thads/core"\n\nb', inScope) // "a\n\n\n\nb"
 * Imports.rewrite('const t = `\nimport { CivilDate } from "@thads/core"\n`', inScope) // 'const t = `\nimport { CivilDate } from "@thads/core"\n`'
 * ```
 */
export const rewrite = (code: string, inScope: (specifier: string) => boolean): string => {
  const lines = code.split("\n")
  const { starts } = Lexer.lines(code)
  // Only a line that starts in code at depth 0 can be an import: not a line of a template literal that spans lines.
  return lines.map((line, n) => (Lexer.depth(starts[n]!) === 0 ? rewriteLine(line, inScope) : line)).join("\n")
}

const rewriteLine = (line: string, inScope: (specifier: string) => boolean): string =>
  line.replace(
    /^[ \t]*import\s+(type\s+)?([^\n]*?)\s+from\s+["']([^"']+)["'];?[ \t]*$/,
    (_, type: string | undefined, clause: string, spec: string) => {
      if (type !== undefined || inScope(spec)) return ""
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
