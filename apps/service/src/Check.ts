/**
 * `POST /v1/check` of a JSON body: the bytes → core's result, or the refusal
 * (status, slug, detail and the decoding problems at their pointers).
 *
 * @since 0.2.0
 */
import type { Problem } from "@thads/api"
import type { ReportCheck } from "@thads/core"
import { ReportCheck as Check } from "@thads/core"
import * as Body from "./Body.js"

/**
 * What a check of a JSON body gives.
 *
 * @example
 * ```ts
 * const bytes = new TextEncoder().encode(JSON.stringify(Synthetic.report({ seed: 1, rows: 3, unitId: "chi-cuc-go-dau" })))
 * const o: Check.Outcome = Check.json(bytes, { organization: Organization.tayNinh, organizationId: "tay-ninh" })
 * if (o._tag !== "Checked") throw new Error(o.detail)
 * o.result.report // { unitId: "chi-cuc-go-dau", year: 2023, months: 12 }
 * ```
 * @since 0.2.0
 */
export type Outcome =
  | { readonly _tag: "Checked"; readonly result: ReportCheck.Result }
  | {
      readonly _tag: "Refused"
      readonly status: 400 | 422
      readonly slug: string
      readonly detail: string
      readonly problems?: ReadonlyArray<Problem.Item> | undefined
    }

const utf8 = new TextDecoder("utf-8", { fatal: true })

/**
 * Decodes and checks a JSON report body in one pass (core's fast decoder;
 * the body is decoded once).
 *
 * @example
 * ```ts
 * const context = { organization: Organization.tayNinh, organizationId: "tay-ninh" }
 * Check.json(new TextEncoder().encode("{not json"), context) // { _tag: "Refused", status: 400, slug: "body-not-json", detail: "the body is not JSON" }
 * Check.json(new TextEncoder().encode("{}"), context) // { _tag: "Refused", status: 422, slug: "report-invalid" }
 * Check.json(new TextEncoder().encode(JSON.stringify(Synthetic.report({ seed: 1, rows: 3 }))), context)._tag // "Checked"
 * ```
 * @since 0.2.0
 */
export const json = (bytes: Uint8Array, context: ReportCheck.Context): Outcome => {
  let text: string
  try {
    text = utf8.decode(bytes)
  } catch {
    return { _tag: "Refused", status: 400, slug: "body-not-json", detail: "the body is not UTF-8 text" }
  }
  const result = Check.check(text, context)
  const problems = Body.decodingProblems(result)
  if (problems.length === 0) return { _tag: "Checked", result }
  return problems.some((p) => p.code === "report-not-json")
    ? { _tag: "Refused", status: 400, slug: "body-not-json", detail: "the body is not JSON", problems }
    : {
        _tag: "Refused",
        status: 422,
        slug: "report-invalid",
        detail: `the body is not a report: ${problems.length} problem(s)`,
        problems
      }
}
