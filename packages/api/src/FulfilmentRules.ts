/**
 * The rules of recording a fulfilment (ghi nhận thực hiện nghĩa vụ), one copy
 * for the service (`POST /v1/fulfilments`) and the reviewers' page's
 * demonstration: the order of the checks (an obligation core generates, not
 * a statistical report; a key that may record it; a date neither after today
 * nor before the period starts), each refusal's status, code, text and
 * problem extension members (`today`, `periodStart`, `currentId`), the fields
 * that make two requests the same under one `Idempotency-Key`, and the rule
 * of one current record: a second record must name the current one in
 * `supersedes` (a correction, the next version).
 *
 * Pure: no I/O, no clock (the caller gives today), no effect module, so the
 * page's demonstration bundles it as `@thads/api/FulfilmentRules` without the
 * HTTP contract.
 *
 * @since 0.2.0
 */
import { type CivilDate, Obligation, type Organization } from "@thads/core"
import * as Access from "./Access.js"
import type { Extensions } from "./Problem.js"

/**
 * The problem codes (`urn:thads:problem:<code>`) of a refused record.
 *
 * @example
 * ```ts
 * const code: FulfilmentRules.Code = "fulfilment-exists"
 * ```
 * @since 0.2.0
 */
export type Code =
  | "obligation-unknown"
  | "obligation-met-by-report"
  | "fulfilment-forbidden"
  | "fulfilment-date-future"
  | "fulfilment-date-before-period"
  | "fulfilment-exists"
  | "fulfilment-superseded"
  | "idempotency-key-reused"

/**
 * A refused record: the HTTP status, the problem's code, the service's
 * English text (`detail`) and the extension members the problem document
 * carries (what a client shows or acts on: never parse `detail`).
 *
 * @example
 * ```ts
 * const r: FulfilmentRules.Refusal = { status: 422, code: "fulfilment-date-future", detail: "fulfilledOn is after today (in Vietnam): 2026-07-16 > 2026-07-15", extensions: { today: "2026-07-15" } }
 * ```
 * @since 0.2.0
 */
export interface Refusal {
  readonly status: 403 | 409 | 422
  readonly code: Code
  readonly detail: string
  readonly extensions: Extensions
}

/**
 * What {@link check} answers: the obligation to record, or why not.
 *
 * @example
 * ```ts
 * const why = (c: FulfilmentRules.Checked) => (c._tag === "Accepted" ? c.obligation.id : c.refusal.code)
 * ```
 * @since 0.2.0
 */
export type Checked =
  | { readonly _tag: "Accepted"; readonly obligation: Obligation.Obligation }
  | { readonly _tag: "Refused"; readonly refusal: Refusal }

const refused = (status: Refusal["status"], code: Code, detail: string, extensions: Extensions = {}): Checked => ({
  _tag: "Refused",
  refusal: { status, code, detail, extensions }
})

/**
 * Checks a record before it is stored, in the service's order: the id must
 * be an obligation core generates (with the settings in force) and not a
 * statistical report (422 `obligation-unknown`, `obligation-met-by-report`);
 * the key must be the owning unit's submitter key, or an admin key for a
 * directive actor's (403 `fulfilment-forbidden`); the date must be neither
 * after today nor before the period starts (422 `fulfilment-date-future`
 * with `today`, `fulfilment-date-before-period` with `periodStart`).
 *
 * @example
 * ```ts
 * const submitter = { role: "submitter", unitId: "thads-tay-ninh" } as const
 * const input = { obligationId: "hearing/thads-tay-ninh/2026-06-30", fulfilledOn: CivilDate.make("2026-07-10"), today: CivilDate.make("2026-07-15"), caller: submitter, organization: Organization.tayNinh }
 * FulfilmentRules.check(input) // { _tag: "Accepted", obligation: { kind: "hearing", owner: { unitId: "thads-tay-ninh" } } }
 * FulfilmentRules.check({ ...input, fulfilledOn: CivilDate.make("2026-07-16") }) // { _tag: "Refused", refusal: { status: 422, code: "fulfilment-date-future", extensions: { today: "2026-07-15" } } }
 * FulfilmentRules.check({ ...input, fulfilledOn: CivilDate.make("2025-09-30") }) // { _tag: "Refused", refusal: { code: "fulfilment-date-before-period", extensions: { periodStart: "2025-10-01" } } }
 * FulfilmentRules.check({ ...input, caller: { role: "admin", unitId: null } }) // { _tag: "Refused", refusal: { status: 403, code: "fulfilment-forbidden", detail: 'only a submitter key of unit "thads-tay-ninh" records its obligations' } }
 * FulfilmentRules.check({ ...input, obligationId: "hearing/thads-tay-ninh/2026-06-29" }) // { _tag: "Refused", refusal: { status: 422, code: "obligation-unknown" } }
 * ```
 * @since 0.2.0
 */
