/**
 * Who may do what (phân quyền): the access matrix of the compliance service,
 * one copy for the service (which enforces it) and the reviewers' page
 * (which shows a form only when the key may use it, and whose demonstration
 * answers as the service does). Object-level checks against the unit tree
 * of the organisation on the report's date. A `submitter` submits and reads
 * its own unit; a `unit-reviewer` reads its unit and every unit below it on
 * that date; a `reviewer` and an `admin` read everything; only an `admin`
 * reads the audit log. No cross-unit access otherwise.
 *
 * Fulfilment records (a hearing held, a steering report sent): a unit's
 * obligations are recorded by a `submitter` key of that unit; the directive
 * actors' (A04 Đảng ủy Công an tỉnh, A05, A06 — party bodies, not units of
 * the organisation, with no keys of their own) by an `admin` key, the
 * operator who enters what the provincial party office reports. The actors'
 * obligations and records are read by `reviewer` and `admin` keys.
 *
 * Pure and small: it imports no effect module, so a page that bundles it
 * (`@thads/api/Access`) does not bundle the HTTP contract.
 *
 * @since 0.2.0
 */
import { type CivilDate, Organization } from "@thads/core"
import type { Role } from "./Api.js"

/**
 * Who asks: a key's role and unit (the service's `Api.Caller`, the page's
 * signed-in key), or nobody (`{ _tag: "anonymous" }`).
 *
 * @example
 * ```ts
 * const caller: Access.Subject = { role: "unit-reviewer", unitId: "cuc-tay-ninh" }
 * const anonymous: Access.Subject = { _tag: "anonymous" }
 * ```
 * @since 0.2.0
 */
export type Subject = { readonly _tag: "anonymous" } | { readonly role: Role; readonly unitId: string | null }

/**
 * The owner of an obligation: a unit, or an actor of the directive (a party
 * body, not a unit).
 *
 * @example
 * ```ts
 * const owner: Access.Owner = { actorId: "A04" }
 * ```
 * @since 0.2.0
 */
export interface Owner {
  readonly unitId?: string | undefined
  readonly actorId?: string | undefined
}

/**
 * Whether `unitId` is `ancestorId` or below it in the organisation on `date`.
 *
 * @example
 * ```ts
 * Access.isWithin(Organization.tayNinh, "chi-cuc-go-dau", "cuc-tay-ninh", CivilDate.make("2022-03-31")) // true
 * Access.isWithin(Organization.tayNinh, "cuc-tay-ninh", "chi-cuc-go-dau", CivilDate.make("2022-03-31")) // false
 * ```
 * @since 0.1.0
 */
export const isWithin = (
  org: Organization.Organization,
  unitId: string,
  ancestorId: string,
  date: CivilDate.CivilDate
): boolean => {
  let current: string | undefined = unitId
  // The depth of the tree bounds the walk; the guard protects against a cycle in bad data.
  for (let depth = 0; current !== undefined && depth < 32; depth++) {
    if (current === ancestorId) return true
    current = Organization.parentOn(org, current, date)?.id
  }
  return false
}

/**
 * Whether the caller may read the data of `unitId` for a period ending on `date`.
 *
 * @example
 * ```ts
 * const date = CivilDate.make("2022-06-30")
 * const reviewer: Api.Caller = { _tag: "key", keyId: "a1b2c3d4e5f6", role: "unit-reviewer", unitId: "cuc-tay-ninh" }
 * Access.canRead(reviewer, "chi-cuc-go-dau", date, Organization.tayNinh) // true: Gò Dầu is below the Cục
 * Access.canRead(reviewer, "cuc-long-an", date, Organization.tayNinh) // false
 * Access.canRead({ _tag: "anonymous" }, "chi-cuc-go-dau", date, Organization.tayNinh) // false
 * Access.canRead({ role: "submitter", unitId: "chi-cuc-go-dau" }, "chi-cuc-go-dau", date, Organization.tayNinh) // true
 * ```
 * @since 0.1.0
 */
