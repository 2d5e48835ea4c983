import type { PiiType } from "./types";
export type { PiiType };

// Shown to the DPO in the review queue and on the conversation page.
export const PII_TYPE_LABELS: Record<PiiType, string> = {
  email: "Email address",
  phone: "Phone number",
  card: "Payment card number",
  iban: "IBAN",
  national_id: "National identity number",
  ip: "IP address",
  special_category: "Special-category data",
};

// What replaces a masked finding in the stored message text; masking is irreversible, so the placeholder is all
// that remains and it should say what used to be there.
export const PII_MASK_PLACEHOLDERS: Record<PiiType, string> = {
  email: "[email]",
  phone: "[phone number]",
  card: "[card number]",
  iban: "[IBAN]",
  national_id: "[national id]",
  ip: "[IP address]",
  special_category: "[special category]",
};

export const PII_TYPES = Object.keys(PII_TYPE_LABELS) as PiiType[];

// Finer kinds the detector reports in PiiMatch.subtype, for the review queue and the conversation page. IBAN
// subtypes are the lower-case country code ("se", "gb") and are labelled by ibanSubtypeLabel.
export const PII_SUBTYPE_LABELS: Readonly<Record<string, string>> = {
  se_personnummer: "Swedish personnummer",
  se_samordningsnummer: "Swedish samordningsnummer",
  no_fodselsnummer: "Norwegian fødselsnummer",
  no_d_nummer: "Norwegian D-number",
  dk_cpr: "Danish CPR number",
  fi_hetu: "Finnish henkilötunnus",
  de_steuer_id: "German tax ID (Steuer-ID)",
  uk_nino: "UK National Insurance number",
  visa: "Visa",
  mastercard: "Mastercard",
  amex: "American Express",
  discover: "Discover",
  jcb: "JCB",
  diners: "Diners Club",
  maestro: "Maestro",
  unionpay: "UnionPay",
  mir: "Mir",
  ipv4: "IPv4",
  ipv6: "IPv6",
  health: "Health",
  religion: "Religion or belief",
  ethnic_origin: "Racial or ethnic origin",
  political_opinion: "Political opinion",
  trade_union: "Trade-union membership",
  sex_life_orientation: "Sex life or sexual orientation",
  biometric_genetic: "Biometric or genetic data",
};

// "Swedish personnummer", "IBAN (SE)", or the type's own label when there is no finer kind.
export function piiMatchLabel(type: PiiType, subtype: string | null): string {
  if (!subtype) return PII_TYPE_LABELS[type];
  if (type === "iban") return `IBAN (${subtype.toUpperCase()})`;
  return PII_SUBTYPE_LABELS[subtype] ?? PII_TYPE_LABELS[type];
}
