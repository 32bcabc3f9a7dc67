/**
 * A tiny PNG encoder for the add-in's icons (RGBA, no dependencies): the
 * icons are drawn by code at build time, so the repository holds no binary.
 */
import { crc32, deflateSync } from "node:zlib"

const chunk = (type: string, data: Uint8Array): Buffer => {
  const head = Buffer.alloc(8)
  head.writeUInt32BE(data.length, 0)
  head.write(type, 4, "ascii")
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0)
  return Buffer.concat([head, data, crc])
}

/** An RGBA pixel. */
export type Rgba = readonly [number, number, number, number]

/** Encodes a size×size image whose pixel at (x, y) is `pixel(x / size, y / size)`. */
export const encode = (size: number, pixel: (x: number, y: number) => Rgba): Buffer => {
  const raw = Buffer.alloc(size * (1 + 4 * size))
  for (let y = 0; y < size; y++) {
    const row = y * (1 + 4 * size)
    raw[row] = 0
    for (let x = 0; x < size; x++) {
      const p = pixel((x + 0.5) / size, (y + 0.5) / size)
      raw.set(p, row + 1 + 4 * x)
    }
  }
  const ihdr = Buffer.alloc(13)
  ihdr.writeUInt32BE(size, 0)
  ihdr.writeUInt32BE(size, 4)
  ihdr[8] = 8 // bit depth
  ihdr[9] = 6 // RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", deflateSync(raw)),
    chunk("IEND", new Uint8Array())
  ])
}

/** The mark: a check tick inside a frame (a report checked). */
const mark = (x: number, y: number): boolean => {
  const frame =
    (x > 0.14 && x < 0.86 && ((y > 0.14 && y < 0.22) || (y > 0.78 && y < 0.86))) ||
    (y > 0.14 && y < 0.86 && ((x > 0.14 && x < 0.22) || (x > 0.78 && x < 0.86)))
  const d1 = Math.abs(y - (0.52 + (x - 0.3))) < 0.07 && x > 0.3 && x < 0.45
  const d2 = Math.abs(y - (0.67 - (x - 0.45) * 1.1)) < 0.07 && x >= 0.43 && x < 0.72
  return frame || d1 || d2
}

/** The colour icon: white mark on the accent colour. */
export const colorIcon = (size: number): Buffer =>
  encode(size, (x, y) => (mark(x, y) ? [255, 255, 255, 255] : [0x0b, 0x5c, 0x7a, 255]))

/** The outline icon: white mark on transparent. */
export const outlineIcon = (size: number): Buffer =>
  encode(size, (x, y) => (mark(x, y) ? [255, 255, 255, 255] : [0, 0, 0, 0]))

/** A ribbon icon: accent mark on transparent. */
export const ribbonIcon = (size: number): Buffer =>
  encode(size, (x, y) => (mark(x, y) ? [0x0b, 0x5c, 0x7a, 255] : [0, 0, 0, 0]))
