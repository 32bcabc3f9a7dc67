/**
 * The quick start of `thads check` (khởi động nhanh): bin/thads.js hands
 * `thads check …` here first. A plain invocation ({@link CheckArgs.parse})
 * is run by QuickCheck without loading the command tree, effect's
 * command-line parser or the platform layers — which cost more time than
 * reading and parsing a thousand reports — with stdout, stderr and the exit
 * code byte for byte those of the full command line. Anything else returns
 * `false` having loaded nothing more, and the full command line runs.
 *
 * @since 0.2.0
 */
import * as CheckArgs from "./CheckArgs.js"

/**
 * Runs the arguments after `check` when they are a plain invocation and
 * returns `true` (the exit code is set on `process`); returns `false`,
 * having done nothing, otherwise.
 *
 * @example
 * ```ts
 * const report = fromRoot("examples/report-consistent.json")
 * const printed = await captured(() => mainCheck.run([report, "--format", "json"]))
 * printed.value // true: checked, as `thads check examples/report-consistent.json --format json`
 * printed.exitCode // undefined: the report is valid
 * JSON.parse(printed.stdout).valid // true
 * await mainCheck.run([report, "--server", "https://thads.example"]) // false: for the full command line
 * ```
 * @since 0.2.0
 */
export const run = async (argv: ReadonlyArray<string>): Promise<boolean> => {
  const args = CheckArgs.parse(argv)
  if (args === undefined) return false
  await (await import("./QuickCheck.js")).run(args)
  return true
}
