/**
 * Inter-agency statistics (thống kê liên ngành, TTLT 12/2021/TTLT-BTP-
 * VKSNDTC-TANDTC): the duties of each form 01–04/TKLN-THADS for every
 * inter-agency period (3, 6, 10 and 12 months, Điều 6) as a chain of dated
 * steps — close the figures, send for co-signing, co-sign, (province:
 * compile the districts') and send up — each due a number of days after the
 * step it follows (Điều 8–9), and their status from what was done.
 *
 * | step | who | due | article |
 * |---|---|---|---|
 * | close | lead (forms 01–03: the enforcement office; 04: the procuracy) | 01 day after the period ends (rolled to a working day, BLDS Đ148) | Đ8 k2 a |
 * | compile (province) | province lead | 02 working days after the districts' reports arrive | Đ8 k2 b |
 * | send-for-cosign | lead → partner | 01 working day after the report is made | Đ8 k3 a |
 * | cosign | partner (01: procuracy; 02, 03: court; 04: enforcement office and court) | 02 working days after receipt | Đ8 k3 b |
 * | send-up (district) | lead → its provincial counterpart | 01 working day after the co-signed report returns | Đ9 k1 a |
 * | send-up (province) | lead → Bộ Tư pháp (Tổng cục THADS) and VKSND tối cao | 05 working days after the districts' reports arrive (none: after its co-signed report, a setting) | Đ9 k1 b |
 *
 * A step's due date runs from the day its predecessor was actually done when
 * that is recorded, else from the predecessor's due date. A report is taken
 * to arrive the day it is sent (Đ9 k2 allows e-mail ahead of the paper):
 * assumed. From 1/7/2025 there is no district level; the text still names
 * Chi cục and Cục, so a province office without districts closes, has
 * co-signed and sends up its own report, the send-up running from its own
 * co-signed report for {@link defaultProvinceSendUpDays} working days (a
 * setting, `Options.provinceSendUpDays`; basis `assumed`, and the step names
 * the setting).
 *
 * @since 0.2.0
 */
import type * as Citation from "../citation/Citation.js"
import type * as Setting from "../citation/Setting.js"
import * as CivilDate from "../base/CivilDate.js"
import * as StatisticalPeriod from "../calendar/StatisticalPeriod.js"
import * as TimeLimit from "../calendar/TimeLimit.js"
import * as WorkingCalendar from "../calendar/WorkingCalendar.js"
import * as Obligation from "../directive/Obligation.js"
import * as Organization from "../organization/Organization.js"
import type * as OrgUnit from "../organization/OrgUnit.js"

/**
 * A form of TTLT 12/2021, by its number.
 *
 * @example
 * ```ts
 * const f: InteragencyObligations.Form = "01"
 * ```
 * @since 0.2.0
 */
export type Form = "01" | "02" | "03" | "04"

/**
 * The forms.
 *
 * @example
 * ```ts
 * InteragencyObligations.forms // ["01", "02", "03", "04"]
 * ```
 * @since 0.2.0
 */
export const forms: ReadonlyArray<Form> = ["01", "02", "03", "04"]

/**
 * A step of the chain.
 *
 * @example
 * ```ts
 * const s: InteragencyObligations.Step = "cosign"
 * ```
 * @since 0.2.0
 */
export type Step = "close" | "compile" | "send-for-cosign" | "cosign" | "send-up"

/**
 * A party: an enforcement unit, or the procuracy or court of the same level
 * as one (`actorId` "vks:<unit id>", "toa:<unit id>"), or the national
 * recipients.
 *
 * @example
 * ```ts
 * const p: InteragencyObligations.Party = { actorId: "vks:chi-cuc-go-dau", name: { vi: "Viện kiểm sát nhân dân cùng cấp với Chi cục THADS huyện Gò Dầu", en: "…" } }
 * ```
 * @since 0.2.0
 */
export interface Party {
  readonly unitId?: string
  readonly actorId?: string
  readonly name: { readonly vi: string; readonly en: string }
}

/**
 * A dated duty of the chain.
 *
 * @example
 * ```ts
 * const list = InteragencyObligations.generate({ from: CivilDate.make("2022-03-01"), to: CivilDate.make("2022-03-31") })
 * list.find((o) => o.id === "tkln/01/chi-cuc-go-dau/2022-03-31/close")?.due // "2022-04-01"
 * ```
 * @since 0.2.0
 */
