/**
 * Standard output and error of a long command (đầu ra chuẩn): output streamed
 * as it is made, encoded once into large buffers and written in few system
 * calls, and a progress bar on a terminal's standard error.
 *
 * @since 0.2.0
 */

/**
 * The size of one write: pieces are gathered into buffers of this many bytes.
 *
 * @example
 * ```ts
 * CHUNK_BYTES // 1048576 (1 MiB)
 * ```
 * @since 0.2.0
 */
export const CHUNK_BYTES = 1 << 20

/** Where the bytes go: `process.stdout`, or a stream of the same shape. */
interface Sink {
  readonly write: (chunk: Uint8Array | string) => unknown
  readonly on: (event: "error", listener: (e: NodeJS.ErrnoException) => void) => unknown
}

/**
 * A writer to standard output for output streamed as it is made: each piece
 * is encoded to UTF-8 straight into a buffer of {@link CHUNK_BYTES} (no
 * joined string, no second copy), and a full buffer is one write (Node
 * writes pipes and files synchronously on Linux); the rest goes on `flush`.
 * A piece larger than a buffer is written on its own. A reader that goes
 * away (`thads check dir | head`) ends the output quietly, as `console.log`
 * does.
 *
 * @example
 * ```ts
 * const out = Stdout.writer()
 * out.write("báo cáo 1\n")
 * out.write("báo cáo 2\n")
 * out.flush() // one write of both lines
 * ```
 * @since 0.2.0
 */
export const writer = (
  sink: Sink = process.stdout,
  chunkBytes: number = CHUNK_BYTES
): { readonly write: (s: string) => void; readonly flush: () => void } => {
  let buffer = Buffer.allocUnsafe(chunkBytes)
  let used = 0
  let closed = false
  sink.on("error", (e) => {
    if (e.code !== "EPIPE") throw e
    closed = true
  })
  const flush = () => {
    if (used === 0) return
    // A fresh buffer after each write: the stream may still hold the last one (an asynchronous pipe).
    if (!closed) sink.write(buffer.subarray(0, used))
    buffer = Buffer.allocUnsafe(chunkBytes)
    used = 0
  }
  return {
    write: (s) => {
      // A UTF-16 code unit is at most 3 bytes of UTF-8.
      if (s.length * 3 > chunkBytes - used) {
        flush()
        if (s.length * 3 > chunkBytes) {
          if (!closed) sink.write(s)
          return
        }
      }
      used += buffer.write(s, used, "utf8")
    },
    flush
  }
}

/**
 * A progress bar on standard error, only when it is a terminal and there is
 * more than one report (never in a pipe or a file).
 *
 * @example
 * ```ts
 * Stdout.progress(500, 1000) // on a terminal: "\r[###############               ] 500/1000"
 * ```
 * @since 0.2.0
 */
export const progress = (done: number, total: number): void => {
  if (!process.stderr.isTTY || total < 2) return
  const width = 30
  const filled = Math.round((done / total) * width)
  process.stderr.write(
    `\r[${"#".repeat(filled)}${" ".repeat(width - filled)}] ${done}/${total}${done === total ? "\n" : ""}`
  )
}
