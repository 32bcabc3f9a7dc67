/**
 * Doc tests: every JSDoc `@example` of @thads/xlsx runs as a test (the runner
 * is `@thads/doctest`). In scope: the namespaces of `@thads/xlsx`,
 * `@thads/xlsx/testing`, `@thads/core` and `@thads/core/testing`.
 */
import { join } from "node:path"
import * as Core from "@thads/core"
import * as CoreTesting from "@thads/core/testing"
import { DocTest, Example } from "@thads/doctest"
import * as Xlsx from "../src/index.js"
import * as XlsxTesting from "../src/testing.js"

const root = join(import.meta.dirname, "..", "src")

DocTest.register({
  name: "@thads/xlsx",
  root,
  files: Example.files(root),
  modules: {
    "@thads/xlsx": Xlsx,
    "@thads/xlsx/testing": XlsxTesting,
    "@thads/core": Core,
    "@thads/core/testing": CoreTesting
  },
  atLeast: 30
})
