import type { Tone } from "@/lib/tone";
import type { FindingStatus } from "./list-params";

export const AUTHOR_LABELS = { visitor: "Visitor", agent: "Agent", bot: "Bot" } as const;
export type MessageAuthor = keyof typeof AUTHOR_LABELS;

export const IDENTIFIER_KIND_LABELS = { email: "Email", phone: "Phone", visitor_id: "Visitor id" } as const;
export const IDENTIFIER_ORIGIN_LABELS = { visitor: "Given in the visitor form", message: "Typed in a message (before mentions)", confirmed: "Typed in a message, confirmed by the DPO" } as const;

export const FINDING_STATUS_LABELS: Record<FindingStatus, string> = { open: "Open", masked: "Masked", dismissed: "Dismissed" };
export const FINDING_STATUS_TONES: Record<FindingStatus, Tone> = { open: "warn", masked: "good", dismissed: "neutral" };

export const RETENTION_ACTION_LABELS = { delete: "deleted", anonymise: "anonymised" } as const;

/** Plural names for the bulk action's button ("Mask all open card numbers"). */
export const PII_TYPE_PLURALS = {
  email: "email addresses",
  phone: "phone numbers",
  card: "card numbers",
  iban: "IBANs",
  national_id: "national identity numbers",
  ip: "IP addresses",
  special_category: "special-category words",
} as const;

// The detector's finer kinds, named for people; unknown ones are shown tidied up rather than hidden.
const SUBTYPE_LABELS: Record<string, string> = {
  se_personnummer: "Swedish personnummer",
  se_samordningsnummer: "Swedish samordningsnummer",
  no_fodselsnummer: "Norwegian fødselsnummer",
  dk_cpr: "Danish CPR number",
  fi_hetu: "Finnish personal identity code",
  de_steuer_id: "German tax id",
  uk_nino: "UK National Insurance number",
  health: "Health",
  religion: "Religion or belief",
  ethnic_origin: "Ethnic origin",
  political: "Political opinion",
  political_opinion: "Political opinion",
  trade_union: "Trade-union membership",
  sex_life: "Sex life or orientation",
  sexual_orientation: "Sex life or orientation",
  biometric: "Biometric data",
  genetic: "Genetic data",
  ipv4: "IPv4",
  ipv6: "IPv6",
};

export function subtypeLabel(subtype: string | null): string | null {
  if (!subtype) return null;
  const known = SUBTYPE_LABELS[subtype];
  if (known) return known;
  // A two-letter subtype is a country (an IBAN's): shown as its code.
  if (/^[a-z]{2}$/.test(subtype)) return subtype.toUpperCase();
  const words = subtype.replace(/[_-]+/g, " ").trim();
  return words ? words.charAt(0).toUpperCase() + words.slice(1) : null;
}

export const formatConfidence = (confidence: number) => `${Math.round(Math.min(1, Math.max(0, confidence)) * 100)} %`;
