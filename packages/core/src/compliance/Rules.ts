/**
 * The registry of report-check rules (sổ quy tắc): every rule, in the
 * order it runs. A new rule is one module under `rules/`, one line here, and
 * its codes in the finding catalogue. A rule set can switch a rule off or
 * set its parameters (`RuleSet.rules`), which changes the rule set's hash.
 *
 * @since 0.2.0
 */
import * as Citation from "../citation/Citation.js"
import type * as Finding from "./Finding.js"
import * as CaseCheck from "./CaseCheck.js"
import * as FindingCatalogue from "./FindingCatalogue.js"
import type * as Rule from "./Rule.js"
import * as Consistency from "./rules/Consistency.js"
import * as Obligations from "./rules/Obligations.js"
import * as Organisation from "./rules/Organisation.js"
import * as Periods from "./rules/Periods.js"
import * as Rollup from "./rules/Rollup.js"
import * as Targets from "./rules/Targets.js"
import * as Timeliness from "./rules/Timeliness.js"

/**
 * Every rule, in the order it runs.
 *
 * @example
 * ```ts
 * Rules.all.map((r) => r.id).includes("timeliness/deadline") // true
 * ```
 * @since 0.2.0
 */
export const all: ReadonlyArray<Rule.Any> = [
  Consistency.rows,
  Consistency.identities,
  Periods.cumulative,
  Periods.continuity,
  Targets.attainment,
  Targets.backlog,
  Organisation.unit,
  Organisation.regime,
  Timeliness.deadline,
  Rollup.units,
  Obligations.status
]

/**
 * A rule by id.
 *
 * @example
 * ```ts
 * Rules.get("targets/backlog")?.basis // "assumed"
 * ```
 * @since 0.2.0
 */
export const get = (id: string): Rule.Any | undefined => all.find((r) => r.id === id)

/**
 * The registry as data (id, codes, basis, citation, default parameters), for
 * the rule set's hash and for documentation.
 *
 * @example
 * ```ts
 * Rules.describe()[0] // { id: "consistency/rows", codes: ["duplicate-row-id", "rows-differ-between-tables"], basis: "official", citation: { document: "tt-06-2019-btp" }, parameters: {} }
 * ```
 * @since 0.2.0
 */
export const describe = (): ReadonlyArray<{
  readonly id: string
  readonly codes: ReadonlyArray<FindingCatalogue.Code>
  readonly basis: Finding.Basis
  readonly citation: Citation.Citation
  readonly parameters: Rule.Parameters
  readonly assumedWhen: Readonly<Partial<Record<FindingCatalogue.Code, string>>>
}> =>
  all.map((r) => ({
    id: r.id,
    codes: r.codes,
    basis: r.basis,
    citation: r.citation,
    parameters: r.parameters,
    assumedWhen: r.assumedWhen ?? {}
  }))

/**
 * The codes that can rest on an assumption, each with the rules and why:
 * every code of an assumed rule, and the codes a rule marks as resting on an
 * assumed parameter or datum.
 *
 * @example
 * ```ts
 * Rules.assumedCodes().has("report-late") // true
 * ```
 * @since 0.2.0
 */
export const assumedCodes = (): ReadonlyMap<FindingCatalogue.Code, ReadonlyArray<string>> => {
  const out = new Map<FindingCatalogue.Code, Array<string>>()
  const add = (code: FindingCatalogue.Code, why: string) => {
    const list = out.get(code)
    if (list === undefined) out.set(code, [why])
    else list.push(why)
  }
  for (const r of all) {
    if (r.basis === "assumed") for (const c of r.codes) add(c, `${r.id}: ${r.basisNote?.en ?? "assumed rule"}`)
    for (const [c, why] of Object.entries(r.assumedWhen ?? {})) add(c as FindingCatalogue.Code, `${r.id}: ${why}`)
  }
  // The case-level checks (CaseCheck) are not report rules; their assumptions are listed the same way.
  for (const [c, why] of Object.entries(CaseCheck.assumedWhen)) add(c as FindingCatalogue.Code, `case: ${why}`)
  for (const [c, why] of Object.entries(interagencyAssumed)) add(c as FindingCatalogue.Code, `interagency: ${why}`)
  return out
}

/**
 * The inter-agency cross-checks (`interagency/CrossCheck`, which sits above
 * `compliance/` in the folder graph) whose findings are always assumed: the
 * forms' columns were not found, so which indicators two forms share is an
 * assumption (its test holds this list to the basis the checks give).
 */
const interagencyAssumed: Partial<Record<FindingCatalogue.Code, string>> = {
  "tkln-differs-from-report":
    "form 01/TKLN-THADS is assumed to carry the report's indicators (its columns were not found)",
  "tkln-differs-from-procuracy":
    "forms 01 and 04/TKLN-THADS are assumed to carry the same indicators (their columns were not found)"
}

/**
 * docs/findings.md: the catalogue, with the codes that can rest on an
 * assumption marked and explained.
 *
 * @example
 * ```ts
 * Rules.findingsMarkdown().includes("may be assumed") // true
 * ```
 * @since 0.2.0
 */
export const findingsMarkdown = (): string => {
  const lines = [FindingCatalogue.toMarkdown({ assumed: assumedCodes() }).trimEnd(), "", "## rules", ""]
  lines.push("| rule | basis | codes | citation | parameters |", "|---|---|---|---|---|")
  for (const r of all) {
    lines.push(
      `| \`${r.id}\` | ${r.basis} | ${r.codes.map((c) => `\`${c}\``).join(", ")} | ${Citation.renderEn(r.citation)} | \`${JSON.stringify(r.parameters)}\` |`
    )
  }
  lines.push("")
  return lines.join("\n")
}
