import { defineConfig } from "tsup"

export default defineConfig([
  {
    // The executable: one bundled file (fast start, no module resolution at run time).
    entry: { main: "src/main.ts" },
    format: ["esm"],
    sourcemap: false,
    target: "node24",
    platform: "node",
    noExternal: [/.*/],
    // node:sqlite exists only with its prefix.
    removeNodeProtocol: false,
    splitting: true,
    tsconfig: "tsconfig.lib.json",
    banner: {
      js: "import { createRequire as __thadsCreateRequire } from 'node:module'; const require = __thadsCreateRequire(import.meta.url);"
    }
  },
  {
    // The library and its testing entry (@thads/service, @thads/service/testing), for other packages.
    entry: { index: "src/index.ts", testing: "src/testing.ts" },
    format: ["esm"],
    dts: true,
    sourcemap: true,
    target: "node24",
    platform: "node",
    removeNodeProtocol: false,
    tsconfig: "tsconfig.lib.json"
  }
])
