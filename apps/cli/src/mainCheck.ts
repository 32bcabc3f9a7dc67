/**
 * The quick start of `thads check` (khởi động nhanh): bin/thads.js hands
 * `thads check …` here first. A plain invocation ({@link CheckArgs.parse})
 * is run without loading the command tree, effect's command-line parser or
 * the platform layers — which cost more time than reading and parsing a
 * thousand reports — with the same `check` function, the same streamed
 * writer and the same failure lines and exit codes as main.ts, so stdout,
 * stderr and the exit code are byte for byte those of the full command
 * line. Anything else returns `false` and the full command line runs.
 *
 * @since 0.2.0
 */
import { CivilDate } from "@thads/core"
import * as CheckArgs from "./CheckArgs.js"
import { check } from "./commands/check.js"
import * as Exit from "./Exit.js"
import * as Stdout from "./Stdout.js"

/**
 * Runs the arguments after `check` when they are a plain invocation and
 * returns `true` (the exit code is set on `process`); returns `false`,
 * having done nothing, otherwise.
 *
 * @example
 * ```ts
 * await run(["reports/", "--format", "json"]) // true: the reports checked, as `thads check reports/ --format json`
 * await run(["reports/", "--server", "https://thads.example"]) // false: for the full command line
 * ```
 * @since 0.2.0
 */
export const run = async (argv: ReadonlyArray<string>): Promise<boolean> => {
  const args = CheckArgs.parse(argv)
  if (args === undefined) return false
  try {
    const out = Stdout.writer()
    const result = await check({
      ...args,
      today: CivilDate.todayInVietnam(Date.now()),
      progress: Stdout.progress,
      write: out.write
    })
    out.flush()
    if (result.exitCode !== 0) process.exitCode = result.exitCode
  } catch (e) {
    Exit.fail(e, args.lang)
  }
  return true
}
