/**
 * @thads/xlsx/testing — helpers for testing code that reads workbooks: raw
 * zip files, including malformed ones (zip bombs with lying headers). `Zip`
 * is the same module as `@thads/xlsx`'s.
 *
 * @since 0.2.0
 */
export * as Zip from "./Zip.js"
