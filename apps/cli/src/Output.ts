/**
 * What a command prints: text for people (Vietnamese by default, English with
 * `--lang en`) or exactly one JSON object with `--json`; and the usage error
 * that ends the process with exit code 2 and one clear line.
 *
 * @since 0.1.0
 */
import type { Terms } from "@thads/core"

/**
 * Output language.
 *
 * @example
 * ```ts
 * const lang: Output.Lang = "en"
 * ```
 * @since 0.1.0
 */
export type Lang = Terms.Lang

/**
 * A command's result: the text to print on standard output.
 *
 * @example
 * ```ts
 * const out: Output.Output = { stdout: "Deadline\n", exitCode: 0 }
 * ```
 * @since 0.1.0
 */
export interface Output {
  readonly stdout: string
  readonly exitCode: 0 | 1
  /** The output was already written to stdout as it was made (`stdout` is empty). */
  readonly streamed?: true
}

/**
 * Bad input from the user (exit code 2): one line, in both languages when the
 * language is not known yet.
 *
 * @example
 * ```ts
 * const e = new Output.UsageError({ vi: "tháng phải từ 1 đến 12", en: "months must be 1 to 12" })
 * e.message // "months must be 1 to 12"
 * await captured(() => Exit.fail(e, "vi")) // { stderr: "thads: tháng phải từ 1 đến 12\n", exitCode: 2 }
 * ```
 * @since 0.1.0
 */
export class UsageError extends Error {
  readonly _tag = "UsageError"
  constructor(readonly text: Terms.Term) {
    super(text.en)
    this.name = "UsageError"
  }
}

/**
 * Prints one JSON object (2-space indent, newline-terminated).
 *
 * @example
 * ```ts
 * Output.json({ year: 2022, months: 6 }) // { stdout: '{\n  "year": 2022,\n  "months": 6\n}\n', exitCode: 0 }
 * ```
 * @since 0.1.0
 */
export const json = (value: unknown): Output => ({ stdout: `${JSON.stringify(value, null, 2)}\n`, exitCode: 0 })

/**
 * Prints lines of text.
 *
 * @example
 * ```ts
 * Output.text(["a", "b"]) // { stdout: "a\nb\n", exitCode: 0 }
 * ```
 * @since 0.1.0
 */
export const text = (lines: ReadonlyArray<string>): Output => ({ stdout: `${lines.join("\n")}\n`, exitCode: 0 })

/**
 * Picks the text of a language.
 *
 * @example
 * ```ts
 * Output.t("vi", "Hạn gửi báo cáo", "Report deadline") // "Hạn gửi báo cáo"
 * ```
 * @since 0.1.0
 */
export const t = (lang: Lang, vi: string, en: string): string => (lang === "vi" ? vi : en)
