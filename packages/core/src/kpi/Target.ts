/**
 * Yearly targets (chỉ tiêu, nhiệm vụ) as effective-dated parameters.
 *
 * Two views of the same sources:
 * - {@link builtIn}: the numeric completion-rate targets, in cases (việc)
 *   and money (tiền), one per unit, statistical year and metric, with the
 *   operator (`>` "trên", `>=` "đạt"), used by the KPIs and `thads check`;
 * - {@link tasks}: the full set of tasks each source says was assigned for a
 *   year (decisions on time, classification, completion rates, the backlog,
 *   asset recovery in corruption and economic cases, complaints, publication,
 *   THAHC…), grouped, each with what its source says and, where the source
 *   names one, the instrument (quyết định giao chỉ tiêu) as a citation.
 *
 * Who sets the targets: the yearly decisions of the Minister of Justice and of
 * the General Department (Tổng cục THADS; from 1/7/2025 Cục Quản lý THADS),
 * per unit in their annexes. NQ 96/2019/QH14 is the National Assembly
 * resolution behind them, not the text of any year's value: each target cites
 * what its own source says ({@link Source}). A province's target is never
 * derived from the national one. {@link gaps} lists, explicitly, the unit-years
 * for which no target is known (the merged Tây Ninh from 1/7/2025 among them).
 *
 * @since 0.1.0
 */
import type * as Citation from "../citation/Citation.js"

/**
 * The metric a numeric target applies to: the completion rate in cases or in
 * money.
 *
 * @example
 * ```ts
 * const metric: Target.Metric = "money"
 * Target.lookup("national", 2022, metric)?.target.value // 40.1
 * ```
 * @since 0.1.0
 */
export type Metric = "cases" | "money"

/**
 * What a source says about a target: where (address), who assigned it
 * according to the source, and the source's words (paraphrased, vi and en).
 *
 * @example
 * ```ts
 * const s: Target.Source = {
 *   url: "https://vietbao.vn/giao-chi-tieu-thu-hoi-tai-san-trong-cac-vu-an-tham-nhung-kinh-te-309843.html",
 *   assignedBy: { vi: "Tổng cục trưởng Tổng cục THADS", en: "Director General of the General Department of Civil Judgment Enforcement" },
 *   says: { vi: "quyết định giao chỉ tiêu năm 2022: thi hành xong trên 81,50% về việc, trên 40,10% về tiền", en: "2022 target decision: above 81.50% of cases, above 40.10% of money" }
 * }
 * ```
 * @since 0.1.0
 */
export interface Source {
  readonly url: string
  readonly assignedBy: { readonly vi: string; readonly en: string }
  readonly says: { readonly vi: string; readonly en: string }
}

/**
 * A numeric completion-rate target.
 *
 * @example
 * ```ts
 * const t: Target.Target = { unitId: "cuc-tay-ninh", year: 2023, metric: "cases", op: ">", value: 82.6, confidence: "verified", sources: ["S22"] }
 * ```
 * @since 0.1.0
 */
export interface Target {
  /** `"national"` or a unit id. */
  readonly unitId: string
  /** Statistical year. */
  readonly year: number
  readonly metric: Metric
  /** `>`: strictly above ("trên"); `>=`: at least ("đạt"). */
  readonly op: ">" | ">="
  /**
   * `true` when the source does not state the operator (e.g. the 2025
   * targets, "83,90% về việc"): `op` is our reading, an assumption, and a
   * finding that uses it is `assumed`.
   */
  readonly operatorAssumed?: boolean
  /** Percent, at most 2 decimals. */
  readonly value: number
  /** `verified` [V] or `inferred` [I] in the notes. */
  readonly confidence: "verified" | "inferred"
  /** Source keys or addresses (thads-rules.md "Sources"). */
  readonly sources: ReadonlyArray<string>
  /** The instrument that assigned it, when the source names it. */
  readonly citation?: Citation.Citation
  /** What the source says. */
  readonly source?: Source
  readonly note?: string
}

const MINISTRY_AND_GD = { vi: "Bộ Tư pháp, Tổng cục THADS", en: "Ministry of Justice and the General Department" }
const GD = { vi: "Tổng cục THADS", en: "General Department of Civil Judgment Enforcement" }
const GD_DIRECTOR = {
  vi: "Tổng cục trưởng Tổng cục THADS",
  en: "Director General of the General Department of Civil Judgment Enforcement"
}
const NA = { vi: "Quốc hội (theo nguồn)", en: "National Assembly (as the source says)" }

