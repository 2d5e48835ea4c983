import { parsePhoneNumberFromString, type CountryCode } from "libphonenumber-js/max";

export type { CountryCode };

// Deliberately practical rather than full RFC 5322: the addresses people type into a chat or a visitor form.
// Unicode letters are allowed because Swedish and other addresses ("åsa@företag.se") occur in practice.
const EMAIL_RE =
  /^[\p{L}\p{N}.!#$%&'*+/=?^_`{|}~-]+@[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?(?:\.[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?)*\.(?:\p{L}{2,63}|xn--[a-z0-9-]{1,59})$/u;

// Lower-cased and trimmed so that one person's address typed in different cases links to one data subject.
export function normaliseEmail(raw: string): string | null {
  const email = raw.trim().toLowerCase();
  if (email.length > 254) return null;
  const at = email.lastIndexOf("@");
  if (at < 1 || at > 64) return null;
  const local = email.slice(0, at);
  if (local.startsWith(".") || local.endsWith(".") || local.includes("..")) return null;
  return EMAIL_RE.test(email) ? email : null;
}

// E.164 ("+46701234567") so the same number typed as "070-123 45 67" or "+46 70 123 45 67" is one identifier.
// The default country applies to numbers written without a country code; Swedish customers are the default.
export function normalisePhone(raw: string, defaultCountry: CountryCode = "SE"): string | null {
  const trimmed = raw.trim();
  if (trimmed.length === 0 || trimmed.length > 40) return null;
  const phone = parsePhoneNumberFromString(trimmed, { defaultCountry, extract: false });
  if (!phone || !phone.isValid()) return null;
  return phone.number;
}
