/**
 * The CLI's one way to call the compliance service (gọi máy chủ): the typed
 * client of @thads/api over `fetch`. A refusal of the service (a problem
 * document) is a value the command prints; a service that cannot be reached
 * is a usage error (exit 2).
 *
 * @since 0.2.0
 */
import { Client, type Problem } from "@thads/api"
import * as Effect from "effect/Effect"
import * as FetchHttpClient from "effect/http/FetchHttpClient"
import * as Output from "../Output.js"

/**
 * Whether a failure of the client is a problem document of the service.
 *
 * @example
 * ```ts
 * isProblem({ type: "urn:thads:problem:fulfilment-date-future", title: "Unprocessable Content", status: 422 }) // true
 * isProblem(new Error("Transport error")) // false
 * ```
 * @since 0.2.0
 */
export const isProblem = (e: unknown): e is Problem.Fields & Problem.Extensions =>
  typeof e === "object" &&
  e !== null &&
  typeof (e as { type?: unknown }).type === "string" &&
  typeof (e as { status?: unknown }).status === "number"

/**
 * What a call gave: the endpoint's value, or the service's refusal.
 *
 * @example
 * ```ts
 * const refused: Called<never> = { _tag: "Refused", problem: { type: "urn:thads:problem:key-required", title: "Unauthorized", status: 401 } }
 * ```
 * @since 0.2.0
 */
export type Called<A> =
  | { readonly _tag: "Ok"; readonly value: A }
  | { readonly _tag: "Refused"; readonly problem: Problem.Fields & Problem.Extensions }

/**
 * Runs one call of the typed client against `server` with the key `key`
 * (sent as `Authorization: Bearer`): problems become `Refused`, transport
 * errors a {@link Output.UsageError}.
 *
 * @example
 * ```ts
 * await call("http://127.0.0.1:9", undefined, (client) => client.reference.findings())
 * // UsageError: cannot reach http://127.0.0.1:9: Transport error (GET http://127.0.0.1:9/v1/catalogue/findings)
 * ```
 * @since 0.2.0
 */
export const call = async <A>(
  server: string,
  key: string | undefined,
  f: (client: Client.Client) => Effect.Effect<A, unknown>
): Promise<Called<A>> => {
  const program = Effect.flatMap(Client.make({ baseUrl: server, key }), f).pipe(
    Effect.map((value) => ({ _tag: "Ok" as const, value })),
    Effect.catch((e: unknown) =>
      isProblem(e) ? Effect.succeed({ _tag: "Refused" as const, problem: e }) : Effect.fail(e)
    ),
    Effect.provide(FetchHttpClient.layer)
  )
  try {
    return await Effect.runPromise(program)
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e)
    throw new Output.UsageError({
      vi: `không gửi được tới ${server}: ${why}`,
      en: `cannot reach ${server}: ${why}`
    })
  }
}

/**
 * The slug of a problem's type (`urn:thads:problem:<slug>`).
 *
 * @example
 * ```ts
 * slugOf({ type: "urn:thads:problem:fulfilment-exists", title: "Conflict", status: 409 }) // "fulfilment-exists"
 * ```
 * @since 0.2.0
 */
export const slugOf = (p: Problem.Fields): string => p.type.replace(/^urn:thads:problem:/, "")
