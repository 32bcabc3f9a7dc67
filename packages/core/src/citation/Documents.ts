/**
 * The document registry — every legal and administrative document (văn bản)
 * that the domain notes (`shared/domain/*.md`) and the seed text on Chỉ thị
 * 09-CT/TU cite. Ids are a contract: rules, parameters and findings refer to
 * documents by these ids only.
 *
 * Only what the notes say (or the sources they name, such as the Pháp điển
 * compilation "PĐ") is encoded. A date or number the notes do not give is left
 * `undefined` and `notes` says so; nothing is guessed.
 *
 * @since 0.1.0
 */
import * as Schema from "effect/Schema"
import * as CivilDate from "../base/CivilDate.js"
import * as LegalDocument from "./LegalDocument.js"

const d = CivilDate.make
const named = LegalDocument.numberedName

// Source keys, as written in the domain notes, followed by the address given there.
const S1 = "S1 https://thads.moj.gov.vn:443/noidung/tintuc/lists/nghiencuutraodoi/view_detail.aspx?itemid=1123"
const S2 =
  "S2 https://thuvienphapluat.vn/phap-luat/ho-tro-phap-luat/ky-bao-cao-thong-ke-thi-hanh-an-dan-su-bao-gom-nhung-gi-so-lieu-thong-ke-thi-hanh-an-dan-su-co-gia--73699.html"
const S3 =
  "S3 https://nganhangphapluat.lawnet.vn/tu-van-phap-luat/thu-tuc-to-tung/thoi-han-gui-nhan-bao-cao-thong-ke-thi-hanh-an-dan-su-312314"
const S4 =
  "S4 https://thukyluat.vn/news/diem-tin-van-ban/ban-hanh-trinh-tu-gui-bao-cao-thong-ke-thi-hanh-an-dan-su-69063.html"
const S5 = "S5 https://123doc.top/document/4613503-thong-tu-08-2015-tt-btp-che-do-bao-cao-thi-hanh-an-dan-su.htm"
const S6 =
  "S6 https://m.thuvienphapluat.vn/van-ban/Thu-tuc-To-tung/Van-ban-hop-nhat-2319-VBHN-BTP-2015-Che-do-bao-cao-thong-ke-thi-hanh-an-dan-su-286187.aspx"
const S7 = "S7 https://luathoanhut.vn/print-22371.html"
const S8 = "S8 https://www.gso.gov.vn/du-lieu-dac-ta/2019/12/htcttkqg-ket-qua-thi-hanh-an-dan-su/"
const S9 =
  "S9 https://thuviennhadat.vn/phap-luat-doi-song/chi-tieu-thong-ke-ket-qua-thi-hanh-an-dan-su-tinh-bang-viec-chu-dong-thi-hanh-an-duoc-quy-dinh-nhu-t-428799.html"
const S17 = "S17 https://noichinh.vn/tin-tuc-su-kien/tin-trung-uong/202110/day-manh-cong-tac-thi-hanh-an-dan-su-310245"
const S25 =
  "S25 GitHub diepxuan/diepxuan.github.io van-ban/tu-phap-thi-hanh-an/nghi-dinh-152-2026-nd-cp-thi-hanh-an-dan-su.md (origin vanban.chinhphu.vn docid 218079)"
const S26 = "S26 https://thads.moj.gov.vn/noidung/tintuc/Lists/ChiDaoDieuHanh/View_Detail.aspx?Page=1"
const S27 =
  "S27 https://vneconomy.vn/cuc-quan-ly-thi-hanh-an-dan-su-co-7-don-vi-chuyen-mon-va-34-co-quan-thi-hanh-an-dan-su-cap-tinh-thanh-pho.htm"
const S29 = "S29 https://vietnamnet.vn/xem-danh-sach-96-bi-thu-xa-phuong-moi-cua-tay-ninh-2416761.html"
const S30 =
  "S30 https://tayninh.gov.vn/vi/news/thong-tin-cai-cach-hanh-chinh/ho-t--ng-c-a-ban-ch--o-thi-h-nh-n-d-n-s-t-nh-n-m-2021-44855.html"
const S36 = "S36 https://thads.moj.gov.vn/noidung/tintuc/Lists/ThongTinChung/View_Detail.aspx?ItemID=1145"
const S37 = "S37 http://thads.moj.gov.vn/noidung/tintuc/Lists/TinTuBoTuPhap/View_Detail.aspx?ItemID=2277"
const S38 =
  "S38 https://danchuphapluat.vn/bo-tu-phap-cong-bo-cac-quyet-dinh-ve-cong-tac-to-chuc-can-bo-va-ra-mat-he-thong-bien-lai-dien-tu-thi-hanh-an-dan-su-6856.html"
const PD = "PĐ GitHub diepxuan/diepxuan.github.io van-ban/thi-hanh-an/thi-hanh-an-dan-su.md (HEAD fbaa690e)"
const PD_TTHC =
  "PĐ-TTHC GitHub diepxuan/diepxuan.github.io van-ban/to-tung-va-cac-phuong-thuc-giai-quyet-tranh-chap/to-tung-hanh-chinh.md"
const PD_TK = "PĐ GitHub diepxuan/diepxuan.github.io van-ban/thong-ke/thong-ke.md"
/** The only stored version of the statistics compilation that holds TT 05/2024's article texts (first paragraph each). */
const PD_TK_83 =
  "PĐ GitHub diepxuan/diepxuan.github.io van-ban/thong-ke/thong-ke.md at commit 83cca8a85da481f2636aea1f954485d30fb72a15 (22/02/2026), Điều 31.1.TT.80.x"
const PD_LD = "PĐ GitHub diepxuan/diepxuan.github.io van-ban/lao-dong/lao-dong.md (HEAD fbaa690e), Điều 20.2.LQ.112"
const NQ1682_TEXT = "GitHub dvhcvn/20250701 input/docs/1682_NQ-UBTVQH15.md (commit 1fe34bb3)"
const NQ1682_TVPL =
  "https://thuvienphapluat.vn/bulletin/document.aspx?bid=9f547a10-1eba-41b3-808b-fdac89fb7305 (English translation of NQ 1682/NQ-UBTVQH15)"
const NQ202_LAODONG = "https://news.laodong.vn/thoi-su/thoi-diem-ket-thuc-hoat-dong-bo-may-52-tinh-thanh-cu-1522769.ldo"
const SEED = "seed shared/seed/chi-thi-09-CT-TU-tay-ninh-2021.txt (report of 10/09/2021)"
const LAWNET_TT05 =
  "https://lawnet.vn/thong-tin-phap-luat/en/chinh-sach-moi/system-of-statistical-forms-of-civil-judgment-enforcement-in-vietnam-from-july-26-2024-139796.html"
const LAWNET_TT05_ART8 =
  "https://lawnet.vn/en/laws/how-to-prepare-statistical-reports-on-civil-judgment-enforcement-and-monitor-administrative-judgment-166671.html"

const TARGETS_2014 = "https://thads.moj.gov.vn/noidung/tintuc/Lists/TinTuBoTuPhap/View_Detail.aspx?ItemID=857"
const TARGETS_2016 = "https://thads.moj.gov.vn/noidung/tintuc/Lists/ThongTinChung/View_Detail.aspx?ItemID=1126"
const TARGETS_2024 = "https://thads.moj.gov.vn/noidung/tintuc/Lists/ChiDaoDieuHanh/View_Detail.aspx?ItemID=3980"

const MOJ: LegalDocument.Bilingual = { vi: "Bộ Tư pháp", en: "Ministry of Justice" }
const TONG_CUC: LegalDocument.Bilingual = {
  vi: "Tổng cục Thi hành án dân sự",
  en: "General Department of Civil Judgment Enforcement"
}
const MINISTER_MOJ: LegalDocument.Bilingual = { vi: "Bộ trưởng Bộ Tư pháp", en: "Minister of Justice" }
const NA: LegalDocument.Bilingual = { vi: "Quốc hội", en: "National Assembly" }
const GOV: LegalDocument.Bilingual = { vi: "Chính phủ", en: "Government" }
const PM: LegalDocument.Bilingual = { vi: "Thủ tướng Chính phủ", en: "Prime Minister" }
const VPCP: LegalDocument.Bilingual = { vi: "Văn phòng Chính phủ", en: "Office of the Government" }
const MOLISA: LegalDocument.Bilingual = {
  vi: "Bộ Lao động - Thương binh và Xã hội",
  en: "Ministry of Labour, Invalids and Social Affairs"
}
const MOHA: LegalDocument.Bilingual = { vi: "Bộ Nội vụ", en: "Ministry of Home Affairs" }
const BTV_TAY_NINH: LegalDocument.Bilingual = {
  vi: "Ban Thường vụ Tỉnh ủy Tây Ninh",
  en: "Standing Board of the Tây Ninh Provincial Party Committee"
}

const holidayNoticeTitle = (year: number): LegalDocument.Bilingual => ({
  vi: `Thông báo lịch nghỉ Tết Âm lịch và Quốc khánh năm ${year} đối với cán bộ, công chức, viên chức và người lao động`,
  en: `Notice of the ${year} Lunar New Year and National Day holidays for officials, public employees and workers`
})

/**
 * The registry, in thematic order: enforcement laws and decrees; statistical
 * reporting; administrative judgments; targets and organisation; party and
 * executive directives; working time and holidays.
 *
 * @example
 * ```ts
 * Documents.registry.length > 0 // true
 * ```
 * @since 0.1.0
 */
