/**
 * Durability: 1,000 concurrent submissions to the service as a child
 * process, `kill -9` in the middle, restart: every submission that got a
 * 2xx is there, intact (its SHA-256), and the audit chain verifies. And two
 * instances on one PostgreSQL racing on one Idempotency-Key store one
 * submission.
 */
import { createHash } from "node:crypto"
import { existsSync, mkdtempSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { afterAll, describe, expect, it } from "vitest"
import { call, makeTarget, pgAvailable, reportOf } from "./harness.js"
import { bin, createKey, runCommand, spawnService, stop } from "./processes.js"

if (!existsSync(join(bin, "../../dist/main.js"))) throw new Error("build the service first (npm run build)")

const dir = mkdtempSync(join(tmpdir(), "thads-durability-"))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe("durability on SQLite", () => {
  it("every acknowledged submission survives kill -9, intact, and the audit chain verifies", {
    timeout: 600_000
  }, async () => {
    const args = ["--data-dir", dir]
    const key = await createKey(["--role", "submitter", "--unit", "chi-cuc-go-dau", ...args])
    const first = await spawnService(args)
    const total = 1000
    const acknowledged = new Map<string, string>() // id → sha256 of the body sent
    let killed = false
    const send = async (i: number) => {
      const body = reportOf("chi-cuc-go-dau", { unitName: `Gò Dầu #${i}` })
      try {
        const r = await fetch(`${first.url}/v1/submissions`, {
          method: "POST",
          headers: { authorization: `Bearer ${key}`, "content-type": "application/json", "idempotency-key": `d-${i}` },
          body
        })
        if (r.status === 201) {
          const json = (await r.json()) as { submission: { id: string } }
          acknowledged.set(json.submission.id, createHash("sha256").update(body).digest("hex"))
          if (acknowledged.size >= 300 && !killed) {
            killed = true
            first.process.kill("SIGKILL")
          }
        } else expect(r.status).toBeLessThan(500)
      } catch {
        // The connection died with the process: not acknowledged.
      }
    }
    const started = performance.now()
    await Promise.all(Array.from({ length: total }, (_, i) => send(i)))
    expect(killed).toBe(true)
    console.log(
      `durability: ${acknowledged.size} of ${total} acknowledged before kill -9 (${Math.round(performance.now() - started)} ms)`
    )
    await stop(first, "SIGKILL")

    const second = await spawnService(args)
    try {
      const admin = await createKey(["--role", "reviewer", ...args])
      for (const [id, sha] of acknowledged) {
        const r = await call(second.url, `/v1/submissions/${id}`, { key: admin })
        expect(r.status).toBe(200)
        expect(r.json.submission.sha256).toBe(sha)
      }
      const history = await call(second.url, "/v1/submissions?unit=chi-cuc-go-dau&history=true", { key: admin })
      expect(history.json.items.length).toBeGreaterThanOrEqual(acknowledged.size)
    } finally {
      await stop(second)
    }
    const verify = await runCommand(["audit", "verify", ...args])
    expect(verify.stdout).toMatch(/audit chain verifies/)
    expect(verify.code).toBe(0)
  })

  it("audit verify finds an edited row", async () => {
    const { DatabaseSync } = await import("node:sqlite")
    const db = new DatabaseSync(join(dir, "thads.db"))
    db.exec("UPDATE audit_log SET outcome = 'forged' WHERE seq = 3")
    db.close()
    const verify = await runCommand(["audit", "verify", "--data-dir", dir])
    expect(verify.code).toBe(1)
    expect(verify.stdout).toMatch(/BROKEN at row 3/)
  })
})

const pg = await pgAvailable()
if (!pg && process.env.CI === "true") throw new Error("CI=true: PostgreSQL must answer for the race test")
if (!pg) console.warn("NOTICE: PostgreSQL does not answer: the two-instance race test is skipped")

describe.skipIf(!pg)("two instances on one PostgreSQL", () => {
  it("racing on one Idempotency-Key store one submission, and every answer names it", async () => {
    const t = await makeTarget("pg")
    const env = { DATABASE_URL: (t.target as { url: string }).url }
    try {
      const migrated = await runCommand(["migrate"], env)
      expect(migrated.code).toBe(0)
      const key = await createKey(["--role", "submitter", "--unit", "chi-cuc-go-dau"], env)
      const a = await spawnService([], env)
      const b = await spawnService([], env)
      try {
        const body = reportOf("chi-cuc-go-dau")
        const answers = await Promise.all(
          Array.from({ length: 40 }, (_, i) =>
            call(i % 2 === 0 ? a.url : b.url, "/v1/submissions", {
              key,
              body,
              headers: { "idempotency-key": "the-same-key" }
            })
          )
        )
        expect(answers.map((r) => r.status)).toEqual(answers.map(() => 201))
        expect(new Set(answers.map((r) => r.json.submission.id)).size).toBe(1)
        const reviewer = await createKey(["--role", "reviewer"], env)
        const list = await call(a.url, "/v1/submissions?unit=chi-cuc-go-dau&history=true", { key: reviewer })
        expect(list.json.items).toHaveLength(1)
        expect((await runCommand(["audit", "verify"], env)).code).toBe(0)
      } finally {
        await stop(a)
        await stop(b)
      }
    } finally {
      await t.drop()
    }
  })
})
