#!/usr/bin/env node
// V8's compile cache (Node ≥ 22.1): the bundle's bytecode is kept on disk after the first run, so `thads` starts
// faster; silently off where unsupported or when the cache directory is not writable.
import module from "node:module"

try {
  module.enableCompileCache?.()
} catch {}
// A plain `thads check …` starts without the command tree (dist/main-check.js, see src/mainCheck.ts); everything
// else, and any `check` invocation it does not understand, goes to the full command line.
const argv = process.argv.slice(2)
if (argv[0] !== "check" || !(await (await import("../dist/main-check.js")).run(argv.slice(1))))
  await import("../dist/main.js")
