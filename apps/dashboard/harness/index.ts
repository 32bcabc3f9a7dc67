/**
 * What the page's tests and the bench (tools/bench) share: building the page
 * with vite, serving it over HTTP with gzip, and Debian's Chromium driven by
 * playwright-core. Node only; never part of the page's bundle.
 */
export * as Browser from "./Browser.ts"
export * as Static from "./Static.ts"
