// @vitest-environment happy-dom
/**
 * Doc tests: every JSDoc `@example` of the reviewers' page runs as a test
 * (the runner is `@thads/doctest`), in happy-dom (the views build DOM
 * elements; the page itself is tested in Chromium by the browser tests). The
 * page has no library index: each of its modules is in scope under its file
 * name (`I18n.t`, `Matrix.model`, `DemoSource.build`), with the namespaces of
 * `@thads/core` and `@thads/core/testing`. `main.ts` (it starts the page) is
 * not loaded.
 */
import { join } from "node:path"
import * as Core from "@thads/core"
import * as CoreTesting from "@thads/core/testing"
import { DocTest, Example } from "@thads/doctest"
import * as ApiSource from "../src/ApiSource.js"
import * as App from "../src/App.js"
import * as DemoSource from "../src/demo/DemoSource.js"
import * as Diff from "../src/Diff.js"
import * as Dom from "../src/Dom.js"
import * as I18n from "../src/I18n.js"
import * as Source from "../src/Source.js"
import * as Actors from "../src/views/Actors.js"
import * as Fulfil from "../src/views/Fulfil.js"
import * as History from "../src/views/History.js"
import * as Kpis from "../src/views/Kpis.js"
import * as Matrix from "../src/views/Matrix.js"
import * as Obligations from "../src/views/Obligations.js"
import * as ReportTable from "../src/views/ReportTable.js"
import * as Rollup from "../src/views/Rollup.js"
import * as Submissions from "../src/views/Submissions.js"

const root = join(import.meta.dirname, "..", "src")

DocTest.register({
  name: "@thads/dashboard",
  root,
  files: Example.files(root, (file) => file === "main.ts"),
  names: {
    ApiSource,
    App,
    DemoSource,
    Diff,
    Dom,
    I18n,
    Source,
    Actors,
    Fulfil,
    History,
    Kpis,
    Matrix,
    Obligations,
    ReportTable,
    Rollup,
    Submissions
  },
  modules: { "@thads/core": Core, "@thads/core/testing": CoreTesting },
  atLeast: 18
})
