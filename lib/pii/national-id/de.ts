import type { PiiMatch } from "../types";
import { iso7064Mod1110CheckDigit } from "../checksums";
import { NOT_AFTER, NOT_BEFORE, pushId } from "./shared";

// German Steuerliche Identifikationsnummer: 11 digits, no leading zero, often printed "12 345 678 901".
const PATTERN = new RegExp(`${NOT_AFTER}([1-9]\\d)( ?)(\\d{3})\\2(\\d{3})\\2(\\d{3})${NOT_BEFORE}`, "g");

// In the first ten digits exactly one digit occurs twice or three times (three not all in a row) and every other
// digit at most once; the eleventh is an ISO 7064 MOD 11,10 check digit.
export function steuerIdValid(digits: string): boolean {
  if (digits.length !== 11 || digits[0] === "0") return false;
  const counts = new Array<number>(10).fill(0);
  for (let i = 0; i < 10; i++) {
    const d = digits.charCodeAt(i) - 48;
    counts[d] = (counts[d] ?? 0) + 1;
  }
  let repeated = -1;
  for (let d = 0; d < 10; d++) {
    const n = counts[d] ?? 0;
    if (n > 3) return false;
    if (n >= 2) {
      if (repeated !== -1) return false;
      repeated = d;
    }
  }
  if (repeated === -1) return false;
  if ((counts[repeated] ?? 0) === 3) {
    const triple = String(repeated).repeat(3);
    if (digits.slice(0, 10).includes(triple)) return false;
  }
  return iso7064Mod1110CheckDigit(digits.slice(0, 10)) === digits.charCodeAt(10) - 48;
}

export function detectGermanTaxIds(text: string, out: PiiMatch[]): void {
  PATTERN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = PATTERN.exec(text)) !== null) {
    const digits = (m[1] ?? "") + (m[3] ?? "") + (m[4] ?? "") + (m[5] ?? "");
    if (!steuerIdValid(digits)) continue;
    pushId(text, out, "de_steuer_id", m.index, m.index + m[0].length, m[2] === " " ? 0.85 : 0.8);
  }
}
