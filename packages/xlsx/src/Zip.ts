/**
 * Raw zip files for tests and fuzzing (tệp zip thô để kiểm thử): the entries
 * of a zip (a .xlsx is one), and a zip of deflated entries whose headers can
 * lie about the uncompressed size — how zip bombs are made, to check that
 * `Inspect` refuses them. Not for writing workbooks: `Write` does that.
 *
 * @since 0.2.0
 */
import { crc32, deflateRawSync, inflateRawSync } from "node:zlib"
import * as Inspect from "./Inspect.js"

/**
 * A zip entry.
 *
 * @example
 * ```ts
 * const e: Zip.Entry = { name: "xl/workbook.xml", data: Buffer.from("<workbook/>"), declared: 2 ** 31 }
 * ```
 * @since 0.2.0
 */
export interface Entry {
  readonly name: string
  readonly data: Buffer
  /** The uncompressed size written in the headers (default: the real one). */
  readonly declared?: number
}

/**
 * The entries of a zip, read through `Inspect`'s central directory (stored or
 * deflated entries).
 *
 * @example
 * ```ts
 * Zip.unzip(Zip.zip([{ name: "a.txt", data: Buffer.from("a") }])).map((e) => e.name) // ["a.txt"]
 * ```
 * @since 0.2.0
 */
export const unzip = (bytes: Uint8Array): Array<Entry> => {
  const b = Buffer.from(bytes)
  return Inspect.centralDirectory(bytes).map((e) => {
    const p = e.localOffset
    const start = p + 30 + b.readUInt16LE(p + 26) + b.readUInt16LE(p + 28)
    const raw = b.subarray(start, start + e.compressedSize)
    return { name: e.name, data: e.method === 0 ? Buffer.from(raw) : inflateRawSync(raw) }
  })
}

/**
 * A zip of deflated entries; an entry's `declared` size is written in the
 * headers in place of the real one.
 *
 * @example
 * ```ts
 * Zip.zip([{ name: "a.txt", data: Buffer.from("a") }]).length // 111
 * ```
 * @since 0.2.0
 */
export const zip = (entries: ReadonlyArray<Entry>): Uint8Array => {
  const parts: Array<Buffer> = []
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
    local.writeUInt16LE(8, 8)
    local.writeUInt32LE(crc, 14)
    local.writeUInt32LE(comp.length, 18)
    local.writeUInt32LE(size, 22)
    local.writeUInt16LE(name.length, 26)
    parts.push(local, name, comp)
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
  return new Uint8Array(Buffer.concat([...parts, cd, end]))
}
