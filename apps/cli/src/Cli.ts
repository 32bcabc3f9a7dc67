/**
 * The `thads` command tree (effect/cli): parsing and help only; each
 * subcommand calls a pure function of ./commands that returns its output or
 * throws a {@link UsageError}.
 *
 * @since 0.1.0
 */
import * as Argument from "effect/cli/Argument"
import * as Command from "effect/cli/Command"
import * as Flag from "effect/cli/Flag"
import * as Clock from "effect/Clock"
import * as Console from "effect/Console"
import * as Effect from "effect/Effect"
import * as Option from "effect/Option"
import { CivilDate } from "@thads/core"
import { calendar } from "./commands/calendar.js"
import { caseClassify } from "./commands/case.js"
import { check, findings } from "./commands/check.js"
import { checkRemote, submit } from "./commands/submit.js"
import { deadline } from "./commands/deadline.js"
import { directive, obligations } from "./commands/directive.js"
import { fulfil, serviceObligations } from "./commands/fulfil.js"
import { encodedForm, formSheet, formsCatalogue } from "./commands/forms.js"
import { interagency, interagencyCheck, specialLines } from "./commands/interagency.js"
import { kpi, schema } from "./commands/kpi.js"
import { ledgerReport } from "./commands/ledger.js"
import { lunar } from "./commands/lunar.js"
import { overview } from "./commands/overview.js"
import { period } from "./commands/period.js"
import { thahc } from "./commands/thahc.js"
import * as Output from "./Output.js"
import * as Stdout from "./Stdout.js"

/**
 * The version printed by `--version`.
 *
 * @example
 * ```ts
 * version // "0.1.0", printed by `thads --version`
 * ```
 * @since 0.1.0
 */
export const version = "0.1.0"

const json = Flag.Boolean("json").pipe(
  Flag.withDefault(false),
  Flag.withDescription("Print exactly one JSON object / In ra đúng một đối tượng JSON")
)
/** For commands that write a file: replace an existing file (never the input). */
const force = Flag.Boolean("force").pipe(
  Flag.withDefault(false),
  Flag.withDescription("Replace an existing output file / Ghi đè tệp đã có")
)
const lang = Flag.Literals("lang", ["vi", "en"]).pipe(
  Flag.withDefault("vi" as const),
  Flag.withDescription("Output language: vi (default) or en / Ngôn ngữ: vi (mặc định) hoặc en")
)

const organization = Flag.String("organization").pipe(
  Flag.withDefault("tay-ninh"),
  Flag.withDescription(
    "Organisation the units belong to (default tay-ninh; none: do not check units) / Tổ chức của các đơn vị"
  )
)
const units = Flag.String("units").pipe(
  Flag.optional,
  Flag.withDescription(
    "Area offices JSON file: the province's Phòng THADS khu vực from its decision (thads schema --units) / Tệp Phòng THADS khu vực"
  )
)

const rulesFile = Flag.String("rules").pipe(
  Flag.optional,
  Flag.withDescription(
    "Rule-set JSON file: regimeEnd, rollForward, cultureDay, holiday overrides, deadline rules (thads schema --rules) / Tệp bộ quy tắc"
  )
)

/** A rule set is for local work: the service checks and tracks with its own. */
const rulesWithServer = (): Output.UsageError =>
  new Output.UsageError({
    vi: "--rules không dùng với --server (máy chủ dùng bộ quy tắc của nó)",
    en: "--rules does not go with --server (the service uses its own rule set)"
  })

/** Area offices given locally are for local work: the service checks with its own. */
const unitsWithServer = (): Output.UsageError =>
  new Output.UsageError({
    vi: "--units không dùng với --server (máy chủ dùng các đơn vị của nó: thads-service serve --units)",
    en: "--units does not go with --server (the service uses its own units: thads-service serve --units)"
  })

/** Today in Vietnam, from the Clock service. */
const today = Effect.map(Clock.currentTimeMillis, (ms) => CivilDate.todayInVietnam(ms))

