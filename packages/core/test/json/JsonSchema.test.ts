import * as Schema from "effect/Schema"
import { describe, expect, it } from "vitest"
import * as CaseSettings from "../../src/cases/CaseSettings.js"
import * as RuleSetDocument from "../../src/compliance/RuleSetDocument.js"
import * as JsonSchema from "../../src/json/JsonSchema.js"
import * as ObligationSettings from "../../src/directive/ObligationSettings.js"
import * as AreaOffices from "../../src/organization/AreaOffices.js"
import * as Report from "../../src/statistics/Report.js"

describe("JsonSchema.of", () => {
  it("is draft 2020-12, keeps the title and refuses undeclared keys", () => {
    const doc = JsonSchema.of(Schema.Struct({ a: Schema.Number }).annotate({ title: "t", description: "d" }))
    expect(doc.$schema).toBe("https://json-schema.org/draft/2020-12/schema")
    expect(doc.title).toBe("t")
    expect(doc.description).toBe("d")
    expect(doc.additionalProperties).toBe(false)
    expect(doc.required).toEqual(["a"])
    expect("$defs" in doc).toBe(false)
  })

  it("puts shared definitions under $defs", () => {
    const Id = Schema.String.annotate({ identifier: "Id" })
    const doc = JsonSchema.of(Schema.Struct({ a: Id, b: Id }))
    expect(Object.keys(doc.$defs as object)).toEqual(["Id"])
  })

  it("is what the documents' jsonSchema functions give", () => {
    expect(Report.jsonSchema()).toEqual(JsonSchema.of(Report.ReportSchema))
    expect(ObligationSettings.jsonSchema()).toEqual(JsonSchema.of(ObligationSettings.SettingsSchema))
    expect(AreaOffices.jsonSchema()).toEqual(JsonSchema.of(AreaOffices.UnitsSchema))
    expect(CaseSettings.jsonSchema()).toEqual(JsonSchema.of(CaseSettings.SettingsSchema))
    expect(RuleSetDocument.jsonSchema()).toEqual(JsonSchema.of(RuleSetDocument.DocumentSchema))
  })
})
