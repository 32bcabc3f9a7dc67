/** `thads template --form` and `thads forms`: the pure functions and the built binary. */
import { spawnSync } from "node:child_process"
import { mkdtempSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { fileURLToPath } from "node:url"
import { Forms } from "@thads/core"
import { describe, expect, it } from "vitest"
import { encodedForm, formSheet, formsCatalogue } from "../src/commands/forms.js"
import { UsageError } from "../src/Output.js"

const root = fileURLToPath(new URL("../../../", import.meta.url))
const bin = `${root}node_modules/.bin/thads`
const thads = (...args: ReadonlyArray<string>) => {
  const r = spawnSync(process.execPath, [bin, ...args], { encoding: "utf8", env: { ...process.env, NO_COLOR: "1" } })
  return { code: r.status, stdout: r.stdout, stderr: r.stderr }
}

describe("forms (pure)", () => {
  it("accepts the encoded forms and refuses the others with one clear line", () => {
    expect(encodedForm("4").id).toBe("tt05-2024/4")
    expect(() => encodedForm("3")).toThrow(UsageError)
    try {
      encodedForm("01/TKLN-THADS")
    } catch (e) {
      expect((e as UsageError).text.en).toContain("columns were not found")
      expect((e as UsageError).text.vi).not.toContain("\n")
    }
    expect(() => encodedForm("13")).toThrow(/unknown --form/)
    expect(formSheet(Forms.get(5)!, "en")).toBe("sheet “Tiền”, one row per office and officer")
  })

  it("prints the catalogue as docs/forms.md or as JSON", () => {
    expect(formsCatalogue({ json: false }).stdout).toBe(Forms.toMarkdown())
    const j = JSON.parse(formsCatalogue({ json: true }).stdout)
    expect(j.forms).toHaveLength(16)
    expect(j.forms.filter((f: { status: string }) => f.status === "encoded")).toHaveLength(4)
  })
})

describe("thads template --form (binary)", () => {
  it("refuses a form with unknown columns: exit 2, one line, nothing on stdout", () => {
    for (const form of ["3", "8", "12", "01/TKLN-THADS", "4/tkln"]) {
      const r = thads("template", "--form", form, "--lang", "en")
      expect(r.code, form).toBe(2)
      expect(r.stdout).toBe("")
      const lines = r.stderr
        .trim()
        .split("\n")
        .filter((l) => l.startsWith("thads:"))
      expect(lines).toHaveLength(1)
      expect(lines[0]).toContain("columns were not found")
    }
  })

  it("writes the template of an encoded form (forms 1 and 2: the total row)", () => {
    const dir = mkdtempSync(join(tmpdir(), "thads-form-"))
    const r = thads(
      "template",
      "--form",
      "2",
      "--unit",
      "cuc-tay-ninh",
      "--year",
      "2024",
      "--months",
      "12",
      "--out",
      join(dir, "f2.xlsx"),
      "--lang",
      "en"
    )
    expect(r.stderr).not.toContain("thads:")
    expect(r.code).toBe(0)
    expect(r.stdout).toContain("0 rows")
    expect(r.stdout).toContain("Form 2: sheet “Tiền”, the total row")
    const missing = thads("template", "--form", "4")
    expect(missing.code).toBe(2)
    expect(missing.stderr).toContain("--unit")
  })
})
