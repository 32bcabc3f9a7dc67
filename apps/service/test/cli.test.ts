/**
 * The CLI's clients of the service (`thads submit`, `thads check --server`),
 * through the typed client of @thads/api, against the running service.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { checkRemote, submit } from "@thads/cli"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { makeTarget, type Running, reportOf, start } from "./harness.js"

let s: Running
let drop: () => Promise<void>
const dir = mkdtempSync(join(tmpdir(), "thads-cli-"))
const file = join(dir, "bao-cao.json")
writeFileSync(file, reportOf("chi-cuc-go-dau"))

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

describe("thads submit / thads check --server", () => {
  it("submits a report and prints where it is stored and the service's result", async () => {
    const out = await submit({ file, server: s.url, key: s.keys.submitterChild!, format: "json", lang: "en" })
    const json = JSON.parse(out.stdout)
    expect(json.submission).toMatchObject({ unitId: "chi-cuc-go-dau", version: 1 })
    expect(json.result.ruleSet.hash).toMatch(/^[0-9a-f]{64}$/)
    expect(out.exitCode).toBe(json.result.valid ? 0 : 1)
    const text = await submit({
      file,
      server: s.url,
      key: s.keys.submitterChild!,
      idempotencyKey: "same",
      format: "text",
      lang: "vi"
    })
    expect(text.stdout).toMatch(/đã nộp — chi-cuc-go-dau, 12 tháng năm 2023, lần 2/)
  })

  it("a refusal is printed with its problem and exit 1", async () => {
    const out = await submit({ file, server: s.url, key: s.keys.submitterParent!, format: "text", lang: "en" })
    expect(out.exitCode).toBe(1)
    expect(out.stdout).toMatch(/refused by the service — 403 Forbidden/)
  })

  it("checks on the service", async () => {
    const out = await checkRemote({ paths: [file], server: s.url, key: s.keys.reviewer!, format: "json", lang: "en" })
    const json = JSON.parse(out.stdout)
    expect(json.file).toBe(file)
    expect(json.report.unitId).toBe("chi-cuc-go-dau")
  })

  it("an unreachable service is a usage error", async () => {
    await expect(
      checkRemote({ paths: [file], server: "http://127.0.0.1:9", format: "text", lang: "en" })
    ).rejects.toThrow(/cannot reach/)
  })
})