export const registry = [
  // ── Civil judgment enforcement: laws ──────────────────────────────────────
  {
    id: "luat-thads-2008",
    kind: "luat",
    number: "26/2008/QH12",
    shortName: { vi: "Luật Thi hành án dân sự", en: "Law on Civil Judgment Enforcement" },
    title: { vi: "Luật Thi hành án dân sự", en: "Law on Civil Judgment Enforcement" },
    issuer: NA,
    inForceFrom: d("2009-07-01"),
    inForceTo: d("2026-06-30"),
    replacedBy: ["luat-thads-2025"],
    confidence: "verified",
    sources: [PD],
    notes:
      "Cited as amended by Luật 64/2014/QH13 and Luật 03/2022/QH15 (article numbering valid until 30/6/2026). " +
      "In force 01/07/2009 per the PĐ provision headers; the date of passage is not in the notes. " +
      "Replaced by Luật 106/2025/QH15 from 01/7/2026."
  },
  {
    id: "luat-64-2014-qh13",
    kind: "luat",
    number: "64/2014/QH13",
    shortName: named("luat", "64/2014/QH13"),
    title: {
      vi: "Luật sửa đổi, bổ sung một số điều của Luật Thi hành án dân sự",
      en: "Law amending and supplementing a number of articles of the Law on Civil Judgment Enforcement"
    },
    issuer: NA,
    issued: d("2014-11-25"),
    inForceFrom: d("2015-07-01"),
    amends: ["luat-thads-2008"],
    confidence: "verified",
    sources: [PD],
    notes: "Repealed Điều 51 (trả đơn) from 01/7/2015. Dates from the PĐ provision headers."
  },
  {
    id: "luat-03-2022-qh15",
    kind: "luat",
    number: "03/2022/QH15",
    shortName: named("luat", "03/2022/QH15"),
    title: {
      vi:
        "Luật sửa đổi, bổ sung một số điều của Luật Đầu tư công, Luật Đầu tư theo phương thức đối tác công tư, " +
        "Luật Đầu tư, Luật Nhà ở, Luật Đấu thầu, Luật Điện lực, Luật Doanh nghiệp, Luật Thuế tiêu thụ đặc biệt " +
        "và Luật Thi hành án dân sự",
      en:
        "Law amending the Laws on Public Investment, Public-Private Partnership Investment, Investment, Housing, " +
        "Bidding, Electricity, Enterprises, Special Consumption Tax and Civil Judgment Enforcement"
    },
    issuer: NA,
    issued: d("2022-01-11"),
    inForceFrom: d("2022-03-01"),
    amends: ["luat-thads-2008"],
    confidence: "verified",
    sources: [PD, S1],
    notes:
      "Its Điều 9 amends the Law on Civil Judgment Enforcement (e.g. Điều 55, ủy thác). TT 05/2024 cites the Law " +
      "'as amended to 11/01/2022'. Title and dates from the PĐ provision headers."
  },
  {
    id: "luat-thads-2025",
    kind: "luat",
    number: "106/2025/QH15",
    shortName: { vi: "Luật Thi hành án dân sự năm 2025", en: "Law on Civil Judgment Enforcement 2025" },
    title: { vi: "Luật Thi hành án dân sự", en: "Law on Civil Judgment Enforcement" },
    issuer: NA,
    issued: d("2025-12-05"),
    inForceFrom: d("2026-07-01"),
    confidence: "verified",
    sources: [S26],
    notes:
      "Passed 05/12/2025; in force 01/7/2026, its digital-procedure parts from 20/01/2026. Renumbers the " +
      "articles (thời hiệu in Điều 34, verification in Điều 38). Its own periods and verification frequency " +
      "were not read [U]."
  },
  // ── Civil judgment enforcement: decrees ───────────────────────────────────
  {
    id: "nd-62-2015",
    kind: "nghi-dinh",
    number: "62/2015/NĐ-CP",
    shortName: named("nghi-dinh", "62/2015/NĐ-CP"),
    title: {
      vi: "Quy định chi tiết và hướng dẫn thi hành một số điều của Luật Thi hành án dân sự",
      en: "Detailing and guiding a number of articles of the Law on Civil Judgment Enforcement"
    },
    issuer: GOV,
    issued: d("2015-07-18"),
    inForceFrom: d("2015-09-01"),
    inForceTo: d("2026-06-30"),
    replacedBy: ["nd-152-2026"],
    confidence: "verified",
    sources: [PD],
    notes: "Amended by NĐ 33/2020 and NĐ 152/2024; replaced by NĐ 152/2026 from 01/7/2026. Dates from the PĐ headers."
  },
  {
    id: "nd-33-2020",
    kind: "nghi-dinh",
    number: "33/2020/NĐ-CP",
    shortName: named("nghi-dinh", "33/2020/NĐ-CP"),
    title: {
      vi: "Sửa đổi, bổ sung một số điều của Nghị định số 62/2015/NĐ-CP quy định chi tiết và hướng dẫn thi hành một số điều của Luật Thi hành án dân sự",
      en: "Amending Decree 62/2015/ND-CP detailing the Law on Civil Judgment Enforcement"
    },
    issuer: GOV,
    issued: d("2020-03-17"),
    inForceFrom: d("2020-05-01"),
    amends: ["nd-62-2015"],
    confidence: "verified",
    sources: [PD],
    notes: "Dates from the PĐ headers."
  },
  {
    id: "nd-152-2024",
    kind: "nghi-dinh",
    number: "152/2024/NĐ-CP",
    shortName: named("nghi-dinh", "152/2024/NĐ-CP"),
    title: {
      vi: "Sửa đổi, bổ sung một số điều của Nghị định số 62/2015/NĐ-CP đã được sửa đổi, bổ sung theo Nghị định số 33/2020/NĐ-CP",
      en: "Amending Decree 62/2015/ND-CP as amended by Decree 33/2020/ND-CP"
    },
    issuer: GOV,
    issued: d("2024-11-15"),
    inForceFrom: d("2025-01-01"),
    amends: ["nd-62-2015"],
    confidence: "verified",
    sources: [PD],
    notes: "Dates from the PĐ headers."
  },
  {
    id: "nd-152-2026",
    kind: "nghi-dinh",
    number: "152/2026/NĐ-CP",
    shortName: named("nghi-dinh", "152/2026/NĐ-CP"),
    title: {
      vi: "Quy định chi tiết một số điều và biện pháp thi hành Luật Thi hành án dân sự",
      en: "Detailing a number of articles of, and measures to implement, the Law on Civil Judgment Enforcement"
    },
    issuer: GOV,
    issued: d("2026-05-13"),
    inForceFrom: d("2026-07-01"),
    confidence: "verified",
    sources: [S25],
    notes:
      "Replaces NĐ 62/2015 from 01/7/2026 (Điều 22 separate book after 2 years; Điều 23 publication). " +
      "Issue date and title from the S25 file's header (OCR text; its 'căn cứ' block is garbled)."
  },
  {
    id: "nd-151-2026",
    kind: "nghi-dinh",
    number: "151/2026/NĐ-CP",
    shortName: named("nghi-dinh", "151/2026/NĐ-CP"),
    title: {
      vi: "Quy định về tổ chức và hoạt động của văn phòng thi hành án dân sự, Thừa hành viên",
      en: "Organisation and operation of civil judgment enforcement offices and enforcement agents (Thừa hành viên)"
    },
    issuer: GOV,
    issued: d("2026-05-13"),
    inForceFrom: d("2026-07-01"),
    confidence: "verified",
    sources: [
      "GitHub diepxuan/diepxuan.github.io van-ban/tu-phap-thi-hanh-an/nghi-dinh-151-2026-nd-cp-thi-hanh-an-dan-su.md"
    ],
    notes:
      "forms.md: cites Luật 106/2025/QH15 [V]. Title, issue date (13/5/2026) and entry into force (Điều 57: " +
      "01/7/2026) from the OCR text in the same repository as S25."
  },
  {
    id: "ttlt-05-2016",
    kind: "thong-tu-lien-tich",
    number: "05/2016/TTLT/BTP-BCA-BTC-TANDTC-VKSNDTC",
    shortName: named("thong-tu-lien-tich", "05/2016/TTLT/BTP-BCA-BTC-TANDTC-VKSNDTC"),
    title: {
      vi: "Quy định hoạt động của Ban Chỉ đạo thi hành án dân sự",
      en: "Operation of the civil judgment enforcement steering committees"
    },
    issuer: {
      vi: "Bộ Tư pháp, Bộ Công an, Bộ Tài chính, Tòa án nhân dân tối cao, Viện kiểm sát nhân dân tối cao",
      en: "Ministry of Justice, Ministry of Public Security, Ministry of Finance, Supreme People's Court, Supreme People's Procuracy"
    },
    issued: d("2016-05-19"),
    inForceFrom: d("2016-07-05"),
    confidence: "verified",
    sources: [PD],
    notes:
      "Read in PĐ (Điều 30.2.TL.6.x). Điều 3: UBND cấp tỉnh / cấp huyện set up the committee on the proposal of the " +
      "Cục trưởng / Chi cục trưởng. Điều 4 (Thành phần Ban Chỉ đạo, Tổ Thư ký): k1 province — a) chair: Chủ tịch " +
      "or Phó Chủ tịch UBND cấp tỉnh, b) vice-chair: Cục trưởng, c) members: Giám đốc Sở Tư pháp, Sở Tài chính, " +
      "Sở Tài nguyên và Môi trường, Công an cấp tỉnh (+ optional others); k2 district likewise (Trưởng phòng Tư " +
      "pháp, Tài chính, Tài nguyên và Môi trường, Trưởng Công an cấp huyện); k4 all part-time. Điều 11 k2: reports " +
      "6-monthly, yearly and per coercion case. The symbol is written 'TTLT/BTP-…' (slash) in the PĐ header."
  },
  {
    id: "tt-04-2023-btp",
    kind: "thong-tu",
    number: "04/2023/TT-BTP",
    shortName: named("thong-tu", "04/2023/TT-BTP"),
    title: {
      vi: "Hướng dẫn thực hiện một số thủ tục về quản lý hành chính và biểu mẫu nghiệp vụ trong thi hành án dân sự",
      en: "Guidance on administrative-management procedures and professional forms in civil judgment enforcement"
    },
    issuer: MOJ,
    issued: d("2023-08-14"),
    inForceFrom: d("2023-10-01"),
    confidence: "verified",
    sources: [PD],
    notes: "Named in the notes only as part of the PĐ compilation; number suffix, title and dates from PĐ."
  },
  {
    id: "tt-13-2021-btp",
    kind: "thong-tu",
    number: "13/2021/TT-BTP",
    shortName: named("thong-tu", "13/2021/TT-BTP"),
    title: {
      vi: "Quy định quy trình xử lý, giải quyết đơn khiếu nại, tố cáo, kiến nghị, phản ánh trong thi hành án dân sự",
      en: "Procedure for handling complaints, denunciations, recommendations and feedback in civil judgment enforcement"
    },
    issuer: MOJ,
    issued: d("2021-12-30"),
    inForceFrom: d("2022-02-13"),
    confidence: "verified",
    sources: [PD],
    notes: "Điều 32: the Cục tracks complaints province-wide and reports under TT 06/2019. Title and dates from PĐ."
  },
  // ── Statistical reporting ─────────────────────────────────────────────────
  {
    id: "qd-02-2006-btp",
    kind: "quyet-dinh",
    number: "02/2006/QĐ-BTP",
    shortName: named("quyet-dinh", "02/2006/QĐ-BTP"),
    title: {
      vi: "Chế độ báo cáo thống kê thi hành án dân sự (biểu mẫu trước Thông tư 01/2013/TT-BTP)",
      en: "Civil judgment enforcement statistical forms (the regime before Circular 01/2013/TT-BTP)"
    },
    issuer: MOJ,
    confidence: "verified",
    sources: ["thads.moj.gov.vn TinTuBoTuPhap ItemID=645"],
    notes:
      "A Chấp hành viên filled 8 forms, a unit 10, plus 12 for the whole province. Title is descriptive; " +
      "issue and in-force dates are not in the notes; its replacement by TT 01/2013 is not stated."
  },
  {
    id: "tt-01-2013-btp",
    kind: "thong-tu",
    number: "01/2013/TT-BTP",
    shortName: named("thong-tu", "01/2013/TT-BTP"),
    title: {
      vi: "Hướng dẫn Chế độ báo cáo thống kê thi hành án dân sự",
      en: "Guidance on statistical reporting on civil judgment enforcement"
    },
    issuer: MOJ,
    issued: d("2013-01-03"),
    inForceTo: d("2020-01-04"),
    replacedBy: ["tt-06-2019-btp"],
    confidence: "verified",
    sources: [S6, S5],
    notes:
      "Amended by TT 08/2015, consolidated in VBHN 2319/VBHN-BTP. Covered THADS and the reminding (đôn đốc) " +
      "of THAHC. Entry into force not in the notes. inForceTo is inferred [I]: the day before TT 06/2019 took effect."
  },
  {
    id: "tt-08-2015-btp",
    kind: "thong-tu",
    number: "08/2015/TT-BTP",
    shortName: named("thong-tu", "08/2015/TT-BTP"),
    title: {
      vi: "Sửa đổi, bổ sung Thông tư 01/2013/TT-BTP hướng dẫn Chế độ báo cáo thống kê thi hành án dân sự",
      en: "Amending Circular 01/2013/TT-BTP on statistical reporting on civil judgment enforcement"
    },
    issuer: MOJ,
    issued: d("2015-06-26"),
    amends: ["tt-01-2013-btp"],
    confidence: "verified",
    sources: [S5, S7],
    notes:
      "Split the results forms into việc/tiền 'theo yêu cầu'; Điều 10 k2 deadlines before day 02/04/07 of the next " +
      "period; Phụ lục 2 counting units. Its item 3 ('Sửa đổi, bổ sung khoản 2 Điều 10') rewrites TT 01/2013 Điều 10 k2, read in S5: 'a) Chậm nhất " +
      "trước ngày 02 của kỳ báo cáo kế tiếp, Chấp hành viên gửi báo cáo…; b) … trước ngày 04 …, Chi cục …; c) … " +
      "trước ngày 07 …, Cục …'. The text says nothing about rest days. Title descriptive; entry into force not in the notes."
  },
  {
    id: "vbhn-2319-2015-btp",
    kind: "van-ban-hop-nhat",
    number: "2319/VBHN-BTP",
    shortName: named("van-ban-hop-nhat", "2319/VBHN-BTP"),
    title: {
      vi: "Thông tư hướng dẫn Chế độ báo cáo thống kê thi hành án dân sự (hợp nhất Thông tư 01/2013/TT-BTP và Thông tư 08/2015/TT-BTP)",
      en: "Circular on statistical reporting on civil judgment enforcement (consolidating Circulars 01/2013/TT-BTP and 08/2015/TT-BTP)"
    },
    issuer: MOJ,
    issued: d("2015-07-01"),
    confidence: "verified",
    sources: [S6],
    notes: "A consolidation, not a new legal act: it has no validity period of its own. Title descriptive."
  },
  {
    id: "tt-06-2019-btp",
    kind: "thong-tu",
    number: "06/2019/TT-BTP",
    shortName: named("thong-tu", "06/2019/TT-BTP"),
    title: {
      vi: "Quy định Chế độ báo cáo thống kê thi hành án dân sự, theo dõi thi hành án hành chính",
      en: "Statistical reporting on civil judgment enforcement and monitoring of administrative judgment enforcement"
    },
    issuer: MOJ,
    issued: d("2019-11-21"),
    inForceFrom: d("2020-01-05"),
    inForceTo: d("2024-07-25"),
    replacedBy: ["tt-05-2024-btp"],
    confidence: "verified",
    sources: [S2, S3, S4, PD, S1],
    notes:
      "Issued 21/11/2019 per PĐ and S3 (S1 writes 21/12/2019, a typo: 21/11 + 45 days = 05/01/2020). " +
      "Điều 4 periods, Điều 9 k1 recipients, Điều 9 k2 deadlines 1/2/4 working days. Replaced by TT 05/2024 " +
      "from 26/7/2024, so its last day in force is 25/7/2024 [I]."
  },
  {
    id: "tt-05-2024-btp",
    kind: "thong-tu",
    number: "05/2024/TT-BTP",
    shortName: named("thong-tu", "05/2024/TT-BTP"),
    title: {
      vi: "Quy định chế độ báo cáo thống kê thi hành án dân sự, theo dõi thi hành án hành chính (thay thế Thông tư 06/2019/TT-BTP)",
      en: "Statistical reporting on civil judgment enforcement and monitoring of administrative judgment enforcement (replacing Circular 06/2019/TT-BTP)"
    },
    issuer: MOJ,
    issued: d("2024-06-10"),
    inForceFrom: d("2024-07-26"),
    confidence: "verified",
    sources: [S1, LAWNET_TT05, LAWNET_TT05_ART8, PD_TK_83, PD_TK],
    notes:
      "17 articles, 12 forms (Điều 2). Điều 10 k1 read in the PĐ statistics compilation (đề mục Thống kê, " +
      "Điều 31.1.TT.80.10, first paragraph only, stored at commit 83cca8a8; later commits keep only the title): " +
      "'Trong thời hạn 01 ngày làm việc, kể từ ngày kết thúc kỳ báo cáo thống kê, Chấp hành viên phải lập và gửi " +
      "báo cáo thống kê tới Thủ trưởng đơn vị nơi công tác.' TT.80 is TT 05/2024 by its Điều 31.1.TT.80.17 " +
      "('có hiệu lực từ ngày 26 tháng 7 năm 2024, thay thế Thông tư số 06/2019/TT-BTP'). It is not in " +
      "thi-hanh-an-dan-su.md. The rest of Điều 10 and the form codes were not found [U]. Title descriptive. One " +
      "unverified source says TT 05/2026/TT-BTP repeals it from 01/7/2026 (see tt-05-2026-btp); not encoded as " +
      "replacedBy: the end of the regime is a setting (ReportingDeadline.Settings.regimeEnd)."
  },
  {
    id: "tt-05-2026-btp",
    kind: "thong-tu",
    number: "05/2026/TT-BTP",
    shortName: named("thong-tu", "05/2026/TT-BTP"),
    title: {
      vi: "Quy định một số vấn đề về thống kê thi hành án dân sự (chưa kiểm chứng)",
      en: "Regulating certain matters concerning civil judgment enforcement statistics (unverified)"
    },
    issuer: MOJ,
    issued: d("2026-05-15"),
    inForceFrom: d("2026-07-01"),
    confidence: "unverified",
    sources: [
      "https://luatgpt.vn/legal-document/05-2026-tt-btp-decree-no-05-2026-tt-btp-regulating-certain-matters-concerning-st?hl=en"
    ],
    notes:
      "[U] Rests on one machine-translated page: dated 15/5/2026, in force 01/7/2026, said to repeal TT 05/2024. " +
      "Not verified elsewhere; do not rely on it."
  },
  {
    id: "ttlt-12-2021",
    kind: "thong-tu-lien-tich",
    number: "12/2021/TTLT-BTP-VKSNDTC-TANDTC",
    shortName: named("thong-tu-lien-tich", "12/2021/TTLT-BTP-VKSNDTC-TANDTC"),
    title: {
      vi: "Quy định về phối hợp trong thống kê thi hành án dân sự, theo dõi thi hành án hành chính liên ngành",
      en: "Inter-agency coordination in civil judgment enforcement statistics and administrative judgment monitoring"
    },
    issuer: {
      vi: "Bộ Tư pháp, Viện kiểm sát nhân dân tối cao, Tòa án nhân dân tối cao",
      en: "Ministry of Justice, Supreme People's Procuracy, Supreme People's Court"
    },
    issued: d("2021-12-29"),
    inForceFrom: d("2022-02-25"),
    confidence: "verified",
    sources: [PD],
    notes:
      "Forms 01–04/TKLN-THADS; periods 3, 6, 10, 12 months (Điều 6); deadlines Điều 8–10. Title and issue date from PĐ."
  },
  {
    id: "tt-10-2017-btp",
    kind: "thong-tu",
    number: "10/2017/TT-BTP",
    shortName: named("thong-tu", "10/2017/TT-BTP"),
    title: {
      vi: "Hệ thống chỉ tiêu thống kê ngành Tư pháp",
      en: "Statistical indicators of the justice sector"
    },
    issuer: MOJ,
    confidence: "verified",
    sources: [S9],
    notes:
      "Mục 19: indicators 1901/1904 (việc/tiền) and 1902/1905 (chủ động). Title descriptive; dates not in the notes. " +
      "S9 states that 1902/1905 use the formulas of 1901/1904; the text of 1901/1904 itself was not read [U], so the " +
      "completion rate cites gso-ket-qua-thads (S8) and names this circular only as related."
  },
  {
    id: "gso-ket-qua-thads",
    kind: "du-lieu-dac-ta",
    shortName: {
      vi: "Dữ liệu đặc tả chỉ tiêu “Kết quả thi hành án dân sự” (Tổng cục Thống kê)",
      en: "GSO metadata of the indicator “Results of civil judgment enforcement”"
    },
    title: {
      vi: "Hệ thống chỉ tiêu thống kê quốc gia: Kết quả thi hành án dân sự (dữ liệu đặc tả)",
      en: "National statistical indicator system: results of civil judgment enforcement (metadata)"
    },
    issuer: { vi: "Tổng cục Thống kê", en: "General Statistics Office" },
    confidence: "verified",
    sources: [S8],
    notes:
      "The General Statistics Office's metadata page of the national indicator (thads-rules.md §1, S8 [V]): " +
      "'thi hành xong' = fully enforced or đình chỉ, or partly enforced with the rest ủy thác, đình chỉ or giảm; " +
      "money collected but unclaimed counts as xong; the completion rate is xong over có điều kiện. Not a legal " +
      "text. Title descriptive, from the page's address (HTCTTKQG: hệ thống chỉ tiêu thống kê quốc gia; posted " +
      "12/2019); its period wording ('từ 31/9 năm trước đến 01/10 năm sau') is garbled and not followed."
  },
  {
    id: "luat-thong-ke-2015",
    kind: "luat",
    number: "89/2015/QH13",
    shortName: { vi: "Luật Thống kê năm 2015", en: "Law on Statistics 2015" },
    title: { vi: "Luật Thống kê", en: "Law on Statistics" },
    issuer: NA,
    issued: d("2015-11-23"),
    inForceFrom: d("2016-07-01"),
    confidence: "verified",
    sources: [S1, PD_TK],
    notes:
      "Cited by TT 05/2024 as 'Luật Thống kê 2015/2021' (amended by Luật 01/2021/QH15). Number and dates from the " +
      "PĐ statistics compilation; the notes give neither."
  },
  {
    id: "luat-01-2021-qh15",
    kind: "luat",
    number: "01/2021/QH15",
    shortName: named("luat", "01/2021/QH15"),
    title: {
      vi: "Luật sửa đổi, bổ sung Luật Thống kê",
      en: "Law amending the Law on Statistics"
    },
    issuer: NA,
    inForceFrom: d("2022-01-01"),
    amends: ["luat-thong-ke-2015"],
    confidence: "verified",
    sources: [S1, PD_TK],
    notes:
      "The '2021' of 'Luật Thống kê 2015/2021'. Number and entry into force from the PĐ statistics compilation; " +
      "title descriptive; date of passage not in the notes."
  },
  {
    id: "nd-94-2022",
    kind: "nghi-dinh",
    number: "94/2022/NĐ-CP",
    shortName: named("nghi-dinh", "94/2022/NĐ-CP"),
    title: {
      vi: "Quy định nội dung chỉ tiêu thống kê thuộc hệ thống chỉ tiêu thống kê quốc gia và quy trình biên soạn chỉ tiêu tổng sản phẩm trong nước, chỉ tiêu tổng sản phẩm trên địa bàn tỉnh, thành phố trực thuộc trung ương",
      en: "Content of the national statistical indicators and compilation of GDP and provincial GRDP"
    },
    issuer: GOV,
    issued: d("2022-11-07"),
    inForceFrom: d("2023-01-01"),
    confidence: "verified",
    sources: [S1, PD_TK],
    notes: "A legal basis of TT 05/2024 (national indicators). Title and dates from the PĐ statistics compilation."
  },
  {
    id: "nd-98-2022",
    kind: "nghi-dinh",
    number: "98/2022/NĐ-CP",
    shortName: named("nghi-dinh", "98/2022/NĐ-CP"),
    title: {
      vi: "Nghị định 98/2022/NĐ-CP (căn cứ ban hành Thông tư 05/2024/TT-BTP)",
      en: "Decree 98/2022/ND-CP (a legal basis of Circular 05/2024/TT-BTP)"
    },
    issuer: GOV,
    confidence: "verified",
    sources: [S1],
    notes: "Listed among the legal bases of TT 05/2024; its subject and dates are not in the notes."
  },
  // ── Administrative judgments (THAHC) ──────────────────────────────────────
  {
    id: "luat-tthc-2015",
    kind: "luat",
    number: "93/2015/QH13",
    shortName: { vi: "Luật Tố tụng hành chính", en: "Law on Administrative Procedure" },
    title: { vi: "Luật Tố tụng hành chính", en: "Law on Administrative Procedure" },
    issuer: NA,
    issued: d("2015-11-25"),
    inForceFrom: d("2016-07-01"),
    confidence: "verified",
    sources: [PD_TTHC],
    notes: "Điều 309–313 on enforcing administrative judgments. Amended by Luật 55/2019/QH14. Issue date from PĐ-TTHC."
  },
  {
    id: "luat-55-2019-qh14",
    kind: "luat",
    number: "55/2019/QH14",
    shortName: named("luat", "55/2019/QH14"),
    title: {
      vi: "Luật số 55/2019/QH14 (Điều 2 sửa đổi, bổ sung Luật Tố tụng hành chính)",
      en: "Law 55/2019/QH14 (its Article 2 amends the Law on Administrative Procedure)"
    },
    issuer: NA,
    inForceFrom: d("2020-07-01"),
    amends: ["luat-tthc-2015"],
    confidence: "verified",
    sources: [PD_TTHC],
    notes: "Title descriptive; entry into force from PĐ-TTHC; date of passage not in the notes."
  },
  {
    id: "nd-71-2016",
    kind: "nghi-dinh",
    number: "71/2016/NĐ-CP",
    shortName: named("nghi-dinh", "71/2016/NĐ-CP"),
    title: {
      vi: "Quy định thời hạn, trình tự, thủ tục thi hành án hành chính và xử lý trách nhiệm đối với người không thi hành bản án, quyết định của Tòa án",
      en: "Time limits and procedure for enforcing administrative judgments, and liability for not complying with court judgments and decisions"
    },
    issuer: GOV,
    issued: d("2016-07-01"),
    inForceFrom: d("2016-07-01"),
    confidence: "verified",
    sources: [PD_TTHC],
    notes:
      "Điều 10 k2 (obliged body's report ≤ 3 WD after the voluntary period), Điều 12 k3 (result notice ≤ 5 WD after completion), Điều 13 k1 (superior body's directive ≤ 3 WD after receiving the compulsion order), Điều 14 k2–k3 (the office's notice ≤ 5 WD, immediately for Luật TTHC Điều 311 k1 e, g; meeting ≤ 3 WD after receiving the order) read in PĐ-TTHC (Điều 37.6.NĐ.1.10–14), each 'có hiệu lực thi hành kể từ ngày 01/07/2016'; Điều 35 THADS offices keep THAHC statistics. Title and dates from PĐ-TTHC."
  },
  // ── Targets and organisation ──────────────────────────────────────────────
  {
    id: "nq-111-2015-qh13",
    kind: "nghi-quyet",
    number: "111/2015/QH13",
    shortName: named("nghi-quyet", "111/2015/QH13"),
    title: {
      vi: "Nghị quyết của Quốc hội làm căn cứ giao chỉ tiêu thi hành án dân sự từ năm 2016",
      en: "National Assembly resolution underlying the civil judgment enforcement targets from 2016"
    },
    issuer: NA,
    confidence: "verified",
    sources: [S36],
    notes: "Title descriptive; its numeric thresholds were not retrieved [U]; dates not in the notes."
  },
  {
    id: "nq-96-2019-qh14",
    kind: "nghi-quyet",
    number: "96/2019/QH14",
    shortName: named("nghi-quyet", "96/2019/QH14"),
    title: {
      vi: "Nghị quyết của Quốc hội làm căn cứ giao chỉ tiêu thi hành án dân sự",
      en: "National Assembly resolution underlying the civil judgment enforcement targets"
    },
    issuer: NA,
    issued: d("2019-11-27"),
    confidence: "verified",
    sources: [S37],
    notes: "Title descriptive; numeric thresholds not retrieved [U]; entry into force not in the notes."
  },
  // Yearly target decisions (quyết định giao chỉ tiêu, nhiệm vụ): added for kpi/Target.ts.
  {
    id: "qd-3005-btp-2013",
    kind: "quyet-dinh",
    number: "3005/QĐ-BTP",
    shortName: named("quyet-dinh", "3005/QĐ-BTP"),
    title: {
      vi: "Quyết định giao chỉ tiêu nhiệm vụ cho Hệ thống các cơ quan Thi hành án dân sự năm 2014",
      en: "Decision assigning the 2014 targets and tasks to the civil judgment enforcement system"
    },
    issuer: MINISTER_MOJ,
    issued: d("2013-12-06"),
    confidence: "verified",
    sources: [TARGETS_2014],
    notes: "Six tasks, quoted on the source page. Title as the page gives it."
  },
  {
    id: "qd-3428a-tcthads-2013",
    kind: "quyet-dinh",
    number: "3428a/QĐ-TCTHADS",
    shortName: named("quyet-dinh", "3428a/QĐ-TCTHADS"),
    title: {
      vi: "Quyết định giao chỉ tiêu nhiệm vụ cho cơ quan Thi hành án dân sự địa phương năm 2014",
      en: "Decision assigning the 2014 targets and tasks to the local civil judgment enforcement offices"
    },
    issuer: TONG_CUC,
    issued: d("2013-12-06"),
    confidence: "verified",
    sources: [TARGETS_2014],
    notes: "Per-locality tasks; the page's excerpt stops at the first one, the per-unit values were not read [U]."
  },
  {
    id: "qd-2167-btp-2015",
    kind: "quyet-dinh",
    number: "2167/QĐ-BTP",
    shortName: named("quyet-dinh", "2167/QĐ-BTP"),
    title: {
      vi: "Quyết định giao chỉ tiêu, nhiệm vụ năm 2016 cho cơ quan thi hành án dân sự",
      en: "Decision assigning the 2016 targets and tasks to the civil judgment enforcement offices"
    },
    issuer: MINISTER_MOJ,
    issued: d("2015-12-09"),
    confidence: "verified",
    sources: [TARGETS_2016],
    notes: "13 tasks (the source's count); only the first two were read."
  },
  {
    id: "qd-940-tcthads-2015",
    kind: "quyet-dinh",
    number: "940/QĐ-TCTHADS",
    shortName: named("quyet-dinh", "940/QĐ-TCTHADS"),
    title: {
      vi: "Quyết định giao chỉ tiêu năm 2016 cho các cơ quan thi hành án dân sự",
      en: "Decision assigning the 2016 targets to the civil judgment enforcement offices"
    },
    issuer: TONG_CUC,
    issued: d("2015-12-09"),
    confidence: "verified",
    sources: [TARGETS_2016],
    notes: "Issued with QĐ 2167/QĐ-BTP; per-unit values not read [U]."
  },
  {
    id: "qd-1229-tcthads-2023",
    kind: "quyet-dinh",
    number: "1229/QĐ-TCTHADS",
    shortName: named("quyet-dinh", "1229/QĐ-TCTHADS"),
    title: {
      vi: "Quyết định giao một số chỉ tiêu, nhiệm vụ thi hành án dân sự, theo dõi thi hành án hành chính cho các cơ quan Thi hành án dân sự địa phương năm 2024",
      en: "Decision assigning 2024 targets and tasks of civil judgment enforcement and administrative judgment monitoring to the local enforcement offices"
    },
    issuer: TONG_CUC,
    issued: d("2023-12-28"),
    confidence: "verified",
    sources: [TARGETS_2024],
    notes:
      "Điều 1 k1 a–d read (100% lawful decisions; > 83.25% cases and > 46.45% money, per unit in Phụ lục 1–2; " +
      "asset recovery in corruption and economic cases; QĐ 17/QĐ-TTg). The rest, and the annexes, not read [U]. " +
      "Adjusted by QĐ 10/QĐ-TCTHADS of 02/01/2024."
  },
  {
    id: "qd-10-tcthads-2024",
    kind: "quyet-dinh",
    number: "10/QĐ-TCTHADS",
    shortName: named("quyet-dinh", "10/QĐ-TCTHADS"),
    title: {
      vi: "Quyết định điều chỉnh một số nhiệm vụ được giao tại Quyết định số 1229/QĐ-TCTHADS",
      en: "Decision adjusting some of the tasks assigned by Decision 1229/QĐ-TCTHADS"
    },
    issuer: TONG_CUC,
    issued: d("2024-01-02"),
    confidence: "verified",
    sources: [TARGETS_2024],
    notes: "What it adjusts was not read [U]."
  },
  {
    id: "bc-544-cp-2023",
    kind: "bao-cao",
    number: "544/BC-CP",
    shortName: named("bao-cao", "544/BC-CP"),
    title: {
      vi: "Báo cáo của Chính phủ năm 2023 (dẫn cùng Nghị quyết 96/2019/QH14)",
      en: "Government report of 2023 (cited together with Resolution 96/2019/QH14)"
    },
    issuer: GOV,
    confidence: "verified",
    sources: [S37],
    notes: "Named only in the source list (S37); subject and exact date not in the notes."
  },
  {
    id: "qd-1898-btp-2025",
    kind: "quyet-dinh",
    number: "1898/QĐ-BTP",
    shortName: named("quyet-dinh", "1898/QĐ-BTP"),
    title: {
      vi: "Quyết định về tổ chức Cục Quản lý thi hành án dân sự và cơ quan thi hành án dân sự cấp tỉnh",
      en: "Decision on the organisation of the Department of Civil Judgment Enforcement Management and the provincial enforcement offices"
    },
    issuer: MINISTER_MOJ,
    issued: d("2025-06-25"),
    confidence: "verified",
    sources: [S27, S38],
    notes:
      "From 1/7/2025: Cục Quản lý THADS, 34 THADS tỉnh/thành, 355 Phòng THADS khu vực; district level abolished. " +
      "Title descriptive; the decision's own entry-into-force date is not in the notes."
  },
  {
    id: "nq-202-2025-qh15",
    kind: "nghi-quyet",
    number: "202/2025/QH15",
    shortName: named("nghi-quyet", "202/2025/QH15"),
    title: {
      vi: "Nghị quyết về sắp xếp đơn vị hành chính cấp tỉnh",
      en: "Resolution on the rearrangement of provincial-level administrative units"
    },
    issuer: NA,
    issued: d("2025-06-12"),
    inForceFrom: d("2025-06-12"),
    confidence: "verified",
    sources: [NQ1682_TVPL, NQ202_LAODONG, S29],
    notes:
      "Merges Tây Ninh and Long An into Tây Ninh (63 → 34 provinces); local government of the merged provinces " +
      "operates from 01/7/2025. Its own text was not read: title and date (12/6/2025) from the 'căn cứ' of NQ " +
      "1682/NQ-UBTVQH15 (thuvienphapluat translation; the dvhcvn copy misprints '12 tháng 2'), entry into force on " +
      "passage from Lao Động. The article or clause naming Tây Ninh is not known, so citations stop at the document."
  },
  {
    id: "nq-1682-ubtvqh15",
    kind: "nghi-quyet",
    number: "1682/NQ-UBTVQH15",
    shortName: named("nghi-quyet", "1682/NQ-UBTVQH15"),
    title: {
      vi: "Nghị quyết về việc sắp xếp các đơn vị hành chính cấp xã của tỉnh Tây Ninh năm 2025",
      en: "Resolution on the rearrangement of commune-level administrative units of Tây Ninh province in 2025"
    },
    issuer: { vi: "Ủy ban Thường vụ Quốc hội", en: "Standing Committee of the National Assembly" },
    issued: d("2025-06-16"),
    inForceFrom: d("2025-06-16"),
    confidence: "verified",
    sources: [NQ1682_TEXT, NQ1682_TVPL],
    notes:
      "Read in full (NQ1682_TEXT). Điều 1 k97: 'Sau khi sắp xếp, tỉnh Tây Ninh có 96 đơn vị hành chính cấp xã, " +
      "gồm 82 xã và 14 phường.' Điều 2 k1: in force on passage (16/6/2025); k2: the new communes' governments " +
      "operate from 01/7/2025. Replaces the wrong reference 'NQ 1656/NQ-UBTVQH15' (that resolution is Hà Nội's)."
  },
  {
    id: "cv-470-cqlthads",
    kind: "cong-van",
    number: "470/CQLTHADS",
    shortName: named("cong-van", "470/CQLTHADS"),
    title: {
      vi: "Công văn của Cục Quản lý thi hành án dân sự về Luật Thi hành án dân sự số 106/2025/QH15",
      en: "Letter of the Department of Civil Judgment Enforcement Management on Law 106/2025/QH15"
    },
    issuer: { vi: "Cục Quản lý thi hành án dân sự", en: "Department of Civil Judgment Enforcement Management" },
    confidence: "verified",
    sources: [S26],
    notes: "Number as written in the notes (the full symbol and the date are not given)."
  },
  // ── Party and executive directives ────────────────────────────────────────
  {
    id: "ct-09-ct-tu-2021",
    kind: "chi-thi",
    number: "09-CT/TU",
    shortName: named("chi-thi", "09-CT/TU"),
    title: {
      vi: "Về tăng cường sự lãnh đạo của cấp ủy đảng đối với công tác thi hành án dân sự, thi hành án hành chính ở địa phương",
      en: "Strengthening party committee leadership over civil and administrative judgment enforcement in the province"
    },
    issuer: BTV_TAY_NINH,
    issued: d("2021-08-25"),
    confidence: "verified",
    sources: [SEED, S30],
    notes:
      "Known from a published summary (the seed, 10/9/2021), not the full text. Its preamble names Chỉ thị 17-CT/TU " +
      "(16/6/2015) on the same subject ('Qua hơn 06 năm … thực hiện Chỉ thị số 17-CT/TU') but does not say it " +
      "replaces it. Entry into force not stated; party directives take effect on issue [I]."
  },
  {
    id: "ct-17-ct-tu-2015",
    kind: "chi-thi",
    number: "17-CT/TU",
    shortName: named("chi-thi", "17-CT/TU"),
    title: {
      vi: "Về tăng cường sự lãnh đạo của cấp ủy đảng đối với công tác thi hành án dân sự ở địa phương",
      en: "Strengthening party committee leadership over civil judgment enforcement in the province"
    },
    issuer: BTV_TAY_NINH,
    issued: d("2015-06-16"),
    confidence: "verified",
    sources: [SEED, S30],
    notes:
      "Named in the preamble of the summary of Chỉ thị 09-CT/TU (2021), which follows it on the same subject; " +
      "Chỉ thị 09 does not say it replaces it, so no replacement and no end date are encoded."
  },
  {
    id: "ct-05-ct-tu-2021",
    kind: "chi-thi",
    number: "05-CT/TU",
    shortName: named("chi-thi", "05-CT/TU"),
    title: {
      vi: "Về việc đẩy mạnh kỷ luật, kỷ cương, trách nhiệm của cán bộ, công chức trong thực hiện nhiệm vụ",
      en: "Enforcing discipline and accountability of officials in performing their duties"
    },
    issuer: BTV_TAY_NINH,
    issued: d("2021-07-20"),
    confidence: "verified",
    sources: [SEED],
    notes: "Known from the seed only."
  },
  {
    id: "ct-08-ct-tu-2021",
    kind: "chi-thi",
    number: "08-CT/TU",
    shortName: named("chi-thi", "08-CT/TU"),
    title: {
      vi: "Về đổi mới, nâng cao chất lượng công tác giáo dục chính trị, tư tưởng trong cán bộ, đảng viên",
      en: "Renewing and improving political and ideological education of officials and party members"
    },
    issuer: BTV_TAY_NINH,
    issued: d("2021-07-27"),
    confidence: "verified",
    sources: [SEED],
    notes: "Known from the seed only."
  },
  {
    id: "ct-01-btp-2014",
    kind: "chi-thi",
    number: "01/CT-BTP",
    shortName: named("chi-thi", "01/CT-BTP"),
    title: {
      vi: "Về phòng, chống tiêu cực, tham nhũng trong công tác thi hành án dân sự",
      en: "Preventing misconduct and corruption in civil judgment enforcement"
    },
    issuer: MINISTER_MOJ,
    issued: d("2014-02-11"),
    confidence: "verified",
    sources: [SEED],
    notes: "Known from the seed only."
  },
  {
    id: "chuong-trinh-cchc-2021-2025",
    kind: "chuong-trinh",
    shortName: {
      vi: "Chương trình tổng thể cải cách hành chính, giai đoạn 2021-2025",
      en: "Overall administrative reform programme 2021–2025"
    },
    title: {
      vi: "Chương trình tổng thể cải cách hành chính, giai đoạn 2021-2025",
      en: "Overall administrative reform programme 2021–2025"
    },
    issuer: {
      vi: "không nêu trong bản tóm tắt Chỉ thị 09-CT/TU",
      en: "not stated in the published summary of Directive 09-CT/TU"
    },
    confidence: "unverified",
    sources: [SEED],
    notes:
      "Named, exactly so, by the summary of Chỉ thị 09-CT/TU (§4.7). Which act adopts it (a national or a Tây Ninh " +
      "programme), its number and its dates are not given [U]."
  },
  {
    id: "ct-05-ttg-2017",
    kind: "chi-thi",
    number: "05/CT-TTg",
    shortName: named("chi-thi", "05/CT-TTg"),
    title: {
      vi: "Về tăng cường công tác thi hành án dân sự",
      en: "Strengthening civil judgment enforcement"
    },
    issuer: PM,
    issued: d("2017-02-06"),
    confidence: "verified",
    sources: [S30],
    notes: "Title descriptive (subject as the notes give it)."
  },
  {
    id: "ct-04-ct-tw-2021",
    kind: "chi-thi",
    number: "04-CT/TW",
    shortName: named("chi-thi", "04-CT/TW"),
    title: {
      vi: "Về công tác thu hồi tài sản trong các vụ án tham nhũng, kinh tế",
      en: "Asset recovery in corruption and economic cases"
    },
    issuer: {
      vi: "Trung ương Đảng Cộng sản Việt Nam",
      en: "Central Committee level of the Communist Party of Vietnam"
    },
    issued: d("2021-06-02"),
    confidence: "verified",
    sources: [S17],
    notes:
      "Title descriptive; the notes do not name the issuing central body (the symbol CT/TW marks a central party text)."
  },
  // ── Working time, holidays and time limits ────────────────────────────────
  {
    id: "blds-2015",
    kind: "bo-luat",
    number: "91/2015/QH13",
    shortName: { vi: "Bộ luật Dân sự năm 2015", en: "Civil Code 2015" },
    title: { vi: "Bộ luật Dân sự", en: "Civil Code" },
    issuer: NA,
    inForceFrom: d("2017-01-01"),
    confidence: "verified",
    sources: [
      "https://anslawfirm.com/cau-hoi/thoi-diem-bat-dau-thoi-han-duoc-tinh-the-nao/",
      "thuvienphapluat.vn hỏi đáp 3896F",
      "PĐ GitHub diepxuan/diepxuan.github.io van-ban/dan-su/dan-su.md (HEAD fbaa690e), Điều 9.1.LQ.148"
    ],
    notes:
      "Điều 147–148: counting time limits. Điều 148 k5 read in PĐ: 'Khi ngày cuối cùng của thời hạn là ngày nghỉ " +
      "cuối tuần hoặc ngày nghỉ lễ thì thời hạn kết thúc tại thời điểm kết thúc ngày làm việc tiếp theo ngày nghỉ đó.' " +
      "Date of passage not in the notes."
  },
  {
    id: "blld-2012",
    kind: "bo-luat",
    number: "10/2012/QH13",
    shortName: { vi: "Bộ luật Lao động năm 2012", en: "Labour Code 2012" },
    title: { vi: "Bộ luật Lao động", en: "Labour Code" },
    issuer: NA,
    inForceTo: d("2020-12-31"),
    replacedBy: ["blld-2019"],
    confidence: "verified",
    sources: ["https://thptngosilienbg.edu.vn/tin-giao-duc/pho-bien-phap-luat-1554720882.html"],
    notes:
      "Điều 115: holidays for 2019–2020 (Quốc khánh 1 day; make-up 'vào ngày kế tiếp'). Issue and entry-into-force " +
      "dates not in the notes; last day in force is the day before BLLĐ 2019 took effect."
  },
  {
    id: "blld-2019",
    kind: "bo-luat",
    number: "45/2019/QH14",
    shortName: { vi: "Bộ luật Lao động năm 2019", en: "Labour Code 2019" },
    title: { vi: "Bộ luật Lao động", en: "Labour Code" },
    issuer: NA,
    inForceFrom: d("2021-01-01"),
    confidence: "verified",
    sources: [
      "https://vneconomy.vn/bo-sung-ngay-van-hoa-viet-nam-2411-vao-danh-muc-ngay-nghi-huong-nguyen-luong.htm",
      "vbpl.moj.gov.vn ItemID=139264",
      PD_LD
    ],
    notes:
      "Điều 111 k3 make-up days; Điều 112 k1 the 11 holidays, k3 the PM picks the variable days. Điều 112 k1 read " +
      "in the PĐ compilation (Điều 20.2.LQ.112, crawl of 20/7/2026): a) 1/1, b) Tết 05 days, c) 30/4, d) 1/5, " +
      "đ) 2/9 + 01 adjacent day, e) 10/3 âm lịch — 11 days; 24/11 is not among them."
  },
  {
    id: "qd-188-1999-ttg",
    kind: "quyet-dinh",
    number: "188/1999/QĐ-TTg",
    shortName: named("quyet-dinh", "188/1999/QĐ-TTg"),
    title: { vi: "Về chế độ tuần làm việc 40 giờ", en: "On the 40-hour working week" },
    issuer: PM,
    confidence: "verified",
    sources: [
      "https://hethongphapluat.com/quyet-dinh-188-1999-qd-ttg-ve-che-do-tuan-lam-viec-40-gio-do-thu-tuong-chinh-phu-ban-hanh.html"
    ],
    notes: "Điều 1: civil servants rest on Saturday and Sunday. Dates not in the notes."
  },
  {
    id: "nd-145-2020",
    kind: "nghi-dinh",
    number: "145/2020/NĐ-CP",
    shortName: named("nghi-dinh", "145/2020/NĐ-CP"),
    title: {
      vi: "Nghị định 145/2020/NĐ-CP (không tìm thấy điều khoản về ngày nghỉ lễ)",
      en: "Decree 145/2020/ND-CP (no holiday-date article found)"
    },
    issuer: GOV,
    confidence: "unverified",
    sources: [],
    notes:
      "holidays.md: checked for a holiday-date article, none found (unverified). Subject and dates not in the notes."
  },
  {
    id: "tt-89-ldtbxh-2014",
    kind: "to-trinh",
    number: "89/TTr-LĐTBXH",
    shortName: named("to-trinh", "89/TTr-LĐTBXH"),
    title: {
      vi: "Tờ trình về việc hoán đổi ngày làm việc dịp nghỉ lễ, tết",
      en: "Submission on swapping working days around public holidays"
    },
    issuer: MOLISA,
    issued: d("2014-11-20"),
    confidence: "verified",
    sources: ["vbpl.freshdesk.com/support/solutions/articles/16000020548"],
    notes:
      "Source of the swap (hoán đổi) practice since 2010: only for CB-CC-VC with a Sat+Sun week; the number of " +
      "working days does not change. Title descriptive."
  },
  {
    id: "tb-3238-ldtbxh",
    kind: "thong-bao",
    number: "3238/TB-LĐTBXH",
    shortName: named("thong-bao", "3238/TB-LĐTBXH"),
    title: holidayNoticeTitle(2019),
    issuer: MOLISA,
    confidence: "verified",
    sources: [
      "luatvietnam.vn/tin-phap-luat/lich-nghi-gio-to-hung-vuong-30-4-va-01-5-nam-2019-230-18994-article.html",
      "tienphong.vn (Tết 2/2–10/2, swap 5/1)"
    ],
    notes: "The 2019 holiday notice. Title descriptive; issue date not in the notes."
  },
  {
    id: "tb-4875-ldtbxh",
    kind: "thong-bao",
    number: "4875/TB-LĐTBXH",
    shortName: named("thong-bao", "4875/TB-LĐTBXH"),
    title: holidayNoticeTitle(2021),
    issuer: MOLISA,
    confidence: "unverified",
    sources: ["hanoimoi.vn/lich-nghi-tet-nguyen-dan-tan-suu-va-quoc-khanh-2-9-498925.html"],
    notes:
      "The notice number for 2021 is given by one repository only; the hanoimoi page verifies the 2021 days off, " +
      "not the number. Issue date not in the notes."
  },
  {
    id: "cv-245-vpcp-2022",
    kind: "cong-van",
    number: "245/VPCP-KGVX",
    shortName: named("cong-van", "245/VPCP-KGVX"),
    title: {
      vi: "Công văn về lịch nghỉ lễ, tết năm 2022",
      en: "Letter on the 2022 holiday schedule"
    },
    issuer: VPCP,
    issued: d("2022-01-11"),
    confidence: "verified",
    sources: ["truyenhinhthanhhoa.vn/lich-nghi-le-quoc-khanh-2-9-nam-nay-180220811155129916.htm"],
    notes: "Title descriptive."
  },
  {
    id: "cv-8056-vpcp-2022",
    kind: "cong-van",
    number: "8056/VPCP-KGVX",
    shortName: named("cong-van", "8056/VPCP-KGVX"),
    title: {
      vi: "Công văn về lịch nghỉ Tết Âm lịch và Quốc khánh năm 2023",
      en: "Letter approving the 2023 Lunar New Year and National Day holidays"
    },
    issuer: VPCP,
    issued: d("2022-12-01"),
    confidence: "verified",
    sources: ["truyenhinhnghean.vn/doi-song-xa-hoi/202212/tet-am-lich-2023-duoc-nghi-7-ngay-6290199"],
    notes: "Title descriptive."
  },
  {
    id: "cv-8662-vpcp-2023",
    kind: "cong-van",
    number: "8662/VPCP-KGVX",
    shortName: named("cong-van", "8662/VPCP-KGVX"),
    title: {
      vi: "Công văn về lịch nghỉ Tết Âm lịch và Quốc khánh năm 2024",
      en: "Letter approving the 2024 Lunar New Year and National Day holidays"
    },
    issuer: VPCP,
    issued: d("2023-11-03"),
    confidence: "unverified",
    sources: [],
    notes:
      "Named in holidays.md (a) as an example of the approval letter, without a page of its own; the 2024 notice " +
      "TB 5015 is the verified text. Title descriptive."
  },
  {
    id: "tb-5015-ldtbxh-2023",
    kind: "thong-bao",
    number: "5015/TB-LĐTBXH",
    shortName: named("thong-bao", "5015/TB-LĐTBXH"),
    title: holidayNoticeTitle(2024),
    issuer: MOLISA,
    issued: d("2023-11-22"),
    confidence: "verified",
    sources: [
      "huyendakha.kontum.gov.vn/tin-tuc/thong-bao-ve-viec-nghi-tet-am-lich-va-nghi-le-quoc-khanh-nam-2024-doi-voi-can-bo-cong-chuc-vien-chuc-va-nguoi-lao-dong.html"
    ],
    notes: "The 2024 holiday notice (not 6150, which is 2025's)."
  },
  {
    id: "cv-2450-vpcp-2024",
    kind: "cong-van",
    number: "2450/VPCP-KGVX",
    shortName: named("cong-van", "2450/VPCP-KGVX"),
    title: {
      vi: "Công văn về hoán đổi ngày làm việc dịp 30/4 và 1/5/2024",
      en: "Letter on the working-day swap around 30 April and 1 May 2024"
    },
    issuer: VPCP,
    issued: d("2024-04-12"),
    confidence: "verified",
    sources: ["baophapluat.vn/media/thu-tuong-chinh-phu-dong-y-nghi-5-ngay-lien-tiep-dip-304-va-15-post12513.html"],
    notes: "Swap: Mon 29/4/2024 off, Sat 4/5/2024 worked. Title descriptive."
  },
  {
    id: "cv-8726-vpcp-2024",
    kind: "cong-van",
    number: "8726/VPCP-KGVX",
    shortName: named("cong-van", "8726/VPCP-KGVX"),
    title: {
      vi: "Công văn về lịch nghỉ Tết Âm lịch và Quốc khánh năm 2025",
      en: "Letter approving the 2025 Lunar New Year and National Day holidays"
    },
    issuer: VPCP,
    issued: d("2024-11-26"),
    confidence: "unverified",
    sources: [],
    notes:
      "Named in holidays.md (a) as an example of the approval letter, without a page of its own; the 2025 notice " +
      "TB 6150 is the verified text. Title descriptive."
  },
  {
    id: "tb-6150-ldtbxh-2024",
    kind: "thong-bao",
    number: "6150/TB-BLĐTBXH",
    shortName: named("thong-bao", "6150/TB-BLĐTBXH"),
    title: holidayNoticeTitle(2025),
    issuer: MOLISA,
    issued: d("2024-12-03"),
    confidence: "verified",
    sources: ["dantocmiennui.baotintuc.vn/nghi-tet-nguyen-dan-at-ty-2025-keo-dai-9-ngay-post356984.html"],
    notes: "The 2025 holiday notice; moj.gov.vn calls it the notice 'của Bộ LĐTBXH (nay là Bộ Nội vụ)'."
  },
  {
    id: "tb-9441-bnv-2025",
    kind: "thong-bao",
    number: "9441/TB-BNV",
    shortName: named("thong-bao", "9441/TB-BNV"),
    title: holidayNoticeTitle(2026),
    issuer: MOHA,
    issued: d("2025-10-16"),
    confidence: "verified",
    sources: ["vietbao.vn/bo-noi-vu-thong-bao-lich-nghi-tet-nguyen-dan-va-quoc-khanh-nam-2026-568329.html"],
    notes:
      "The 2026 holiday notice (Bộ Nội vụ since the 2025 merger). The Quốc khánh 2026 details (31/8 swap, 22/8 worked) " +
      "rest on repositories citing it [R]."
  },
  {
    id: "cv-12729-vpcp-2025",
    kind: "cong-van",
    number: "12729/VPCP-KGVX",
    shortName: named("cong-van", "12729/VPCP-KGVX"),
    title: {
      vi: "Công văn về hoán đổi ngày làm việc dịp Tết Dương lịch 2026",
      en: "Letter on the working-day swap around New Year 2026"
    },
    issuer: VPCP,
    issued: d("2025-12-25"),
    confidence: "verified",
    sources: ["24h.com.vn/tin-tuc-trong-ngay/ai-duoc-hoan-doi-de-nghi-tet-duong-lich-4-ngay-c46a1724830.html"],
    notes: "Swap: Fri 2/1/2026 off, Sat 10/1/2026 worked. Title descriptive."
  },
  {
    id: "cv-3383-bnv-2026",
    kind: "cong-van",
    number: "3383/BNV-CVL",
    shortName: named("cong-van", "3383/BNV-CVL"),
    title: {
      vi: "Công văn về lịch nghỉ dịp 30/4 và 1/5/2026 (không hoán đổi)",
      en: "Letter on the 30 April / 1 May 2026 holidays (no swap)"
    },
    issuer: MOHA,
    issued: d("2026-04-10"),
    confidence: "unverified",
    sources: [],
    notes: "[R] stated by several repositories, not seen in a stored page. Title descriptive."
  },
  {
    id: "nq-80-tw-2026",
    kind: "nghi-quyet",
    number: "80-NQ/TW",
    shortName: named("nghi-quyet", "80-NQ/TW"),
    title: {
      vi: "Nghị quyết của Bộ Chính trị (chủ trương Ngày Văn hóa Việt Nam 24/11)",
      en: "Politburo resolution (policy on Vietnam Culture Day, 24 November)"
    },
    issuer: { vi: "Bộ Chính trị", en: "Politburo" },
    confidence: "verified",
    sources: [
      "dantri.com.vn/noi-vu/sua-bo-luat-lao-dong-de-them-mot-ngay-nghi-ngay-van-hoa-viet-nam-20260225151756397.htm",
      "vnexpress.net/de-xuat-luat-hoa-ngay-van-hoa-viet-nam-thanh-ngay-nghi-le-5006749.html"
    ],
    notes: "Dated 1/2026 in the notes (day not given). Title descriptive."
  },
  {
    id: "nq-30-cp-2026",
    kind: "nghi-quyet",
    number: "30/NQ-CP",
    shortName: named("nghi-quyet", "30/NQ-CP"),
    title: {
      vi: "Nghị quyết của Chính phủ giao sửa đổi khoản 1 Điều 112 Bộ luật Lao động (ngày 24/11)",
      en: "Government resolution ordering an amendment of Labour Code Article 112(1) (24 November)"
    },
    issuer: GOV,
    confidence: "verified",
    sources: [
      "dantri.com.vn/noi-vu/sua-bo-luat-lao-dong-de-them-mot-ngay-nghi-ngay-van-hoa-viet-nam-20260225151756397.htm",
      "vnexpress.net/de-xuat-luat-hoa-ngay-van-hoa-viet-nam-thanh-ngay-nghi-le-5006749.html"
    ],
    notes: "Dated 2/2026 in the notes (day not given). Title descriptive."
  },
  {
    id: "nq-28-2026-qh16",
    kind: "nghi-quyet",
    number: "28/2026/QH16",
    shortName: named("nghi-quyet", "28/2026/QH16"),
    title: {
      vi: "Nghị quyết của Quốc hội (Điều 2: ngày 24/11 là ngày nghỉ hưởng nguyên lương)",
      en: "National Assembly resolution (Article 2: 24 November a paid day off)"
    },
    issuer: NA,
    inForceFrom: d("2026-07-01"),
    confidence: "unverified",
    sources: [],
    notes:
      "[R] cited by five or more repositories, text not read; the sources seen describe 24/11 as an amendment " +
      "proposal. The Labour Code text in force (PĐ, Điều 20.2.LQ.112, crawl of 20/7/2026) still lists 11 holidays " +
      "without 24/11, so the default calendar does not count it; it is an opt-in setting (cultureDay). Whether " +
      "Đ111 k3 make-up applies to 24/11 is not confirmed. Title descriptive; issue date not in the notes."
  }
] as const satisfies ReadonlyArray<LegalDocument.LegalDocument>

