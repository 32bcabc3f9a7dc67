import { defineConfig } from "vitest/config"

const conditions = ["@thads/source", "module", "node", "development|production"]

export default defineConfig({
  resolve: { conditions },
  ssr: { resolve: { conditions } },
  // Generous: property tests and CLI processes run on a shared 2-core machine; these are not speed assertions.
  test: { include: ["test/**/*.test.ts"], testTimeout: 120_000, hookTimeout: 120_000 }
})
