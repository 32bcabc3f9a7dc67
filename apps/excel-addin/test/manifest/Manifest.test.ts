/**
 * The unified JSON manifest validates offline with office-addin-manifest
 * (its bundled schemas); the Vietnamese localisation file uses only keys
 * the localisation schema allows, within their lengths. (The XML manifest
 * is not shipped: its validation needs Microsoft's online service.)
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import { createRequire } from "node:module"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { fileURLToPath } from "node:url"
import { validateManifest } from "office-addin-manifest"
import { afterAll, describe, expect, it } from "vitest"
import * as Manifest from "../../scripts/Manifest.ts"

const built = fileURLToPath(new URL("../../dist/manifest.json", import.meta.url))
const dir = mkdtempSync(join(tmpdir(), "thads-manifest-"))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const write = (value: unknown) => {
  const path = join(dir, `m-${Math.random().toString(36).slice(2)}.json`)
  writeFileSync(path, JSON.stringify(value, null, 2))
  return path
}

describe("manifest.json", () => {
  it("validates offline (schema 1.24)", async () => {
    writeFileSync(join(dir, Manifest.files.localeVi), JSON.stringify(Manifest.vietnamese("https://localhost:3000/")))
    const r = await validateManifest(write(Manifest.make("https://localhost:3000/")))
    expect(r.report?.errors ?? []).toEqual([])
    expect(r.isValid).toBe(true)
  })
  it.skipIf(!existsSync(built))("the built dist/manifest.json validates, with its icons beside it", async () => {
    const r = await validateManifest(built)
    expect(r.report?.errors ?? []).toEqual([])
    expect(r.isValid).toBe(true)
  })
  it("a broken manifest is refused (the validator can fail)", async () => {
    const m = Manifest.make("https://localhost:3000/")
    const r = await validateManifest(write({ ...m, description: { short: "x".repeat(81), full: "y" } }))
    expect(r.isValid).toBe(false)
  })
  it("one shared runtime serves the task pane and the THADS functions, URLs under the base", () => {
    interface Runtime {
      lifetime: string
      code: { page: string }
      customFunctions: { namespace: unknown; metadataUrl: string }
    }
    const m = Manifest.make("https://reports.example.vn/addin/") as { extensions: Array<{ runtimes: Array<Runtime> }> }
    const rt = m.extensions[0]!.runtimes[0]!
    expect(rt.lifetime).toBe("long")
    expect(rt.code.page).toBe("https://reports.example.vn/addin/taskpane.html")
    expect(rt.customFunctions.namespace).toEqual({ id: "THADS", name: "THADS" })
    expect(rt.customFunctions.metadataUrl).toBe("https://reports.example.vn/addin/functions.json")
  })
})

describe("vi-vn.json", () => {
  const require = createRequire(import.meta.url)
  const schemaPath = require
    .resolve("@microsoft/app-manifest/package.json", { paths: [require.resolve("office-addin-manifest")] })
    .replace(
      /package\.json$/,
      `build/json-schemas/teams/v${Manifest.manifestVersion}/MicrosoftTeams.Localization.schema.json`
    )
  const schema = JSON.parse(readFileSync(schemaPath, "utf8")) as {
    properties: Record<string, { maxLength?: number }>
    patternProperties: Record<string, { maxLength?: number }>
  }
  const vi = Manifest.vietnamese("https://localhost:3000/")

  it("every key is allowed by the localisation schema, within its length", () => {
    for (const [key, value] of Object.entries(vi)) {
      const rule =
        schema.properties[key] ??
        Object.entries(schema.patternProperties).find(([pattern]) => new RegExp(pattern).test(key))?.[1]
      expect(rule, key).toBeDefined()
      expect(typeof value).toBe("string")
      if (rule?.maxLength !== undefined) expect((value as string).length, key).toBeLessThanOrEqual(rule.maxLength)
    }
  })
  it("points Vietnamese Excel at the Vietnamese function names", () => {
    expect(vi["extensions[0].runtimes[0].customFunctions.metadataUrl"]).toBe("https://localhost:3000/functions.vi.json")
  })
})
