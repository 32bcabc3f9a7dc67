/**
 * The baseline of the service benchmark: a bare `node:http` server that reads
 * the body, `JSON.parse`s it and runs `ReportCheck.check`, and answers the
 * result as JSON. Prints its URL on stdout.
 */
import { createServer } from "node:http"
import { Organization, ReportCheck } from "@thads/core"

const server = createServer((req, res) => {
  const chunks: Array<Buffer> = []
  req.on("data", (c: Buffer) => chunks.push(c))
  req.on("end", () => {
    let body: string
    try {
      const parsed = JSON.parse(Buffer.concat(chunks).toString("utf8"))
      body = JSON.stringify(
        ReportCheck.check(parsed, { organization: Organization.tayNinh, organizationId: "tay-ninh" })
      )
    } catch {
      res.writeHead(400).end()
      return
    }
    res.writeHead(200, { "content-type": "application/json" }).end(body)
  })
})
server.listen(0, "127.0.0.1", () => {
  const address = server.address()
  if (address !== null && typeof address === "object") process.stdout.write(`http://127.0.0.1:${address.port}\n`)
})
