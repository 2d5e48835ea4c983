import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { detectPersonalData } from "@/lib/pii";

function categories(text: string): Array<[string | null, string]> {
  return detectPersonalData(text)
    .filter((m) => m.type === "special_category")
    .map((m) => [m.subtype, text.slice(m.start, m.end)]);
}

describe("special-category words", () => {
  const found: Array<[string, Array<[string, string]>]> = [
    ["I have diabetes so I need sugar-free", [["health", "diabetes"]]],
    ["Jag är diabetiker", [["health", "diabetiker"]]],
    ["Diabetesen är under kontroll", [["health", "Diabetesen"]]],
    ["I'm pregnant, can someone carry it upstairs?", [["health", "pregnant"]]],
    ["Jag är gravid i vecka 30", [["health", "gravid"]]],
    ["My son is HIV positive", [["health", "HIV"]]],
    ["hon har cancer och orkar inte", [["health", "cancer"]]],
    ["jag har varit sjukskriven sedan mars", [["health", "sjukskriven"]]],
    ["I've been on sick leave for depression", [["health", "sick leave"], ["health", "depression"]]],
    ["jag har ADHD och dyslexi", [["health", "ADHD"], ["health", "dyslexi"]]],
    ["Vi är muslimer och äter halal", [["religion", "muslimer"], ["religion", "halal"]]],
    ["As a Jew I keep kosher", [["religion", "Jew"], ["religion", "kosher"]]],
    ["Jag är jude", [["religion", "jude"]]],
    ["We're at church on Sunday", [["religion", "church"]]],
    ["Vi går i kyrkan på söndag", [["religion", "kyrkan"]]],
    ["Jag är med i Svenska kyrkan", [["religion", "Svenska kyrkan"]]],
    ["my ethnic background is Kurdish", [["ethnic_origin", "ethnic"], ["ethnic_origin", "Kurdish"]]],
    ["jag är same och pratar samiska", [["ethnic_origin", "samiska"]]],
    ["Jag röstade på Vänsterpartiet", [["political_opinion", "röstade på"], ["political_opinion", "Vänsterpartiet"]]],
    ["I'm a Labour Party member", [["political_opinion", "Labour Party"]]],
    ["Jag är partimedlem", [["political_opinion", "partimedlem"]]],
    ["Jag är med i fackförbundet", [["trade_union", "fackförbundet"]]],
    ["I'm a union member, is there a discount?", [["trade_union", "union member"]]],
    ["I'm a trade-union rep", [["trade_union", "trade-union"]]],
    ["Min fru och jag är gay", [["sex_life_orientation", "gay"]]],
    ["I'm lesbian and my partner is bisexual", [["sex_life_orientation", "lesbian"], ["sex_life_orientation", "bisexual"]]],
    ["Jag är bisexuell", [["sex_life_orientation", "bisexuell"]]],
    ["Min sexuella läggning har inget med saken att göra", [["sex_life_orientation", "sexuella läggning"]]],
    ["the phone unlocks with my fingerprint", [["biometric_genetic", "fingerprint"]]],
    ["Resultatet från DNA-testet kom", [["biometric_genetic", "DNA-testet"]]],
    ["I did a DNA test", [["biometric_genetic", "DNA test"]]],
    ["Fingeravtrycket funkar inte", [["biometric_genetic", "Fingeravtrycket"]]],
  ];
  for (const [text, expected] of found) {
    it(`finds ${expected.map((e) => `${e[0]}:${e[1]}`).join(", ")}`, () => assert.deepEqual(categories(text), expected));
  }

  const notFound = [
    "Hi, my order hasn't arrived",
    "Jag vill returnera skorna",
    "Beroende på vädret kommer leveransen i morgon", // "beroende" = depending
    "Vi skickar genom PostNord", // "genom" = through, not genome
    "My account was disabled after the update",
    "Same day delivery please",
    "prediabetesstudie", // inside a longer word that does not start with a listed stem
    "visit church.example.com for details",
    "mail me at gay@example.com",
    "Islamabad office",
    "The history of the territory",
  ];
  for (const text of notFound) {
    it(`finds nothing in ${JSON.stringify(text)}`, () => assert.deepEqual(categories(text), []));
  }

  it("gives everyday-ambiguous words a lower confidence than unambiguous ones", () => {
    const [church] = detectPersonalData("church");
    const [diabetes] = detectPersonalData("diabetes");
    assert.ok(church && diabetes && church.confidence < diabetes.confidence);
  });

  it("matches whole words only", () => {
    assert.deepEqual(categories("gayety hivemind"), []);
    assert.deepEqual(categories("jewel dnase"), []);
  });

  it("handles upper case and Swedish letters", () => {
    assert.deepEqual(categories("FACKFÖRBUNDET"), [["trade_union", "FACKFÖRBUNDET"]]);
    assert.deepEqual(categories("ÄTSTÖRNING"), [["health", "ÄTSTÖRNING"]]);
  });
});
