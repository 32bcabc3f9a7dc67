/**
 * Parsing of command-line values into domain values, each failure a
 * {@link UsageError} with one clear line in Vietnamese and English.
 *
 * @since 0.1.0
 */
import { CivilDate, ReportingDeadline, StatisticalPeriod } from "@thads/core"
import { UsageError } from "./Output.js"

/**
 * Parses a `YYYY-MM-DD` date.
 *
 * @example
 * ```ts
 * Input.parseDate("2024-02-29") // "2024-02-29"
 * Input.parseDate("2023-02-30") // UsageError: invalid date "2023-02-30": day 30 is outside 1–28 for 02/2023 (expected YYYY-MM-DD)
 * ```
 * @since 0.1.0
 */
export const parseDate = (input: string, what = "date"): CivilDate.CivilDate => {
  const r = CivilDate.parse(input.trim())
  if (r instanceof CivilDate.InvalidDateError) {
    throw new UsageError({
      vi: `ngày không hợp lệ "${input}": ${r.reasonVi} (định dạng YYYY-MM-DD)`,
      en: `invalid ${what} "${input}": ${r.reason} (expected YYYY-MM-DD)`
    })
  }
  return r
}

/**
 * Parses a whole number within bounds.
 *
 * @example
 * ```ts
 * Input.parseInteger("2024", "year", 2014, 2199) // 2024
 * Input.parseInteger("13", "--months", 1, 12) // UsageError: --months must be a whole number from 1 to 12, got "13"
 * ```
 * @since 0.1.0
 */
export const parseInteger = (input: string | number, name: string, min: number, max: number): number => {
  const n = typeof input === "number" ? input : /^[+-]?\d+$/.test(input.trim()) ? Number(input.trim()) : Number.NaN
  if (!Number.isInteger(n) || n < min || n > max) {
    throw new UsageError({
      vi: `${name} phải là số nguyên từ ${min} đến ${max}, nhận được "${input}"`,
      en: `${name} must be a whole number from ${min} to ${max}, got "${input}"`
    })
  }
  return n
}

/**
 * Makes a statistical period from year and months.
 *
 * @example
 * ```ts
 * Input.parsePeriod(2022, 6) // { year: 2022, months: 6 }
 * Input.parsePeriod(2022, 13) // UsageError: --months must be a whole number from 1 to 12, got "13"
 * ```
 * @since 0.1.0
 */
export const parsePeriod = (year: number, months: number): StatisticalPeriod.Period => {
  parseInteger(year, "--year", 2, 9999)
  parseInteger(months, "--months", 1, 12)
  return StatisticalPeriod.make(year, months)
}

const levelList = Object.keys(ReportingDeadline.levels) as ReadonlyArray<ReportingDeadline.Level>

/**
 * Parses a reporting level.
 *
 * @example
 * ```ts
 * Input.parseLevel(" Chi-Cuc ") // "chi-cuc"
 * Input.parseLevel("tinh") // UsageError: unknown level "tinh": use one of chv, chi-cuc, cuc, phong-khu-vuc, thads-tinh
 * ```
 * @since 0.1.0
 */
export const parseLevel = (input: string): ReportingDeadline.Level => {
  const found = levelList.find((l) => l === input.trim().toLowerCase())
  if (found === undefined) {
    throw new UsageError({
      vi: `cấp báo cáo không hợp lệ "${input}": chọn một trong ${levelList.join(", ")}`,
      en: `unknown level "${input}": use one of ${levelList.join(", ")}`
    })
  }
  return found
}

/**
 * Parses a regime name.
 *
 * @example
 * ```ts
 * Input.parseRegime("TT06-2019") // "tt06-2019"
 * Input.parseRegime("tt02") // UsageError: unknown regime "tt02": use one of tt01-2013, tt06-2019, tt05-2024
 * ```
 * @since 0.1.0
 */
export const parseRegime = (input: string): ReportingDeadline.Regime => {
  const found = ReportingDeadline.regimes.find((r) => r === input.trim().toLowerCase())
  if (found === undefined) {
    throw new UsageError({
      vi: `chế độ báo cáo không hợp lệ "${input}": chọn một trong ${ReportingDeadline.regimes.join(", ")}`,
      en: `unknown regime "${input}": use one of ${ReportingDeadline.regimes.join(", ")}`
    })
  }
  return found
}
