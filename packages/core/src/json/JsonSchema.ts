/**
 * The JSON Schema (draft 2020-12) of a document a user writes (lược đồ JSON):
 * a report, obligation settings, area offices. Made from the document's
 * Effect Schema, with unknown keys refused (as the decoders refuse them), its
 * shared definitions under `$defs`. The files in docs/ (report.schema.json,
 * obligations.schema.json, units.schema.json) are this, kept in sync by tests.
 *
 * @since 0.4.0
 */
import * as Schema from "effect/Schema"

/**
 * The JSON Schema document of a Schema: `$schema` (draft 2020-12), the
 * Schema's own keywords (its title and description included), and `$defs`
 * when it has shared definitions. Keys the Schema does not declare are
 * refused (`additionalProperties: false`).
 *
 * @example
 * ```ts
 * import * as Schema from "effect/Schema"
 * const doc = JsonSchema.of(Schema.Struct({ id: Schema.String }).annotate({ title: "an id" }))
 * doc.$schema // "https://json-schema.org/draft/2020-12/schema"
 * doc.title // "an id"
 * doc.additionalProperties // false
 * ```
 * @since 0.4.0
 */
export const of = (schema: Schema.Top): Record<string, unknown> => {
  const doc = Schema.toJsonSchemaDocument(schema, { onExcessProperty: "error" })
  const defs = doc.definitions ?? {}
  return {
    $schema: "https://json-schema.org/draft/2020-12/schema",
    ...doc.schema,
    ...(Object.keys(defs).length > 0 ? { $defs: defs } : {})
  }
}
