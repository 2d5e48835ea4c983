import { createHash, randomBytes } from "node:crypto";

// "dpo_" + 32 random bytes in base64url (43 characters). The fixed prefix lets secret scanners
// (and people) recognise a DPO Desk key; 256 random bits make a slow hash unnecessary.
export const API_KEY_MARKER = "dpo_";
const RANDOM_BYTES = 32;
// Shown in lists so people can tell keys apart: the marker and 8 random characters, 48 bits,
// far too few to guess the remaining 208.
export const API_KEY_PREFIX_LENGTH = 12;
const KEY_FORMAT = /^dpo_[A-Za-z0-9_-]{43}$/;

export interface GeneratedApiKey {
  /** The key itself: shown once, never stored. */
  key: string;
  prefix: string;
  hash: string;
}

export function generateApiKey(): GeneratedApiKey {
  const key = API_KEY_MARKER + randomBytes(RANDOM_BYTES).toString("base64url");
  return { key, prefix: apiKeyPrefix(key), hash: hashApiKey(key) };
}

export function apiKeyPrefix(key: string): string {
  return key.slice(0, API_KEY_PREFIX_LENGTH);
}

/** SHA-256, hex: what the database keeps and looks keys up by. */
export function hashApiKey(key: string): string {
  return createHash("sha256").update(key, "utf8").digest("hex");
}

export function isWellFormedApiKey(value: string): boolean {
  return KEY_FORMAT.test(value);
}

/**
 * The key from an `Authorization: Bearer <key>` header, or null when the header is missing,
 * uses another scheme or does not hold something shaped like a key (no lookup is needed then).
 */
export function apiKeyFromAuthorization(header: string | null | undefined): string | null {
  if (!header) return null;
  const match = /^Bearer[ \t]+(\S+)[ \t]*$/i.exec(header.trim());
  if (!match) return null;
  const key = match[1]!;
  return isWellFormedApiKey(key) ? key : null;
}