/**
 * Runs a pure command body and prints its output.
 *
 * @example
 * ```ts
 * import * as Effect from "effect/Effect"
 * await captured(() => Effect.runPromise(emit(() => Output.text(["a", "b"])))) // { stdout: "a\nb\n", exitCode: undefined }
 * await captured(() => Effect.runPromise(emit(() => ({ stdout: "1 error\n", exitCode: 1 })))) // { stdout: "1 error\n", exitCode: 1 }
 * await Effect.runPromise(emit(() => deadline({ year: 2022, months: 13, level: "chi-cuc", json: false, lang: "en" }))) // UsageError: --months must be a whole number from 1 to 12, got "13"
 * ```
 * @since 0.1.0
 */
export const emit = (f: () => Output.Output): Effect.Effect<void, unknown> =>
  Effect.try({ try: f, catch: (e) => e }).pipe(
    Effect.flatMap((out) => {
      if (out.exitCode !== 0) process.exitCode = out.exitCode
      return Console.log(out.stdout.replace(/\n$/, ""))
    })
  )

/**
 * Like {@link emit}, for commands that read or write files asynchronously.
 *
 * @example
 * ```ts
 * import * as Effect from "effect/Effect"
 * const report = fromRoot("examples/report-late.json")
 * const printed = await captured(() => Effect.runPromise(emitAsync(() => check({ paths: [report], format: "json", lang: "en" }))))
 * printed.exitCode // 1: the report has an error finding
 * JSON.parse(printed.stdout).valid // false
 * ```
 * @since 0.1.0
 */
export const emitAsync = (f: () => Promise<Output.Output>): Effect.Effect<void, unknown> =>
  Effect.tryPromise({ try: f, catch: (e) => e }).pipe(
    Effect.flatMap((out) => {
      if (out.exitCode !== 0) process.exitCode = out.exitCode
      if (out.streamed === true) return Effect.void
      // Not a regular expression over the whole output: a batch's can be tens of megabytes.
      return Console.log(out.stdout.endsWith("\n") ? out.stdout.slice(0, -1) : out.stdout)
    })
  )

/** The workbook commands, loaded on first use (ExcelJS is large). */
const workbook = () => import("./commands/workbook.js")

const periodCommand = Command.make(
  "period",
  { date: Argument.String("date").pipe(Argument.withDescription("YYYY-MM-DD")), json, lang },
  (a) => emit(() => period(a))
).pipe(Command.withDescription("The statistical period of a date / Kỳ báo cáo thống kê của một ngày"))

const deadlineCommand = Command.make(
  "deadline",
  {
    year: Flag.Int("year").pipe(Flag.withDescription("Statistical year (1/10 of year−1 to 30/9) / Năm thống kê")),
    months: Flag.Int("months").pipe(Flag.withDescription("Period length 1–12 / Số tháng của kỳ (1–12)")),
    level: Flag.String("level").pipe(Flag.withDescription("chv | chi-cuc | cuc | phong-khu-vuc | thads-tinh")),
    regime: Flag.String("regime").pipe(
      Flag.optional,
      Flag.withDescription("tt01-2013 | tt06-2019 | tt05-2024 (default: in force)")
    ),
    rules: rulesFile,
    json,
    lang
  },
  (a) => emit(() => deadline({ ...a, regime: Option.getOrUndefined(a.regime), rules: Option.getOrUndefined(a.rules) }))
).pipe(Command.withDescription("The deadline of a statistical report / Hạn gửi báo cáo thống kê"))

const calendarCommand = Command.make("calendar", { year: Argument.String("year"), rules: rulesFile, json, lang }, (a) =>
  emit(() => calendar({ ...a, rules: Option.getOrUndefined(a.rules) }))
).pipe(Command.withDescription("Civil servants' days off of a year / Lịch nghỉ lễ, Tết của công chức"))

const lunarCommand = Command.make(
  "lunar",
  {
    values: Argument.String("value").pipe(
      Argument.variadic(),
      Argument.withDescription("YYYY-MM-DD, or <day> <month> <year> with --to-solar")
    ),
    toSolar: Flag.Boolean("to-solar").pipe(
      Flag.withDefault(false),
      Flag.withDescription("Convert a lunar date to solar / Đổi âm lịch sang dương lịch")
    ),
    leap: Flag.Boolean("leap").pipe(
      Flag.withDefault(false),
      Flag.withDescription("The lunar month is a leap month / Tháng nhuận")
    ),
    json,
    lang
  },
  (a) => emit(() => lunar(a))
).pipe(Command.withDescription("Solar ↔ Vietnamese lunar calendar / Đổi ngày dương lịch ↔ âm lịch"))

