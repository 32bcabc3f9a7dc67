#!/usr/bin/env node
// V8's compile cache (Node ≥ 22.1): the bundle's bytecode is kept on disk after the first run, so `thads` starts
// faster; silently off where unsupported or when the cache directory is not writable.
import module from "node:module"

try {
  module.enableCompileCache?.()
} catch {}
await import("../dist/main.js")
