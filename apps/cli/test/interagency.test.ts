/**
 * `thads interagency`, `thads interagency-check`, `thads special-lines` (the
 * pure command functions), and `thads interagency` on the command tree with a
 * test clock: its "today" is Effect's `Clock`, in Vietnam.
 */
import { fileURLToPath } from "node:url"
import * as NodeServices from "@effect/platform-node/NodeServices"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import * as Command from "effect/cli/Command"
import * as TestClock from "effect/testing/TestClock"
import * as TestConsole from "effect/testing/TestConsole"
import { describe, expect, it } from "vitest"
import { thads, version } from "../src/Cli.js"
import { interagency, interagencyCheck, specialLines } from "../src/commands/interagency.js"
import { UsageError } from "../src/Output.js"

const ex = (name: string) => fileURLToPath(new URL(`../../../examples/${name}`, import.meta.url))

describe("thads interagency", () => {
  it("lists the steps with their status from the events (a late co-signing moves the send-up)", () => {
    const o = interagency({
      from: "2022-03-31",
      to: "2022-03-31",
      unit: "chi-cuc-go-dau",
      form: "01/TKLN-THADS",
      events: ex("tkln-events-2022.json"),
      asOf: "2022-04-30",
      json: true,
      lang: "en"
    })
    const j = JSON.parse(o.stdout)
    expect(
      j.obligations.map((x: { step: string; due: string; status: { _tag: string } }) => [x.step, x.due, x.status._tag])
    ).toEqual([
      ["close", "2022-04-01", "met"],
      ["send-for-cosign", "2022-04-04", "met"],
      ["cosign", "2022-04-06", "met-late"],
      ["send-up", "2022-04-12", "met"]
    ])
    expect(j.obligations[0].citation.text.vi).toBe(
      "điểm a khoản 2 Điều 8 Thông tư liên tịch 12/2021/TTLT-BTP-VKSNDTC-TANDTC"
    )
    const text = interagency({ from: "2022-03-31", to: "2022-03-31", unit: "cuc-tay-ninh", json: false, lang: "vi" })
    expect(text.stdout).toContain("04/TKLN-THADS")
  })

  it("refuses bad input with one line", () => {
    expect(() => interagency({ from: "2022-03-31", to: "2022-01-01", json: false, lang: "vi" })).toThrow(UsageError)
    expect(() => interagency({ from: "2022-03-31", to: "2022-03-31", form: "05", json: false, lang: "vi" })).toThrow(
      /unknown --form/
    )
    expect(() =>
      interagency({ from: "2022-03-31", to: "2022-03-31", unit: "nowhere", json: false, lang: "vi" })
    ).toThrow(/no inter-agency step/)
    expect(() =>
      interagency({
        from: "2022-03-31",
        to: "2022-03-31",
        events: ex("report-consistent.json"),
        json: false,
        lang: "vi"
      })
    ).toThrow(/events/)
  })
})