export interface InteragencyObligation {
  /** "tkln/<form>/<unit>/<period end>/<step>[/<partner>]". */
  readonly id: string
  readonly form: Form
  readonly step: Step
  /** The enforcement unit whose level the chain belongs to. */
  readonly unitId: string
  readonly level: "district" | "province"
  readonly owner: Party
  readonly recipient?: Party
  readonly period: StatisticalPeriod.Period
  readonly periodEnd: CivilDate.CivilDate
  /** The ids this step runs from (several for a province waiting for its districts). */
  readonly after: ReadonlyArray<string>
  readonly limit: TimeLimit.Limit
  readonly due: CivilDate.CivilDate
  readonly basis: "official" | "assumed"
  readonly estimated: boolean
  /** The settings an `assumed` limit rests on (present when there are any): cite them. */
  readonly settings?: ReadonlyArray<Setting.Setting>
  readonly citation: Citation.Citation
}

/**
 * Something done: a step of a form's chain for a unit and period, on a date
 * (the co-signing partner's id for a `cosign` of form 04).
 *
 * @example
 * ```ts
 * const e: InteragencyObligations.Event = { form: "01", unitId: "chi-cuc-go-dau", periodEnd: CivilDate.make("2022-03-31"), step: "close", on: CivilDate.make("2022-04-01") }
 * ```
 * @since 0.2.0
 */
export interface Event {
  readonly form: Form
  readonly unitId: string
  readonly periodEnd: CivilDate.CivilDate
  readonly step: Step
  readonly partner?: string
  readonly on: CivilDate.CivilDate
}

/**
 * Options of {@link generate} and {@link track}.
 *
 * @example
 * ```ts
 * const o: InteragencyObligations.Options = { from: CivilDate.make("2022-01-01"), to: CivilDate.make("2022-12-31"), forms: ["01"] }
 * ```
 * @since 0.2.0
 */
export interface Options {
  /** Period ends in [from, to]. */
  readonly from: CivilDate.CivilDate
  readonly to: CivilDate.CivilDate
  readonly organization?: Organization.Organization
  readonly forms?: ReadonlyArray<Form>
  /** Only the steps of this unit's chains (the dates still count its districts' steps). */
  readonly unitId?: string
  readonly calendar?: WorkingCalendar.WorkingCalendar
  /**
   * Working days a province office with no districts' reports to wait for
   * (from 1/7/2025) has to send up its report once co-signed (default
   * {@link defaultProvinceSendUpDays}; a whole number from 0 to 60).
   */
  readonly provinceSendUpDays?: number
}

/**
 * The default of `Options.provinceSendUpDays`: 5 working days from the
 * co-signed report. TTLT 12/2021 Điều 9 k1 b gives a province 05 working
 * days from its districts' reports; from 1/7/2025 there are none to run
 * from, and the text gives no other province figure, so its own 5 days are
 * counted from the province's co-signed report: an assumption (basis
 * `assumed`), named on the step as the setting
 * `InteragencyObligations.provinceSendUpDays`.
 *
 * @example
 * ```ts
 * InteragencyObligations.defaultProvinceSendUpDays // 5
 * const list = InteragencyObligations.generate({ from: CivilDate.make("2025-12-31"), to: CivilDate.make("2025-12-31"), forms: ["01"] })
 * list.find((o) => o.step === "send-up")?.due // "2026-01-14": 9/1, Saturday 10/1 worked, 12–14/1
 * const strict = InteragencyObligations.generate({ from: CivilDate.make("2025-12-31"), to: CivilDate.make("2025-12-31"), forms: ["01"], provinceSendUpDays: 1 })
 * strict.find((o) => o.step === "send-up")?.due // "2026-01-09"
 * ```
 * @since 0.3.0
 */
export const defaultProvinceSendUpDays = 5

const MAX_SEND_UP_DAYS = 60

