/**
 * Reading input files for the commands: text with a size limit, where an
 * unreadable or too-large file is a usage error (exit 2, one line); and the
 * problems of an input that does not decode, as text lines.
 *
 * @since 0.1.0
 */
import { readFileSync, statSync } from "node:fs"
import type { Json } from "@thads/core"
import * as Output from "./Output.js"

/**
 * The largest file read (bigger files are refused as unreadable input).
 *
 * @example
 * ```ts
 * MAX_BYTES // 67108864 (64 MiB)
 * ```
 * @since 0.1.0
 */
export const MAX_BYTES = 64 * 1024 * 1024

/**
 * Reads a file as UTF-8 text; throws {@link Output.UsageError} when it cannot
 * be read or is larger than {@link MAX_BYTES}.
 *
 * @example
 * ```ts
 * readText("examples/report-late.json")
 * ```
 * @since 0.1.0
 */
export const readText = (file: string): string => {
  try {
    const size = statSync(file).size
    if (size > MAX_BYTES) throw new Error(`${size} bytes is more than the ${MAX_BYTES / 1024 / 1024} MiB limit`)
    return readFileSync(file, "utf8")
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e)
    throw new Output.UsageError({ vi: `không đọc được tệp "${file}": ${why}`, en: `cannot read "${file}": ${why}` })
  }
}

/**
 * The problems of an input that does not decode, one line each.
 *
 * @example
 * ```ts
 * problemLines("case.json", { vi: "việc thi hành án", en: "case" }, problems, "vi")
 * ```
 * @since 0.1.0
 */
export const problemLines = (
  file: string,
  what: { readonly vi: string; readonly en: string },
  problems: ReadonlyArray<Json.Problem>,
  lang: Output.Lang
): ReadonlyArray<string> => [
  Output.t(
    lang,
    `${file}: ${what.vi} không hợp lệ, ${problems.length} lỗi:`,
    `${file}: the ${what.en} does not decode, ${problems.length} problem(s):`
  ),
  ...problems.map((p) => `  ${p.path === "" ? "/" : p.path}  [${p.code}]  ${p.message[lang]}`)
]
