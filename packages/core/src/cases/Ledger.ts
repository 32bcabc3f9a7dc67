/**
 * A ledger (sổ thụ lý / danh sách việc thi hành án) of a unit: its cases.
 * Decoded from JSON (`{ unitId, unitName?, cases: [Case…] }`, every problem
 * with its JSON Pointer, e.g. `/cases/12/events/3`) or from CSV, one row
 * per case with the most common fields:
 *
 * | column | meaning | example |
 * |---|---|---|
 * | id | case id (required) | 2024-001 |
 * | unitId | unit (required) | phong-kv-1 |
 * | officerId | Chấp hành viên (optional) | chv-03 |
 * | decisionDate | date of the decision to enforce (required) | 2024-02-15 |
 * | decisionNumber | its number | 101/QĐ-THADS |
 * | initiation | `on-request` or `ex-officio` (required) | on-request |
 * | ground | for ex-officio: Điều 36 k2 point a–e, đ | a |
 * | requestDate | for on-request: the request date (required then) | 2024-02-07 |
 * | judgmentKind | free text | dân sự |
 * | debtorKind | `person` (default) or `organisation` | person |
 * | amountDue | exact VND, digits only (required; 0 for non-money) | 50000000 |
 * | paid | VND paid so far (optional) | 2000000 |
 * | paidDate | the day of that payment (required with paid) | 2024-05-10 |
 * | status | `in-progress` (default), `completed`, `reduced` (the rest waived by miễn / giảm, Điều 61), `terminated`, `delegated`, `withdrawn`, `cancelled`, `postponed`, `suspended`, `not-yet-enforceable`, `separate-book` | postponed |
 * | statusDate | the day of the status decision (required unless in-progress) | 2024-06-01 |
 * | statusGround | postponed: `1.a`…`1.h` or `2`; suspended: `1`/`2`; terminated: a…h; not-yet-enforceable / separate-book: a/b/c | 1.c |
 * | assetRecovery | 1 = corruption/economic asset recovery | 0 |
 * | creditInstitution | 1 = credit-institution debt | 0 |
 * | judgmentEffectiveDate | the day the judgment took effect: thời hiệu starts (Điều 30 k1) | 2023-11-20 |
 * | obligationDueDate | the due date the judgment sets: thời hiệu starts from it | 2024-06-30 |
 * | instalmentDueDates | periodic obligation: each instalment's due date, separated by `;` | 2024-01-31;2024-02-29 |
 * | releaseDate | the debtor's expected release from prison (Điều 44 k2: "≥ 2 years left" is computed at each date) | 2027-05-01 |
 *
 * The header row names the columns (any order; an unknown or repeated
 * column is a problem). Fields are RFC 4180 (quotes, "" inside quotes); a byte-order mark
 * and CRLF are accepted; blank lines are skipped. Every problem carries its
 * line number and a JSON Pointer into the case it builds.
 *
 * @since 0.1.0
 */
import * as Case from "./Case.js"
import * as Json from "../json/Json.js"
import * as State from "./State.js"
import type * as CaseEvent from "./Event.js"

/**
 * A ledger.
 *
 * @example
 * ```ts
 * const l: Ledger.Ledger = { unitId: "phong-kv-1", cases: [] }
 * ```
 * @since 0.1.0
 */
export interface Ledger {
  readonly unitId: string
  readonly unitName?: string
  readonly cases: ReadonlyArray<Case.Case>
}

/**
 * A problem of a ledger: a case problem, with the CSV line when it comes
 * from CSV.
 *
 * @example
 * ```ts
 * const p: Ledger.Problem = { path: "/cases/0/amountDue", code: "bad-row", line: 2, message: { vi: "…", en: "…" } }
 * ```
 * @since 0.1.0
 */
export interface Problem {
  readonly path: string
  readonly code: Case.ProblemCode | "missing-column" | "unknown-column" | "duplicate-column" | "bad-row"
  readonly message: { readonly vi: string; readonly en: string }
  readonly line?: number
}

