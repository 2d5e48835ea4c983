import { createHmac, randomInt, timingSafeEqual } from "node:crypto";
import { env } from "@/lib/env";

// Six digits are few enough to guess, so a code is only ever kept as a keyed hash (an attacker with a
// copy of the table cannot try all million without the secret) and each code allows only a few attempts.
export const CODE_MAX_ATTEMPTS = 5;

export function newCode(): string {
  return String(randomInt(0, 1_000_000)).padStart(6, "0");
}

/** Bound to what the code is for and to which record, so a code for one request never opens another. */
export function hashCode(purpose: "confirmation" | "verification", recordId: string, code: string): string {
  return createHmac("sha256", env().AUTH_SECRET).update(`request-code:${purpose}:${recordId}:${code}`).digest("hex");
}

export function codeMatches(storedHash: string, purpose: "confirmation" | "verification", recordId: string, code: string): boolean {
  if (!/^\d{6}$/.test(code) || !/^[0-9a-f]{64}$/.test(storedHash)) return false;
  return timingSafeEqual(Buffer.from(storedHash, "hex"), Buffer.from(hashCode(purpose, recordId, code), "hex"));
}

// The public form carries the time it was shown, signed, so a bot that posts at once (or forges the time) is refused.
export const MIN_FILL_MS = 3_000;
const MAX_FORM_AGE_MS = 24 * 60 * 60 * 1000;

function tokenMac(ms: string): string {
  return createHmac("sha256", env().AUTH_SECRET).update(`request-form:${ms}`).digest("hex").slice(0, 32);
}

export function formToken(now = new Date()): string {
  const ms = String(now.getTime());
  return `${ms}.${tokenMac(ms)}`;
}

export type FormTokenCheck = "ok" | "too_fast" | "expired" | "invalid";

export function checkFormToken(token: unknown, now = new Date()): FormTokenCheck {
  if (typeof token !== "string") return "invalid";
  const m = /^(\d{10,16})\.([0-9a-f]{32})$/.exec(token);
  if (!m) return "invalid";
  const expected = tokenMac(m[1]!);
  if (!timingSafeEqual(Buffer.from(expected), Buffer.from(m[2]!))) return "invalid";
  const elapsed = now.getTime() - Number(m[1]);
  if (elapsed < MIN_FILL_MS) return "too_fast";
  if (elapsed > MAX_FORM_AGE_MS) return "expired";
  return "ok";
}
