// @vitest-environment happy-dom
import { describe, expect, it } from "vitest"
import * as DemoSource from "../../src/demo/DemoSource.js"
import * as Source from "../../src/Source.js"
import * as Fulfil from "../../src/views/Fulfil.js"

const from = "2023-10-01"
const to = "2024-09-30"

describe("Fulfil.recordable", () => {
  it("a submitter records its own unit's hearings and steering reports, never its reports or another unit's", async () => {
    const source = DemoSource.make({ role: "submitter", unitId: "chi-cuc-go-dau" })
    const me = await source.me()
    const list = Fulfil.recordable(me, await source.obligations("chi-cuc-go-dau", from, to), source.asOf)
    expect(list.length).toBeGreaterThan(0)
    for (const x of list) {
      expect(x.obligation.owner.unitId).toBe("chi-cuc-go-dau")
      expect(x.obligation.kind).not.toBe("statistical-report")
      expect(x.obligation.period.start <= source.asOf).toBe(true)
    }
    const reviewer = DemoSource.make({ role: "reviewer", unitId: "cuc-tay-ninh" })
    const all = await reviewer.obligations("cuc-tay-ninh", from, to)
    expect(Fulfil.recordable(me, all, reviewer.asOf).map((x) => x.obligation.id)).toEqual(
      list.map((x) => x.obligation.id)
    )
    expect(Fulfil.recordable(await reviewer.me(), all, reviewer.asOf)).toEqual([])
  })

  it("an admin records the directive actors' obligations, not the units'", async () => {
    const admin = DemoSource.make({ role: "admin", unitId: "cuc-tay-ninh" })
    const me = await admin.me()
    const units = await admin.obligations("cuc-tay-ninh", from, to)
    const actors = await admin.actorObligations(from, to)
    const list = Fulfil.recordable(me, [...units, ...actors], admin.asOf)
    expect(list).toHaveLength(12)
    expect(new Set(list.map((x) => x.obligation.owner.actorId))).toEqual(new Set(["A04", "A05", "A06"]))
  })

  it("leaves out an obligation whose period has not started", async () => {
    const source = DemoSource.make({ role: "submitter", unitId: "chi-cuc-go-dau" })
    const me = await source.me()
    const list = await source.obligations("chi-cuc-go-dau", from, to)
    expect(Fulfil.recordable(me, list, "2023-09-30")).toEqual([])
  })
})

describe("Fulfil.request, attempt, refusal", () => {
  const fields = { obligationId: "hearing/A04/2023-12-31", fulfilledOn: "2024-01-18", number: "", title: "", note: "" }

  it("sends only what was filled in, and names the current record for a correction", () => {
    expect(Fulfil.request(fields, undefined)).toEqual({ obligationId: fields.obligationId, fulfilledOn: "2024-01-18" })
    expect(
      Fulfil.request({ ...fields, title: " Biên bản ", note: "  " }, { id: "r7", fulfilledOn: "2024-01-17" })
    ).toEqual({
      obligationId: fields.obligationId,
      fulfilledOn: "2024-01-18",
      document: { title: "Biên bản" },
      supersedes: "r7"
    })
  })

  it("keeps the Idempotency-Key for the same request only", () => {
    const a = Fulfil.attempt(undefined, Fulfil.request(fields, undefined))
    expect(a.key).toMatch(/^[0-9a-f]{32}$/)
    expect(Fulfil.attempt(a, Fulfil.request(fields, undefined))).toBe(a)
    expect(Fulfil.attempt(a, Fulfil.request({ ...fields, note: "x" }, undefined)).key).not.toBe(a.key)
  })

  it("puts every refusal of the service in both languages, the server's text apart", () => {
    for (const slug of [
      "obligation-unknown",
      "obligation-met-by-report",
      "fulfilment-date-future",
      "fulfilment-date-before-period",
      "fulfilment-forbidden",
      "fulfilment-exists",
      "fulfilment-superseded",
      "idempotency-key-reused"
    ]) {
      const e = new Source.SourceError(`Server: ${slug}`, 422, slug)
      const vi = Fulfil.refusal(e, "vi")
      const en = Fulfil.refusal(e, "en")
      expect(vi.text, slug).toMatch(/^Không ghi nhận được: /)
      expect(en.text, slug).toMatch(/^Not recorded: /)
      expect(vi.text, slug).not.toContain(slug)
      expect(vi.text).not.toBe(en.text)
      expect(vi.detail).toBe(`Server: ${slug}`)
    }
    // The demonstration bundle has its own copy of the class: the problem is read from any error that names one.
    expect(Fulfil.refusal(Object.assign(new Error("Conflict: x"), { problem: "fulfilment-exists" }), "en").text).toBe(
      "Not recorded: The obligation is already recorded. Reload the page to correct the current record."
    )
    expect(Fulfil.refusal(new Source.SourceError("Teapot: no", 418, "teapot"), "vi")).toEqual({
      text: "Không ghi nhận được: Teapot: no",
      detail: ""
    })
  })
})

