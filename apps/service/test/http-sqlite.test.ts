import { describe } from "vitest"
import { fulfilmentListSuite } from "./fulfilment-list.js"
import { fulfilmentSuite } from "./fulfilments.js"
import { submissionListSuite } from "./submission-list.js"
import { endpointSuite } from "./suite.js"

describe("every endpoint over HTTP, on SQLite", () => endpointSuite("sqlite"))
describe("fulfilment records over HTTP, on SQLite", () => fulfilmentSuite("sqlite"))
describe("fulfilment lists over HTTP, on SQLite", () => fulfilmentListSuite("sqlite"))
describe("submission lists over HTTP, on SQLite", () => submissionListSuite("sqlite"))
