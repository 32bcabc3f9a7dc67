/**
 * Where hoãn / tạm đình chỉ (the residual bucket V10/T10) sit in the split of
 * "phải thi hành", by reporting regime (vị trí của hoãn, tạm đình chỉ theo
 * từng chế độ báo cáo), so that a historical ledger aggregates, and a
 * historical report is checked, under its own regime:
 *
 * | regime | placement | identities | evidence | basis |
 * |---|---|---|---|---|
 * | TT 01/2013 (to 4/1/2020) | inside "có điều kiện" | V06 = V07 + V11; V07 = V08 + V09 + V10 | published figures split exactly into có / chưa có điều kiện (national 9 months 2017: 728,227 = 579,413 + 148,814, thads-rules.md S11) | assumed: the form text was not read; that hoãn / tạm đình chỉ sat inside "có điều kiện" is inferred from the exact split |
 * | TT 06/2019 (5/1/2020 – 25/7/2024) | outside | V06 = V07 + V11 + V10 | published data show a residual bucket (national 2022: 12,135 việc hoãn, tạm đình chỉ, 1.41%) | assumed: the form text was not read |
 * | TT 05/2024 (from 26/7/2024) | outside | as TT 06/2019 | no published split found | assumed: continues TT 06/2019 |
 *
 * @since 0.2.0
 */
import type * as Citation from "../citation/Citation.js"
import type * as ReportingDeadline from "../calendar/ReportingDeadline.js"
import * as Identity from "./Identity.js"

/**
 * The placement of one regime, with its citation and basis.
 *
 * @example
 * ```ts
 * ResidualPlacement.byRegime["tt01-2013"].placement // "inside-enforceable"
 * ```
 * @since 0.2.0
 */
export interface Entry {
  readonly regime: ReportingDeadline.Regime
  readonly placement: Identity.ResidualPlacement
  readonly basis: "official" | "assumed"
  readonly citation: Citation.Citation
  readonly why: { readonly vi: string; readonly en: string }
}

/**
 * The placement of each regime.
 *
 * @example
 * ```ts
 * ResidualPlacement.byRegime["tt06-2019"].placement // "outside-enforceable"
 * ```
 * @since 0.2.0
 */
export const byRegime: { readonly [R in ReportingDeadline.Regime]: Entry } = {
  "tt01-2013": {
    regime: "tt01-2013",
    placement: "inside-enforceable",
    basis: "assumed",
    citation: { document: "tt-01-2013-btp" },
    why: {
      vi: "số liệu công bố trước năm 2020 chia đúng thành có / chưa có điều kiện (9 tháng 2017: 728.227 = 579.413 + 148.814); hoãn, tạm đình chỉ được suy ra là nằm trong số có điều kiện, chưa đọc được biểu mẫu",
      en: "figures published before 2020 split exactly into enforceable / not yet enforceable (9 months 2017: 728,227 = 579,413 + 148,814); hoãn and tạm đình chỉ are inferred to sit inside 'enforceable'; the form text was not read"
    }
  },
  "tt06-2019": {
    regime: "tt06-2019",
    placement: "outside-enforceable",
    basis: "assumed",
    citation: { document: "tt-06-2019-btp" },
    why: {
      vi: "số liệu công bố từ năm 2020 có nhóm hoãn, tạm đình chỉ riêng (năm 2022: 12.135 việc, 1,41%); chưa đọc được biểu mẫu",
      en: "figures published since 2020 show a separate hoãn / tạm đình chỉ group (2022: 12,135 cases, 1.41%); the form text was not read"
    }
  },
  "tt05-2024": {
    regime: "tt05-2024",
    placement: "outside-enforceable",
    basis: "assumed",
    citation: { document: "tt-05-2024-btp" },
    why: {
      vi: "như Thông tư 06/2019; biểu mẫu của Thông tư 05/2024 chưa đọc được",
      en: "as under Circular 06/2019; the forms of Circular 05/2024 were not read"
    }
  }
}

/**
 * The identity settings of a regime: the residual bucket V10 placed where
 * that regime puts it.
 *
 * @example
 * ```ts
 * ResidualPlacement.identitySettings("tt01-2013") // { residual: ["10"], placement: "inside-enforceable" }
 * ```
 * @since 0.2.0
 */
export const identitySettings = (regime: ReportingDeadline.Regime): Identity.Settings => settingsByRegime[regime]

const settingsByRegime: { readonly [R in ReportingDeadline.Regime]: Identity.Settings } = {
  "tt01-2013": { residual: ["10"], placement: byRegime["tt01-2013"].placement },
  "tt06-2019": { residual: ["10"], placement: byRegime["tt06-2019"].placement },
  "tt05-2024": { residual: ["10"], placement: byRegime["tt05-2024"].placement }
}

/**
 * The identity settings to check a report of `regime` with: the given
 * settings, unless they are the defaults (the standard rule set), which
 * follow the regime's placement.
 *
 * @example
 * ```ts
 * ResidualPlacement.settingsFor(Identity.defaultSettings, "tt01-2013").placement // "inside-enforceable"
 * ResidualPlacement.settingsFor({ residual: ["10"], placement: "inside-enforceable" }, "tt06-2019").placement // "inside-enforceable"
 * ```
 * @since 0.2.0
 */
export const settingsFor = (settings: Identity.Settings, regime: ReportingDeadline.Regime): Identity.Settings =>
  settings === Identity.defaultSettings ||
  (settings.placement === Identity.defaultSettings.placement &&
    settings.residual.length === 1 &&
    settings.residual[0] === "10")
    ? identitySettings(regime)
    : settings
