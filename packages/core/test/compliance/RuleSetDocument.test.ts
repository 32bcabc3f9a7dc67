/**
 * The rule-set document: what a user writes to set regimeEnd, rollForward, the culture day and the rest of a rule
 * set; every problem at its JSON Pointer in vi and en; docs/ruleset.schema.json generated from its Schema;
 * examples/rules.json an example that decodes.
 */
import { readFileSync } from "node:fs"
import * as Schema from "effect/Schema"
import { describe, expect, it } from "vitest"
import * as CivilDate from "../../src/base/CivilDate.js"
import * as RuleSet from "../../src/compliance/RuleSet.js"
import * as RuleSetDocument from "../../src/compliance/RuleSetDocument.js"

const read = (path: string) => readFileSync(new URL(`../../../../${path}`, import.meta.url), "utf8")
const problems = (u: unknown) => {
  const r = RuleSetDocument.decode(u)
  return r._tag === "Failure" ? r.failure.map((p) => `${p.path} ${p.code}`) : []
}

describe("RuleSetDocument", () => {
  it("an empty document is the standard rule set (its hash)", () => {
    const r = RuleSetDocument.decode({ $schema: "../docs/ruleset.schema.json", description: "none set" })
    expect(r._tag).toBe("Success")
    if (r._tag !== "Success") return
    expect(RuleSet.describe(r.success.ruleSet).hash).toBe(RuleSet.standardHash)
    expect(r.success.ruleSet.targets).toBe(RuleSet.standard.targets)
  })

  it("the settings a user sets reach the rule set, and the hash", () => {
    const r = RuleSetDocument.decode({
      regimeEnd: { "tt05-2024": "2026-06-30" },
      rollForward: false,
      cultureDay: true,
      cultureDayCompensated: true,
      rules: { "targets/backlog": { enabled: false } },
      holidayOverrides: [{ year: 2027, addDaysOff: [{ date: "2027-05-03", reason: "swap", confidence: "verified" }] }]
    })
    if (r._tag !== "Success") throw new Error(JSON.stringify(r.failure))
    const rs = r.success.ruleSet
    expect(rs.regimeEnd).toEqual({ "tt05-2024": "2026-06-30" })
    expect([rs.rollForward, rs.cultureDay, rs.cultureDayCompensated]).toEqual([false, true, true])
    expect(RuleSet.calendarOf(rs).isWorkingDay(CivilDate.make("2027-05-03"))).toBe(false)
    expect(RuleSet.calendarOf(rs).isWorkingDay(CivilDate.make("2026-11-24"))).toBe(false)
    expect(RuleSet.optionsOf(rs, { id: "targets/backlog", parameters: {} } as never).enabled).toBe(false)
    expect(RuleSet.describe(rs).hash).not.toBe(RuleSet.standardHash)
  })

  it("every problem at its pointer, in Vietnamese and English", () => {
    const r = RuleSetDocument.decode({
      version: "0.1.0",
      regimeEnd: { "tt05-2024": "2024-01-31", "tt06-2019": "2024-07-25" },
      rollForward: "no",
      holidayOverrides: [
        {
          year: 2027,
          addDaysOff: [
            { date: "2027-05-08", reason: "swap", confidence: "verified" },
            { date: "2028-01-03", reason: "swap", confidence: "verified" }
          ],
          addWorkingSaturdays: [{ date: "2027-05-09", confidence: "verified" }]
        }
      ],
      deadlines: {
        "tt05-2024": {
          cuc: {
            rule: { kind: "working-days-after-period-end", days: 0 },
            basis: "official",
            citation: { document: "tt-05-2024-btp" }
          }
        }
      },
      rules: { "no/such": {}, "targets/backlog": { parameters: { tolerance: "x" } } }
    })
    expect(r._tag).toBe("Failure")
    if (r._tag !== "Failure") return
    expect(r.failure.map((p) => `${p.path} ${p.code}`)).toEqual([
      "/version unexpected-key",
      "/regimeEnd/tt06-2019 unexpected-key",
      "/regimeEnd/tt05-2024 out-of-range",
      "/rollForward wrong-type",
      "/holidayOverrides/0/addDaysOff/1/date out-of-range",
      "/holidayOverrides/0/addDaysOff/0/date not-allowed",
      "/holidayOverrides/0/addWorkingSaturdays/0/date not-allowed",
      "/deadlines/tt05-2024/cuc/rule/days out-of-range",
      "/rules/no~1such unknown-rule",
      "/rules/targets~1backlog/parameters/tolerance not-allowed"
    ])
    const at = (path: string) => r.failure.find((p) => p.path === path)!.message
    expect(at("/regimeEnd/tt05-2024")).toEqual({
      vi: "không được trước ngày Thông tư 05/2024/TT-BTP có hiệu lực (26/07/2024)",
      en: "must not be before TT 05/2024/TT-BTP came into force (2024-07-26)"
    })
    expect(at("/rollForward").en).toBe("must be true or false")
    expect(at("/holidayOverrides/0/addDaysOff/0/date").en).toBe("a day off added must be a weekday (Monday to Friday)")
    expect(RuleSetDocument.summary(r.failure, "vi", 1)).toBe(
      '/version: trường "version" không có trong mẫu (có: $schema, description, regimeEnd, rollForward, cultureDay, cultureDayCompensated, holidayOverrides, deadlines, targets, identities, rules) (và 9 lỗi khác)'
    )
  })

  it("not an object, not JSON, a repeated key, a list over its bound", () => {
    expect(problems([])).toEqual([" wrong-type"])
    expect(problems(null)).toEqual([" wrong-type"])
    const text = RuleSetDocument.decodeJson("{")
    expect(text._tag === "Failure" && text.failure[0]?.code).toBe("not-json")
    const twice = RuleSetDocument.decodeJson('{"cultureDay":true,"cultureDay":false}')
    expect(twice._tag === "Failure" && twice.failure.map((p) => p.path)).toEqual(["/cultureDay"])
    expect(problems({ holidayOverrides: new Array(RuleSet.MAX_OVERRIDES + 1).fill({}) })).toEqual([
      "/holidayOverrides too-many"
    ])
  })

  it("the Schema (unknown keys refused) and the decoder agree on what a valid document is", () => {
    const docs: ReadonlyArray<unknown> = [
      {},
      { cultureDay: true },
      { regimeEnd: { "tt05-2024": "2026-06-30" } },
      { regimeEnd: { "tt05-2024": "2020-01-01" } },
      { rollForward: 1 },
      { rules: { "no/such": {} } },
      {
        holidayOverrides: [{ year: 2027, addDaysOff: [{ date: "2027-05-08", reason: "swap", confidence: "verified" }] }]
      },
      { extra: 1 }
    ]
    const valid = (d: unknown) =>
      Schema.decodeUnknownResult(RuleSetDocument.DocumentSchema)(d, { onExcessProperty: "error" })._tag === "Success"
    for (const d of docs) expect(RuleSetDocument.decode(d)._tag === "Success", JSON.stringify(d)).toBe(valid(d))
  })

  it("examples/rules.json decodes: TT 05/2024 ends on 30/6/2026, 24/11 is a day off — an example, marked as one", () => {
    const r = RuleSetDocument.decodeJson(read("examples/rules.json"))
    if (r._tag !== "Success") throw new Error(JSON.stringify(r.failure))
    expect(r.success.ruleSet.regimeEnd).toEqual({ "tt05-2024": "2026-06-30" })
    expect(r.success.ruleSet.cultureDay).toBe(true)
    expect(r.success.document.description).toMatch(/^VÍ DỤ.*an example/u)
  })

  it("docs/ruleset.schema.json is generated (regenerate: npx thads schema --rules > docs/ruleset.schema.json)", () => {
    expect(JSON.parse(read("docs/ruleset.schema.json"))).toEqual(
      JSON.parse(JSON.stringify(RuleSetDocument.jsonSchema()))
    )
  })
})
