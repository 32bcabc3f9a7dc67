/**
 * @thads/core — the pure domain of Vietnamese civil judgment enforcement
 * (thi hành án dân sự, THADS): legal citations, the civil-servant working-day
 * calendar, the lunar calendar, statistical periods and reporting deadlines.
 *
 * No I/O and no Node APIs: runs in Node and in the browser. Test-data
 * generators are in `@thads/core/testing`; helpers of the workspace's own
 * packages in `@thads/core/internal` (not public API).
 *
 * @since 0.1.0
 */

// citation/
export * as Citation from "./citation/Citation.js"
export * as Documents from "./citation/Documents.js"
export * as LegalDocument from "./citation/LegalDocument.js"
export * as Setting from "./citation/Setting.js"

// calendar/
export * as CivilDate from "./base/CivilDate.js"
export * as EstimatedSchedule from "./calendar/EstimatedSchedule.js"
export * as HolidaySchedule from "./calendar/HolidaySchedule.js"
export * as Lunar from "./calendar/Lunar.js"
export * as OfficialSchedules from "./calendar/OfficialSchedules.js"
export * as ReportingDeadline from "./calendar/ReportingDeadline.js"
export * as StatisticalPeriod from "./calendar/StatisticalPeriod.js"
export * as TimeLimit from "./calendar/TimeLimit.js"
export * as WorkingCalendar from "./calendar/WorkingCalendar.js"

// i18n/
export * as NumberFormat from "./i18n/NumberFormat.js"
export * as Terms from "./i18n/Terms.js"

// statistics/
export * as Decode from "./statistics/Decode.js"
export * as Identity from "./statistics/Identity.js"
export * as ResidualPlacement from "./statistics/ResidualPlacement.js"
export * as Indicator from "./statistics/Indicator.js"
export * as Report from "./statistics/Report.js"

// kpi/
export * as Kpi from "./kpi/Kpi.js"
export * as Rate from "./kpi/Rate.js"
export * as Target from "./kpi/Target.js"

// organization/
export * as AreaOffices from "./organization/AreaOffices.js"
export * as Organization from "./organization/Organization.js"
export * as OrgUnit from "./organization/OrgUnit.js"
export * as SteeringCommittee from "./organization/SteeringCommittee.js"

// directive/
export * as Check from "./directive/Check.js"
export * as Checks09 from "./directive/Checks09.js"
export * as Coverage from "./directive/Coverage.js"
export * as Directive from "./directive/Directive.js"
export * as Directive09 from "./directive/Directive09.js"
export * as Obligation from "./directive/Obligation.js"
export * as ObligationSettings from "./directive/ObligationSettings.js"

// cases/
export * as Aggregate from "./cases/Aggregate.js"
export * as Case from "./cases/Case.js"
export * as CaseSettings from "./cases/CaseSettings.js"
export * as CaseDuties from "./cases/Duties.js"
export * as CaseEvent from "./cases/Event.js"
export * as CaseState from "./cases/State.js"
export * as CaseTimeLimits from "./cases/TimeLimits.js"
export * as Classify from "./cases/Classify.js"
export * as Ledger from "./cases/Ledger.js"
export * as LedgerChecks from "./cases/LedgerChecks.js"
export * as Thahc from "./cases/Thahc.js"

// compliance/
export * as CaseCheck from "./compliance/CaseCheck.js"
export * as Finding from "./compliance/Finding.js"
export * as FindingCatalogue from "./compliance/FindingCatalogue.js"
export * as Pipeline from "./compliance/Pipeline.js"
export * as ReportCheck from "./compliance/ReportCheck.js"
export * as Rule from "./compliance/Rule.js"
export * as Rules from "./compliance/Rules.js"
export * as RuleSet from "./compliance/RuleSet.js"
export * as RuleSetDocument from "./compliance/RuleSetDocument.js"
export * as SpecialLines from "./compliance/SpecialLines.js"

// forms/
export * as FormError from "./forms/FormError.js"
export * as FormLayout from "./forms/FormLayout.js"
export * as Forms from "./forms/Forms.js"
export * as Grid from "./forms/Grid.js"
export * as GridLayout from "./forms/GridLayout.js"
export * as MemoryGrid from "./forms/MemoryGrid.js"
export * as ReadingNote from "./forms/ReadingNote.js"
export * as ReportAnnotation from "./forms/ReportAnnotation.js"
export * as ReportReader from "./forms/ReportReader.js"
export * as ReportWriter from "./forms/ReportWriter.js"
export * as Searches from "./forms/Searches.js"

// interagency/ (TTLT 12/2021)
export * as InteragencyCrossCheck from "./interagency/CrossCheck.js"
export * as InteragencyObligations from "./interagency/Obligations.js"
