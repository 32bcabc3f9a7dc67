/**
 * Chỉ thị 09-CT/TU (25/8/2021) of the Tây Ninh Provincial Party Standing
 * Board, on party leadership over civil and administrative judgment
 * enforcement, as data: its 16 actors (A01–A16) and 24 operative provisions
 * (§1.1–§8.1), following the reference decomposition of
 * ../shared/domain/directive-09-provisions.md. The section numbers are that
 * reference numbering of the operative part, in the order of its text
 * (../shared/seed/). The Vietnamese texts follow the directive's wording;
 * the English ones are ours.
 *
 * The source is a published summary of the directive (a report of
 * 10/9/2021), not its full text: what the summary leaves out is not
 * encoded. A provision "invokes" a document only when the text names it
 * (Chỉ thị 01/CT-BTP, the 2021–2025 administrative reform programme, Chỉ
 * thị 05-CT/TU, 08-CT/TU; the preamble names Chỉ thị 17-CT/TU); the laws a
 * provision touches without naming them are `related`, basis `assumed`.
 *
 * @since 0.1.0
 */
import type * as Citation from "../citation/Citation.js"
import type * as Documents from "../citation/Documents.js"
import type { Actor, Cadence, Directive, Provision, Related, Text } from "./Directive.js"
import * as DirectiveModel from "./Directive.js"

const actor = (id: string, vi: string, en: string, kindVi: string, kindEn: string): Actor => ({
  id,
  name: { vi, en },
  kind: { vi: kindVi, en: kindEn }
})

/**
 * The 16 actors.
 *
 * @example
 * ```ts
 * Directive09.actors.length // 16
 * Directive09.actors[0].name.vi // "Ban Thường vụ Tỉnh ủy"
 * ```
 * @since 0.1.0
 */
export const actors: ReadonlyArray<Actor> = [
  actor(
    "A01",
    "Ban Thường vụ Tỉnh ủy",
    "Provincial Party Standing Board",
    "ban hành, nghe báo cáo",
    "issuer; hears reports"
  ),
  actor(
    "A02",
    "Các cấp ủy, tổ chức đảng",
    "Party committees and organisations at every level",
    "tổ chức đảng",
    "party (generic)"
  ),
  actor(
    "A03",
    "Ban cán sự đảng Ủy ban nhân dân tỉnh",
    "Party Affairs Committee of the Provincial People's Committee",
    "đảng, hành pháp",
    "party / executive"
  ),
  actor("A04", "Đảng ủy Công an tỉnh", "Party Committee of the Provincial Police", "đảng, an ninh", "party / security"),
  actor(
    "A05",
    "Ban cán sự đảng Tòa án nhân dân tỉnh",
    "Party Affairs Committee of the Provincial People's Court",
    "đảng, tư pháp",
    "party / judicial"
  ),
  actor(
    "A06",
    "Ban cán sự đảng Viện kiểm sát nhân dân tỉnh",
    "Party Affairs Committee of the Provincial People's Procuracy",
    "đảng, tư pháp",
    "party / judicial"
  ),
  actor(
    "A07",
    "Cơ quan thi hành án dân sự hai cấp (Cục THADS tỉnh, Chi cục THADS cấp huyện)",
    "Two-level civil judgment enforcement offices",
    "cơ quan thi hành án (đơn vị báo cáo)",
    "enforcement (reporting units)"
  ),
  actor(
    "A08",
    "Ban Chỉ đạo thi hành án dân sự hai cấp",
    "Two-level civil judgment enforcement steering committees",
    "chỉ đạo (A07 là cơ quan thường trực)",
    "steering (A07 is its standing body)"
  ),
  actor(
    "A09",
    "Đảng đoàn Hội đồng nhân dân tỉnh",
    "Party Delegation of the Provincial People's Council",
    "đảng, giám sát",
    "party / oversight"
  ),
  actor(
    "A10",
    "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh",
    "Provincial Vietnam Fatherland Front",
    "giám sát, đoàn thể",
    "oversight / mass organisation"
  ),
  actor(
    "A11",
    "Các tổ chức chính trị - xã hội",
    "Socio-political organisations",
    "giám sát, đoàn thể",
    "oversight / mass organisation"
  ),
  actor(
    "A12",
    "Ban Tuyên giáo Tỉnh ủy",
    "Provincial Party Propaganda and Education Commission",
    "đảng, tuyên truyền",
    "party / communication"
  ),
  actor(
    "A13",
    "Ban Dân vận Tỉnh ủy",
    "Provincial Party Mass Mobilisation Commission",
    "đảng, dân vận",
    "party / mobilisation"
  ),
  actor(
    "A14",
    "Ban Nội chính Tỉnh ủy",
    "Provincial Party Internal Affairs Commission",
    "đảng, theo dõi thực hiện Chỉ thị",
    "party / monitoring of the directive"
  ),
  actor(
    "A15",
    "Chính quyền cấp cơ sở; ngành tài nguyên và môi trường",
    "Grassroots authorities; natural resources and environment sector",
    "hành pháp (do A03 chỉ đạo)",
    "executive (directed by A03)"
  ),
  actor(
    "A16",
    "Cơ quan báo đài, báo cáo viên, cộng tác viên dư luận xã hội",
    "Media, party speakers, public-opinion collaborators",
    "truyền thông (do A12 hướng dẫn)",
    "communication (guided by A12)"
  )
]

