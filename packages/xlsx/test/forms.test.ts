/** The examples of the encoded forms (docs/forms.md) round-trip JSON → workbook → JSON. */
import { readFileSync } from "node:fs"
import { fileURLToPath } from "node:url"
import { Decode, Forms } from "@thads/core"
import { describe, expect, it } from "vitest"
import { Read, Write } from "../src/index.js"

const load = (path: string) =>
  JSON.parse(readFileSync(fileURLToPath(new URL(`../../../${path}`, import.meta.url)), "utf8"))

describe("encoded forms: JSON ⇄ workbook", () => {
  const files = [
    ...new Set(Forms.all.flatMap((f) => (f.examples === undefined ? [] : [f.examples.consistent, f.examples.broken])))
  ]
  it.each(files)("%s reads back as the same report", async (path) => {
    const json = load(path)
    const decoded = Decode.decode(json)
    expect(decoded._tag).toBe("Success")
    if (decoded._tag !== "Success") return
    const back = Decode.decode((await Read.read(await Write.report(decoded.success.report))).input)
    expect(back._tag).toBe("Success")
    if (back._tag === "Success") expect(back.success.report).toEqual(decoded.success.report)
  })
})
