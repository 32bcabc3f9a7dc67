/**
 * Annotates a report form on any {@link Grid.WritableGrid} (ghi chú phát
 * hiện lên sổ tính): every finding that has a cell becomes a note on that
 * cell (Vietnamese, English, citation) and the cell is highlighted by its
 * worst severity (error red, warning amber, info blue); a sheet "Phát hiện"
 * lists every finding, with a link to its cell. The original content is
 * kept. Annotating again first removes what an earlier annotation added (its
 * notes, recognised by the marker line, its highlight colours, and its
 * findings sheet), so a copy can be re-annotated after corrections; the
 * users' own notes are kept. Used by `@thads/xlsx` (ExcelJS) and the add-in
 * (Office.js) alike.
 *
 * @since 0.2.0
 */
import * as Citation from "../citation/Citation.js"
import type * as Finding from "../compliance/Finding.js"
import * as FormLayout from "./FormLayout.js"
import * as Grid from "./Grid.js"

/**
 * The fill colour (ARGB) of each severity.
 *
 * @example
 * ```ts
 * ReportAnnotation.colours.error // "FFFFC7CE"
 * ```
 * @since 0.2.0
 */
export const colours: Readonly<Record<Finding.Severity, string>> = {
  error: "FFFFC7CE",
  warning: "FFFFEB9C",
  info: "FFDDEBF7"
}

const severityLabel: Readonly<Record<Finding.Severity, { readonly vi: string; readonly en: string }>> = {
  error: { vi: "Lỗi", en: "error" },
  warning: { vi: "Cảnh báo", en: "warning" },
  info: { vi: "Thông tin", en: "info" }
}
const rank: Readonly<Record<Finding.Severity, number>> = { error: 0, warning: 1, info: 2 }

/**
 * The first line of every note thads writes: how an earlier annotation is
 * recognised.
 *
 * @example
 * ```ts
 * ReportAnnotation.marker // "thads ▸"
 * ```
 * @since 0.2.0
 */
export const marker = "thads ▸"

/**
 * The title cell (A1) of the findings sheet thads writes.
 *
 * @example
 * ```ts
 * ReportAnnotation.title.startsWith("PHÁT HIỆN") // true
 * ```
 * @since 0.2.0
 */
export const title = "PHÁT HIỆN KHI KIỂM TRA BÁO CÁO / Findings of the report check"

/**
 * The note thads writes for a finding.
 *
 * @example
 * ```ts
 * ReportAnnotation.noteText(finding).split("\n")[0] // "thads ▸ [Lỗi / error] identity-violated"
 * ```
 * @since 0.2.0
 */
export const noteText = (f: Finding.Finding): string =>
  [
    `${marker} [${severityLabel[f.severity].vi} / ${severityLabel[f.severity].en}] ${f.code}`,
    f.message.vi,
    f.message.en,
    `Căn cứ: ${Citation.renderVi(f.citation)} / Source: ${Citation.renderEn(f.citation)}`
  ].join("\n")

const str = (value: string): Grid.Value => ({ _tag: "string", value })
const num = (value: number): Grid.Value => ({ _tag: "number", value })
const val = (v: number | string): Grid.Value => (typeof v === "number" ? num(v) : str(v))

/** Removes what an earlier annotation wrote on the cells: its notes and its highlight colours. */
const undo = (grid: Grid.WritableGrid): void => {
  const ours = new Set(Object.values(colours))
  for (const name of grid.sheetNames) {
    const sheet = grid.sheet(name)!
    const r = sheet.usedRange
    if (r === undefined) continue
    for (let row = r.top; row <= r.bottom; row++) {
      for (let column = r.left; column <= r.right; column++) {
        const note = sheet.note(row, column)
        if (note === undefined || !note.includes(marker)) continue
        const kept = note.split("\n\n").filter((part) => !part.startsWith(marker))
        sheet.setNote(row, column, kept.length > 0 ? kept.join("\n\n") : undefined)
        const fill = sheet.fill(row, column)
        if (fill !== undefined && ours.has(fill)) sheet.setFill(row, column, undefined)
      }
    }
  }
}

/**
 * Writes the findings onto a grid: cell notes, highlights, and the findings
 * sheet (replacing an earlier one of thads; a user's own sheet of that name
 * is kept and ours is named "<name> (thads)").
 *
 * @example
 * ```ts
 * ReportAnnotation.annotate(grid, result.findings, FormLayout.v1.findingsSheet)
 * ```
 * @since 0.2.0
 */
