import { formatDate } from "@/lib/time";

/** A calendar date ("YYYY-MM-DD") as people read it: "31 Jan 2027". */
export function day(isoDate: string): string {
  return formatDate(new Date(`${isoDate}T12:00:00Z`), "UTC");
}

const regionNames = new Intl.DisplayNames(["en"], { type: "region", fallback: "none" });

/** "US (United States)": the code the record stores, with the name a reader recognises. */
export function country(code: string): string {
  let name: string | undefined;
  try {
    name = regionNames.of(code);
  } catch {
    // A code Intl does not know is still shown as stored.
    name = undefined;
  }
  return name && name !== code ? `${code} (${name})` : code;
}

/** "A", "A and B", "A, B and C", "A, B, C and 2 more": names in a sentence, never an endless list. */
export function nameList(names: readonly string[], max = 3): string {
  if (names.length === 0) return "";
  if (names.length <= max) return names.length === 1 ? names[0]! : `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`;
  return `${names.slice(0, max).join(", ")} and ${names.length - max} more`;
}

export function quoted(s: string): string {
  return `“${s}”`;
}

export const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
