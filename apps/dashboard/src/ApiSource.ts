/**
 * The compliance service's API (issue #11) as the page's source: every call
 * sends the API key, every refusal (RFC 9457 problem+json) becomes a
 * {@link Source.SourceError} with the server's title and detail. The server
 * decides what the key may read; the page shows what it gets.
 */
import { CivilDate } from "@thads/core"
import * as Source from "./Source.js"

const problemText = async (res: Response): Promise<string> => {
  try {
    const body = (await res.json()) as { title?: string; detail?: string }
    return [body.title, body.detail].filter(Boolean).join(": ") || `HTTP ${res.status}`
  } catch {
    return `HTTP ${res.status}`
  }
}

/**
 * A source over the API at `base` (the service's origin, e.g. "http://host:8080/").
 * Rejects when the key is refused.
 *
 * @example
 * ```ts
 * const source = await ApiSource.make("thads_k_…", "http://127.0.0.1:8080/")
 * ```
 */
export const make = async (key: string, base: string): Promise<Source.Source> => {
  const get = async <A>(
    path: string,
    query: Readonly<Record<string, string | number | undefined>> = {}
  ): Promise<A> => {
    const url = new URL(path.replace(/^\//, ""), base)
    for (const [k, v] of Object.entries(query)) if (v !== undefined) url.searchParams.set(k, String(v))
    let res: Response
    try {
      res = await fetch(url, { headers: { authorization: `Bearer ${key}`, accept: "application/json" } })
    } catch (e) {
      throw new Source.SourceError(`${url.host}: ${e instanceof Error ? e.message : String(e)}`)
    }
    if (!res.ok) throw new Source.SourceError(await problemText(res), res.status)
    return (await res.json()) as A
  }
  const me = await get<Source.Me>("/v1/me")
  return {
    kind: "api",
    asOf: CivilDate.todayInVietnam(),
    me: async () => me,
    units: () => get("/v1/units"),
    years: async () => {
      const y = CivilDate.toParts(CivilDate.todayInVietnam()).month >= 10 ? 1 : 0
      const now = CivilDate.toParts(CivilDate.todayInVietnam()).year + y
      return [now, now - 1, now - 2]
    },
    obligations: (unit, from, to) => get("/v1/obligations", { unit, from, to }),
    kpis: (unit, year) => get("/v1/kpis", { unit, year }),
    submissions: (f) => get("/v1/submissions", { unit: f.unit, year: f.year, months: f.months }),
    submission: (id) => get(`/v1/submissions/${encodeURIComponent(id)}`),
    rollup: (unit, p) => get(`/v1/rollups/${encodeURIComponent(unit)}`, { year: p.year, months: p.months })
  }
}
