import type { PiiMatch } from "../types";
import { isValidDate, weightedMod11 } from "../checksums";
import { NOT_AFTER, NOT_BEFORE, pushId, twoDigits } from "./shared";

// Danish CPR number: DDMMYY-SSSS. Since 2007 numbers are issued that fail the old modulus-11 check, so a failed
// check only lowers confidence, and then only the hyphenated form (the way CPR numbers are written) is reported:
// a bare ten-digit number with a date-like start and no check is too often something else.
const PATTERN = new RegExp(`${NOT_AFTER}(\\d{6})(-?)(\\d{4})${NOT_BEFORE}`, "g");
const WEIGHTS = [4, 3, 2, 7, 6, 5, 4, 3, 2, 1];

// The first serial digit and the two-digit year give the century (CPR office rules).
function cprYear(yy: number, seventh: number): number {
  if (seventh <= 3) return 1900 + yy;
  if (seventh === 4 || seventh === 9) return yy <= 36 ? 2000 + yy : 1900 + yy;
  return yy <= 57 ? 2000 + yy : 1800 + yy;
}

export function detectDanishIds(text: string, out: PiiMatch[]): void {
  PATTERN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = PATTERN.exec(text)) !== null) {
    const digits = (m[1] ?? "") + (m[3] ?? "");
    const hyphen = m[2] === "-";
    const year = cprYear(twoDigits(digits, 4), digits.charCodeAt(6) - 48);
    if (!isValidDate(year, twoDigits(digits, 2), twoDigits(digits, 0))) continue;
    const mod11 = weightedMod11(digits, WEIGHTS) === 0;
    if (!mod11 && !hyphen) continue;
    const confidence = mod11 ? (hyphen ? 0.9 : 0.7) : 0.6;
    pushId(text, out, "dk_cpr", m.index, m.index + m[0].length, confidence);
  }
}
