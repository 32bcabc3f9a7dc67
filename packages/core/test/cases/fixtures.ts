import * as CivilDate from "../../src/base/CivilDate.js"
import type * as Case from "../../src/cases/Case.js"
import type * as CaseEvent from "../../src/cases/Event.js"

export const d = (s: string) => CivilDate.make(s)

/** A case decided on 2024-01-15 (or `decision`), on request, 100,000,000 VND, with the given events. */
export const makeCase = (events: ReadonlyArray<CaseEvent.Event>, over: Partial<Case.Case> = {}): Case.Case => ({
  id: "c-1",
  unitId: "phong-kv-1",
  officerId: "chv-01",
  decision: { date: d("2024-01-15"), number: "15/QĐ-THADS" },
  initiation: { mode: "on-request", requestDate: d("2024-01-10") },
  debtor: { kind: "person" },
  amountDue: 100_000_000,
  events,
  ...over
})
