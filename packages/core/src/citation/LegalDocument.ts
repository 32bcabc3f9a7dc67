/**
 * Legal documents — "văn bản": the laws, decrees, circulars, party directives,
 * notices and letters that every rule of `@thads/core` cites. A document is
 * plain data: its kind (loại văn bản), official number and symbol (số, ký
 * hiệu), issuer (cơ quan ban hành), dates (ngày ban hành, ngày có hiệu lực,
 * ngày hết hiệu lực) and how sure we are of all that (`confidence`).
 *
 * The registry of concrete documents lives in `Documents.ts`; this module
 * only defines the shape and the date helpers.
 *
 * @since 0.1.0
 */
import type * as CivilDate from "../base/CivilDate.js"

/**
 * A text in Vietnamese (`vi`, the authoritative wording) and English (`en`,
 * our translation).
 *
 * @example
 * ```ts
 * const t: LegalDocument.Bilingual = { vi: "Bộ Tư pháp", en: "Ministry of Justice" }
 * ```
 * @since 0.1.0
 */
export interface Bilingual {
  readonly vi: string
  readonly en: string
}

/**
 * Kind of document (loại văn bản). The first nine are the forms named in
 * the law on legal normative documents or in party rules; `thong-bao`,
 * `cong-van`, `to-trinh`, `van-ban-hop-nhat` and `bao-cao` are
 * administrative documents that the domain notes cite as evidence.
 *
 * - `luat` — Luật (Law)
 * - `bo-luat` — Bộ luật (Code)
 * - `nghi-dinh` — Nghị định (Decree, of the Government)
 * - `thong-tu` — Thông tư (Circular, of a Minister)
 * - `thong-tu-lien-tich` — Thông tư liên tịch (Joint Circular)
 * - `nghi-quyet` — Nghị quyết (Resolution: National Assembly, its Standing
 *   Committee, the Government, or a party body)
 * - `quyet-dinh` — Quyết định (Decision)
 * - `chi-thi` — Chỉ thị (Directive: Prime Minister, Minister, or a party body)
 * - `thong-bao` — Thông báo (Notice)
 * - `cong-van` — Công văn (Official letter)
 * - `to-trinh` — Tờ trình (Submission to a higher authority)
 * - `van-ban-hop-nhat` — Văn bản hợp nhất (Consolidated text)
 * - `bao-cao` — Báo cáo (Report)
 * - `chuong-trinh` — Chương trình (Programme, e.g. an administrative reform programme)
 * - `du-lieu-dac-ta` — Dữ liệu đặc tả (Metadata: the published definition of
 *   a statistical indicator, e.g. the General Statistics Office's page on the
 *   national indicator of civil judgment enforcement results)
 *
 * @example
 * ```ts
 * const k: LegalDocument.DocumentKind = "thong-tu"
 * ```
 * @since 0.1.0
 */
export type DocumentKind =
  | "luat"
  | "bo-luat"
  | "nghi-dinh"
  | "thong-tu"
  | "thong-tu-lien-tich"
  | "nghi-quyet"
  | "quyet-dinh"
  | "chi-thi"
  | "thong-bao"
  | "cong-van"
  | "to-trinh"
  | "van-ban-hop-nhat"
  | "bao-cao"
  | "chuong-trinh"
  | "du-lieu-dac-ta"

/**
 * Every {@link DocumentKind}, in the order listed above.
 *
 * @example
 * ```ts
 * LegalDocument.kinds.includes("chi-thi") // true
 * ```
 * @since 0.1.0
 */
export const kinds: ReadonlyArray<DocumentKind> = [
  "luat",
  "bo-luat",
  "nghi-dinh",
  "thong-tu",
  "thong-tu-lien-tich",
  "nghi-quyet",
  "quyet-dinh",
  "chi-thi",
  "thong-bao",
  "cong-van",
  "to-trinh",
  "van-ban-hop-nhat",
  "bao-cao",
  "chuong-trinh",
  "du-lieu-dac-ta"
]

const KIND_LABELS: { readonly [K in DocumentKind]: Bilingual } = {
  luat: { vi: "Luật", en: "Law" },
  "bo-luat": { vi: "Bộ luật", en: "Code" },
  "nghi-dinh": { vi: "Nghị định", en: "Decree" },
  "thong-tu": { vi: "Thông tư", en: "Circular" },
  "thong-tu-lien-tich": { vi: "Thông tư liên tịch", en: "Joint Circular" },
  "nghi-quyet": { vi: "Nghị quyết", en: "Resolution" },
  "quyet-dinh": { vi: "Quyết định", en: "Decision" },
  "chi-thi": { vi: "Chỉ thị", en: "Directive" },
  "thong-bao": { vi: "Thông báo", en: "Notice" },
  "cong-van": { vi: "Công văn", en: "Official Letter" },
  "to-trinh": { vi: "Tờ trình", en: "Submission" },
  "van-ban-hop-nhat": { vi: "Văn bản hợp nhất", en: "Consolidated Text" },
  "bao-cao": { vi: "Báo cáo", en: "Report" },
  "chuong-trinh": { vi: "Chương trình", en: "Programme" },
  "du-lieu-dac-ta": { vi: "Dữ liệu đặc tả", en: "Metadata" }
}

