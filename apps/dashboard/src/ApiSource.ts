/**
 * The compliance service's API (issue #11, the `@thads/api` contract) as the
 * page's source. Plain `fetch` with `Authorization: Bearer <key>`; the
 * response types come from the contract's Schemas (type-only imports: the
 * page does not bundle effect's HTTP client). Every refusal (RFC 9457
 * problem+json) becomes a {@link Source.SourceError} with the server's title
 * and detail. The server decides what a key may read; the page shows what it
 * gets.
 *
 * Who the key is comes from `GET /v1/me` (role and unit), the units it may
 * see from `GET /v1/units?date=` (the organisation tree on a date, as the
 * server filters it): the page draws exactly those.
 */
import type { Fulfilment, Submission, Views } from "@thads/api"
import { canReadActors } from "@thads/api/Access"
import { CivilDate, Obligation, StatisticalPeriod } from "@thads/core"
import * as Source from "./Source.js"

type Obligations = typeof Views.Obligations.Type
type Kpis = typeof Views.Kpis.Type

/** A refusal (RFC 9457 problem+json) as a SourceError: title and detail, status, and the slug of its type. */
const problemOf = async (res: Response): Promise<Source.SourceError> => {
  try {
    const body = (await res.json()) as { type?: string; title?: string; detail?: string }
    const text = [body.title, body.detail].filter(Boolean).join(": ") || `HTTP ${res.status}`
    const slug = typeof body.type === "string" ? body.type.replace(/^urn:thads:problem:/, "") : undefined
    return new Source.SourceError(text, res.status, slug)
  } catch {
    return new Source.SourceError(`HTTP ${res.status}`, res.status)
  }
}

const summary = (s: Submission.Summary): Source.SubmissionSummary => ({
  id: s.id,
  unitId: s.unitId,
  period: { year: s.year, months: s.months },
  version: s.version,
  receivedAt: s.receivedAt,
  valid: s.valid,
  findings: s.findings,
  superseded: !s.current
})

const tracked = (o: Obligations["items"][number]): Source.TrackedObligation => {
  const { status, fulfilment, ...obligation } = o
  return {
    obligation: obligation as unknown as Obligation.Obligation,
    status: status as Obligation.Status,
    ...(fulfilment === undefined ? {} : { fulfilment })
  }
}

/**
 * The most pages of one list the page reads (a page is up to 1,000 items): past them the source rejects, naming the
 * list, rather than show part of it.
 */
const maxPages = 100

/** The statistical year of a date (from 1/10 of the year before). */
const yearOf = (d: CivilDate.CivilDate) => StatisticalPeriod.yearOf(d)

/**
 * A source over the API at `base` (the service's origin, e.g. "http://host:8080/").
 * Rejects when the key is refused.
 *
 * @example
 * ```ts skip-doctest needs a running compliance service; test/Service.browser.test.ts signs in to the real one
 * const source = await ApiSource.make("thads_…", "http://127.0.0.1:8080/")
 * (await source.me()).role // "reviewer"
 * ```
 */