/**
 * The id of a registered document — the union of every `id` in
 * {@link registry}, e.g. `"tt-06-2019-btp"`.
 *
 * @example
 * ```ts
 * const id: Documents.DocumentId = "luat-thads-2008"
 * ```
 * @since 0.1.0
 */
export type DocumentId = (typeof registry)[number]["id"]

/**
 * A registered document: a {@link LegalDocument.LegalDocument} whose id and
 * cross-references are registry ids.
 *
 * @example
 * ```ts
 * const doc: Documents.Document = Documents.get("tt-05-2024-btp")
 * ```
 * @since 0.1.0
 */
export type Document = LegalDocument.LegalDocument<DocumentId>

// Type-level check: every replacedBy/amends entry is itself a registered id.
const checked: ReadonlyArray<Document> = registry

/**
 * Every registered document, in registry order.
 *
 * @example
 * ```ts
 * Documents.all.filter((doc) => doc.kind === "chi-thi").length // 7
 * ```
 * @since 0.1.0
 */
export const all: ReadonlyArray<Document> = checked

/**
 * Every registered id, in registry order.
 *
 * @example
 * ```ts
 * Documents.ids.includes("nd-62-2015") // true
 * ```
 * @since 0.1.0
 */
export const ids: ReadonlyArray<DocumentId> = all.map((doc) => doc.id)