/**
 * The result of decoding a ledger.
 *
 * @example
 * ```ts
 * const text = "id,unitId,decisionDate,initiation,requestDate,amountDue\n2024-001,phong-kv-1,2024-02-15,on-request,2024-02-07,50000000\n"
 * const r: Ledger.Result = Ledger.decodeCsv(text)
 * r._tag // "Success"
 * ```
 * @since 0.1.0
 */
export type Result =
  | { readonly _tag: "Success"; readonly ledger: Ledger }
  | { readonly _tag: "Failure"; readonly problems: ReadonlyArray<Problem> }

const isObject = (u: unknown): u is Record<string, unknown> => typeof u === "object" && u !== null && !Array.isArray(u)

/**
 * Decodes a parsed JSON ledger, collecting every problem of every case.
 *
 * @example
 * ```ts
 * Ledger.decode({ unitId: "u", cases: [] }) // { _tag: "Success", ledger: { unitId: "u", cases: [] } }
 * ```
 * @since 0.1.0
 */
export const decode = (u: unknown): Result => {
  const problems: Array<Problem> = []
  const p = (path: string, code: Problem["code"], vi: string, en: string) =>
    problems.push({ path, code, message: { vi, en } })
  if (!isObject(u)) {
    p("", "invalid", "sổ phải là một đối tượng JSON", "a ledger must be a JSON object")
    return { _tag: "Failure", problems }
  }
  for (const k of Object.keys(u))
    if (k !== "unitId" && k !== "unitName" && k !== "cases")
      p(`/${k}`, "unexpected-key", `trường "${k}" không có trong mẫu dữ liệu`, `unexpected field "${k}"`)
  if (typeof u["unitId"] !== "string" || u["unitId"].length === 0)
    p("/unitId", "invalid", "thiếu hoặc sai mã đơn vị (chuỗi không rỗng)", "unitId must be a non-empty string")
  if (u["unitName"] !== undefined && typeof u["unitName"] !== "string")
    p("/unitName", "invalid", "tên đơn vị phải là chuỗi", "unitName must be a string")
  const cases: Array<Case.Case> = []
  if (!Array.isArray(u["cases"])) p("/cases", "invalid", "thiếu danh sách việc (mảng)", "cases must be an array")
  else {
    const ids = new Set<string>()
    u["cases"].forEach((x: unknown, i: number) => {
      const r = Case.decode(x, `/cases/${i}`)
      if (r._tag === "Failure") for (const q of r.problems) problems.push(q)
      else {
        if (ids.has(r.case.id))
          p(`/cases/${i}/id`, "invalid", `mã việc "${r.case.id}" bị trùng`, `duplicate case id "${r.case.id}"`)
        ids.add(r.case.id)
        cases.push(r.case)
      }
    })
  }
  if (problems.length > 0) return { _tag: "Failure", problems }
  return {
    _tag: "Success",
    ledger: {
      unitId: u["unitId"] as string,
      ...(typeof u["unitName"] === "string" ? { unitName: u["unitName"] } : {}),
      cases
    }
  }
}

/**
 * Parses JSON text and decodes a ledger.
 *
 * @example
 * ```ts
 * Ledger.decodeJson("[]") // { _tag: "Failure", problems: [{ path: "", code: "invalid", message: { en: "a ledger must be a JSON object" } }] }
 * ```
 * @since 0.1.0
 */
export const decodeJson = (text: string): Result => {
  const parsed = Json.parse(text)
  return parsed._tag === "NotJson" ? { _tag: "Failure", problems: parsed.problems } : decode(parsed.value)
}

/**
 * The extra lines of a ledger's report (`Aggregate`'s `extra`) that a CSV
 * ledger cannot give (dòng sổ CSV không ghi): they are counted from a case's
 * events (auction sales and hand-overs, state-compensation claims,
 * complaints), which the CSV layout does not keep ({@link toCsv} is lossy),
 * so on a CSV ledger their zeros are not counts.
 *
 * @example
 * ```ts
 * Ledger.notInCsv // ["auctionedNotHandedOver", "stateCompensationOpen", "complaints"]
 * ```
 * @since 0.4.0
 */
