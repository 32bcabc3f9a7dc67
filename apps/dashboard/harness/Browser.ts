/**
 * Headless Chromium for the page's tests and bench: Debian's
 * `/usr/bin/chromium` driven by playwright-core, with the flags the team
 * agreed on. Absent Chromium: the tests skip with a notice, except under
 * `CI=true`, where they are required.
 */
import { existsSync } from "node:fs"
import { type Browser, chromium } from "playwright-core"

/** Where Chromium is (CHROMIUM_PATH overrides). */
export const executablePath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium"

/** Whether browser tests can run here; throws under CI=true when they cannot. */
export const available = (): boolean => {
  if (existsSync(executablePath)) return true
  if (process.env.CI === "true")
    throw new Error(`CI=true and no Chromium at ${executablePath}: browser tests are required`)
  process.stderr.write(
    `NOTICE: no Chromium at ${executablePath}; the dashboard's browser tests (and its bench case) are skipped\n`
  )
  return false
}

/**
 * Launches headless Chromium.
 *
 * @example
 * ```ts
 * const browser = await launch()
 * ```
 */
export const launch = (): Promise<Browser> =>
  chromium.launch({
    executablePath,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run"
    ]
  })
