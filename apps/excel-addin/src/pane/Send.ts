/**
 * "Gửi báo cáo": submits the workbook's report to the unit's compliance
 * service through the typed client of @thads/api (`POST /v1/submissions`,
 * `Authorization: Bearer <key>`, a fresh `Idempotency-Key`), and turns the
 * answer into what the pane shows: where it is stored and the service's
 * findings, or the service's problem document, or why nothing was sent
 * (settings missing, the report does not decode, the server unreachable).
 * The pane loads this module (and with it the HTTP client) only when the
 * user sends: what it shows of the outcome is in `Sent`.
 *
 * @since 0.1.0
 */
import { Client, type Problem } from "@thads/api"
import { Decode } from "@thads/core"
import * as Effect from "effect/Effect"
import type * as Settings from "./Settings.js"
import type * as Sent from "./Sent.js"

/**
 * The outcome of sending (see `Sent`, which shows it).
 *
 * @example
 * ```ts
 * const o: Send.Outcome = { _tag: "NotSent", text: { vi: "Chưa nhập khoá API của đơn vị", en: "The unit's API key is not set" } }
 * ```
 * @since 0.1.0
 */
export type Outcome = Sent.Outcome

const isProblem = (e: unknown): e is Problem.Fields =>
  typeof e === "object" &&
  e !== null &&
  typeof (e as { type?: unknown }).type === "string" &&
  typeof (e as { status?: unknown }).status === "number"

const notSent = (vi: string, en: string): Outcome => ({ _tag: "NotSent", text: { vi, en } })

/** The server's base URL, or why it is not one. */
const baseUrlOf = (raw: string): string | Outcome => {
  const s = raw.trim()
  if (s === "") return notSent("Chưa nhập địa chỉ máy chủ của đơn vị", "The unit's server URL is not set")
  let url: URL
  try {
    url = new URL(s)
  } catch {
    return notSent(`Địa chỉ máy chủ không hợp lệ: ${s}`, `Not a server URL: ${s}`)
  }
  if (url.protocol !== "https:" && url.protocol !== "http:")
    return notSent(`Địa chỉ máy chủ phải là http(s): ${s}`, `The server URL must be http(s): ${s}`)
  return s.replace(/\/+$/, "")
}

/**
 * Sends a report read from the workbook (`Review`'s `read.input`). The report
 * is decoded with core first: a report that does not decode is not sent,
 * and the problems (at most five) are said.
 *
 * @example
 * ```ts
 * const report = Synthetic.report({ seed: 1, rows: 3 }) // in the pane: the review's read.input
 * const outcome = await Send.send({ settings: { serverUrl: "http://127.0.0.1:8080", apiKey: "" }, report })
 * outcome // { _tag: "NotSent", text: { en: "The unit's API key is not set" } }
 * const notDecoded = await Send.send({ settings: { serverUrl: "http://127.0.0.1:8080", apiKey: "thads_…" }, report: {} })
 * notDecoded._tag // "NotSent"
 * // With the service running, outcome._tag is "Submitted" (outcome.created.result is its check) or "Refused".
 * ```
 * @since 0.1.0
 */
export const send = async (input: {
  readonly settings: Settings.Settings
  readonly report: unknown
  readonly idempotencyKey?: string | undefined
}): Promise<Outcome> => {
  const baseUrl = baseUrlOf(input.settings.serverUrl)
  if (typeof baseUrl !== "string") return baseUrl
  const key = input.settings.apiKey.trim()
  if (key === "") return notSent("Chưa nhập khoá API của đơn vị", "The unit's API key is not set")
  const decoded = Decode.decode(input.report)
  if (decoded._tag === "Failure") {
    const first = decoded.failure.slice(0, 5)
    return notSent(
      `Báo cáo chưa đọc được, chưa gửi — ${first.map((p) => `${p.path || "/"} ${p.message.vi}`).join("; ")}`,
      `The report does not decode, not sent — ${first.map((p) => `${p.path || "/"} ${p.message.en}`).join("; ")}`
    )
  }
  const idempotencyKey = input.idempotencyKey ?? globalThis.crypto.randomUUID()
  try {
    const created = await Client.run({ baseUrl, key }, (client) =>
      client.submissions
        .submit({ headers: { "idempotency-key": idempotencyKey }, payload: decoded.success.report })
        .pipe(
          Effect.map((c) => ({ _tag: "Ok" as const, c })),
          Effect.catch((e: unknown) =>
            isProblem(e) ? Effect.succeed({ _tag: "Problem" as const, e }) : Effect.fail(e)
          )
        )
    )
    return created._tag === "Ok"
      ? { _tag: "Submitted", created: created.c, idempotencyKey }
      : { _tag: "Refused", problem: created.e }
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e)
    return notSent(`Không gửi được tới ${baseUrl}: ${why}`, `Cannot reach ${baseUrl}: ${why}`)
  }
}
