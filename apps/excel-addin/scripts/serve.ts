/**
 * `npm run addin`: serves apps/excel-addin/dist over HTTPS on localhost
 * (default port 3000; PORT to change it, and rebuild with THADS_ADDIN_URL to
 * match) with a certificate generated here, in apps/excel-addin/.certs/
 * (a local CA and a localhost certificate, by office-addin-dev-certs'
 * generator). No sudo and no change to any trust store: trusting the CA is
 * the user's own step, printed below with how to sideload the add-in.
 */
import { existsSync, readFileSync, statSync } from "node:fs"
import { createServer } from "node:https"
import { extname, join, normalize } from "node:path"
import { fileURLToPath } from "node:url"
import { generateCertificates } from "office-addin-dev-certs/lib/generate.js"

const root = fileURLToPath(new URL("../", import.meta.url))
const dist = join(root, "dist")
const certs = join(root, ".certs")
const ca = join(certs, "ca.crt")
const cert = join(certs, "localhost.crt")
const key = join(certs, "localhost.key")
const port = Number(process.env.PORT ?? 3000)

if (!existsSync(join(dist, "manifest.json"))) {
  console.error("dist/ has no manifest.json: run `npm run build -w @thads/excel-addin` first (`npm run addin` does)")
  process.exit(2)
}
const fresh = (path: string) => existsSync(path) && Date.now() - statSync(path).mtimeMs < 300 * 86_400_000
if (!fresh(cert) || !fresh(key) || !fresh(ca)) {
  await generateCertificates(ca, cert, key, 365, ["localhost", "127.0.0.1"])
}

const types: Readonly<Record<string, string>> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".png": "image/png",
  ".map": "application/json; charset=utf-8",
  ".zip": "application/zip"
}

const server = createServer({ cert: readFileSync(cert), key: readFileSync(key) }, (req, res) => {
  const path = normalize(decodeURIComponent(new URL(req.url ?? "/", "https://localhost").pathname)).replace(
    /^[/\\]+/,
    ""
  )
  const file = join(dist, path === "" ? "index.html" : path)
  if (!file.startsWith(dist) || !existsSync(file) || !statSync(file).isFile()) {
    res.writeHead(404, { "content-type": "text/plain; charset=utf-8" }).end("not found\n")
    return
  }
  res.writeHead(200, {
    "content-type": types[extname(file)] ?? "application/octet-stream",
    "cache-control": "no-store",
    "access-control-allow-origin": "*"
  })
  res.end(readFileSync(file))
})

server.listen(port, "localhost", () => {
  const base = `https://localhost:${port}/`
  console.log(`thads add-in: serving ${dist} at ${base}

1. Trust the certificate (once, your choice; nothing was installed): the CA is
     ${ca}
   Windows: double-click it → Install Certificate → Current User → "Trusted Root Certification Authorities".
   macOS: open it in Keychain Access (login keychain) → Get Info → Trust → Always Trust.
   Check: ${base}taskpane.html opens in a browser without a warning.

2. Sideload (the unified manifest needs Microsoft 365: Excel on the web, Windows 2501+, Mac 16.103+):
   The app package is ${join(dist, "thads-excel-addin.zip")} (manifest.json, vi-vn.json, icons).
   - Excel on the web and desktop: in Microsoft Teams → Apps → Manage your apps → Upload an app →
     "Upload a custom app" → choose the zip; then in Excel: Home → Add-ins → More add-ins → My add-ins → THADS.
   - Or with Microsoft 365 Agents Toolkit (VS Code): open apps/excel-addin and "Preview your app" with dist/manifest.json.
   The pane opens from Home → "Check report" (Kiểm tra báo cáo); the functions are =THADS.DEADLINE(2022;4;"chi-cuc")
   in English Excel, =THADS.HẠN_BÁO_CÁO(2022;4;"chi-cuc") in Vietnamese Excel.

Ctrl+C stops the server.`)
})
