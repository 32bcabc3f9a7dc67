/**
 * The statistical report (báo cáo thống kê thi hành án dân sự) as the
 * canonical JSON interchange format, defined by an Effect Schema: a header
 * (reporting unit, statistical year, months, regime, timestamps), a cases
 * table and a money table, each with one row per sub-unit or enforcement
 * officer (Chấp hành viên) plus a total row.
 *
 * Counts are non-negative safe integers. Money is exact integer VND: a
 * non-negative safe integer (≤ 2^53 − 1 ≈ 9×10^15; national totals reach
 * 3×10^14). A larger value, a fraction or a string is a decoding problem,
 * never a silently rounded float.
 *
 * The Schema is the source of truth: the types, the JSON Schema
 * ({@link jsonSchema}) and the fast decoder of ./Decode.ts are derived from it
 * or cross-checked against it in the tests.
 *
 * @since 0.1.0
 */
import * as Schema from "effect/Schema"
import * as CivilDate from "../base/CivilDate.js"
import type * as ReportingDeadline from "../calendar/ReportingDeadline.js"
import type { CaseId, MoneyId } from "./Indicator.js"
import * as Indicator from "./Indicator.js"
import * as JsonSchema from "../json/JsonSchema.js"

/**
 * The version of the interchange format.
 *
 * @example
 * ```ts
 * Report.formatVersion // "1"
 * ```
 * @since 0.1.0
 */
export const formatVersion = "1" as const

/**
 * A count of cases (số việc): a non-negative safe integer.
 *
 * @example
 * ```ts
 * import * as Schema from "effect/Schema"
 * Schema.decodeUnknownSync(Report.Count)(766) // 766
 * Schema.decodeUnknownSync(Report.Count)(-1) // SchemaError: Expected a value greater than or equal to 0
 * ```
 * @since 0.1.0
 */
export const Count = Schema.Int.check(Schema.isGreaterThanOrEqualTo(0)).annotate({
  title: "Count",
  description: "A number of cases (việc): a whole number ≥ 0"
})

/**
 * An amount of money (số tiền) in VND: a non-negative safe integer.
 *
 * @example
 * ```ts
 * import * as Schema from "effect/Schema"
 * Schema.decodeUnknownSync(Report.Amount)(1_185_936_245_324) // 1185936245324
 * Schema.decodeUnknownSync(Report.Amount)(1.5) // SchemaError: Expected an integer
 * ```
 * @since 0.1.0
 */
export const Amount = Schema.Int.check(Schema.isGreaterThanOrEqualTo(0)).annotate({
  title: "Amount",
  description: "An amount in Vietnamese đồng (VND): a whole number ≥ 0 and ≤ 2^53 − 1"
})

/**
 * The counts of one row of the cases table, V01–V14.
 *
 * @example
 * ```ts
 * const report = Synthetic.report({ seed: 1, rows: 3 })
 * const total: Report.CaseCounts = report.cases.total
 * total.V08 // 2518: completed (thi hành xong), cases
 * ```
 * @since 0.1.0
 */
export type CaseCounts = { readonly [K in CaseId]: number }

/**
 * The amounts of one row of the money table, T01–T14 (VND).
 *
 * @example
 * ```ts
 * const report = Synthetic.report({ seed: 1, rows: 3 })
 * const total: Report.MoneyAmounts = report.money.total
 * total.T08 // 10701944019700: completed (thi hành xong), VND
 * ```
 * @since 0.1.0
 */
export type MoneyAmounts = { readonly [K in MoneyId]: number }

/**
 * What a row describes: a sub-unit (đơn vị) or an enforcement officer
 * (Chấp hành viên).
 *
 * @example
 * ```ts
 * const kind: Report.RowKind = "officer"
 * ```
 * @since 0.1.0
 */
export type RowKind = "unit" | "officer"

