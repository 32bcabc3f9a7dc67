/**
 * A plain `thads check` run without the command tree (kiểm tra nhanh): the
 * same `check` function, streamed writer, progress bar, failure lines and
 * exit codes as the command tree's `check` and main.ts, so that stdout,
 * stderr and the exit code are byte for byte the same. Loaded by
 * mainCheck.ts once the arguments are understood.
 *
 * @since 0.2.0
 */
import { CivilDate } from "@thads/core"
import type * as CheckArgs from "./CheckArgs.js"
import { check } from "./commands/check.js"
import * as Exit from "./Exit.js"
import * as Stdout from "./Stdout.js"

/**
 * Checks the reports of a plain invocation, streaming the output to stdout;
 * sets the exit code on `process` (0 valid, 1 an error finding, 2 a usage
 * error, 70 unexpected).
 *
 * @example
 * ```ts
 * const report = fromRoot("examples/report-late.json")
 * const printed = await captured(() => QuickCheck.run({ paths: [report], format: "json", json: false, lang: "vi" }))
 * printed.exitCode // 1: as `thads check examples/report-late.json --format json`
 * JSON.parse(printed.stdout).valid // false
 * await captured(() => QuickCheck.run({ paths: [fromRoot("examples/missing.json")], format: "text", json: false, lang: "en" }))
 * // { stdout: "", exitCode: 2 }
 * ```
 * @since 0.2.0
 */
export const run = async (args: CheckArgs.CheckArgs): Promise<void> => {
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
}
