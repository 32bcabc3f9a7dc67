/**
 * Test harness: the service in this process on a real port (127.0.0.1:0),
 * on SQLite (a temporary file) or PostgreSQL (a database with a random name,
 * dropped afterwards), with keys of every role.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import * as PgClient from "@effect/sql-pg/PgClient"
import * as Effect from "effect/Effect"
import * as Redacted from "effect/Redacted"
import * as SqlClient from "effect/sql/SqlClient"
import type * as Database from "../src/Database.js"
import * as TestService from "../src/TestService.js"

export const pgAdminUrl = process.env.THADS_TEST_PG_URL ?? "postgres://postgres@127.0.0.1:5432/test"

/** Whether PostgreSQL answers (under CI=true it must). */
export const pgAvailable = async (): Promise<boolean> => {
  const probe = Effect.gen(function* () {
    const sql = yield* SqlClient.SqlClient
    yield* sql`SELECT 1`
    return true
  }).pipe(
    Effect.provide(PgClient.layer({ url: Redacted.make(pgAdminUrl), connectTimeout: "3 seconds" })),
    Effect.timeout("5 seconds"),
    Effect.catchCause(() => Effect.succeed(false))
  )
  return Effect.runPromise(probe)
}

const adminSql = (statement: string) =>
  Effect.runPromise(
    Effect.gen(function* () {
      const sql = yield* SqlClient.SqlClient
      yield* sql.unsafe(statement)
    }).pipe(Effect.provide(PgClient.layer({ url: Redacted.make(pgAdminUrl) })))
  )

/** A fresh database target; `drop` removes it. */
export const makeTarget = async (
  kind: "sqlite" | "pg"
): Promise<{ readonly target: Database.Target; readonly drop: () => Promise<void> }> => {
  if (kind === "sqlite") {
    const dir = mkdtempSync(join(tmpdir(), "thads-service-"))
    return {
      target: { _tag: "sqlite", file: join(dir, "thads.db") },
      drop: async () => rmSync(dir, { recursive: true, force: true })
    }
  }
  const name = `thads_test_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`
  await adminSql(`CREATE DATABASE ${name}`)
  const url = new URL(pgAdminUrl)
  url.pathname = `/${name}`
  return {
    target: { _tag: "pg", url: url.toString() },
    drop: () => adminSql(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
  }
}

export type Running = TestService.Running

/** Keys: name → role and unit. */
export const keySpecs: Readonly<Record<string, TestService.KeySpec>> = {
  submitterChild: { role: "submitter", unitId: "chi-cuc-go-dau" },
  submitterSibling: { role: "submitter", unitId: "chi-cuc-ben-cau" },
  submitterParent: { role: "submitter", unitId: "cuc-tay-ninh" },
  submitterUnrelated: { role: "submitter", unitId: "cuc-long-an" },
  reviewerParent: { role: "unit-reviewer", unitId: "cuc-tay-ninh" },
  reviewerChild: { role: "unit-reviewer", unitId: "chi-cuc-go-dau" },
  reviewerUnrelated: { role: "unit-reviewer", unitId: "cuc-long-an" },
  reviewer: { role: "reviewer", unitId: null },
  admin: { role: "admin", unitId: null }
}

/** Starts the service on a target (the public testing entry), migrated, with every key of {@link keySpecs} (and `keys`). */
export const start = (target: Database.Target, options: Omit<TestService.Options, "database"> = {}): Promise<Running> =>
  TestService.start({
    ...options,
    database: target,
    keys: { ...keySpecs, ...options.keys },
    maxBodyBytes: options.maxBodyBytes ?? 2_000_000
  })

const example = JSON.parse(
  readFileSync(new URL("../../../examples/report-consistent.json", import.meta.url), "utf8")
) as { header: Record<string, unknown> }

/** A report of a unit (the consistent example with another header). */
export const reportOf = (unitId: string, overrides: Record<string, unknown> = {}): string =>
  JSON.stringify({
    ...example,
    header: {
      ...example.header,
      unitId,
      unitName: unitId,
      level: unitId.startsWith("chi-cuc") ? "chi-cuc" : "cuc",
      ...overrides
    }
  })

/** fetch with a key and JSON helpers. */
export const call = async (
  base: string,
  path: string,
  init: { method?: string; key?: string; body?: string | Uint8Array; headers?: Record<string, string> } = {}
) => {
  const headers: Record<string, string> = { ...init.headers }
  if (init.key !== undefined) headers.authorization = `Bearer ${init.key}`
  if (init.body !== undefined && headers["content-type"] === undefined) headers["content-type"] = "application/json"
  const response = await fetch(`${base}${path}`, {
    method: init.method ?? (init.body === undefined ? "GET" : "POST"),
    headers,
    ...(init.body === undefined ? {} : { body: init.body })
  })
  const text = await response.text()
  let json: any
  try {
    json = JSON.parse(text)
  } catch {
    json = undefined
  }
  return { status: response.status, headers: response.headers, text, json }
}