const provinceSendUpSetting = (days: number): Setting.Setting => ({
  key: "InteragencyObligations.provinceSendUpDays",
  value: days,
  why: {
    vi:
      "điểm b khoản 1 Điều 9 Thông tư liên tịch 12/2021 cho cấp tỉnh 05 ngày làm việc kể từ khi nhận báo cáo của cấp huyện; " +
      "từ 01/7/2025 không còn cấp huyện, văn bản không quy định thời hạn khác: tính từ ngày báo cáo của cấp tỉnh được ký xác nhận",
    en:
      "TTLT 12/2021 Article 9(1)(b) gives a province 5 working days from its districts' reports; from 1/7/2025 there is no " +
      "district level and the text gives no other limit: counted from the day the province's own report is co-signed"
  },
  about: cite("9", 1, "b")
})

const IN_FORCE = CivilDate.make("2022-02-25")
const NO_DISTRICTS = CivilDate.make("2025-07-01")

const cite = (article: string, clause: number, point: string): Citation.Citation => ({
  document: "ttlt-12-2021",
  article,
  clause,
  point
})

const isDistrict = (u: OrgUnit.OrgUnit) => u.tier === "chi-cuc"
const isProvince = (u: OrgUnit.OrgUnit) => u.tier === "cuc" || u.tier === "thads-tinh"

const unitParty = (u: OrgUnit.OrgUnit): Party => ({ unitId: u.id, name: u.name })
const vks = (u: OrgUnit.OrgUnit): Party => ({
  actorId: `vks:${u.id}`,
  name: {
    vi: `Viện kiểm sát nhân dân cùng cấp với ${u.name.vi}`,
    en: `People's Procuracy of the same level as ${u.name.en}`
  }
})
const court = (u: OrgUnit.OrgUnit): Party => ({
  actorId: `toa:${u.id}`,
  name: { vi: `Tòa án nhân dân cùng cấp với ${u.name.vi}`, en: `People's Court of the same level as ${u.name.en}` }
})
const NATIONAL: Party = {
  actorId: "national",
  name: {
    vi: "Bộ Tư pháp (Tổng cục Thi hành án dân sự), Viện kiểm sát nhân dân tối cao",
    en: "Ministry of Justice (General Department of Civil Judgment Enforcement), Supreme People's Procuracy"
  }
}

const lead = (form: Form, u: OrgUnit.OrgUnit): Party => (form === "04" ? vks(u) : unitParty(u))
const partners = (form: Form, u: OrgUnit.OrgUnit): ReadonlyArray<Party> =>
  form === "01" ? [vks(u)] : form === "04" ? [unitParty(u), court(u)] : [court(u)]
const partnerKey = (p: Party) => p.unitId ?? p.actorId ?? ""

interface Draft extends Omit<InteragencyObligation, "unitId" | "due" | "estimated"> {
  readonly unit: OrgUnit.OrgUnit
  readonly partner?: string
}

