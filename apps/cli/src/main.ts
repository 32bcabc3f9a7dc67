/**
 * The `thads` executable: runs the command tree on Node, and maps failures
 * to exit codes — 2 and one clear line on standard error for bad input
 * (usage errors, unparsable flags), never a stack trace.
 *
 * @since 0.1.0
 */
import * as NodeRuntime from "@effect/platform-node/NodeRuntime"
import * as NodeServices from "@effect/platform-node/NodeServices"
import * as Console from "effect/Console"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import * as CliError from "effect/cli/CliError"
import * as CliOutput from "effect/cli/CliOutput"
import * as Command from "effect/cli/Command"
import { thads, version } from "./Cli.js"
import * as Exit from "./Exit.js"

/** Boolean flags are written `--x=true` so that a following number ("--to-solar 1 2 2004") stays an argument. */
const booleanFlags = new Set(["--json", "--to-solar", "--leap", "--coverage", "--force", "--result", "--subtree"])
const argv = process.argv.slice(2).map((a) => (booleanFlags.has(a) ? `${a}=true` : a))
const lang: "vi" | "en" = argv.includes("--lang=en") || argv[argv.indexOf("--lang") + 1] === "en" ? "en" : "vi"
const oneLine = (s: string) =>
  s
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => l.length > 0)
    .join(" ")
const prefix = lang === "vi" ? "tham số không hợp lệ" : "invalid arguments"

/**
 * The parser's English messages in Vietnamese: the known shapes are translated, keeping the flag, value or command
 * they name; anything else keeps only those names (no English words in a Vietnamese line).
 */
const vietnamese = (m: string): string => {
  const rules: ReadonlyArray<readonly [RegExp, (...g: ReadonlyArray<string>) => string]> = [
    [/^Unrecognized flag: (\S+)/, (f) => `không có cờ ${f}`],
    [/^Invalid value for flag (\S+): (".*?"|\S+)/, (f, v) => `giá trị ${v} không hợp lệ cho ${f}`],
    [/^Missing required flag:? (\S+)/, (f) => `thiếu cờ ${f}`],
    [/^Unknown subcommand "?([^"\s]+)"?/, (c) => `không có lệnh "${c}"`],
    [/^Missing (?:required )?argument:? ?(\S*)/, (a) => `thiếu đối số${a === "" ? "" : ` ${a}`}`],
    [/^Expected (?:one of|a|an) /, () => "giá trị không hợp lệ"]
  ]
  for (const [re, f] of rules) {
    const g = re.exec(m)
    if (g !== null) return f(...g.slice(1))
  }
  const names = m.match(/--[\w-]+|"[^"]*"/g)
  return names === null ? "xem trợ giúp" : `xem ${names.join(", ")}`
}

/** Help when asked for; for a bad invocation, one line on stderr instead of the whole help. */
const presenter: CliOutput.Presenter = {
  present: (event) => {
    const formatter = CliOutput.defaultFormatter({ colors: false })
    switch (event._tag) {
      case "Help":
        return Console.log(formatter.formatHelpDoc(event.helpDoc))
      case "Version":
        return Console.log(formatter.formatVersion(event.name, event.version))
      case "InvalidInvocation":
        return Effect.sync(() => {
          const messages = event.errors.map((e) =>
            lang === "vi" ? vietnamese(oneLine(e.message)) : oneLine(e.message)
          )
          process.stderr.write(
            `thads: ${prefix}: ${messages.join("; ")} (${[...event.commandPath, "--help"].join(" ")})\n`
          )
        })
    }
  }
}

const program = Command.runWith(thads, { version, renderErrors: true })(argv).pipe(
  Effect.catch((e: unknown) =>
    Effect.sync(() => {
      if (CliError.isCliError(e)) process.exitCode = 2
      else Exit.fail(e, lang)
    })
  ),
  Effect.provide(Layer.merge(NodeServices.layer, CliOutput.layerPresenter(presenter)))
)

NodeRuntime.runMain(program, { disableErrorReporting: true })
