/**
 * @thads/core/testing — generators of test data (dữ liệu thử): synthetic
 * statistical reports that satisfy every identity, and synthetic ledgers of
 * enforcement cases. For tests, benchmarks and fixtures; not part of the
 * domain API.
 *
 * @since 0.2.0
 */
export * as Synthetic from "./statistics/Synthetic.js"
export * as SyntheticLedger from "./cases/SyntheticLedger.js"
