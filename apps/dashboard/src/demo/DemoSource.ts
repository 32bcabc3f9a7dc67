/**
 * Demonstration data computed with @thads/core in the browser: a statistical
 * year of synthetic submissions for Tây Ninh (the Cục and its 9 Chi cục),
 * each checked by {@link ReportCheck.check} with the organisation, its
 * receipt date and, for the province, its units' reports; obligations from
 * {@link Obligation.generate} tracked against the submissions. Plausible
 * numbers, not real ones; deterministic (seeded), so tests can rely on them.
 *
 * It answers as the service does for a role (reviewer: everything;
 * unit-reviewer: its subtree; submitter: its unit), so the page behaves the
 * same on demo data; the real enforcement is the server's.
 *
 * Loaded on demand (its own chunk): a page signed in to the service never
 * downloads it.
 */
import { canRead, canReadActors, isWithin } from "@thads/api/Access"
import * as FulfilmentRules from "@thads/api/FulfilmentRules"
import {
  CivilDate,
  Finding,
  Obligation,
  Organization,
  type OrgUnit,
  type Report,
  ReportCheck,
  ReportingDeadline,
  StatisticalPeriod,
  WorkingCalendar
} from "@thads/core"
import { Synthetic } from "@thads/core/testing"
import type * as Source from "../Source.js"
import { newestFirst, SourceError, versions } from "../Source.js"

/** Options of the demonstration store. */
export interface Options {
  /** Statistical year (default 2024: 1/10/2023 – 30/9/2024). */
  readonly year?: number
  /** "Today" of the demo (default 7/10/2024: the 12-month report of the Chi cục is due, the Cục's not yet). */
  readonly asOf?: string
  readonly seed?: number
  /** Officers' rows per Chi cục report (default 6). */
  readonly rows?: number
}

interface Stored {
  readonly summary: Source.SubmissionSummary
  readonly report: Report.Report
  readonly result: ReportCheck.Result
  readonly receivedOn: CivilDate.CivilDate
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] }

const PROVINCE = "tay-ninh"

/** The demo's store: every submission of the year, and the obligations. */
export interface Store {
  readonly year: number
  readonly asOf: CivilDate.CivilDate
  readonly units: ReadonlyArray<OrgUnit.OrgUnit>
  readonly submissions: ReadonlyArray<Stored>
  /** The obligations tracked: the units' and the directive actors'. */
  readonly obligations: ReadonlyArray<Obligation.Obligation>
  /** The statistical reports sent (first receipt of each unit and period). */
  readonly reports: ReadonlyArray<Obligation.Submission>
  /** The fulfilment records of the hearings held and the steering reports sent. */
  readonly records: ReadonlyArray<Source.FulfilmentRecord>
  readonly tracked: ReadonlyArray<Source.TrackedObligation>
}

const cloneReport = (r: Report.Report): Mutable<Report.Report> => JSON.parse(JSON.stringify(r))

/**
 * Builds the store.
 *
 * @example
 * ```ts
 * const store = DemoSource.build({ year: 2024 })
 * store.submissions.length > 100 // true
 * ```
 */
