import { describe, it } from "vitest"
import { pgAvailable } from "./harness.js"
import { fulfilmentListSuite } from "./fulfilment-list.js"
import { fulfilmentSuite } from "./fulfilments.js"
import { submissionListSuite } from "./submission-list.js"
import { endpointSuite } from "./suite.js"

const available = await pgAvailable()
if (!available && process.env.CI === "true")
  throw new Error(
    "CI=true: PostgreSQL at 127.0.0.1:5432 (database test) must answer; the PostgreSQL suite may not skip"
  )
if (!available) console.warn("NOTICE: PostgreSQL at 127.0.0.1:5432 does not answer: the PostgreSQL suite is skipped")

describe.skipIf(!available)("every endpoint over HTTP, on PostgreSQL", () => endpointSuite("pg"))
describe.skipIf(!available)("fulfilment records over HTTP, on PostgreSQL", () => fulfilmentSuite("pg"))
describe.skipIf(!available)("fulfilment lists over HTTP, on PostgreSQL", () => fulfilmentListSuite("pg"))
describe.skipIf(!available)("submission lists over HTTP, on PostgreSQL", () => submissionListSuite("pg"))
if (!available) it.skip("PostgreSQL suite (server not answering)", () => {})