const S15 = "https://vietbao.vn/giao-chi-tieu-thu-hoi-tai-san-trong-cac-vu-an-tham-nhung-kinh-te-309843.html"
const S12 = "https://thads.moj.gov.vn/noidung/tintuc/Lists/ThongTinChung/View_Detail.aspx?ItemID=1355"
const S16 =
  "https://vietnamnet.vn/vn/thoi-su/chong-tham-nhung/da-thi-hanh-an-15-ngan-ty-dong-tu-cac-vu-an-tham-nhung-kinh-te-lon-693076.html"
const S19 =
  "https://cafef.vn/thi-hanh-an-dan-su-nam-2025-thu-ky-luc-150000-ty-dong-dai-an-truong-my-lan-chiem-hon-30-188251003110413317.chn"
const S22 = "https://thads.moj.gov.vn/noidung/tintuc/Lists/TinTuBoTuPhap/View_Detail.aspx?ItemID=2261"
const Q2014 = "https://thads.moj.gov.vn/noidung/tintuc/Lists/TinTuBoTuPhap/View_Detail.aspx?ItemID=857"
const Q2016 = "https://thads.moj.gov.vn/noidung/tintuc/Lists/ThongTinChung/View_Detail.aspx?ItemID=1126"
const Q2024 = "https://thads.moj.gov.vn/noidung/tintuc/Lists/ChiDaoDieuHanh/View_Detail.aspx?ItemID=3980"
const P2026 =
  "https://nhansu.vn/van-ban-phap-luat/Quyet-dinh-3530-QD-BTP-2025-chuong-trinh-cong-tac-trong-tam-linh-vuc-Thi-hanh-an-dan-su-686701.html"

const rate = (
  unitId: string,
  year: number,
  metric: Metric,
  op: ">" | ">=",
  value: number,
  confidence: "verified" | "inferred",
  sources: ReadonlyArray<string>,
  source: Source,
  extra: { readonly citation?: Citation.Citation; readonly note?: string; readonly operatorAssumed?: boolean } = {}
): Target => ({ unitId, year, metric, op, value, confidence, sources, source, ...extra })

const src2020: Source = {
  url: S16,
  assignedBy: { vi: "không nêu", en: "not stated" },
  says: {
    vi: "kết quả vượt chỉ tiêu; chỉ tiêu suy ra từ mức vượt được báo cáo",
    en: "results exceeded the target; the target is derived from the reported excess"
  }
}
const src2022: Source = {
  url: S15,
  assignedBy: GD_DIRECTOR,
  says: {
    vi: "quyết định giao chỉ tiêu, nhiệm vụ năm 2022 cho cơ quan THA địa phương: “Đảm bảo tỷ lệ thi hành án xong trên 81,50% về việc và trên 40,10% về tiền trên tổng số có điều kiện thi hành”",
    en: "the 2022 decision assigning targets to the local offices: completion above 81.50% of cases and above 40.10% of money among the enforceable"
  }
}
const src2023: Source = {
  url: S12,
  assignedBy: MINISTRY_AND_GD,
  says: {
    vi: "Bộ Tư pháp, Tổng cục THADS giao 07 chỉ tiêu, nhiệm vụ; chỉ tiêu 1.1: thi hành xong trên 82,50% về việc và trên 45,50% về tiền",
    en: "the Ministry and the General Department assigned 7 targets and tasks; 1.1: above 82.50% of cases and above 45.50% of money"
  }
}
const src2024: Source = {
  url: Q2024,
  assignedBy: GD,
  says: {
    vi: "QĐ 1229/QĐ-TCTHADS Điều 1 k1 b: thi hành án xong trên 83,25% về việc và trên 46,45% về tiền (giao từng đơn vị tại Phụ lục 1, 2)",
    en: "QĐ 1229/QĐ-TCTHADS Art. 1(1)(b): above 83.25% of cases and above 46.45% of money (per unit in Annexes 1 and 2)"
  }
}
const src2025: Source = {
  url: S19,
  assignedBy: NA,
  says: {
    vi: "năm 2025, chỉ tiêu nhiệm vụ THADS được Quốc hội giao là 83,90% về việc; 51,90% về tiền (Cục Quản lý THADS)",
    en: "in 2025 the National Assembly's targets were 83.90% of cases and 51.90% of money (per the Department of Civil Judgment Enforcement Management)"
  }
}
const src2014: Source = {
  url: Q2014,
  assignedBy: {
    vi: "Bộ trưởng Bộ Tư pháp; Tổng cục THADS (cho từng địa phương)",
    en: "Minister of Justice; General Department (per locality)"
  },
  says: {
    vi: "QĐ 3005/QĐ-BTP mục 4: thi hành xong đạt trên 88% về việc và trên 77% về tiền trên tổng số có điều kiện",
    en: "QĐ 3005/QĐ-BTP item 4: above 88% of cases and above 77% of money among the enforceable"
  }
}
const srcTayNinh2023: Source = {
  url: S22,
  assignedBy: { vi: "không nêu", en: "not stated" },
  says: {
    vi: "Tây Ninh, 10 tháng 2023: chỉ tiêu trên 82,60% về việc",
    en: "Tây Ninh, 10 months of 2023: target above 82.60% of cases"
  }
}

