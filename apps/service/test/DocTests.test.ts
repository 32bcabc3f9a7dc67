/**
 * Doc tests: every JSDoc `@example` of the service runs as a test (the runner
 * is `@thads/doctest`). In scope: the namespaces of `@thads/service`,
 * `@thads/api`, `@thads/core` and `@thads/core/testing` (`Synthetic` builds
 * the reports), and `Effect` and `Layer`; other modules are imported by the
 * examples as a user imports them (`effect/sql/SqlClient`,
 * `effect/testing`, `@effect/platform-node`, `node:http`…), resolved from
 * here. An example that needs a database opens the embedded SQLite store in
 * memory (`Database.layer({ _tag: "sqlite", file: ":memory:" })`); one that
 * needs a server listens on port 0 or answers through effect's web handler,
 * and closes it; `TestService.start` (`@thads/service/testing`) starts a real
 * one. `main.ts` (it starts the process) is not loaded.
 */
import { join } from "node:path"
import * as Api from "@thads/api"
import * as Core from "@thads/core"
import * as CoreTesting from "@thads/core/testing"
import { DocTest, Example } from "@thads/doctest"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import * as Service from "../src/index.js"
import * as ServiceTesting from "../src/testing.js"

const root = join(import.meta.dirname, "..", "src")

DocTest.register({
  name: "@thads/service",
  root,
  files: Example.files(root, (file) => file === "main.ts"),
  modules: {
    "@thads/service": Service,
    "@thads/service/testing": ServiceTesting,
    "@thads/api": Api,
    "@thads/core": Core,
    "@thads/core/testing": CoreTesting
  },
  names: { Effect, Layer },
  import: (specifier) => import(/* @vite-ignore */ specifier),
  atLeast: 70
})