export const make = async (key: string, base: string): Promise<Source.Source> => {
  const request = async (
    path: string,
    query: Readonly<Record<string, string | number | undefined>> = {},
    init: { readonly body: string; readonly headers: Readonly<Record<string, string>> } | undefined = undefined
  ) => {
    const url = new URL(path.replace(/^\//, ""), base)
    for (const [k, v] of Object.entries(query)) if (v !== undefined) url.searchParams.set(k, String(v))
    const headers = { authorization: `Bearer ${key}`, accept: "application/json", ...init?.headers }
    try {
      return await fetch(url, init === undefined ? { headers } : { method: "POST", headers, body: init.body })
    } catch (e) {
      throw new Source.SourceError(`${url.host}: ${e instanceof Error ? e.message : String(e)}`)
    }
  }
  const get = async <A>(
    path: string,
    query: Readonly<Record<string, string | number | undefined>> = {}
  ): Promise<A> => {
    const res = await request(path, query)
    if (!res.ok) throw await problemOf(res)
    return (await res.json()) as A
  }
  /** Every item of a list in pages (`GET /v1/submissions`, `GET /v1/fulfilments`): each page, following `next`. */
  const all = async <A>(
    path: string,
    query: Readonly<Record<string, string | number | undefined>>
  ): Promise<ReadonlyArray<A>> => {
    const items: Array<A> = []
    let cursor: string | undefined
    for (let page = 0; page < maxPages; page++) {
      const list = await get<{ readonly items: ReadonlyArray<A>; readonly next?: string }>(path, { ...query, cursor })
      for (const item of list.items) items.push(item)
      if (list.next === undefined) return items
      cursor = list.next
    }
    throw new Source.SourceError(`${path}: more than ${maxPages} pages`)
  }

  // Signing in: the key must be accepted (401 otherwise).
  const me = await get<typeof Views.Me.Type>("/v1/me")
  // The periods with submissions: their current versions (every period has one), every page of them.
  const current = await all<Submission.Summary>("/v1/submissions", { history: "false" })
  const today = CivilDate.todayInVietnam(Date.now())
  let actors: Promise<ReadonlyArray<string>> | undefined
  // The newest statistical year with submissions (else the current one): its organisation is the one drawn.
  const year = current.reduce((y, s) => Math.max(y, s.year), 0) || yearOf(today)
  const from = StatisticalPeriod.start({ year, months: 1 })
  const to = StatisticalPeriod.end({ year, months: 12 })
  // The units of the organisation on a date of that year that the server lets the key read.
  const tree = await get<typeof Views.Units.Type>("/v1/units", { date: today < to ? today : to })
  const units: ReadonlyArray<Source.Unit> = tree.items
    .filter((u) => u.tier !== "tong-cuc" && u.tier !== "cuc-quan-ly")
    .map((u) => ({
      id: u.id,
      name: u.name,
      tier: u.tier,
      ...(u.parentId === undefined ? {} : { parentId: u.parentId })
    }))
  if (units.length === 0) throw new Source.SourceError("no unit readable with this key", 403)
  const ids = new Set(units.map((u) => u.id))
  const roots = units.filter((u) => u.parentId === undefined || !ids.has(u.parentId))
  const root = me.unitId !== null && ids.has(me.unitId) ? units.find((u) => u.id === me.unitId)! : roots[0]!
  // The year drawn first (the default view), then the others, newest first.
  const years = [
    year,
    ...[...new Set([yearOf(today), ...current.map((s) => s.year)])].filter((y) => y !== year).sort((a, b) => b - a)
  ]
  let asOf: string = today

  return {
    kind: "api",
    get asOf() {
      return asOf
    },
    me: async () => ({ role: me.role, unitId: root.id, keyId: me.keyId }),
    units: async () => units,
    years: async () => years,
    obligations: async (unit, from, to) => {
      // The unit and every unit below it that the key may read, in one call; kept to the units the page draws.
      const list = await get<Obligations>("/v1/obligations", { unit, from, to, subtree: "true" })
      asOf = list.asOf
      return list.items.filter((o) => o.owner.unitId === undefined || ids.has(o.owner.unitId)).map(tracked)
    },
    actorObligations: async (from, to) => {
      if (!canReadActors(me)) return []
      // The actors that owe obligations under the service's settings (A04–A06's hearings; A14 when §8.1 reviews are
      // scheduled; the actors of ad-hoc requests), asked once.
      actors ??= get<typeof Views.ObligationSettingsView.Type>("/v1/obligations/settings").then((v) =>
        Obligation.actorOwners(v.settings)
      )
      const lists = await Promise.all(
        (await actors).map((actor) => get<Obligations>("/v1/obligations", { actor, from, to }))
      )
      return lists.flatMap((l) => l.items.map(tracked))
    },
    record: async (body, idempotencyKey) => {
      const res = await request(
        "/v1/fulfilments",
        {},
        {
          body: JSON.stringify(body),
          headers: { "content-type": "application/json", "idempotency-key": idempotencyKey }
        }
      )
      if (res.status !== 201 && res.status !== 200) throw await problemOf(res)
      return (await res.json()) as Fulfilment.Record
    },
    history: async (o) =>
      // The obligation's records only (obligation=), every page.
      Source.versions(await all<Fulfilment.Record>("/v1/fulfilments", { obligation: o.id, history: "true" }), o.id),
    kpis: async (unit, y) => {
      const k = await get<Kpis>("/v1/kpis", { unit, year: y })
      return k.periods.map((p) => ({
        unitId: k.unitId,
        period: { year: k.year, months: p.months },
        kpis: p.kpis as never
      }))
    },
    submissions: async (f) =>
      // Every page, newest first (the service's order).
      (
        await all<Submission.Summary>("/v1/submissions", {
          unit: f.unit,
          year: f.year,
          months: f.months,
          history: "true"
        })
      ).map(summary),
    submission: async (id) => {
      const d = await get<Submission.Detail>(`/v1/submissions/${encodeURIComponent(id)}`)
      return {
        ...summary(d.submission),
        report: d.report as never,
        result: { findings: d.result.findings as never, kpis: d.result.kpis as never }
      }
    },
    rollup: async (unit, p) => {
      const r = await get<Views.Rollup>(`/v1/rollups/${encodeURIComponent(unit)}`, { year: p.year, months: p.months })
      const own =
        r.own === null
          ? undefined
          : await get<Submission.Detail>(`/v1/submissions/${encodeURIComponent(r.own.submissionId)}`)
      return {
        unitId: r.unitId,
        period: { year: r.year, months: r.months },
        ...(own === undefined ? {} : { report: own.report as never }),
        sum: r.sum,
        included: r.subUnits.filter((s) => s.submissionId !== null).map((s) => s.unitId),
        missing: r.missing,
        findings: r.findings as never
      }
    }
  }
}