const drafts = (options: Options): ReadonlyArray<Draft> => {
  const org = options.organization ?? Organization.tayNinh
  const wanted = options.forms ?? forms
  const sendUpDays = options.provinceSendUpDays ?? defaultProvinceSendUpDays
  if (!Number.isInteger(sendUpDays) || sendUpDays < 0 || sendUpDays > MAX_SEND_UP_DAYS)
    throw new RangeError(
      `provinceSendUpDays must be a whole number of working days from 0 to ${MAX_SEND_UP_DAYS}, got ${String(sendUpDays)}`
    )
  const sendUpSettings = [provinceSendUpSetting(sendUpDays)]
  const out: Array<Draft> = []
  for (const p of StatisticalPeriod.endingBetween(options.from, options.to)) {
    if (!StatisticalPeriod.isInteragency(p)) continue
    const end = StatisticalPeriod.end(p)
    if (end < IN_FORCE) continue
    const units = Organization.unitsOn(org, end)
    for (const form of wanted) {
      const chainOf = (u: OrgUnit.OrgUnit, level: "district" | "province", districtSendUps: ReadonlyArray<string>) => {
        const base = `tkln/${form}/${u.id}/${end}`
        const assumed = level === "province" && end >= NO_DISTRICTS
        const owner = lead(form, u)
        out.push({
          id: `${base}/close`,
          form,
          step: "close",
          unit: u,
          level,
          owner,
          period: p,
          periodEnd: end,
          after: [],
          limit: { amount: 1, unit: "days" },
          basis: "official",
          citation: cite("8", 2, "a")
        })
        let made = `${base}/close`
        if (level === "province" && districtSendUps.length > 0) {
          out.push({
            id: `${base}/compile`,
            form,
            step: "compile",
            unit: u,
            level,
            owner,
            period: p,
            periodEnd: end,
            after: [`${base}/close`, ...districtSendUps],
            limit: { amount: 2, unit: "working-days" },
            basis: "official",
            citation: cite("8", 2, "b")
          })
          made = `${base}/compile`
        }
        const ps = partners(form, u)
        for (const partner of ps) {
          const k = ps.length > 1 ? `/${partnerKey(partner)}` : ""
          out.push({
            id: `${base}/send-for-cosign${k}`,
            form,
            step: "send-for-cosign",
            unit: u,
            level,
            owner,
            recipient: partner,
            period: p,
            periodEnd: end,
            after: [made],
            limit: { amount: 1, unit: "working-days" },
            basis: "official",
            citation: cite("8", 3, "a"),
            ...(k === "" ? {} : { partner: partnerKey(partner) })
          })
          out.push({
            id: `${base}/cosign${k}`,
            form,
            step: "cosign",
            unit: u,
            level,
            owner: partner,
            recipient: owner,
            period: p,
            periodEnd: end,
            after: [`${base}/send-for-cosign${k}`],
            limit: { amount: 2, unit: "working-days" },
            basis: "official",
            citation: cite("8", 3, "b"),
            ...(k === "" ? {} : { partner: partnerKey(partner) })
          })
        }
        const cosigned = ps.map((partner) => `${base}/cosign${ps.length > 1 ? `/${partnerKey(partner)}` : ""}`)
        if (level === "district") {
          const parent = Organization.parentOn(org, u.id, end)
          out.push({
            id: `${base}/send-up`,
            form,
            step: "send-up",
            unit: u,
            level,
            owner,
            ...(parent === undefined ? {} : { recipient: lead(form, parent) }),
            period: p,
            periodEnd: end,
            after: cosigned,
            limit: { amount: 1, unit: "working-days" },
            basis: "official",
            citation: cite("9", 1, "a")
          })
        } else {
          // Đ9 k1 b runs from the districts' reports; with none (from 1/7/2025), from the co-signed report, for the
          // days of the setting.
          const districts = districtSendUps.length > 0
          out.push({
            id: `${base}/send-up`,
            form,
            step: "send-up",
            unit: u,
            level,
            owner,
            recipient: NATIONAL,
            period: p,
            periodEnd: end,
            after: districts ? districtSendUps : cosigned,
            limit: { amount: districts ? 5 : sendUpDays, unit: "working-days" },
            basis: assumed || !districts ? "assumed" : "official",
            ...(districts ? {} : { settings: sendUpSettings }),
            citation: cite("9", 1, "b")
          })
        }
        return `${base}/send-up`
      }
      for (const prov of units.filter(isProvince)) {
        const districts = units.filter((u) => isDistrict(u) && Organization.parentOn(org, u.id, end)?.id === prov.id)
        const sendUps = districts.map((d) => chainOf(d, "district", []))
        chainOf(prov, "province", sendUps)
      }
    }
  }
  return out
}

const eventKey = (form: Form, unitId: string, end: string, step: Step, partner?: string) =>
  `tkln/${form}/${unitId}/${end}/${step}${partner === undefined ? "" : `/${partner}`}`

const schedule = (
  list: ReadonlyArray<Draft>,
  done: ReadonlyMap<string, CivilDate.CivilDate>,
  calendar: WorkingCalendar.WorkingCalendar
): ReadonlyArray<InteragencyObligation> => {
  const due = new Map<string, CivilDate.CivilDate>()
  const out: Array<InteragencyObligation> = []
  // Drafts are emitted in dependency order (a step after the steps it runs from).
  for (const d of list) {
    let start: CivilDate.CivilDate = d.periodEnd
    for (const a of d.after) {
      const when = done.get(a) ?? due.get(a)
      if (when !== undefined && when > start) start = when
    }
    const r = TimeLimit.end(start, d.limit, calendar)
    due.set(d.id, r.end)
    out.push({
      id: d.id,
      form: d.form,
      step: d.step,
      unitId: d.unit.id,
      level: d.level,
      owner: d.owner,
      ...(d.recipient === undefined ? {} : { recipient: d.recipient }),
      period: d.period,
      periodEnd: d.periodEnd,
      after: d.after,
      limit: d.limit,
      due: r.end,
      basis: d.basis,
      estimated: r.estimated,
      ...(d.settings === undefined ? {} : { settings: d.settings }),
      citation: d.citation
    })
  }
  return out
}

