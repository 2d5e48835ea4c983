import type { PiiMatch } from "./types";
import { ibanMod97Valid } from "./checksums";
import { isWordCode } from "./text";

// IBAN length per country (ISO 13616 registry). The exact length tells where an IBAN written in groups ends, so
// a word after it ("... 7466 thanks") is never swallowed.
const IBAN_LENGTHS: Readonly<Record<string, number>> = {
  AD: 24, AE: 23, AL: 28, AT: 20, AZ: 28, BA: 20, BE: 16, BG: 22, BH: 22, BI: 27, BR: 29, BY: 28, CH: 21, CR: 22,
  CY: 28, CZ: 24, DE: 22, DJ: 27, DK: 18, DO: 28, EE: 20, EG: 29, ES: 24, FI: 18, FK: 18, FO: 18, FR: 27, GB: 22,
  GE: 22, GI: 23, GL: 18, GR: 27, GT: 28, HN: 28, HR: 21, HU: 28, IE: 22, IL: 23, IQ: 23, IS: 26, IT: 27, JO: 30,
  KW: 30, KZ: 20, LB: 28, LC: 32, LI: 21, LT: 20, LU: 20, LV: 21, LY: 25, MC: 27, MD: 24, ME: 22, MK: 19, MN: 20,
  MR: 27, MT: 31, MU: 30, NI: 28, NL: 18, NO: 15, OM: 23, PK: 24, PL: 28, PS: 29, PT: 25, QA: 29, RO: 24, RS: 22,
  RU: 33, SA: 24, SC: 31, SD: 18, SE: 24, SI: 19, SK: 24, SM: 27, SO: 23, ST: 25, SV: 28, TL: 23, TN: 24, TR: 26,
  UA: 29, VA: 22, VG: 24, XK: 20, YE: 30,
};

const START = /[A-Za-z]{2}\d{2}/g;

function isAlnumAscii(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

export function detectIbans(text: string, out: PiiMatch[]): void {
  START.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = START.exec(text)) !== null) {
    const start = m.index;
    if (start > 0 && isWordCode(text.charCodeAt(start - 1))) continue;
    const length = IBAN_LENGTHS[m[0].slice(0, 2).toUpperCase()];
    if (!length) continue;
    const end = collect(text, start + 4, length - 4);
    if (end < 0) continue;
    const compact = text.slice(start, end).replace(/[ \u00A0]/g, "").toUpperCase();
    if (!ibanMod97Valid(compact)) continue;
    out.push({ type: "iban", subtype: compact.slice(0, 2).toLowerCase(), start, end, confidence: 0.97 });
    START.lastIndex = end;
  }
}

// Reads `count` more letters or digits, allowing single spaces between them (the printed 4-character groups).
// Returns the end offset, or -1 when the text runs out, breaks off, or carries on glued to more characters.
function collect(text: string, from: number, count: number): number {
  let i = from;
  let taken = 0;
  while (taken < count) {
    if (i >= text.length) return -1;
    let c = text.charCodeAt(i);
    if (c === 32 || c === 0xa0) {
      i++;
      if (i >= text.length) return -1;
      c = text.charCodeAt(i);
    }
    if (!isAlnumAscii(c)) return -1;
    taken++;
    i++;
  }
  if (i < text.length && isWordCode(text.charCodeAt(i))) return -1;
  return i;
}
