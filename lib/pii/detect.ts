import type { CountryCode } from "libphonenumber-js/max";
import type { PiiMatch } from "./types";
import { detectCards } from "./card";
import { detectEmails } from "./email";
import { detectIbans } from "./iban";
import { detectIpAddresses } from "./ip";
import { detectNationalIds } from "./national-id";
import { detectPhones } from "./phone";
import { detectSpecialCategories } from "./special-category";

export interface DetectOptions {
  // Country for phone numbers written without a country code. Default "SE".
  defaultCountry?: CountryCode;
}

const HAS_DIGIT = /\d/;

// Finds personal data in one chat message. Pure and synchronous: it runs on every message at ingest.
// Returns matches sorted by start, never overlapping: where two readings of the same characters compete (a Swedish
// mobile number that also passes as a personnummer, an IBAN that contains a phone-like group), the more confident
// one wins, then the longer one, then the one found first.
export function detectPersonalData(text: string, options: DetectOptions = {}): PiiMatch[] {
  if (typeof text !== "string" || text.length === 0) return [];
  const found: PiiMatch[] = [];
  if (text.indexOf("@") !== -1) detectEmails(text, found);
  // Every other format except the word lists needs a digit; most chat messages have none.
  if (HAS_DIGIT.test(text)) {
    detectIbans(text, found);
    detectCards(text, found);
    detectNationalIds(text, found);
    detectIpAddresses(text, found);
    detectPhones(text, found, { defaultCountry: options.defaultCountry ?? "SE" });
  }
  detectSpecialCategories(text, found);
  return resolveOverlaps(found);
}

export function resolveOverlaps(found: PiiMatch[]): PiiMatch[] {
  if (found.length <= 1) return found;
  const ordered = found.map((match, order) => ({ match, order })).sort((a, b) => a.match.start - b.match.start);
  const kept: PiiMatch[] = [];
  // Sweep clusters of mutually overlapping matches; only inside a cluster (rarely more than two) is ranking needed,
  // so a message with thousands of findings stays linear.
  let i = 0;
  while (i < ordered.length) {
    let clusterEnd = ordered[i]?.match.end ?? 0;
    let j = i + 1;
    while (j < ordered.length && (ordered[j]?.match.start ?? Infinity) < clusterEnd) {
      clusterEnd = Math.max(clusterEnd, ordered[j]?.match.end ?? 0);
      j++;
    }
    if (j - i === 1) {
      const only = ordered[i];
      if (only) kept.push(only.match);
    } else {
      kept.push(...pickBest(ordered.slice(i, j)));
    }
    i = j;
  }
  return kept;
}

function pickBest(cluster: Array<{ match: PiiMatch; order: number }>): PiiMatch[] {
  const ranked = [...cluster].sort(
    (a, b) =>
      b.match.confidence - a.match.confidence ||
      b.match.end - b.match.start - (a.match.end - a.match.start) ||
      a.order - b.order,
  );
  const chosen: PiiMatch[] = [];
  for (const { match } of ranked) {
    if (!chosen.some((k) => match.start < k.end && k.start < match.end)) chosen.push(match);
  }
  return chosen.sort((a, b) => a.start - b.start);
}
