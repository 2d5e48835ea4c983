import { z } from "zod";
import { optionalText, requiredText } from "@/lib/forms";
import { isValidTimeZone } from "@/lib/time";

// ISO 3166-1 alpha-2, officially assigned codes. Written out rather than asked of Intl, which
// also "knows" regions such as EU, UN or the user-assigned XK that are not countries.
const ISO_COUNTRY_CODES =
  "AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ " +
  "CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR " +
  "GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO " +
  "JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR " +
  "MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO " +
  "RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV " +
  "TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW";

export const COUNTRY_CODES: readonly string[] = ISO_COUNTRY_CODES.split(" ");
const countrySet = new Set(COUNTRY_CODES);

export function isCountryCode(value: string): boolean {
  return countrySet.has(value);
}

/** The zone's canonical spelling ("europe/stockholm" → "Europe/Stockholm"), or null when it is not an IANA zone. */
export function canonicalTimeZone(value: string): string | null {
  // Offsets such as "+01:00" are accepted by newer Intl versions but are not IANA names, and do not follow daylight saving.
  if (!/^[A-Za-z][A-Za-z0-9_+\-/]{0,63}$/.test(value) || !isValidTimeZone(value)) return null;
  // Intl accepts any letter case; the listed spelling is stored so the zone reads right everywhere.
  // Names Intl accepts but does not list (UTC, links such as America/Argentina/Buenos_Aires) stay as typed:
  // Intl's own canonical form for them is sometimes an older alias.
  const lower = value.toLowerCase();
  return supportedTimeZones().find((z) => z.toLowerCase() === lower) ?? value;
}

let zones: readonly string[] | undefined;
/** The zones this runtime knows, for the form's suggestions. */
export function supportedTimeZones(): readonly string[] {
  zones ??= Intl.supportedValuesOf("timeZone");
  return zones;
}

const optionalEmail = z
  .string()
  .trim()
  .max(320, "Use at most 320 characters.")
  .optional()
  .transform((v) => (v ?? "").toLowerCase())
  .refine((v) => v === "" || z.email().safeParse(v).success, "Enter a valid email address, or leave this empty.");

const optionalPhone = optionalText(50).refine(
  (v) => /^[+0-9 ()\-./]*$/.test(v),
  "Use digits, spaces and + ( ) - . only.",
);

export const organisationSchema = z.object({
  controllerName: requiredText(200, "Enter the controller's name."),
  address: optionalText(500),
  contactEmail: optionalEmail,
  contactPhone: optionalPhone,
  dpoName: optionalText(200),
  dpoEmail: optionalEmail,
  dpoPhone: optionalPhone,
  representative: optionalText(500),
  country: z
    .string({ error: "Choose a country." })
    .trim()
    .toUpperCase()
    .refine(isCountryCode, "Choose a country (a two-letter ISO 3166 code such as SE)."),
  timeZone: z
    .string({ error: "Enter a time zone." })
    .trim()
    .transform((v, ctx) => {
      const zone = canonicalTimeZone(v);
      if (!zone) {
        ctx.addIssue({ code: "custom", message: "Enter an IANA time zone such as Europe/Stockholm." });
        return z.NEVER;
      }
      return zone;
    }),
});

export type OrganisationInput = z.infer<typeof organisationSchema>;
