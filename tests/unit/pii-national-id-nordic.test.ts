import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { detectPersonalData } from "@/lib/pii";

function ids(text: string): Array<[string | null, string]> {
  return detectPersonalData(text)
    .filter((m) => m.type === "national_id")
    .map((m) => [m.subtype, text.slice(m.start, m.end)]);
}

// Independent implementations of the check digits, so the tests can catch a wrong algorithm.
function luhnOk(digits: string): boolean {
  const sum = [...digits].reverse().reduce((acc, ch, i) => {
    const d = Number(ch) * (i % 2 ? 2 : 1);
    return acc + (d > 9 ? d - 9 : d);
  }, 0);
  return sum % 10 === 0;
}
function luhnComplete(body: string): string {
  for (let c = 0; c <= 9; c++) if (luhnOk(body + c)) return body + c;
  throw new Error("unreachable");
}
function mod11Check(digits: string, weights: number[]): number {
  const sum = weights.reduce((acc, w, i) => acc + w * Number(digits[i]), 0);
  const k = 11 - (sum % 11);
  return k === 11 ? 0 : k;
}
// A Norwegian number for DDMMYY: the first individual number whose check digits both exist.
function norwegian(ddmmyy: string): string {
  for (let individual = 100; individual < 500; individual++) {
    const nine = ddmmyy + String(individual);
    const k1 = mod11Check(nine, [3, 7, 6, 1, 8, 9, 4, 5, 2]);
    if (k1 === 10) continue;
    const k2 = mod11Check(nine + k1, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]);
    if (k2 === 10) continue;
    return nine + k1 + k2;
  }
  throw new Error("none");
}
function cprMod11(digits: string): boolean {
  return [4, 3, 2, 7, 6, 5, 4, 3, 2, 1].reduce((acc, w, i) => acc + w * Number(digits[i]), 0) % 11 === 0;
}
// A Danish CPR for DDMMYY whose serial passes (or, with pass=false, fails) mod 11 and is no Swedish number.
function danish(ddmmyy: string, pass: boolean): string {
  for (let serial = 1000; serial < 4000; serial++) {
    const digits = ddmmyy + serial;
    if (cprMod11(digits) === pass && !luhnOk(digits)) return `${ddmmyy}-${serial}`;
  }
  throw new Error("none");
}
function hetu(ddmmyy: string, sign: string, individual: string): string {
  return `${ddmmyy}${sign}${individual}${"0123456789ABCDEFHJKLMNPRSTUVWXY"[Number(ddmmyy + individual) % 31]}`;
}

describe("Swedish personnummer and samordningsnummer", () => {
  const found: Array<[string, Array<[string, string]>]> = [
    ["Mitt personnummer är 811218-9876", [["se_personnummer", "811218-9876"]]],
    ["pnr: 19121212-1212, tack", [["se_personnummer", "19121212-1212"]]],
    ["Tolvan är över hundra: 121212+1212", [["se_personnummer", "121212+1212"]]],
    ["198112189876", [["se_personnummer", "198112189876"]]],
    ["personnummer 8112189876", [["se_personnummer", "8112189876"]]],
    ["samordningsnummer 701063-2391", [["se_samordningsnummer", "701063-2391"]]],
    [`född skottdag: ${luhnComplete("000229123").replace(/^(\d{6})/, "$1-")}`, [["se_personnummer", luhnComplete("000229123").replace(/^(\d{6})/, "$1-")]]],
  ];
  for (const [text, expected] of found) {
    it(`finds ${expected.map((e) => e[1]).join(", ")}`, () => assert.deepEqual(ids(text), expected));
  }

  it("does not flag an order number shaped like a personnummer with a wrong check digit", () => {
    assert.equal(luhnOk("8503121234"), false, "precondition: the check digit is wrong");
    assert.deepEqual(detectPersonalData("ordernummer 19850312-1234"), []);
    assert.deepEqual(detectPersonalData("ärende 850312-1234 är stängt"), []);
  });

  const notFound = [
    "811218-9875", // check digit off by one
    `${luhnComplete("811318987").slice(0, 6)}-${luhnComplete("811318987").slice(6)}`, // month 13, Luhn-valid
    `${luhnComplete("810230987").slice(0, 6)}-${luhnComplete("810230987").slice(6)}`, // 30 February
    `${luhnComplete("010229123").slice(0, 6)}-${luhnComplete("010229123").slice(6)}`, // 29 February 2001
    "Mötet 2024-03-12 kl 14:30",
    "811218-98765",
    "A811218-9876",
    "19121212+1212", // "+" only exists in the ten-digit form
  ];
  for (const text of notFound) {
    it(`finds nothing in ${JSON.stringify(text)}`, () => assert.deepEqual(ids(text), []));
  }

  it("is surer with a separator than for ten bare digits, and surer still after the word personnummer", () => {
    const [dashed] = detectPersonalData("811218-9876");
    const [bare] = detectPersonalData("8112189876");
    const [named] = detectPersonalData("personnummer 8112189876");
    assert.ok(dashed && bare && named);
    assert.ok(dashed.confidence > bare.confidence);
    assert.ok(named.confidence > bare.confidence);
  });

  it("reads a Swedish mobile number as a phone number even when it also reads as a personnummer", () => {
    // 070123-456C is a valid date (23 January 2007) and the check digit makes it Luhn-valid.
    const mobile = luhnComplete("070123456");
    assert.deepEqual(detectPersonalData(`ring ${mobile}`).map((m) => m.type), ["phone"]);
    assert.deepEqual(detectPersonalData(`personnummer ${mobile.slice(0, 6)}-${mobile.slice(6)}`).map((m) => m.type), ["national_id"]);
  });
});

