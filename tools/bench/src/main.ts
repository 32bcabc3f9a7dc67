/**
 * `npm run bench`: runs every case and prints a Markdown table for
 * BENCHMARKS.md. Options: `--rounds N` (default 9), `--slice MS` (default
 * 200), `--case TEXT` (only cases whose name contains TEXT).
 */
import { addinCases } from "./cases/addin.ts"
import { addWorkingDays } from "./cases/addWorkingDays.ts"
import { checkBatch, checkOne } from "./cases/check.ts"
import { dashboardMatrixName, runDashboard } from "./cases/dashboard.ts"
import { ledgerReport } from "./cases/ledger.ts"
import { reportBroken, reportValid } from "./cases/reportCheck.ts"
import { xlsxRead, xlsxReadName } from "./cases/xlsx.ts"
import { runService } from "./cases/service.ts"
import { type Case, type Row, runCase, table } from "./Harness.ts"

const cases: ReadonlyArray<Case> = [addWorkingDays, reportValid, reportBroken, checkOne, checkBatch, ledgerReport]

const arg = (name: string): string | undefined => {
  const i = process.argv.indexOf(name)
  return i >= 0 ? process.argv[i + 1] : undefined
}
const rounds = Number(arg("--rounds") ?? 9)
const sliceMs = Number(arg("--slice") ?? 200)
const only = arg("--case")

const rows: Array<Row> = []
for (const c of cases) {
  if (only !== undefined && !c.name.includes(only)) continue
  process.stderr.write(`running: ${c.name}\n`)
  for (const row of await runCase(c, { rounds, sliceMs, warmupMs: sliceMs })) rows.push(row)
}
// The workbook case is asynchronous and built only when selected (it writes its workbooks first).
if (only === undefined || xlsxReadName.includes(only)) {
  const c = await xlsxRead()
  process.stderr.write(`running: ${c.name}\n`)
  for (const row of await runCase(c, { rounds, sliceMs, warmupMs: sliceMs })) rows.push(row)
}
for (const c of await addinCases(only))
  for (const row of await runCase(c, { rounds, sliceMs, warmupMs: sliceMs })) rows.push(row)
if (only === undefined || dashboardMatrixName.includes(only))
  for (const row of await runDashboard({ rounds, sliceMs, warmupMs: sliceMs })) rows.push(row)
if (only === undefined || "service".includes(only)) console.log(`${await runService({ rounds: 3, seconds: 5 })}\n`)
console.log(
  `Node ${process.version}, ${rounds} rounds of ${sliceMs} ms per alternative, ${new Date().toISOString().slice(0, 10)}\n`
)
console.log(table(rows))
