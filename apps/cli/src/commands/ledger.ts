/**
 * `thads ledger report <ledger.json|.csv> --year <Y> --months <M> [--case-settings <file>] [--json]`:
 * the statistical report (V01–V14, T01–T14, one row per Chấp hành viên plus
 * the total) and the directive's extra lines, aggregated from a ledger of
 * cases. JSON ledgers are `{ unitId, cases: [...] }`; the CSV layout (one row
 * per case) is documented in `Ledger` of @thads/core. A ledger that does not
 * decode → exit 1 and every problem with its path (and CSV line).
 *
 * `--case-settings FILE` sets the case rules' values the law read does not
 * give, the age bands of the extra lines and the Chỉ thị 09 §2.4 / §2.5 age
 * thresholds (docs/case-settings.schema.json; a file that does not decode →
 * exit 2 naming its pointers). The §2.4 / §2.5 checks run on the ages of the
 * auctions not handed over and the claims open at the period end; without a
 * threshold, or on a CSV ledger (which records neither), they are not
 * applicable. A fail is the directive's aim missed on an assumed threshold:
 * it does not change the exit code.
 *
 * `--json` prints `{ valid, report, extra, directiveChecks, identityFailures }`;
 * `.report` is the canonical report (`thads kpi` reads it). `--out F [--force]` also
 * writes the report to F (atomically; never over the ledger, never over an
 * existing file without --force), ready for `thads check` and `thads kpi`.
 *
 * @since 0.1.0
 */
import { Aggregate, Identity, Ledger, LedgerChecks, StatisticalPeriod } from "@thads/core"
import { parsePeriod } from "../Input.js"
import { readCaseSettings } from "./case.js"
import * as Output from "../Output.js"
import { formatNumber } from "./kpi.js"
import { checkWritable, problemLines, readText, writeAtomic } from "../Files.js"

/**
 * Runs `thads ledger report`.
 *
 * @example
 * ```ts
 * const out = ledgerReport({ file: fromRoot("examples/ledger-sample.csv"), year: 2023, months: 12, json: true, lang: "vi" })
 * JSON.parse(out.stdout).report.header // { unitId: "chi-cuc-go-dau", year: 2023, months: 12, regime: "tt06-2019" }
 * ```
 * @since 0.1.0
 */
