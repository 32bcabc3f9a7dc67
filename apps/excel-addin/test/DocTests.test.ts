// @vitest-environment happy-dom
/**
 * Doc tests: every JSDoc `@example` of the add-in's sources runs as a test
 * (the runner is `@thads/doctest`). In scope: the namespaces of the add-in's
 * library index (its functions, grid adapter, pane modules and the mocked
 * Excel `MockExcel`), of `@thads/core` and of `@thads/core/testing`; a module
 * the index does not export (`Snapshot`, `Pane`, `View`, `Worksheet`) is in
 * scope under its file name for its own examples.
 */
import { join } from "node:path"
import * as Core from "@thads/core"
import * as CoreTesting from "@thads/core/testing"
import { DocTest, Example } from "@thads/doctest"
import * as AddIn from "../src/index.js"

const root = join(import.meta.dirname, "..", "src")

DocTest.register({
  name: "@thads/excel-addin",
  root,
  files: Example.files(root),
  modules: { "@thads/excel-addin": AddIn, "@thads/core": Core, "@thads/core/testing": CoreTesting },
  atLeast: 60
})