const overviewCommand = Command.make(
  "overview",
  {
    date: Flag.String("date").pipe(
      Flag.optional,
      Flag.withDescription("Today, YYYY-MM-DD (default: today in Vietnam)")
    ),
    count: Flag.Int("count").pipe(Flag.withDefault(6), Flag.withDescription("How many deadlines")),
    rules: rulesFile,
    json,
    lang
  },
  (a) =>
    Effect.flatMap(today, (t) =>
      emit(() =>
        overview({ ...a, date: Option.getOrUndefined(a.date), rules: Option.getOrUndefined(a.rules), today: t })
      )
    )
).pipe(Command.withDescription("This year's calendar and the next deadlines / Lịch năm nay và các hạn báo cáo sắp tới"))

const kpiCommand = Command.make(
  "kpi",
  {
    file: Argument.String("report").pipe(Argument.withDescription("report.json (canonical format, see thads schema)")),
    previous: Flag.String("previous").pipe(
      Flag.optional,
      Flag.withDescription("Report of the same period last year / Báo cáo cùng kỳ năm trước")
    ),
    json,
    lang
  },
  (a) => emit(() => kpi({ ...a, previous: Option.getOrUndefined(a.previous) }))
).pipe(Command.withDescription("KPIs of a statistical report / Các chỉ số của báo cáo thống kê"))

const schemaCommand = Command.make(
  "schema",
  {
    result: Flag.Boolean("result").pipe(
      Flag.withDefault(false),
      Flag.withDescription("The schema of check results instead / Lược đồ của kết quả kiểm tra")
    ),
    obligations: Flag.Boolean("obligations").pipe(
      Flag.withDefault(false),
      Flag.withDescription(
        "The schema of obligation settings (--settings, obligations.json) instead / Lược đồ của tệp thiết lập nghĩa vụ"
      )
    ),
    units: Flag.Boolean("units").pipe(
      Flag.withDefault(false),
      Flag.withDescription(
        "The schema of area offices files (--units, units.json) instead / Lược đồ của tệp Phòng THADS khu vực"
      )
    ),
    caseSettings: Flag.Boolean("case-settings").pipe(
      Flag.withDefault(false),
      Flag.withDescription(
        "The schema of case settings files (--case-settings) instead / Lược đồ của tệp thiết lập việc thi hành án"
      )
    ),
    rules: Flag.Boolean("rules").pipe(
      Flag.withDefault(false),
      Flag.withDescription("The schema of rule-set files (--rules) instead / Lược đồ của tệp bộ quy tắc")
    ),
    json
  },
  (a) => emit(() => schema(a))
).pipe(Command.withDescription("JSON Schema of the report format / JSON Schema của định dạng báo cáo"))

const directiveCommand = Command.make(
  "directive",
  {
    coverage: Flag.Boolean("coverage").pipe(
      Flag.withDefault(false),
      Flag.withDescription("Show the coverage map / Hiện độ phủ")
    ),
    json,
    lang
  },
  (a) => emit(() => directive(a))
).pipe(Command.withDescription("Chỉ thị 09-CT/TU: actors, provisions, coverage / Chủ thể, nội dung, độ phủ"))