const src2016: Source = {
  url: Q2016,
  assignedBy: { vi: "Bộ trưởng Bộ Tư pháp; Tổng cục THADS", en: "Minister of Justice; General Department" },
  says: { vi: "bộ chỉ tiêu năm 2016 gồm 13 chỉ tiêu, nhiệm vụ", en: "the 2016 set has 13 targets and tasks" }
}

const qd3005: Citation.Citation = { document: "qd-3005-btp-2013" }
const qd1229: Citation.Citation = { document: "qd-1229-tcthads-2023", article: "1", clause: 1, point: "b" }

/**
 * The built-in numeric targets: national 2014, 2020, 2022–2025; Tây Ninh
 * 2023. 2014 keeps the old counting (before TT 06/2019) and is here for
 * history; 2015–2019 (except 2014) and 2021 are unknown.
 *
 * @example
 * ```ts
 * Target.builtIn.length // 13
 * Target.builtIn.filter((t) => t.unitId === "cuc-tay-ninh") // [{ unitId: "cuc-tay-ninh", year: 2023, metric: "cases", op: ">", value: 82.6, confidence: "verified" }]
 * ```
 * @since 0.1.0
 */
export const builtIn: ReadonlyArray<Target> = [
  rate("national", 2014, "cases", ">", 88, "verified", [Q2014], src2014, { citation: qd3005 }),
  rate("national", 2014, "money", ">", 77, "verified", [Q2014], src2014, { citation: qd3005 }),
  rate("national", 2020, "cases", ">=", 80, "inferred", ["S16"], src2020, {
    note: "derived from the reported excess; operator not stated",
    operatorAssumed: true
  }),
  rate("national", 2020, "money", ">=", 38, "inferred", ["S16"], src2020, {
    note: "derived from the reported excess; operator not stated",
    operatorAssumed: true
  }),
  rate("national", 2022, "cases", ">", 81.5, "verified", ["S15"], src2022, {
    note: "the decision's number is not given by the source"
  }),
  rate("national", 2022, "money", ">", 40.1, "verified", ["S15"], src2022, {
    note: "the decision's number is not given by the source"
  }),
  rate("national", 2023, "cases", ">", 82.5, "verified", ["S12", "S20"], src2023, {
    note: "the decision's number is not given by the source"
  }),
  rate("national", 2023, "money", ">", 45.5, "verified", ["S12", "S20"], src2023, {
    note: "the decision's number is not given by the source"
  }),
  rate("national", 2024, "cases", ">", 83.25, "verified", ["S18", Q2024], src2024, {
    citation: qd1229,
    note: "set by the Tổng cục THADS; per-unit values in its annexes (not read)"
  }),
  rate("national", 2024, "money", ">", 46.45, "verified", ["S18", Q2024], src2024, {
    citation: qd1229,
    note: "set by the Tổng cục THADS; per-unit values in its annexes (not read)"
  }),
  rate("national", 2025, "cases", ">=", 83.9, "verified", ["S19"], src2025, {
    note: "National Assembly target as the source says; the operator and the instrument are not stated",
    operatorAssumed: true
  }),
  rate("national", 2025, "money", ">=", 51.9, "verified", ["S19"], src2025, {
    note: "National Assembly target as the source says; the operator and the instrument are not stated",
    operatorAssumed: true
  }),
  rate("cuc-tay-ninh", 2023, "cases", ">", 82.6, "verified", ["S22"], srcTayNinh2023)
]

/**
 * The groups of yearly tasks (nhóm chỉ tiêu, nhiệm vụ).
 *
 * @example
 * ```ts
 * const g: Target.Group = "asset-recovery"
 * Target.tasks.filter((t) => t.group === g).map((t) => t.year) // [2022, 2024]
 * ```
 * @since 0.1.0
 */
export type Group =
  | "decisions-on-time"
  | "classification"
  | "publication"
  | "violations"
  | "completion-rate"
  | "backlog"
  | "complaints"
  | "asset-recovery"
  | "commercial-judgments"

