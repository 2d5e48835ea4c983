import { parsePhoneNumberFromString, type CountryCode } from "libphonenumber-js/max";
import type { PiiMatch } from "./types";
import { isWordCode } from "./text";

export interface PhoneOptions {
  // Country assumed for numbers written without a country code ("070-123 45 67").
  defaultCountry: CountryCode;
}

// Countries whose national numbers start with a trunk "0", tried after the default one, for numbers of at most 11
// digits. Left out on purpose: Norway and Denmark (no trunk prefix, so any 8-digit order number would pass) and
// Germany (its numbering plan accepts almost any 0-led digit string); their numbers are found with the country code.
const FALLBACK_COUNTRIES: ReadonlyArray<CountryCode> = ["GB", "FI", "NL", "FR"];
const FALLBACK_MAX_DIGITS = 11;

// A run of digits with the separators people put in phone numbers: single spaces, dashes, and parentheses around an
// area code or a "(0)". Dots and slashes are left out because they make dates and times ("08.30", "12/3") look like
// numbers. Libphonenumber is called only on parts of these runs, which keeps the detector fast.
const CANDIDATE = /\+?\(?\d(?:(?:[ \-\u00A0\u2013]\(?|\)[ \-\u00A0]?|\()?\d)+/g;
const DATE_LIKE = /^(?:\d{1,2}[-\u2013 ]\d{1,2}[-\u2013 ](?:\d{4}|\d{2})|\d{4}[-\u2013]\d{2}[-\u2013]\d{2})$/;
const US_FORMAT = /^(?:\(\d{3}\) ?|\d{3}[-\u2013 ])\d{3}[-\u2013]\d{4}$/;

interface Group {
  start: number;
  end: number;
}

function digitGroups(text: string, from: number, to: number): Group[] {
  const groups: Group[] = [];
  let i = from;
  while (i < to) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      const start = i;
      while (i < to && text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57) i++;
      groups.push({ start, end: i });
    } else {
      i++;
    }
  }
  return groups;
}

function countDigits(groups: Group[]): number {
  let n = 0;
  for (const g of groups) n += g.end - g.start;
  return n;
}

interface Budget {
  parses: number;
}

function valid(raw: string, country: CountryCode | undefined, budget: Budget): boolean {
  budget.parses--;
  return parsePhoneNumberFromString(raw, country)?.isValid() ?? false;
}

// Returns a confidence when `raw` is a valid phone number, else 0.
function classify(raw: string, options: PhoneOptions, budget: Budget): number {
  if (DATE_LIKE.test(raw)) return 0;
  // Parsed from the bare digits: libphonenumber would otherwise read trailing groups as an extension.
  const compact = raw.replace("(0)", "").replace(/[^\d+]/g, "");
  if (compact.startsWith("+") || compact.startsWith("00")) {
    const international = "+" + compact.replace(/^\+|^00/, "");
    if (international.length < 9 || international.length > 16) return 0;
    return valid(international, undefined, budget) ? 0.9 : 0;
  }
  if (compact.startsWith("0")) {
    if (compact.length < 7 || compact.length > 13) return 0;
    if (valid(compact, options.defaultCountry, budget)) return 0.8;
    if (compact.length > FALLBACK_MAX_DIGITS) return 0;
    for (const country of FALLBACK_COUNTRIES) {
      if (country !== options.defaultCountry && valid(compact, country, budget)) return 0.7;
    }
    return 0;
  }
  if (US_FORMAT.test(raw) && valid(raw, "US", budget)) return 0.7;
  return 0;
}

// Public chat text can be hostile: a message of thousands of "0 0 0 ..." would otherwise cost several
// libphonenumber calls (about 15 µs each) per stretch. The allowance grows with the text, so a pasted list of
// numbers is still read in full, but a hostile message cannot stall ingest; past it the rest of the message is not
// searched for phone numbers.
function parseAllowance(text: string): number {
  return 200 + Math.floor(text.length / 30);
}

export function detectPhones(text: string, out: PiiMatch[], options: PhoneOptions): void {
  const budget: Budget = { parses: parseAllowance(text) };
  CANDIDATE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CANDIDATE.exec(text)) !== null) {
    const runStart = m.index;
    const runEnd = runStart + m[0].length;
    const before = runStart > 0 ? text.charCodeAt(runStart - 1) : 32;
    // Glued to a word, a decimal or another number ("v2.0701", "ab0701..."): not a phone number on its own.
    if (isWordCode(before) || before === 46 || before === 47 || before === 64 || before === 95) continue;
    // "ref-0701234567": a hyphenated code, not a number someone gave out.
    if (before === 45 && runStart > 1 && isWordCode(text.charCodeAt(runStart - 2))) continue;
    if (runEnd < text.length && isWordCode(text.charCodeAt(runEnd))) continue;
    const groups = digitGroups(text, runStart, runEnd);
    if (countDigits(groups) < 7) continue;
    findInRun(text, runStart, groups, out, options, budget);
    if (budget.parses <= 0) return;
  }
}

// A run may hold more than a phone number ("2024-05-01 070 123 45 67", "070-123 45 67 20 st"), so try the longest
// stretch of groups from each plausible start and take the first that validates.
function findInRun(
  text: string,
  runStart: number,
  groups: Group[],
  out: PiiMatch[],
  options: PhoneOptions,
  budget: Budget,
): void {
  let first = 0;
  while (first < groups.length) {
    const group = groups[first];
    if (!group) break;
    let start = group.start;
    const prev = start > runStart ? text.charCodeAt(start - 1) : -1;
    if (prev === 40 /* ( */) start--;
    if (start > runStart && text.charCodeAt(start - 1) === 43 /* + */) start--;
    const lead = text.charCodeAt(start);
    const plausible = lead === 43 || lead === 40 || text.charCodeAt(group.start) === 48 || first === 0;
    let matchedTo = -1;
    if (plausible) {
      // Widest stretch of at most 17 digits from this group; each group has a digit, so this stays short.
      let last = first;
      let digits = group.end - group.start;
      while (last + 1 < groups.length) {
        const next = groups[last + 1];
        if (!next || digits + (next.end - next.start) > 17) break;
        digits += next.end - next.start;
        last++;
      }
      for (; last >= first && digits >= 7; last--) {
        const lastGroup = groups[last];
        if (!lastGroup || budget.parses <= 0) return;
        const confidence = classify(text.slice(start, lastGroup.end), options, budget);
        if (confidence > 0) {
          out.push({ type: "phone", subtype: null, start, end: lastGroup.end, confidence });
          matchedTo = last;
          break;
        }
        digits -= lastGroup.end - lastGroup.start;
      }
    }
    first = matchedTo >= 0 ? matchedTo + 1 : first + 1;
  }
}