const cite = (section: string): Citation.Citation => ({ document: "ct-09-ct-tu-2021", section })

const rel = (document: Documents.DocumentId, vi: string, en: string): Related => ({
  document,
  basis: "assumed",
  why: { vi, en }
})

/**
 * The documents related to provisions that do not name them: our reading
 * (`assumed`), by provision.
 *
 * @example
 * ```ts
 * Directive09.related["2.3"].map((r) => r.document) // ["nd-62-2015", "ttlt-05-2016"]
 * ```
 * @since 0.1.0
 */
export const related: { readonly [provision: string]: ReadonlyArray<Related> } = {
  "2.3": [
    rel(
      "nd-62-2015",
      "Điều 3 khoản 2 quy định việc thành lập Ban Chỉ đạo thi hành án dân sự; bản tóm tắt không nêu văn bản này",
      "Article 3(2) provides for setting up the steering committees; the summary does not name it"
    ),
    rel(
      "ttlt-05-2016",
      "quy định hoạt động, thành phần của Ban Chỉ đạo thi hành án dân sự; bản tóm tắt không nêu văn bản này",
      "regulates the steering committees' operation and composition; the summary does not name it"
    )
  ],
  "4.1": [
    rel(
      "ttlt-05-2016",
      "cơ quan thi hành án dân sự là cơ quan thường trực của Ban Chỉ đạo theo văn bản này; bản tóm tắt không nêu",
      "makes the enforcement office the committee's standing body; the summary does not name it"
    )
  ],
  "4.2": [
    rel(
      "ct-04-ct-tw-2021",
      "chỉ thị của Trung ương về thu hồi tài sản trong các vụ án tham nhũng, kinh tế; bản tóm tắt không nêu",
      "the central directive on asset recovery in corruption and economic cases; the summary does not name it"
    )
  ],
  "4.3": [
    rel(
      "tt-06-2019-btp",
      "phân loại án được thống kê theo chế độ báo cáo thống kê có hiệu lực khi ban hành Chỉ thị (từ 26/7/2024: Thông tư 05/2024/TT-BTP); bản tóm tắt không nêu",
      "case classification is counted under the statistical regime in force when the directive was issued (from 26/7/2024: TT 05/2024); the summary does not name it"
    )
  ],
  "4.4": [
    rel(
      "nq-96-2019-qh14",
      "nghị quyết của Quốc hội về chỉ tiêu thi hành án; chỉ tiêu hằng năm do cơ quan quản lý thi hành án giao; bản tóm tắt không nêu",
      "the National Assembly resolution on enforcement targets; yearly targets are set by the enforcement administration; the summary does not name it"
    )
  ],
  "4.5": [
    rel(
      "tt-13-2021-btp",
      "quy trình giải quyết khiếu nại, tố cáo trong thi hành án dân sự; bản tóm tắt không nêu",
      "the procedure for complaints and denunciations in enforcement; the summary does not name it"
    )
  ]
}