/**
 * Identification of a row.
 *
 * @example
 * ```ts
 * const h: Report.RowHeader = { id: "van-phong-cuc", name: "Văn phòng Cục THADS tỉnh Tây Ninh", kind: "unit" }
 * ```
 * @since 0.1.0
 */
export interface RowHeader {
  /** Sub-unit id or officer id, unique within the table. */
  readonly id: string
  readonly name?: string
  readonly kind?: RowKind
}

/**
 * A row of the cases table.
 *
 * @example
 * ```ts
 * const row: Report.CaseRow = {
 *   id: "van-phong-cuc", kind: "unit", V01: 312, V02: 454, V03: 766, V04: 13, V05: 7, V06: 746, V07: 635,
 *   V08: 423, V09: 212, V10: 15, V11: 96, V12: 168, V13: 323, V14: 212
 * }
 * ```
 * @since 0.1.0
 */
export type CaseRow = RowHeader & CaseCounts

/**
 * A row of the money table.
 *
 * @example
 * ```ts
 * const report = Synthetic.report({ seed: 1, rows: 3 })
 * const row: Report.MoneyRow = report.money.rows[0]!
 * row.T08 // 4015711385080: completed (thi hành xong), VND
 * ```
 * @since 0.1.0
 */
export type MoneyRow = RowHeader & MoneyAmounts

/**
 * A table: its rows and its total row (dòng tổng cộng).
 *
 * @example
 * ```ts
 * const report = Synthetic.report({ seed: 1, rows: 3 })
 * const cases: Report.TableOf<Report.CaseRow, Report.CaseCounts> = report.cases
 * cases.total.V08 // 2518
 * cases.rows.reduce((sum, row) => sum + row.V08, 0) // 2518: the total is the sum of the rows
 * ```
 * @since 0.1.0
 */
export interface TableOf<Row, Total> {
  readonly rows: ReadonlyArray<Row>
  readonly total: Total
}

/**
 * The report header.
 *
 * @example
 * ```ts
 * const header: Report.Header = {
 *   unitId: "cuc-tay-ninh", level: "cuc", year: 2023, months: 12, regime: "tt06-2019", submittedAt: "2023-10-05T16:00:00+07:00"
 * }
 * ```
 * @since 0.1.0
 */
export interface Header {
  /** The reporting unit (đơn vị báo cáo), e.g. "tay-ninh". */
  readonly unitId: string
  readonly unitName?: string
  /** The reporting level of the unit. */
  readonly level?: ReportingDeadline.Level
  /** Statistical year: 1/10 of year − 1 to 30/9 of year. */
  readonly year: number
  /** Cumulative months of the period, 1–12. */
  readonly months: number
  readonly regime: ReportingDeadline.Regime
  /** When the report was prepared (ISO 8601 date-time with offset). */
  readonly preparedAt?: string
  /** When the report was sent (ISO 8601 date-time with offset). */
  readonly submittedAt?: string
}

/**
 * A statistical report.
 *
 * @example
 * ```ts
 * const r: Report.Report = Synthetic.report({ seed: 9, rows: 3 })
 * r.header // { unitId: "synthetic", year: 2023, months: 12, regime: "tt06-2019" }
 * ```
 * @since 0.1.0
 */
export interface Report {
  readonly formatVersion?: typeof formatVersion
  readonly header: Header
  readonly cases: TableOf<CaseRow, CaseCounts>
  readonly money: TableOf<MoneyRow, MoneyAmounts>
}

const fieldsOf = <S>(table: Indicator.Table, schema: S): Record<string, S> =>
  Object.fromEntries(Indicator.idsOf(table).map((id) => [id, schema]))

const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?:Z|([+-])(\d{2}):(\d{2}))$/

