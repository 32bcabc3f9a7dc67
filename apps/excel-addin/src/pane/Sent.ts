/**
 * What "Gửi báo cáo" gave (kết quả gửi báo cáo) and how the pane shows it.
 * Apart from `Send` so that the pane's first load does not carry the HTTP
 * client: this module needs only the types of @thads/api.
 *
 * @since 0.2.0
 */
import type { Problem, Submission } from "@thads/api"

/**
 * The outcome of sending.
 *
 * @example
 * ```ts
 * const o: Sent.Outcome = { _tag: "NotSent", text: { vi: "Chưa nhập địa chỉ máy chủ", en: "No server URL" } }
 * ```
 * @since 0.1.0
 */
export type Outcome =
  | { readonly _tag: "Submitted"; readonly created: Submission.Created; readonly idempotencyKey: string }
  | { readonly _tag: "Refused"; readonly problem: Problem.Fields }
  | { readonly _tag: "NotSent"; readonly text: { readonly vi: string; readonly en: string } }

/**
 * What the pane shows of an outcome: a headline, detail lines and the
 * service's findings; `kind` is "ok" only for a stored, valid report.
 *
 * @example
 * ```ts
 * const result = ReportCheck.check(Synthetic.report({ seed: 1, rows: 3, unitId: "cuc-tay-ninh", year: 2023, months: 12 }))
 * const submission: Submission.Summary = { id: "01J…", unitId: "cuc-tay-ninh", year: 2023, months: 12, version: 1, current: true, receivedAt: "2023-10-05T16:00:00.000+07:00", receivedOn: "2023-10-05", mediaType: "application/json", size: 11400, sha256: "…", valid: result.valid, findings: result.stats.findings, ruleSet: result.ruleSet, keyId: "k1" }
 * const shown = Sent.lines({ _tag: "Submitted", created: { submission, result }, idempotencyKey: "…" }, "vi")
 * shown.headline // "Đã nộp — cuc-tay-ninh, 12 tháng năm 2023, lần 1; HỢP LỆ"
 * shown.kind // "ok"
 * const refused: Sent.Outcome = { _tag: "Refused", problem: { type: "urn:thads:problem:unauthorized", title: "Unauthorized", status: 401 } }
 * Sent.lines(refused, "en").headline // "Refused by the service — 401 Unauthorized"
 * ```
 * @since 0.1.0
 */
export const lines = (
  outcome: Outcome,
  lang: "vi" | "en"
): {
  readonly kind: "ok" | "error"
  readonly headline: string
  readonly details: ReadonlyArray<string>
  readonly findings: Submission.Created["result"]["findings"]
} => {
  const vi = lang === "vi"
  switch (outcome._tag) {
    case "NotSent":
      return { kind: "error", headline: outcome.text[lang], details: [], findings: [] }
    case "Refused": {
      const p = outcome.problem
      return {
        kind: "error",
        headline: `${vi ? "Máy chủ từ chối" : "Refused by the service"} — ${p.status} ${p.title}`,
        details: [
          ...(p.detail === undefined ? [] : [p.detail]),
          ...(p.errors ?? []).map((e) => `${e.pointer || "/"} ${e.detail}`),
          p.type,
          ...(p.requestId === undefined ? [] : [`request id: ${p.requestId}`])
        ],
        findings: []
      }
    }
    case "Submitted": {
      const { submission: s, result } = outcome.created
      const c = s.findings
      return {
        kind: result.valid ? "ok" : "error",
        headline: vi
          ? `Đã nộp — ${s.unitId}, ${s.months} tháng năm ${s.year}, lần ${s.version}; ${result.valid ? "HỢP LỆ" : "KHÔNG HỢP LỆ"}`
          : `Submitted — ${s.unitId}, ${s.months} months of ${s.year}, version ${s.version}; ${result.valid ? "VALID" : "INVALID"}`,
        details: [
          vi
            ? `${c.error} lỗi, ${c.warning} cảnh báo, ${c.info} thông tin`
            : `${c.error} errors, ${c.warning} warnings, ${c.info} info`,
          `id ${s.id} · ${vi ? "nhận lúc" : "received"} ${s.receivedAt}`
        ],
        findings: result.findings
      }
    }
  }
}
