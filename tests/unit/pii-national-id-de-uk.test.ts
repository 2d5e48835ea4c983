import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { detectPersonalData } from "@/lib/pii";

function ids(text: string): Array<[string | null, string]> {
  return detectPersonalData(text)
    .filter((m) => m.type === "national_id")
    .map((m) => [m.subtype, text.slice(m.start, m.end)]);
}

// ISO 7064 MOD 11,10, written out again here so the test does not reuse the code under test.
function steuerId(first10: string): string {
  let product = 10;
  for (const ch of first10) {
    let sum = (Number(ch) + product) % 10;
    if (sum === 0) sum = 10;
    product = (sum * 2) % 11;
  }
  const check = 11 - product === 10 ? 0 : 11 - product;
  return first10 + check;
}

describe("German Steuer-ID", () => {
  const found: Array<[string, string]> = [
    ["Meine Steuer-ID ist 86095742719", "86095742719"],
    ["IdNr 47036892816.", "47036892816"],
    ["65929970489", "65929970489"],
    ["steuerliche Identifikationsnummer 86 095 742 719", "86 095 742 719"],
    // One digit three times, not all together: allowed since 2016.
    [`neu: ${steuerId("1213145678")}`, steuerId("1213145678")],
  ];
  for (const [text, expected] of found) {
    it(`finds ${expected}`, () => assert.deepEqual(ids(text), [["de_steuer_id", expected]]));
  }
  const notFound: Array<[string, string]> = [
    ["wrong check digit", "86095742718"],
    ["no digit repeated", steuerId("1234567890")],
    ["two digits repeated", steuerId("1123356789")],
    ["a digit three times in a row", steuerId("1112345678")],
    ["a digit four times", steuerId("1121314156")],
    ["leading zero", steuerId("0123456788")],
    ["mixed grouping", "86 095742 719"],
    ["part of a longer number", "186095742719"],
  ];
  for (const [why, text] of notFound) {
    it(`finds nothing: ${why}`, () => assert.deepEqual(ids(text), []));
  }
});

describe("UK National Insurance number", () => {
  const found: Array<[string, string]> = [
    ["My NI number is AB 12 34 56 C", "AB 12 34 56 C"],
    ["NINO: JG103759A.", "JG103759A"],
    ["national insurance ce123456d", "ce123456d"],
    ["(TW 98 76 54 B)", "TW 98 76 54 B"],
  ];
  for (const [text, expected] of found) {
    it(`finds ${expected}`, () => assert.deepEqual(ids(text), [["uk_nino", expected]]));
  }
  const notFound: Array<[string, string]> = [
    ["Q is never a first letter (the HMRC example QQ)", "QQ 12 34 56 C"],
    ["D is never a first letter", "DA123456A"],
    ["O is never a second letter", "AO123456C"],
    ["GB is not issued", "GB123456A"],
    ["NK is not issued", "NK123456A"],
    ["the suffix is A to D", "AB123456E"],
    ["lower case with spaces reads as words", "at 12 34 56 a"],
    ["glued to a word", "XAB123456C"],
    ["too few digits", "AB12345C"],
  ];
  for (const [why, text] of notFound) {
    it(`finds nothing: ${why}`, () => assert.deepEqual(ids(text), []));
  }
  it("is less sure about a lower-case number than an upper-case one", () => {
    const [upper] = detectPersonalData("JG103759A");
    const [lower] = detectPersonalData("jg103759a");
    assert.ok(upper && lower && upper.confidence > lower.confidence);
  });
});
