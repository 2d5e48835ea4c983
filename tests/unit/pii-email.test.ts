import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { detectPersonalData, normaliseEmail } from "@/lib/pii";

// The e-mail addresses the detector reports in `text`, as the substrings it points at.
function emails(text: string): string[] {
  return detectPersonalData(text)
    .filter((m) => m.type === "email")
    .map((m) => text.slice(m.start, m.end));
}

describe("email addresses in chat text", () => {
  const found: Array<[string, string[]]> = [
    ["My email is anna.svensson@example.se, thanks", ["anna.svensson@example.se"]],
    ["Min mejl: Erik.Lindqvist+shop@Gmail.com.", ["Erik.Lindqvist+shop@Gmail.com"]],
    ["skicka till <karin_berg84@hotmail.se> tack", ["karin_berg84@hotmail.se"]],
    ["mailto:o'neil@example.co.uk", ["o'neil@example.co.uk"]],
    ["åsa.öberg@företaget.se är min adress", ["åsa.öberg@företaget.se"]],
    ["two: a@b.io and first.last@sub.domain.example.org!", ["a@b.io", "first.last@sub.domain.example.org"]],
    ["(j.smith@example.com)", ["j.smith@example.com"]],
    ["Svara på info@företag.xn--p1ai", ["info@företag.xn--p1ai"]],
  ];
  for (const [text, expected] of found) {
    it(`finds ${expected.join(", ")}`, () => assert.deepEqual(emails(text), expected));
  }

  const notFound = [
    "Meet me @ the store at 5",
    "twitter handle @anna_s",
    "logo@2x.png is blurry",
    "user@localhost",
    "an@ sign alone",
    "price: 5 @ 10 kr",
    "broken@domain.",
    "x@-bad.com",
  ];
  for (const text of notFound) {
    it(`finds nothing in ${JSON.stringify(text)}`, () => assert.deepEqual(emails(text), []));
  }

  it("reports offsets that slice out exactly the address, with high confidence", () => {
    const text = "Hej, det är lisa@example.se.";
    const [match] = detectPersonalData(text);
    assert.ok(match);
    assert.equal(match.type, "email");
    assert.equal(match.subtype, null);
    assert.equal(match.start, 12);
    assert.equal(match.end, 27);
    assert.ok(match.confidence >= 0.9);
  });
});

describe("normaliseEmail", () => {
  it("lower-cases and trims", () => {
    assert.equal(normaliseEmail("  Anna.Svensson@Example.SE "), "anna.svensson@example.se");
  });
  it("keeps plus tags and unicode letters", () => {
    assert.equal(normaliseEmail("Åsa+Test@Företag.se"), "åsa+test@företag.se");
  });
  for (const bad of ["", "   ", "anna", "anna@", "@example.se", "anna@example", "an..na@example.se", ".anna@example.se", "anna.@example.se", "a b@example.se", "anna@exa mple.se", "anna@-example.se", `${"a".repeat(65)}@example.se`]) {
    it(`rejects ${JSON.stringify(bad)}`, () => assert.equal(normaliseEmail(bad), null));
  }
});
