import { defineConfig } from "tsup"

export default defineConfig({
  // The contract, and the two modules the reviewers' page imports on their own (no effect module in them).
  entry: ["src/index.ts", "src/Access.ts", "src/FulfilmentRules.ts"],
  format: ["esm"],
  dts: true,
  sourcemap: true,
  clean: true,
  target: "node24",
  platform: "neutral",
  tsconfig: "tsconfig.lib.json"
})