const obligationsCommand = Command.make(
  "obligations",
  {
    from: Flag.String("from").pipe(
      Flag.optional,
      Flag.withDescription("YYYY-MM-DD (required without --server; with it, default the statistical year)")
    ),
    to: Flag.String("to").pipe(
      Flag.optional,
      Flag.withDescription("YYYY-MM-DD (required without --server; with it, default the statistical year)")
    ),
    unit: Flag.String("unit").pipe(Flag.optional, Flag.withDescription("Unit or actor id / Mã đơn vị hoặc chủ thể")),
    submissions: Flag.String("submissions").pipe(
      Flag.optional,
      Flag.withDescription("Submissions JSON file / Tệp báo cáo đã nộp")
    ),
    asOf: Flag.String("as-of").pipe(Flag.optional, Flag.withDescription("Status as of YYYY-MM-DD (default: today)")),
    settings: Flag.String("settings").pipe(
      Flag.optional,
      Flag.withDescription(
        "Obligation settings JSON file: quarters, due rules, §8.1 reviews, ad-hoc requests (thads schema --obligations) / Tệp thiết lập nghĩa vụ"
      )
    ),
    units,
    rules: rulesFile,
    server: Flag.String("server").pipe(
      Flag.optional,
      Flag.withDescription("Read the statuses from a thads service at this URL / Đọc tình trạng từ máy chủ")
    ),
    key: Flag.String("key").pipe(Flag.optional, Flag.withDescription("API key for --server / Khóa API")),
    actor: Flag.String("actor").pipe(
      Flag.optional,
      Flag.withDescription(
        "With --server: a directive actor (A04–A06; A14 with §8.1 reviews scheduled; reviewer or admin key) / Chủ thể"
      )
    ),
    subtree: Flag.Boolean("subtree").pipe(
      Flag.withDefault(false),
      Flag.withDescription("With --server and --unit: also every unit below it / Cả các đơn vị cấp dưới")
    ),
    format: Flag.Literals("format", ["text", "json"]).pipe(
      Flag.withDefault("text" as const),
      Flag.withDescription("text (default) or json (the same as --json)")
    ),
    json,
    lang
  },
  (a) => {
    const server = Option.getOrUndefined(a.server)
    if (server !== undefined)
      return emitAsync(async () => {
        for (const [flag, given] of [
          ["--submissions", a.submissions],
          ["--as-of", a.asOf]
        ] as const)
          if (Option.isSome(given))
            throw new Output.UsageError({
              vi: `${flag} không dùng với --server (máy chủ tính tình trạng từ các báo cáo và bản ghi nó lưu, tại ngày hôm nay)`,
              en: `${flag} does not go with --server (the service tracks the reports and records it holds, as of today)`
            })
        if (Option.isSome(a.settings))
          throw new Output.UsageError({
            vi: "--settings không dùng với --server (máy chủ dùng thiết lập nghĩa vụ của nó: thads-service serve --obligations)",
            en: "--settings does not go with --server (the service uses its own obligation settings: thads-service serve --obligations)"
          })
        if (Option.isSome(a.units)) throw unitsWithServer()
        if (Option.isSome(a.rules)) throw rulesWithServer()
        return serviceObligations({
          server,
          key: required(a.key, "--key"),
          unit: Option.getOrUndefined(a.unit),
          actor: Option.getOrUndefined(a.actor),
          from: Option.getOrUndefined(a.from),
          to: Option.getOrUndefined(a.to),
          subtree: a.subtree,
          format: a.json ? "json" : a.format,
          lang: a.lang
        })
      })
    return Effect.flatMap(today, (t) =>
      emit(() => {
        for (const [flag, given] of [
          ["--key", Option.isSome(a.key)],
          ["--actor", Option.isSome(a.actor)],
          ["--subtree", a.subtree]
        ] as const)
          if (given)
            throw new Output.UsageError({
              vi: `${flag} chỉ dùng với --server`,
              en: `${flag} goes with --server`
            })
        return obligations({
          from: required(a.from, "--from"),
          to: required(a.to, "--to"),
          today: t,
          unit: Option.getOrUndefined(a.unit),
          submissions: Option.getOrUndefined(a.submissions),
          asOf: Option.getOrUndefined(a.asOf),
          settings: Option.getOrUndefined(a.settings),
          units: Option.getOrUndefined(a.units),
          rules: Option.getOrUndefined(a.rules),
          json: a.json || a.format === "json",
          lang: a.lang
        })
      })
    )
  }
).pipe(
  Command.withDescription(
    "Dated obligations and their status, locally or from the service (--server) / Nghĩa vụ báo cáo và tình trạng"
  )
)

