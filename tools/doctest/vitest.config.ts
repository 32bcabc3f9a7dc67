import { defineConfig } from "vitest/config"

const conditions = ["@thads/source", "module", "node", "development|production"]

export default defineConfig({
  resolve: { conditions },
  ssr: { resolve: { conditions } },
  test: { include: ["test/**/*.test.ts"], testTimeout: 60_000 }
})