/**
 * A yearly task as its source states it; `measure` when it has a number.
 *
 * @example
 * ```ts
 * const t = Target.tasks.find((x) => x.id === "2014/complaints")
 * t?.measures?.map((m) => m.value) // [100, 90]
 * ```
 * @since 0.1.0
 */
export interface Task {
  readonly id: string
  readonly unitId: string
  readonly year: number
  readonly group: Group
  readonly text: { readonly vi: string; readonly en: string }
  readonly measures?: ReadonlyArray<{
    readonly of: string
    readonly op: ">" | ">=" | "range"
    readonly value: number
    readonly upTo?: number
    readonly unit: "percent" | "percent-reduction"
  }>
  readonly source: Source
  readonly citation?: Citation.Citation
}

/**
 * What is known of a year's set: how many tasks its source says were
 * assigned, and whether the set below is complete.
 *
 * @example
 * ```ts
 * Target.sets.find((s) => s.year === 2023)?.declared // 7
 * ```
 * @since 0.1.0
 */
export interface TaskSet {
  readonly unitId: string
  readonly year: number
  /** The number of tasks (or groups) the source says were assigned, when it says. */
  readonly declared?: number
  readonly complete: boolean
  readonly instruments: ReadonlyArray<Citation.Citation>
  readonly source: Source
  readonly note: string
}

const t2014 = (n: number, group: Group, vi: string, en: string, measures?: Task["measures"]): Task => ({
  id: `2014/${group}`,
  unitId: "national",
  year: 2014,
  group,
  text: { vi, en },
  ...(measures === undefined ? {} : { measures }),
  source: src2014,
  citation: { document: "qd-3005-btp-2013", note: { vi: `mục ${n}`, en: `item ${n}` } }
})

/**
 * The yearly tasks read in their sources (national unless the unit says
 * otherwise).
 *
 * @example
 * ```ts
 * Target.tasks.filter((t) => t.year === 2024).map((t) => t.group)
 * // ["decisions-on-time", "completion-rate", "asset-recovery", "commercial-judgments"]
 * ```
 * @since 0.1.0
 */
