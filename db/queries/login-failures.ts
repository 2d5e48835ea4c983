import { createHmac } from "node:crypto";
import { and, count, gte, inArray, lt } from "drizzle-orm";
import { env } from "@/lib/env";
import { getDb } from "@/db";
import { loginFailures } from "@/db/schema";

export const LOGIN_FAILURE_LIMIT = 10;
export const LOGIN_FAILURE_WINDOW_MS = 15 * 60 * 1000;

// A keyed hash: the table can count attempts per account and per address without holding either.
export function loginKeys(email: string, address: string): string[] {
  const mac = (v: string) => createHmac("sha256", env().AUTH_SECRET).update(v).digest("hex");
  return [mac(`account:${email.trim().toLowerCase()}`), mac(`address:${address}`)];
}

export async function isLoginBlocked(keys: string[], now = new Date()): Promise<boolean> {
  const since = new Date(now.getTime() - LOGIN_FAILURE_WINDOW_MS);
  const rows = await getDb()
    .select({ keyHash: loginFailures.keyHash, n: count() })
    .from(loginFailures)
    .where(and(inArray(loginFailures.keyHash, keys), gte(loginFailures.failedAt, since)))
    .groupBy(loginFailures.keyHash);
  return rows.some((r) => r.n >= LOGIN_FAILURE_LIMIT);
}

export async function recordLoginFailure(keys: string[], now = new Date()) {
  const db = getDb();
  await db.insert(loginFailures).values(keys.map((keyHash) => ({ keyHash, failedAt: now })));
  // Old attempts say nothing any more; dropping them keeps the table small.
  await db.delete(loginFailures).where(lt(loginFailures.failedAt, new Date(now.getTime() - 24 * 60 * 60 * 1000)));
}
