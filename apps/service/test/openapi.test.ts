/**
 * The OpenAPI document: it passes `@redocly/cli lint` (recommended rules),
 * and a client generated from it (`openapi-typescript` types, checked by the
 * TypeScript compiler, + `openapi-fetch`) talks to the running service.
 */
import { execFile } from "node:child_process"
import { mkdtempSync, rmSync, writeFileSync } from "node:fs"
import { createRequire } from "node:module"
import { tmpdir } from "node:os"
import { dirname, join } from "node:path"
import { Api } from "@thads/api"
import * as OpenApi from "effect/http-api/OpenApi"
import createClient from "openapi-fetch"
import openapiTS, { astToString } from "openapi-typescript"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { makeTarget, type Running, reportOf, start } from "./harness.js"

const require = createRequire(import.meta.url)
const dir = mkdtempSync(join(tmpdir(), "thads-openapi-"))
const document = OpenApi.fromApi(Api.Api)
const file = join(dir, "openapi.json")
writeFileSync(file, JSON.stringify(document, null, 2))

const run = (args: ReadonlyArray<string>) =>
  new Promise<{ code: number; output: string }>((resolve) =>
    execFile(process.execPath, args, { cwd: dir }, (error, stdout, stderr) =>
      resolve({ code: error === null ? 0 : 1, output: `${stdout}${stderr}` })
    )
  )

let s: Running
let drop: () => Promise<void>
beforeAll(async () => {
  const t = await makeTarget("sqlite")
  drop = t.drop
  s = await start(t.target)
})
afterAll(async () => {
  await s?.stop()
  await drop?.()
  rmSync(dir, { recursive: true, force: true })
})

