import type { PiiMatch } from "./types";
import { luhnValid } from "./checksums";
import { isWordCode } from "./text";

interface Brand {
  subtype: string;
  lengths: ReadonlyArray<number>;
  // Inclusive IIN ranges over the first `digits` digits.
  ranges: ReadonlyArray<readonly [digits: number, from: number, to: number]>;
}

const ANY_16_19 = [16, 17, 18, 19];

// Issuer identification number ranges of the card schemes seen in Europe. A Luhn-valid number that no scheme issues
// (most order and tracking numbers) is not reported.
const BRANDS: ReadonlyArray<Brand> = [
  { subtype: "amex", lengths: [15], ranges: [[2, 34, 34], [2, 37, 37]] },
  { subtype: "visa", lengths: [13, 16, 19], ranges: [[1, 4, 4]] },
  { subtype: "mastercard", lengths: [16], ranges: [[2, 51, 55], [4, 2221, 2720]] },
  { subtype: "mir", lengths: ANY_16_19, ranges: [[4, 2200, 2204]] },
  { subtype: "discover", lengths: ANY_16_19, ranges: [[4, 6011, 6011], [3, 644, 649], [2, 65, 65], [6, 622126, 622925]] },
  { subtype: "unionpay", lengths: ANY_16_19, ranges: [[2, 62, 62]] },
  { subtype: "jcb", lengths: ANY_16_19, ranges: [[4, 3528, 3589]] },
  { subtype: "diners", lengths: [14, 15, 16, 17, 18, 19], ranges: [[3, 300, 305], [4, 3095, 3095], [2, 36, 36], [2, 38, 39]] },
  {
    subtype: "maestro",
    lengths: [13, 14, 15, 16, 17, 18, 19],
    ranges: [[4, 5018, 5018], [4, 5020, 5020], [4, 5038, 5038], [4, 5893, 5893], [4, 6304, 6304], [4, 6759, 6759], [4, 6761, 6763]],
  },
];

export function cardBrand(digits: string): string | null {
  for (const brand of BRANDS) {
    if (!brand.lengths.includes(digits.length)) continue;
    for (const [n, from, to] of brand.ranges) {
      const prefix = Number(digits.slice(0, n));
      if (prefix >= from && prefix <= to) return brand.subtype;
    }
  }
  return null;
}

// Digit groups separated by one space or dash: "4111 1111 1111 1111", "3782-822463-10005", "4111111111111111".
const RUN = /\d+(?:[ \-]\d+)*/g;

interface Group {
  start: number;
  end: number;
}

export function detectCards(text: string, out: PiiMatch[]): void {
  RUN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = RUN.exec(text)) !== null) {
    const runStart = m.index;
    const runEnd = runStart + m[0].length;
    if (runEnd - runStart < 13) continue;
    if (runStart > 0) {
      const before = text.charCodeAt(runStart - 1);
      if (isWordCode(before) || before === 43 || before === 46 || before === 47) continue;
    }
    if (runEnd < text.length && isWordCode(text.charCodeAt(runEnd))) continue;
    const groups: Group[] = [];
    const re = /\d+/g;
    let g: RegExpExecArray | null;
    while ((g = re.exec(m[0])) !== null) groups.push({ start: runStart + g.index, end: runStart + g.index + g[0].length });
    scanGroups(text, groups, out);
  }
}

function scanGroups(text: string, groups: Group[], out: PiiMatch[]): void {
  let first = 0;
  while (first < groups.length) {
    const matched = matchFrom(text, groups, first, out);
    first = matched >= 0 ? matched + 1 : first + 1;
  }
}

// Tries the longest plausible card layout starting at group `first`; returns the last group used, or -1.
function matchFrom(text: string, groups: Group[], first: number, out: PiiMatch[]): number {
  const head = groups[first];
  if (!head) return -1;
  const headLength = head.end - head.start;
  if (headLength >= 13 && headLength <= 19) {
    return report(text, head.start, head.end, 0.9, out) ? first : -1;
  }
  if (headLength !== 4) return -1;
  // The groups of one card share a separator and are 4 to 6 digits long, except a shorter last group.
  const separator = text.charCodeAt(head.end);
  let last = first;
  let digits = headLength;
  const candidates: Array<{ last: number; digits: number }> = [];
  while (last + 1 < groups.length) {
    const next = groups[last + 1];
    const current = groups[last];
    if (!next || !current || text.charCodeAt(current.end) !== separator) break;
    const length = next.end - next.start;
    if (length > 6 || digits + length > 19) break;
    digits += length;
    last++;
    if (digits >= 13) candidates.push({ last, digits });
    if (length < 4) break;
  }
  for (let i = candidates.length - 1; i >= 0; i--) {
    const candidate = candidates[i];
    const end = candidate ? groups[candidate.last]?.end : undefined;
    if (candidate && end !== undefined && report(text, head.start, end, 0.95, out)) return candidate.last;
  }
  return -1;
}

function report(text: string, start: number, end: number, confidence: number, out: PiiMatch[]): boolean {
  const digits = text.slice(start, end).replace(/[ \-]/g, "");
  if (!luhnValid(digits)) return false;
  const subtype = cardBrand(digits);
  if (!subtype) return false;
  out.push({ type: "card", subtype, start, end, confidence });
  return true;
}
