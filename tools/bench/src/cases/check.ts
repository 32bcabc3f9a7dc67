/**
 * Issue #6: `ReportCheck.check` of a 20-row report end to end (from its JSON
 * text: decoding, identities, periods, KPIs and targets, organisation,
 * timeliness) as a ratio to `JSON.parse` of the same text; and a batch of
 * 1,000 reports through the `thads check` binary (a new process, as a user
 * runs it), as a ratio to a process that only reads and parses the same
 * files — the rate in reports per second is in the table. Issue #10's goals
 * for the batch: ≥ 0.5 with `--format json`, ≥ 0.6 in text (a plain
 * `thads check` starts without the command tree: apps/cli/src/mainCheck.ts).
 */
import { spawnSync } from "node:child_process"
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { fileURLToPath } from "node:url"
import { Organization, ReportCheck } from "@thads/core"
import { Synthetic } from "@thads/core/testing"
import type { Case } from "../Harness.ts"

const POOL = 256
const texts: ReadonlyArray<string> = Array.from({ length: POOL }, (_, i) => {
  const r = JSON.parse(
    JSON.stringify(Synthetic.report({ seed: i + 1, rows: 20, unitId: "cuc-tay-ninh", year: 2023, months: 12 }))
  )
  r.header.level = "cuc"
  r.header.submittedAt = "2023-10-05T09:00:00+07:00"
  return JSON.stringify(r)
})
let i = 0
const next = () => texts[i++ & (POOL - 1)]!

export const checkOne: Case = {
  name: "ReportCheck.check, 20-row report from JSON text",
  unit: "reports",
  baseline: { name: "JSON.parse", run: () => JSON.parse(next()), ops: 1 },
  candidates: [
    {
      name: "ReportCheck.check (all checks, Tây Ninh)",
      run: () => ReportCheck.check(next(), { organization: Organization.tayNinh, organizationId: "tay-ninh" }),
      ops: 1
    }
  ]
}

const BATCH = 1000
const dir = mkdtempSync(join(tmpdir(), "thads-bench-"))
mkdirSync(join(dir, "reports"))
for (let k = 0; k < BATCH; k++)
  writeFileSync(join(dir, "reports", `r${String(k).padStart(4, "0")}.json`), texts[k % POOL]!)
const bin = fileURLToPath(new URL("../../../../node_modules/.bin/thads", import.meta.url))
const parseOnly = join(dir, "parse-only.mjs")
writeFileSync(
  parseOnly,
  `import { readdirSync, readFileSync } from "node:fs"; import { join } from "node:path";
const d = process.argv[2]; let n = 0; for (const f of readdirSync(d).sort()) { JSON.parse(readFileSync(join(d, f), "utf8")); n++ } console.log(n)`
)

const run = (args: ReadonlyArray<string>) => () => {
  const r = spawnSync(process.execPath, args, { encoding: "utf8", maxBuffer: 256 * 1024 * 1024 })
  if (r.status !== 0 && r.status !== 1) throw new Error(`exit ${r.status}: ${r.stderr}`)
  return r.stdout.length
}

export const checkBatch: Case = {
  name: `thads check, batch of ${BATCH} reports (one process)`,
  unit: "reports",
  baseline: { name: "node: read + JSON.parse the files", run: run([parseOnly, join(dir, "reports")]), ops: BATCH },
  candidates: [
    {
      name: "thads check <dir> --format json",
      run: run([bin, "check", join(dir, "reports"), "--format", "json"]),
      ops: BATCH
    },
    { name: "thads check <dir> (text)", run: run([bin, "check", join(dir, "reports")]), ops: BATCH }
  ],
  goal: "≥ 0.5 (json), ≥ 0.6 (text)"
}