const fulfilCommand = Command.make(
  "fulfil",
  {
    obligationId: Argument.String("obligation").pipe(
      Argument.withDescription(
        "The obligation's id, as thads obligations --server lists it (hearing/thads-tay-ninh/2025-12-31)"
      )
    ),
    on: Flag.String("on").pipe(
      Flag.withDescription("The day the hearing was held or the report sent, YYYY-MM-DD / Ngày thực hiện")
    ),
    documentNumber: Flag.String("document-number").pipe(
      Flag.optional,
      Flag.withDescription("The document's number (12-BB/TU) / Số văn bản")
    ),
    documentTitle: Flag.String("document-title").pipe(
      Flag.optional,
      Flag.withDescription("The document's title / Trích yếu văn bản")
    ),
    note: Flag.String("note").pipe(Flag.optional, Flag.withDescription("A note / Ghi chú")),
    supersedes: Flag.String("supersedes").pipe(
      Flag.optional,
      Flag.withDescription("Correct the current record with this id / Sửa (thay thế) bản ghi hiện tại có mã này")
    ),
    server: Flag.String("server").pipe(Flag.withDescription("The thads service URL / Địa chỉ máy chủ")),
    key: Flag.String("key").pipe(
      Flag.withDescription("The unit's submitter key (an admin key for a directive actor's) / Khóa API")
    ),
    idempotencyKey: Flag.String("idempotency-key").pipe(
      Flag.optional,
      Flag.withDescription("Resend safely with the same key (default: a new one) / Khóa chống gửi trùng")
    ),
    format: Flag.Literals("format", ["text", "json"]).pipe(Flag.withDefault("text" as const)),
    lang
  },
  (a) =>
    emitAsync(() =>
      fulfil({
        ...a,
        documentNumber: Option.getOrUndefined(a.documentNumber),
        documentTitle: Option.getOrUndefined(a.documentTitle),
        note: Option.getOrUndefined(a.note),
        supersedes: Option.getOrUndefined(a.supersedes),
        idempotencyKey: Option.getOrUndefined(a.idempotencyKey)
      })
    )
).pipe(
  Command.withDescription(
    "Record on the service that a hearing was held or a steering report sent / Ghi nhận thực hiện nghĩa vụ"
  )
)

const checkCommand = Command.make(
  "check",
  {
    paths: Argument.String("report").pipe(
      Argument.variadic(),
      Argument.withDescription("Report files or directories (*.json, *.xlsx)")
    ),
    format: Flag.Literals("format", ["text", "json"]).pipe(
      Flag.withDefault("text" as const),
      Flag.withDescription("text (default) or json (the same as --json)")
    ),
    json,
    context: Flag.String("context").pipe(
      Flag.optional,
      Flag.withDescription("Directory of earlier and units' reports, and submissions.json / Thư mục ngữ cảnh")
    ),
    organization,
    units,
    rules: rulesFile,
    asOf: Flag.String("as-of").pipe(
      Flag.optional,
      Flag.withDescription("Obligation status as of YYYY-MM-DD (default: today)")
    ),
    server: Flag.String("server").pipe(
      Flag.optional,
      Flag.withDescription("Check on a thads service at this URL instead of locally / Kiểm tra trên máy chủ")
    ),
    key: Flag.String("key").pipe(Flag.optional, Flag.withDescription("API key for --server / Khóa API")),
    lang
  },
  (a) =>
    Option.isSome(a.server)
      ? emitAsync(async () => {
          if (Option.isSome(a.units)) throw unitsWithServer()
          if (Option.isSome(a.rules)) throw rulesWithServer()
          return checkRemote({
            paths: a.paths,
            server: Option.getOrThrow(a.server),
            key: Option.getOrUndefined(a.key),
            format: a.json ? "json" : a.format,
            lang: a.lang
          })
        })
      : Effect.flatMap(today, (t) =>
          emitAsync(async () => {
            const out = Stdout.writer()
            const r = await check({
              ...a,
              context: Option.getOrUndefined(a.context),
              units: Option.getOrUndefined(a.units),
              rules: Option.getOrUndefined(a.rules),
              asOf: Option.getOrUndefined(a.asOf),
              today: t,
              progress: Stdout.progress,
              write: out.write
            })
            out.flush()
            return r
          })
        )
).pipe(
  Command.withDescription(
    "Check statistical reports (.json, .xlsx): findings with citations / Kiểm tra báo cáo thống kê"
  )
)

const required = <A>(o: Option.Option<A>, flag: string): A => {
  if (Option.isSome(o)) return o.value
  throw new Output.UsageError({ vi: `thiếu ${flag}`, en: `missing ${flag}` })
}

