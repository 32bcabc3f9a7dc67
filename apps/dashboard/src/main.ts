/**
 * Entry of the reviewers' page: the service's API (same origin, `/v1`) for a
 * key, or the demonstration data (a separate chunk, loaded only when chosen).
 */
import "chartist/dist/index.css"
import "simple-datatables/dist/style.css"
import "./style.css"
import * as ApiSource from "./ApiSource.js"
import { start } from "./App.js"

start(document.getElementById("app")!, {
  api: (key) => ApiSource.make(key, new URL("../", location.href).href),
  demo: async (me) => (await import("./demo/DemoSource.js")).make(me)
})
