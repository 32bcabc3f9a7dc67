/** Test helpers: edit a workbook with ExcelJS, and build raw zip files. */
import { crc32, deflateRawSync } from "node:zlib"
import ExcelJS from "exceljs"

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
export const zip = (
  entries: ReadonlyArray<{ readonly name: string; readonly data: Buffer; readonly declared?: number }>
): Uint8Array => {
  const locals: Array<Buffer> = []
  const centrals: Array<Buffer> = []
  let offset = 0
  for (const e of entries) {
    const name = Buffer.from(e.name, "utf8")
    const comp = deflateRawSync(e.data)
    const size = e.declared ?? e.data.length
    const crc = crc32(e.data)
    const local = Buffer.alloc(30)
    local.writeUInt32LE(0x04034b50, 0)
    local.writeUInt16LE(20, 4)
    local.writeUInt16LE(0, 6)
    local.writeUInt16LE(8, 8)
    local.writeUInt32LE(crc, 14)
    local.writeUInt32LE(comp.length, 18)
    local.writeUInt32LE(size, 22)
    local.writeUInt16LE(name.length, 26)
    locals.push(local, name, comp)
    const central = Buffer.alloc(46)
    central.writeUInt32LE(0x02014b50, 0)
    central.writeUInt16LE(20, 4)
    central.writeUInt16LE(20, 6)
    central.writeUInt16LE(8, 10)
    central.writeUInt32LE(crc, 16)
    central.writeUInt32LE(comp.length, 20)
    central.writeUInt32LE(size, 24)
    central.writeUInt16LE(name.length, 28)
    central.writeUInt32LE(offset, 42)
    centrals.push(central, name)
    offset += 30 + name.length + comp.length
  }
  const cd = Buffer.concat(centrals)
  const end = Buffer.alloc(22)
  end.writeUInt32LE(0x06054b50, 0)
  end.writeUInt16LE(entries.length, 8)
  end.writeUInt16LE(entries.length, 10)
  end.writeUInt32LE(cd.length, 12)
  end.writeUInt32LE(offset, 16)
  return new Uint8Array(Buffer.concat([...locals, cd, end]))
}

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
