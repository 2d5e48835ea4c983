import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { detectPersonalData } from "@/lib/pii";

function cards(text: string): Array<[string | null, string]> {
  return detectPersonalData(text)
    .filter((m) => m.type === "card")
    .map((m) => [m.subtype, text.slice(m.start, m.end)]);
}

// Independent Luhn completion, so the tests do not trust the implementation they check.
function withLuhn(body: string): string {
  for (let check = 0; check <= 9; check++) {
    const n = body + check;
    const sum = [...n].reverse().reduce((acc, ch, i) => {
      const d = Number(ch) * (i % 2 ? 2 : 1);
      return acc + (d > 9 ? d - 9 : d);
    }, 0);
    if (sum % 10 === 0) return n;
  }
  throw new Error("no check digit");
}

describe("payment card numbers", () => {
  // Published test card numbers of the schemes.
  const found: Array<[string, Array<[string, string]>]> = [
    ["My card is 4111 1111 1111 1111, exp 12/25", [["visa", "4111 1111 1111 1111"]]],
    ["kortnummer 4111-1111-1111-1111 tack", [["visa", "4111-1111-1111-1111"]]],
    ["4111111111111111", [["visa", "4111111111111111"]]],
    ["Mastercard 5555 5555 5555 4444 please refund", [["mastercard", "5555 5555 5555 4444"]]],
    ["new mastercard 2223 0031 2200 3222", [["mastercard", "2223 0031 2200 3222"]]],
    ["amex: 3782 822463 10005", [["amex", "3782 822463 10005"]]],
    ["amex 378282246310005.", [["amex", "378282246310005"]]],
    ["Discover 6011 1111 1111 1117", [["discover", "6011 1111 1111 1117"]]],
    ["JCB 3530 1113 3330 0000", [["jcb", "3530 1113 3330 0000"]]],
    ["Diners 3056 9309 0259 04", [["diners", "3056 9309 0259 04"]]],
    ["Maestro 6759 6498 2643 8453", [["maestro", "6759 6498 2643 8453"]]],
    ["visa debit 4000 0566 5566 5556 exp 03/27 cvc 123", [["visa", "4000 0566 5566 5556"]]],
    ["card 4111 1111 1111 1111 12/25", [["visa", "4111 1111 1111 1111"]]],
    ["first 4111 1111 1111 1111 then 5555 5555 5555 4444", [["visa", "4111 1111 1111 1111"], ["mastercard", "5555 5555 5555 4444"]]],
    [`generated ${withLuhn("453201563748219")}`, [["visa", withLuhn("453201563748219")]]],
  ];
  for (const [text, expected] of found) {
    it(`finds ${expected.map((e) => e[1]).join(", ")}`, () => assert.deepEqual(cards(text), expected));
  }

  const notFound = [
    "order 4111111111111112",
    "ordernummer 4111 1111 1111 1112",
    "tracking number 1234567890123456 is stuck",
    "spårningsnummer 0012 3456 7890 1234 5678",
    // Luhn-valid, but no card scheme issues numbers starting with 9 or 1.
    `reference ${withLuhn("912345678901234")}`,
    `kundnummer ${withLuhn("100000000000000")}`,
    "4111 1111 1111 11",
    "41111111111111111111111",
    "ab4111111111111111",
    "4111111111111111x",
    "Pris 4 111 kr, 1 111 kr, 1 111 kr",
  ];
  for (const text of notFound) {
    it(`finds nothing in ${JSON.stringify(text)}`, () => assert.deepEqual(cards(text), []));
  }

  it("scores a grouped number higher than a bare one", () => {
    const [grouped] = detectPersonalData("4111 1111 1111 1111");
    const [bare] = detectPersonalData("4111111111111111");
    assert.ok(grouped && bare && grouped.confidence > bare.confidence && bare.confidence >= 0.85);
  });
});
