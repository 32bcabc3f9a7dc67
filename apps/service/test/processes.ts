/**
 * The service as a child process (the built bin), for durability, races and
 * abuse tests.
 */
import { type ChildProcess, execFile, spawn } from "node:child_process"
import { fileURLToPath } from "node:url"

export const bin = fileURLToPath(new URL("../bin/thads-service.js", import.meta.url))

export interface Child {
  readonly url: string
  readonly process: ChildProcess
  readonly output: () => string
}

/** Starts `thads-service serve` on port 0 and waits for its address. */
export const spawnService = (args: ReadonlyArray<string>, env: Record<string, string> = {}): Promise<Child> =>
  new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, "serve", "--port", "0", "--log-level", "warn", ...args], {
      env: { ...process.env, ...env },
      stdio: ["ignore", "pipe", "pipe"]
    })
    let out = ""
    const timer = setTimeout(() => reject(new Error(`the service did not start:\n${out}`)), 60_000)
    const onData = (d: Buffer) => {
      out += d.toString()
      const m = /listening on (http:\/\/[^\s]+) /.exec(out)
      if (m !== null) {
        clearTimeout(timer)
        resolve({ url: m[1]!, process: child, output: () => out })
      }
    }
    child.stdout.on("data", onData)
    child.stderr.on("data", (d: Buffer) => {
      out += d.toString()
    })
    child.on("exit", (code) => {
      clearTimeout(timer)
      reject(new Error(`the service exited (${code}):\n${out}`))
    })
  })

/** Runs a `thads-service` command to completion. */
export const runCommand = (
  args: ReadonlyArray<string>,
  env: Record<string, string> = {}
): Promise<{ readonly code: number; readonly stdout: string; readonly stderr: string }> =>
  new Promise((resolve) => {
    execFile(process.execPath, [bin, ...args], { env: { ...process.env, ...env } }, (error, stdout, stderr) =>
      resolve({ code: error === null ? 0 : ((error as { code?: number }).code ?? 1), stdout, stderr })
    )
  })

/** Creates a key with the CLI; returns it. */
export const createKey = async (args: ReadonlyArray<string>, env: Record<string, string> = {}): Promise<string> => {
  const r = await runCommand(["keys", "create", ...args], env)
  if (r.code !== 0) throw new Error(r.stderr)
  return r.stdout.trim().split("\n").at(-1)!
}

/** Stops a child (SIGTERM) and waits for it to exit. */
export const stop = (child: Child, signal: NodeJS.Signals = "SIGTERM"): Promise<number | null> =>
  new Promise((resolve) => {
    if (child.process.exitCode !== null || child.process.signalCode !== null) return resolve(child.process.exitCode)
    child.process.removeAllListeners("exit")
    child.process.on("exit", (code) => resolve(code))
    child.process.kill(signal)
  })