/**
 * The chains of the periods ending in [from, to], with due dates when every
 * step is done on its last day.
 *
 * @example
 * ```ts
 * const list = InteragencyObligations.generate({ from: CivilDate.make("2022-03-31"), to: CivilDate.make("2022-03-31"), forms: ["01"] })
 * list.filter((o) => o.unitId === "chi-cuc-go-dau").map((o) => `${o.step} ${o.due}`)
 * // ["close 2022-04-01", "send-for-cosign 2022-04-04", "cosign 2022-04-06", "send-up 2022-04-07"]
 * ```
 * @since 0.2.0
 */
export const generate = (options: Options): ReadonlyArray<InteragencyObligation> =>
  only(options, schedule(drafts(options), new Map(), options.calendar ?? WorkingCalendar.standard))

const only = <A extends { readonly unitId: string }>(options: Options, list: ReadonlyArray<A>): ReadonlyArray<A> =>
  options.unitId === undefined ? list : list.filter((o) => o.unitId === options.unitId)

/**
 * A step with its status.
 *
 * @example
 * ```ts
 * const [obligation] = InteragencyObligations.generate({ from: CivilDate.make("2022-03-31"), to: CivilDate.make("2022-03-31") })
 * const t: InteragencyObligations.Tracked = { obligation: obligation!, status: { _tag: "not-yet-due" } }
 * ```
 * @since 0.2.0
 */
export interface Tracked {
  readonly obligation: InteragencyObligation
  readonly status: Obligation.Status
}

/**
 * The steps with their status as of a date (the same statuses as the
 * statistical reports' obligations): a step's due date runs from when its
 * predecessors were actually done. The earliest event of a step counts.
 *
 * @example
 * ```ts
 * const events: Array<InteragencyObligations.Event> = [
 *   { form: "01", unitId: "chi-cuc-go-dau", periodEnd: CivilDate.make("2022-03-31"), step: "close", on: CivilDate.make("2022-04-01") }
 * ]
 * const tracked = InteragencyObligations.track({ from: CivilDate.make("2022-03-31"), to: CivilDate.make("2022-03-31"), forms: ["01"] }, events, CivilDate.make("2022-04-30"))
 * tracked.find((t) => t.obligation.id === "tkln/01/chi-cuc-go-dau/2022-03-31/close")?.status._tag // "met"
 * ```
 * @since 0.2.0
 */
export const track = (
  options: Options,
  events: ReadonlyArray<Event>,
  asOf: CivilDate.CivilDate
): ReadonlyArray<Tracked> => {
  const calendar = options.calendar ?? WorkingCalendar.standard
  const done = new Map<string, CivilDate.CivilDate>()
  for (const e of events) {
    const key = eventKey(e.form, e.unitId, e.periodEnd, e.step, e.partner)
    const prev = done.get(key)
    if (prev === undefined || e.on < prev) done.set(key, e.on)
  }
  const list = only(options, schedule(drafts(options), done, calendar))
  // The statuses are those of the statistical reports' obligations (Obligation.track), given each step's due date.
  const asObligations = list.map(
    (o): Obligation.Obligation => ({
      id: o.id,
      kind: "ad-hoc",
      frequency: "ad-hoc",
      owner: o.owner,
      recipient: o.recipient ?? o.owner,
      period: { start: o.periodEnd, end: o.periodEnd, label: { vi: o.id, en: o.id } },
      due: o.due,
      basis: o.basis,
      estimated: o.estimated,
      ...(o.settings === undefined ? {} : { settings: o.settings }),
      citation: o.citation
    })
  )
  const submissions = list.flatMap((o) => {
    const on = done.get(o.id)
    return on === undefined ? [] : [{ obligationId: o.id, submittedOn: on }]
  })
  return Obligation.track(asObligations, submissions, asOf, calendar).map((t, i) => ({
    obligation: list[i]!,
    status: t.status
  }))
}
