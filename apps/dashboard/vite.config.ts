/**
 * The page is built to `dist/` with relative asset URLs (`base: "./"`), so the
 * service can serve it under `/ui/` and a LAN copy works offline: every
 * script, style and font is in the bundle, nothing is loaded from a CDN.
 * `@thads/core` is bundled from its source (the `@thads/source` condition).
 */
import { defineConfig } from "vitest/config"

const conditions = ["@thads/source", "module", "browser", "development|production"]

export default defineConfig({
  base: "./",
  resolve: { conditions },
  ssr: { resolve: { conditions: ["@thads/source", "module", "node", "development|production"] } },
  build: { outDir: "dist", target: "es2022", assetsInlineLimit: 0, chunkSizeWarningLimit: 600 },
  test: { include: ["test/**/*.test.ts"], testTimeout: 180_000, hookTimeout: 180_000 }
})
