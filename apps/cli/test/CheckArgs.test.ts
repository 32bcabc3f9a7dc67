/** The plain `thads check` invocations read without the command tree, and those left to it. */
import { describe, expect, it } from "vitest"
import * as CheckArgs from "../src/CheckArgs.js"

describe("CheckArgs.parse", () => {
  it("reads paths and the flags of a plain check, in any order, as --flag value or --flag=value", () => {
    expect(CheckArgs.parse(["reports"])).toEqual({ paths: ["reports"], format: "text", json: false, lang: "vi" })
    expect(
      CheckArgs.parse([
        "--format=json",
        "a.json",
        "--lang",
        "en",
        "dir",
        "--context",
        "ctx",
        "--organization=none",
        "--as-of",
        "2023-10-10",
        "--json",
        "b.xlsx"
      ])
    ).toEqual({
      paths: ["a.json", "dir", "b.xlsx"],
      format: "json",
      json: true,
      context: "ctx",
      organization: "none",
      asOf: "2023-10-10",
      lang: "en"
    })
  })

  it("leaves values it does not judge to check: an unknown organisation, a bad date", () => {
    expect(CheckArgs.parse(["r.json", "--organization", "foo", "--as-of", "2023-13-01"])).toMatchObject({
      organization: "foo",
      asOf: "2023-13-01"
    })
  })

  it("gives anything else to the full command line", () => {
    const full: ReadonlyArray<ReadonlyArray<string>> = [
      [],
      ["--json"],
      ["r.json", "--help"],
      ["r.json", "-h"],
      ["r.json", "--version"],
      ["r.json", "--server", "http://localhost:1"],
      ["r.json", "--key", "k"],
      ["r.json", "--foo"],
      ["r.json", "--format", "xml"],
      ["r.json", "--format", "JSON"],
      ["r.json", "--format"],
      ["r.json", "--format="],
      ["r.json", "--lang", "fr"],
      ["r.json", "--format", "json", "--format", "text"],
      ["r.json", "--json", "--json"],
      ["r.json", "--lang=en", "--lang", "en"],
      ["r.json", "--context", "--lang"],
      ["r.json", "--as-of=a=b"],
      ["--", "r.json"],
      ["-"],
      [""],
      ["r.json", "--json=true"],
      ["r.json", "--completions", "bash"],
      ["r.json", "--log-level", "debug"]
    ]
    for (const argv of full) expect(CheckArgs.parse(argv), JSON.stringify(argv)).toBeUndefined()
  })
})
