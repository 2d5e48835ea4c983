import type { PiiMatch } from "../types";
import { isValidDate, luhnValid } from "../checksums";
import { NOT_AFTER, NOT_BEFORE, pushId, twoDigits } from "./shared";

// Swedish personnummer and samordningsnummer: YYMMDD-NNNC, YYMMDD+NNNC (aged 100 or more), YYYYMMDD-NNNC, with or
// without the separator. The Luhn check digit over the ten-digit form, plus a real date, is what tells them from
// order numbers and dates.
const PATTERN = new RegExp(`${NOT_AFTER}((?:18|19|20)\\d{6}|\\d{6})([-+ ]?)(\\d{4})${NOT_BEFORE}`, "g");

export function detectSwedishIds(text: string, out: PiiMatch[]): void {
  PATTERN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = PATTERN.exec(text)) !== null) {
    const date = m[1] ?? "";
    const separator = m[2] ?? "";
    const serial = m[3] ?? "";
    if (date.length === 8 && separator === "+") continue;
    const ten = date.slice(-6) + serial;
    if (!luhnValid(ten)) continue;
    const yy = twoDigits(ten, 0);
    const year = date.length === 8 ? Number(date.slice(0, 4)) : 2000 + yy;
    const month = twoDigits(ten, 2);
    let day = twoDigits(ten, 4);
    // Samordningsnummer (for people not registered in Sweden) add 60 to the day of birth.
    const coordination = day > 60;
    if (coordination) day -= 60;
    if (!isValidDate(year, month, day)) continue;
    const confidence = separator === "-" || separator === "+" ? 0.95 : date.length === 8 ? 0.9 : separator === " " ? 0.85 : 0.75;
    const subtype = coordination ? "se_samordningsnummer" : "se_personnummer";
    pushId(text, out, subtype, m.index, m.index + m[0].length, confidence);
  }
}
