import { desc, sql } from "drizzle-orm";
import { entryHash, GENESIS_HASH, stripSecrets } from "@/lib/audit/hash";
import { getDb, type Tx } from "@/db";
import { auditLog } from "@/db/schema";

export type Actor =
  | { type: "user"; id: string }
  | { type: "system" }
  | { type: "api"; keyId: string };

export interface AuditInput {
  action: string;
  entityType: string;
  entityId: string;
  summary?: Record<string, unknown>;
}

// Serialises writers of the chain: each entry must see the hash of the one before it.
const AUDIT_CHAIN_LOCK_KEY = 727_002;

export async function appendAudit(tx: Tx, actor: Actor, input: AuditInput) {
  await tx.execute(sql`select pg_advisory_xact_lock(${AUDIT_CHAIN_LOCK_KEY})`);
  const [last] = await tx.select({ hash: auditLog.hash }).from(auditLog).orderBy(desc(auditLog.id)).limit(1);
  const prevHash = last?.hash ?? GENESIS_HASH;
  const summary = {
    ...(stripSecrets(input.summary ?? {}) as Record<string, unknown>),
    ...(actor.type === "api" ? { apiKeyId: actor.keyId } : {}),
  };
  const content = {
    // Millisecond precision so the value read back hashes the same.
    at: new Date(),
    actorId: actor.type === "user" ? actor.id : null,
    actorType: actor.type,
    action: input.action,
    entityType: input.entityType,
    entityId: input.entityId,
    summary,
  };
  await tx.insert(auditLog).values({ ...content, prevHash, hash: entryHash(prevHash, content) });
}

/**
 * The one write path: the change and its audit entry commit together or not at all.
 * `describe` turns the change's result into the entry, so ids created by the change can be named.
 */
export async function withAudit<T>(
  actor: Actor,
  work: (tx: Tx) => Promise<T>,
  describe: (result: T) => AuditInput | AuditInput[],
): Promise<T> {
  return getDb().transaction(async (tx) => {
    const result = await work(tx);
    const entries = describe(result);
    for (const entry of Array.isArray(entries) ? entries : [entries]) {
      await appendAudit(tx, actor, entry);
    }
    return result;
  });
}
