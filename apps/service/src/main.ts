/**
 * `thads-service`: the compliance service and its administration.
 *
 * ```
 * thads-service [serve] [--host H] [--port P] [--data-dir D] [--public-reads]
 *               [--max-body-bytes N] [--log-level L] [--ui-dir D] [--no-migrate]
 *               [--cors-origins O,O] [--no-fast-check] [--obligations FILE]
 *               [--units FILE]
 * thads-service migrate
 * thads-service keys create --role R [--unit U] [--label L] [--units FILE]
 * thads-service keys list
 * thads-service keys revoke <id>
 * thads-service audit verify
 * ```
 * Environment: DATABASE_URL (postgres://… selects PostgreSQL), THADS_HOST,
 * THADS_PORT, THADS_DATA_DIR, THADS_MAX_BODY_BYTES, THADS_LOG_LEVEL,
 * THADS_PUBLIC_READS=true, THADS_UI_DIR, THADS_CORS_ORIGINS, THADS_FAST_CHECK=false,
 * THADS_OBLIGATIONS (the obligation settings file, decoded at start: a file
 * that does not decode stops the start, naming the problems' pointers),
 * THADS_UNITS (the area offices file — the province's Phòng THADS khu vực —
 * decoded at start the same way, before the obligation settings, which may
 * name its units).
 * Flags win over the environment.
 *
 * @since 0.1.0
 */
import { readFileSync } from "node:fs"
import { parseArgs } from "node:util"
import { NodeRuntime } from "@effect/platform-node"
import { Api } from "@thads/api"
import { AreaOffices, ObligationSettings, Organization } from "@thads/core"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import * as Logger from "effect/Logger"
import * as References from "effect/References"
import * as HttpServer from "effect/http/HttpServer"
import * as Audit from "./Audit.js"
import * as Database from "./Database.js"
import * as Handlers from "./Handlers.js"
import * as Keys from "./Keys.js"
import * as Metrics from "./Metrics.js"
import * as Server from "./Server.js"

const usage = `thads-service — the thads compliance service

  thads-service [serve] [--host H] [--port P] [--data-dir D] [--public-reads]
                [--max-body-bytes N] [--log-level L] [--ui-dir D] [--no-migrate]
                [--cors-origins https://a.example,https://b.example] [--no-fast-check]
                [--obligations obligations.json] [--units units.json]
  thads-service migrate
  thads-service keys create --role submitter|unit-reviewer|reviewer|admin [--unit U] [--label L] [--units units.json]
  thads-service keys list
  thads-service keys revoke <id>
  thads-service audit verify

Environment: DATABASE_URL=postgres://… (PostgreSQL; default SQLite in <data-dir>/thads.db),
THADS_HOST, THADS_PORT, THADS_DATA_DIR, THADS_MAX_BODY_BYTES, THADS_LOG_LEVEL, THADS_PUBLIC_READS, THADS_UI_DIR,
THADS_CORS_ORIGINS (comma-separated origins allowed to call the API from a browser; default none),
THADS_FAST_CHECK=false (same as --no-fast-check: anonymous JSON checks also go through the HttpApi app instead of
the hot path; the answers are the same, the hot path is faster),
THADS_OBLIGATIONS=<file> (same as --obligations: the obligation settings — what a quarter of Chỉ thị 09 §1.3 is,
due rules, the §8.1 reviews, ad-hoc requests; format: thads schema --obligations; default the built-in defaults),
THADS_UNITS=<file> (same as --units: the province's Phòng THADS khu vực (area offices, from 1/7/2025) as its decision
lists them; format: thads schema --units; default none: only the built-in units).`

class UsageError extends Error {}

const levels = ["All", "Trace", "Debug", "Info", "Warn", "Error", "Fatal", "None"] as const

/** The allowed origins: exact `scheme://host[:port]` values, comma-separated. */
const corsOrigins = (text: string): ReadonlyArray<string> => {
  const origins = text
    .split(",")
    .map((o) => o.trim())
    .filter((o) => o !== "")
  for (const o of origins) {
    let ok = false
    try {
      const u = new URL(o)
      ok = (u.protocol === "https:" || u.protocol === "http:") && u.origin === o
    } catch {}
    if (!ok)
      throw new UsageError(`--cors-origins: "${o.slice(0, 100)}" is not an origin (like https://addin.example.vn)`)
  }
  return origins
}