const byId: ReadonlyMap<string, Document> = new Map(all.map((doc) => [doc.id, doc]))

/**
 * Whether a value is a registered document id.
 *
 * @example
 * ```ts
 * Documents.isDocumentId("tt-06-2019-btp") // true
 * Documents.isDocumentId("tt-06-2019") // false
 * ```
 * @since 0.1.0
 */
export const isDocumentId = (u: unknown): u is DocumentId => typeof u === "string" && byId.has(u)

/**
 * The document with a registered id (total: the type only admits registered ids).
 *
 * @example
 * ```ts
 * Documents.get("tt-06-2019-btp").inForceFrom // "2020-01-05"
 * ```
 * @since 0.1.0
 */
export const get = (id: DocumentId): Document => {
  const doc = byId.get(id)
  if (doc === undefined) throw new Error(`Unknown legal document id "${id}"`)
  return doc
}

/**
 * The document with an id given as an untyped string, or `undefined`.
 *
 * @example
 * ```ts
 * Documents.lookup("nd-152-2026")?.inForceFrom // "2026-07-01"
 * Documents.lookup("nope") // undefined
 * ```
 * @since 0.1.0
 */
export const lookup = (id: string): Document | undefined => byId.get(id)

/**
 * The first document (in registry order) that satisfies a predicate.
 *
 * @example
 * ```ts
 * Documents.find((doc) => doc.kind === "van-ban-hop-nhat")?.id // "vbhn-2319-2015-btp"
 * ```
 * @since 0.1.0
 */
