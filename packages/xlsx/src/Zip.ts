/**
 * Raw zip files (tệp zip thô): the entries of a zip (a .xlsx is one), and a
 * zip of deflated entries — the project's one zip writer: the Excel add-in's
 * app package is written with it, and tests and the fuzzer make workbooks
 * part by part and zip bombs with it (its headers can lie about the
 * uncompressed size, to check that `Inspect` refuses them). Not for writing
 * workbooks: `Write` does that.
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

/** The fields local and central headers share, from "version needed" on (at 4 in a local header, 6 in a central one). */
const writeShared = (h: Buffer, at: number, e: { crc: number; compressed: number; size: number; name: number }) => {
  h.writeUInt16LE(20, at) // version needed: 2.0 (deflate)
  h.writeUInt16LE(0x0800, at + 2) // names are UTF-8
  h.writeUInt16LE(8, at + 4) // deflated
  h.writeUInt16LE(0, at + 6) // 00:00
  h.writeUInt16LE(33, at + 8) // 1980-01-01, the first date a zip can hold: the archive does not depend on when it is made
  h.writeUInt32LE(e.crc, at + 10)
  h.writeUInt32LE(e.compressed, at + 14)
  h.writeUInt32LE(e.size, at + 18)
  h.writeUInt16LE(e.name, at + 22)
}

/**
 * A zip of deflated entries, names in UTF-8, dated 1980-01-01 (the same
 * entries give the same bytes). An entry's `declared` size is written in the
 * headers in place of the real one (a lying header, for tests of readers).
 *
 * @example
 * ```ts
 * const bytes = Zip.zip([{ name: "a.txt", data: Buffer.from("a") }])
 * bytes.length // 111
 * Zip.unzip(bytes)[0]?.data.toString() // "a"
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
    const shared = { crc: crc32(e.data), compressed: comp.length, size: e.declared ?? e.data.length, name: name.length }
    const local = Buffer.alloc(30)
    local.writeUInt32LE(0x04034b50, 0)
    writeShared(local, 4, shared)
    parts.push(local, name, comp)
    const central = Buffer.alloc(46)
    central.writeUInt32LE(0x02014b50, 0)
    central.writeUInt16LE(20, 4) // made by: 2.0
    writeShared(central, 6, shared)
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
