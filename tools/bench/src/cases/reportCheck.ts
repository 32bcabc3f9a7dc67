/**
 * Decode + identities + KPIs of a 20-row report from its JSON text, as a
 * ratio to `JSON.parse` of the same text (issue #3). Two data sets: valid
 * reports, and reports where 5 % of the rows are broken (an identity, a
 * negative number or a string), all problems collected. A pool of 256
 * reports with different seeds, so no single input is cached.
 */
import { Decode, Identity, Kpi } from "@thads/core"
import { Synthetic } from "@thads/core/testing"
import type { Case } from "../Harness.ts"

const POOL = 256

const validTexts: ReadonlyArray<string> = Array.from({ length: POOL }, (_, i) =>
  JSON.stringify(Synthetic.report({ seed: i + 1, rows: 20 }))
)

const broken = (seed: number): string => {
  const r = JSON.parse(JSON.stringify(Synthetic.report({ seed, rows: 20 })))
  const next = Synthetic.random(seed * 7919)
  for (const table of ["cases", "money"] as const) {
    const p = table === "cases" ? "V" : "T"
    for (const row of r[table].rows) {
      if (next() >= 0.05) continue
      const kind = Math.floor(next() * 3)
      if (kind === 0)
        row[`${p}13`] += 1 // identity
      else if (kind === 1)
        row[`${p}08`] = -1 // negative
      else row[`${p}02`] = String(row[`${p}02`]) // text
    }
  }
  return JSON.stringify(r)
}
const brokenTexts: ReadonlyArray<string> = Array.from({ length: POOL }, (_, i) => broken(i + 1))

let i = 0
const next = (texts: ReadonlyArray<string>) => texts[i++ & (POOL - 1)]!

/** The whole pipeline: decode, then (if it decodes) identities and KPIs. */
const pipeline = (text: string): number => {
  const r = Decode.decodeJson(text)
  if (r._tag === "Failure") return r.failure.length
  return (
    Identity.evaluate(r.success.report, { onlyFailures: true, values: r.success.values }).length +
    Kpi.compute(r.success.report).length
  )
}

/** The same with Effect Schema's decoder in place of the fast one. */
const schemaPipeline = (text: string): number => {
  const r = Decode.decodeWithSchema(JSON.parse(text))
  if (r._tag === "Failure") return r.failure.length
  return (
    Identity.evaluate(r.success.report, { onlyFailures: true, values: r.success.values }).length +
    Kpi.compute(r.success.report).length
  )
}

const bytes = validTexts.reduce((a, t) => a + t.length, 0) / POOL

export const reportValid: Case = {
  name: `report check, 20 rows (${(bytes / 1024).toFixed(1)} KB), valid`,
  unit: "reports",
  baseline: { name: "JSON.parse", run: () => JSON.parse(next(validTexts)), ops: 1 },
  candidates: [
    { name: "decode + identities + KPIs", run: () => pipeline(next(validTexts)), ops: 1 },
    { name: "same, Effect Schema decoder", run: () => schemaPipeline(next(validTexts)), ops: 1 }
  ],
  goal: "≥ 0.8"
}

const brokenCount = brokenTexts.filter((t) => Decode.decodeJson(t)._tag === "Failure").length

export const reportBroken: Case = {
  name: `report check, 20 rows, 5 % of rows broken (${brokenCount}/${POOL} reports do not decode)`,
  unit: "reports",
  baseline: { name: "JSON.parse", run: () => JSON.parse(next(brokenTexts)), ops: 1 },
  candidates: [
    { name: "decode + identities + KPIs", run: () => pipeline(next(brokenTexts)), ops: 1 },
    { name: "same, Effect Schema decoder", run: () => schemaPipeline(next(brokenTexts)), ops: 1 }
  ],
  goal: "≥ 0.4"
}
