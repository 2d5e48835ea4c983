import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { detectPersonalData, normalisePhone } from "@/lib/pii";

function phones(text: string, defaultCountry?: "SE" | "GB"): string[] {
  return detectPersonalData(text, defaultCountry ? { defaultCountry } : {})
    .filter((m) => m.type === "phone")
    .map((m) => text.slice(m.start, m.end));
}

describe("phone numbers in chat text", () => {
  const found: Array<[string, string[]]> = [
    ["Ring mig på 070-123 45 67 efter fem", ["070-123 45 67"]],
    ["mitt nummer är 0701234567.", ["0701234567"]],
    ["Nå mig på 08-123 456 78 eller 031-12 34 56", ["08-123 456 78", "031-12 34 56"]],
    ["You can call me on +46 70 123 45 67", ["+46 70 123 45 67"]],
    ["+46 (0)70-123 45 67 is my mobile", ["+46 (0)70-123 45 67"]],
    ["call +44 7911 123456 any time", ["+44 7911 123456"]],
    ["UK number: 07911 123456", ["07911 123456"]],
    ["Norsk nummer +47 412 34 567", ["+47 412 34 567"]],
    ["dansk: +45 20 12 34 56", ["+45 20 12 34 56"]],
    ["Finland 0046 8 123 456 78 eller 0040 21 312 3456", ["0046 8 123 456 78", "0040 21 312 3456"]],
    ["Deutschland: +49 30 901820", ["+49 30 901820"]],
    ["US office (201) 555-0123", ["(201) 555-0123"]],
    ["Ring (08) 123 45 67", ["(08) 123 45 67"]],
    ["Den 2024-05-01 ringde jag från 070 123 45 67", ["070 123 45 67"]],
    ["070-123 45 67 070-765 43 21", ["070-123 45 67", "070-765 43 21"]],
  ];
  for (const [text, expected] of found) {
    it(`finds ${expected.join(", ")}`, () => assert.deepEqual(phones(text), expected));
  }

  const notFound = [
    "Mötet är 2024-03-12 kl 14:30",
    "Öppet 08.30-17.00 vardagar",
    "Leverans 12/03/2024 mellan 10 och 14",
    "datum 01-02-2024",
    "Ordernummer 58213377",
    "order 123456789",
    "Pris 1 299 kr, frakt 49 kr",
    "The fictional UK range 07700 900123 is not in service",
    "ISBN 978-91-0-012345-6",
    "tracking 12345678901234",
    "ref-0701234567",
    "version 2.0701234567",
    "postnummer 113 51 Stockholm",
    "+46 12",
  ];
  for (const text of notFound) {
    it(`finds nothing in ${JSON.stringify(text)}`, () => assert.deepEqual(phones(text), []));
  }

  it("scores international numbers above national ones", () => {
    const [intl] = detectPersonalData("+46 70 123 45 67");
    const [national] = detectPersonalData("070-123 45 67");
    assert.ok(intl && national);
    assert.ok(intl.confidence > national.confidence);
  });

  it("uses the default country for numbers without a country code", () => {
    assert.deepEqual(phones("ring 020-123 45 67", "SE"), ["020-123 45 67"]);
  });

  it("stays fast on hostile input and still ends", () => {
    const started = performance.now();
    detectPersonalData("0 ".repeat(20_000));
    assert.ok(performance.now() - started < 2_000);
  });
});

describe("normalisePhone", () => {
  const cases: Array<[string, string | null]> = [
    ["070-123 45 67", "+46701234567"],
    ["+46 (0)70 123 45 67", "+46701234567"],
    ["0046 70 123 45 67", "+46701234567"],
    [" 08-123 456 78 ", "+46812345678"],
    ["+44 7911 123456", "+447911123456"],
    ["+47 412 34 567", "+4741234567"],
    ["12345", null],
    ["", null],
    ["not a number", null],
    ["+46 70 123", null],
  ];
  for (const [raw, expected] of cases) {
    it(`${JSON.stringify(raw)} → ${expected}`, () => assert.equal(normalisePhone(raw), expected));
  }
  it("reads national numbers in the given country", () => {
    assert.equal(normalisePhone("07911 123456", "GB"), "+447911123456");
    assert.equal(normalisePhone("07911 123456"), null);
  });
});
