/**
 * @thads/excel-addin as a library (for the bench and for hosts that embed
 * the pieces): the worksheet functions as plain functions, the Office.js
 * adapter of core's grid port, the pane's review, and the mocked Excel used
 * by the tests. The add-in itself is the static bundle in dist/.
 *
 * @since 0.1.0
 */
export * as FunctionError from "./functions/FunctionError.js"
export * as Functions from "./functions/Functions.js"
export * as Localized from "./functions/Localized.js"
export * as Serial from "./functions/Serial.js"
export * as OfficeGrid from "./grid/OfficeGrid.js"
export * as Review from "./pane/Review.js"
export * as Send from "./pane/Send.js"
export * as Sent from "./pane/Sent.js"
export * as Settings from "./pane/Settings.js"
export * as Texts from "./pane/Texts.js"
export * as MockExcel from "./testing/MockExcel.js"
