/** The streamed writer: the same bytes as the pieces joined, in few large writes; a reader that goes away. */
import { describe, expect, it } from "vitest"
import * as Stdout from "../src/Stdout.js"

const sink = () => {
  const chunks: Array<Buffer> = []
  let onError: ((e: NodeJS.ErrnoException) => void) | undefined
  return {
    chunks,
    bytes: () => Buffer.concat(chunks).toString("utf8"),
    fail: (code: string) => onError?.(Object.assign(new Error(code), { code })),
    write: (chunk: Uint8Array | string) => {
      // A copy: the writer must not reuse what it handed over.
      chunks.push(typeof chunk === "string" ? Buffer.from(chunk, "utf8") : Buffer.from(chunk))
      return true
    },
    on: (_: "error", listener: (e: NodeJS.ErrnoException) => void) => {
      onError = listener
    }
  }
}

describe("Stdout.writer", () => {
  it("writes the pieces' UTF-8 in order, in writes of at most a chunk, multi-byte text across chunk ends", () => {
    const s = sink()
    const out = Stdout.writer(s, 64)
    const pieces = Array.from({ length: 200 }, (_, i) => `báo cáo ${i}: Tỷ lệ thi hành xong 😀\n`)
    for (const p of pieces) out.write(p)
    out.flush()
    expect(s.bytes()).toBe(pieces.join(""))
    expect(s.chunks.length).toBeGreaterThan(1)
    for (const c of s.chunks) expect(c.length).toBeLessThanOrEqual(64)
  })

  it("a batch's thousands of pieces are a few writes; a piece larger than a chunk goes on its own", () => {
    const s = sink()
    const out = Stdout.writer(s)
    const pieces = Array.from({ length: 5000 }, (_, i) => `{"file":"r${i}.json","valid":true,"đơn vị":"Tây Ninh"},`)
    for (const p of pieces) out.write(p)
    const big = "x".repeat(Stdout.CHUNK_BYTES)
    out.write(big)
    out.write("end\n")
    out.flush()
    expect(s.bytes()).toBe(`${pieces.join("")}${big}end\n`)
    expect(s.chunks.length).toBeLessThanOrEqual(4)
  })

  it("writes nothing for nothing, and nothing more once the reader went away (EPIPE)", () => {
    const s = sink()
    const out = Stdout.writer(s, 16)
    out.flush()
    expect(s.chunks).toHaveLength(0)
    out.write("0123456789") // 30 bytes at most: more than a chunk, written at once
    out.write("abc") // kept for the next write
    s.fail("EPIPE")
    out.write("lost")
    out.flush()
    expect(s.bytes()).toBe("0123456789")
    expect(() => s.fail("EIO")).toThrow("EIO")
  })
})