/**
 * The Vietnamese name of a kind (as written before a document number) and
 * our English label.
 *
 * @example
 * ```ts
 * LegalDocument.kindLabel("thong-tu-lien-tich") // { vi: "Thông tư liên tịch", en: "Joint Circular" }
 * ```
 * @since 0.1.0
 */
export const kindLabel = (kind: DocumentKind): Bilingual => KIND_LABELS[kind]

/**
 * How sure the registry is of a document's identity and encoded data (number,
 * issuer, dates). It maps the marks used in the domain notes:
 *
 * - `"verified"` — **[V]**: seen in a cited source (official text, Pháp điển
 *   compilation, or a named web page).
 * - `"inferred"` — **[I]** (inference or arithmetic from the sources) and
 *   **[C]** (computed).
 * - `"unverified"` — **[R]** (stated by several repositories but not seen in
 *   a stored page), **[U]** (not found), and claims resting on one secondary
 *   source only. Never treat such a document as settled law.
 *
 * The mark is per document; a verified document may still have single
 * fields the notes could not confirm — those are `undefined` and explained in
 * `notes`.
 *
 * @example
 * ```ts
 * const c: LegalDocument.Confidence = "unverified" // e.g. NQ 28/2026/QH16 [R]
 * ```
 * @since 0.1.0
 */
export type Confidence = "verified" | "inferred" | "unverified"

/**
 * A legal or administrative document (văn bản).
 *
 * - `id` — our stable key, kebab-case: kind prefix + number + issuer + year
 *   (e.g. `"tt-06-2019-btp"`).
 * - `kind` — loại văn bản.
 * - `number` — official number and symbol (số, ký hiệu), e.g.
 *   `"06/2019/TT-BTP"`, `"09-CT/TU"`; absent when the notes do not give it
 *   (codes and laws cited by name only).
 * - `shortName` — the name used in rendered citations: `vi` is what follows
 *   "Điều 9" in Vietnamese ("Thông tư 06/2019/TT-BTP", "Luật Thi hành án dân
 *   sự"); `en` what follows "Article 9(2)," in English.
 * - `title` — trích yếu (subject line). Official wording where a cited source
 *   gives it; otherwise a short description of the subject, and `notes` says
 *   so.
 * - `issuer` — cơ quan / người ban hành.
 * - `issued` — ngày ban hành (date of signature or, for laws, of passage).
 * - `inForceFrom` — ngày có hiệu lực (first day in force).
 * - `inForceTo` — last day in force (the day before the replacing text takes
 *   effect); absent while in force or when unknown.
 * - `replacedBy` — ids of the documents that replace it (thay thế).
 * - `amends` — ids of the documents it amends (sửa đổi, bổ sung).
 * - `confidence` — see {@link Confidence}.
 * - `sources` — URLs or source keys exactly as the notes give them.
 * - `notes` — what is unknown, inferred or disputed.
 *
 * `Id` is the registry's id union; it defaults to `string` so the shape can
 * be used before the registry exists.
 *
 * @example
 * ```ts
 * const doc: LegalDocument.LegalDocument = {
 *   id: "tt-06-2019-btp",
 *   kind: "thong-tu",
 *   number: "06/2019/TT-BTP",
 *   shortName: { vi: "Thông tư 06/2019/TT-BTP", en: "Circular 06/2019/TT-BTP" },
 *   title: { vi: "Quy định Chế độ báo cáo thống kê thi hành án dân sự, theo dõi thi hành án hành chính",
 *            en: "Statistical reporting on civil judgment enforcement and monitoring of administrative judgment enforcement" },
 *   issuer: { vi: "Bộ Tư pháp", en: "Ministry of Justice" },
 *   issued: CivilDate.make("2019-11-21"),
 *   inForceFrom: CivilDate.make("2020-01-05"),
 *   confidence: "verified",
 *   sources: ["S3"]
 * }
 * ```
 * @since 0.1.0
 */
export interface LegalDocument<Id extends string = string> {
  readonly id: Id
  readonly kind: DocumentKind
  readonly number?: string
  readonly shortName: Bilingual
  readonly title: Bilingual
  readonly issuer: Bilingual
  readonly issued?: CivilDate.CivilDate
  readonly inForceFrom?: CivilDate.CivilDate
  readonly inForceTo?: CivilDate.CivilDate
  readonly replacedBy?: ReadonlyArray<Id>
  readonly amends?: ReadonlyArray<Id>
  readonly confidence: Confidence
  readonly sources: ReadonlyArray<string>
  readonly notes?: string
}