export const canRead = (
  caller: Subject,
  unitId: string,
  date: CivilDate.CivilDate,
  org: Organization.Organization
): boolean => {
  if (!("role" in caller)) return false
  switch (caller.role) {
    case "reviewer":
    case "admin":
      return true
    case "submitter":
      return caller.unitId === unitId
    case "unit-reviewer":
      return caller.unitId !== null && isWithin(org, unitId, caller.unitId, date)
  }
}

/**
 * Whether the caller may submit a report of `unitId`.
 *
 * @example
 * ```ts
 * Access.canSubmit({ _tag: "key", keyId: "a1b2c3d4e5f6", role: "submitter", unitId: "chi-cuc-go-dau" }, "chi-cuc-go-dau") // true
 * Access.canSubmit({ _tag: "key", keyId: "a1b2c3d4e5f6", role: "submitter", unitId: "chi-cuc-go-dau" }, "chi-cuc-ben-cau") // false
 * Access.canSubmit({ _tag: "key", keyId: "b1b2c3d4e5f6", role: "admin", unitId: null }, "chi-cuc-go-dau") // false
 * ```
 * @since 0.1.0
 */
export const canSubmit = (caller: Subject, unitId: string): boolean =>
  "role" in caller && caller.role === "submitter" && caller.unitId === unitId

/**
 * Whether the caller may read the audit log.
 *
 * @example
 * ```ts
 * Access.canAudit({ _tag: "anonymous" }) // false
 * Access.canAudit({ _tag: "key", keyId: "b1b2c3d4e5f6", role: "admin", unitId: null }) // true
 * ```
 * @since 0.1.0
 */
export const canAudit = (caller: Subject): boolean => "role" in caller && caller.role === "admin"

/**
 * Whether the caller may record that an obligation of this owner was
 * fulfilled: a `submitter` key of the owning unit, or an `admin` key for a
 * directive actor (an owner without a unit). Nobody else; an admin does not
 * record a unit's obligations (its submitter does).
 *
 * @example
 * ```ts
 * const submitter: Api.Caller = { _tag: "key", keyId: "a1b2c3d4e5f6", role: "submitter", unitId: "thads-tay-ninh" }
 * const admin: Api.Caller = { _tag: "key", keyId: "b1b2c3d4e5f6", role: "admin", unitId: null }
 * Access.canRecord(submitter, { unitId: "thads-tay-ninh" }) // true
 * Access.canRecord(submitter, { unitId: "phong-kv-1-tay-ninh" }) // false
 * Access.canRecord(submitter, { actorId: "A04" }) // false
 * Access.canRecord(admin, { actorId: "A04" }) // true
 * Access.canRecord(admin, { unitId: "thads-tay-ninh" }) // false
 * Access.canRecord({ role: "reviewer", unitId: "cuc-tay-ninh" }, { actorId: "A04" }) // false
 * Access.canRecord({ _tag: "anonymous" }, { actorId: "A04" }) // false
 * ```
 * @since 0.2.0
 */
export const canRecord = (caller: Subject, owner: Owner): boolean => {
  if (!("role" in caller)) return false
  if (owner.unitId !== undefined) return caller.role === "submitter" && caller.unitId === owner.unitId
  return owner.actorId !== undefined && caller.role === "admin"
}

/**
 * Whether the caller may read the obligations and fulfilment records of the
 * directive's actors (A04, A05, …): `reviewer` and `admin` keys.
 *
 * @example
 * ```ts
 * Access.canReadActors({ _tag: "key", keyId: "c1b2c3d4e5f6", role: "reviewer", unitId: null }) // true
 * Access.canReadActors({ _tag: "key", keyId: "a1b2c3d4e5f6", role: "unit-reviewer", unitId: "thads-tay-ninh" }) // false
 * Access.canReadActors({ _tag: "anonymous" }) // false
 * ```
 * @since 0.2.0
 */
export const canReadActors = (caller: Subject): boolean =>
  "role" in caller && (caller.role === "reviewer" || caller.role === "admin")
