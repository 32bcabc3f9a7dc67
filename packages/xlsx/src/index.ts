/**
 * @thads/xlsx — the THADS statistical report workbooks (.xlsx, ExcelJS):
 * read a workbook into the canonical report with a map from JSON Pointer to
 * cell, write a blank template or a filled report, check a workbook with the
 * findings on their cells, and write an annotated copy (cell notes,
 * highlights and a "Phát hiện" sheet). The layout is `FormLayout` of
 * `@thads/core`. `Zip` reads and writes raw zip files (the add-in's app
 * package). Node only.
 *
 * @since 0.1.0
 */
export * as Annotate from "./Annotate.js"
export * as CellValue from "./CellValue.js"
export * as ExcelGrid from "./ExcelGrid.js"
export * as Check from "./Check.js"
export * as Inspect from "./Inspect.js"
export * as Limits from "./Limits.js"
export * as Notes from "./Notes.js"
export * as Read from "./Read.js"
export * as Write from "./Write.js"
export * as Zip from "./Zip.js"
export { isWorkbookError, WorkbookError } from "./WorkbookError.js"
export type { Code as WorkbookErrorCode } from "./WorkbookError.js"