/**
 * Where a date stands relative to a document's period of validity (hiệu lực):
 *
 * - `"not-yet"` — before `inForceFrom` (or, when that is unknown, before
 *   `issued`: nothing is in force before it is issued);
 * - `"in-force"` — on or after `inForceFrom` and not after `inForceTo`;
 * - `"expired"` — after `inForceTo` (hết hiệu lực);
 * - `"unknown"` — `inForceFrom` is unknown and the date is not excluded by
 *   `issued` or `inForceTo`.
 *
 * @example
 * ```ts
 * const s: LegalDocument.InForceStatus = "expired"
 * ```
 * @since 0.1.0
 */
export type InForceStatus = "not-yet" | "in-force" | "expired" | "unknown"

/**
 * The strict, three-plus-one valued validity test. Use it where an unknown
 * start date must not be presumed.
 *
 * @example
 * ```ts
 * const tt06 = Documents.get("tt-06-2019-btp") // in force 2020-01-05 … 2024-07-25
 * LegalDocument.inForceStatus(tt06, CivilDate.make("2020-01-04")) // "not-yet"
 * LegalDocument.inForceStatus(tt06, CivilDate.make("2020-01-05")) // "in-force"
 * LegalDocument.inForceStatus(tt06, CivilDate.make("2024-07-25")) // "in-force"
 * LegalDocument.inForceStatus(tt06, CivilDate.make("2024-07-26")) // "expired"
 * ```
 * @since 0.1.0
 */
export const inForceStatus = (doc: LegalDocument<string>, date: CivilDate.CivilDate): InForceStatus => {
  if (doc.inForceTo !== undefined && date > doc.inForceTo) return "expired"
  if (doc.inForceFrom !== undefined) return date < doc.inForceFrom ? "not-yet" : "in-force"
  if (doc.issued !== undefined && date < doc.issued) return "not-yet"
  return "unknown"
}

/**
 * Whether a document is in force (có hiệu lực) on a date, both bounds
 * inclusive. Unknown bounds are presumed open: a document whose entry into
 * force is unknown counts as in force from its issue date (or always, if
 * that is unknown too) until its `inForceTo`. Use {@link inForceStatus} to
 * tell a presumption from a known fact.
 *
 * @example
 * ```ts
 * const tt06 = Documents.get("tt-06-2019-btp")
 * LegalDocument.isInForce(tt06, CivilDate.make("2020-01-04")) // false
 * LegalDocument.isInForce(tt06, CivilDate.make("2020-01-05")) // true
 * ```
 * @since 0.1.0
 */
export const isInForce = (doc: LegalDocument<string>, date: CivilDate.CivilDate): boolean => {
  const s = inForceStatus(doc, date)
  return s === "in-force" || s === "unknown"
}

/**
 * The first day from which a document can be in force: `inForceFrom`, else
 * `issued`, else `undefined`.
 *
 * @example
 * ```ts
 * LegalDocument.effectiveStart(Documents.get("tt-06-2019-btp")) // "2020-01-05"
 * ```
 * @since 0.1.0
 */
export const effectiveStart = (doc: LegalDocument<string>): CivilDate.CivilDate | undefined =>
  doc.inForceFrom ?? doc.issued

/**
 * The number written with ASCII letters (Đ → D), as English translations
 * write it: "62/2015/NĐ-CP" → "62/2015/ND-CP".
 *
 * @example
 * ```ts
 * LegalDocument.asciiNumber("3238/TB-LĐTBXH") // "3238/TB-LDTBXH"
 * ```
 * @since 0.1.0
 */
export const asciiNumber = (number: string): string => number.replace(/Đ/g, "D").replace(/đ/g, "d")

/**
 * A comparison key for official numbers: upper case, Đ → D, without spaces
 * and without a leading "số"/"No.". Two spellings of the same symbol get the
 * same key.
 *
 * @example
 * ```ts
 * LegalDocument.normalizeNumber("số 62/2015/nđ-cp") // "62/2015/ND-CP"
 * ```
 * @since 0.1.0
 */
export const normalizeNumber = (number: string): string =>
  asciiNumber(number.trim().replace(/^(số|so|no\.?)\s*/i, ""))
    .toUpperCase()
    .replace(/\s+/g, "")

/**
 * The citation name of a numbered document: kind label + number, e.g.
 * { vi: "Thông tư 06/2019/TT-BTP", en: "Circular 06/2019/TT-BTP" }. The
 * English number uses ASCII letters ({@link asciiNumber}).
 *
 * @example
 * ```ts
 * LegalDocument.numberedName("nghi-dinh", "62/2015/NĐ-CP")
 * // { vi: "Nghị định 62/2015/NĐ-CP", en: "Decree 62/2015/ND-CP" }
 * ```
 * @since 0.1.0
 */
export const numberedName = (kind: DocumentKind, number: string): Bilingual => ({
  vi: `${KIND_LABELS[kind].vi} ${number}`,
  en: `${KIND_LABELS[kind].en} ${asciiNumber(number)}`
})
