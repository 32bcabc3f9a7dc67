/**
 * @thads/service/testing — the compliance service for tests of other
 * packages (a client, the reviewers' page, the Excel add-in): a real server
 * on a free port of 127.0.0.1 with a real database, started and stopped in
 * one call. Not for production: `thads-service serve` is.
 *
 * @since 0.2.0
 */
export * as TestService from "./TestService.js"
