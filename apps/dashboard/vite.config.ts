/**
 * The page is built to `dist/` with relative asset URLs (`base: "./"`), so the
 * service can serve it under `/ui/` and a LAN copy works offline: every
 * script, style and font is in the bundle, nothing is loaded from a CDN.
 * `@thads/core` is bundled from its source (the `@thads/source` condition).
 */
import { defineConfig, type Plugin } from "vitest/config"

/**
 * core builds its Schemas at module level (`export const CivilDateSchema = Schema.String.pipe(…)`);
 * effect's Schema constructors have no side effects, but the bundler cannot know it, so every Schema
 * and most of effect would ship although the page decodes nothing with them. This marks the `Schema.*`
 * calls of core's sources pure (`/*#__PURE__*\/`) for this bundle only: unused ones are dropped.
 */
const pureSchemas = (): Plugin => ({
  name: "thads-pure-schemas",
  enforce: "pre",
  transform(code, id) {
    if (!/packages[/\\]core[/\\]src[/\\].*\.ts$/.test(id) || !code.includes("Schema.")) return null
    const lines = code.split("\n")
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i]!
      if (/^\s*(\*|\/\/|\/\*)/.test(line)) continue // comments (JSDoc examples) stay as they are
      lines[i] = line.replace(/(?<![\w.$])Schema\.([\w.]+)\(/g, "/*#__PURE__*/ Schema.$1(")
    }
    return { code: lines.join("\n"), map: null }
  }
})

const conditions = ["@thads/source", "module", "browser", "development|production"]

export default defineConfig({
  base: "./",
  plugins: [pureSchemas()],
  resolve: { conditions },
  ssr: { resolve: { conditions: ["@thads/source", "module", "node", "development|production"] } },
  build: {
    outDir: "dist",
    target: "es2022",
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 600,
    // With the pure Schemas above, this lets the bundler drop effect's module-level leftovers
    // (`({ ...Proto })`, `globalThis.URL;`): the page ships no effect code at all (83 → 60 kB gzip).
    rolldownOptions: { treeshake: { propertyReadSideEffects: false, unknownGlobalSideEffects: false } }
  },
  test: { include: ["test/**/*.test.ts"], testTimeout: 180_000, hookTimeout: 180_000 }
})