export const find = (predicate: (doc: Document) => boolean): Document | undefined => all.find(predicate)

/**
 * Every document that satisfies a predicate.
 *
 * @example
 * ```ts
 * Documents.filter((doc) => doc.confidence === "unverified").map((doc) => doc.id)
 * ```
 * @since 0.1.0
 */
export const filter = (predicate: (doc: Document) => boolean): ReadonlyArray<Document> => all.filter(predicate)

const SHORT_NUMBER = /^[0-9]+\/[0-9]{4}$/

/**
 * The document with an official number and symbol (số, ký hiệu). Accepts
 * the full symbol in any case, with Đ or D and an optional leading "số"
 * ("06/2019/TT-BTP", "62/2015/ND-CP"), or the short "number/year" form the
 * notes use ("62/2015" for NĐ 62/2015), which matches the one full number
 * that starts with it. Returns `undefined` when nothing matches, or when a
 * short form matches several documents.
 *
 * @example
 * ```ts
 * Documents.byNumber("06/2019/TT-BTP")?.id // "tt-06-2019-btp"
 * Documents.byNumber("62/2015")?.id // "nd-62-2015"
 * Documents.byNumber("3238/TB-LDTBXH")?.id // "tb-3238-ldtbxh"
 * ```
 * @since 0.1.0
 */
