/**
 * `npm run fuzz`: generated malformed inputs through the library and the
 * `thads` binary; prints the counts and exits 1 on any failure. Options:
 * `--seed N` (default: the time), `--reports N` (default 100,000),
 * `--binary N` (default 60), `--workbooks N` (default 200), `--csv N`
 * (default 5,000).
 */
import { runBinary } from "./Binary.ts"
import { runCsv } from "./Csv.ts"
import { runReports } from "./Reports.ts"
import { runWorkbooks } from "./Workbooks.ts"

const arg = (name: string, fallback: number): number => {
  const i = process.argv.indexOf(name)
  return i >= 0 ? Number(process.argv[i + 1]) : fallback
}
const seed = arg("--seed", Date.now() % 1_000_000)
const t0 = performance.now()
const secs = () => `${((performance.now() - t0) / 1000).toFixed(1)} s`

console.log(`thads fuzz, seed ${seed} (rerun with --seed ${seed})`)
const failures: Array<string> = []

const reports = runReports(seed, arg("--reports", 100_000))
console.log(
  `reports through ReportCheck.check: ${reports.reports} (${reports.valid} valid, ${reports.invalid} not valid), ${reports.failures.length} failures  [${secs()}]`
)
for (const f of reports.failures) failures.push(f)

const csv = runCsv(seed, arg("--csv", 5_000))
console.log(
  `CSV ledgers through Ledger.decodeCsv: ${csv.ledgers} (${csv.decoded} decoded, ${csv.refused} refused with problems), ${csv.failures.length} failures  [${secs()}]`
)
for (const f of csv.failures) failures.push(f)

const workbooks = await runWorkbooks(seed, arg("--workbooks", 200))
console.log(
  `workbooks through Read.read: ${workbooks.workbooks} (${workbooks.read} read; refused: ${JSON.stringify(workbooks.refused)}), ${workbooks.failures.length} failures  [${secs()}]`
)
for (const f of workbooks.failures) failures.push(f)

const binary = await runBinary(seed, arg("--binary", 60))
console.log(
  `inputs through the thads binary: ${binary.runs} (exit codes ${JSON.stringify(binary.exit)}), ${binary.failures.length} failures  [${secs()}]`
)
for (const f of binary.failures) failures.push(f)

if (failures.length > 0) {
  console.log(`\n${failures.length} failure(s):`)
  for (const f of failures.slice(0, 20)) console.log(`- ${f}`)
  process.exitCode = 1
} else console.log("no failures")