const submitCommand = Command.make(
  "submit",
  {
    file: Argument.String("report").pipe(Argument.withDescription("The report (.json or .xlsx)")),
    server: Flag.String("server").pipe(Flag.withDescription("The thads service URL / Địa chỉ máy chủ")),
    key: Flag.String("key").pipe(Flag.withDescription("The unit's API key / Khóa API của đơn vị")),
    idempotencyKey: Flag.String("idempotency-key").pipe(
      Flag.optional,
      Flag.withDescription("Resend safely with the same key (default: a new one) / Khóa chống gửi trùng")
    ),
    format: Flag.Literals("format", ["text", "json"]).pipe(Flag.withDefault("text" as const)),
    lang
  },
  (a) => emitAsync(() => submit({ ...a, idempotencyKey: Option.getOrUndefined(a.idempotencyKey) }))
).pipe(Command.withDescription("Submit a report to the compliance service / Nộp báo cáo lên máy chủ"))

const templateCommand = Command.make(
  "template",
  {
    form: Flag.String("form").pipe(
      Flag.optional,
      Flag.withDescription("Form: 1–12 of TT 05/2024, 01/TKLN-THADS … / Biểu mẫu (docs/forms.md)")
    ),
    unit: Flag.String("unit").pipe(Flag.optional, Flag.withDescription("Reporting unit id / Mã đơn vị báo cáo")),
    unitName: Flag.String("unit-name").pipe(Flag.optional, Flag.withDescription("Unit name / Tên đơn vị")),
    level: Flag.String("level").pipe(
      Flag.optional,
      Flag.withDescription("chv | chi-cuc | cuc | phong-khu-vuc | thads-tinh")
    ),
    year: Flag.Int("year").pipe(Flag.optional, Flag.withDescription("Statistical year / Năm thống kê")),
    months: Flag.Int("months").pipe(Flag.optional, Flag.withDescription("Period length 1–12 / Số tháng của kỳ (1–12)")),
    regime: Flag.String("regime").pipe(
      Flag.optional,
      Flag.withDescription("tt01-2013 | tt06-2019 | tt05-2024 (default: in force)")
    ),
    rows: Flag.Int("rows").pipe(
      Flag.optional,
      Flag.withDescription("Blank rows (0: total row only; default 20, 0 for forms 1 and 2) / Số dòng trống")
    ),
    out: Flag.String("out").pipe(Flag.optional, Flag.withDescription("Output .xlsx / Tệp .xlsx ghi ra")),
    force,
    json,
    lang
  },
  (a) =>
    emitAsync(async () => {
      // --form first: a form whose columns are unknown is refused before anything else is asked.
      const form = Option.isSome(a.form) ? encodedForm(a.form.value) : undefined
      const rows =
        Option.getOrUndefined(a.rows) ?? (form?.coverage.kind === "report" && form.coverage.rows === "total" ? 0 : 20)
      const o = await (await workbook()).template({
        unit: required(a.unit, "--unit"),
        year: required(a.year, "--year"),
        months: required(a.months, "--months"),
        out: required(a.out, "--out"),
        rows,
        json: a.json,
        lang: a.lang,
        unitName: Option.getOrUndefined(a.unitName),
        level: Option.getOrUndefined(a.level),
        regime: Option.getOrUndefined(a.regime),
        force: a.force
      })
      if (form === undefined || a.json) return o
      return {
        ...o,
        stdout: `${o.stdout}${a.lang === "vi" ? `Biểu ${form.code}: ${formSheet(form, "vi")}` : `Form ${form.code}: ${formSheet(form, "en")}`}\n`
      }
    })
).pipe(
  Command.withDescription(
    "A blank report workbook for a unit and period (--form: a form of docs/forms.md) / Mẫu báo cáo Excel trống"
  )
)

