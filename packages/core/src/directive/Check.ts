/**
 * A measurable check that implements one or more provisions of a directive:
 * a pure function from its input to an outcome, with worked examples that
 * are its own tests. The coverage map runs the examples, so "tested" is
 * computed from the code, not declared.
 *
 * @since 0.1.0
 */
import type * as Citation from "../citation/Citation.js"
import type { Text } from "./Directive.js"

/**
 * The result of a check.
 *
 * @example
 * ```ts
 * Checks09.complaintsFalling.run({ current: 40, previous: 52 })
 * // { status: "pass", message: { vi: "40 việc, năm trước 52", en: "40 cases, previous year 52" }, observed: 40, expected: 52 }
 * ```
 * @since 0.1.0
 */
export interface Outcome {
  readonly status: "pass" | "fail" | "not-applicable"
  readonly message: Text
  readonly observed?: number | string
  readonly expected?: number | string
}

/**
 * A worked example: an input and the status it must give.
 *
 * @example
 * ```ts
 * const example: Check.Example<{ readonly current: number; readonly previous?: number }> = { name: "rising", input: { current: 60, previous: 52 }, status: "fail" }
 * ```
 * @since 0.1.0
 */
export interface Example<I> {
  readonly name: string
  readonly input: I
  readonly status: Outcome["status"]
}

/**
 * A check.
 *
 * @example
 * ```ts
 * const check: Check.Check<{ readonly current: number; readonly previous?: number }> = Checks09.complaintsFalling
 * check.provisions // ["4.5"]
 * ```
 * @since 0.1.0
 */
export interface Check<I> {
  readonly id: string
  /** The provisions it measures, e.g. ["4.4"]. */
  readonly provisions: ReadonlyArray<string>
  readonly title: Text
  readonly citation: Citation.Citation
  readonly run: (input: I) => Outcome
  readonly examples: ReadonlyArray<Example<I>>
}

/**
 * A check of any input type.
 *
 * @example
 * ```ts
 * const checks: ReadonlyArray<Check.Any> = Checks09.all
 * checks.flatMap(Check.failingExamples) // []
 * ```
 * @since 0.1.0
 */
export type Any = Check<any>

/**
 * Runs a check's examples; returns the names of those that do not give the
 * expected status (empty: the check is tested and passes).
 *
 * @example
 * ```ts
 * Check.failingExamples(Checks09.targetsMet) // []
 * ```
 * @since 0.1.0
 */
export const failingExamples = (check: Any): ReadonlyArray<string> =>
  check.examples
    .filter((e) => {
      try {
        return check.run(e.input).status !== e.status
      } catch {
        return true
      }
    })
    .map((e) => e.name)