describe("Fulfil.render", () => {
  const setUp = async (role: "submitter" | "admin") => {
    const source = DemoSource.make(
      role === "admin" ? { role, unitId: "cuc-tay-ninh" } : { role, unitId: "chi-cuc-go-dau" }
    )
    const me = await source.me()
    const tracked =
      role === "admin" ? await source.actorObligations(from, to) : await source.obligations("chi-cuc-go-dau", from, to)
    const obligations = Fulfil.recordable(me, tracked, source.asOf)
    const calls: Array<{ request: Source.FulfilmentRequest; key: string }> = []
    const recorded: Array<Source.FulfilmentRecord> = []
    const form = Fulfil.render({
      lang: "vi",
      obligations,
      record: (request, key) => {
        calls.push({ request, key })
        return source.record(request, key)
      },
      onRecorded: (r) => recorded.push(r)
    })
    document.body.replaceChildren(form.element)
    const $ = <E extends HTMLElement>(sel: string) => form.element.querySelector<E>(sel)!
    const submit = () =>
      form.element.dispatchEvent(new (window as unknown as typeof globalThis).Event("submit", { cancelable: true }))
    return { source, obligations, form, calls, recorded, $, submit }
  }
  const settle = () => new Promise((r) => setTimeout(r, 20))

  it("records the chosen obligation once for a double submission, then says so", async () => {
    const { source, obligations, form, calls, recorded, $, submit } = await setUp("submitter")
    const open = obligations.find((x) => x.fulfilment === undefined)!
    expect(form.choose(open.obligation.id)).toBe(true)
    expect($<HTMLButtonElement>("#fulfil-submit").textContent).toBe("Ghi nhận")
    $<HTMLInputElement>("#fulfil-date").value = source.asOf
    $<HTMLInputElement>("#fulfil-number").value = "15/BC-CCTHADS"
    submit()
    submit()
    await settle()
    expect(calls).toHaveLength(1)
    expect(calls[0]!.request).toEqual({
      obligationId: open.obligation.id,
      fulfilledOn: source.asOf,
      document: { number: "15/BC-CCTHADS" }
    })
    expect(recorded.map((r) => r.obligationId)).toEqual([open.obligation.id])
    expect($("#fulfil-status").textContent).toMatch(/^Đã ghi nhận: /)
    const after = await source.obligations("chi-cuc-go-dau", from, to)
    expect(after.find((x) => x.obligation.id === open.obligation.id)?.fulfilment?.fulfilledOn).toBe(source.asOf)
  })

  it("corrects a recorded obligation: its record filled in, supersedes named", async () => {
    const { source, obligations, form, calls, recorded, $, submit } = await setUp("admin")
    const done = obligations.find((x) => x.fulfilment !== undefined)!
    form.choose(done.obligation.id)
    expect($<HTMLButtonElement>("#fulfil-submit").textContent).toBe("Sửa bản ghi")
    expect($<HTMLInputElement>("#fulfil-date").value).toBe(done.fulfilment!.fulfilledOn)
    expect($("#fulfil-current").textContent).toContain("sửa (thay thế)")
    $<HTMLTextAreaElement>("#fulfil-note").value = "Sửa số văn bản"
    submit()
    await settle()
    expect(calls[0]!.request.supersedes).toBe(done.fulfilment!.id)
    expect(recorded[0]!.version).toBe(2)
    const now = (await source.actorObligations(from, to)).find((x) => x.obligation.id === done.obligation.id)
    expect(now?.fulfilment?.id).toBe(recorded[0]!.id)
  })

  it("shows a refusal in the user's words and records nothing; a retry of the same request keeps its key", async () => {
    const { source, obligations, form, calls, recorded, $, submit } = await setUp("submitter")
    const open = obligations.find((x) => x.fulfilment === undefined)!
    form.choose(open.obligation.id)
    $<HTMLInputElement>("#fulfil-date").value = "2024-10-08" // the demo's today is 7/10/2024
    submit()
    await settle()
    expect(recorded).toEqual([])
    expect($("#fulfil-error").textContent).toContain("Ngày thực hiện không được sau ngày hôm nay.")
    expect($("#fulfil-error .detail").textContent).toContain("fulfilledOn is after today")
    submit()
    await settle()
    expect(calls).toHaveLength(2)
    expect(calls[1]!.key).toBe(calls[0]!.key)
    $<HTMLInputElement>("#fulfil-date").value = source.asOf
    submit()
    await settle()
    expect(calls[2]!.key).not.toBe(calls[0]!.key)
    expect(recorded).toHaveLength(1)
    expect($("#fulfil-error").textContent).toBe("")
  })
})
