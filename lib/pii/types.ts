// What the detector reports for one piece of personal data in a text.
export type PiiType = "email" | "phone" | "card" | "iban" | "national_id" | "ip" | "special_category";

export interface PiiMatch {
  type: PiiType;
  // Finer kind, e.g. "se_personnummer", "de_steuer_id", "uk_nino", "health", "religion"; null when the type says it all.
  subtype: string | null;
  // UTF-16 offsets (JavaScript string indices): text.slice(start, end) is the match.
  start: number;
  end: number;
  // 0–1: checksum-validated formats score high, keyword hits lower.
  confidence: number;
}
