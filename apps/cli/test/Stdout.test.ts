/** The streamed writer: the same bytes as the pieces joined, in few large writes; a non-blocking descriptor; a reader that goes away. */
import { describe, expect, it } from "vitest"
import * as Stdout from "../src/Stdout.js"

const errno = (code: string) => Object.assign(new Error(code), { code })

/** A sink that records what it is given; `failAt` makes a synchronous write throw once that many were made. */
const sink = (options: { readonly failAt?: number; readonly fail?: string; readonly partial?: boolean } = {}) => {
  const chunks: Array<{ readonly via: "sync" | "stream"; readonly bytes: Buffer }> = []
  const listeners: Array<(e: NodeJS.ErrnoException) => void> = []
  let syncWrites = 0
  let streams = 0
  const s: Stdout.Sink = {
    writeSync: (bytes, offset, length) => {
      if (syncWrites++ === options.failAt) throw errno(options.fail ?? "EAGAIN")
      // A pipe may take less than asked.
      const n = options.partial === true ? Math.min(length, 7) : length
      chunks.push({ via: "sync", bytes: Buffer.from(bytes.subarray(offset, offset + n)) })
      return n
    },
    stream: () => {
      streams++
      return {
        // A copy: the writer must not change what it handed over.
        write: (chunk) => chunks.push({ via: "stream", bytes: Buffer.from(chunk) }),
        on: (_, listener) => listeners.push(listener)
      }
    }
  }
  return {
    sink: s,
    chunks,
    text: () => Buffer.concat(chunks.map((c) => c.bytes)).toString("utf8"),
    streams: () => streams,
    emit: (code: string) => {
      for (const l of listeners) l(errno(code))
    }
  }
}

const pieces = Array.from({ length: 200 }, (_, i) => `báo cáo ${i}: Tỷ lệ thi hành xong 😀\n`)

describe("Stdout.writer", () => {
  it("writes the pieces' UTF-8 in order, in writes of at most a chunk, multi-byte text across chunk ends", () => {
    const s = sink()
    const out = Stdout.writer(s.sink, 64)
    for (const p of pieces) out.write(p)
    out.flush()
    expect(s.text()).toBe(pieces.join(""))
    expect(s.chunks.length).toBeGreaterThan(1)
    for (const c of s.chunks) expect(c.bytes.length).toBeLessThanOrEqual(64)
    expect(s.streams()).toBe(0)
  })

  it("a batch's thousands of pieces are a few writes; a piece larger than a chunk goes on its own", () => {
    const s = sink()
    const out = Stdout.writer(s.sink)
    const many = Array.from({ length: 5000 }, (_, i) => `{"file":"r${i}.json","valid":true,"đơn vị":"Tây Ninh"},`)
    for (const p of many) out.write(p)
    const big = "x".repeat(Stdout.CHUNK_BYTES)
    out.write(big)
    out.write("end\n")
    out.flush()
    expect(s.text()).toBe(`${many.join("")}${big}end\n`)
    expect(s.chunks.length).toBeLessThanOrEqual(4)
  })

  it("finishes a partial write", () => {
    const s = sink({ partial: true })
    const out = Stdout.writer(s.sink, 64)
    for (const p of pieces) out.write(p)
    out.flush()
    expect(s.text()).toBe(pieces.join(""))
  })

  it("a non-blocking descriptor (EAGAIN): the rest through the stream, in order, nothing lost or changed", () => {
    const s = sink({ failAt: 3 })
    const out = Stdout.writer(s.sink, 64)
    for (const p of pieces) out.write(p)
    out.flush()
    expect(s.text()).toBe(pieces.join(""))
    expect(s.chunks.filter((c) => c.via === "sync")).toHaveLength(3)
    expect(s.streams()).toBe(1)
  })

  it("writes nothing for nothing, and nothing more once the reader went away (EPIPE)", () => {
    const s = sink({ failAt: 1, fail: "EPIPE" })
    const out = Stdout.writer(s.sink, 64)
    out.flush()
    expect(s.chunks).toHaveLength(0)
    for (const p of pieces) out.write(p)
    out.flush()
    expect(s.chunks).toHaveLength(1)
    expect(s.streams()).toBe(0)
  })

  it("the same through the stream; another error of the stream is not hidden", () => {
    const s = sink({ failAt: 0 })
    const out = Stdout.writer(s.sink, 64)
    out.write(pieces[0]!)
    out.flush()
    s.emit("EPIPE")
    out.write(pieces[1]!)
    out.flush()
    expect(s.text()).toBe(pieces[0])
    expect(() => s.emit("EIO")).toThrow("EIO")
  })

  it("an error of the descriptor other than EAGAIN or EPIPE is not hidden", () => {
    const out = Stdout.writer(sink({ failAt: 0, fail: "EIO" }).sink, 64)
    out.write("x")
    expect(() => out.flush()).toThrow("EIO")
  })
})