export const notInCsv = ["auctionedNotHandedOver", "stateCompensationOpen", "complaints"] as const

/**
 * The columns of the CSV layout, in the order {@link toCsv} writes them.
 *
 * @example
 * ```ts
 * Ledger.csvColumns[0] // "id"
 * ```
 * @since 0.1.0
 */
export const csvColumns = [
  "id",
  "unitId",
  "officerId",
  "decisionDate",
  "decisionNumber",
  "initiation",
  "ground",
  "requestDate",
  "judgmentKind",
  "debtorKind",
  "amountDue",
  "paid",
  "paidDate",
  "status",
  "statusDate",
  "statusGround",
  "assetRecovery",
  "creditInstitution",
  "judgmentEffectiveDate",
  "obligationDueDate",
  "instalmentDueDates",
  "releaseDate"
] as const

const required = ["id", "unitId", "decisionDate", "initiation", "amountDue"] as const

/**
 * Splits CSV text into records of fields (RFC 4180), with the line number
 * each record starts on. Blank lines are skipped.
 *
 * @example
 * ```ts
 * Ledger.parseCsv('a,"b,c"\n1,2').map((r) => r.fields) // [["a", "b,c"], ["1", "2"]]
 * ```
 * @since 0.1.0
 */
export const parseCsv = (text: string): Array<{ readonly line: number; readonly fields: Array<string> }> => {
  const s = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
  const out: Array<{ line: number; fields: Array<string> }> = []
  let fields: Array<string> = []
  let field = ""
  let line = 1
  let start = 1
  let quoted = false
  let any = false
  for (let i = 0; i < s.length; i++) {
    const ch = s[i]!
    if (quoted) {
      if (ch === '"') {
        if (s[i + 1] === '"') {
          field += '"'
          i++
        } else quoted = false
      } else {
        if (ch === "\n") line++
        field += ch
      }
      continue
    }
    if (ch === '"') {
      quoted = true
      any = true
    } else if (ch === ",") {
      fields.push(field)
      field = ""
      any = true
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && s[i + 1] === "\n") i++
      fields.push(field)
      if (any || field.length > 0) out.push({ line: start, fields })
      fields = []
      field = ""
      any = false
      line++
      start = line
    } else {
      field += ch
      any = true
    }
  }
  if (any || field.length > 0) {
    fields.push(field)
    out.push({ line: start, fields })
  }
  return out
}

const DIGITS = /^\d+$/

/**
 * Decodes a ledger from CSV text (layout in the module header). The unit id
 * of the ledger is `unitId` (default: the first row's unit).
 *
 * @example
 * ```ts
 * const text = "id,unitId,decisionDate,initiation,amountDue\n2024-001,phong-kv-1,2024-02-15,on-request,-5\n"
 * const r = Ledger.decodeCsv(text)
 * r._tag // "Failure"
 * if (r._tag === "Failure") for (const p of r.problems) console.log(p.line, p.path, p.message.vi)
 * ```
 * @since 0.1.0
 */