export const tasks: ReadonlyArray<Task> = [
  t2014(
    1,
    "decisions-on-time",
    "Ra quyết định đúng thời hạn đối với 100% bản án, quyết định về dân sự đã có hiệu lực",
    "Decisions to enforce on time for 100% of civil judgments in force",
    [{ of: "judgments in force with a timely decision", op: ">=", value: 100, unit: "percent" }]
  ),
  t2014(
    2,
    "classification",
    "Xác minh, phân loại chính xác, đúng pháp luật việc, tiền có điều kiện và chưa có điều kiện thi hành",
    "Verify and classify cases and money correctly as enforceable or not yet enforceable"
  ),
  t2014(
    3,
    "violations",
    "Khắc phục cơ bản vi phạm pháp luật trong hoạt động thi hành án dân sự",
    "Essentially remedy violations of law in enforcement"
  ),
  t2014(
    4,
    "completion-rate",
    "Thi hành xong trên 88% về việc và trên 77% về tiền trên tổng số có điều kiện",
    "Complete above 88% of cases and above 77% of money among the enforceable",
    [
      { of: "cases", op: ">", value: 88, unit: "percent" },
      { of: "money", op: ">", value: 77, unit: "percent" }
    ]
  ),
  t2014(
    5,
    "backlog",
    "Giảm 7% đến 10% số việc chuyển sang năm 2015 so với số việc năm 2013 chuyển sang năm 2014",
    "Cut the cases carried into 2015 by 7% to 10% against those carried from 2013 into 2014",
    [{ of: "cases carried to the next year", op: "range", value: 7, upTo: 10, unit: "percent-reduction" }]
  ),
  t2014(
    6,
    "complaints",
    "Giải quyết xong 100% đơn khiếu nại, tố cáo năm 2013 chuyển sang và 90% đơn mới thụ lý trong năm thuộc thẩm quyền, đúng thời hạn",
    "Resolve 100% of the complaints and denunciations carried over from 2013 and 90% of those newly accepted within competence, on time",
    [
      { of: "complaints carried over, resolved", op: ">=", value: 100, unit: "percent" },
      { of: "new complaints within competence, resolved", op: ">=", value: 90, unit: "percent" }
    ]
  ),
  {
    id: "2016/decisions-on-time",
    unitId: "national",
    year: 2016,
    group: "decisions-on-time",
    text: {
      vi: "Ra quyết định đúng thời hạn đối với 100% bản án, quyết định về dân sự đã có hiệu lực theo đúng quy định của pháp luật",
      en: "Decisions to enforce on time for 100% of civil judgments in force"
    },
    measures: [{ of: "judgments in force with a timely decision", op: ">=", value: 100, unit: "percent" }],
    source: src2016,
    citation: { document: "qd-2167-btp-2015" }
  },
  {
    id: "2016/classification",
    unitId: "national",
    year: 2016,
    group: "classification",
    text: {
      vi: "Xác minh, phân loại chính xác án có điều kiện và chưa có điều kiện thi hành; đăng tải kịp thời, đầy đủ",
      en: "Verify and classify enforceable and not-yet-enforceable cases correctly; publish in time and in full"
    },
    source: src2016,
    citation: { document: "qd-2167-btp-2015" }
  },
  {
    id: "2022/classification",
    unitId: "national",
    year: 2022,
    group: "classification",
    text: {
      vi: "Bảo đảm xác minh điều kiện thi hành án, phân loại chính xác, đúng pháp luật việc có điều kiện và chưa có điều kiện thi hành",
      en: "Verify ability to pay and classify enforceable and not-yet-enforceable cases correctly"
    },
    source: src2022
  },
  {
    id: "2022/publication",
    unitId: "national",
    year: 2022,
    group: "publication",
    text: {
      vi: "Đăng tải đầy đủ thông tin người phải thi hành án chưa có điều kiện thi hành và thông tin lựa chọn tổ chức thẩm định giá, bán đấu giá",
      en: "Publish the debtors not yet able to pay and the choice of valuers and auctioneers in full"
    },
    source: src2022
  },
  {
    id: "2022/completion-rate",
    unitId: "national",
    year: 2022,
    group: "completion-rate",
    text: {
      vi: "Thi hành án xong trên 81,50% về việc và trên 40,10% về tiền trên tổng số có điều kiện",
      en: "Complete above 81.50% of cases and above 40.10% of money among the enforceable"
    },
    measures: [
      { of: "cases", op: ">", value: 81.5, unit: "percent" },
      { of: "money", op: ">", value: 40.1, unit: "percent" }
    ],
    source: src2022
  },
  {
    id: "2022/asset-recovery",
    unitId: "national",
    year: 2022,
    group: "asset-recovery",
    text: {
      vi: "Giao chỉ tiêu thu hồi tài sản trong các vụ án tham nhũng, kinh tế (tiêu đề của nguồn; mức không nêu)",
      en: "Asset recovery in corruption and economic cases assigned as a target (the source's headline; no value given)"
    },
    source: src2022
  },
  {
    id: "2023/completion-rate",
    unitId: "national",
    year: 2023,
    group: "completion-rate",
    text: {
      vi: "Đảm bảo tỷ lệ thi hành xong trên 82,50% về việc và trên 45,50% về tiền trên tổng số có điều kiện thi hành",
      en: "Complete above 82.50% of cases and above 45.50% of money among the enforceable"
    },
    measures: [
      { of: "cases", op: ">", value: 82.5, unit: "percent" },
      { of: "money", op: ">", value: 45.5, unit: "percent" }
    ],
    source: src2023
  },
  {
    id: "2024/decisions-on-time",
    unitId: "national",
    year: 2024,
    group: "decisions-on-time",
    text: {
      vi: "Ra quyết định thi hành án đúng quy định của pháp luật 100% đối với bản án, quyết định về dân sự đã có hiệu lực",
      en: "Lawful decisions to enforce for 100% of civil judgments in force"
    },
    measures: [{ of: "judgments in force with a lawful decision", op: ">=", value: 100, unit: "percent" }],
    source: src2024,
    citation: { document: "qd-1229-tcthads-2023", article: "1", clause: 1, point: "a" }
  },
  {
    id: "2024/completion-rate",
    unitId: "national",
    year: 2024,
    group: "completion-rate",
    text: {
      vi: "Đảm bảo tỷ lệ thi hành án xong trên 83,25% về việc và trên 46,45% về tiền trên tổng số có điều kiện thi hành",
      en: "Complete above 83.25% of cases and above 46.45% of money among the enforceable"
    },
    measures: [
      { of: "cases", op: ">", value: 83.25, unit: "percent" },
      { of: "money", op: ">", value: 46.45, unit: "percent" }
    ],
    source: src2024,
    citation: qd1229
  },
  {
    id: "2024/asset-recovery",
    unitId: "national",
    year: 2024,
    group: "asset-recovery",
    text: {
      vi: "Thi hành có hiệu quả các khoản thu hồi tiền, tài sản trong các vụ án hình sự về tham nhũng, kinh tế (không nêu mức)",
      en: "Enforce the recovery of money and assets in criminal corruption and economic cases effectively (no value given)"
    },
    source: src2024,
    citation: { document: "qd-1229-tcthads-2023", article: "1", clause: 1, point: "c" }
  },
  {
    id: "2024/commercial-judgments",
    unitId: "national",
    year: 2024,
    group: "commercial-judgments",
    text: {
      vi: "Thực hiện có hiệu quả Quyết định 17/QĐ-TTg (Đề án THADS đối với bản án kinh doanh, thương mại)",
      en: "Implement Decision 17/QĐ-TTg (the scheme for commercial judgments) effectively"
    },
    source: src2024,
    citation: { document: "qd-1229-tcthads-2023", article: "1", clause: 1, point: "d" }
  },
  {
    id: "2025/completion-rate",
    unitId: "national",
    year: 2025,
    group: "completion-rate",
    text: { vi: "83,90% về việc; 51,90% về tiền", en: "83.90% of cases; 51.90% of money" },
    measures: [
      { of: "cases", op: ">=", value: 83.9, unit: "percent" },
      { of: "money", op: ">=", value: 51.9, unit: "percent" }
    ],
    source: src2025
  }
]