const interagencyCommand = Command.make(
  "interagency",
  {
    from: Flag.String("from").pipe(Flag.withDescription("YYYY-MM-DD")),
    to: Flag.String("to").pipe(Flag.withDescription("YYYY-MM-DD")),
    unit: Flag.String("unit").pipe(Flag.optional, Flag.withDescription("Enforcement unit id / Mã đơn vị THADS")),
    form: Flag.String("form").pipe(Flag.optional, Flag.withDescription("01 | 02 | 03 | 04 (/TKLN-THADS)")),
    events: Flag.String("events").pipe(
      Flag.optional,
      Flag.withDescription("Steps done, JSON / Tệp các bước đã thực hiện")
    ),
    asOf: Flag.String("as-of").pipe(Flag.optional, Flag.withDescription("Status as of YYYY-MM-DD (default: today)")),
    rules: rulesFile,
    json,
    lang
  },
  (a) =>
    Effect.flatMap(today, (t) =>
      emit(() =>
        interagency({
          ...a,
          today: t,
          unit: Option.getOrUndefined(a.unit),
          form: Option.getOrUndefined(a.form),
          events: Option.getOrUndefined(a.events),
          asOf: Option.getOrUndefined(a.asOf),
          rules: Option.getOrUndefined(a.rules)
        })
      )
    )
).pipe(
  Command.withDescription(
    "Inter-agency statistics (TTLT 12/2021): steps, deadlines, status / Thống kê liên ngành: các bước, thời hạn"
  )
)

const interagencyCheckCommand = Command.make(
  "interagency-check",
  {
    files: Argument.String("files").pipe(Argument.variadic({ min: 1 }), Argument.withDescription("Figures JSON")),
    report: Flag.String("report").pipe(
      Flag.optional,
      Flag.withDescription("The office's statistical report (JSON) / Báo cáo thống kê của đơn vị")
    ),
    json,
    lang
  },
  (a) =>
    emit(() =>
      interagencyCheck({
        files: a.files,
        reports: Option.isSome(a.report) ? [a.report.value] : [],
        json: a.json,
        lang: a.lang
      })
    )
).pipe(Command.withDescription("Cross-check inter-agency figures / Đối chiếu số liệu liên ngành"))

const specialLinesCommand = Command.make(
  "special-lines",
  {
    file: Argument.String("file").pipe(Argument.withDescription("Special lines JSON")),
    previous: Flag.String("previous").pipe(
      Flag.optional,
      Flag.withDescription("The previous year's file / Số liệu năm trước")
    ),
    json,
    lang
  },
  (a) => emit(() => specialLines({ ...a, previous: Option.getOrUndefined(a.previous) }))
).pipe(
  Command.withDescription(
    "Asset recovery in corruption cases and complaints: KPIs and checks / Thu hồi tài sản, khiếu nại"
  )
)

const formsCommand = Command.make("forms", { json }, (a) => emit(() => formsCatalogue(a))).pipe(
  Command.withDescription("The statistical forms and what thads encodes (docs/forms.md) / Danh mục biểu mẫu thống kê")
)

const annotateCommand = Command.make(
  "annotate",
  {
    file: Argument.String("file").pipe(Argument.withDescription("Workbook .xlsx / Sổ tính .xlsx")),
    out: Flag.String("out").pipe(Flag.withDescription("Annotated copy .xlsx / Bản có ghi chú .xlsx")),
    force,
    organization,
    json,
    lang
  },
  (a) => emitAsync(async () => (await workbook()).annotate(a))
).pipe(
  Command.withDescription("A copy of a workbook with the findings on its cells / Bản sao sổ tính có ghi chú phát hiện")
)

const findingsCommand = Command.make("findings", { json }, (a) => emit(() => findings(a))).pipe(
  Command.withDescription("The catalogue of finding codes (Markdown) / Danh mục mã phát hiện")
)

/** `--case-settings FILE` of the case and ledger commands. */
const caseSettings = Flag.String("case-settings").pipe(
  Flag.optional,
  Flag.withDescription(
    "Case settings JSON file: the values the law read does not give, age bands, §2.4/§2.5 thresholds (thads schema --case-settings) / Tệp thiết lập việc thi hành án"
  )
)

const caseClassifyCommand = Command.make(
  "classify",
  {
    file: Argument.String("case").pipe(Argument.withDescription("case.json (một việc thi hành án)")),
    at: Flag.String("at").pipe(
      Flag.optional,
      Flag.withDescription("Date YYYY-MM-DD (default: today in Vietnam) / Ngày phân loại")
    ),
    caseSettings,
    rules: rulesFile,
    json,
    lang
  },
  (a) =>
    Effect.flatMap(today, (t) =>
      emit(() =>
        caseClassify({
          ...a,
          at: Option.getOrUndefined(a.at),
          caseSettings: Option.getOrUndefined(a.caseSettings),
          rules: Option.getOrUndefined(a.rules),
          today: t
        })
      )
    )
).pipe(
  Command.withDescription("Category, ground and time limits of a case / Phân loại việc thi hành án, căn cứ và thời hạn")
)

