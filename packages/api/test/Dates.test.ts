/**
 * The contract's dates are core's `CivilDate.CivilDateSchema`: a real date
 * `YYYY-MM-DD` when decoded, a string of format "date" in the OpenAPI
 * document.
 */
import * as Schema from "effect/Schema"
import * as OpenApi from "effect/http-api/OpenApi"
import { describe, expect, it } from "vitest"
import * as Api from "../src/Api.js"
import * as Fulfilment from "../src/Fulfilment.js"
import * as Problem from "../src/Problem.js"
import * as Views from "../src/Views.js"

const date = { type: "string", format: "date", pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$", title: "CivilDate" }

describe("dates of the contract", () => {
  it("fulfilledOn: a real date, format date in the OpenAPI document", () => {
    const body = { obligationId: "hearing/thads-tay-ninh/2025-12-31", fulfilledOn: "2026-01-20" }
    const decode = Schema.decodeUnknownResult(Fulfilment.Request)
    expect(decode(body)._tag).toBe("Success")
    for (const bad of ["2026-02-30", "2026-13-01", "2026-1-20", "20/01/2026"])
      expect(decode({ ...body, fulfilledOn: bad })._tag, bad).toBe("Failure")
    const schemas = OpenApi.fromApi(Api.Api).components.schemas as Record<
      string,
      { properties: Record<string, unknown> }
    >
    expect(schemas["FulfilmentRequest"]?.properties["fulfilledOn"]).toMatchObject(date)
  })

  it("the problems' dates (today, periodStart): real dates, format date", () => {
    const problem = { type: "urn:thads:problem:fulfilment-date-future", title: "Unprocessable Content", status: 422 }
    const decode = Schema.decodeUnknownResult(Problem.Unprocessable)
    expect(decode({ ...problem, today: "2026-07-15", periodStart: "2025-10-01" })._tag).toBe("Success")
    for (const bad of ["2026-02-30", "15/07/2026"]) {
      expect(decode({ ...problem, today: bad })._tag, bad).toBe("Failure")
      expect(decode({ ...problem, periodStart: bad })._tag, bad).toBe("Failure")
    }
    const schemas = OpenApi.fromApi(Api.Api).components.schemas as Record<
      string,
      { properties: Record<string, unknown> }
    >
    expect(schemas["UnprocessableProblemEncoded"]?.properties["today"]).toMatchObject(date)
    expect(schemas["UnprocessableProblemEncoded"]?.properties["periodStart"]).toMatchObject(date)
  })

  it("the obligation settings view: its dates are real dates, format date", () => {
    const decode = Schema.decodeUnknownResult(Views.ObligationSettingsView)
    const view = (due: string) => ({
      configured: true,
      settings: { reviews: [{ id: "so-ket", title: { vi: "Sơ kết", en: "Interim review" }, due }] }
    })
    expect(decode(view("2026-08-31"))._tag).toBe("Success")
    expect(decode(view("2026-02-30"))._tag).toBe("Failure")
    const text = JSON.stringify(OpenApi.fromApi(Api.Api).components.schemas["ObligationSettings"])
    expect(text).toContain('"format":"date"')
  })
})