/**
 * Per year: what the sources say of the whole set, and whether the tasks
 * above are all of it.
 *
 * @example
 * ```ts
 * Target.sets.filter((s) => !s.complete).length > 0 // true: most sets are partly read
 * ```
 * @since 0.1.0
 */
export const sets: ReadonlyArray<TaskSet> = [
  {
    unitId: "national",
    year: 2014,
    declared: 6,
    complete: true,
    instruments: [{ document: "qd-3005-btp-2013" }, { document: "qd-3428a-tcthads-2013" }],
    source: src2014,
    note: "Six tasks of the Minister's decision, all read; the General Department's per-locality values were not read."
  },
  {
    unitId: "national",
    year: 2016,
    declared: 13,
    complete: false,
    instruments: [{ document: "qd-2167-btp-2015" }, { document: "qd-940-tcthads-2015" }],
    source: src2016,
    note: "Only the first two of 13 tasks were read."
  },
  {
    unitId: "national",
    year: 2022,
    complete: false,
    instruments: [],
    source: src2022,
    note: "The decision of the Director General is reported without its number; four tasks read, the count not given."
  },
  {
    unitId: "national",
    year: 2023,
    declared: 7,
    complete: false,
    instruments: [],
    source: src2023,
    note: "The General Department's review counts 07 targets and tasks; another source (baophapluat.vn) counts 09 groups. Only 1.1 was read."
  },
  {
    unitId: "national",
    year: 2024,
    complete: false,
    instruments: [{ document: "qd-1229-tcthads-2023" }, { document: "qd-10-tcthads-2024" }],
    source: src2024,
    note: "Điều 1 k1 a–d read; the rest of Điều 1, the per-unit annexes and the adjustment of QĐ 10/QĐ-TCTHADS were not."
  },
  {
    unitId: "national",
    year: 2025,
    complete: false,
    instruments: [],
    source: src2025,
    note: "Only the two rates, as reported after the year; the assigning instrument was not found."
  },
  {
    unitId: "national",
    year: 2026,
    complete: false,
    instruments: [],
    source: {
      url: P2026,
      assignedBy: { vi: "Bộ trưởng Bộ Tư pháp", en: "Minister of Justice" },
      says: {
        vi: "QĐ 3530/QĐ-BTP (15/12/2025): Chương trình công tác trọng tâm THADS, THAHC năm 2026 (căn cứ NQ 96/2019/QH14)",
        en: "QĐ 3530/QĐ-BTP (15/12/2025): the 2026 work programme (based on NQ 96/2019/QH14)"
      }
    },
    note: "A work programme, not a target decision; its targets, if any, were not read."
  }
]

/**
 * A unit-year with no known target, stated explicitly.
 *
 * @example
 * ```ts
 * Target.gaps.find((g) => g.unitId === "thads-tay-ninh" && g.year === 2026)?.note.en
 * ```
 * @since 0.1.0
 */
export interface Gap {
  readonly unitId: string
  readonly year: number
  readonly note: { readonly vi: string; readonly en: string }
}

/**
 * The unit-years whose targets are known to exist but were not found: the
 * Tây Ninh offices before and after the merger (1/7/2025), and the national
 * years not found.
 *
 * @example
 * ```ts
 * Target.gaps.map((g) => `${g.unitId}/${g.year}`).includes("thads-tay-ninh/2026") // true
 * ```
 * @since 0.1.0
 */
