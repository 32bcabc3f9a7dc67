import { describe } from "vitest"
import { endpointSuite } from "./suite.js"

describe("every endpoint over HTTP, on SQLite", () => endpointSuite("sqlite"))
