import { fileURLToPath } from "node:url"
import { defineConfig } from "vite"

const src = fileURLToPath(new URL("./src/", import.meta.url))
const dist = fileURLToPath(new URL("./dist/", import.meta.url))

// One static bundle: the task pane page, which also registers the worksheet
// functions (shared runtime). Core is read from source and tree-shaken.
export default defineConfig({
  root: src,
  base: "./",
  resolve: { conditions: ["@thads/source", "module", "browser", "development|production"] },
  build: {
    outDir: dist,
    emptyOutDir: true,
    target: "es2022",
    sourcemap: true,
    reportCompressedSize: false,
    rollupOptions: { input: { taskpane: `${src}taskpane.html` } }
  }
})
