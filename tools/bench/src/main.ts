/**
 * `npm run bench`: runs every case and prints a Markdown table for
 * BENCHMARKS.md. Options: `--rounds N` (default 9), `--slice MS` (default
 * 200), `--case TEXT` (only cases whose name contains TEXT).
 */
import { addinCases } from "./cases/addin.ts"
import { addWorkingDays } from "./cases/addWorkingDays.ts"
import { checkBatch, checkOne } from "./cases/check.ts"
import { ledgerReport } from "./cases/ledger.ts"
import { reportBroken, reportValid } from "./cases/reportCheck.ts"
import { xlsxRead, xlsxReadName } from "./cases/xlsx.ts"
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
  rows.push(...(await runCase(c, { rounds, sliceMs, warmupMs: sliceMs })))
}
// The workbook case is asynchronous and built only when selected (it writes its workbooks first).
if (only === undefined || xlsxReadName.includes(only)) {
  const c = await xlsxRead()
  process.stderr.write(`running: ${c.name}\n`)
  rows.push(...(await runCase(c, { rounds, sliceMs, warmupMs: sliceMs })))
}
for (const c of await addinCases(only)) rows.push(...(await runCase(c, { rounds, sliceMs, warmupMs: sliceMs })))
console.log(
  `Node ${process.version}, ${rounds} rounds of ${sliceMs} ms per alternative, ${new Date().toISOString().slice(0, 10)}\n`
)
console.log(table(rows))
