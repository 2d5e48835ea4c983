import type { PiiMatch } from "../types";
import { isValidDate, weightedMod11 } from "../checksums";
import { NOT_AFTER, NOT_BEFORE, pushId, twoDigits } from "./shared";

// Norwegian fødselsnummer and D-nummer: DDMMYY + a three-digit individual number + two mod-11 check digits.
const PATTERN = new RegExp(`${NOT_AFTER}(\\d{6}) ?(\\d{5})${NOT_BEFORE}`, "g");
const K1_WEIGHTS = [3, 7, 6, 1, 8, 9, 4, 5, 2];
const K2_WEIGHTS = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];

function checkDigit(digits: string, weights: ReadonlyArray<number>): number {
  const rest = weightedMod11(digits, weights);
  return rest === 0 ? 0 : 11 - rest; // 10 means no valid number has this prefix
}

export function norwegianIdValid(digits: string): { valid: boolean; dNumber: boolean } {
  const invalid = { valid: false, dNumber: false };
  if (digits.length !== 11) return invalid;
  if (checkDigit(digits, K1_WEIGHTS) !== digits.charCodeAt(9) - 48) return invalid;
  if (checkDigit(digits, K2_WEIGHTS) !== digits.charCodeAt(10) - 48) return invalid;
  let day = twoDigits(digits, 0);
  let month = twoDigits(digits, 2);
  const dNumber = day > 40;
  if (dNumber) day -= 40;
  // H-numbers (healthcare) add 40 to the month, synthetic test numbers 80.
  if (month > 80) month -= 80;
  else if (month > 40) month -= 40;
  return { valid: isValidDate(2000 + twoDigits(digits, 4), month, day), dNumber };
}

export function detectNorwegianIds(text: string, out: PiiMatch[]): void {
  PATTERN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = PATTERN.exec(text)) !== null) {
    const { valid, dNumber } = norwegianIdValid((m[1] ?? "") + (m[2] ?? ""));
    if (!valid) continue;
    pushId(text, out, dNumber ? "no_d_nummer" : "no_fodselsnummer", m.index, m.index + m[0].length, 0.9);
  }
}
