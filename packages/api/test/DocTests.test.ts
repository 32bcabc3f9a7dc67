/**
 * Doc tests: every JSDoc `@example` of @thads/api runs as a test (the runner
 * is `@thads/doctest`). In scope: the namespaces of `@thads/api`,
 * `@thads/core` and `@thads/core/testing`, and the effect modules the
 * examples name (Effect, Schema, HttpApi…).
 */
import { join } from "node:path"
import * as Core from "@thads/core"
import * as CoreTesting from "@thads/core/testing"
import { DocTest, Example } from "@thads/doctest"
import * as Effect from "effect/Effect"
import * as HttpApi from "effect/http-api/HttpApi"
import * as HttpApiEndpoint from "effect/http-api/HttpApiEndpoint"
import * as HttpApiGroup from "effect/http-api/HttpApiGroup"
import * as OpenApi from "effect/http-api/OpenApi"
import * as Schema from "effect/Schema"
import * as Api from "../src/index.js"

const root = join(import.meta.dirname, "..", "src")

DocTest.register({
  name: "@thads/api",
  root,
  files: Example.files(root),
  modules: { "@thads/api": Api, "@thads/core": Core, "@thads/core/testing": CoreTesting },
  // The effect modules the examples name, as a user of the contract imports them.
  names: { Effect, HttpApi, HttpApiEndpoint, HttpApiGroup, OpenApi, Schema },
  atLeast: 60
})
