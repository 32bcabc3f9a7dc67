/**
 * @thads/doctest — every JSDoc `@example` of a package runs as a vitest
 * test (ví dụ trong tài liệu là kiểm thử). A ```ts fence after `@example` is
 * an example ({@link Example}); it is written as a user writes it, imports
 * and all ({@link Imports}); a line `expression // literal` asserts that the
 * expression equals the literal (objects as subsets), `expression //
 * XxxError` that it throws (or returns, or rejects with) an error of that
 * name or tag, and `expression // XxxError: text` also that the error's
 * message is the text — the whole message, each ellipsis `…` of the text
 * standing for a part left out (`Assert.messageMatches`; "text…" checks the
 * start) ({@link Instrument}, {@link Literal}, {@link Assert}). What looks
 * like an assertion is one: an example fails when a comment that starts
 * with a literal or an error's name is not checked (after `if`, `for`,
 * `return` or a closing bracket, inside brackets, with no statement just
 * above it), when its literal is not a value (an ellipsis `…` outside a
 * string: objects are compared as subsets, so leave keys out instead), or
 * when an expression at depth 0 is followed by prose
 * (`Instrument.unchecked`); prose goes on a line of its own or after a
 * declaration. A ```ts skip-doctest <reason> fence is shown but not run, and
 * must say why (a fence without a reason fails). {@link DocTest.register}
 * registers a package's suite: one test file per package
 * (`test/DocTests.test.ts`).
 */
export * as Assert from "./Assert.ts"
export * as DocTest from "./DocTest.ts"
export * as Example from "./Example.ts"
export * as Imports from "./Imports.ts"
export * as Instrument from "./Instrument.ts"
export * as Lexer from "./Lexer.ts"
export * as Literal from "./Literal.ts"
