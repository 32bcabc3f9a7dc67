/**
 * An annotated copy of a workbook (bản sổ tính có ghi chú phát hiện): every
 * finding that has a cell becomes a note on that cell (Vietnamese, English,
 * citation) and the cell is highlighted by its worst severity (error red,
 * warning amber, info blue); a sheet "Phát hiện" lists every finding, with a
 * link to its cell. The original content is kept. Annotating again first
 * removes what an earlier annotation added (its notes, recognised by the
 * marker line, and its highlight colours, and its findings sheet), so a copy
 * can be re-annotated after corrections; the users' own notes are kept.
 *
 * @since 0.1.0
 */
import { Citation, type Finding, type ReportCheck } from "@thads/core"
import type ExcelJS from "exceljs"
import * as Check from "./Check.js"
import * as Read from "./Read.js"

/**
 * The fill colour (ARGB) of each severity.
 *
 * @since 0.1.0
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
 * Removes a cell's note. ExcelJS (4.4) has no API for it: assigning `undefined` leaves an empty comment box, so
 * the cell's comment (`_comment`) and the copy its value model keeps are cleared (tested: the note is gone after
 * writing and reading the workbook back).
 */
const removeNote = (c: ExcelJS.Cell): void => {
  const cell = c as unknown as { _comment?: unknown; _value?: { model?: { comment?: unknown } } }
  cell._comment = undefined
  // The value's model keeps a copy of the comment once it has been read or written: drop it too.
  const model = cell._value?.model
  if (model !== undefined && "comment" in model) delete model.comment
}

/** The first line of every note thads writes: how an earlier annotation is recognised. */
const MARKER = "thads ▸"

/** The title cell of the findings sheet thads writes. */
const TITLE = "PHÁT HIỆN KHI KIỂM TRA BÁO CÁO / Findings of the report check"

const noteText = (f: Finding.Finding): string =>
  [
    `${MARKER} [${severityLabel[f.severity].vi} / ${severityLabel[f.severity].en}] ${f.code}`,
    f.message.vi,
    f.message.en,
    `Căn cứ: ${Citation.renderVi(f.citation)} / Source: ${Citation.renderEn(f.citation)}`
  ].join("\n")

const existingNote = (c: ExcelJS.Cell): string | undefined => {
  const n = c.note as unknown
  if (n === undefined || n === null) return undefined
  if (typeof n === "string") return n
  const texts = (n as { texts?: ReadonlyArray<{ text?: string }> }).texts
  return texts?.map((t) => t.text ?? "").join("")
}

/**
 * Writes the findings onto a loaded workbook: cell notes, highlights, and
 * the findings sheet.
 *
 * @example
 * ```ts
 * Annotate.onWorkbook(wb, result.findings, "Phát hiện")
 * ```
 * @since 0.1.0
 */
