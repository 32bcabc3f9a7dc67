/**
 * Prometheus metrics of one instance (text exposition format 0.0.4):
 * requests by route and status, request latency histogram, submissions
 * stored, and findings by code. Counters live in the process; a scrape of
 * each instance gives its share.
 *
 * @since 0.1.0
 */

const buckets = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10] as const

/**
 * The metrics registry of the process.
 *
 * @example
 * ```ts
 * const m = Metrics.make()
 * m.request("POST /v1/check", 200, 0.004)
 * m.render().includes("thads_http_requests_total") // true
 * ```
 * @since 0.1.0
 */
export interface Registry {
  readonly request: (route: string, status: number, seconds: number) => void
  readonly submission: (valid: boolean) => void
  readonly findings: (codes: ReadonlyArray<{ readonly code: string; readonly severity: string }>) => void
  readonly render: () => string
}

const escape = (s: string) => s.replace(/\\/g, "\\\\").replace(/"/g, '\\"').replace(/\n/g, "\\n")

/**
 * A new registry.
 *
 * @example
 * ```ts
 * const registry = Metrics.make()
 * ```
 * @since 0.1.0
 */
export const make = (): Registry => {
  const requests = new Map<string, number>()
  const latency = new Map<string, { counts: Array<number>; sum: number; count: number }>()
  const submissions = new Map<string, number>()
  const findings = new Map<string, number>()
  const inc = (m: Map<string, number>, k: string, n = 1) => m.set(k, (m.get(k) ?? 0) + n)
  return {
    request: (route, status, seconds) => {
      inc(requests, `route="${escape(route)}",status="${status}"`)
      let h = latency.get(route)
      if (h === undefined) {
        h = { counts: buckets.map(() => 0), sum: 0, count: 0 }
        latency.set(route, h)
      }
      for (let i = 0; i < buckets.length; i++) if (seconds <= buckets[i]!) h.counts[i]!++
      h.sum += seconds
      h.count++
    },
    submission: (valid) => inc(submissions, `valid="${valid}"`),
    findings: (list) => {
      for (const f of list) inc(findings, `code="${escape(f.code)}",severity="${f.severity}"`)
    },
    render: () => {
      const lines: Array<string> = [
        "# HELP thads_http_requests_total HTTP requests by route and status.",
        "# TYPE thads_http_requests_total counter"
      ]
      for (const [k, v] of requests) lines.push(`thads_http_requests_total{${k}} ${v}`)
      lines.push(
        "# HELP thads_http_request_duration_seconds Request latency.",
        "# TYPE thads_http_request_duration_seconds histogram"
      )
      for (const [route, h] of latency) {
        const r = `route="${escape(route)}"`
        for (let i = 0; i < buckets.length; i++)
          lines.push(`thads_http_request_duration_seconds_bucket{${r},le="${buckets[i]}"} ${h.counts[i]}`)
        lines.push(`thads_http_request_duration_seconds_bucket{${r},le="+Inf"} ${h.count}`)
        lines.push(`thads_http_request_duration_seconds_sum{${r}} ${h.sum}`)
        lines.push(`thads_http_request_duration_seconds_count{${r}} ${h.count}`)
      }
      lines.push("# HELP thads_submissions_total Submissions stored.", "# TYPE thads_submissions_total counter")
      for (const [k, v] of submissions) lines.push(`thads_submissions_total{${k}} ${v}`)
      lines.push(
        "# HELP thads_findings_total Findings of checks and submissions by code.",
        "# TYPE thads_findings_total counter"
      )
      for (const [k, v] of findings) lines.push(`thads_findings_total{${k}} ${v}`)
      lines.push(
        "# HELP process_resident_memory_bytes Resident memory.",
        "# TYPE process_resident_memory_bytes gauge",
        `process_resident_memory_bytes ${process.memoryUsage().rss}`
      )
      return `${lines.join("\n")}\n`
    }
  }
}