export const build = (options: Options = {}): Store => {
  const year = options.year ?? 2024
  const asOf = CivilDate.make(options.asOf ?? `${year}-10-07`)
  const next = Synthetic.random(options.seed ?? 2024)
  const org = Organization.tayNinh
  const calendar = WorkingCalendar.standard
  const from = StatisticalPeriod.start({ year, months: 1 })
  const to = StatisticalPeriod.end({ year, months: 12 })
  const units = Organization.unitsOn(org, to).filter((u) => u.province === PROVINCE)
  const province = units.find((u) => u.parentId === undefined || !units.some((p) => p.id === u.parentId))
  if (province === undefined) throw new Error(`no provincial unit of ${PROVINCE} on ${to}`)
  const children = units.filter((u) => u.parentId === province.id)
  const obligations = Obligation.generate({ from, to, organization: org })
  const stored: Array<Stored> = []
  const sent: Array<Obligation.Submission> = []
  let counter = 0

  const store = (report: Report.Report, receivedOn: CivilDate.CivilDate, context: ReportCheck.Context) => {
    const h = report.header
    const earlier = stored.filter(
      (s) => s.summary.unitId === h.unitId && s.summary.period.year === h.year && s.summary.period.months === h.months
    )
    const result = ReportCheck.check(report, { organization: org, submittedOn: receivedOn, ...context })
    counter++
    const id = `demo-${String(counter).padStart(4, "0")}`
    const hour = 8 + Math.floor(next() * 9)
    const minute = Math.floor(next() * 60)
    const receivedAt = `${receivedOn}T${String(hour).padStart(2, "0")}:${String(minute).padStart(2, "0")}:00+07:00`
    for (const e of earlier) {
      const i = stored.indexOf(e)
      stored[i] = { ...e, summary: { ...e.summary, superseded: true } }
    }
    stored.push({
      report,
      result,
      receivedOn,
      summary: {
        id,
        unitId: h.unitId,
        period: { year: h.year, months: h.months },
        version: earlier.length + 1,
        receivedAt,
        valid: result.valid,
        findings: Finding.count(result.findings),
        superseded: false
      }
    })
    sent.push({
      kind: "statistical-report",
      owner: h.unitId,
      periodEnd: StatisticalPeriod.end(StatisticalPeriod.make(h.year, h.months)),
      submittedOn: receivedOn
    })
  }

  /** When a unit sends: mostly on time, some late (1–6 working days), a few never. */
  const sendDate = (due: CivilDate.CivilDate, end: CivilDate.CivilDate): CivilDate.CivilDate | undefined => {
    const r = next()
    const d =
      r < 0.8
        ? CivilDate.max(CivilDate.addDays(end, 1), CivilDate.addDays(due, -Math.floor(next() * 4)))
        : r < 0.93
          ? calendar.addWorkingDays(due, 1 + Math.floor(next() * 6))
          : undefined
    return d !== undefined && d <= asOf ? d : undefined
  }
  const dueOf = (kind: Obligation.Kind, owner: string, end: CivilDate.CivilDate) =>
    obligations.find((o) => o.kind === kind && o.owner.unitId === owner && o.period.end === end)?.due

  for (let months = 1; months <= 12; months++) {
    const end = StatisticalPeriod.end(StatisticalPeriod.make(year, months))
    const header = (u: OrgUnit.OrgUnit, on: CivilDate.CivilDate) => ({
      unitId: u.id,
      unitName: u.name.vi,
      year,
      months,
      regime: ReportingDeadline.regimeAt(end) ?? ("tt06-2019" as const),
      submittedAt: `${on}T09:00:00+07:00`
    })
    const latest: Array<{ unit: OrgUnit.OrgUnit; report: Report.Report; on: CivilDate.CivilDate }> = []
    for (const u of children) {
      const due = dueOf("statistical-report", u.id, end)
      if (due === undefined) continue
      const on = sendDate(due, end)
      if (on === undefined) continue
      const base = Synthetic.report({ seed: Math.floor(next() * 2 ** 31), rows: options.rows ?? 6, year, months })
      const report = cloneReport({
        ...base,
        header: header(u, on),
        cases: {
          ...base.cases,
          rows: base.cases.rows.map((r, i) => ({ ...r, id: `chv-${i + 1}`, kind: "officer" as const }))
        },
        money: {
          ...base.money,
          rows: base.money.rows.map((r, i) => ({ ...r, id: `chv-${i + 1}`, kind: "officer" as const }))
        }
      })
      // About one report in seven has a slip: a carried-over figure typed wrong; half of them are corrected.
      if (next() < 0.15) {
        const wrong = cloneReport(report)
        const row = wrong.cases.rows[1] as unknown as Record<string, number>
        row.V13 = (row.V13 ?? 0) + 7
        store(wrong, on, {})
        if (next() < 0.5) {
          const fixedOn = calendar.addWorkingDays(on, 2)
          if (fixedOn <= asOf) {
            store({ ...report, header: header(u, fixedOn) }, fixedOn, {})
            latest.push({ unit: u, report, on: fixedOn })
            continue
          }
        }
        latest.push({ unit: u, report: wrong, on })
        continue
      }
      store(report, on, {})
      latest.push({ unit: u, report, on })
    }
    // The province's report: its rows are its units' totals, summed.
    const due = dueOf("statistical-report", province.id, end)
    const on = due === undefined ? undefined : sendDate(due, end)
    if (on !== undefined) {
      const included = latest.filter((l) => l.on <= on)
      const row = (table: "cases" | "money", l: (typeof included)[number]) => ({
        id: l.unit.id,
        name: l.unit.name.vi,
        kind: "unit" as const,
        ...(l.report[table].total as unknown as Record<string, number>)
      })
      const sum = (rows: ReadonlyArray<Record<string, unknown>>) => {
        const out: Record<string, number> = {}
        for (const r of rows)
          for (const [k, v] of Object.entries(r)) if (typeof v === "number") out[k] = (out[k] ?? 0) + v
        return out
      }
      const casesRows = included.map((l) => row("cases", l))
      const moneyRows = included.map((l) => row("money", l))
      // Now and then the province types one unit's figure wrong: the roll-up shows it.
      if (casesRows.length > 0 && next() < 0.3) {
        const r = casesRows[Math.floor(next() * casesRows.length)] as unknown as Record<string, number>
        r.V08 = (r.V08 ?? 0) + 3
        r.V09 = (r.V09 ?? 0) - 3
      }
      const report = {
        formatVersion: "1" as const,
        header: header(province, on),
        cases: { rows: casesRows, total: sum(casesRows) },
        money: { rows: moneyRows, total: sum(moneyRows) }
      } as unknown as Report.Report
      store(report, on, { units: included.map((l) => l.report) })
    }
  }

  // Hearings and steering reports (Chỉ thị 09 §1.3, TTLT 05/2016), the units' then the directive actors': held or
  // sent or not, as the reports; each one held is a fulfilment record, as the service stores them.
  const visibleIds = new Set(units.map((u) => u.id))
  const tracking = obligations.filter((o) =>
    o.owner.unitId === undefined ? o.owner.actorId !== undefined : visibleIds.has(o.owner.unitId)
  )
  const records: Array<Source.FulfilmentRecord> = []
  for (const pass of ["unit", "actor"] as const) {
    for (const o of tracking) {
      if (o.kind === "statistical-report" || (pass === "unit") !== (o.owner.unitId !== undefined)) continue
      // The party bodies' hearings are recorded by the operator from what the party office reports: more are missing.
      const on = pass === "actor" && next() < 0.25 ? undefined : sendDate(o.due, o.period.end)
      if (on === undefined) continue
      const n = records.length + 1
      records.push({
        id: `demo-f-${String(n).padStart(4, "0")}`,
        obligationId: o.id,
        fulfilledOn: on,
        document: { number: `${n}/BC` },
        version: 1,
        supersedes: null,
        recordedAt: `${on}T16:00:00.000+07:00`,
        keyId: keyIdOf(o.owner.unitId === undefined ? { role: "admin" } : { role: "submitter", unitId: o.owner.unitId })
      })
    }
  }
  return {
    year,
    asOf,
    units,
    submissions: stored,
    obligations: tracking,
    reports: sent,
    records,
    tracked: track(tracking, sent, records, asOf)
  }
}