describe("the OpenAPI document", () => {
  it("is OpenAPI 3.1 with every endpoint, and is what the service serves", async () => {
    expect(document.openapi).toBe("3.1.0")
    expect(Object.keys(document.paths)).toEqual(
      expect.arrayContaining(["/v1/fulfilments", "/v1/fulfilments/{id}", "/v1/obligations", "/v1/obligations/settings"])
    )
    const settings = document.paths["/v1/obligations/settings"]?.get?.responses?.["200"]
    expect(JSON.stringify(settings)).toContain("ObligationSettings")
    const query = (document.paths["/v1/obligations"]?.get?.parameters ?? []).map((p) => ("name" in p ? p.name : ""))
    expect(query).toEqual(expect.arrayContaining(["unit", "actor", "from", "to", "subtree"]))
    // GET /v1/fulfilments: one obligation's records, in pages (limit=, cursor= the next of the page before).
    const listQuery = (document.paths["/v1/fulfilments"]?.get?.parameters ?? []).map((p) => ("name" in p ? p.name : ""))
    expect(listQuery).toEqual(expect.arrayContaining(["unit", "actor", "obligation", "history", "limit", "cursor"]))
    const schemas = document.components?.schemas ?? {}
    const properties = (name: string) => Object.keys((schemas[name] as { properties?: object }).properties ?? {})
    expect(properties("FulfilmentList")).toEqual(["items", "next"])
    // GET /v1/submissions: in pages too, with its refusal of a cursor (400) declared.
    const submissions = document.paths["/v1/submissions"]?.get
    const submissionQuery = (submissions?.parameters ?? []).map((p) => ("name" in p ? p.name : ""))
    expect(submissionQuery).toEqual(["unit", "year", "months", "history", "limit", "cursor"])
    // The bounds of limit= are stated (a number's bounds are not rendered for a query parameter: its description).
    for (const path of ["/v1/submissions", "/v1/fulfilments"] as const) {
      const limit = (document.paths[path]?.get?.parameters ?? []).find((p) => "name" in p && p.name === "limit")
      expect(JSON.stringify(limit), path).toContain("of the page: 1 to 1000 (default 1000)")
    }
    expect(Object.keys(submissions?.responses ?? {})).toContain("400")
    expect(properties("SubmissionList")).toEqual(["items", "next"])
    // The refusals' extension members: declared, so a client generated from the document has them.
    expect(properties("ConflictProblemEncoded")).toContain("currentId")
    expect(properties("UnprocessableProblemEncoded")).toEqual(expect.arrayContaining(["today", "periodStart"]))
    const served = await (await fetch(`${s.url}/openapi.json`)).json()
    expect(served).toEqual(JSON.parse(JSON.stringify(document)))
  })

  it("passes @redocly/cli lint with the recommended rules", async () => {
    const cli = join(dirname(require.resolve("@redocly/cli/package.json")), "bin", "cli.js")
    const r = await run([cli, "lint", file, "--extends", "recommended", "--format", "stylish"])
    expect(r.output).toMatch(/Woohoo! Your API description is valid|valid/)
    expect(r.output).not.toMatch(/\berror\b/)
    expect(r.code).toBe(0)
  })

  it("an openapi-typescript + openapi-fetch client, type-checked, talks to the running service", async () => {
    const types = astToString(await openapiTS(JSON.parse(JSON.stringify(document))))
    writeFileSync(join(dir, "schema.d.ts"), types)
    // A client written against the generated types must compile…
    writeFileSync(
      join(dir, "client.ts"),
      `import createClient from "openapi-fetch"
import type { paths } from "./schema.js"
export const make = (baseUrl: string, key: string) => createClient<paths>({ baseUrl, headers: { authorization: \`Bearer \${key}\` } })
export const use = async (c: ReturnType<typeof make>) => {
  const r = await c.GET("/v1/submissions", { params: { query: { unit: "chi-cuc-go-dau", limit: "10" } } })
  const n: number | undefined = r.data?.items.length
  const more: string | undefined = r.data?.next
  const d = await c.GET("/v1/deadlines", { params: { query: { year: "2023", months: "12" } } })
  const when: string | undefined = d.data?.items[0]?.deadline
  const f = await c.POST("/v1/fulfilments", {
    body: { obligationId: "hearing/chi-cuc-go-dau/2023-03-31", fulfilledOn: "2023-04-20", document: { number: "12-BB/HU" } },
    params: { header: { "idempotency-key": "k1" } }
  })
  const version: number | undefined = f.data?.version
  const e = f.error
  const current: string | undefined = e !== undefined && "currentId" in e ? e.currentId : undefined
  const today: string | undefined = e !== undefined && "today" in e ? e.today : undefined
  const l = await c.GET("/v1/fulfilments", { params: { query: { obligation: "hearing/A04/2025-12-31", limit: "10" } } })
  const next: string | undefined = l.data?.next
  const o = await c.GET("/v1/obligations", { params: { query: { actor: "A04" } } })
  const actor: string | undefined = o.data?.actorId
  return [n, more, when, version, actor, current, today, next]
}
`
    )
    writeFileSync(
      join(dir, "tsconfig.json"),
      JSON.stringify({
        compilerOptions: {
          strict: true,
          noEmit: true,
          module: "nodenext",
          moduleResolution: "nodenext",
          target: "ES2022",
          skipLibCheck: true,
          types: [],
          typeRoots: [],
          baseUrl: ".",
          paths: { "openapi-fetch": [dirname(require.resolve("openapi-fetch/package.json"))] }
        },
        files: ["client.ts", "schema.d.ts"]
      })
    )
    const tsc = require.resolve("typescript/bin/tsc")
    const compiled = await run([tsc, "-p", join(dir, "tsconfig.json")])
    expect(compiled.output).toBe("")
    // …and it works against the service.
    const client = createClient<any>({ baseUrl: s.url, headers: { authorization: `Bearer ${s.keys.submitterChild}` } })
    const posted = await client.POST("/v1/submissions", {
      body: JSON.parse(reportOf("chi-cuc-go-dau")),
      headers: { "idempotency-key": "openapi-fetch-1" }
    })
    expect(posted.response.status).toBe(201)
    const list = await client.GET("/v1/submissions", { params: { query: { unit: "chi-cuc-go-dau" } } })
    expect(list.data.items[0].id).toBe(posted.data.submission.id)
    const recorded = await client.POST("/v1/fulfilments", {
      body: { obligationId: "hearing/chi-cuc-go-dau/2023-03-31", fulfilledOn: "2023-04-20" }
    })
    expect(recorded.response.status).toBe(201)
    expect(recorded.response.headers.get("location")).toBe(`/v1/fulfilments/${recorded.data.id}`)
    const again = await client.POST("/v1/fulfilments", {
      body: { obligationId: "hearing/chi-cuc-go-dau/2023-03-31", fulfilledOn: "2023-04-21" }
    })
    expect(again.response.status).toBe(409)
    expect(again.error.type).toBe("urn:thads:problem:fulfilment-exists")
    expect(again.error.currentId).toBe(recorded.data.id)
    const refused = await client.GET("/v1/audit", {})
    expect(refused.response.status).toBe(403)
    expect(refused.error.type).toBe("urn:thads:problem:admin-only")
  })
})
