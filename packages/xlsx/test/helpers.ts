/** Test helpers: edit a workbook with ExcelJS, and build raw zip files. */
import ExcelJS from "exceljs"
import * as Zip from "../src/Zip.js"

export const edit = async (
  bytes: Uint8Array,
  f: (wb: ExcelJS.Workbook) => void | Promise<void>
): Promise<Uint8Array> => {
  const wb = new ExcelJS.Workbook()
  await wb.xlsx.load(Buffer.from(bytes) as never)
  await f(wb)
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer)
}

export const open = async (bytes: Uint8Array): Promise<ExcelJS.Workbook> => {
  const wb = new ExcelJS.Workbook()
  await wb.xlsx.load(Buffer.from(bytes) as never)
  return wb
}

/** A zip with deflated entries; `declared` overrides the uncompressed size written in the headers. */
export const zip = Zip.zip

/** An OLE compound file header followed by directory names (UTF-16LE), as in .xls and encrypted .xlsx files. */
export const compoundFile = (streams: ReadonlyArray<string>): Uint8Array => {
  const header = Buffer.alloc(512)
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(header)
  const dir = Buffer.concat(
    streams.map((s) => {
      const b = Buffer.alloc(128)
      Buffer.from(s, "utf16le").copy(b)
      return b
    })
  )
  return new Uint8Array(Buffer.concat([header, dir]))
}

export const minimalParts = [
  { name: "[Content_Types].xml", data: Buffer.from('<?xml version="1.0"?><Types/>') },
  { name: "xl/workbook.xml", data: Buffer.from('<?xml version="1.0"?><workbook/>') }
]
