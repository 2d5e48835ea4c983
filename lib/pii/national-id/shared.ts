import type { PiiMatch } from "../types";
import { hasIdContextBefore } from "../text";

// The boundaries every national-id pattern shares: not glued to letters, digits, or a "+"/"-" that would make the
// number part of a longer code or phone number.
export const NOT_AFTER = "(?<![0-9A-Za-z\\u00C0-\\u024F+\\-/])";
export const NOT_BEFORE = "(?![0-9A-Za-z\\u00C0-\\u024F]|[-/]\\d)";

export function pushId(text: string, out: PiiMatch[], subtype: string, start: number, end: number, confidence: number): void {
  const boosted = hasIdContextBefore(text, start) ? Math.min(0.99, confidence + 0.1) : confidence;
  out.push({ type: "national_id", subtype, start, end, confidence: Math.round(boosted * 100) / 100 });
}

export function twoDigits(s: string, at: number): number {
  return (s.charCodeAt(at) - 48) * 10 + (s.charCodeAt(at + 1) - 48);
}
