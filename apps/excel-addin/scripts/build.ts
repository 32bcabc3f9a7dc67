/**
 * `npm run build -w @thads/excel-addin`: the static add-in in dist/ —
 * the task pane bundle (vite), functions.json generated from the JSDoc of
 * src/functions/Worksheet.ts by custom-functions-metadata, its Vietnamese
 * localisation functions.vi.json, the icons, and the unified manifest with
 * its Vietnamese strings. URLs start at THADS_ADDIN_URL (default
 * https://localhost:3000/, where `npm run addin` serves dist/).
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs"
import { fileURLToPath } from "node:url"
import { Zip } from "@thads/xlsx"
import { generateCustomFunctionsMetadata } from "custom-functions-metadata/lib/generate.js"
import { build } from "vite"
import * as Localized from "../src/functions/Localized.ts"
import * as Manifest from "./Manifest.ts"
import * as Png from "./Png.ts"

const root = fileURLToPath(new URL("../", import.meta.url))
const dist = `${root}dist/`
const baseUrl = process.env.THADS_ADDIN_URL ?? "https://localhost:3000/"
if (!baseUrl.startsWith("https://") || !baseUrl.endsWith("/")) {
  console.error(`THADS_ADDIN_URL must be an https URL ending with "/", got "${baseUrl}"`)
  process.exit(2)
}

await build({ configFile: `${root}vite.config.ts`, logLevel: "warn" })
// The library entry for Node (the bench): @thads/core, effect and office-addin-mock stay imports.
await build({
  configFile: false,
  logLevel: "warn",
  resolve: { conditions: ["@thads/source", "module", "node", "development|production"] },
  build: {
    ssr: true,
    outDir: `${dist}lib`,
    emptyOutDir: false,
    target: "node24",
    lib: { entry: `${root}src/index.ts`, formats: ["es"], fileName: () => "index.js" },
    rollupOptions: { external: [/^@thads\//, /^effect($|\/)/, "office-addin-mock"] }
  }
})

const generated = await generateCustomFunctionsMetadata(`${root}src/functions/Worksheet.ts`, false)
if (generated.errors.length > 0) {
  console.error(`custom-functions-metadata:\n${generated.errors.join("\n")}`)
  process.exit(1)
}
const metadata = JSON.parse(generated.metadataJson)
const json = (name: string, value: unknown) => writeFileSync(`${dist}${name}`, `${JSON.stringify(value, null, 2)}\n`)
json(Manifest.files.functions, metadata)
json(Manifest.files.functionsVi, Localized.localize(metadata))

mkdirSync(`${dist}assets`, { recursive: true })
writeFileSync(`${dist}${Manifest.files.colorIcon}`, Png.colorIcon(192))
writeFileSync(`${dist}${Manifest.files.outlineIcon}`, Png.outlineIcon(32))
for (const size of [16, 32, 80] as const) writeFileSync(`${dist}${Manifest.files.ribbon[size]}`, Png.ribbonIcon(size))

json("manifest.json", Manifest.make(baseUrl))
json(Manifest.files.localeVi, Manifest.vietnamese(baseUrl))

// The app package Microsoft 365 takes for sideloading: the manifest, its localisation and its icons.
writeFileSync(
  `${dist}${Manifest.appPackage.name}`,
  Zip.zip(Manifest.appPackage.files.map((name) => ({ name, data: readFileSync(`${dist}${name}`) })))
)

const page = (title: string, body: string) =>
  `<!doctype html><html lang="vi"><meta charset="utf-8"><title>${title}</title><body style="font-family:sans-serif;max-width:40em;margin:2em auto">${body}</body></html>\n`
writeFileSync(
  `${dist}index.html`,
  page(
    "thads",
    "<h1>thads: Excel add-in</h1><p>Kiểm tra báo cáo thống kê THADS trong Excel. Mở <code>taskpane.html</code> từ Excel (xem README).</p>"
  )
)
writeFileSync(
  `${dist}privacy.html`,
  page(
    "Privacy",
    "<h1>Quyền riêng tư / Privacy</h1><p>Phần bổ trợ kiểm tra sổ tính ngay trong Excel; không gửi dữ liệu đi đâu trừ khi bạn bấm gửi đến máy chủ của đơn vị.</p><p>The add-in checks the workbook inside Excel; it sends nothing anywhere unless you send a report to your unit's server.</p>"
  )
)
writeFileSync(`${dist}terms.html`, page("Terms", "<h1>Terms</h1><p>MIT licence.</p>"))
console.log(`built ${dist} for ${baseUrl}`)
