/**
 * Looks at a file's bytes before the spreadsheet library does (kiểm tra tệp
 * trước khi mở): what it is (a .xlsx zip; a legacy .xls or an encrypted,
 * password-protected workbook — both OLE compound files; a CSV or other
 * text), its size, and the zip's central directory — entry count, declared
 * uncompressed sizes and ratios — then inflates each entry with a cap at its
 * declared size, so a zip bomb that lies about its sizes is caught too, and
 * counts the cells of the worksheets.
 *
 * @since 0.1.0
 */
import { inflateRawSync } from "node:zlib"
import * as Limits from "./Limits.js"
import { WorkbookError } from "./WorkbookError.js"

/**
 * One entry of the zip's central directory.
 *
 * @since 0.1.0
 */
export interface Entry {
  readonly name: string
  readonly method: number
  readonly compressedSize: number
  readonly uncompressedSize: number
  readonly localOffset: number
  readonly encrypted: boolean
}

/**
 * What the inspection found.
 *
 * @since 0.1.0
 */
export interface Inspection {
  readonly entries: ReadonlyArray<Entry>
  readonly uncompressedBytes: number
  readonly cells: number
}

const convert = {
  vi: "hãy mở tệp bằng Excel hoặc LibreOffice và lưu lại dưới dạng .xlsx (Excel Workbook)",
  en: "open it in Excel or LibreOffice and save it as .xlsx (Excel Workbook)"
}