const parse = (argv: ReadonlyArray<string>) => {
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: {
      host: { type: "string" },
      port: { type: "string" },
      "data-dir": { type: "string" },
      "public-reads": { type: "boolean" },
      "max-body-bytes": { type: "string" },
      "log-level": { type: "string" },
      "ui-dir": { type: "string" },
      "no-migrate": { type: "boolean" },
      "cors-origins": { type: "string" },
      "no-fast-check": { type: "boolean" },
      obligations: { type: "string" },
      units: { type: "string" },
      role: { type: "string" },
      unit: { type: "string" },
      label: { type: "string" },
      help: { type: "boolean", short: "h" }
    }
  })
  const env = process.env
  const int = (name: string, text: string | undefined, fallback: number) => {
    if (text === undefined) return fallback
    const n = Number(text)
    if (!Number.isInteger(n) || n < 0) throw new UsageError(`${name} must be a whole number ≥ 0 (got "${text}")`)
    return n
  }
  const level = values["log-level"] ?? env.THADS_LOG_LEVEL ?? "Info"
  const logLevel = levels.find((l) => l.toLowerCase() === level.toLowerCase())
  if (logLevel === undefined) throw new UsageError(`--log-level must be one of ${levels.join(", ")}`)
  return {
    positionals,
    help: values.help === true,
    host: values.host ?? env.THADS_HOST ?? "127.0.0.1",
    port: int("--port", values.port ?? env.THADS_PORT, 8080),
    dataDir: values["data-dir"] ?? env.THADS_DATA_DIR ?? "data",
    databaseUrl: env.DATABASE_URL,
    publicReads: values["public-reads"] === true || env.THADS_PUBLIC_READS === "true",
    maxBodyBytes: int("--max-body-bytes", values["max-body-bytes"] ?? env.THADS_MAX_BODY_BYTES, 5_000_000),
    logLevel,
    uiDir: values["ui-dir"] ?? env.THADS_UI_DIR ?? "apps/dashboard/dist",
    migrate: values["no-migrate"] !== true,
    corsOrigins: corsOrigins(values["cors-origins"] ?? env.THADS_CORS_ORIGINS ?? ""),
    fastCheck: values["no-fast-check"] !== true && env.THADS_FAST_CHECK !== "false",
    obligations: values.obligations ?? (env.THADS_OBLIGATIONS === "" ? undefined : env.THADS_OBLIGATIONS),
    units: values.units ?? (env.THADS_UNITS === "" ? undefined : env.THADS_UNITS),
    role: values.role,
    unit: values.unit,
    label: values.label
  }
}

type Settings = ReturnType<typeof parse>

/** A settings file's text, or a usage error naming the flag. */
const readSettingsFile = (flag: string, file: string): string => {
  try {
    return readFileSync(file, "utf8")
  } catch (e) {
    throw new UsageError(`${flag}: cannot read "${file}": ${e instanceof Error ? e.message : String(e)}`.slice(0, 500))
  }
}

/** The area offices file, decoded (every problem named by its pointer), or a usage error. */
const areaOffices = (file: string): AreaOffices.Decoded => {
  const r = AreaOffices.decodeJson(readSettingsFile("--units", file), { organization: Organization.tayNinh })
  if (r._tag === "Failure")
    throw new UsageError(
      `--units: "${file}" does not decode (format: thads schema --units): ${AreaOffices.summary(r.failure, "en", 10)}`
    )
  return r.success
}

/** The obligation settings file, decoded against the organisation (every problem named by its pointer), or a usage error. */
const obligationSettings = (file: string, organization: Organization.Organization): ObligationSettings.Decoded => {
  const text = readSettingsFile("--obligations", file)
  const r = ObligationSettings.decodeJson(text, { organization })
  if (r._tag === "Failure")
    throw new UsageError(
      `--obligations: "${file}" does not decode (format: thads schema --obligations): ${ObligationSettings.summary(r.failure, "en", 10)}`
    )
  return r.success
}

const print = (line: string) => Effect.sync(() => process.stdout.write(`${line}\n`))

const serve = (s: Settings) =>
  Effect.gen(function* () {
    // Decoded before anything else: a settings file that does not decode stops the start. The area offices first:
    // the obligation settings may name them.
    const units = s.units === undefined ? undefined : areaOffices(s.units)
    const organization = units?.organization ?? Organization.tayNinh
    const obligations = s.obligations === undefined ? undefined : obligationSettings(s.obligations, organization)
    const target = Database.target(s.dataDir, s.databaseUrl)
    if (s.migrate) yield* Database.migrate
    const config = {
      organizationId: "tay-ninh",
      organization,
      ...(units === undefined ? {} : { areaOffices: units }),
      publicReads: s.publicReads,
      maxBodyBytes: s.maxBodyBytes,
      database: Database.describe(target),
      metrics: Metrics.make(),
      ...(obligations === undefined ? {} : { obligations })
    }
    const announce = Layer.effectDiscard(
      Effect.gen(function* () {
        const server = yield* HttpServer.HttpServer
        const url = HttpServer.formatAddress(server.address)
        yield* print(`thads-service listening on ${url} (${config.database}); API docs: ${url}/docs`)
      })
    )
    return yield* Layer.launch(
      announce.pipe(
        Layer.provideMerge(
          Server.layer({
            host: s.host,
            port: s.port,
            uiDir: s.uiDir,
            corsOrigins: s.corsOrigins,
            fastCheck: s.fastCheck,
            logRequests:
              s.logLevel !== "Warn" && s.logLevel !== "Error" && s.logLevel !== "Fatal" && s.logLevel !== "None"
          })
        ),
        Layer.provide(Layer.succeed(Handlers.ServiceConfig, config))
      )
    )
  })