/**
 * Why a string is not a real ISO 8601 date-time with a time-zone offset
 * (`YYYY-MM-DDTHH:MM[:SS[.fff]](Z|±HH:MM)`), or undefined when it is one:
 * the date must exist in the calendar (no 2023-02-30, no 0000-00-00), the
 * hour is 00–23 (no 24:00), minutes and seconds 00–59, and the offset at
 * most ±14:00 (no +25:00).
 *
 * @example
 * ```ts
 * Report.dateTimeProblem("2022-04-01T09:30:00+07:00") // undefined
 * Report.dateTimeProblem("2023-02-30T10:00:00+07:00")?.en // "day 30 is outside 1–28 for 02/2023"
 * Report.dateTimeProblem("2022-04-01T09:30:00+25:00")?.en // "the offset +25:00 is beyond ±14:00"
 * ```
 * @since 0.1.0
 */
export const dateTimeProblem = (s: string): { readonly vi: string; readonly en: string } | undefined => {
  const m = DATE_TIME.exec(s)
  if (m === null)
    return {
      vi: "không đúng dạng ngày giờ ISO 8601 có múi giờ (vd. 2022-04-01T09:30:00+07:00)",
      en: "not an ISO 8601 date-time with an offset (e.g. 2022-04-01T09:30:00+07:00)"
    }
  const date = CivilDate.validateParts({ year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) })
  if (date !== undefined) return date
  const hour = Number(m[4])
  if (hour > 23) return { vi: `giờ ${m[4]} nằm ngoài 00–23`, en: `hour ${m[4]} is outside 00–23` }
  if (Number(m[5]) > 59) return { vi: `phút ${m[5]} nằm ngoài 00–59`, en: `minute ${m[5]} is outside 00–59` }
  if (m[6] !== undefined && Number(m[6]) > 59)
    return { vi: `giây ${m[6]} nằm ngoài 00–59`, en: `second ${m[6]} is outside 00–59` }
  if (m[7] !== undefined) {
    const oh = Number(m[8])
    const om = Number(m[9])
    const offset = `${m[7]}${m[8]}:${m[9]}`
    if (om > 59)
      return { vi: `múi giờ ${offset}: phút nằm ngoài 00–59`, en: `the offset ${offset}: minutes outside 00–59` }
    if (oh * 60 + om > 14 * 60)
      return { vi: `múi giờ ${offset} vượt quá ±14:00`, en: `the offset ${offset} is beyond ±14:00` }
  }
  return undefined
}

const DateTime = Schema.String.check(
  Schema.isPattern(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/, {
    title: "DateTime",
    description: "An ISO 8601 date-time with a time-zone offset, e.g. 2022-04-01T09:30:00+07:00"
  }),
  Schema.makeFilter((s: string) => dateTimeProblem(s)?.en, {
    title: "DateTime",
    description: "A real calendar date, hour 00–23, minutes and seconds 00–59, offset within ±14:00"
  })
)

const NonEmpty = Schema.String.check(Schema.isMinLength(1))

const rowHeaderFields = {
  id: NonEmpty,
  name: Schema.optionalKey(Schema.String),
  kind: Schema.optionalKey(Schema.Literals(["unit", "officer"]))
}

/**
 * Schema of the counts of the cases table (the total row).
 *
 * @example
 * ```ts
 * import * as Schema from "effect/Schema"
 * const report = Synthetic.report({ seed: 1, rows: 3 })
 * Schema.decodeUnknownSync(Report.CaseCountsSchema)(report.cases.total)
 * ```
 * @since 0.1.0
 */
export const CaseCountsSchema = Schema.Struct(fieldsOf("cases", Count)) as unknown as Schema.Codec<CaseCounts>

/**
 * Schema of the amounts of the money table (the total row).
 *
 * @example
 * ```ts
 * import * as Schema from "effect/Schema"
 * const report = Synthetic.report({ seed: 1, rows: 3 })
 * Schema.decodeUnknownSync(Report.MoneyAmountsSchema)(report.money.total)
 * ```
 * @since 0.1.0
 */
export const MoneyAmountsSchema = Schema.Struct(fieldsOf("money", Amount)) as unknown as Schema.Codec<MoneyAmounts>