const mib = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MiB`

const startsWith = (b: Uint8Array, sig: ReadonlyArray<number>) => sig.every((x, i) => b[i] === x)

const utf16 = (s: string): Buffer => Buffer.from(s, "utf16le")

const looksLikeText = (b: Uint8Array): boolean => {
  const n = Math.min(b.length, 4096)
  let bad = 0
  for (let i = 0; i < n; i++) {
    const c = b[i]!
    if (c === 0) return false
    if (c < 9 || (c > 13 && c < 32)) bad++
  }
  return bad <= n * 0.01
}

/**
 * Refuses what is not a .xlsx file, with a clear reason: empty, too large,
 * a legacy .xls, a password-protected workbook, a CSV or other text, another
 * format.
 *
 * @example
 * ```ts
 * Inspect.kind(await Write.report(Synthetic.report({ seed: 1, rows: 3 })), "report.xlsx") // "xlsx"
 * Inspect.kind(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), "report.xls") // WorkbookError: legacy-xls: a legacy Excel file (.xls, Excel 97–2003) is not supported: open it in Excel or LibreOffice and save it as .xlsx (Excel Workbook)
 * Inspect.kind(new TextEncoder().encode("id;V01\nchv-1;3"), "report.csv") // WorkbookError: csv: a text (CSV) file is not a workbook: open it in Excel or LibreOffice and save it as .xlsx (Excel Workbook)
 * ```
 * @since 0.1.0
 */
export const kind = (bytes: Uint8Array, file = "", limits: Limits.Limits = Limits.defaults): "xlsx" => {
  const where = file === "" ? undefined : file
  if (bytes.length === 0)
    throw new WorkbookError("empty-file", { vi: "tệp rỗng (0 byte)", en: "the file is empty (0 bytes)" }, where)
  if (bytes.length > limits.maxBytes) {
    throw new WorkbookError(
      "file-too-large",
      {
        vi: `tệp ${mib(bytes.length)} vượt giới hạn ${mib(limits.maxBytes)}`,
        en: `the file is ${mib(bytes.length)}, over the ${mib(limits.maxBytes)} limit`
      },
      where
    )
  }
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) {
    const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
    if (buf.indexOf(utf16("EncryptedPackage")) >= 0 || buf.indexOf(utf16("EncryptionInfo")) >= 0) {
      throw new WorkbookError(
        "password-protected",
        {
          vi: "sổ tính được đặt mật khẩu mở tệp (mã hóa): hãy gỡ mật khẩu (Tệp → Thông tin → Bảo vệ sổ làm việc) rồi lưu lại dạng .xlsx",
          en: "the workbook is password-protected (encrypted): remove the password (File → Info → Protect Workbook) and save it again as .xlsx"
        },
        where
      )
    }
    throw new WorkbookError(
      "legacy-xls",
      {
        vi: `tệp Excel cũ (.xls, Excel 97–2003) không được hỗ trợ: ${convert.vi}`,
        en: `a legacy Excel file (.xls, Excel 97–2003) is not supported: ${convert.en}`
      },
      where
    )
  }
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) return "xlsx"
  const head = Buffer.from(bytes.subarray(0, 2048))
    .toString("utf8")
    .replace(/^\uFEFF/, "")
    .trimStart()
    .toLowerCase()
  if (
    head.startsWith("<?xml") ||
    head.startsWith("<html") ||
    head.startsWith("<!doctype") ||
    head.startsWith("<table")
  ) {
    throw new WorkbookError(
      "legacy-xls",
      {
        vi: `tệp dạng XML/HTML (Excel 2003 XML hoặc trang web đổi tên thành .xls) không được hỗ trợ: ${convert.vi}`,
        en: `an XML/HTML file (Excel 2003 XML or a web page renamed .xls) is not supported: ${convert.en}`
      },
      where
    )
  }
  if (looksLikeText(bytes) || /\.(csv|tsv|txt)$/i.test(file)) {
    throw new WorkbookError(
      "csv",
      {
        vi: `tệp văn bản (CSV) không phải sổ tính: ${convert.vi}`,
        en: `a text (CSV) file is not a workbook: ${convert.en}`
      },
      where
    )
  }
  throw new WorkbookError(
    "not-xlsx",
    { vi: `không phải tệp .xlsx: ${convert.vi}`, en: `not a .xlsx file: ${convert.en}` },
    where
  )
}

const badZip = (why: string, whyVi: string, where?: string) =>
  new WorkbookError("bad-zip", { vi: `tệp .xlsx bị hỏng (${whyVi})`, en: `the .xlsx file is damaged (${why})` }, where)

/**
 * Reads the zip's central directory (no decompression).
 *
 * @example
 * ```ts
 * Inspect.centralDirectory(Zip.zip([{ name: "xl/workbook.xml", data: Buffer.from("<workbook/>") }])) // [{ name: "xl/workbook.xml", method: 8, uncompressedSize: 11 }]
 * const bytes = await Write.report(Synthetic.report({ seed: 1, rows: 3 }))
 * Inspect.centralDirectory(bytes)[0].name // "[Content_Types].xml"
 * ```
 * @since 0.1.0
 */
export const centralDirectory = (bytes: Uint8Array, file?: string): ReadonlyArray<Entry> => {
  const b = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  let eocd = -1
  for (let i = b.length - 22; i >= Math.max(0, b.length - 22 - 65535); i--) {
    if (b.readUInt32LE(i) === 0x06054b50) {
      eocd = i
      break
    }
  }
  if (eocd < 0)
    throw badZip("no end of central directory: truncated?", "không có mục lục cuối tệp: tệp bị cắt cụt?", file)
  const count = b.readUInt16LE(eocd + 10)
  const size = b.readUInt32LE(eocd + 12)
  const offset = b.readUInt32LE(eocd + 16)
  if (count === 0xffff || size === 0xffffffff || offset === 0xffffffff) {
    throw new WorkbookError(
      "zip-too-large",
      { vi: "tệp zip64 (quá lớn) không được hỗ trợ", en: "a zip64 file (too large) is not supported" },
      file
    )
  }
  if (offset + size > b.length)
    throw badZip("central directory past the end of the file", "mục lục vượt quá cuối tệp", file)
  const entries: Array<Entry> = []
  let p = offset
  for (let i = 0; i < count; i++) {
    if (p + 46 > b.length || b.readUInt32LE(p) !== 0x02014b50)
      throw badZip(`central directory entry ${i + 1} is damaged`, `mục ${i + 1} của mục lục bị hỏng`, file)
    const flags = b.readUInt16LE(p + 8)
    const method = b.readUInt16LE(p + 10)
    const compressedSize = b.readUInt32LE(p + 20)
    const uncompressedSize = b.readUInt32LE(p + 24)
    const nameLen = b.readUInt16LE(p + 28)
    const extraLen = b.readUInt16LE(p + 30)
    const commentLen = b.readUInt16LE(p + 32)
    const localOffset = b.readUInt32LE(p + 42)
    const name = b.toString("utf8", p + 46, p + 46 + nameLen)
    if (compressedSize === 0xffffffff || uncompressedSize === 0xffffffff || localOffset === 0xffffffff) {
      throw new WorkbookError(
        "zip-too-large",
        { vi: `mục "${name}" dùng zip64 (quá lớn)`, en: `entry "${name}" uses zip64 (too large)` },
        file
      )
    }
    entries.push({ name, method, compressedSize, uncompressedSize, localOffset, encrypted: (flags & 1) === 1 })
    p += 46 + nameLen + extraLen + commentLen
  }
  return entries
}

/** Column number of letters ("A" → 1, "XFD" → 16384). */
const colNumber = (letters: string): number => {
  let n = 0
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64)
  return n
}

/**
 * Cells covered by a list of references such as "D8:Q1048576 A1" (a data
 * validation's sqref) or "'Báo cáo'!$A$1:$XFD$1048576,Sheet2!$B$2" (a
 * defined name): a single cell counts 1, a range its area. Whole-column and
 * whole-row references ("$A:$C", "$1:$3") count 0: ExcelJS keeps them as one
 * reference. Formulas and other text count 0.
 */
const rangeArea = (refs: string): number => {
  let area = 0
  for (const part of refs.split(/[\s,]+/)) {
    if (part === "") continue
    const bang = part.lastIndexOf("!")
    const ref = bang >= 0 ? part.slice(bang + 1) : part
    const m = /^\$?([A-Za-z]{1,3})\$?(\d+)(?::\$?([A-Za-z]{1,3})\$?(\d+))?$/.exec(ref)
    if (m === null) continue
    if (m[3] === undefined) {
      area += 1
      continue
    }
    const cols = Math.abs(colNumber(m[3]) - colNumber(m[1]!)) + 1
    const rows = Math.abs(Number(m[4]) - Number(m[2])) + 1
    area += cols * rows
  }
  return area
}

/** The text content of each element `<tag …>text</tag>` (no nested elements), XML entities left as they are. */
const elementTexts = function* (text: string, tag: string): Generator<string> {
  const open = `<${tag}`
  let i = text.indexOf(open)
  while (i >= 0) {
    const gt = text.indexOf(">", i)
    if (gt < 0) return
    if (text.charCodeAt(gt - 1) === 0x2f /* self-closing */) {
      i = text.indexOf(open, gt)
      continue
    }
    const end = text.indexOf(`</${tag}>`, gt)
    if (end < 0) return
    yield text.slice(gt + 1, end)
    i = text.indexOf(open, end)
  }
}

/**
 * The cells ExcelJS materialises for the workbook part: each cell of each
 * range of each defined name (ExcelJS's DefinedNames builds a matrix cell by
 * cell, so one name spanning a whole sheet — 17 billion cells — in a 14 KB
 * file would otherwise exhaust memory).
 */
const workbookCells = (xml: Buffer): number => {
  let n = 0
  for (const t of elementTexts(xml.toString("latin1"), "definedName")) n += rangeArea(t.replace(/&apos;/g, "'"))
  return n
}

/** The largest column a worksheet's <col min max> declares (ExcelJS makes a column object for each up to it). */
const maxColumn = (text: string): number => {
  let max = 0
  for (const m of text.matchAll(/<col\b[^>]*\bmax="(\d+)"/g)) max = Math.max(max, Number(m[1]))
  return max
}

/** XML with a document type declaration (entities): never in a workbook, and the way to an entity-expansion bomb. */
const hasDtd = (xml: Buffer): boolean => xml.indexOf("<!DOCTYPE") >= 0 || xml.indexOf("<!ENTITY") >= 0

/**
 * The cells ExcelJS will materialise for a worksheet: the cells written, plus
 * every cell of each merged range and each data-validation range (ExcelJS
 * expands ranges cell by cell, so a whole-column range in a tiny file would
 * otherwise exhaust memory). Conditional formats, shared-formula ranges,
 * hyperlinks, auto filters and the dimension are kept as one reference by
 * ExcelJS (checked in its source: cf-rule-xform, cell-xform, worksheet-xform)
 * and cost nothing per cell.
 */
const expandedCells = (xml: Buffer): number => {
  let n = countCells(xml)
  const text = xml.toString("latin1")
  for (const m of text.matchAll(/<mergeCell\b[^>]*\bref="([^"]+)"/g)) n += rangeArea(m[1]!)
  for (const m of text.matchAll(/<dataValidation\b[^>]*\bsqref="([^"]+)"/g)) n += rangeArea(m[1]!)
  // The x14 form of a data validation: <x14:dataValidation>…<xm:sqref>A1:B2</xm:sqref>.
  for (const t of elementTexts(text, "xm:sqref")) n += rangeArea(t)
  return n
}

/** Whether an entry is a worksheet for ExcelJS (which ignores a leading "/" and any prefix before "xl/worksheets/"). */
const isWorksheetEntry = (name: string): boolean => /worksheets\/[^/]+\.xml$/i.test(name.replace(/^\/+/, ""))

const countCells = (xml: Buffer): number => {
  let n = 0
  for (const needle of ["<c ", "<c>"]) {
    let i = xml.indexOf(needle)
    while (i >= 0) {
      n++
      i = xml.indexOf(needle, i + 3)
    }
  }
  return n
}

/**
 * Inspects a .xlsx file against the limits: the format ({@link kind}), the
 * central directory (entries, declared sizes, ratios, encrypted entries,
 * required parts), then each entry inflated with a cap at its declared size
 * (a lying zip bomb), and the cells of the worksheets.
 *
 * @example
 * ```ts
 * const bytes = await Write.report(Synthetic.report({ seed: 1, rows: 3 }))
 * Inspect.inspect(bytes, "report.xlsx").cells // 406
 * Inspect.inspect(bytes, "report.xlsx", Limits.make({ maxCells: 100 })) // WorkbookError: too-many-cells: more than 100 cells (the limit), counting the cells of merged, validated and named ranges
 * ```
 * @since 0.1.0
 */
export const inspect = (bytes: Uint8Array, file = "", limits: Limits.Limits = Limits.defaults): Inspection => {
  kind(bytes, file, limits)
  const where = file === "" ? undefined : file
  const entries = centralDirectory(bytes, where)
  if (entries.length > limits.maxEntries) {
    throw new WorkbookError(
      "zip-too-large",
      {
        vi: `${entries.length} mục trong tệp zip, vượt giới hạn ${limits.maxEntries}`,
        en: `${entries.length} zip entries, over the ${limits.maxEntries} limit`
      },
      where
    )
  }
  const names = new Set(entries.map((e) => e.name))
  if (names.has("xl/workbook.bin")) {
    throw new WorkbookError(
      "not-xlsx",
      {
        vi: `tệp .xlsb (nhị phân) không được hỗ trợ: ${convert.vi}`,
        en: `a .xlsb (binary) workbook is not supported: ${convert.en}`
      },
      where
    )
  }
  if (names.has("mimetype") && names.has("content.xml")) {
    throw new WorkbookError(
      "not-xlsx",
      {
        vi: `tệp OpenDocument (.ods) không được hỗ trợ: ${convert.vi}`,
        en: `an OpenDocument (.ods) file is not supported: ${convert.en}`
      },
      where
    )
  }
  if (!names.has("[Content_Types].xml") || !names.has("xl/workbook.xml")) {
    throw new WorkbookError(
      "not-xlsx",
      {
        vi: `tệp zip không phải sổ tính .xlsx (thiếu xl/workbook.xml): ${convert.vi}`,
        en: `a zip file that is not a .xlsx workbook (no xl/workbook.xml): ${convert.en}`
      },
      where
    )
  }
  let total = 0
  for (const e of entries) {
    if (e.encrypted) {
      throw new WorkbookError(
        "password-protected",
        { vi: `mục "${e.name}" được mã hóa bằng mật khẩu`, en: `entry "${e.name}" is password-encrypted` },
        where
      )
    }
    total += e.uncompressedSize
    if (e.uncompressedSize > 1024 * 1024 && e.uncompressedSize > limits.maxRatio * Math.max(1, e.compressedSize)) {
      throw new WorkbookError(
        "zip-bomb",
        {
          vi: `mục "${e.name}" nén ${Math.round(e.uncompressedSize / Math.max(1, e.compressedSize))} lần (giới hạn ${limits.maxRatio}): nghi là bom zip`,
          en: `entry "${e.name}" is compressed ${Math.round(e.uncompressedSize / Math.max(1, e.compressedSize))}× (limit ${limits.maxRatio}): a zip bomb?`
        },
        where
      )
    }
  }
  if (total > limits.maxUncompressedBytes) {
    throw new WorkbookError(
      "zip-too-large",
      {
        vi: `giải nén ra ${mib(total)}, vượt giới hạn ${mib(limits.maxUncompressedBytes)}`,
        en: `it uncompresses to ${mib(total)}, over the ${mib(limits.maxUncompressedBytes)} limit`
      },
      where
    )
  }
  const b = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  let cells = 0
  for (const e of entries) {
    const p = e.localOffset
    if (p + 30 > b.length || b.readUInt32LE(p) !== 0x04034b50)
      throw badZip(`local header of "${e.name}" not found`, `không tìm thấy đầu mục "${e.name}"`, where)
    const start = p + 30 + b.readUInt16LE(p + 26) + b.readUInt16LE(p + 28)
    const data = b.subarray(start, start + e.compressedSize)
    if (data.length < e.compressedSize)
      throw badZip(`entry "${e.name}" is truncated`, `mục "${e.name}" bị cắt cụt`, where)
    let out: Buffer
    if (e.method === 0) out = data
    else if (e.method === 8) {
      try {
        out = inflateRawSync(data, { maxOutputLength: Math.max(1, e.uncompressedSize) })
      } catch (err) {
        if ((err as { code?: string }).code === "ERR_BUFFER_TOO_LARGE" || err instanceof RangeError) {
          throw new WorkbookError(
            "zip-bomb",
            {
              vi: `mục "${e.name}" giải nén ra nhiều hơn kích thước khai báo (${e.uncompressedSize} byte): nghi là bom zip`,
              en: `entry "${e.name}" inflates past its declared size (${e.uncompressedSize} bytes): a zip bomb?`
            },
            where
          )
        }
        throw badZip(
          `entry "${e.name}" does not inflate: ${(err as Error).message}`,
          `mục "${e.name}" không giải nén được`,
          where
        )
      }
    } else
      throw badZip(
        `entry "${e.name}" uses compression method ${e.method}`,
        `mục "${e.name}" dùng phương pháp nén ${e.method}`,
        where
      )
    if (/\.(xml|rels|vml)$/i.test(e.name) && hasDtd(out)) {
      throw new WorkbookError(
        "unsafe-xml",
        {
          vi: `mục "${e.name}" có khai báo DTD/thực thể XML (không bao giờ có trong sổ tính .xlsx; cách tạo bom mở rộng thực thể)`,
          en: `entry "${e.name}" has an XML DTD or entity declaration (never in a .xlsx workbook; the way to an entity-expansion bomb)`
        },
        where
      )
    }
    if (/^\/?xl\/workbook\.xml$/i.test(e.name)) cells += workbookCells(out)
    if (isWorksheetEntry(e.name)) {
      const cols = maxColumn(out.toString("latin1"))
      if (cols > 16384) {
        throw new WorkbookError(
          "too-many-cells",
          {
            vi: `mục "${e.name}" khai báo cột thứ ${cols}, vượt quá cột cuối XFD (16.384)`,
            en: `entry "${e.name}" declares column ${cols}, past the last column XFD (16,384)`
          },
          where
        )
      }
      cells += expandedCells(out)
    }
    if (cells > limits.maxCells) {
      throw new WorkbookError(
        "too-many-cells",
        {
          vi: `hơn ${limits.maxCells.toLocaleString("vi-VN")} ô (giới hạn), kể cả các ô của vùng trộn, vùng kiểm tra dữ liệu và tên được đặt`,
          en: `more than ${limits.maxCells.toLocaleString("en-US")} cells (the limit), counting the cells of merged, validated and named ranges`
        },
        where
      )
    }
  }
  return { entries, uncompressedBytes: total, cells }
}
