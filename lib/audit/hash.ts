import { createHash } from "node:crypto";

// The first entry of the chain points at this instead of a previous hash.
export const GENESIS_HASH = "0".repeat(64);

export interface HashedContent {
  at: Date;
  actorId: string | null;
  actorType: string;
  action: string;
  entityType: string;
  entityId: string;
  summary: Record<string, unknown>;
}

// JSON with object keys sorted at every level: PostgreSQL's jsonb does not keep key order,
// so the hash must not depend on it.
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== "object") return JSON.stringify(value ?? null);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
}

export function entryHash(prevHash: string, content: HashedContent): string {
  const body = canonicalJson({
    at: content.at.toISOString(),
    actorId: content.actorId,
    actorType: content.actorType,
    action: content.action,
    entityType: content.entityType,
    entityId: content.entityId,
    summary: content.summary,
  });
  return createHash("sha256").update(prevHash).update("\n").update(body).digest("hex");
}

// "passwordHash" is caught by "password"; other hashes (of content, of ids) are fine to keep.
const SECRET_KEY = /(password|secret|token|apikey|api_key)/i;

// Summaries describe what changed, never secrets: such keys are dropped wherever they appear.
export function stripSecrets(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(stripSecrets);
  if (value && typeof value === "object" && !(value instanceof Date)) {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>)
        .filter(([k]) => !SECRET_KEY.test(k))
        .map(([k, v]) => [k, stripSecrets(v)]),
    );
  }
  if (value instanceof Date) return value.toISOString();
  return value;
}

// Names the fields whose values differ. Free text is reported by name only, so the
// trail never copies personal data that a description may hold.
export function changedFields<T extends Record<string, unknown>>(before: T, after: Partial<T>): string[] {
  return Object.keys(after)
    .filter((k) => !sameValue(before[k], after[k]))
    .sort();
}

/** The ids in `after` but not `before` (sorted), and those in `before` but no longer in `after`. */
export function diffIds(before: readonly string[], after: readonly string[]): { added: string[]; removed: string[] } {
  const next = [...after].sort();
  return { added: next.filter((x) => !before.includes(x)), removed: before.filter((x) => !next.includes(x)) };
}

/** Per list of linked ids, what was added and removed; lists that did not change are left out. */
export function changedLinks<K extends string>(before: Record<K, readonly string[]>, after: Record<K, readonly string[]>): Record<string, { added: string[]; removed: string[] }> {
  const changes: Record<string, { added: string[]; removed: string[] }> = {};
  for (const key of Object.keys(after) as K[]) {
    const diff = diffIds(before[key], after[key]);
    if (diff.added.length || diff.removed.length) changes[key] = diff;
  }
  return changes;
}

function sameValue(a: unknown, b: unknown): boolean {
  if (a instanceof Date || b instanceof Date) {
    const ta = a instanceof Date ? a.getTime() : a == null ? null : new Date(a as string).getTime();
    const tb = b instanceof Date ? b.getTime() : b == null ? null : new Date(b as string).getTime();
    return ta === tb;
  }
  if (a !== null && b !== null && typeof a === "object" && typeof b === "object") return canonicalJson(a) === canonicalJson(b);
  return (a ?? null) === (b ?? null);
}
