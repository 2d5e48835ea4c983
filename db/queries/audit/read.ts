import { and, asc, count, desc, eq, exists, gt, gte, lt, lte, sql } from "drizzle-orm";
import { entryHash, GENESIS_HASH } from "@/lib/audit/hash";
import { getDb } from "@/db";
import { auditLog, users } from "@/db/schema";

const BATCH_SIZE = 1000;

export const AUDIT_ACTOR_TYPES = ["user", "system", "api"] as const;
export type AuditActorType = (typeof AUDIT_ACTOR_TYPES)[number];

export interface AuditFilters {
  actorId?: string;
  /** Entries with no user behind them are found by kind: "system" (jobs, seed) or "api" (keys). */
  actorType?: AuditActorType;
  entityType?: string;
  /** Inclusive lower bound on `at`. */
  from?: Date;
  /** Exclusive upper bound on `at`, so a whole last day is "before the next one starts". */
  before?: Date;
}

export interface AuditListParams extends AuditFilters {
  page: number;
  pageSize: number;
}

function auditWhere(f: AuditFilters) {
  return and(
    f.actorId ? eq(auditLog.actorId, f.actorId) : undefined,
    f.actorType ? eq(auditLog.actorType, f.actorType) : undefined,
    f.entityType ? eq(auditLog.entityType, f.entityType) : undefined,
    f.from ? gte(auditLog.at, f.from) : undefined,
    f.before ? lt(auditLog.at, f.before) : undefined,
  );
}

const listColumns = {
  id: auditLog.id,
  at: auditLog.at,
  actorType: auditLog.actorType,
  actorName: users.name,
  action: auditLog.action,
  entityType: auditLog.entityType,
  entityId: auditLog.entityId,
  summary: auditLog.summary,
};

/** Newest first; id order is chain order, which `at` alone cannot break ties in. */
export async function listAuditEntries(p: AuditListParams) {
  const where = auditWhere(p);
  const db = getDb();
  const [rows, [total]] = await Promise.all([
    db
      .select(listColumns)
      .from(auditLog)
      .leftJoin(users, eq(users.id, auditLog.actorId))
      .where(where)
      .orderBy(desc(auditLog.id))
      .limit(p.pageSize)
      .offset((p.page - 1) * p.pageSize),
    db.select({ n: count() }).from(auditLog).where(where),
  ]);
  return { rows, total: total?.n ?? 0 };
}

export type AuditListRow = Awaited<ReturnType<typeof listAuditEntries>>["rows"][number];

/** How an entry's actor is named on screen and in exports. */
export function describeActor(actorType: string, actorName: string | null): string {
  if (actorType === "system") return "System";
  if (actorType === "api") return "API key";
  return actorName ?? "Unknown user";
}

/** Users who made at least one entry, deactivated ones included: the trail outlives accounts. */
export async function listAuditActors() {
  const db = getDb();
  return db
    .select({ id: users.id, name: users.name })
    .from(users)
    .where(exists(db.select({ one: sql`1` }).from(auditLog).where(eq(auditLog.actorId, users.id))))
    .orderBy(asc(users.name), asc(users.id));
}

export async function listAuditEntityTypes(): Promise<string[]> {
  const rows = await getDb()
    .selectDistinct({ entityType: auditLog.entityType })
    .from(auditLog)
    .orderBy(asc(auditLog.entityType));
  return rows.map((r) => r.entityType);
}

/** The latest entry, whose hash seals everything before it. */
export async function getAuditHead() {
  const [row] = await getDb().select({ id: auditLog.id, at: auditLog.at, hash: auditLog.hash }).from(auditLog).orderBy(desc(auditLog.id)).limit(1);
  return row ?? null;
}

const exportColumns = {
  ...listColumns,
  actorId: auditLog.actorId,
  prevHash: auditLog.prevHash,
  hash: auditLog.hash,
};

export type AuditExportRow = Awaited<ReturnType<typeof selectExportBatch>>[number];

function selectExportBatch(where: ReturnType<typeof auditWhere>, afterId: number, upToId: number, limit: number) {
  return getDb()
    .select(exportColumns)
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorId))
    .where(and(where, gt(auditLog.id, afterId), lte(auditLog.id, upToId)))
    .orderBy(asc(auditLog.id))
    .limit(limit);
}

/**
 * Matching entries in chain order, a batch at a time (keyset on id, so each batch is an index range,
 * not an ever-growing OFFSET). It stops at the entry that was the latest when it started, so an
 * export is a fixed cut of the trail even while new entries arrive.
 */
export async function* auditEntryBatches(filters: AuditFilters, batchSize = BATCH_SIZE): AsyncGenerator<AuditExportRow[], void, undefined> {
  const head = await getAuditHead();
  if (!head) return;
  const where = auditWhere(filters);
  let afterId = 0;
  for (;;) {
    const batch = await selectExportBatch(where, afterId, head.id, batchSize);
    if (batch.length > 0) yield batch;
    if (batch.length < batchSize) return;
    afterId = batch[batch.length - 1]!.id;
  }
}

export type ChainVerification =
  | { ok: true; checked: number; headHash: string }
  /** `checked` counts the entries read, the broken one included. */
  | { ok: false; checked: number; firstBrokenId: number; reason: "content changed" | "link broken" };

/**
 * Walks the whole chain in id order. Each entry's hash must match its own content and previous-hash
 * field ("content changed" otherwise: the row was edited), and its previous-hash field must equal the
 * hash of the entry before it ("link broken" otherwise: an entry was removed or the order changed).
 */
export async function verifyAuditChain(batchSize = BATCH_SIZE): Promise<ChainVerification> {
  const db = getDb();
  let expectedPrev = GENESIS_HASH;
  let checked = 0;
  let afterId = 0;
  for (;;) {
    const batch = await db
      .select({
        id: auditLog.id,
        at: auditLog.at,
        actorId: auditLog.actorId,
        actorType: auditLog.actorType,
        action: auditLog.action,
        entityType: auditLog.entityType,
        entityId: auditLog.entityId,
        summary: auditLog.summary,
        prevHash: auditLog.prevHash,
        hash: auditLog.hash,
      })
      .from(auditLog)
      .where(gt(auditLog.id, afterId))
      .orderBy(asc(auditLog.id))
      .limit(batchSize);
    for (const row of batch) {
      checked += 1;
      const { id, prevHash, hash, ...content } = row;
      if (entryHash(prevHash, content) !== hash) return { ok: false, checked, firstBrokenId: id, reason: "content changed" };
      if (prevHash !== expectedPrev) return { ok: false, checked, firstBrokenId: id, reason: "link broken" };
      expectedPrev = hash;
    }
    if (batch.length < batchSize) return { ok: true, checked, headHash: expectedPrev };
    afterId = batch[batch.length - 1]!.id;
  }
}

/** One record's entries in the audit trail, oldest first: the history shown on its page. */
export async function listEntityHistory(entityType: string, entityId: string) {
  return getDb()
    .select({ id: auditLog.id, at: auditLog.at, action: auditLog.action, summary: auditLog.summary, actorName: users.name, actorType: auditLog.actorType })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorId))
    .where(and(eq(auditLog.entityType, entityType), eq(auditLog.entityId, entityId)))
    .orderBy(asc(auditLog.id));
}

export type EntityHistoryEntry = Awaited<ReturnType<typeof listEntityHistory>>[number];