export const check = (input: {
  readonly obligationId: string
  readonly fulfilledOn: CivilDate.CivilDate
  readonly today: CivilDate.CivilDate
  readonly caller: Access.Subject
  readonly organization: Organization.Organization
  readonly settings?: Partial<Obligation.Settings> | undefined
}): Checked => {
  const checked = Obligation.checkFulfilment({
    obligationId: input.obligationId,
    fulfilledOn: input.fulfilledOn,
    today: input.today,
    organization: input.organization,
    ...(input.settings === undefined ? {} : { settings: input.settings })
  })
  if (checked._tag === "Unknown")
    return refused(422, "obligation-unknown", "no obligation with this id: take the id from GET /v1/obligations")
  if (checked._tag === "MetByReport")
    return refused(
      422,
      "obligation-met-by-report",
      "a statistical report is met by submitting the report (POST /v1/submissions), not by a record"
    )
  const owner = checked.obligation.owner
  if (!Access.canRecord(input.caller, owner))
    return refused(
      403,
      "fulfilment-forbidden",
      owner.unitId !== undefined
        ? `only a submitter key of unit "${owner.unitId}" records its obligations`
        : `the obligations of ${owner.actorId} (not a unit) are recorded with an admin key`
    )
  if (checked._tag === "InFuture")
    return refused(
      422,
      "fulfilment-date-future",
      `fulfilledOn is after today (in Vietnam): ${input.fulfilledOn} > ${input.today}`,
      { today: input.today }
    )
  if (checked._tag === "BeforePeriod") {
    const start = checked.obligation.period.start
    return refused(
      422,
      "fulfilment-date-before-period",
      `fulfilledOn is before the period the obligation covers starts: ${input.fulfilledOn} < ${start}`,
      { periodStart: start }
    )
  }
  return { _tag: "Accepted", obligation: checked.obligation }
}

/**
 * The fields that make two requests the same under one `Idempotency-Key`,
 * in a fixed order, as one string (the service stores its SHA-256): the
 * obligation, the date, the document's number and title, the note and the
 * record corrected. The order of an object's keys does not matter.
 *
 * @example
 * ```ts
 * const a = FulfilmentRules.requestKey({ obligationId: "hearing/A04/2025-12-31", fulfilledOn: "2026-01-15" })
 * a // '["hearing/A04/2025-12-31","2026-01-15",null,null,null,null]'
 * FulfilmentRules.requestKey({ fulfilledOn: "2026-01-15", obligationId: "hearing/A04/2025-12-31" }) === a // true
 * FulfilmentRules.requestKey({ obligationId: "hearing/A04/2025-12-31", fulfilledOn: "2026-01-15", note: "" }) === a // false
 * ```
 * @since 0.2.0
 */
export const requestKey = (request: {
  readonly obligationId: string
  readonly fulfilledOn: string
  readonly document?: { readonly number?: string | undefined; readonly title?: string | undefined } | undefined
  readonly note?: string | undefined
  readonly supersedes?: string | undefined
}): string =>
  JSON.stringify([
    request.obligationId,
    request.fulfilledOn,
    request.document?.number ?? null,
    request.document?.title ?? null,
    request.note ?? null,
    request.supersedes ?? null
  ])

