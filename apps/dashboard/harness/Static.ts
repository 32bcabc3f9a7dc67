/**
 * For the browser tests and the bench: builds the page into a temporary
 * folder with vite and serves it over real HTTP on 127.0.0.1 (port 0), with
 * gzip, the way a LAN copy or the service at /ui serves it.
 */
import { createReadStream, existsSync, mkdtempSync, rmSync, statSync } from "node:fs"
import { createServer, type Server } from "node:http"
import { tmpdir } from "node:os"
import { extname, join, normalize, resolve } from "node:path"
import { fileURLToPath } from "node:url"
import { createGzip } from "node:zlib"
import { build } from "vite"

/** The dashboard package folder. */
export const root = resolve(fileURLToPath(new URL("..", import.meta.url)))

/** The folder of the bench entry (bench/index.html: the matrix alone, for tools/bench). */
export const benchRoot = join(root, "bench")

/**
 * Builds the page (or another entry of the package, e.g. {@link benchRoot})
 * into a new temporary folder; returns the folder.
 *
 * @example
 * ```ts
 * const dir = await buildPage()
 * ```
 */
export const buildPage = async (entry: string = root): Promise<string> => {
  const outDir = mkdtempSync(join(tmpdir(), "thads-dashboard-"))
  const configFile = join(root, "vite.config.ts")
  await build({ root: entry, configFile, logLevel: "silent", build: { outDir, emptyOutDir: true } })
  if (entry === root) {
    // The demonstration data, built apart (see vite.config.ts).
    await build({
      root,
      configFile,
      mode: "demo",
      logLevel: "silent",
      build: { outDir: join(outDir, "assets", "demo") }
    })
  }
  return outDir
}

const types: Readonly<Record<string, string>> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml",
  ".woff2": "font/woff2",
  ".json": "application/json"
}

/** A served page: its URL (ends in "/ui/"), the bytes sent, and how to stop. */
export interface Served {
  readonly url: string
  /** Bytes written to the wire (gzip-compressed bodies), for every request so far. */
  readonly sent: () => number
  readonly close: () => Promise<void>
}

/**
 * Serves `dir` under `/ui/` (gzip when asked); any other path answers 404.
 *
 * @example
 * ```ts
 * const served = await serve(dir)
 * await page.goto(served.url)
 * ```
 */
export const serve = async (dir: string): Promise<Served> => {
  let sent = 0
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname)
    if (!path.startsWith("/ui/")) {
      res.writeHead(404, { "content-type": "application/problem+json" })
      res.end(JSON.stringify({ type: "about:blank", title: "Not Found", status: 404 }))
      return
    }
    const rel = normalize(path.slice(4) || "index.html").replace(/^(\.\.[/\\])+/, "")
    const file = join(dir, rel === "" || rel.endsWith("/") ? `${rel}index.html` : rel)
    if (!file.startsWith(dir) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404)
      res.end()
      return
    }
    const gzip = /\bgzip\b/.test(String(req.headers["accept-encoding"] ?? ""))
    res.writeHead(200, {
      "content-type": types[extname(file)] ?? "application/octet-stream",
      ...(gzip ? { "content-encoding": "gzip" } : {})
    })
    const body = createReadStream(file)
    const out = gzip ? body.pipe(createGzip({ level: 9 })) : body
    out.on("data", (chunk: Buffer) => {
      sent += chunk.length
    })
    out.pipe(res)
  })
  await new Promise<void>((ok) => server.listen(0, "127.0.0.1", ok))
  const address = server.address()
  const port = typeof address === "object" && address !== null ? address.port : 0
  return {
    url: `http://127.0.0.1:${port}/ui/`,
    sent: () => sent,
    close: () => new Promise<void>((ok) => server.close(() => ok()))
  }
}

/** Removes a built folder. */
export const remove = (dir: string): void => rmSync(dir, { recursive: true, force: true })