describe("thads interagency on the command line", () => {
  /** Runs `thads …` with the clock at `ms` (epoch milliseconds); what it prints. */
  const runAt = (ms: number, args: ReadonlyArray<string>) =>
    Effect.runPromise(
      Effect.gen(function* () {
        yield* TestClock.setTime(ms)
        yield* Command.runWith(thads, { version })(args)
        return (yield* TestConsole.logLines).join("\n")
      }).pipe(Effect.provide(Layer.mergeAll(NodeServices.layer, TestConsole.layer, TestClock.layer())))
    )
  const steps = [
    "interagency",
    "--from",
    "2022-03-31",
    "--to",
    "2022-03-31",
    "--unit",
    "chi-cuc-go-dau",
    "--form",
    "01"
  ]

  it("without --as-of, the status date is today in Vietnam from the Clock", async () => {
    // 18:00 UTC on 4/4/2022 is 01:00 on 5/4/2022 in Vietnam.
    const j = JSON.parse(await runAt(Date.UTC(2022, 3, 4, 18, 0), [...steps, "--json"]))
    expect(j.asOf).toBe("2022-04-05")
    expect(JSON.parse(await runAt(Date.UTC(2023, 0, 9, 3, 0), [...steps, "--json"])).asOf).toBe("2023-01-09")
  })

  it("the status of the steps done follows the Clock's date", async () => {
    const statuses = (stdout: string) =>
      JSON.parse(stdout).obligations.map((o: { step: string; status: { _tag: string } }) => [o.step, o.status._tag])
    const at = async (ms: number) =>
      statuses(await runAt(ms, [...steps, "--events", ex("tkln-events-2022.json"), "--json"]))
    const asOf = (date: string) =>
      statuses(
        interagency({
          from: "2022-03-31",
          to: "2022-03-31",
          unit: "chi-cuc-go-dau",
          form: "01",
          events: ex("tkln-events-2022.json"),
          asOf: date,
          json: true,
          lang: "en"
        }).stdout
      )
    // On 7/4/2022 the co-signing (due 6/4) is not done yet; by 30/4 it was done, late (on 8/4).
    const early = await at(Date.parse("2022-04-07T10:00:00+07:00"))
    const late = await at(Date.parse("2022-04-30T10:00:00+07:00"))
    expect(early).toEqual(asOf("2022-04-07"))
    expect(late).toEqual(asOf("2022-04-30"))
    expect(early).not.toEqual(late)
  })

  it("--as-of wins over the Clock", async () => {
    const j = JSON.parse(await runAt(Date.UTC(2022, 3, 4, 18, 0), [...steps, "--as-of", "2022-04-30", "--json"]))
    expect(j.asOf).toBe("2022-04-30")
  })
})

describe("thads interagency-check", () => {
  it("flags the differing figures and the non-inter-agency period (exit 1)", () => {
    const o = interagencyCheck({ files: [ex("tkln-figures-differ.json")], json: true, lang: "en" })
    expect(o.exitCode).toBe(1)
    const codes = JSON.parse(o.stdout).findings.map((f: { code: string }) => f.code)
    expect(codes).toEqual(["tkln-period-not-interagency", "tkln-figures-differ", "tkln-figures-differ"])
    expect(interagencyCheck({ files: [ex("tkln-figures-consistent.json")], json: false, lang: "en" }).exitCode).toBe(0)
  })

  it("says where a figures file does not decode", () => {
    expect(() => interagencyCheck({ files: [ex("special-lines-2024.json")], json: false, lang: "en" })).toThrow(
      /expected a "figures" array/
    )
  })
})

describe("thads special-lines", () => {
  it("gives the KPIs and the directive's year-on-year checks", () => {
    const j = JSON.parse(
      specialLines({
        file: ex("special-lines-2024.json"),
        previous: ex("special-lines-2023.json"),
        json: true,
        lang: "en"
      }).stdout
    )
    expect(j.kpis.map((k: { id: string; value: number }) => [k.id, k.value])).toEqual([
      ["asset-recovery-rate-cases", 53.61],
      ["asset-recovery-rate-money", 29.22],
      ["complaints-resolution-rate", 97.14],
      ["complaints-on-time-rate", 100]
    ])
    expect(j.directive.map((d: { outcome: { status: string } }) => d.outcome.status)).toEqual(["pass", "pass"])
    expect(j.findings).toEqual([])
  })

  it("flags a part larger than its whole in the broken example", () => {
    const j = JSON.parse(specialLines({ file: ex("special-lines-broken.json"), json: true, lang: "vi" }).stdout)
    expect(j.findings.map((f: { location: { path: string } }) => f.location.path)).toEqual([
      "/assetRecovery/cases/completed",
      "/complaints/resolved"
    ])
    expect(j.findings[1].message.vi).toBe("khiếu nại, tố cáo: đã giải quyết > thuộc thẩm quyền: 37 > 35")
  })
})
