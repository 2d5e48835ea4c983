// Character classes shared by the detectors. Chat text is mostly Latin script (English, Swedish and the other
// Nordic languages, German), so "word characters" are ASCII letters and digits plus Latin-1/Latin Extended letters;
// everything else (punctuation, spaces, emoji) separates words. Working on char codes keeps the hot loops free of
// allocation.

export function isWordCode(c: number): boolean {
  if (c < 0x80) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  // Latin-1 letters (minus × and ÷), Latin Extended, Greek, Cyrillic and the rest of the alphabetic blocks.
  return (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) || (c >= 0x370 && c <= 0x1fff);
}

// Lower-cases one UTF-16 unit; Latin-1 (English, Swedish, the Nordic languages, German) without allocating.
export function foldCode(c: number): number {
  if (c >= 65 && c <= 90) return c + 32;
  if (c >= 0xc0 && c <= 0xde && c !== 0xd7) return c + 32;
  if (c < 0x100) return c;
  return String.fromCharCode(c).toLowerCase().charCodeAt(0);
}

// Words that, just before a number, say what it is ("personnummer: ...", "my NI number is ..."). Raising
// confidence on them helps the DPO sort the queue; the checksum alone still decides whether a number is reported.
const ID_CONTEXT = new RegExp(
  [
    "person(?:nummer|nr|numret)", "\\bpnr\\b", "samordningsnummer", "f[øo]dselsnummer", "f[øo]dselsnr",
    "personal (?:identity )?number", "\\bssn\\b", "social security", "\\bcpr\\b", "henkil[öo]tunnus", "\\bhetu\\b",
    "steuer", "identifikationsnummer", "tax (?:id|number)", "national insurance", "\\bni (?:number|no)\\b", "\\bnino\\b",
    "identity number", "id[- ]?(?:number|nummer|nr)",
  ].join("|"),
  "i",
);

export function hasIdContextBefore(text: string, start: number): boolean {
  const from = Math.max(0, start - 40);
  return ID_CONTEXT.test(text.slice(from, start));
}
