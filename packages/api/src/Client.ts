/**
 * The typed client of the service, derived from {@link Api.Api}: one method
 * per endpoint, inputs encoded and outputs decoded with the contract's
 * Schemas, refusals decoded into the {@link Problem} classes. Runs wherever an
 * `HttpClient` exists (`FetchHttpClient.layer` in Node and browsers).
 *
 * @since 0.1.0
 */
import * as Effect from "effect/Effect"
import * as FetchHttpClient from "effect/http/FetchHttpClient"
import * as HttpClient from "effect/http/HttpClient"
import * as HttpClientRequest from "effect/http/HttpClientRequest"
import type * as HttpApi from "effect/http-api/HttpApi"
import * as HttpApiClient from "effect/http-api/HttpApiClient"
import * as Api from "./Api.js"

/**
 * Settings of a client.
 *
 * @example
 * ```ts
 * const options: Client.Options = { baseUrl: "http://127.0.0.1:8080", key: "thads_k1_…" }
 * ```
 * @since 0.1.0
 */
export interface Options {
  readonly baseUrl: string
  /** The API key, sent as `Authorization: Bearer <key>`. */
  readonly key?: string | undefined
}

/**
 * Builds the client (needs an `HttpClient`).
 *
 * @example
 * ```ts
 * import * as FetchHttpClient from "effect/http/FetchHttpClient"
 * const report = Synthetic.report({ seed: 1, rows: 3 })
 * const result = Effect.gen(function* () {
 *   const client = yield* Client.make({ baseUrl: "http://127.0.0.1:8080" })
 *   return yield* client.check.check({ payload: report })
 * }).pipe(Effect.provide(FetchHttpClient.layer))
 * ```
 * @since 0.1.0
 */
export const make = (options: Options): Effect.Effect<Client, never, HttpClient.HttpClient> =>
  HttpApiClient.make(Api.Api, {
    baseUrl: options.baseUrl,
    transformClient: (client) =>
      options.key === undefined ? client : HttpClient.mapRequest(client, HttpClientRequest.bearerToken(options.key))
  })

/**
 * The client's type.
 *
 * @example
 * ```ts
 * const use = (client: Client.Client) => client.reference.findings()
 * ```
 * @since 0.1.0
 */
export type Client = HttpApiClient.Client<Groups>

/** The groups of the API. */
type Groups = typeof Api.Api extends HttpApi.HttpApi<string, infer G> ? G : never

/**
 * Runs a program that uses the client, with `fetch` as the HTTP client.
 *
 * @example
 * ```ts skip-doctest needs a running service: apps/service's tests run the client against the real one
 * const findings = await Client.run({ baseUrl: "http://127.0.0.1:8080" }, (c) => c.reference.findings())
 * ```
 * @since 0.1.0
 */
export const run = <A, E>(options: Options, f: (client: Client) => Effect.Effect<A, E>): Promise<A> =>
  Effect.runPromise(Effect.flatMap(make(options), f).pipe(Effect.provide(FetchHttpClient.layer)))
