import { defineConfig } from "tsup"

export default defineConfig([
  {
    // The executable: one bundled file, so that starting `thads` does not
    // resolve hundreds of modules (≈3× faster start than unbundled).
    // mainCheck: the quick start of a plain `thads check` (no command tree), sharing the chunks of core with main.
    entry: { main: "src/main.ts", "main-check": "src/mainCheck.ts" },
    format: ["esm"],
    sourcemap: false,
    target: "node24",
    platform: "node",
    noExternal: [/.*/],
    // Workbook support (ExcelJS, ~3 MB) is a separate chunk, loaded only when a command needs it.
    splitting: true,
    tsconfig: "tsconfig.lib.json",
    banner: {
      js: "import { createRequire as __thadsCreateRequire } from 'node:module'; const require = __thadsCreateRequire(import.meta.url);"
    }
  },
  {
    // The library entry (command tree and pure command functions).
    entry: { index: "src/index.ts" },
    format: ["esm"],
    dts: true,
    sourcemap: true,
    target: "node24",
    platform: "node",
    tsconfig: "tsconfig.lib.json"
  }
])
