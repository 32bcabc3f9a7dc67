/**
 * @thads/service — the thads compliance service: units submit statistical
 * reports; the service checks them with core, stores them (SQLite or
 * PostgreSQL), rolls them up, tracks every obligation, and keeps a
 * hash-chained audit log.
 *
 * @since 0.1.0
 */
/** The access matrix, now in the contract (`@thads/api`'s `Access`, shared with the reviewers' page); kept here too. */
export { Access } from "@thads/api"
export * as Audit from "./Audit.js"
export * as Body from "./Body.js"
export * as Check from "./Check.js"
export * as Database from "./Database.js"
export * as Handlers from "./Handlers.js"
export * as Keys from "./Keys.js"
export * as Metrics from "./Metrics.js"
export * as Server from "./Server.js"
export * as SqliteClient from "./sqlite/SqliteClient.js"
export * as Submissions from "./Submissions.js"
export * as Time from "./Time.js"
