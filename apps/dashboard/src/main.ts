/**
 * Entry of the reviewers' page: the service's API (same origin, `/v1`) for a
 * key, or the demonstration data (a separate chunk, loaded only when chosen).
 */
import "chartist/dist/index.css"
import "simple-datatables/dist/style.css"
import "./style.css"
import * as ApiSource from "./ApiSource.js"
import { start } from "./App.js"
import type * as DemoSource from "./demo/DemoSource.js"

start(document.getElementById("app")!, {
  api: (key) => ApiSource.make(key, new URL("../", location.href).href),
  // The demonstration data is a module built apart (vite build --mode demo), fetched only when chosen.
  demo: async (me) =>
    ((await import(/* @vite-ignore */ new URL("./demo/demo.js", import.meta.url).href)) as typeof DemoSource).make(me)
})
