/**
 * `thads fulfil` and `thads obligations --server` from the built binary, as a
 * user runs them, against the real compliance service: `thads-service serve`
 * started from its built bin on a free port with SQLite in a temporary folder,
 * keys made with `thads-service keys create` (the service's own testing entry
 * cannot be a dependency of the cli: @thads/service devDepends on @thads/cli,
 * and nx refuses the cycle; the cli's `test` target depends on the service's
 * `build` instead).
 *
 * The service's clock is the real one (no test-only way to set it in the
 * production binary), so nothing here may depend on which day a run falls
 * or on midnight in Vietnam (UTC+7) passing during it: the obligations
 * recorded are those of the latest statistical year that is over and whose
 * every obligation fell due at least two days ago (so no status changes
 * while the tests run); the dates sent lie in that year, or a month after
 * today for the refusal of a future date; and where the service reports its
 * today (`asOf`, a refusal's `today`), the test brackets the call between two
 * readings of the date in Vietnam and accepts either (the one day, or the
 * two a midnight in between gives).
 */
import { type ChildProcess, execFileSync, spawn, spawnSync } from "node:child_process"
import { mkdtempSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { fileURLToPath } from "node:url"
import { CivilDate, Obligation, Organization, StatisticalPeriod } from "@thads/core"
import { afterAll, beforeAll, describe, expect, it } from "vitest"

const root = fileURLToPath(new URL("../../../", import.meta.url))
const thadsBin = `${root}node_modules/.bin/thads`
const serviceBin = `${root}apps/service/bin/thads-service.js`

const dataDir = mkdtempSync(join(tmpdir(), "thads-cli-fulfil-"))
/** Without colour settings (Node warns on standard error when both NO_COLOR and FORCE_COLOR are set, as under nx). */
const env = {
  ...Object.fromEntries(
    Object.entries(process.env).filter(([k]) => k !== "NO_COLOR" && k !== "FORCE_COLOR" && k !== "NODE_DISABLE_COLORS")
  ),
  THADS_DATA_DIR: dataDir,
  DATABASE_URL: ""
}

const thads = (...args: ReadonlyArray<string>) => {
  const r = spawnSync(process.execPath, [thadsBin, ...args], { encoding: "utf8", env })
  return { code: r.status, stdout: r.stdout, stderr: r.stderr }
}

const createKey = (role: string, unit?: string): string =>
  execFileSync(
    process.execPath,
    [serviceBin, "keys", "create", "--role", role, ...(unit === undefined ? [] : ["--unit", unit])],
    {
      encoding: "utf8",
      env
    }
  )
    .trim()
    .split("\n")
    .at(-1)!

/** The date in Vietnam now, as the service computes its today (the same machine's clock). */
const vietnamToday = () => CivilDate.todayInVietnam(Date.now())

/**
 * Runs `run` with the days it ran on in Vietnam: the service's today for a
 * request made by `run` is one of them (two when midnight passed).
 */
const during = <R>(run: () => R): { readonly r: R; readonly days: ReadonlyArray<CivilDate.CivilDate> } => {
  const before = vietnamToday()
  const r = run()
  const after = vietnamToday()
  return { r, days: before === after ? [before] : [before, after] }
}

/** `text` contains exactly one of `candidates` (the text for each day the service's today may have been). */
const containsOneOf = (text: string, candidates: ReadonlyArray<string>) =>
  expect(
    candidates.filter((c) => text.includes(c)),
    `${text}\n— should contain one of —\n${candidates.join("\n")}`
  ).toHaveLength(1)

const startedOn = vietnamToday()
/** The obligations owed by a unit or actor in a statistical year (core's, as the service generates them). */
const owedIn = (year: number) =>
  Obligation.generate({
    from: StatisticalPeriod.start({ year, months: 1 }),
    to: StatisticalPeriod.end({ year, months: 12 }),
    organization: Organization.tayNinh
  }).filter((o) => o.owner.unitId === "thads-tay-ninh" || o.owner.actorId === "A04")
// The statistical year before today's (1/10 to 30/9), or the one before it while the last obligations of that one are
// not two days past due (October and early November): every obligation of it has started and fell due, so none
// changes status if a day passes during the run.
const lastYear = StatisticalPeriod.yearOf(startedOn) - 1
const statisticalYear = owedIn(lastYear).every((o) => o.due < CivilDate.addDays(startedOn, -2))
  ? lastYear
  : lastYear - 1
const from = `${statisticalYear - 1}-10-01`
const to = `${statisticalYear}-09-30`
const Q1 = `hearing/thads-tay-ninh/${statisticalYear - 1}-12-31`
const Q2 = `hearing/thads-tay-ninh/${statisticalYear}-03-31`
const Q3 = `hearing/thads-tay-ninh/${statisticalYear}-06-30`
const A04 = `hearing/A04/${statisticalYear - 1}-12-31`
// A month after today: after the service's today whatever midnight passes during the run.
const inFuture = CivilDate.addDays(startedOn, 30)

let service: ChildProcess
let server = ""
const keys = { province: "", other: "", admin: "", reviewer: "" }

beforeAll(async () => {
  keys.province = createKey("submitter", "thads-tay-ninh")
  keys.other = createKey("submitter", "cuc-long-an")
  keys.admin = createKey("admin")
  keys.reviewer = createKey("reviewer")
  service = spawn(process.execPath, [serviceBin, "serve", "--port", "0", "--log-level", "warn"], {
    env,
    stdio: ["ignore", "pipe", "pipe"]
  })
  server = await new Promise<string>((resolve, reject) => {
    let out = ""
    const timer = setTimeout(() => reject(new Error(`the service did not start:\n${out}`)), 60_000)
    const onData = (d: Buffer) => {
      out += d.toString()
      const m = /listening on (http:\/\/\S+) /.exec(out)
      if (m !== null) {
        clearTimeout(timer)
        resolve(m[1]!)
      }
    }
    service.stdout!.on("data", onData)
    service.stderr!.on("data", onData)
    service.on("exit", (code) => reject(new Error(`the service exited (${code}):\n${out}`)))
  })
})

afterAll(async () => {
  if (service !== undefined && service.exitCode === null) {
    service.removeAllListeners("exit")
    await new Promise((resolve) => {
      service.on("exit", resolve)
      service.kill("SIGTERM")
    })
  }
  rmSync(dataDir, { recursive: true, force: true })
})

const fulfil = (obligationId: string, on: string, key: string, ...rest: ReadonlyArray<string>) =>
  thads("fulfil", obligationId, "--on", on, "--server", server, "--key", key, ...rest)

const json = (r: { code: number | null; stdout: string; stderr: string }) => {
  expect(r.stderr).toBe("")
  return JSON.parse(r.stdout)
}

/** `thads obligations --server … --key K … --from --to` of the year. */
const yearObligations = (key: string, ...args: ReadonlyArray<string>) =>
  thads("obligations", "--server", server, "--key", key, ...args, "--from", from, "--to", to)

/** `thads obligations --server … --json` of the year: the service's answer, its `asOf` the service's today. */
const obligationsJson = (key: string, ...owner: ReadonlyArray<string>) => {
  const { r, days } = during(() => yearObligations(key, ...owner, "--json"))
  expect(r.code).toBe(0)
  const o = json(r)
  expect(days).toContain(o.asOf)
  return o
}

describe("thads fulfil", () => {
  let first = ""

  it("records a hearing: the record in Vietnamese, exit 0; the same Idempotency-Key gives the same record", () => {
    const args = [
      "--document-number",
      "12-BB/TU",
      "--document-title",
      "Biên bản làm việc quý I",
      "--note",
      "Ban Thường vụ nghe báo cáo"
    ]
    const r = fulfil(Q1, `${statisticalYear}-01-20`, keys.province, ...args, "--idempotency-key", "q1")
    expect(r.stderr).toBe("")
    expect(r.code).toBe(0)
    expect(r.stdout).toContain(`Đã ghi nhận ${Q1} — thads-tay-ninh, ngày thực hiện 20/01/${statisticalYear}, lần 1`)
    expect(r.stdout).toContain("văn bản: 12-BB/TU — Biên bản làm việc quý I")
    expect(r.stdout).toContain("ghi chú: Ban Thường vụ nghe báo cáo")
    expect(r.stdout).toContain("(Idempotency-Key: q1)")
    first = /id (\S+) {2}ghi nhận lúc/.exec(r.stdout)![1]!
    expect(r.stdout).toContain(`${server}/v1/fulfilments/${first}`)

    const again = fulfil(
      Q1,
      `${statisticalYear}-01-20`,
      keys.province,
      ...args,
      "--idempotency-key",
      "q1",
      "--format",
      "json"
    )
    expect(again.code).toBe(0)
    expect(json(again)).toMatchObject({
      id: first,
      obligationId: Q1,
      kind: "hearing",
      owner: { unitId: "thads-tay-ninh" },
      fulfilledOn: `${statisticalYear}-01-20`,
      document: { number: "12-BB/TU", title: "Biên bản làm việc quý I" },
      version: 1,
      current: true,
      supersedes: null
    })

    // The same key with another request: refused, in both languages, exit 1.
    for (const [lang, text] of [
      ["en", 'the Idempotency-Key "q1" was used for another request'],
      ["vi", 'Idempotency-Key "q1" đã được dùng cho một yêu cầu khác']
    ] as const) {
      const reused = fulfil(Q1, `${statisticalYear}-01-21`, keys.province, "--idempotency-key", "q1", "--lang", lang)
      expect(reused.code).toBe(1)
      expect(reused.stdout).toContain(text)
      expect(reused.stdout).toContain("(409 idempotency-key-reused)")
    }
  })

  it("each invocation without --idempotency-key is a new request (a second record is refused as existing)", () => {
    const r = fulfil(Q1, `${statisticalYear}-01-20`, keys.province, "--lang", "en")
    expect(r.code).toBe(1)
    expect(r.stdout).toContain(
      `${Q1}: not recorded — the obligation is already recorded (record ${first}): to correct it, run again with --supersedes ${first} (409 fulfilment-exists)`
    )
    const vi = fulfil(Q1, `${statisticalYear}-01-20`, keys.province)
    expect(vi.code).toBe(1)
    expect(vi.stdout).toContain(
      `không ghi nhận được — nghĩa vụ đã được ghi nhận (bản ghi ${first}): để sửa, chạy lại với --supersedes ${first}`
    )
    // The record to name comes from the problem's extension member, which --format json passes on.
    const asJson = fulfil(Q1, `${statisticalYear}-01-20`, keys.province, "--format", "json")
    expect(asJson.code).toBe(1)
    expect(json(asJson).problem).toMatchObject({ type: "urn:thads:problem:fulfilment-exists", currentId: first })
  })

  it("thads obligations --server reads it back met, with the record", () => {
    const o = obligationsJson(keys.province, "--unit", "thads-tay-ninh")
    expect(o).toMatchObject({ unitId: "thads-tay-ninh", from, to })
    const q1 = o.items.find((i: { id: string }) => i.id === Q1)
    expect(q1.status.submittedOn).toBe(`${statisticalYear}-01-20`)
    expect(["met", "met-late"]).toContain(q1.status._tag)
    expect(q1.fulfilment).toEqual({
      id: first,
      fulfilledOn: `${statisticalYear}-01-20`,
      document: { number: "12-BB/TU", title: "Biên bản làm việc quý I" }
    })
    expect(q1.citation.text.vi).toBe("mục 1.3 Chỉ thị 09-CT/TU")
    expect(o.items.find((i: { id: string }) => i.id === Q2).status._tag).toBe("missing")

    // Text: the local command's rendering, with each id and the record.
    const { r: text, days } = during(() => yearObligations(keys.province, "--unit", "thads-tay-ninh"))
    expect(text.code).toBe(0)
    const lines = text.stdout.split("\n")
    expect(
      days.map((d) => `thads-tay-ninh: tình trạng trên máy chủ ngày ${CivilDate.formatVi(d)} (${server})`)
    ).toContain(lines[0])
    expect(lines[1]).toBe(`${o.items.length} nghĩa vụ từ 01/10/${statisticalYear - 1} đến 30/09/${statisticalYear}:`)
    const at = lines.findIndex((l) => l.includes(`${Q1}  mục 1.3 Chỉ thị 09-CT/TU`))
    expect(lines[at - 1]).toMatch(
      /Tỉnh ủy: báo cáo tại phiên nghe của Ban Thường vụ, 3 tháng năm \d+ .* — (đã thực hiện|thực hiện trễ)/
    )
    expect(lines[at + 1]).toBe(`    bản ghi ${first}, văn bản 12-BB/TU — Biên bản làm việc quý I`)
    expect(lines.at(-2)).toMatch(/^Tổng: \d+ đúng hạn, \d+ trễ hạn, \d+ chưa thực hiện, 0 chưa đến hạn$/)
    const en = yearObligations(keys.province, "--unit", "thads-tay-ninh", "--lang", "en")
    expect(en.stdout).toContain(`    record ${first}, document 12-BB/TU — Biên bản làm việc quý I`)
    expect(en.stdout).toMatch(/\nTotal: \d+ met, \d+ late, \d+ missing, 0 not yet due\n/)
  })

  it("a correction names the current record with --supersedes: version 2; naming a superseded one is refused", () => {
    const r = fulfil(Q1, `${statisticalYear}-01-22`, keys.province, "--supersedes", first, "--lang", "en")
    expect(r.stderr).toBe("")
    expect(r.code).toBe(0)
    expect(r.stdout).toContain(`Recorded ${Q1} — thads-tay-ninh, fulfilled on ${statisticalYear}-01-22, version 2`)
    expect(r.stdout).toContain(`corrects record ${first}`)
    const second = /id (\S+) {2}recorded/.exec(r.stdout)![1]!
    const stale = fulfil(Q1, `${statisticalYear}-01-23`, keys.province, "--supersedes", first, "--lang", "en")
    expect(stale.code).toBe(1)
    expect(stale.stdout).toContain(
      `the record named has already been corrected: --supersedes must name the current record (${second}) (409 fulfilment-superseded)`
    )
    const q1 = obligationsJson(keys.reviewer, "--unit", "thads-tay-ninh").items.find((i: { id: string }) => i.id === Q1)
    expect(q1.fulfilment.id).toBe(second)
    expect(q1.status.submittedOn).toBe(`${statisticalYear}-01-22`)
  })

  it("refusals: a future date, an unknown obligation, a key that may not record it — exit 1, in vi and en", () => {
    // The service's today, as the refusal's extension member: the text names it.
    const { r: future, days } = during(() => fulfil(Q3, inFuture, keys.province))
    expect(future.code).toBe(1)
    expect(future.stderr).toBe("")
    containsOneOf(
      future.stdout,
      days.map(
        (d) =>
          `${Q3}: không ghi nhận được — ngày thực hiện ${CivilDate.formatVi(inFuture)} sau ngày hôm nay (${CivilDate.formatVi(d)}) (422 fulfilment-date-future)`
      )
    )
    expect(future.stdout).toMatch(/\n {4}request id: \S+\n$/)
    const en = during(() => fulfil(Q3, inFuture, keys.province, "--lang", "en"))
    containsOneOf(
      en.r.stdout,
      en.days.map((d) => `the date ${inFuture} is after today (${d}) (422 fulfilment-date-future)`)
    )
    const asJson = during(() => fulfil(Q3, inFuture, keys.province, "--format", "json"))
    expect(asJson.r.code).toBe(1)
    const refused = json(asJson.r)
    expect(refused.problem).toMatchObject({ type: "urn:thads:problem:fulfilment-date-future", status: 422 })
    expect(asJson.days).toContain(refused.problem.today)
    // Before the period starts: the period's first day, from the problem.
    const early = fulfil(Q3, `${statisticalYear - 1}-09-30`, keys.province, "--lang", "en")
    expect(early.code).toBe(1)
    expect(early.stdout).toContain(
      `the date ${statisticalYear - 1}-09-30 is before the obligation's period starts (${statisticalYear - 1}-10-01) (422 fulfilment-date-before-period)`
    )

    const unknown = `hearing/thads-tay-ninh/${statisticalYear}-06-29`
    const u = fulfil(unknown, `${statisticalYear}-07-01`, keys.province, "--lang", "en")
    expect(u.code).toBe(1)
    expect(u.stdout).toContain(
      `no obligation "${unknown}": take the id from thads obligations --server (422 obligation-unknown)`
    )
    const uVi = fulfil(unknown, `${statisticalYear}-07-01`, keys.province)
    expect(uVi.stdout).toContain(`không có nghĩa vụ "${unknown}": lấy mã nghĩa vụ từ thads obligations --server`)

    // Another unit's key, and a unit's key for a directive actor's obligation.
    for (const [id, key] of [
      [Q3, keys.other],
      [A04, keys.province]
    ] as const) {
      const vi = fulfil(id, `${statisticalYear}-07-10`, key)
      expect(vi.code).toBe(1)
      expect(vi.stdout).toContain("không ghi nhận được — khóa này không được ghi nhận nghĩa vụ này")
      expect(vi.stdout).toContain("(403 fulfilment-forbidden)")
      const en = fulfil(id, `${statisticalYear}-07-10`, key, "--lang", "en", "--format", "json")
      expect(en.code).toBe(1)
      const out = json(en)
      expect(out.obligationId).toBe(id)
      expect(out.problem).toMatchObject({ type: "urn:thads:problem:fulfilment-forbidden", status: 403 })
      expect(out.message).toMatch(/^this key may not record this obligation: a unit's submitter key records/)
    }
    // A statistical report is met by submitting it.
    const report = fulfil(
      `statistical-report/thads-tay-ninh/${statisticalYear - 1}-12-31`,
      `${statisticalYear}-01-05`,
      keys.province,
      "--lang",
      "en"
    )
    expect(report.code).toBe(1)
    expect(report.stdout).toContain(
      "a statistical report is met by submitting the report (thads submit), not by a record (422 obligation-met-by-report)"
    )
    // Nothing of it was stored.
    const items = obligationsJson(keys.province, "--unit", "thads-tay-ninh").items
    expect(items.find((i: { id: string }) => i.id === Q3).fulfilment).toBeUndefined()
  })

  it("a directive actor's obligation: an admin key records it, a reviewer key reads --actor, a unit's key may not", () => {
    const r = fulfil(
      A04,
      `${statisticalYear}-01-15`,
      keys.admin,
      "--note",
      "Đảng ủy Công an tỉnh báo cáo",
      "--format",
      "json"
    )
    expect(r.code).toBe(0)
    const record = json(r)
    expect(record).toMatchObject({ obligationId: A04, owner: { actorId: "A04" }, version: 1 })
    const o = obligationsJson(keys.reviewer, "--actor", "A04")
    expect(o.actorId).toBe("A04")
    expect(o.items.find((i: { id: string }) => i.id === A04).fulfilment.id).toBe(record.id)
    const { r: text, days } = during(() => yearObligations(keys.admin, "--actor", "A04", "--lang", "en"))
    expect(text.code).toBe(0)
    containsOneOf(
      text.stdout,
      days.map((d) => `A04: status on the service as of ${d}`)
    )
    expect(text.stdout).toContain(`    record ${record.id}\n`)
    const forbidden = thads("obligations", "--server", server, "--key", keys.province, "--actor", "A04")
    expect(forbidden.code).toBe(1)
    expect(forbidden.stdout).toContain(
      "A04: máy chủ từ chối — nghĩa vụ của các chủ thể của Chỉ thị chỉ đọc được bằng khóa reviewer hoặc admin (403 actor-forbidden)"
    )
  })

  it("--subtree: the unit's obligations and those of the units below it", () => {
    // Cục THADS tỉnh Tây Ninh and its Chi cục, before the reorganisation of 1/7/2025.
    const args = ["--unit", "cuc-tay-ninh", "--from", "2024-10-01", "--to", "2025-06-30"]
    const r = thads("obligations", "--server", server, "--key", keys.reviewer, ...args, "--subtree", "--json")
    expect(r.code).toBe(0)
    const owners = new Set(json(r).items.map((i: { owner: { unitId?: string } }) => i.owner.unitId))
    expect(owners.has("cuc-tay-ninh")).toBe(true)
    expect(owners.has("chi-cuc-go-dau")).toBe(true)
    const alone = thads("obligations", "--server", server, "--key", keys.reviewer, ...args, "--json")
    expect(new Set(json(alone).items.map((i: { owner: { unitId?: string } }) => i.owner.unitId))).toEqual(
      new Set(["cuc-tay-ninh"])
    )
  })

  it("bad input is one line on standard error, exit 2; a bad key is a refusal, exit 1", () => {
    for (const args of [
      ["fulfil", Q2, "--on", "20/04/2026", "--server", server, "--key", keys.province],
      ["fulfil", Q2, "--on", `${statisticalYear}-04-20`, "--server", "http://127.0.0.1:9", "--key", keys.province],
      ["fulfil", Q2, "--on", `${statisticalYear}-04-20`, "--key", keys.province],
      ["obligations", "--server", server, "--key", keys.reviewer, "--unit", "thads-tay-ninh", "--actor", "A04"],
      ["obligations", "--server", server, "--key", keys.reviewer, "--actor", "A04", "--subtree"],
      ["obligations", "--server", server, "--unit", "thads-tay-ninh"],
      ["obligations", "--server", server, "--key", keys.reviewer, "--unit", "thads-tay-ninh", "--as-of", "2026-01-01"],
      ["obligations", "--from", from, "--to", to, "--key", keys.reviewer],
      ["obligations", "--from", from, "--to", to, "--actor", "A04"]
    ]) {
      const r = thads(...args)
      expect(r.code, args.join(" ")).toBe(2)
      expect(r.stdout, args.join(" ")).toBe("")
      expect(r.stderr.trim().split("\n"), args.join(" ")).toHaveLength(1)
    }
    expect(
      thads("fulfil", Q2, "--on", "2026-1-2", "--server", server, "--key", keys.province, "--lang", "en").stderr
    ).toBe('thads: invalid --on "2026-1-2": not in the form YYYY-MM-DD (expected YYYY-MM-DD)\n')
    const badKey = fulfil(Q2, `${statisticalYear}-04-20`, "thads_nope_nope", "--lang", "en")
    expect(badKey.code).toBe(1)
    expect(badKey.stdout).toMatch(/the API key is not valid \(--key\) \(401 key-(unknown|malformed)\)/)
  })
})
