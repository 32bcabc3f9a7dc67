/**
 * Duplicate keys in report text: a decoding problem at its pointer, never
 * the last value taken silently; the cheap tally (text colons against the
 * decoded report's shape) never misses one.
 */
import { fc, test } from "@fast-check/vitest"
import { describe, expect, it } from "vitest"
import * as Decode from "../../src/statistics/Decode.js"
import * as Synthetic from "../../src/statistics/Synthetic.js"

const text = (seed = 3, rows = 4) => JSON.stringify(Synthetic.report({ seed, rows }))
const failure = (t: string) => {
  const r = Decode.decodeJson(t)
  return r._tag === "Failure" ? r.failure.map((p) => [p.path, p.code]) : []
}

describe("Decode.decodeJson: duplicate keys", () => {
  it("accepts reports with colons in strings (date-times, names, escapes)", () => {
    const r = JSON.parse(text()) as Record<string, any>
    r.header.submittedAt = "2023-10-05T16:00:00+07:00"
    r.header.unitName = "Chi cục: Gò Dầu"
    r.cases.rows[0].name = "a:b:c"
    expect(Decode.decodeJson(JSON.stringify(r))._tag).toBe("Success")
    expect(Decode.decodeJson(JSON.stringify(r).replace("a:b:c", "a\\u003ab\\u003Ac"))._tag).toBe("Success")
    expect(Decode.decodeJson(`\uFEFF${JSON.stringify(r, null, 2)}`)._tag).toBe("Success")
  })

  it("a repeated key in the header, a row or the root is a problem at its pointer", () => {
    const t = text()
    expect(failure(t.replace('"year":', '"year":2020,"year":'))).toEqual([["/header/year", "duplicate-key"]])
    expect(failure(t.replace('"V07":', '"V07":0,"V07":'))).toEqual([["/cases/rows/0/V07", "duplicate-key"]])
    expect(failure(t.replace('"money":', '"money":{},"money":'))).toEqual([["/money", "duplicate-key"]])
  })

  it("reports duplicates along with the other problems", () => {
    const t = text().replace('"V07":', '"V07":0,"V07":').replace('"T03":', '"T03":-5,"T99":')
    const ps = failure(t)
    expect(ps[0]).toEqual(["/cases/rows/0/V07", "duplicate-key"])
    expect(ps.some(([, c]) => c === "unexpected-key")).toBe(true)
  })

  test.prop([fc.integer({ min: 1, max: 500 }), fc.integer({ min: 0, max: 10_000 })], { numRuns: 100 })(
    "any key repeated anywhere is found",
    (seed, pick) => {
      const t = text(seed, 3)
      const keys = [...t.matchAll(/"([^"]+)":/g)]
      const m = keys[pick % keys.length]!
      const dup = `${t.slice(0, m.index)}"${m[1]}":0,${t.slice(m.index)}`
      expect(failure(dup).some(([, c]) => c === "duplicate-key")).toBe(true)
    }
  )
})
