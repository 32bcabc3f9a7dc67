/**
 * Doc tests: the JSDoc `@example`s of the public testing entry
 * (`@thads/service/testing`) run as tests (the runner is `@thads/doctest`):
 * they start a real service and call it. The other modules' examples are
 * fragments of a running server (`yield* Keys.create(…)`) and are not run.
 */
import { join } from "node:path"
import { DocTest } from "@thads/doctest"
import * as ServiceTesting from "../src/testing.js"

const root = join(import.meta.dirname, "..", "src")

DocTest.register({
  name: "@thads/service/testing",
  root,
  files: [join(root, "TestService.ts")],
  modules: { "@thads/service/testing": ServiceTesting },
  atLeast: 4
})