/**
 * The obligations tracked against the reports and the current version of
 * each obligation's fulfilment records (as the service does: a correction's
 * date is the one that counts), each met by a record naming it.
 */
const track = (
  obligations: ReadonlyArray<Obligation.Obligation>,
  reports: ReadonlyArray<Obligation.Submission>,
  records: ReadonlyArray<Source.FulfilmentRecord>,
  asOf: CivilDate.CivilDate
): ReadonlyArray<Source.TrackedObligation> => {
  const current = new Map<string, Source.FulfilmentRecord>()
  for (const r of records) {
    const prev = current.get(r.obligationId)
    if (prev === undefined || r.version > prev.version) current.set(r.obligationId, r)
  }
  const submissions: Array<Obligation.Submission> = [...reports]
  for (const r of current.values())
    submissions.push({ obligationId: r.obligationId, submittedOn: CivilDate.make(r.fulfilledOn) })
  return Obligation.track(obligations, submissions, asOf, WorkingCalendar.standard).map((t) => {
    const r = current.get(t.obligation.id)
    return r === undefined
      ? t
      : {
          ...t,
          fulfilment: {
            id: r.id,
            fulfilledOn: r.fulfilledOn,
            ...(r.document === undefined ? {} : { document: r.document })
          }
        }
  })
}

