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
