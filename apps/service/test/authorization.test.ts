/**
 * The authorisation matrix: every role × every endpoint × own unit, parent,
 * child, sibling and unrelated unit → exactly the expected status.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import * as Keys from "../src/Keys.js"
import { call, makeTarget, type Running, reportOf, start } from "./harness.js"

let s: Running
let drop: () => Promise<void>
let childId = ""
let parentId = ""
let revoked = ""

beforeAll(async () => {
  const t = await makeTarget("sqlite")
  drop = t.drop
  s = await start(t.target)
  childId = (await call(s.url, "/v1/submissions", { key: s.keys.submitterChild!, body: reportOf("chi-cuc-go-dau") }))
    .json.submission.id
  parentId = (await call(s.url, "/v1/submissions", { key: s.keys.submitterParent!, body: reportOf("cuc-tay-ninh") }))
    .json.submission.id
  const created = await s.run(Keys.create({ role: "reviewer", unitId: null }))
  await s.run(Keys.revoke(created.info.id))
  revoked = created.key
})
afterAll(async () => {
  await s?.stop()
  await drop?.()
})

// Each recorded once, by the only key that may (the other keys are refused before the store).
const childHearing = "hearing/chi-cuc-go-dau/2023-03-31"
const actorHearing = "hearing/A04/2023-03-31"

type Endpoint = readonly [name: string, request: () => { path: string; body?: string }]

const endpoints: ReadonlyArray<Endpoint> = [
  ["read child submission", () => ({ path: `/v1/submissions/${childId}` })],
  ["read parent submission", () => ({ path: `/v1/submissions/${parentId}` })],
  ["roll-up of the parent", () => ({ path: "/v1/rollups/cuc-tay-ninh?year=2023&months=12" })],
  ["KPIs of the child", () => ({ path: "/v1/kpis?unit=chi-cuc-go-dau&year=2023" })],
  ["obligations of the child", () => ({ path: "/v1/obligations?unit=chi-cuc-go-dau&from=2022-10-01&to=2023-09-30" })],
  ["audit log", () => ({ path: "/v1/audit" })],
  ["submit for the child", () => ({ path: "/v1/submissions", body: reportOf("chi-cuc-go-dau") })],
  ["check", () => ({ path: "/v1/check", body: reportOf("chi-cuc-go-dau") })],
  ["finding catalogue", () => ({ path: "/v1/catalogue/findings" })],
  ["who am I", () => ({ path: "/v1/me" })],
  ["units on a date", () => ({ path: "/v1/units?date=2023-09-30" })],
  ["obligations of actor A04", () => ({ path: "/v1/obligations?actor=A04&from=2022-10-01&to=2023-09-30" })],
  [
    "record the child's hearing",
    () => ({ path: "/v1/fulfilments", body: JSON.stringify({ obligationId: childHearing, fulfilledOn: "2023-04-20" }) })
  ],
  [
    "record A04's hearing",
    () => ({ path: "/v1/fulfilments", body: JSON.stringify({ obligationId: actorHearing, fulfilledOn: "2023-04-20" }) })
  ],
  ["obligation settings in force", () => ({ path: "/v1/obligations/settings" })]
]

// Columns in the order of `endpoints`. Written out by hand: the rules, not a copy of Access.
const expected: Readonly<Record<string, ReadonlyArray<number>>> = {
  submitterChild: [200, 404, 403, 200, 200, 403, 201, 200, 200, 200, 200, 403, 201, 403, 200],
  submitterSibling: [404, 404, 403, 403, 403, 403, 403, 200, 200, 200, 200, 403, 403, 403, 200],
  submitterParent: [404, 200, 200, 403, 403, 403, 403, 200, 200, 200, 200, 403, 403, 403, 200],
  submitterUnrelated: [404, 404, 403, 403, 403, 403, 403, 200, 200, 200, 200, 403, 403, 403, 200],
  reviewerParent: [200, 200, 200, 200, 200, 403, 403, 200, 200, 200, 200, 403, 403, 403, 200],
  reviewerChild: [200, 404, 403, 200, 200, 403, 403, 200, 200, 200, 200, 403, 403, 403, 200],
  reviewerUnrelated: [404, 404, 403, 403, 403, 403, 403, 200, 200, 200, 200, 403, 403, 403, 200],
  reviewer: [200, 200, 200, 200, 200, 403, 403, 200, 200, 200, 200, 200, 403, 403, 200],
  admin: [200, 200, 200, 200, 200, 200, 403, 200, 200, 200, 200, 200, 403, 201, 200],
  anonymous: [401, 401, 401, 401, 401, 401, 401, 401, 401, 401, 401, 401, 401, 401, 401],
  revoked: [401, 401, 401, 401, 401, 401, 401, 401, 401, 401, 401, 401, 401, 401, 401]
}

describe("authorisation matrix", () => {
  for (const [who, row] of Object.entries(expected)) {
    it(`${who}`, async () => {
      const key = who === "anonymous" ? undefined : who === "revoked" ? revoked : s.keys[who]!
      const got: Array<number> = []
      for (const [, request] of endpoints) {
        const { path, body } = request()
        const r = await call(s.url, path, {
          ...(key === undefined ? {} : { key }),
          ...(body === undefined ? {} : { body })
        })
        if (r.status >= 400) expect(r.headers.get("content-type")).toMatch(/^application\/problem\+json/)
        got.push(r.status)
      }
      expect(Object.fromEntries(endpoints.map(([name], i) => [name, got[i]]))).toEqual(
        Object.fromEntries(endpoints.map(([name], i) => [name, row[i]]))
      )
    })
  }

  it("/v1/me names the key; /v1/units lists the units on the date that the key may read", async () => {
    const me = await call(s.url, "/v1/me", { key: s.keys.reviewerParent! })
    expect(me.json).toMatchObject({ role: "unit-reviewer", unitId: "cuc-tay-ninh" })
    expect(me.json.keyId).toEqual(expect.any(String))
    expect((await call(s.url, "/v1/me", { key: s.keys.reviewer! })).json).toMatchObject({
      role: "reviewer",
      unitId: null
    })
    const ids = async (key: string, date = "2023-09-30") =>
      (
        (await call(s.url, `/v1/units?date=${date}`, { key })).json.items as Array<{ id: string; parentId?: string }>
      ).map((u) => u.id)
    expect(await ids(s.keys.submitterChild!)).toEqual(["chi-cuc-go-dau"])
    const parent = await ids(s.keys.reviewerParent!)
    expect(parent).toContain("cuc-tay-ninh")
    expect(parent).toContain("chi-cuc-go-dau")
    expect(parent).not.toContain("cuc-long-an")
    const all = await ids(s.keys.reviewer!)
    expect(all).toContain("cuc-long-an")
    expect(all.length).toBeGreaterThan(parent.length)
    const units = (await call(s.url, "/v1/units?date=2023-09-30", { key: s.keys.reviewerParent! })).json
      .items as Array<{
      id: string
      parentId?: string
    }>
    expect(units.find((u) => u.id === "chi-cuc-go-dau")?.parentId).toBe("cuc-tay-ninh")
    const bad = await call(s.url, "/v1/units?date=2023-02-30", { key: s.keys.reviewer! })
    expect(bad.status).toBe(400)
    expect(bad.headers.get("content-type")).toMatch(/^application\/problem\+json/)
  })

  it("/v1/obligations?subtree=true: the unit and the units below it that the key may read, in one call", async () => {
    const q = "/v1/obligations?unit=cuc-tay-ninh&from=2022-10-01&to=2023-09-30"
    const owners = async (key: string, path: string) =>
      new Set(
        ((await call(s.url, path, { key })).json.items as Array<{ owner: { unitId?: string } }>).map(
          (o) => o.owner.unitId
        )
      )
    const one = await owners(s.keys.reviewerParent!, q)
    expect([...one]).toEqual(["cuc-tay-ninh"])
    const tree = await owners(s.keys.reviewerParent!, `${q}&subtree=true`)
    expect(tree.has("cuc-tay-ninh")).toBe(true)
    expect(tree.has("chi-cuc-go-dau")).toBe(true)
    expect(tree.has("chi-cuc-ben-cau")).toBe(true)
    expect(tree.has("cuc-long-an")).toBe(false)
    // A submitter of the parent reads the parent only: the subtree stops at what the key may read.
    expect([...(await owners(s.keys.submitterParent!, `${q}&subtree=true`))]).toEqual(["cuc-tay-ninh"])
    expect((await call(s.url, `${q}&subtree=maybe`, { key: s.keys.reviewer! })).status).toBe(400)
  })

  it("with --public-reads, check and the reference views need no key; the rest still do", async () => {
    const t = await makeTarget("sqlite")
    const open = await start(t.target, { publicReads: true })
    try {
      expect((await call(open.url, "/v1/check", { body: reportOf("chi-cuc-go-dau") })).status).toBe(200)
      expect((await call(open.url, "/v1/catalogue/findings")).status).toBe(200)
      expect((await call(open.url, "/v1/obligations/settings")).status).toBe(200)
      expect((await call(open.url, "/v1/submissions")).status).toBe(401)
      expect(
        (await call(open.url, "/v1/check", { key: "thads_000000000000_wrongwrongwrongwrongwrong", body: "{}" })).status
      ).toBe(401)
    } finally {
      await open.stop()
      await t.drop()
    }
  })
})