describe("Norwegian fødselsnummer", () => {
  const valid = norwegian("150585");
  const dNumber = norwegian("550585");
  const found: Array<[string, Array<[string, string]>]> = [
    [`Fødselsnummeret mitt er ${valid}`, [["no_fodselsnummer", valid]]],
    [`fnr ${valid.slice(0, 6)} ${valid.slice(6)}`, [["no_fodselsnummer", `${valid.slice(0, 6)} ${valid.slice(6)}`]]],
    [`D-nummer ${dNumber}.`, [["no_d_nummer", dNumber]]],
  ];
  for (const [text, expected] of found) {
    it(`finds ${expected.map((e) => e[1]).join(", ")}`, () => assert.deepEqual(ids(text), expected));
  }
  const wrongFirst = valid.slice(0, 9) + ((Number(valid[9]) + 1) % 10) + valid[10];
  const wrongSecond = valid.slice(0, 10) + ((Number(valid[10]) + 1) % 10);
  for (const text of [wrongFirst, wrongSecond, norwegian("310285"), norwegian("001385")]) {
    it(`finds nothing in ${text} (bad check digit or date)`, () => assert.deepEqual(ids(text), []));
  }
});

describe("Danish CPR number", () => {
  const checked = danish("120385", true);
  const unchecked = danish("120385", false);
  it("finds a CPR number that passes the old modulus-11 check, with high confidence", () => {
    const [match] = detectPersonalData(`CPR-nummer ${checked}`);
    assert.equal(match?.subtype, "dk_cpr");
    assert.ok((match?.confidence ?? 0) >= 0.9);
  });
  it("finds a hyphenated CPR number issued after 2007 without the check, with lower confidence", () => {
    const [match] = detectPersonalData(`mit nummer ${unchecked}`);
    assert.equal(match?.subtype, "dk_cpr");
    assert.ok((match?.confidence ?? 1) <= 0.7);
  });
  it("leaves out bare ten digits without the check", () => {
    assert.deepEqual(ids(`ref ${unchecked.replace("-", "")}`), []);
  });
  it("leaves out impossible dates", () => {
    assert.deepEqual(ids(danish("310485", false)), []);
    assert.deepEqual(ids(danish("001385", false)), []);
  });
});

describe("Finnish henkilötunnus", () => {
  const found: Array<[string, string]> = [
    ["Henkilötunnukseni on 131052-308T", "131052-308T"],
    ["hetu 280264-051U.", "280264-051U"],
    ["uusi välimerkki 010594Y9021", "010594Y9021"],
    [`syntynyt 2005: ${hetu("010105", "A", "123")}`, hetu("010105", "A", "123")],
    [`1800-luvulla: ${hetu("150878", "+", "456")}`, hetu("150878", "+", "456")],
  ];
  for (const [text, expected] of found) {
    it(`finds ${expected}`, () => assert.deepEqual(ids(text), [["fi_hetu", expected]]));
  }
  for (const text of ["131052-308U", "131052-308", "131052G308T", hetu("310252", "-", "308"), hetu("131052", "-", "001")]) {
    it(`finds nothing in ${text}`, () => assert.deepEqual(ids(text), []));
  }
});
