/**
 * @thads/api — the HTTP contract of the thads compliance service and its
 * typed client; the access matrix and the rules of recording a fulfilment,
 * shared by the service and the reviewers' page (also as the narrow
 * subpaths `@thads/api/Access` and `@thads/api/FulfilmentRules`, which
 * bundle no effect module).
 *
 * @since 0.1.0
 */
export * as Access from "./Access.js"
export * as Api from "./Api.js"
export * as Client from "./Client.js"
export * as Fulfilment from "./Fulfilment.js"
export * as FulfilmentRules from "./FulfilmentRules.js"
export * as Page from "./Page.js"
export * as Problem from "./Problem.js"
export * as Result from "./Result.js"
export * as Submission from "./Submission.js"
export * as Views from "./Views.js"