export const gaps: ReadonlyArray<Gap> = [
  ...[2021, 2022, 2024, 2025].map(
    (year): Gap => ({
      unitId: "cuc-tay-ninh",
      year,
      note: {
        vi: `Không rõ chỉ tiêu giao cho Cục THADS tỉnh Tây Ninh năm ${year} (phụ lục của quyết định giao chỉ tiêu chưa đọc được)`,
        en: `No target known for the Tây Ninh department in ${year} (the target decision's annex was not read)`
      }
    })
  ),
  {
    unitId: "thads-tay-ninh",
    year: 2025,
    note: {
      vi: "THADS tỉnh Tây Ninh (hợp nhất Tây Ninh và Long An từ 1/7/2025): không rõ chỉ tiêu cho quý cuối năm thống kê 2025",
      en: "Merged Tây Ninh office (Tây Ninh + Long An from 1/7/2025): no target known for the last quarter of statistical year 2025"
    }
  },
  {
    unitId: "thads-tay-ninh",
    year: 2026,
    note: {
      vi: "THADS tỉnh Tây Ninh (sau hợp nhất): không rõ chỉ tiêu năm 2026; không suy ra từ chỉ tiêu toàn quốc hay của hai tỉnh cũ",
      en: "Merged Tây Ninh office: no target known for 2026; not derived from the national one or the former provinces'"
    }
  },
  ...[2015, 2017, 2018, 2019, 2021, 2026].map(
    (year): Gap => ({
      unitId: "national",
      year,
      note: { vi: `Không rõ chỉ tiêu toàn quốc năm ${year}`, en: `No national target known for ${year}` }
    })
  )
]

/**
 * The result of a lookup: the target and whether it is the unit's own.
 *
 * @example
 * ```ts
 * const found: Target.Found | undefined = Target.lookup("cuc-tay-ninh", 2024, "cases")
 * found?.scope // "national"
 * found?.target.value // 83.25
 * ```
 * @since 0.1.0
 */
export interface Found {
  readonly target: Target
  readonly scope: "unit" | "national"
}

/**
 * Finds the target of a unit for a statistical year and metric. `targets`
 * (default {@link builtIn}) can add or replace targets: a later entry for the
 * same unit, year and metric wins.
 *
 * @example
 * ```ts
 * Target.lookup("cuc-tay-ninh", 2023, "cases")?.target.value // 82.6 (scope "unit")
 * Target.lookup("cuc-tay-ninh", 2024, "cases")?.scope       // "national"
 * Target.lookup("cuc-tay-ninh", 2021, "cases")              // undefined: 2021 is unknown
 * ```
 * @since 0.1.0
 */
export const lookup = (
  unitId: string,
  year: number,
  metric: Metric,
  targets: ReadonlyArray<Target> = builtIn
): Found | undefined => {
  const index = indexOf(targets)
  const own = index.get(keyOf(unitId, year, metric))
  if (own !== undefined) return { target: own, scope: unitId === "national" ? "national" : "unit" }
  const nat = index.get(keyOf("national", year, metric))
  return nat === undefined ? undefined : { target: nat, scope: "national" }
}

const keyOf = (unitId: string, year: number, metric: Metric): string => `${metric} ${year} ${unitId}`

/**
 * A list of targets by unit, year and metric, the later entry winning: made
 * once per list (a list of targets, like a rule set, is not changed once made),
 * so that a lookup is not a walk over every target of every year.
 */
const indexes = new WeakMap<ReadonlyArray<Target>, Map<string, Target>>()
const indexOf = (targets: ReadonlyArray<Target>): Map<string, Target> => {
  let index = indexes.get(targets)
  if (index === undefined) {
    index = new Map()
    for (const t of targets) index.set(keyOf(t.unitId, t.year, t.metric), t)
    indexes.set(targets, index)
  }
  return index
}

/**
 * What is known of a unit's targets for a year: its own numeric targets, the
 * national reference, the tasks, and the explicit gap when there is one.
 *
 * @example
 * ```ts
 * const s = Target.statusOf("thads-tay-ninh", 2026)
 * s.own.length // 0
 * s.gap?.note.en // "Merged Tây Ninh office: no target known for 2026; not derived from the national one or the former provinces'"
 * ```
 * @since 0.1.0
 */