export const byNumber = (number: string): Document | undefined => {
  const key = LegalDocument.normalizeNumber(number)
  if (key === "") return undefined
  const exact = all.find((doc) => doc.number !== undefined && LegalDocument.normalizeNumber(doc.number) === key)
  if (exact !== undefined) return exact
  if (!SHORT_NUMBER.test(key)) return undefined
  const prefixed = all.filter(
    (doc) => doc.number !== undefined && LegalDocument.normalizeNumber(doc.number).startsWith(`${key}/`)
  )
  return prefixed.length === 1 ? prefixed[0] : undefined
}

/**
 * Schema of a registered document id. Decoding an unknown id fails with
 * `Unknown legal document id "…" (not in the registry of @thads/core)`.
 *
 * @example
 * ```ts
 * import * as Schema from "effect/Schema"
 * Schema.decodeUnknownSync(Documents.DocumentIdSchema)("tt-06-2019-btp") // "tt-06-2019-btp"
 * ```
 * @since 0.1.0
 */
export const DocumentIdSchema: Schema.Codec<DocumentId, string> = Schema.String.pipe(
  Schema.check(
    Schema.makeFilter(
      (s: string) =>
        isDocumentId(s) ? undefined : `Unknown legal document id "${s}" (not in the registry of @thads/core)`,
      { title: "DocumentId", description: "The id of a document registered in Documents.registry" }
    )
  )
) as unknown as Schema.Codec<DocumentId, string>