const provision = (
  id: string,
  actorIds: ReadonlyArray<string>,
  text: Text,
  invokes: ReadonlyArray<Documents.DocumentId> = [],
  recipients?: ReadonlyArray<string>
): Provision => ({
  id,
  text,
  actors: actorIds,
  ...(recipients === undefined ? {} : { recipients }),
  invokes,
  related: related[id] ?? [],
  citation: cite(id)
})

/**
 * The 24 operative provisions.
 *
 * @example
 * ```ts
 * Directive09.provisions.length // 24
 * Directive09.provisions.find((p) => p.id === "1.3")?.actors // ["A04", "A05", "A06", "A07"]
 * ```
 * @since 0.1.0
 */
export const provisions: ReadonlyArray<Provision> = [
  provision("1.1", ["A02"], {
    vi: "Tăng cường sự lãnh đạo đối với công tác THADS, THAHC; quán triệt, triển khai nghiêm túc các văn bản, quy định của Đảng, Nhà nước về THADS, THAHC, coi đây là nhiệm vụ trọng tâm, thường xuyên.",
    en: "Lead civil and administrative judgment enforcement; disseminate and apply the Party's and State's texts on it as a central, regular task."
  }),
  provision("1.2", ["A02"], {
    vi: "Nâng cao nhận thức, trách nhiệm của cán bộ, đảng viên, ngành THADS và ý thức chấp hành pháp luật của nhân dân; bản án được tự nguyện thi hành, hạn chế đến mức thấp nhất phải cưỡng chế.",
    en: "Raise awareness and responsibility of officials, enforcement staff and citizens; judgments executed voluntarily, coercion kept to a minimum."
  }),
  provision(
    "1.3",
    ["A04", "A05", "A06", "A07"],
    {
      vi: "Thực hiện nghiêm cơ chế định kỳ quý, 6 tháng, năm và đột xuất, Thường trực, Ban Thường vụ cấp ủy nghe các cơ quan tư pháp, cơ quan THADS báo cáo tình hình, kết quả hoạt động để kịp thời chỉ đạo tháo gỡ khó khăn, vướng mắc.",
      en: "Standing boards hear reports from the judicial and enforcement agencies quarterly, half-yearly, yearly and ad hoc, to direct the removal of obstacles."
    },
    [],
    ["A01", "A02"]
  ),
  provision("1.4", ["A02"], {
    vi: "Đưa công tác THADS, THAHC vào chương trình kiểm tra, giám sát của cấp ủy; kịp thời phát hiện, chấn chỉnh, xử lý nghiêm các sai phạm.",
    en: "Put enforcement into the party committees' inspection and supervision programmes; detect, correct and strictly handle violations."
  }),
  provision("2.1", ["A03"], {
    vi: "Tập trung lãnh đạo, chỉ đạo tăng cường công tác quản lý nhà nước về THADS, THAHC trên địa bàn tỉnh.",
    en: "Lead and strengthen state management of civil and administrative judgment enforcement in the province."
  }),
  provision("2.2", ["A03"], {
    vi: "Căn cứ tình hình, khả năng của tỉnh, quan tâm hỗ trợ xây dựng các kho vật chứng bảo đảm an toàn.",
    en: "Support building safe evidence warehouses, within the province's means."
  }),
  provision(
    "2.3",
    ["A03"],
    {
      vi: "Thường xuyên củng cố, kiện toàn, nâng cao hiệu quả hoạt động của Ban Chỉ đạo THADS hai cấp.",
      en: "Consolidate the two-level steering committees and raise their effectiveness."
    },
    []
  ),
  provision("2.4", ["A03"], {
    vi: "Tập trung giải quyết dứt điểm các vụ việc có điều kiện thi hành, nhất là các vụ việc tồn đọng, phức tạp, kéo dài, các vụ việc bán đấu giá thành nhưng chậm giao tài sản cho người mua trúng đấu giá.",
    en: "Resolve enforceable cases for good, above all backlog, complex and protracted ones, and auctions completed where the asset has not yet been handed to the buyer."
  }),
  provision("2.5", ["A03"], {
    vi: "Giải quyết nhanh các trường hợp phải thực hiện trách nhiệm bồi thường do quá trình thi hành án gây ra.",
    en: "Quickly settle state compensation owed for damage caused by enforcement."
  }),
  provision(
    "2.6",
    ["A03"],
    {
      vi: "Lãnh đạo, chỉ đạo chính quyền cấp cơ sở, ngành tài nguyên và môi trường phối hợp tốt với cơ quan THADS trong xác minh, giải quyết thủ tục thi hành án, cung cấp thông tin về tài sản của người phải thi hành án.",
      en: "Direct grassroots authorities and the natural resources sector to cooperate with the enforcement offices: verification, procedures, information on debtors' assets."
    },
    [],
    ["A15"]
  ),
  provision("3.1", ["A04", "A05", "A06"], {
    vi: "Lãnh đạo thực hiện nghiêm quy chế phối hợp liên ngành để nâng cao hiệu quả công tác thi hành án.",
    en: "Apply the inter-sector coordination rules strictly to make enforcement more effective."
  }),
  provision(
    "4.1",
    ["A07"],
    {
      vi: "Phát huy vai trò cơ quan thường trực Ban Chỉ đạo THADS trong công tác tham mưu cấp ủy, chính quyền chỉ đạo thực hiện có hiệu quả công tác THADS, THAHC.",
      en: "Act as the standing body of the steering committees: advise party committees and authorities."
    },
    []
  ),
  provision(
    "4.2",
    ["A07"],
    {
      vi: "Tháo gỡ khó khăn, vướng mắc, đẩy nhanh tiến độ thi hành các bản án, quyết định đã có hiệu lực pháp luật, nâng cao hiệu quả thu hồi tài sản trong các vụ án tham nhũng, kinh tế.",
      en: "Remove obstacles; speed up enforcement of judgments in force; raise asset recovery in corruption and economic cases."
    },
    []
  ),
  provision(
    "4.3",
    ["A07"],
    {
      vi: "Triển khai quyết liệt, đồng bộ các biện pháp nghiệp vụ, nhất là công tác phân loại án, không để xảy ra tiêu cực, gắn với công tác dân vận, vận động người phải thi hành án tự nguyện thi hành.",
      en: "Apply professional measures, above all case classification; no misconduct; persuade debtors to comply voluntarily."
    },
    []
  ),
  provision(
    "4.4",
    ["A07"],
    {
      vi: "Thực hiện đạt và vượt chỉ tiêu về việc và tiền, kéo giảm lượng án tồn đọng và án có điều kiện thi hành nhưng chưa tổ chức thi hành phải chuyển sang kỳ sau.",
      en: "Reach and exceed the targets in cases and money; reduce the backlog and the enforceable cases carried to the next period."
    },
    []
  ),
  provision(
    "4.5",
    ["A07"],
    {
      vi: "Thực hiện tốt công tác tiếp công dân, xử lý đơn thư khiếu nại, tố cáo.",
      en: "Receive citizens; handle complaints and denunciations."
    },
    []
  ),
  provision(
    "4.6",
    ["A07"],
    {
      vi: "Thực hiện Chỉ thị số 01/CT-BTP ngày 11/02/2014 của Bộ trưởng Bộ Tư pháp về phòng, chống tiêu cực, tham nhũng trong công tác THADS.",
      en: "Apply Directive 01/CT-BTP (11/02/2014) on preventing misconduct and corruption in enforcement."
    },
    ["ct-01-btp-2014"]
  ),
  provision(
    "4.7",
    ["A07"],
    {
      vi: "Thực hiện Chương trình tổng thể cải cách hành chính giai đoạn 2021-2025, nhất là ứng dụng công nghệ thông tin; tự kiểm tra nội bộ, khắc phục các sai sót, vi phạm bị kháng nghị, kiến nghị.",
      en: "Apply the administrative reform programme 2021–2025, above all IT; internal inspection; correct errors that drew protests or recommendations."
    },
    ["chuong-trinh-cchc-2021-2025"]
  ),
  provision("4.8", ["A07"], {
    vi: "Thường xuyên phối hợp rà soát, bổ sung và thực hiện có hiệu quả quy chế phối hợp hoạt động với các ngành, địa phương, cơ quan, đơn vị có liên quan.",
    en: "Review and apply coordination rules with other sectors and localities."
  }),
  provision(
    "4.9",
    ["A07"],
    {
      vi: "Củng cố, kiện toàn tổ chức bộ máy cơ quan THADS hai cấp tinh gọn, hiệu lực, hiệu quả; thực hiện tốt Chỉ thị số 05-CT/TU ngày 20/7/2021 và Chỉ thị số 08-CT/TU ngày 27/7/2021 của Ban Thường vụ Tỉnh ủy.",
      en: "Keep the two-level offices lean and effective; apply Directives 05-CT/TU (20/7/2021, discipline) and 08-CT/TU (27/7/2021, political education)."
    },
    ["ct-05-ct-tu-2021", "ct-08-ct-tu-2021"]
  ),
  provision("5.1", ["A09", "A10", "A11"], {
    vi: "Tăng cường công tác giám sát hoạt động THADS, THAHC, kịp thời phát hiện, kiến nghị chấn chỉnh, xử lý các sai phạm.",
    en: "Supervise civil and administrative judgment enforcement; detect violations and recommend corrections."
  }),
  provision(
    "6.1",
    ["A12"],
    {
      vi: "Hướng dẫn, chỉ đạo định hướng các cơ quan báo đài, đội ngũ báo cáo viên, cộng tác viên dư luận xã hội đẩy mạnh tuyên truyền sâu rộng Chỉ thị.",
      en: "Guide the media, party speakers and public-opinion collaborators to publicise the directive widely."
    },
    [],
    ["A16"]
  ),
  provision(
    "7.1",
    ["A13"],
    {
      vi: "Chỉ đạo, hướng dẫn Mặt trận Tổ quốc Việt Nam và các tổ chức chính trị - xã hội tuyên truyền, vận động đoàn viên, hội viên, nhân dân tự giác chấp hành pháp luật về THADS, THAHC.",
      en: "Guide the Fatherland Front and socio-political organisations to mobilise members and citizens to comply with enforcement law."
    },
    [],
    ["A10", "A11"]
  ),
  provision(
    "8.1",
    ["A14"],
    {
      vi: "Chủ trì, phối hợp với các cơ quan, đơn vị liên quan theo dõi, kiểm tra, đôn đốc việc thực hiện Chỉ thị; định kỳ sơ kết, tổng kết báo cáo kết quả thực hiện.",
      en: "Preside over monitoring, inspecting and urging the directive's implementation; periodic interim and final reviews reported to the Standing Board."
    },
    [],
    ["A01"]
  )
]

