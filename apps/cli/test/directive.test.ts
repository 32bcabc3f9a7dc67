/** `thads directive` and `thads obligations` from the built binary. */
import { spawnSync } from "node:child_process"
import { fileURLToPath } from "node:url"
import { describe, expect, it } from "vitest"

const root = fileURLToPath(new URL("../../../", import.meta.url))
const thads = (...args: ReadonlyArray<string>) => {
  const r = spawnSync(process.execPath, [`${root}node_modules/.bin/thads`, ...args], { encoding: "utf8", cwd: root })
  return { code: r.status, stdout: r.stdout, stderr: r.stderr }
}

describe("thads directive", () => {
  it("--json has the document, 16 actors and 24 provisions with actors and citations", () => {
    const r = thads("directive", "--json")
    expect(r.code).toBe(0)
    const out = JSON.parse(r.stdout)
    expect(out.document.id).toBe("ct-09-ct-tu-2021")
    expect(out.actors[0]).toMatchObject({ id: "A01", name: { vi: "Ban Thường vụ Tỉnh ủy" } })
    expect(out.actors).toHaveLength(16)
    expect(out.provisions).toHaveLength(24)
    expect(out.provisions[0]).toMatchObject({
      id: "1.1",
      actors: ["A02"],
      citation: { document: "ct-09-ct-tu-2021", section: "1.1" }
    })
    expect(out.coverage).toBeUndefined()
  })

  it("--coverage adds the computed coverage map", () => {
    const out = JSON.parse(thads("directive", "--json", "--coverage").stdout)
    expect(out.summary).toEqual({ provisions: 24, encoded: 24, measurable: 9, tested: 9 })
    const text = thads("directive", "--coverage", "--lang", "en").stdout
    expect(text).toContain("Coverage: 24/24 provisions encoded, 9 measurable, 9 tested")
  })
})

describe("thads obligations", () => {
  it("generates the obligations of a range with their status from a submissions file", () => {
    const r = thads(
      "obligations",
      "--from",
      "2021-10-01",
      "--to",
      "2022-09-30",
      "--submissions",
      "examples/submissions-2022.json",
      "--as-of",
      "2022-10-31",
      "--json"
    )
    expect(r.code).toBe(0)
    const out = JSON.parse(r.stdout)
    const late = out.obligations.find((o: { id: string }) => o.id === "statistical-report/chi-cuc-go-dau/2022-01-31")
    expect(late).toMatchObject({ due: "2022-02-08", status: { _tag: "met-late", workingDaysLate: 2 } })
    expect(out.obligations.filter((o: { status: { _tag: string } }) => o.status._tag === "missing")).toHaveLength(2)
  })

  it("filters by unit, in Vietnamese by default", () => {
    const r = thads("obligations", "--from", "2022-01-01", "--to", "2022-01-31", "--unit", "cuc-tay-ninh")
    expect(r.code).toBe(0)
    expect(r.stdout).toContain("báo cáo thống kê")
    expect(r.stdout).toContain("10/02/2022")
  })

  it("bad input → exit 2, one line", () => {
    for (const args of [
      ["obligations", "--from", "2022-13-01", "--to", "2022-12-31"],
      ["obligations", "--from", "2022-12-01", "--to", "2022-01-31"],
      ["obligations", "--from", "2022-01-01", "--to", "2022-01-31", "--unit", "nobody"],
      ["obligations", "--from", "2022-01-01", "--to", "2022-01-31", "--submissions", "nope.json"]
    ]) {
      const r = thads(...args)
      expect(r.code, args.join(" ")).toBe(2)
      expect(r.stderr.trim().split("\n")).toHaveLength(1)
    }
  })
})

describe("thads obligations --settings", () => {
  it("calendar quarters, §8.1 reviews and ad-hoc requests from a settings file; without one, the output is unchanged", () => {
    const range = ["--from", "2022-10-01", "--to", "2023-09-30", "--json"]
    const plain = JSON.parse(thads("obligations", ...range, "--unit", "A04").stdout)
    expect(plain.obligations.map((o: { period: { start: string } }) => o.period.start)).toEqual([
      "2022-10-01",
      "2022-10-01",
      "2022-10-01",
      "2022-10-01"
    ])
    const calendar = JSON.parse(
      thads("obligations", ...range, "--unit", "A04", "--settings", "examples/obligations.json").stdout
    )
    expect(calendar.obligations.map((o: { period: { start: string } }) => o.period.start)).toEqual([
      "2022-01-01",
      "2023-01-01",
      "2023-01-01",
      "2023-01-01"
    ])
    const reviews = JSON.parse(
      thads("obligations", ...range, "--unit", "A14", "--settings", "examples/obligations.json").stdout
    )
    expect(reviews.obligations.map((o: { id: string; basis: string }) => [o.id, o.basis])).toEqual([
      ["review/so-ket-2-nam", "assumed"]
    ])
    expect(thads("obligations", ...range, "--unit", "A14").code).toBe(2) // no review without settings
  })

  it("a settings file that does not decode is a usage error naming the pointers; --settings does not go with --server", () => {
    const bad = thads(
      "obligations",
      "--from",
      "2022-10-01",
      "--to",
      "2023-09-30",
      "--settings",
      "examples/submissions-2022.json",
      "--lang",
      "en"
    )
    expect(bad.code).toBe(2)
    expect(bad.stderr.trim()).toBe(
      'thads: the obligation settings file "examples/submissions-2022.json" does not decode: /submissions: unexpected field "submissions" (allowed: $schema, description, quarters, hearingDue, steeringDue, reviews, adHoc, kinds)'
    )
    const remote = thads(
      "obligations",
      "--server",
      "http://127.0.0.1:9",
      "--key",
      "k",
      "--settings",
      "examples/obligations.json",
      "--lang",
      "en"
    )
    expect(remote.code).toBe(2)
    expect(remote.stderr).toContain("--settings does not go with --server")
  })
})