export const decodeCsv = (text: string, unitId?: string): Result => {
  const records = parseCsv(text)
  const problems: Array<Problem> = []
  if (records.length === 0) {
    return {
      _tag: "Failure",
      problems: [
        {
          path: "",
          code: "missing-column",
          line: 1,
          message: { vi: "tệp CSV rỗng: cần dòng tiêu đề", en: "empty CSV: a header row is needed" }
        }
      ]
    }
  }
  const header = records[0]!.fields.map((h) => h.trim())
  const col = new Map<string, number>()
  header.forEach((h, i) => {
    if (!(csvColumns as ReadonlyArray<string>).includes(h)) {
      problems.push({
        path: "",
        code: "unknown-column",
        line: 1,
        message: {
          vi: `cột không xác định "${h}" (các cột: ${csvColumns.join(", ")})`,
          en: `unknown column "${h}" (columns: ${csvColumns.join(", ")})`
        }
      })
    } else if (col.has(h)) {
      problems.push({
        path: "",
        code: "duplicate-column",
        line: 1,
        message: {
          vi: `cột "${h}" lặp lại (cột ${col.get(h)! + 1} và cột ${i + 1}): mỗi cột chỉ được một lần`,
          en: `column "${h}" appears twice (columns ${col.get(h)! + 1} and ${i + 1}): each column may appear once`
        }
      })
    } else col.set(h, i)
  })
  for (const r of required) {
    if (!col.has(r))
      problems.push({
        path: "",
        code: "missing-column",
        line: 1,
        message: { vi: `thiếu cột bắt buộc "${r}"`, en: `missing required column "${r}"` }
      })
  }
  if (problems.length > 0) return { _tag: "Failure", problems }
  const cases: Array<Case.Case> = []
  const ids = new Map<string, number>()
  for (let k = 1; k < records.length; k++) {
    const { line, fields } = records[k]!
    const i = k - 1
    const base = `/cases/${i}`
    const bad = (path: string, vi: string, en: string) =>
      problems.push({
        path: `${base}${path}`,
        code: "bad-row",
        line,
        message: { vi: `dòng ${line}: ${vi}`, en: `line ${line}: ${en}` }
      })
    if (fields.length !== header.length) {
      bad(
        "",
        `có ${fields.length} trường, tiêu đề có ${header.length}`,
        `has ${fields.length} fields, the header has ${header.length}`
      )
      continue
    }
    const get = (name: (typeof csvColumns)[number]): string => {
      const j = col.get(name)
      return j === undefined ? "" : fields[j]!.trim()
    }
    const money = (name: "amountDue" | "paid", path: string): number | undefined => {
      const v = get(name)
      if (v === "") return undefined
      if (!DIGITS.test(v) || !Number.isSafeInteger(Number(v))) {
        bad(
          path,
          `cột ${name}: số tiền phải là số nguyên VND không âm (chỉ chữ số), nhận được "${v}"`,
          `column ${name}: an amount must be whole VND, digits only, got "${v}"`
        )
        return undefined
      }
      return Number(v)
    }
    const amountDue = money("amountDue", "/amountDue")
    const paid = money("paid", "/events/0/amount")
    const initiation = get("initiation")
    const events: Array<Record<string, unknown>> = []
    const paidDate = get("paidDate")
    if (paid !== undefined && paid > 0) {
      if (paidDate === "")
        bad(
          "/events/0/date",
          "cột paidDate: cần ngày thu tiền khi có số tiền đã thu",
          "column paidDate: needed when paid is given"
        )
      events.push({ type: "payment", date: paidDate, amount: paid })
    }
    const status = get("status") || "in-progress"
    const statusDate = get("statusDate")
    const g = get("statusGround")
    const e = events.length
    const needDate = () => {
      if (statusDate === "")
        bad(
          `/events/${e}/date`,
          `cột statusDate: cần ngày của trạng thái "${status}"`,
          `column statusDate: needed for status "${status}"`
        )
    }
    switch (status) {
      case "in-progress":
        break
      case "completed":
        needDate()
        events.push({ type: "completion", date: statusDate })
        break
      case "terminated":
        needDate()
        events.push({ type: "termination", date: statusDate, point: g })
        break
      case "reduced":
        needDate()
        events.push({
          type: "reduction",
          date: statusDate,
          kind: "reduction",
          amount: (amountDue ?? 0) - (paid ?? 0)
        })
        break
      case "delegated":
        needDate()
        events.push({ type: "delegation", date: statusDate })
        break
      case "withdrawn":
      case "cancelled":
        needDate()
        events.push({ type: "withdrawal", date: statusDate, kind: status })
        break
      case "postponed": {
        needDate()
        const m = /^([12])(?:\.(.+))?$/.exec(g)
        if (m === null)
          bad(
            `/events/${e}/clause`,
            `cột statusGround: hoãn cần "1.a"…"1.h" hoặc "2", nhận được "${g}"`,
            `column statusGround: a postponement needs "1.a"…"1.h" or "2", got "${g}"`
          )
        else
          events.push({
            type: "postponement",
            date: statusDate,
            clause: Number(m[1]),
            ...(m[2] !== undefined ? { point: m[2] } : {})
          })
        break
      }
      case "suspended":
        needDate()
        events.push({ type: "suspension", date: statusDate, clause: Number(g) })
        break
      case "not-yet-enforceable":
        needDate()
        events.push({ type: "not-yet-enforceable", date: statusDate, ground: g || "a" })
        break
      case "separate-book":
        needDate()
        events.push(
          { type: "not-yet-enforceable", date: statusDate, ground: g || "a" },
          { type: "separate-book", date: statusDate }
        )
        break
      default:
        bad("/events", `cột status: trạng thái không hợp lệ "${status}"`, `column status: unknown status "${status}"`)
    }
    const flag = (name: "assetRecovery" | "creditInstitution") => {
      const v = get(name)
      if (v !== "" && v !== "0" && v !== "1")
        bad(
          `/flags/${name}`,
          `cột ${name}: phải là 0 hoặc 1, nhận được "${v}"`,
          `column ${name}: must be 0 or 1, got "${v}"`
        )
      return v === "1"
    }
    const assetRecovery = flag("assetRecovery")
    const creditInstitution = flag("creditInstitution")
    const officerId = get("officerId")
    const judgmentKind = get("judgmentKind")
    const judgmentEffectiveDate = get("judgmentEffectiveDate")
    const obligationDueDate = get("obligationDueDate")
    const instalmentDueDates = get("instalmentDueDates")
    const releaseDate = get("releaseDate")
    const obj: Record<string, unknown> = {
      id: get("id"),
      unitId: get("unitId"),
      ...(officerId !== "" ? { officerId } : {}),
      decision: { date: get("decisionDate"), number: get("decisionNumber") },
      initiation:
        initiation === "ex-officio"
          ? { mode: "ex-officio", ground: get("ground") }
          : initiation === "on-request"
            ? { mode: "on-request", requestDate: get("requestDate") }
            : { mode: initiation },
      ...(judgmentKind !== "" ? { judgmentKind } : {}),
      ...(judgmentEffectiveDate !== "" ? { judgmentEffectiveDate } : {}),
      ...(obligationDueDate !== "" ? { obligationDueDate } : {}),
      ...(instalmentDueDates !== ""
        ? { instalments: instalmentDueDates.split(";").map((x) => ({ dueDate: x.trim() })) }
        : {}),
      debtor: { kind: get("debtorKind") || "person", ...(releaseDate !== "" ? { releaseDate } : {}) },
      amountDue: amountDue ?? (get("amountDue") === "" ? undefined : 0),
      ...(assetRecovery || creditInstitution
        ? {
            flags: { ...(assetRecovery ? { assetRecovery } : {}), ...(creditInstitution ? { creditInstitution } : {}) }
          }
        : {}),
      // A payment and a status on different days: in date order (the sort is stable for the same day).
      events: events.sort((a, b) =>
        String(a["date"]) < String(b["date"]) ? -1 : String(a["date"]) > String(b["date"]) ? 1 : 0
      )
    }
    const before = problems.length
    const r = Case.decode(obj, base)
    if (r._tag === "Failure") {
      for (const p of r.problems)
        problems.push({
          ...p,
          line,
          message: { vi: `dòng ${line}: ${p.message.vi}`, en: `line ${line}: ${p.message.en}` }
        })
    } else if (problems.length === before) {
      const prev = ids.get(r.case.id)
      if (prev !== undefined)
        bad("/id", `mã việc "${r.case.id}" trùng với dòng ${prev}`, `duplicate case id "${r.case.id}" (line ${prev})`)
      ids.set(r.case.id, line)
      cases.push(r.case)
    }
  }
  if (problems.length > 0) return { _tag: "Failure", problems }
  return { _tag: "Success", ledger: { unitId: unitId ?? cases[0]?.unitId ?? "unknown", cases } }
}