/**
 * The cadences: §1.3 hearings and §8.1 reviews.
 *
 * @example
 * ```ts
 * Directive09.cadences.map((c) => c.id) // ["hearings", "reviews"]
 * ```
 * @since 0.1.0
 */
export const cadences: ReadonlyArray<Cadence> = [
  {
    id: "hearings",
    provision: "1.3",
    kind: "hearing",
    frequencies: ["quarterly", "half-yearly", "yearly", "ad-hoc"],
    from: ["A04", "A05", "A06", "A07"],
    to: ["A01", "A02"],
    text: {
      vi: "Báo cáo tại phiên nghe của Thường trực, Ban Thường vụ cấp ủy",
      en: "Report at the standing board's hearing"
    }
  },
  {
    id: "reviews",
    provision: "8.1",
    kind: "review",
    frequencies: ["ad-hoc"],
    from: ["A14"],
    to: ["A01"],
    text: { vi: "Sơ kết, tổng kết thực hiện Chỉ thị", en: "Interim and final reviews of the directive" }
  }
]

/**
 * The directive.
 *
 * @example
 * ```ts
 * Directive09.directive.provisions.length // 24
 * ```
 * @since 0.1.0
 */
export const directive: Directive = DirectiveModel.validate({
  document: "ct-09-ct-tu-2021",
  source: {
    kind: "published-summary",
    description: {
      vi: "Bản tin ngày 10/9/2021 tóm tắt Chỉ thị 09-CT/TU (../shared/seed/chi-thi-09-CT-TU-tay-ninh-2021.txt), không phải toàn văn",
      en: "A news summary of Directive 09-CT/TU dated 10/9/2021 (../shared/seed/chi-thi-09-CT-TU-tay-ninh-2021.txt), not the full text"
    }
  },
  invokes: ["ct-17-ct-tu-2015"],
  issuer: "A01",
  actors,
  provisions,
  cadences
})