export const onWorkbook = (
  wb: ExcelJS.Workbook,
  findings: ReadonlyArray<Finding.Finding>,
  findingsSheet: string
): void => {
  // Undo an earlier annotation: its notes (kept apart from the users' own) and its highlight colours.
  const ours = new Set(Object.values(colours))
  for (const sheet of wb.worksheets) {
    sheet.eachRow({ includeEmpty: false }, (row) => {
      row.eachCell({ includeEmpty: false }, (c) => {
        const note = existingNote(c)
        if (note === undefined || !note.includes(MARKER)) return
        const kept = note.split("\n\n").filter((part) => !part.startsWith(MARKER))
        if (kept.length > 0) c.note = kept.join("\n\n")
        else removeNote(c)
        const fill = c.fill as { fgColor?: { argb?: string } } | undefined
        if (fill?.fgColor?.argb !== undefined && ours.has(fill.fgColor.argb)) c.fill = undefined as never
      })
    })
  }
  const byCell = new Map<string, Array<Finding.Finding>>()
  for (const f of findings) {
    if (f.location.sheet === undefined || f.location.cell === undefined) continue
    const key = `${f.location.sheet}\u0000${f.location.cell}`
    const list = byCell.get(key) ?? []
    list.push(f)
    byCell.set(key, list)
  }
  for (const [key, list] of byCell) {
    const [sheetName, cell] = key.split("\u0000") as [string, string]
    const ws = Read.sheet(wb, sheetName)
    if (ws === undefined) continue
    const c = ws.getCell(cell)
    const worst = list.reduce((a, f) => (rank[f.severity] < rank[a] ? f.severity : a), "info" as Finding.Severity)
    const before = existingNote(c)
    c.note = [...(before === undefined ? [] : [before]), ...list.map(noteText)].join("\n\n")
    c.fill = { type: "pattern", pattern: "solid", fgColor: { argb: colours[worst] } }
  }

  // Replace an earlier findings sheet of thads; a user's own sheet of that name is kept and ours is named apart.
  const old = Read.sheet(wb, findingsSheet)
  const oldIsOurs = old !== undefined && String(old.getCell("A1").value ?? "") === TITLE
  if (old !== undefined && oldIsOurs) wb.removeWorksheet(old.id)
  const name = old !== undefined && !oldIsOurs ? `${findingsSheet} (thads)` : findingsSheet
  const stale = Read.sheet(wb, name)
  if (stale !== undefined && name !== findingsSheet) wb.removeWorksheet(stale.id)
  const ws = wb.addWorksheet(name, { views: [{ state: "frozen", ySplit: 4 }] })
  ws.columns = [
    { width: 6 },
    { width: 12 },
    { width: 28 },
    { width: 16 },
    { width: 24 },
    { width: 70 },
    { width: 70 },
    { width: 36 },
    { width: 16 },
    { width: 16 }
  ]
  ws.getCell("A1").value = TITLE
  ws.getCell("A1").font = { bold: true, size: 13 }
  const count = { error: 0, warning: 0, info: 0 }
  for (const f of findings) count[f.severity]++
  ws.getCell("A2").value =
    `${count.error} lỗi, ${count.warning} cảnh báo, ${count.info} thông tin — ${count.error} errors, ${count.warning} warnings, ${count.info} info`
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
    const c = ws.getRow(4).getCell(i + 1)
    c.value = h
    c.font = { bold: true }
    c.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFD9D9D9" } }
  })
  findings.forEach((f, i) => {
    const row = ws.getRow(5 + i)
    row.getCell(1).value = i + 1
    row.getCell(2).value = severityLabel[f.severity].vi
    row.getCell(2).fill = { type: "pattern", pattern: "solid", fgColor: { argb: colours[f.severity] } }
    row.getCell(3).value = f.code
    if (f.location.sheet !== undefined && f.location.cell !== undefined) {
      const target = `'${f.location.sheet.replace(/'/g, "''")}'!${f.location.cell}`
      row.getCell(4).value = { text: `${f.location.sheet}!${f.location.cell}`, hyperlink: `#${target}` }
      row.getCell(4).font = { color: { argb: "FF0563C1" }, underline: true }
    }
    row.getCell(5).value = f.location.path ?? ""
    row.getCell(6).value = f.message.vi
    row.getCell(7).value = f.message.en
    row.getCell(8).value = `${Citation.renderVi(f.citation)} / ${Citation.renderEn(f.citation)}`
    if (f.observed !== undefined) row.getCell(9).value = f.observed
    if (f.expected !== undefined) row.getCell(10).value = f.expected
    for (const n of [6, 7, 8]) row.getCell(n).alignment = { wrapText: true, vertical: "top" }
  })
}

/**
 * Checks a workbook and writes an annotated copy. Rejects with a
 * `WorkbookError` when the file cannot be read.
 *
 * @example
 * ```ts
 * const { bytes, result } = await Annotate.annotate(readFileSync("bao-cao.xlsx"), { file: "bao-cao.xlsx" })
 * writeFileSync("bao-cao.phat-hien.xlsx", bytes)
 * ```
 * @since 0.1.0
 */
export const annotate = async (
  bytes: Uint8Array,
  options: Check.Options = {}
): Promise<{ readonly bytes: Uint8Array; readonly result: ReportCheck.Result }> => {
  const wb = await Read.load(bytes, options)
  const read = Read.fromWorkbook(wb, options)
  const result = Check.checkRead(read, options)
  onWorkbook(wb, result.findings, read.layout.findingsSheet)
  const out = await wb.xlsx.writeBuffer()
  return { bytes: new Uint8Array(out as ArrayBuffer), result }
}