export const annotate = (
  grid: Grid.WritableGrid,
  findings: ReadonlyArray<Finding.Finding>,
  findingsSheet: string
): void => {
  undo(grid)
  const byCell = new Map<string, Array<Finding.Finding>>()
  for (const f of findings) {
    if (f.location.sheet === undefined || f.location.cell === undefined) continue
    const key = `${f.location.sheet}\u0000${f.location.cell}`
    const list = byCell.get(key)
    if (list === undefined) byCell.set(key, [f])
    else list.push(f)
  }
  for (const [key, list] of byCell) {
    const [sheetName, cell] = key.split("\u0000") as [string, string]
    const ws = Grid.findSheet(grid, sheetName)
    if (ws === undefined) continue
    const { column, row } = FormLayout.parseCell(cell)
    const col = FormLayout.columnNumber(column)
    const worst = list.reduce((a, f) => (rank[f.severity] < rank[a] ? f.severity : a), "info" as Finding.Severity)
    const before = ws.note(row, col)
    ws.setNote(row, col, [...(before === undefined ? [] : [before]), ...list.map(noteText)].join("\n\n"))
    ws.setFill(row, col, colours[worst])
  }

  const old = Grid.findSheet(grid, findingsSheet)
  const isOurs = (s: Grid.Sheet) => {
    const v = s.value(1, 1)
    return v._tag === "string" && v.value === title
  }
  const oldIsOurs = old !== undefined && isOurs(old)
  if (old !== undefined && oldIsOurs) grid.removeSheet(old.name)
  const name = old !== undefined && !oldIsOurs ? `${findingsSheet} (thads)` : findingsSheet
  const stale = Grid.findSheet(grid, name)
  if (stale !== undefined && name !== findingsSheet) grid.removeSheet(stale.name)
  const ws = grid.addSheet(name)
  for (const [i, w] of [6, 12, 28, 16, 24, 70, 70, 36, 16, 16].entries()) ws.setColumnWidth(i + 1, w)
  ws.freeze?.(4, 0)
  ws.setValue(1, 1, str(title))
  ws.setStyle(1, 1, { bold: true, size: 13 })
  const count = { error: 0, warning: 0, info: 0 }
  for (const f of findings) count[f.severity]++
  ws.setValue(
    2,
    1,
    str(
      `${count.error} lỗi, ${count.warning} cảnh báo, ${count.info} thông tin — ${count.error} errors, ${count.warning} warnings, ${count.info} info`
    )
  )
  const heads = [
    "STT",
    "Mức độ",
    "Mã phát hiện",
    "Ô / cell",
    "Đường dẫn / path",
    "Nội dung",
    "Message",
    "Căn cứ / source",
    "Thực tế / observed",
    "Đúng ra / expected"
  ]
  heads.forEach((h, i) => {
    ws.setValue(4, i + 1, str(h))
    ws.setStyle(4, i + 1, { bold: true })
    ws.setFill(4, i + 1, "FFD9D9D9")
  })
  findings.forEach((f, i) => {
    const row = 5 + i
    ws.setValue(row, 1, num(i + 1))
    ws.setValue(row, 2, str(severityLabel[f.severity].vi))
    ws.setFill(row, 2, colours[f.severity])
    ws.setValue(row, 3, str(f.code))
    if (f.location.sheet !== undefined && f.location.cell !== undefined) {
      ws.setLink(
        row,
        4,
        `${f.location.sheet}!${f.location.cell}`,
        `#${FormLayout.quoteSheet(f.location.sheet)}!${f.location.cell}`
      )
    }
    ws.setValue(row, 5, str(f.location.path ?? ""))
    ws.setValue(row, 6, str(f.message.vi))
    ws.setValue(row, 7, str(f.message.en))
    ws.setValue(row, 8, str(`${Citation.renderVi(f.citation)} / ${Citation.renderEn(f.citation)}`))
    if (f.observed !== undefined) ws.setValue(row, 9, val(f.observed))
    if (f.expected !== undefined) ws.setValue(row, 10, val(f.expected))
    for (const n of [6, 7, 8]) ws.setStyle(row, n, { wrap: true })
  })
}
