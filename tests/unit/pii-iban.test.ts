import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { detectPersonalData } from "@/lib/pii";

function ibans(text: string): Array<[string | null, string]> {
  return detectPersonalData(text)
    .filter((m) => m.type === "iban")
    .map((m) => [m.subtype, text.slice(m.start, m.end)]);
}

// Check digits computed independently (ISO 13616): 98 - (BBAN + country + "00") mod 97.
function ibanFor(country: string, bban: string): string {
  const numeric = (bban + country + "00").replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55));
  const remainder = Number(BigInt(numeric) % 97n);
  return `${country}${String(98 - remainder).padStart(2, "0")}${bban}`;
}

describe("IBANs", () => {
  const found: Array<[string, Array<[string, string]>]> = [
    ["Please refund to GB82 WEST 1234 5698 7654 32 thanks", [["gb", "GB82 WEST 1234 5698 7654 32"]]],
    ["IBAN: DE89 3704 0044 0532 0130 00.", [["de", "DE89 3704 0044 0532 0130 00"]]],
    ["Mitt konto SE45 5000 0000 0583 9825 7466 tack", [["se", "SE45 5000 0000 0583 9825 7466"]]],
    ["SE4550000000058398257466", [["se", "SE4550000000058398257466"]]],
    ["kontonummer se45 5000 0000 0583 9825 7466", [["se", "se45 5000 0000 0583 9825 7466"]]],
    ["NO93 8601 1117 947 og DK50 0040 0440 1162 43", [["no", "NO93 8601 1117 947"], ["dk", "DK50 0040 0440 1162 43"]]],
    ["FI21 1234 5600 0007 85", [["fi", "FI21 1234 5600 0007 85"]]],
    ["(FR14 2004 1010 0505 0001 3M02 606)", [["fr", "FR14 2004 1010 0505 0001 3M02 606"]]],
    ["NL91ABNA0417164300", [["nl", "NL91ABNA0417164300"]]],
    ["CH93 0076 2011 6238 5295 7 is my Swiss account", [["ch", "CH93 0076 2011 6238 5295 7"]]],
    [`generated ${ibanFor("SE", "80000810340009783242")}`, [["se", ibanFor("SE", "80000810340009783242")]]],
  ];
  for (const [text, expected] of found) {
    it(`finds ${expected.map((e) => e[1]).join(", ")}`, () => assert.deepEqual(ibans(text), expected));
  }

  const notFound = [
    // One digit changed: the mod-97 checksum fails.
    "GB82 WEST 1234 5698 7654 33",
    "SE45 5000 0000 0583 9825 7467",
    "DE88 3704 0044 0532 0130 00",
    // Too short or too long for the country.
    "SE45 5000 0000 0583 9825 746",
    "SE45500000000583982574661",
    // Unknown country code.
    "XX82 WEST 1234 5698 7654 32",
    // Glued to a word.
    "abcGB82WEST12345698765432",
    "Order SE12 3456 7890 1234 5678 9012 shipped",
  ];
  for (const text of notFound) {
    it(`finds nothing in ${JSON.stringify(text)}`, () => assert.deepEqual(ibans(text), []));
  }

  it("does not swallow the word after a grouped IBAN", () => {
    const text = "GB82 WEST 1234 5698 7654 32 Thanks";
    const [match] = detectPersonalData(text);
    assert.equal(match && text.slice(match.start, match.end), "GB82 WEST 1234 5698 7654 32");
  });

  it("reports an IBAN rather than the phone-like or card-like groups inside it", () => {
    const found = detectPersonalData("SE45 5000 0000 0583 9825 7466");
    assert.deepEqual(found.map((m) => m.type), ["iban"]);
  });
});
