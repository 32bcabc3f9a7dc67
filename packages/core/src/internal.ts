/**
 * @thads/core/internal — helpers of the workspace's own packages that are
 * not part of the domain API and may change without notice: JSON text
 * helpers (problems, pointers, UTF-8), the decoder's value matrices, the
 * fast row reader and the one-pass report reader, SHA-256.
 *
 * @since 0.2.0
 */
export * as FastDecode from "./statistics/FastDecode.js"
export * as FastRow from "./statistics/FastRow.js"
export * as Json from "./json/Json.js"
export * as JsonSchema from "./json/JsonSchema.js"
export * as SchemaProblems from "./json/SchemaProblems.js"
export * as Sha256 from "./compliance/Sha256.js"
export * as Values from "./statistics/Values.js"
