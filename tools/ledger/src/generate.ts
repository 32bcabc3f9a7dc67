/**
 * Realistic synthetic ledgers (sổ thụ lý) for tests, demos and benchmarks:
 * seeded and deterministic, spread over the Phòng THADS khu vực of a
 * province and their enforcement officers, with consistent histories
 * (every case decodes). Built on `SyntheticLedger` of @thads/core.
 *
 * As a command (Node 24 runs .ts directly):
 *   node tools/ledger/src/generate.ts --seed 1 --cases 1000 [--csv] [--units 9] [--officers 40]
 * prints the ledger as JSON (or CSV) on standard output.
 */
import { Ledger } from "@thads/core"
import { SyntheticLedger } from "@thads/core/testing"

/** Options of {@link generate}. */
export interface Options {
  readonly seed: number
  readonly cases: number
  /** Number of sub-units (default 9). */
  readonly units?: number
  /** Number of Chấp hành viên (default 4 per unit). */
  readonly officers?: number
  readonly unitId?: string
  /** First and last decision dates (default the statistical years 2022–2024). */
  readonly from?: string
  readonly to?: string
}

/** A synthetic ledger of `cases` cases. */
export const generate = (options: Options): Ledger.Ledger => {
  const units = options.units ?? 9
  return SyntheticLedger.ledger({
    seed: options.seed,
    cases: options.cases,
    unitId: options.unitId ?? "thads-tinh-synthetic",
    units: Array.from({ length: units }, (_, i) => `phong-kv-${i + 1}`),
    officers: options.officers ?? 4 * units,
    ...(options.from !== undefined ? { from: options.from } : {}),
    ...(options.to !== undefined ? { to: options.to } : {})
  })
}

/** The ledger as CSV (the layout of `Ledger` in @thads/core). */
export const generateCsv = (options: Options): string => Ledger.toCsv(generate(options))

const isMain = import.meta.url === `file://${process.argv[1]}`
if (isMain) {
  const arg = (name: string): string | undefined => {
    const i = process.argv.indexOf(name)
    return i >= 0 ? process.argv[i + 1] : undefined
  }
  const options: Options = {
    seed: Number(arg("--seed") ?? 1),
    cases: Number(arg("--cases") ?? 1000),
    ...(arg("--units") !== undefined ? { units: Number(arg("--units")) } : {}),
    ...(arg("--officers") !== undefined ? { officers: Number(arg("--officers")) } : {})
  }
  process.stdout.write(process.argv.includes("--csv") ? generateCsv(options) : `${JSON.stringify(generate(options))}\n`)
}
