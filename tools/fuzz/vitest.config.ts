import { defineConfig } from "vitest/config"

const conditions = ["@thads/source", "module", "node", "development|production"]

export default defineConfig({
  resolve: { conditions },
  ssr: { resolve: { conditions } },
  // A seeded, smaller run than `npm run fuzz`; generous timeouts on a shared machine (not speed assertions).
  test: { include: ["test/**/*.test.ts"], testTimeout: 600_000, hookTimeout: 120_000 }
})
