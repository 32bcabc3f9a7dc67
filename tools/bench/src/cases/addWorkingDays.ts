/**
 * `addWorkingDays` over ten years of dates (2017-01-01 … 2026-12-31, every
 * day, official and estimated years) against a naive day-by-day loop over
 * the same calendar's `isWorkingDay`.
 */
import { CivilDate, WorkingCalendar } from "@thads/core"
import type { Case } from "../Harness.ts"

const calendar = WorkingCalendar.make()
const first = CivilDate.toDayNumber(CivilDate.make("2017-01-01"))
const last = CivilDate.toDayNumber(CivilDate.make("2026-12-31"))
const dates: ReadonlyArray<CivilDate.CivilDate> = Array.from({ length: last - first + 1 }, (_, i) =>
  CivilDate.fromDayNumber(first + i)
)
/** The deadlines of the regimes: 1, 2 and 4 working days, and 5 for procedural steps. */
const amounts = [1, 2, 4, 5]

const naiveAdd = (date: CivilDate.CivilDate, n: number): CivilDate.CivilDate => {
  let c = date
  let left = n
  while (left > 0) {
    c = CivilDate.addDays(c, 1)
    if (calendar.isWorkingDay(c)) left--
  }
  return c
}

// Both must agree before anything is timed.
for (const d of dates) {
  for (const n of amounts) {
    if (calendar.addWorkingDays(d, n) !== naiveAdd(d, n))
      throw new Error(`addWorkingDays(${d}, ${n}) disagrees with the loop`)
  }
}

const all = (f: (d: CivilDate.CivilDate, n: number) => CivilDate.CivilDate) => () => {
  let acc = 0
  for (const d of dates) for (const n of amounts) acc += f(d, n).length
  return acc
}

export const addWorkingDays: Case = {
  name: "addWorkingDays, 10 years of dates × {1,2,4,5} WD",
  unit: "calls",
  baseline: { name: "day-by-day loop", run: all(naiveAdd), ops: dates.length * amounts.length },
  candidates: [
    { name: "WorkingCalendar.addWorkingDays", run: all(calendar.addWorkingDays), ops: dates.length * amounts.length }
  ],
  goal: "> 1"
}
