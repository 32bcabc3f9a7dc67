/**
 * Receipt times in Vietnam: the service stamps every submission with the
 * current time (from effect's `Clock`, so tests can move it) written as ISO
 * 8601 with the +07:00 offset of Asia/Ho_Chi_Minh (no daylight saving), and
 * the civil date in Vietnam.
 *
 * @since 0.1.0
 */
import { CivilDate } from "@thads/core"
import * as Clock from "effect/Clock"
import * as Effect from "effect/Effect"

const offsetMs = 7 * 3600 * 1000

/**
 * An instant as ISO 8601 in Asia/Ho_Chi_Minh.
 *
 * @example
 * ```ts
 * Time.vietnamIso(Date.UTC(2022, 3, 7, 2, 30)) // "2022-04-07T09:30:00.000+07:00"
 * Time.vietnamIso(Date.UTC(2022, 3, 7, 20, 0)) // "2022-04-08T03:00:00.000+07:00": already the next day in Vietnam
 * ```
 * @since 0.1.0
 */
export const vietnamIso = (ms: number): string => new Date(ms + offsetMs).toISOString().replace("Z", "+07:00")

/**
 * The current instant, as ISO 8601 in Vietnam and as the civil date there.
 *
 * @example
 * ```ts
 * import { TestClock } from "effect/testing"
 * // 20:00 UTC on 7 April 2022: 03:00 on 8 April in Vietnam.
 * const program = Effect.andThen(TestClock.setTime(Date.UTC(2022, 3, 7, 20, 0)), Time.now)
 * await Effect.runPromise(Effect.provide(program, TestClock.layer())) // { iso: "2022-04-08T03:00:00.000+07:00", date: "2022-04-08", ms: 1649361600000 }
 * ```
 * @since 0.1.0
 */
export const now: Effect.Effect<{ readonly iso: string; readonly date: CivilDate.CivilDate; readonly ms: number }> =
  Effect.map(Clock.currentTimeMillis, (ms) => ({ iso: vietnamIso(ms), date: CivilDate.todayInVietnam(ms), ms }))
