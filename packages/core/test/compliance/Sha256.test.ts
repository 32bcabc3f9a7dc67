import { createHash } from "node:crypto"
import { describe, expect, it } from "vitest"
import fc from "fast-check"
import * as Sha256 from "../../src/compliance/Sha256.js"

describe("Sha256", () => {
  it("FIPS 180-4 test vectors", () => {
    expect(Sha256.hex("abc")).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    expect(Sha256.hex("")).toBe("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
    expect(Sha256.hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")).toBe(
      "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"
    )
  })
  it("agrees with node:crypto on any text (property)", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 300 }), (s) => {
        expect(Sha256.hex(s)).toBe(createHash("sha256").update(s, "utf8").digest("hex"))
      })
    )
  })
})