/**
 * Schema of a cases row.
 *
 * @example
 * ```ts
 * import * as Schema from "effect/Schema"
 * const report = Synthetic.report({ seed: 1, rows: 3 })
 * Schema.decodeUnknownSync(Report.CaseRowSchema)(report.cases.rows[0])
 * ```
 * @since 0.1.0
 */
export const CaseRowSchema = Schema.Struct({
  ...rowHeaderFields,
  ...fieldsOf("cases", Count)
}) as unknown as Schema.Codec<CaseRow>

/**
 * Schema of a money row.
 *
 * @example
 * ```ts
 * import * as Schema from "effect/Schema"
 * const report = Synthetic.report({ seed: 1, rows: 3 })
 * Schema.decodeUnknownSync(Report.MoneyRowSchema)(report.money.rows[0])
 * ```
 * @since 0.1.0
 */
export const MoneyRowSchema = Schema.Struct({
  ...rowHeaderFields,
  ...fieldsOf("money", Amount)
}) as unknown as Schema.Codec<MoneyRow>

/**
 * Schema of the header.
 *
 * @example
 * ```ts
 * import * as Schema from "effect/Schema"
 * Schema.decodeUnknownSync(Report.HeaderSchema)({ unitId: "cuc-tay-ninh", year: 2023, months: 12, regime: "tt06-2019" })
 * ```
 * @since 0.1.0
 */
export const HeaderSchema = Schema.Struct({
  unitId: NonEmpty,
  unitName: Schema.optionalKey(Schema.String),
  level: Schema.optionalKey(Schema.Literals(["chv", "chi-cuc", "cuc", "phong-khu-vuc", "thads-tinh"])),
  year: Schema.Int.check(Schema.isBetween({ minimum: 2000, maximum: 2199 })),
  months: Schema.Int.check(Schema.isBetween({ minimum: 1, maximum: 12 })),
  regime: Schema.Literals(["tt01-2013", "tt06-2019", "tt05-2024"]),
  preparedAt: Schema.optionalKey(DateTime),
  submittedAt: Schema.optionalKey(DateTime)
})

/**
 * Schema of a report: the canonical interchange format.
 *
 * @example
 * ```ts
 * import * as Schema from "effect/Schema"
 * const json = JSON.parse(JSON.stringify(Synthetic.report({ seed: 1, rows: 3 })))
 * Schema.decodeUnknownSync(Report.ReportSchema)(json, { onExcessProperty: "error" })
 * ```
 * @since 0.1.0
 */
export const ReportSchema = Schema.Struct({
  formatVersion: Schema.optionalKey(Schema.Literal(formatVersion)),
  header: HeaderSchema,
  cases: Schema.Struct({ rows: Schema.Array(CaseRowSchema), total: CaseCountsSchema }),
  money: Schema.Struct({ rows: Schema.Array(MoneyRowSchema), total: MoneyAmountsSchema })
}).annotate({
  title: "THADS statistical report",
  description: "Báo cáo thống kê thi hành án dân sự: header, cases table (việc) and money table (tiền, VND)"
}) as unknown as Schema.Codec<Report>

/**
 * The JSON Schema (draft 2020-12) of the report, generated from
 * {@link ReportSchema}: a standalone document with `$schema`, and
 * `additionalProperties: false` since unknown fields are rejected.
 *
 * @example
 * ```ts
 * Report.jsonSchema().title // "THADS statistical report"
 * ```
 * @since 0.1.0
 */
export const jsonSchema = (): Record<string, unknown> => JsonSchema.of(ReportSchema)

/**
 * The indicators of a total-or-data row of a table, as a plain record.
 *
 * @example
 * ```ts
 * const report = Synthetic.report({ seed: 1, rows: 3 })
 * Report.valuesOf(report.cases.total)["V08"] === report.cases.total.V08 // true
 * ```
 * @since 0.1.0
 */
export const valuesOf = (row: CaseCounts | MoneyAmounts): Readonly<Record<string, number>> =>
  row as unknown as Readonly<Record<string, number>>
