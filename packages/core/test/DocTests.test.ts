/**
 * Doc tests: every JSDoc `@example` of @thads/core runs as a test (the
 * runner is `@thads/doctest`; what it asserts is described there).
 *
 * Every namespace of the three entry points is in scope — the public index
 * first, then `@thads/core/testing`, then `@thads/core/internal` — so
 * examples are written as a user writes them (their `import … from
 * "@thads/core"` lines are dropped). A module that no entry point exports (a
 * rule of `compliance/rules/`, a shared helper) is in scope under its file
 * name, so its examples can name it (`Consistency.rows`).
 */
import { DocTest, Example } from "@thads/doctest"
import { describe, expect, it } from "vitest"
import * as Core from "../src/index.js"
import * as Internal from "../src/internal.js"
import * as Testing from "../src/testing.js"
import { src } from "./Sources.js"

const options: DocTest.Options = {
  name: "@thads/core",
  root: src,
  files: Example.files(src),
  modules: { "@thads/core": Core, "@thads/core/testing": Testing, "@thads/core/internal": Internal },
  atLeast: 600
}

DocTest.register(options)

describe("the scope of core's examples", () => {
  const suite = DocTest.prepare(options)

  it("puts a module no entry point exports in scope under its file name", async () => {
    expect(Object.keys(await DocTest.ownModule(suite, "compliance/rules/Consistency.ts"))).toEqual(["Consistency"])
    expect(await DocTest.ownModule(suite, "statistics/Indicator.ts")).toEqual({})
    expect(await DocTest.ownModule(suite, "cases/State.ts")).toEqual({})
  })
})