/**
 * What a request sent with an `Idempotency-Key` is, given the
 * {@link requestKey} of the request first sent with it (undefined: none
 * was): `New`, a `Replay` of the same request (answered with the stored
 * record, stored once), or refused (409 `idempotency-key-reused`).
 *
 * @example
 * ```ts
 * const key = FulfilmentRules.requestKey({ obligationId: "hearing/A04/2025-12-31", fulfilledOn: "2026-01-15" })
 * FulfilmentRules.idempotency(undefined, key) // { _tag: "New" }
 * FulfilmentRules.idempotency(key, key) // { _tag: "Replay" }
 * FulfilmentRules.idempotency(key, "other") // { _tag: "Refused", refusal: { status: 409, code: "idempotency-key-reused" } }
 * ```
 * @since 0.2.0
 */
export const idempotency = (
  prior: string | undefined,
  key: string
): { readonly _tag: "New" } | { readonly _tag: "Replay" } | { readonly _tag: "Refused"; readonly refusal: Refusal } =>
  prior === undefined
    ? { _tag: "New" }
    : prior === key
      ? { _tag: "Replay" }
      : {
          _tag: "Refused",
          refusal: {
            status: 409,
            code: "idempotency-key-reused",
            detail: "this Idempotency-Key was used with another request",
            extensions: {}
          }
        }

/**
 * The version a new record of an obligation takes, given its current record
 * (undefined: none yet): 1 for the first; a second record must name the
 * current one in `supersedes` (a correction, the next version) — else 409
 * `fulfilment-exists` —, and a `supersedes` that is not the current record
 * (stale, or with no record yet) is 409 `fulfilment-superseded`; both carry
 * `currentId` when there is a current record.
 *
 * @example
 * ```ts
 * FulfilmentRules.nextVersion({}, undefined) // { _tag: "Next", version: 1 }
 * FulfilmentRules.nextVersion({ supersedes: "r1" }, { id: "r1", version: 1 }) // { _tag: "Next", version: 2 }
 * FulfilmentRules.nextVersion({}, { id: "r1", version: 1 }) // { _tag: "Refused", refusal: { status: 409, code: "fulfilment-exists", extensions: { currentId: "r1" } } }
 * FulfilmentRules.nextVersion({ supersedes: "r0" }, { id: "r1", version: 2 }) // { _tag: "Refused", refusal: { code: "fulfilment-superseded", detail: "supersedes must name the current record (r1)", extensions: { currentId: "r1" } } }
 * FulfilmentRules.nextVersion({ supersedes: "r0" }, undefined) // { _tag: "Refused", refusal: { code: "fulfilment-superseded", extensions: {} } }
 * ```
 * @since 0.2.0
 */
export const nextVersion = (
  request: { readonly supersedes?: string | undefined },
  current: { readonly id: string; readonly version: number } | undefined
): { readonly _tag: "Next"; readonly version: number } | { readonly _tag: "Refused"; readonly refusal: Refusal } => {
  if (current !== undefined && request.supersedes === undefined)
    return {
      _tag: "Refused",
      refusal: {
        status: 409,
        code: "fulfilment-exists",
        detail: `the obligation is already recorded (${current.id}): to correct it, send supersedes: "${current.id}"`,
        extensions: { currentId: current.id }
      }
    }
  if (request.supersedes !== undefined && request.supersedes !== current?.id)
    return {
      _tag: "Refused",
      refusal: {
        status: 409,
        code: "fulfilment-superseded",
        detail:
          current === undefined
            ? "supersedes names a record, but the obligation has none"
            : `supersedes must name the current record (${current.id})`,
        extensions: current === undefined ? {} : { currentId: current.id }
      }
    }
  return { _tag: "Next", version: (current?.version ?? 0) + 1 }
}