const statusText = { 403: "Forbidden", 404: "Not Found", 409: "Conflict", 422: "Unprocessable Content" } as const

const refusal = (status: keyof typeof statusText, problem: string, detail: string) =>
  Promise.reject(new SourceError(`${statusText[status]}: ${detail}`, status, problem))

/** A refusal of the service's rules (`@thads/api/FulfilmentRules`), as the service's problem reaches the page. */
const refused = (r: FulfilmentRules.Refusal) => refusal(r.status, r.code, r.detail)

/**
 * The id of the demo's key of a role: "demo-admin" for the administrator's,
 * "demo-<unit>" for a unit's submitter key, "demo-<role>-<unit>" otherwise
 * (the service's key ids are 12 hex digits; these say they are the demo's).
 *
 * @example
 * ```ts
 * DemoSource.keyIdOf({ role: "submitter", unitId: "chi-cuc-go-dau" }) // "demo-chi-cuc-go-dau"
 * DemoSource.keyIdOf({ role: "admin", unitId: "cuc-tay-ninh" }) // "demo-admin"
 * DemoSource.keyIdOf({ role: "reviewer", unitId: "cuc-tay-ninh" }) // "demo-reviewer-cuc-tay-ninh"
 * ```
 */
export const keyIdOf = (me: { readonly role: Source.Role; readonly unitId?: string }): string =>
  me.role === "admin" ? "demo-admin" : me.role === "submitter" ? `demo-${me.unitId}` : `demo-${me.role}-${me.unitId}`

/**
 * Answers as the service does for a role over the demo store, with the
 * service's own rules (`@thads/api`'s `Access` and `FulfilmentRules`, not a
 * copy): what a key may read, and recording a fulfilment
 * (`POST /v1/fulfilments`: the same checks in the same order and the same
 * refusals, the `Idempotency-Key` replay, corrections by `supersedes`), kept
 * in this source only (a reload starts again from the store).
 *
 * @example
 * ```ts
 * const admin = DemoSource.make({ role: "admin", unitId: "cuc-tay-ninh" })
 * const open = (await admin.actorObligations("2023-10-01", "2024-09-30")).find((t) => t.fulfilment === undefined && t.obligation.period.start <= admin.asOf)
 * const held = { obligationId: open.obligation.id, fulfilledOn: "2024-10-01", document: { number: "12-BB/ĐU" } }
 * const record = await admin.record(held, "k1")
 * record.version // 1
 * (await admin.record(held, "k1")).id === record.id // true
 * await admin.record({ ...held, fulfilledOn: "2024-10-08" }, "k2") // SourceError: Unprocessable Content: fulfilledOn is after today…
 * await admin.record({ ...held, fulfilledOn: "2024-10-02" }, "k3") // SourceError: Conflict: the obligation is already recorded…
 * (await admin.record({ ...held, fulfilledOn: "2024-10-02", supersedes: record.id }, "k4")).version // 2
 * ```
 */
