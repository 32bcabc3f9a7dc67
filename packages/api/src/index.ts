/**
 * @thads/api — the HTTP contract of the thads compliance service and its
 * typed client.
 *
 * @since 0.1.0
 */
export * as Api from "./Api.js"
export * as Client from "./Client.js"
export * as Fulfilment from "./Fulfilment.js"
export * as Problem from "./Problem.js"
export * as Result from "./Result.js"
export * as Submission from "./Submission.js"
export * as Views from "./Views.js"