const csvField = (s: string) => (/[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s)

const statusOf = (c: Case.Case): { status: string; date: string; ground: string } => {
  let r = { status: "in-progress", date: "", ground: "" }
  let settled = 0
  for (const e of c.events as ReadonlyArray<CaseEvent.Event>) {
    switch (e.type) {
      case "payment":
        settled += e.amount
        break
      case "reduction":
        settled += e.amount
        if (c.amountDue > 0 && settled >= c.amountDue) r = { status: "reduced", date: e.date, ground: "" }
        break
      case "completion":
        r = { status: "completed", date: e.date, ground: "" }
        break
      case "termination":
        r = { status: "terminated", date: e.date, ground: e.point }
        break
      case "delegation":
        r = { status: "delegated", date: e.date, ground: "" }
        break
      case "withdrawal":
        r = { status: e.kind, date: e.date, ground: "" }
        break
      case "postponement":
        r = { status: "postponed", date: e.date, ground: e.clause === 2 ? "2" : `1.${e.point ?? ""}` }
        break
      case "suspension":
        r = { status: "suspended", date: e.date, ground: String(e.clause) }
        break
      case "not-yet-enforceable":
        r = { status: "not-yet-enforceable", date: e.date, ground: e.ground }
        break
      case "separate-book":
        r = { status: "separate-book", date: e.date, ground: r.ground }
        break
      case "resumption":
        r = { status: "in-progress", date: "", ground: "" }
        break
      default:
        break
    }
  }
  return r
}

/**
 * Writes a ledger as CSV (layout in the module header). Lossy: the history
 * becomes the total paid (dated at the last payment) and the last status.
 *
 * @example
 * ```ts
 * Ledger.toCsv({ unitId: "u", cases: [] }).split("\r\n")[0]
 * // "id,unitId,officerId,decisionDate,decisionNumber,initiation,ground,requestDate,judgmentKind,debtorKind,amountDue,paid,paidDate,status,statusDate,statusGround,assetRecovery,creditInstitution,judgmentEffectiveDate,obligationDueDate,instalmentDueDates,releaseDate"
 * ```
 * @since 0.1.0
 */
export const toCsv = (ledger: Ledger): string => {
  const lines = [csvColumns.join(",")]
  for (const c of ledger.cases) {
    let paid = 0
    let paidDate = ""
    for (const e of c.events)
      if (e.type === "payment") {
        paid += e.amount
        paidDate = e.date
      }
    const s = statusOf(c)
    const row: Record<(typeof csvColumns)[number], string> = {
      id: c.id,
      unitId: c.unitId,
      officerId: c.officerId ?? "",
      decisionDate: c.decision.date,
      decisionNumber: c.decision.number,
      initiation: c.initiation.mode,
      ground: c.initiation.mode === "ex-officio" ? c.initiation.ground : "",
      requestDate: c.initiation.mode === "on-request" ? c.initiation.requestDate : "",
      judgmentKind: c.judgmentKind ?? "",
      debtorKind: c.debtor.kind,
      amountDue: String(c.amountDue),
      paid: paid > 0 ? String(paid) : "",
      paidDate,
      status: s.status,
      statusDate: s.date,
      statusGround: s.ground,
      assetRecovery: c.flags?.assetRecovery === true ? "1" : "0",
      creditInstitution: c.flags?.creditInstitution === true ? "1" : "0",
      judgmentEffectiveDate: c.judgmentEffectiveDate ?? "",
      obligationDueDate: c.obligationDueDate ?? "",
      instalmentDueDates: (c.instalments ?? []).map((x) => x.dueDate).join(";"),
      releaseDate: State.releaseDateOf(c) ?? ""
    }
    lines.push(csvColumns.map((k) => csvField(row[k])).join(","))
  }
  return `${lines.join("\r\n")}\r\n`
}