const keys = (s: Settings) =>
  Effect.gen(function* () {
    const [, action, id] = s.positionals
    if (action === "create") {
      const role = Api.roles.find((r) => r === s.role)
      if (role === undefined) throw new UsageError(`--role must be one of ${Api.roles.join(", ")}`)
      if ((role === "submitter" || role === "unit-reviewer") && s.unit === undefined)
        throw new UsageError(`a ${role} key needs --unit`)
      const organization = s.units === undefined ? Organization.tayNinh : areaOffices(s.units).organization
      if (s.unit !== undefined && !organization.byId.has(s.unit))
        throw new UsageError(
          `no unit "${s.unit}" in the organisation${s.units === undefined ? " (an area office: give --units FILE)" : ""}`
        )
      const created = yield* Keys.create({
        role,
        unitId: s.unit ?? null,
        ...(s.label === undefined ? {} : { label: s.label })
      })
      yield* Audit.append({
        keyId: null,
        role: "admin",
        unitId: s.unit ?? null,
        action: "key.create",
        object: created.info.id,
        outcome: "ok",
        requestId: null
      })
      yield* print(`key ${created.info.id} (${role}${s.unit === undefined ? "" : `, ${s.unit}`}) — shown once:`)
      return yield* print(created.key)
    }
    if (action === "list") {
      for (const k of yield* Keys.list)
        yield* print(
          `${k.id}  ${k.role.padEnd(13)}  ${(k.unitId ?? "-").padEnd(28)}  ${k.createdAt}  ${k.revokedAt === null ? "active" : `revoked ${k.revokedAt}`}${k.label === null ? "" : `  ${k.label}`}`
        )
      return
    }
    if (action === "revoke" && id !== undefined) {
      const done = yield* Keys.revoke(id)
      yield* Audit.append({
        keyId: null,
        role: "admin",
        unitId: null,
        action: "key.revoke",
        object: id,
        outcome: done ? "ok" : "not-found",
        requestId: null
      })
      if (!done) throw new UsageError(`no active key "${id}"`)
      return yield* print(`key ${id} revoked`)
    }
    throw new UsageError("keys create|list|revoke <id>")
  })

const run = (s: Settings) => {
  const [command = "serve", sub] = s.positionals
  const target = Database.target(s.dataDir, s.databaseUrl)
  const db = Database.layer(target)
  let program: Effect.Effect<void, unknown, never>
  switch (command) {
    case "serve":
      program = Effect.provide(serve(s), db)
      break
    case "migrate":
      program = Effect.provide(
        Effect.flatMap(Database.migrate, (applied) =>
          print(
            applied.length === 0
              ? `${Database.describe(target)}: up to date`
              : `${Database.describe(target)}: applied ${applied.map(([id, name]) => `${id}_${name}`).join(", ")}`
          )
        ),
        db
      )
      break
    case "keys":
      program = Effect.provide(Effect.andThen(Database.migrate, keys(s)), db)
      break
    case "audit":
      if (sub !== "verify") throw new UsageError("audit verify")
      program = Effect.provide(
        Effect.flatMap(Database.migrate, () =>
          Effect.flatMap(Audit.verify, (v) =>
            v.ok
              ? print(`audit chain verifies: ${v.rows} rows`)
              : Effect.andThen(
                  print(`audit chain BROKEN at row ${v.brokenAt}: ${v.reason} (${v.rows} rows verified before it)`),
                  Effect.sync(() => {
                    process.exitCode = 1
                  })
                )
          )
        ),
        db
      )
      break
    default:
      throw new UsageError(`unknown command "${command}"`)
  }
  return program.pipe(
    Effect.catchDefect((e) =>
      e instanceof UsageError
        ? Effect.sync(() => {
            process.stderr.write(`${e.message}\n`)
            process.exitCode = 2
          })
        : Effect.die(e)
    ),
    Effect.provide(Logger.layer([Logger.consoleJson])),
    Effect.provideService(References.MinimumLogLevel, s.logLevel)
  )
}

const main = () => {
  let settings: Settings
  try {
    settings = parse(process.argv.slice(2))
    if (settings.help) {
      process.stdout.write(`${usage}\n`)
      return
    }
    NodeRuntime.runMain(run(settings), { disableErrorReporting: false })
  } catch (e) {
    process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n\n${usage}\n`)
    process.exitCode = 2
  }
}

main()
