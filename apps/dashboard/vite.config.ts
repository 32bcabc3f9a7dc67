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

const treeshake = { propertyReadSideEffects: false, unknownGlobalSideEffects: false } as const

/**
 * Two builds into one folder: the page (`vite build`), then the demonstration data as a module of its own
 * (`vite build --mode demo` → dist/assets/demo/demo.js, loaded by the page only when chosen). The demo needs
 * core's checks and so effect's Schema; built apart, none of that is shared with (or loaded by) the page.
 */
export default defineConfig(({ mode }) => ({
  base: "./",
  plugins: [pureSchemas()],
  resolve: { conditions },
  ssr: { resolve: { conditions: ["@thads/source", "module", "node", "development|production"] } },
  build:
    mode === "demo"
      ? {
          outDir: "dist/assets/demo",
          emptyOutDir: false,
          target: "es2022",
          minify: true,
          lib: { entry: "src/demo/DemoSource.ts", formats: ["es" as const], fileName: () => "demo.js" },
          rolldownOptions: { treeshake }
        }
      : {
          outDir: "dist",
          target: "es2022",
          assetsInlineLimit: 0,
          // With the pure Schemas above, this lets the bundler drop effect's module-level leftovers
          // (`({ ...Proto })`, `globalThis.URL;`): the page ships no effect code at all.
          rolldownOptions: { treeshake }
        },
  test: { include: ["test/**/*.test.ts"], testTimeout: 180_000, hookTimeout: 180_000 }
}))
