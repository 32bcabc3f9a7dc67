/**
 * The unified JSON manifest validates offline with office-addin-manifest
 * (its bundled schemas); the Vietnamese localisation file uses only keys
 * the localisation schema allows, within their lengths. (The XML manifest
 * is not shipped: its validation needs Microsoft's online service.) The app
 * package (written with `@thads/xlsx`'s `Zip`) is a valid zip, read by
 * another reader, holding what Microsoft's own exporter packs.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import { createRequire } from "node:module"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { fileURLToPath } from "node:url"
import { exportMetadataPackage, validateManifest } from "office-addin-manifest"
import { afterAll, describe, expect, it, vi } from "vitest"
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

describe(Manifest.appPackage.name, () => {
  const built = fileURLToPath(new URL(`../../dist/${Manifest.appPackage.name}`, import.meta.url))
  const require = createRequire(import.meta.url)
  // JSZip (ExcelJS's zip reader), checking every entry's CRC-32.
  const JSZip = createRequire(require.resolve("exceljs"))("jszip") as {
    loadAsync: (
      bytes: Uint8Array,
      options: { checkCRC32: boolean }
    ) => Promise<{ files: Record<string, { dir: boolean; async: (type: "uint8array") => Promise<Uint8Array> }> }>
  }
  const entries = async (bytes: Uint8Array) => {
    const z = await JSZip.loadAsync(bytes, { checkCRC32: true })
    const out: Record<string, Buffer> = {}
    for (const [name, f] of Object.entries(z.files)) if (!f.dir) out[name] = Buffer.from(await f.async("uint8array"))
    return out
  }

  // Under CI the add-in is built before its tests: the package must be there.
  it.skipIf(!existsSync(built) && process.env.CI !== "true")(
    "a valid zip holding what Microsoft's exporter packs from dist/manifest.json, byte for byte",
    async () => {
      const ours = await entries(readFileSync(built))
      expect(Object.keys(ours).sort()).toEqual([...Manifest.appPackage.files].sort())
      const quiet = vi.spyOn(console, "log").mockImplementation(() => {}) // "Manifest package saved to …"
      const exported = await exportMetadataPackage(
        join(dir, "exported.zip"),
        fileURLToPath(new URL("../../dist/manifest.json", import.meta.url))
      ).finally(() => quiet.mockRestore())
      const theirs = await entries(readFileSync(exported))
      expect(Object.keys(ours).sort()).toEqual(Object.keys(theirs).sort())
      for (const [name, data] of Object.entries(theirs)) expect(ours[name]!.equals(data), name).toBe(true)
    }
  )
})
