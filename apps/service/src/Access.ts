/**
 * Who may do what (phân quyền): object-level checks against the unit tree of
 * the organisation on the report's date. A `submitter` submits and reads its
 * own unit; a `unit-reviewer` reads its unit and every unit below it on that
 * date; a `reviewer` and an `admin` read everything; only an `admin` reads
 * the audit log. No cross-unit access otherwise.
 *
 * @since 0.1.0
 */
import type { Api } from "@thads/api"
import { type CivilDate, Organization } from "@thads/core"

/**
 * Whether `unitId` is `ancestorId` or below it in the organisation on `date`.
 *
 * @example
 * ```ts
 * Access.isWithin(Organization.tayNinh, "chi-cuc-go-dau", "cuc-tay-ninh", CivilDate.make("2022-03-31")) // true
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
 * ```
 * @since 0.1.0
 */
export const canRead = (
  caller: Api.Caller,
  unitId: string,
  date: CivilDate.CivilDate,
  org: Organization.Organization
): boolean => {
  if (caller._tag !== "key") return false
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
export const canSubmit = (caller: Api.Caller, unitId: string): boolean =>
  caller._tag === "key" && caller.role === "submitter" && caller.unitId === unitId

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
export const canAudit = (caller: Api.Caller): boolean => caller._tag === "key" && caller.role === "admin"
