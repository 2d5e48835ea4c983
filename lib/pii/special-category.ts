import type { PiiMatch } from "./types";
import { SPECIAL_CATEGORY_WORDS, type SpecialCategory } from "./special-category-words";
import { foldCode, isWordCode } from "./text";

const STRONG = 0.7;
const WEAK = 0.45;
const SPACE = 32;

interface Entry {
  category: SpecialCategory;
  confidence: number;
}

interface TrieNode {
  next: Map<number, TrieNode>;
  // The pattern ends here and the word must end too.
  exact: Entry | null;
  // The pattern ends here as a stem: the rest of the word may be any ending.
  prefix: Entry | null;
}

function node(): TrieNode {
  return { next: new Map(), exact: null, prefix: null };
}

// One trie over every pattern, keyed by lower-cased UTF-16 units, walked once per word in the text: words that
// start no pattern cost one map lookup, and no substring is created while scanning.
function buildTrie(): TrieNode {
  const root = node();
  for (const [category, list] of Object.entries(SPECIAL_CATEGORY_WORDS) as Array<[SpecialCategory, (typeof SPECIAL_CATEGORY_WORDS)[SpecialCategory]]>) {
    for (const [words, confidence] of [[list.strong, STRONG], [list.weak, WEAK]] as const) {
      for (const pattern of words) {
        const isPrefix = pattern.endsWith("*");
        const body = isPrefix ? pattern.slice(0, -1) : pattern;
        let at = root;
        for (let i = 0; i < body.length; i++) {
          const code = body.charCodeAt(i);
          let child = at.next.get(code);
          if (!child) {
            child = node();
            at.next.set(code, child);
          }
          at = child;
        }
        const entry = { category, confidence };
        // When a word is listed twice (a stem and an exact form), the stronger reading wins.
        if (isPrefix) {
          if (!at.prefix || at.prefix.confidence < confidence) at.prefix = entry;
        } else if (!at.exact || at.exact.confidence < confidence) {
          at.exact = entry;
        }
      }
    }
  }
  return root;
}

const ROOT = buildTrie();

function wordEnd(text: string, from: number): number {
  let i = from;
  while (i < text.length && isWordCode(text.charCodeAt(i))) i++;
  return i;
}

function isPhraseGap(c: number): boolean {
  return c === SPACE || c === 45 /* - */ || c === 0xa0;
}

// Inside a web address, e-mail address or file name the word is not about the person ("church.example.com").
function insideAddress(text: string, start: number, end: number): boolean {
  const before = start > 0 ? text.charCodeAt(start - 1) : SPACE;
  if (before === 46 || before === 47 || before === 64 || before === 95) return true;
  const after = end < text.length ? text.charCodeAt(end) : SPACE;
  if (after === 64 || after === 95 || after === 47) return true;
  return after === 46 && end + 1 < text.length && isWordCode(text.charCodeAt(end + 1));
}

// Longest pattern starting at `start` (a word start); returns its end and entry, or null.
function longestAt(text: string, start: number): { end: number; entry: Entry } | null {
  let at: TrieNode = ROOT;
  let p = start;
  let best: { end: number; entry: Entry } | null = null;
  while (p < text.length) {
    const c = text.charCodeAt(p);
    if (isWordCode(c)) {
      const child = at.next.get(foldCode(c));
      if (!child) break;
      at = child;
      p++;
      if (at.prefix) {
        const end = wordEnd(text, p);
        if (!best || end > best.end) best = { end, entry: at.prefix };
      }
      if (at.exact && (p >= text.length || !isWordCode(text.charCodeAt(p)))) {
        if (!best || p > best.end) best = { end: p, entry: at.exact };
      }
    } else if (isPhraseGap(c) && p > start && p + 1 < text.length && isWordCode(text.charCodeAt(p + 1))) {
      const child = at.next.get(SPACE);
      if (!child) break;
      at = child;
      p++;
    } else {
      break;
    }
  }
  return best;
}

export function detectSpecialCategories(text: string, out: PiiMatch[]): void {
  const length = text.length;
  let i = 0;
  while (i < length) {
    const c = text.charCodeAt(i);
    if (!isWordCode(c)) {
      i++;
      continue;
    }
    if (ROOT.next.has(foldCode(c))) {
      const hit = longestAt(text, i);
      if (hit && !insideAddress(text, i, hit.end)) {
        out.push({ type: "special_category", subtype: hit.entry.category, start: i, end: hit.end, confidence: hit.entry.confidence });
        i = hit.end;
        continue;
      }
    }
    i = wordEnd(text, i + 1);
  }
}
