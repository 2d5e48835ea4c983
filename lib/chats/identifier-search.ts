import { normaliseEmail, normalisePhone } from "@/lib/pii";

export interface IdentifierLookup {
  /** Normalised values to look up in subject_identifiers (exact match on its value index). */
  values: string[];
  email: string | null;
  phone: string | null;
}

/**
 * What a person typed into the search box, in the forms identifiers are stored in: an email lower-cased,
 * a phone number in E.164 (so "070-123 45 67" finds "+46701234567"), and the text as typed for visitor ids
 * ("website:v-1042"). Lookups are exact so they stay index scans, never a scan of message text.
 */
export function identifierLookup(raw: string): IdentifierLookup | null {
  const typed = raw.trim();
  if (!typed) return null;
  const email = typed.includes("@") ? normaliseEmail(typed) : null;
  const phone = email ? null : normalisePhone(typed);
  const values = [...new Set([email, phone, typed].filter((v): v is string => Boolean(v)))];
  return { values, email, phone };
}
