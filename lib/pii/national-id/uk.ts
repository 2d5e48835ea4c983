import type { PiiMatch } from "../types";
import { pushId } from "./shared";

// UK National Insurance number: two prefix letters, six digits (often in pairs), a suffix A-D.
const PATTERN = /(?<![0-9A-Za-z\u00C0-\u024F])([A-Za-z]{2}) ?(\d{2}) ?(\d{2}) ?(\d{2}) ?([A-Da-d])(?![0-9A-Za-z\u00C0-\u024F])/g;
// HMRC never issues D, F, I, Q, U, V first, nor D, F, I, O, Q, U, V second, nor these pairs.
const BAD_FIRST = new Set("DFIQUV");
const BAD_SECOND = new Set("DFIOQUV");
const BAD_PREFIXES = new Set(["BG", "GB", "KN", "NK", "NT", "TN", "ZZ"]);

export function ninoPrefixValid(prefix: string): boolean {
  const p = prefix.toUpperCase();
  return !BAD_FIRST.has(p[0] ?? "") && !BAD_SECOND.has(p[1] ?? "") && !BAD_PREFIXES.has(p);
}

export function detectUkNinos(text: string, out: PiiMatch[]): void {
  PATTERN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = PATTERN.exec(text)) !== null) {
    if (!ninoPrefixValid(m[1] ?? "")) continue;
    const upper = m[0] === m[0].toUpperCase();
    const spaced = m[0].includes(" ");
    // Lower case with spaces ("at 12 34 56 a") reads like ordinary words and numbers; only the compact form counts.
    if (!upper && spaced) continue;
    pushId(text, out, "uk_nino", m.index, m.index + m[0].length, upper ? 0.9 : 0.7);
  }
}