export const make = (signedIn: Source.Me, options: Options = {}): Source.Source => {
  const me: Source.Me = { ...signedIn, keyId: signedIn.keyId ?? keyIdOf(signedIn) }
  const data = build(options)
  const records: Array<Source.FulfilmentRecord> = [...data.records]
  const replays = new Map<string, { readonly key: string; readonly record: Source.FulfilmentRecord }>()
  let tracked = data.tracked
  // The units are those of the year's last day (as the store draws them): read and walked on that day.
  const yearEnd = StatisticalPeriod.end({ year: data.year, months: 12 })
  const within = (id: string, ancestor: string) => isWithin(Organization.tayNinh, id, ancestor, yearEnd)
  const mayRead = (id: string) => canRead(me, id, yearEnd, Organization.tayNinh)
  const refuse = () => Promise.reject(new Error("403: not your unit"))
  const period = (p: Source.Period) => (s: Stored) =>
    s.summary.period.year === p.year && s.summary.period.months === p.months
  const latestOf = (unitId: string, p: Source.Period) =>
    data.submissions.filter((s) => s.summary.unitId === unitId && period(p)(s) && !s.summary.superseded).at(-1)

  return {
    kind: "demo",
    asOf: data.asOf,
    me: async () => me,
    years: async () => [data.year],
    units: async () =>
      data.units
        .filter((u) => mayRead(u.id))
        .map((u) => ({
          id: u.id,
          name: u.name,
          tier: u.tier,
          ...(u.parentId === undefined ? {} : { parentId: u.parentId })
        })),
    obligations: async (unit, from, to) =>
      tracked.filter(
        (t) =>
          t.obligation.owner.unitId !== undefined &&
          mayRead(t.obligation.owner.unitId) &&
          within(t.obligation.owner.unitId, unit) &&
          t.obligation.period.end >= from &&
          t.obligation.period.end <= to
      ),
    actorObligations: async (from, to) =>
      canReadActors(me)
        ? tracked.filter(
            (t) =>
              t.obligation.owner.actorId !== undefined &&
              t.obligation.owner.unitId === undefined &&
              t.obligation.period.end >= from &&
              t.obligation.period.end <= to
          )
        : [],
    record: async (request, idempotencyKey) => {
      const fulfilledOn = CivilDate.parse(request.fulfilledOn)
      if (fulfilledOn instanceof CivilDate.InvalidDateError) return refusal(422, "invalid-request", fulfilledOn.message)
      const checked = FulfilmentRules.check({
        obligationId: request.obligationId,
        fulfilledOn,
        today: data.asOf,
        caller: me,
        organization: Organization.tayNinh
      })
      if (checked._tag === "Refused") return refused(checked.refusal)
      const key = FulfilmentRules.requestKey(request)
      const prior = replays.get(idempotencyKey)
      const same = FulfilmentRules.idempotency(prior?.key, key)
      if (same._tag === "Refused") return refused(same.refusal)
      if (prior !== undefined) return prior.record
      let latest: Source.FulfilmentRecord | undefined
      for (const r of records)
        if (r.obligationId === request.obligationId && (latest === undefined || r.version > latest.version)) latest = r
      const next = FulfilmentRules.nextVersion(request, latest)
      if (next._tag === "Refused") return refused(next.refusal)
      // Stamped at the demo's today, 10:00, a minute later for each record made in this source.
      const made = records.length - data.records.length
      const recordedAt = new Date(Date.parse(`${data.asOf}T10:00:00+07:00`) + (made + 7 * 60) * 60_000).toISOString()
      const record: Source.FulfilmentRecord = {
        id: `demo-f-${String(records.length + 1).padStart(4, "0")}`,
        obligationId: request.obligationId,
        fulfilledOn,
        ...(request.document === undefined ? {} : { document: request.document }),
        ...(request.note === undefined ? {} : { note: request.note }),
        version: next.version,
        supersedes: request.supersedes ?? null,
        recordedAt: `${recordedAt.slice(0, 19)}.000+07:00`,
        keyId: me.keyId!
      }
      records.push(record)
      replays.set(idempotencyKey, { key, record })
      tracked = track(data.obligations, data.reports, records, data.asOf)
      return record
    },
    history: async (o) => {
      // As GET /v1/fulfilments?obligation=&history=true: an unknown owner is not found, a directive actor's records are
      // refused to a key that may not read the actors, a unit's are those the key may read (none otherwise).
      const { unitId, actorId } = o.owner
      if (unitId !== undefined) {
        if (!Organization.tayNinh.byId.has(unitId))
          return refusal(404, "unit-not-found", `no unit "${unitId}" in the organisation`)
        if (!mayRead(unitId)) return []
      } else {
        // The actors that owe obligations (the directive's others owe none: the demo does not bundle its text for them).
        if (actorId === undefined || !data.obligations.some((x) => x.owner.actorId === actorId))
          return refusal(404, "actor-not-found", `no actor "${actorId}" in Chỉ thị 09-CT/TU`)
        if (!canReadActors(me))
          return refusal(
            403,
            "actor-forbidden",
            "the directive actors' obligations are read with reviewer and admin keys"
          )
      }
      let latest = 0
      for (const r of records) if (r.obligationId === o.id && r.version > latest) latest = r.version
      return versions(
        records.filter((r) => r.obligationId === o.id).map((r) => ({ ...r, current: r.version === latest })),
        o.id
      )
    },
    kpis: async (unit, year) => {
      if (!mayRead(unit)) return refuse()
      const out: Array<Source.KpiPeriod> = []
      for (let months = 1; months <= 12; months++) {
        const s = latestOf(unit, { year, months })
        if (s !== undefined) out.push({ unitId: unit, period: { year, months }, kpis: s.result.kpis })
      }
      return out
    },
    submissions: async (f) =>
      // As GET /v1/submissions?history=true, every page: those the key may read on each period's end, newest first.
      data.submissions
        .map((s) => s.summary)
        .filter(
          (s) =>
            canRead(
              me,
              s.unitId,
              StatisticalPeriod.end(StatisticalPeriod.make(s.period.year, s.period.months)),
              Organization.tayNinh
            ) &&
            (f.unit === undefined || s.unitId === f.unit) &&
            (f.year === undefined || s.period.year === f.year) &&
            (f.months === undefined || s.period.months === f.months)
        )
        .sort(newestFirst),
    submission: async (id) => {
      const s = data.submissions.find((x) => x.summary.id === id)
      if (s === undefined || !mayRead(s.summary.unitId)) return Promise.reject(new Error("404: no such submission"))
      return { ...s.summary, report: s.report, result: { findings: s.result.findings, kpis: s.result.kpis } }
    },
    rollup: async (unit, p) => {
      if (!mayRead(unit)) return refuse()
      const own = latestOf(unit, p)
      const subUnits = data.units.filter((u) => u.parentId === unit)
      const included: Array<string> = []
      const missing: Array<string> = []
      const sum = { cases: {} as Record<string, number>, money: {} as Record<string, number> }
      for (const u of subUnits) {
        const s = latestOf(u.id, p)
        if (s === undefined) {
          missing.push(u.id)
          continue
        }
        included.push(u.id)
        for (const table of ["cases", "money"] as const) {
          for (const [k, v] of Object.entries(s.report[table].total))
            sum[table][k] = (sum[table][k] ?? 0) + (v as number)
        }
      }
      const findings = (own?.result.findings ?? []).filter((f) => f.code.startsWith("rollup-"))
      return {
        unitId: unit,
        period: p,
        ...(own === undefined ? {} : { report: own.report }),
        sum,
        included,
        missing,
        findings
      }
    }
  }
}
