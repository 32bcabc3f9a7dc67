/**
 * @thads/cli — the `thads` command's tree and its pure command functions.
 *
 * @since 0.1.0
 */
export * from "./Cli.js"
export * as Output from "./Output.js"
export { annotate, checkWorkbook, readWorkbookFile, template } from "./commands/workbook.js"
export { calendar } from "./commands/calendar.js"
export { caseClassify } from "./commands/case.js"
export { check, findings } from "./commands/check.js"
export { deadline } from "./commands/deadline.js"
export { directive, obligationLines, obligations } from "./commands/directive.js"
export { fulfil, serviceObligations } from "./commands/fulfil.js"
export { kpi, schema } from "./commands/kpi.js"
export { ledgerReport } from "./commands/ledger.js"
export { lunar } from "./commands/lunar.js"
export { overview } from "./commands/overview.js"
export { period } from "./commands/period.js"
export { checkRemote, submit } from "./commands/submit.js"
