/**
 * @thads/doctest — every JSDoc `@example` of a package runs as a vitest
 * test (ví dụ trong tài liệu là kiểm thử). A ```ts fence after `@example` is
 * an example ({@link Example}); it is written as a user writes it, imports
 * and all ({@link Imports}); a line `expression // literal` asserts that the
 * expression equals the literal (objects as subsets), `expression //
 * XxxError: …` that it throws (or returns, or rejects with) an error of that
 * name or tag ({@link Instrument}, {@link Literal}, {@link Assert}); any other
 * comment is prose. A ```ts skip-doctest fence is shown but not run, and
 * says why. {@link DocTest.register} registers a package's suite: one test
 * file per package (`test/DocTests.test.ts`).
 */
export * as Assert from "./Assert.ts"
export * as DocTest from "./DocTest.ts"
export * as Example from "./Example.ts"
export * as Imports from "./Imports.ts"
export * as Instrument from "./Instrument.ts"
export * as Literal from "./Literal.ts"