const caseCommand = Command.make("case").pipe(
  Command.withDescription("Enforcement cases / Việc thi hành án"),
  Command.withSubcommands([caseClassifyCommand])
)

const ledgerReportCommand = Command.make(
  "report",
  {
    file: Argument.String("ledger").pipe(Argument.withDescription("ledger.json or ledger.csv (one row per case)")),
    year: Flag.Int("year").pipe(Flag.withDescription("Statistical year (1/10 of year−1 to 30/9) / Năm thống kê")),
    months: Flag.Int("months").pipe(Flag.withDescription("Period length 1–12 / Số tháng của kỳ (1–12)")),
    rowsBy: Flag.Literals("rows", ["officer", "unit"]).pipe(
      Flag.withDefault("officer" as const),
      Flag.withDescription("One row per officer (default) or per sub-unit / Dòng theo Chấp hành viên hoặc đơn vị")
    ),
    out: Flag.String("out").pipe(
      Flag.optional,
      Flag.withDescription("Also write the report JSON to this file / Ghi báo cáo JSON ra tệp")
    ),
    caseSettings,
    force,
    json,
    lang
  },
  (a) =>
    emit(() =>
      ledgerReport({ ...a, out: Option.getOrUndefined(a.out), caseSettings: Option.getOrUndefined(a.caseSettings) })
    )
).pipe(Command.withDescription("Statistical report from a ledger of cases / Báo cáo thống kê từ sổ thụ lý"))

const thahcCommand = Command.make(
  "thahc",
  {
    file: Argument.String("cases").pipe(
      Argument.withDescription(
        "THAHC cases JSON: an array or { cases: [...] } / Tệp việc theo dõi thi hành án hành chính"
      )
    ),
    asOf: Flag.String("as-of").pipe(
      Flag.optional,
      Flag.withDescription("Status as of YYYY-MM-DD (default: today in Vietnam) / Tại ngày")
    ),
    format: Flag.Literals("format", ["text", "json"]).pipe(
      Flag.withDefault("text" as const),
      Flag.withDescription("text (default) or json (the same as --json)")
    ),
    json,
    lang
  },
  (a) =>
    Effect.flatMap(today, (t) =>
      emit(() =>
        thahc({
          file: a.file,
          asOf: Option.getOrUndefined(a.asOf),
          today: t,
          format: a.json ? "json" : a.format,
          lang: a.lang
        })
      )
    )
).pipe(
  Command.withDescription(
    "Administrative judgments (THAHC): status, deadlines, late steps, form 03/TKLN-THADS counts / Theo dõi thi hành án hành chính"
  )
)

const ledgerCommand = Command.make("ledger").pipe(
  Command.withDescription("Ledgers of cases / Sổ thụ lý"),
  Command.withSubcommands([ledgerReportCommand])
)

/**
 * The root command.
 *
 * @example
 * ```ts
 * import * as NodeServices from "@effect/platform-node/NodeServices"
 * import * as Command from "effect/cli/Command"
 * import * as Effect from "effect/Effect"
 * const program = Command.runWith(thads, { version })(["calendar", "2024", "--json"])
 * const printed = await captured(() => Effect.runPromise(Effect.provide(program, NodeServices.layer)))
 * JSON.parse(printed.stdout).tet // "2024-02-10"
 * ```
 * @since 0.1.0
 */
export const thads = Command.make("thads").pipe(
  Command.withDescription(
    "thads — Vietnamese civil judgment enforcement (THADS) rules as code / quy định thi hành án dân sự dưới dạng mã"
  ),
  Command.withSubcommands([
    checkCommand,
    submitCommand,
    fulfilCommand,
    findingsCommand,
    templateCommand,
    formsCommand,
    interagencyCommand,
    interagencyCheckCommand,
    specialLinesCommand,
    annotateCommand,
    caseCommand,
    thahcCommand,
    ledgerCommand,
    periodCommand,
    deadlineCommand,
    calendarCommand,
    lunarCommand,
    kpiCommand,
    schemaCommand,
    directiveCommand,
    obligationsCommand,
    overviewCommand
  ])
)
