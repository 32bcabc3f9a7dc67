/**
 * How the `thads` executable ends on a failure of a command (kết thúc khi
 * lỗi): a {@link Output.UsageError} is one line on standard error and exit
 * code 2; anything else is an unexpected error, exit code 70 — never a stack
 * trace.
 *
 * @since 0.2.0
 */
import * as Output from "./Output.js"

/**
 * Reports a command's failure on standard error and sets the exit code.
 *
 * @example
 * ```ts
 * await captured(() => Exit.fail(new Output.UsageError({ vi: "thiếu --out", en: "missing --out" }), "en"))
 * // { stdout: "", stderr: "thads: missing --out\n", exitCode: 2 }
 * await captured(() => Exit.fail(new Error("disk on fire"), "en"))
 * // { stderr: "thads: unexpected error: disk on fire\n", exitCode: 70 }
 * await captured(() => Exit.fail(new Error("disk on fire"), "vi"))
 * // { stderr: "thads: lỗi không mong đợi (chạy lại với --lang en để xem chi tiết)\n", exitCode: 70 }
 * ```
 * @since 0.2.0
 */
export const fail = (e: unknown, lang: Output.Lang): void => {
  if (e instanceof Output.UsageError) {
    process.stderr.write(`thads: ${e.text[lang]}\n`)
    process.exitCode = 2
    return
  }
  const message = e instanceof Error ? e.message : String(e)
  process.stderr.write(
    lang === "vi"
      ? "thads: lỗi không mong đợi (chạy lại với --lang en để xem chi tiết)\n"
      : `thads: unexpected error: ${message}\n`
  )
  process.exitCode = 70
}
