/**
 * Standard output and error of a long command (đầu ra chuẩn): output streamed
 * as it is made, encoded once into a large buffer and written in few system
 * calls, and a progress bar on a terminal's standard error.
 *
 * @since 0.2.0
 */
import * as fs from "node:fs"

/**
 * The size of one write: pieces are gathered into a buffer of this many bytes.
 *
 * @example
 * ```ts
 * Stdout.CHUNK_BYTES // 1048576 (1 MiB)
 * ```
 * @since 0.2.0
 */
export const CHUNK_BYTES = 1 << 20

/**
 * Where the bytes go: a descriptor written synchronously, and the stream of
 * the same output for when the descriptor would block.
 *
 * @example
 * ```ts
 * import * as fs from "node:fs"
 * const sink: Stdout.Sink = { writeSync: (b, o, n) => fs.writeSync(1, b, o, n), stream: () => process.stdout }
 * const bytes = new TextEncoder().encode("báo cáo\n")
 * await captured(() => sink.writeSync(bytes, 0, bytes.length)) // { value: 10, stdout: "báo cáo\n" }: 10 bytes written
 * ```
 * @since 0.2.0
 */
export interface Sink {
  /** Writes bytes now and says how many; throws EAGAIN if the descriptor is non-blocking and full, EPIPE if the reader went away. */
  readonly writeSync: (bytes: Uint8Array, offset: number, length: number) => number
  readonly stream: () => {
    readonly write: (chunk: Uint8Array) => unknown
    readonly on: (event: "error", listener: (e: NodeJS.ErrnoException) => void) => unknown
  }
}

/** Standard output: file descriptor 1, and `process.stdout` (touched only if needed). */
const stdout: Sink = {
  writeSync: (bytes, offset, length) => fs.writeSync(1, bytes, offset, length),
  stream: () => process.stdout
}

const code = (e: unknown): string | undefined => (e as NodeJS.ErrnoException | undefined)?.code

/**
 * A writer to standard output for output streamed as it is made: each piece
 * is encoded to UTF-8 straight into one buffer of {@link CHUNK_BYTES} (no
 * joined string, no second copy), and a full buffer is one synchronous
 * write — a pipe's reader (`thads check dir | jq`) gets the output while the
 * rest is checked, and the output is never all held in memory. A piece
 * larger than the buffer is written on its own. If the descriptor is
 * non-blocking (EAGAIN), the rest goes through the `process.stdout` stream.
 * A reader that goes away (`thads check dir | head`, EPIPE) ends the output
 * quietly, as `console.log` does.
 *
 * @example
 * ```ts
 * const writes: Array<string> = []
 * const out = Stdout.writer({
 *   writeSync: (bytes, offset, length) => {
 *     writes.push(new TextDecoder().decode(bytes.subarray(offset, offset + length)))
 *     return length
 *   },
 *   stream: () => process.stdout
 * })
 * out.write("báo cáo 1\n")
 * out.write("báo cáo 2\n")
 * writes // []
 * out.flush()
 * writes // ["báo cáo 1\nbáo cáo 2\n"]: one write of both lines
 * await captured(() => { const out = Stdout.writer(); out.write("a\n"); out.flush() }) // { stdout: "a\n" }: to standard output by default
 * ```
 * @since 0.2.0
 */
export const writer = (
  sink: Sink = stdout,
  chunkBytes: number = CHUNK_BYTES
): { readonly write: (s: string) => void; readonly flush: () => void } => {
  let buffer = Buffer.allocUnsafe(chunkBytes)
  let used = 0
  let closed = false
  let stream: ReturnType<Sink["stream"]> | undefined
  const toStream = (bytes: Uint8Array) => {
    if (stream === undefined) {
      stream = sink.stream()
      stream.on("error", (e) => {
        if (e.code !== "EPIPE") throw e
        closed = true
      })
    }
    if (!closed) stream.write(bytes)
  }
  /** Writes the bytes; `true` when they were handed to the stream (which keeps them: the buffer is then not reused). */
  const put = (bytes: Uint8Array): boolean => {
    if (stream !== undefined) {
      toStream(bytes)
      return true
    }
    let offset = 0
    while (offset < bytes.length && !closed) {
      try {
        offset += sink.writeSync(bytes, offset, bytes.length - offset)
      } catch (e) {
        if (code(e) === "EPIPE") closed = true
        else if (code(e) === "EAGAIN") {
          toStream(bytes.subarray(offset))
          return true
        } else throw e
      }
    }
    return false
  }
  const flush = () => {
    if (used === 0) return
    if (put(buffer.subarray(0, used))) buffer = Buffer.allocUnsafe(chunkBytes)
    used = 0
  }
  return {
    write: (s) => {
      if (closed) return
      // A UTF-16 code unit is at most 3 bytes of UTF-8.
      if (s.length * 3 > chunkBytes - used) {
        flush()
        if (s.length * 3 > chunkBytes) {
          put(Buffer.from(s, "utf8"))
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
 * await captured(() => Stdout.progress(500, 1000), { tty: true }) // { stderr: "\r[###############               ] 500/1000" }
 * await captured(() => Stdout.progress(500, 1000)) // { stderr: "" }: not a terminal
 * await captured(() => Stdout.progress(1, 1), { tty: true }) // { stderr: "" }: a single report
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
