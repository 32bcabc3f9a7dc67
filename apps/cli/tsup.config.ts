import { defineConfig, type Options } from "tsup"

/** Node's `require` inside the ESM bundles (some bundled CommonJS dependencies call it). */
const banner = {
  js: "import { createRequire as __thadsCreateRequire } from 'node:module'; const require = __thadsCreateRequire(import.meta.url);"
}

/** What both executable bundles share: ESM for Node 24, every dependency bundled, chunks split off. */
const executable: Options = {
  format: ["esm"],
  sourcemap: false,
  target: "node24",
  platform: "node",
  noExternal: [/.*/],
  splitting: true,
  tsconfig: "tsconfig.lib.json",
  banner
}

export default defineConfig([
  {
    // The executable: one bundled file, so that starting `thads` does not
    // resolve hundreds of modules (≈3× faster start than unbundled). Workbook
    // support (ExcelJS, ~3 MB) is a separate chunk, loaded only when a command needs it.
    ...executable,
    entry: { main: "src/main.ts" }
  },
  {
    // The quick start of a plain `thads check` (src/mainCheck.ts): a bundle of its own, sharing nothing with the
    // command tree's, so that it loads only what a check runs. The entry itself only reads the arguments; the check
    // is a chunk imported once they are understood. Core and the workbook reader are bundled from their sources (as
    // the add-in and the dashboard are): their unused modules are left out (≈ 600 KB loaded instead of ≈ 940 KB).
    ...executable,
    entry: { "main-check": "src/mainCheck.ts" },
    esbuildOptions(options) {
      options.conditions = ["@thads/source"]
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
