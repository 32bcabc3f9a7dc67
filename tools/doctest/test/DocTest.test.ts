import { mkdtempSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { afterAll, describe, expect, it } from "vitest"
import * as DocTest from "../src/DocTest.ts"

const dir = mkdtempSync(join(tmpdir(), "doctest-"))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe("DocTest.ownModule", () => {
  it("puts a module in scope under its file name, unless the name is a reserved word (case.ts)", async () => {
    writeFileSync(join(dir, "case.ts"), "export const a = 1\n")
    writeFileSync(join(dir, "Period.ts"), "export const a = 1\n")
    const suite = DocTest.prepare({ name: "x", root: dir, files: [], modules: {}, load: async () => ({ a: 1 }) })
    expect(await DocTest.ownModule(suite, "case.ts")).toEqual({})
    expect(Object.keys(await DocTest.ownModule(suite, "Period.ts"))).toEqual(["Period"])
  })
})

describe("DocTest.run", () => {
  const suite = DocTest.prepare({ name: "x", root: dir, files: [], modules: {}, load: async () => ({}) })

  it("checks the message written after an error's name", async () => {
    const example = (code: string) => ({ file: "a.ts", line: 1, name: "a", code })
    await expect(DocTest.run(suite, example('JSON.parse("{") // SyntaxError'))).resolves.toBe(undefined)
    await expect(DocTest.run(suite, example('JSON.parse("{") // SyntaxError: …JSON…'))).resolves.toBe(undefined)
    await expect(DocTest.run(suite, example('JSON.parse("{") // SyntaxError: not JSON'))).rejects.toThrow(
      /example line 1: expected SyntaxError: not JSON, got SyntaxError: /
    )
  })

  it("fails a skip-doctest fence that does not say why", async () => {
    await expect(DocTest.run(suite, { file: "a.ts", line: 1, name: "a", code: "1 // 1", skip: "" })).rejects.toThrow(
      "a.ts:1 (a): a skip-doctest fence must say why the example cannot run"
    )
  })
})
