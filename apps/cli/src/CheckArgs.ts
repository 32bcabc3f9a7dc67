/**
 * The plain invocations of `thads check` (các lời gọi thông thường), read
 * without the command tree so that a batch check starts fast (see
 * mainCheck.ts): report paths, `--format text|json`, `--json`, `--context`,
 * `--organization`, `--as-of` and `--lang vi|en`, each flag at most once,
 * as `--flag value` or `--flag=value`. Anything else — `--server`, `--help`,
 * an unknown or repeated flag, a value the parser would refuse, a path that
 * starts with "-", no path at all — is not understood here (`undefined`)
 * and goes to the full command line, which parses it and says what is wrong
 * exactly as before.
 *
 * @since 0.2.0
 */
import type * as Output from "./Output.js"

/**
 * What a plain `thads check` asks for, with the defaults of `thads check
 * --help` filled in (but the organisation's, which `check` fills in).
 *
 * @example
 * ```ts
 * const args: CheckArgs.CheckArgs = { paths: ["reports/"], format: "json", json: false, lang: "vi" }
 * ```
 * @since 0.2.0
 */
export interface CheckArgs {
  readonly paths: ReadonlyArray<string>
  readonly format: "text" | "json"
  readonly json: boolean
  readonly context?: string
  /** Absent: `check`'s default organisation (Tây Ninh). */
  readonly organization?: string
  readonly asOf?: string
  readonly lang: Output.Lang
}

/** The flags that take a value, and the values allowed where the command tree allows only some. */
const valued: Readonly<Record<string, ReadonlyArray<string> | undefined>> = {
  "--format": ["text", "json"],
  "--context": undefined,
  "--organization": undefined,
  "--as-of": undefined,
  "--lang": ["vi", "en"]
}

/**
 * Reads the arguments after `check`; `undefined` when they are not a plain
 * invocation (the full command line then handles them).
 *
 * @example
 * ```ts
 * CheckArgs.parse(["reports", "--format", "json"]) // { paths: ["reports"], format: "json", json: false, lang: "vi" }
 * CheckArgs.parse(["reports", "--lang=en", "--json"]) // { paths: ["reports"], format: "text", json: true, lang: "en" }
 * CheckArgs.parse(["reports", "--help"]) // undefined
 * CheckArgs.parse(["reports", "--format", "xml"]) // undefined
 * CheckArgs.parse([]) // undefined
 * ```
 * @since 0.2.0
 */
export const parse = (argv: ReadonlyArray<string>): CheckArgs | undefined => {
  const paths: Array<string> = []
  const values = new Map<string, string>()
  let json = false
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!
    if (arg === "") return undefined
    if (!arg.startsWith("-")) {
      paths.push(arg)
      continue
    }
    if (arg === "--json") {
      if (json) return undefined
      json = true
      continue
    }
    const eq = arg.indexOf("=")
    const name = eq === -1 ? arg : arg.slice(0, eq)
    if (!Object.hasOwn(valued, name) || values.has(name)) return undefined
    const value = eq === -1 ? argv[++i] : arg.slice(eq + 1)
    if (value === undefined || value === "" || value.startsWith("-") || value.includes("=")) return undefined
    const allowed = valued[name]
    if (allowed !== undefined && !allowed.includes(value)) return undefined
    values.set(name, value)
  }
  if (paths.length === 0) return undefined
  const context = values.get("--context")
  const asOf = values.get("--as-of")
  const organization = values.get("--organization")
  return {
    paths,
    format: values.get("--format") === "json" ? "json" : "text",
    json,
    ...(context === undefined ? {} : { context }),
    ...(organization === undefined ? {} : { organization }),
    ...(asOf === undefined ? {} : { asOf }),
    lang: values.get("--lang") === "en" ? "en" : "vi"
  }
}
