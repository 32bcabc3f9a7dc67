/** The doc tests of the doc-test runner itself: its own examples, with its modules in scope. */
import { join } from "node:path"
import * as DocTest from "../src/DocTest.ts"
import * as Example from "../src/Example.ts"
import * as Self from "../src/index.ts"

const root = join(import.meta.dirname, "..", "src")

DocTest.register({
  name: "@thads/doctest",
  root,
  files: Example.files(root),
  modules: { "@thads/doctest": Self },
  atLeast: 20
})