export const statusOf = (
  unitId: string,
  year: number,
  targets: ReadonlyArray<Target> = builtIn
): {
  readonly own: ReadonlyArray<Target>
  readonly national: ReadonlyArray<Target>
  readonly tasks: ReadonlyArray<Task>
  readonly gap?: Gap
} => {
  const own = targets.filter((t) => t.unitId === unitId && t.year === year && unitId !== "national")
  const national = targets.filter((t) => t.unitId === "national" && t.year === year)
  const ts = tasks.filter((t) => t.year === year && (t.unitId === unitId || t.unitId === "national"))
  const gap = own.length === 0 ? gaps.find((g) => g.unitId === unitId && g.year === year) : undefined
  return { own, national, tasks: ts, ...(gap === undefined ? {} : { gap }) }
}

const pct = (op: string, v: number) => `${op === ">" ? "> " : op === ">=" ? "≥ " : ""}${v}%`

/**
 * The targets as Markdown (docs/targets.md): the numeric targets with their
 * sources, the tasks per year, what each year's set is known to hold, and the
 * gaps.
 *
 * @example
 * ```ts
 * Target.toMarkdown().startsWith("# Yearly targets") // true
 * ```
 * @since 0.2.0
 */
export const toMarkdown = (): string => {
  const cell = (s: string) => s.replace(/\|/g, "\\|")
  const cite = (c: Citation.Citation | undefined) =>
    c === undefined
      ? "—"
      : `${c.document}${c.article === undefined ? "" : ` Điều ${c.article}`}${c.clause === undefined ? "" : ` k${c.clause}`}${c.point === undefined ? "" : ` ${c.point}`}`
  const lines: Array<string> = [
    "# Yearly targets (chỉ tiêu, nhiệm vụ)",
    "",
    "Generated from `Target` in `@thads/core` (packages/core/src/kpi/Target.ts); a test keeps this file in sync.",
    "The targets are assigned yearly by the Minister of Justice and the General Department (Tổng cục THADS;",
    "from 1/7/2025 Cục Quản lý THADS), per unit in the annexes of their decisions. NQ 96/2019/QH14 is the resolution behind",
    "them, not the text of any year's value: each row cites what its own source says. A province's target is never",
    "derived from the national one.",
    "",
    "## Completion-rate targets",
    "",
    "| unit | year | cases / money | assigned by (as the source says) | instrument | source says | confidence |",
    "|---|---|---|---|---|---|---|"
  ]
  const keys = [...new Set(builtIn.map((t) => `${t.unitId}|${t.year}`))]
  for (const k of keys) {
    const [unitId, y] = k.split("|")
    const c = builtIn.find((t) => t.unitId === unitId && String(t.year) === y && t.metric === "cases")
    const m = builtIn.find((t) => t.unitId === unitId && String(t.year) === y && t.metric === "money")
    const t = c ?? m!
    lines.push(
      `| ${unitId} | ${y} | ${c === undefined ? "—" : pct(c.op, c.value)} / ${m === undefined ? "—" : pct(m.op, m.value)} | ${cell(t.source?.assignedBy.en ?? "—")} | ${cite(t.citation)} | ${cell(t.source?.says.vi ?? "—")} ([source](${t.source?.url ?? ""})) | ${t.confidence}${t.operatorAssumed === true ? " (operator assumed)" : ""}${t.note === undefined ? "" : `: ${cell(t.note)}`} |`
    )
  }
  lines.push(
    "",
    "## Tasks by year and group",
    "",
    "| year | group | task | measures | instrument |",
    "|---|---|---|---|---|"
  )
  for (const t of tasks) {
    const ms = (t.measures ?? [])
      .map((m) => (m.op === "range" ? `${m.of}: −${m.value}% to −${m.upTo}%` : `${m.of}: ${pct(m.op, m.value)}`))
      .join("; ")
    lines.push(`| ${t.year} | ${t.group} | ${cell(t.text.vi)} | ${cell(ms === "" ? "—" : ms)} | ${cite(t.citation)} |`)
  }
  lines.push(
    "",
    "## What each year's set is known to hold",
    "",
    "| year | declared | complete | instruments | note |",
    "|---|---|---|---|---|"
  )
  for (const s of sets) {
    lines.push(
      `| ${s.year} | ${s.declared ?? "—"} | ${s.complete ? "yes" : "no"} | ${s.instruments.map((c) => cite(c)).join(", ") || "—"} | ${cell(s.note)} ([source](${s.source.url})) |`
    )
  }
  lines.push("", "## No target known", "", "| unit | year | note |", "|---|---|---|")
  for (const g of gaps) lines.push(`| ${g.unitId} | ${g.year} | ${cell(g.note.en)} |`)
  lines.push("")
  return lines.join("\n")
}