export const ledgerReport = (input: {
  readonly file: string
  readonly year: number
  readonly months: number
  readonly rowsBy?: "officer" | "unit" | undefined
  readonly out?: string | undefined
  readonly force?: boolean
  /** A case settings file (`--case-settings`): the rules' settings, the age bands, the §2.4 / §2.5 thresholds. */
  readonly caseSettings?: string | undefined
  readonly json: boolean
  readonly lang: Output.Lang
}): Output.Output => {
  const { lang } = input
  const period = parsePeriod(input.year, input.months)
  const settings = readCaseSettings(input.caseSettings)
  if (input.out !== undefined) checkWritable(input.out, { inputs: [input.file], force: input.force === true })
  const text = readText(input.file)
  const csv = /\.csv$/i.test(input.file)
  const decoded = csv ? Ledger.decodeCsv(text) : Ledger.decodeJson(text)
  if (decoded._tag === "Failure") {
    return input.json
      ? { ...Output.json({ valid: false, file: input.file, problems: decoded.problems }), exitCode: 1 }
      : {
          ...Output.text(problemLines(input.file, { vi: "sổ thụ lý", en: "ledger" }, decoded.problems, lang)),
          exitCode: 1
        }
  }
  const { report, extra, identities } = Aggregate.aggregate(decoded.ledger, {
    year: period.year,
    months: period.months,
    rowsBy: input.rowsBy ?? "officer",
    settings: settings.classify,
    ageEdgesMonths: settings.ageEdgesMonths
  })
  // Chỉ thị 09 §2.4 / §2.5 on the open ages (a CSV ledger records no auctions or claims).
  const checks = LedgerChecks.run(extra.openAgesDays, settings.thresholds, { recorded: !csv })
  const failures = Identity.evaluate(report, { settings: identities, onlyFailures: true })
  if (input.out !== undefined)
    writeAtomic(input.out, `${JSON.stringify(report, null, 2)}\n`, {
      inputs: [input.file],
      force: input.force === true
    })
  if (input.json)
    return Output.json({
      valid: true,
      report,
      extra,
      directiveChecks: checks,
      // A CSV ledger has no events: its zeros for these lines are not counts.
      ...(csv ? { notRecorded: Ledger.notInCsv } : {}),
      identityFailures: failures.length,
      ...(input.out === undefined ? {} : { out: input.out })
    })
  const n = (x: number) => formatNumber(x, lang)
  const unrecorded = Output.t(lang, "sổ CSV không ghi (không có sự kiện)", "not recorded in a CSV ledger (no events)")
  const cases = report.cases.total as unknown as Record<string, number>
  const money = report.money.total as unknown as Record<string, number>
  const slots = ["01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12", "13", "14"]
  const names: Record<string, [string, string]> = {
    "01": ["cũ chuyển sang", "carried over"],
    "02": ["thụ lý mới", "new"],
    "03": ["tổng thụ lý", "total caseload"],
    "04": ["ủy thác", "delegated"],
    "05": ["thu hồi, hủy", "withdrawn/cancelled"],
    "06": ["phải thi hành", "must enforce"],
    "07": ["có điều kiện", "enforceable"],
    "08": ["thi hành xong", "completed"],
    "09": ["đang thi hành", "in progress"],
    "10": ["hoãn, tạm đình chỉ, khác", "postponed/suspended/other"],
    "11": ["chưa có điều kiện", "not yet enforceable"],
    "12": ["sổ theo dõi riêng", "separate book"],
    "13": ["chuyển kỳ sau", "carried forward"],
    "14": ["có điều kiện chuyển kỳ sau", "enforceable carried forward"]
  }
  const lines = [
    Output.t(
      lang,
      `Báo cáo thống kê của ${report.header.unitId}, kỳ ${StatisticalPeriod.label(period, "vi")} (${decoded.ledger.cases.length} việc trong sổ)`,
      `Statistical report of ${report.header.unitId}, period: ${StatisticalPeriod.label(period, "en")} (${decoded.ledger.cases.length} cases in the ledger)`
    ),
    "",
    Output.t(lang, "chỉ tiêu | việc | tiền (đ)", "indicator | cases | money (VND)")
  ]
  for (const s of slots)
    lines.push(`V${s}/T${s} ${names[s]![lang === "vi" ? 0 : 1]}: ${n(cases[`V${s}`]!)} | ${n(money[`T${s}`]!)}`)
  lines.push("", Output.t(lang, "Các dòng bổ sung:", "Extra lines:"))
  const edges = settings.ageEdgesMonths.join(", ")
  lines.push(
    `  ${Output.t(lang, `(khoảng tuổi theo giả định: thiết lập ageEdgesMonths = ${edges}; "kéo dài" chưa có định nghĩa chính thức)`, `(age bands assumed: setting ageEdgesMonths = ${edges}; "long-running" has no official definition)`)}`
  )
  for (const b of extra.enforceableByAge) {
    const range = b.toMonths === null ? `≥ ${b.fromMonths}` : `${b.fromMonths}–${b.toMonths}`
    lines.push(
      `  ${Output.t(lang, `có điều kiện chuyển kỳ sau, ${range} tháng`, `enforceable carried forward, ${range} months`)}: ${n(b.cases)} | ${n(b.amount)}`
    )
  }
  lines.push(
    `  ${Output.t(lang, "đã bán đấu giá, chưa giao tài sản", "auctioned, not handed over")}: ${csv ? unrecorded : `${n(extra.auctionedNotHandedOver.cases)} | ${n(extra.auctionedNotHandedOver.amount)}`}`
  )
  lines.push(
    `  ${Output.t(lang, "yêu cầu bồi thường nhà nước đang giải quyết", "state-compensation claims open")}: ${csv ? unrecorded : n(extra.stateCompensationOpen)}`
  )
  lines.push(
    `  ${Output.t(lang, "thu hồi tài sản án tham nhũng, kinh tế (phải thi hành / có ĐK / xong)", "corruption/economic asset recovery (must enforce / enforceable / completed)")}: ${n(extra.assetRecovery.mustEnforce.cases)} / ${n(extra.assetRecovery.enforceable.cases)} / ${n(extra.assetRecovery.completed.cases)} | ${n(extra.assetRecovery.mustEnforce.amount)} / ${n(extra.assetRecovery.enforceable.amount)} / ${n(extra.assetRecovery.completed.amount)}`
  )
  lines.push(
    `  ${Output.t(lang, "khoản nợ tổ chức tín dụng (phải thi hành / có ĐK / xong)", "credit-institution debts (must enforce / enforceable / completed)")}: ${n(extra.creditInstitution.mustEnforce.cases)} / ${n(extra.creditInstitution.enforceable.cases)} / ${n(extra.creditInstitution.completed.cases)}`
  )
  lines.push(
    `  ${Output.t(lang, "khiếu nại (nhận trong kỳ / chưa giải quyết)", "complaints (received / open)")}: ${csv ? unrecorded : `${n(extra.complaints.received)} / ${n(extra.complaints.open)}`}`
  )
  lines.push(
    `  ${Output.t(lang, "chuyển sổ theo dõi riêng trong kỳ / gửi lại yêu cầu", "moved to the separate book / request sent back")}: ${n(extra.separateBook.movedInPeriod)} / ${n(extra.returned)}`
  )
  lines.push("", Output.t(lang, "Kiểm tra theo Chỉ thị 09-CT/TU:", "Directive 09-CT/TU checks:"))
  const mark = { pass: "✓", fail: "✗", "not-applicable": "·" } as const
  for (const c of checks) {
    const rests =
      c.setting === undefined
        ? ""
        : Output.t(
            lang,
            ` [giả định: thiết lập ${c.setting.key} = ${c.setting.value}]`,
            ` [assumed: setting ${c.setting.key} = ${c.setting.value}]`
          )
    lines.push(
      `  ${mark[c.outcome.status]} §${c.provisions.join(", §")} ${c.title[lang]}: ${c.outcome.message[lang]}${rests}`
    )
  }
  if (failures.length > 0)
    lines.push(
      "",
      Output.t(
        lang,
        `Cảnh báo: ${failures.length} đẳng thức không thỏa mãn`,
        `Warning: ${failures.length} identity check(s) fail`
      )
    )
  if (input.out !== undefined)
    lines.push("", Output.t(lang, `Đã ghi báo cáo ra ${input.out}`, `Wrote the report to ${input.out}`))
  return Output.text(lines)
}
