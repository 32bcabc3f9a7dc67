// biome-ignore-all lint/suspicious/noTemplateCurlyInString: the strings are examples' code, template literals and their ${…} included
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

describe("DocTest.run of an example with a comment it would not check", () => {
  const suite = DocTest.prepare({ name: "x", root: dir, files: [], modules: {}, load: async () => ({}) })
  const example = (code: string) => ({ file: "a.ts", line: 1, name: "a", code })

  it("rejects naming each such line, and runs nothing of it", async () => {
    let ran = false
    const scoped = DocTest.prepare({
      name: "x",
      root: dir,
      files: [],
      modules: {},
      names: {
        mark: () => {
          ran = true
        }
      },
      load: async () => ({})
    })
    const error = await DocTest.run(scoped, example("mark()\nif (true) 1 // 2\n[1, 2] // [1, …]")).then(
      () => undefined,
      (e: Error) => e.message
    )
    expect(error?.split("\n")).toEqual([
      "a.ts:1 (a), example line 2: // 2 is not checked: after a statement led by a keyword (if, for, return, a closing bracket, a destructuring const…): assert an expression",
      "a.ts:1 (a), example line 3: // [1, …] is not checked: [1, …] is not a value (an ellipsis … outside a string, a name): give the whole value"
    ])
    expect(ran).toBe(false)
  })

  it("rejects an example that would have passed before: the claim is false but not checked", async () => {
    await expect(DocTest.run(suite, example("const xs = [1]\nif (true) xs.length // 2"))).rejects.toThrow(/line 2/)
    await expect(DocTest.run(suite, example("[1, 2] // [3, …]"))).rejects.toThrow(/is not a value/)
    await expect(DocTest.run(suite, example("[1, 2].length // 2 items"))).rejects.toThrow(/prose after an expression/)
  })

  it("runs an example with a template literal over lines whose lines look like comments and claims", async () => {
    const code = [
      "const csv = `a,b",
      "// 1,2",
      "// [1, …]",
      "${String(1 + 1)},3`",
      'csv.split("\\n").length // 4',
      'csv.split("\\n")[1] // "// 1,2"',
      'csv.endsWith("2,3") // true'
    ].join("\n")
    await expect(DocTest.run(suite, example(code))).resolves.toBe(undefined)
    await expect(DocTest.run(suite, example(code.replace("// 4", "// 5")))).rejects.toThrow(
      /example line 5: expected 5, got 4/
    )
  })

  it("runs an example whose claims are checked", async () => {
    await expect(DocTest.run(suite, example("const xs = [1]\nxs.length // 1\n// xs holds one number"))).resolves.toBe(
      undefined
    )
  })
})
