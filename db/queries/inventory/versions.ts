import { createHash } from "node:crypto";
import { asc, desc, eq, isNotNull, isNull, sql } from "drizzle-orm";
import { canonicalJson } from "@/lib/audit/hash";
import { describeLinkedRules } from "@/lib/retention/labels";
import type { RecordSnapshot, SnapshotActivity, SnapshotTransfer } from "@/lib/inventory/export";
import { getDb, type DbOrTx } from "@/db";
import {
  activityDataCategories,
  activityMeasures,
  activitySubjectCategories,
  activityTransfers,
  dataCategories,
  processingActivities as pa,
  recordVersions,
  retentionRules,
  securityMeasures,
  subjectCategories,
  users,
} from "@/db/schema";
import { ok } from "@/lib/outcome";
import { withAudit, type Actor } from "@/db/queries/audit";
import { organisationDetails } from "@/lib/organisation/details";
import { getOrganisation } from "@/db/queries/organisation";

// Serialises stamping: two exports at once must not both take "latest + 1".
const RECORD_VERSION_LOCK_KEY = 727_030;

export const CHAT_RETENTION_TEXT = "Set by the chat retention rules";

// For chat activities (f) is what the linked retention rules enforce, then any period the DPO stated as well.
function chatRetention(rules: Array<{ name: string; keepDays: number; action: "delete" | "anonymise" }>, stated: string): string {
  const enforced = rules.length ? `Chat retention rules: ${describeLinkedRules(rules)}` : CHAT_RETENTION_TEXT;
  return stated ? `${enforced}\n${stated}` : enforced;
}

// Code-point order, not locale order: the snapshot (and so its hash) must not depend on the server's locale.
const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const transferKey = (t: SnapshotTransfer) => [t.recipient, t.country, t.mechanism, t.safeguards].join("\u0000");

function groupBy<T extends { activityId: string }>(rows: T[]): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const r of rows) map.set(r.activityId, [...(map.get(r.activityId) ?? []), r]);
  return map;
}

const current = isNull(pa.archivedAt);

/**
 * The whole current record (archived activities left out) as plain data, with every list sorted, so
 * the same content always gives the same snapshot and the same hash. Five set-based reads, not one per activity.
 */
export async function buildRecordSnapshot(db: DbOrTx = getDb()): Promise<RecordSnapshot> {
  const [org, activities, dataRows, subjectRows, measureRows, transferRows, ruleRows] = await Promise.all([
    getOrganisation(db),
    db
      .select({
        id: pa.id,
        name: pa.name,
        purposes: pa.purposes,
        legalBasis: pa.legalBasis,
        legitimateInterest: pa.legitimateInterest,
        art9Condition: pa.art9Condition,
        recipients: pa.recipients,
        retention: pa.retention,
        coversChat: pa.coversChat,
        source: pa.source,
        systems: pa.systems,
        owner: users.name,
        dpiaStatus: pa.dpiaStatus,
      })
      .from(pa)
      .leftJoin(users, eq(users.id, pa.ownerId))
      .where(current),
    db
      .select({ activityId: activityDataCategories.activityId, name: dataCategories.name, special: dataCategories.special })
      .from(activityDataCategories)
      .innerJoin(dataCategories, eq(dataCategories.id, activityDataCategories.categoryId))
      .innerJoin(pa, eq(pa.id, activityDataCategories.activityId))
      .where(current),
    db
      .select({ activityId: activitySubjectCategories.activityId, name: subjectCategories.name })
      .from(activitySubjectCategories)
      .innerJoin(subjectCategories, eq(subjectCategories.id, activitySubjectCategories.categoryId))
      .innerJoin(pa, eq(pa.id, activitySubjectCategories.activityId))
      .where(current),
    db
      .select({ activityId: activityMeasures.activityId, name: securityMeasures.name })
      .from(activityMeasures)
      .innerJoin(securityMeasures, eq(securityMeasures.id, activityMeasures.measureId))
      .innerJoin(pa, eq(pa.id, activityMeasures.activityId))
      .where(current),
    db
      .select({
        activityId: activityTransfers.activityId,
        recipient: activityTransfers.recipient,
        country: activityTransfers.country,
        mechanism: activityTransfers.mechanism,
        safeguards: activityTransfers.safeguards,
      })
      .from(activityTransfers)
      .innerJoin(pa, eq(pa.id, activityTransfers.activityId))
      .where(current),
    db
      .select({ activityId: retentionRules.activityId, name: retentionRules.name, keepDays: retentionRules.keepDays, action: retentionRules.action })
      .from(retentionRules)
      .where(isNotNull(retentionRules.activityId)),
  ]);

  const data = groupBy(dataRows);
  const rules = groupBy(ruleRows.map((r) => ({ ...r, activityId: r.activityId! })));
  const subjects = groupBy(subjectRows);
  const measures = groupBy(measureRows);
  const transfers = groupBy(transferRows);

  const list: SnapshotActivity[] = activities.map((a) => ({
    name: a.name,
    purposes: a.purposes,
    legalBasis: a.legalBasis,
    legitimateInterest: a.legitimateInterest,
    art9Condition: a.art9Condition,
    subjectCategories: (subjects.get(a.id) ?? []).map((s) => s.name).sort(byText),
    dataCategories: (data.get(a.id) ?? []).map((d) => ({ name: d.name, special: d.special })).sort((x, y) => byText(x.name, y.name)),
    recipients: a.recipients,
    transfers: (transfers.get(a.id) ?? [])
      .map((t) => ({ recipient: t.recipient, country: t.country, mechanism: t.mechanism, safeguards: t.safeguards }))
      .sort((x, y) => byText(transferKey(x), transferKey(y))),
    retention: a.coversChat ? chatRetention(rules.get(a.id) ?? [], a.retention) : a.retention,
    measures: (measures.get(a.id) ?? []).map((m) => m.name).sort(byText),
    source: a.source,
    systems: a.systems,
    owner: a.owner,
    dpiaStatus: a.dpiaStatus,
  }));
  // Names are unique case aside; the exact name breaks the tie so the order never depends on the database.
  list.sort((x, y) => byText(x.name.toLowerCase(), y.name.toLowerCase()) || byText(x.name, y.name));
  return { organisation: org ? organisationDetails(org) : null, activities: list };
}

export function snapshotHash(snapshot: RecordSnapshot): string {
  return createHash("sha256").update(canonicalJson(snapshot)).digest("hex");
}

export interface RecordVersion {
  version: number;
  contentHash: string;
  createdAt: Date;
  snapshot: RecordSnapshot;
}

/**
 * Stamps the current record: returns the latest version when its content is unchanged, otherwise
 * stores a new version (latest + 1) with its snapshot and audits it.
 */
export async function stampRecordVersion(actor: Actor): Promise<{ ok: true } & RecordVersion & { created: boolean }> {
  return withAudit(
    actor,
    async (tx) => {
      await tx.execute(sql`select pg_advisory_xact_lock(${RECORD_VERSION_LOCK_KEY})`);
      const snapshot = await buildRecordSnapshot(tx);
      const contentHash = snapshotHash(snapshot);
      const [latest] = await tx
        .select({ version: recordVersions.version, contentHash: recordVersions.contentHash, createdAt: recordVersions.createdAt, snapshot: recordVersions.snapshot })
        .from(recordVersions)
        .orderBy(desc(recordVersions.version))
        .limit(1);
      if (latest && latest.contentHash === contentHash) {
        return ok({ version: latest.version, contentHash, createdAt: latest.createdAt, snapshot: latest.snapshot as unknown as RecordSnapshot, created: false });
      }
      const [row] = await tx
        .insert(recordVersions)
        .values({
          version: (latest?.version ?? 0) + 1,
          contentHash,
          snapshot: snapshot as unknown as Record<string, unknown>,
          createdBy: actor.type === "user" ? actor.id : null,
        })
        .returning({ version: recordVersions.version, createdAt: recordVersions.createdAt });
      return ok({ version: row!.version, contentHash, createdAt: row!.createdAt, snapshot, created: true });
    },
    (r) =>
      r.created
        ? { action: "record.version", entityType: "record_version", entityId: String(r.version), summary: { version: r.version, contentHash: r.contentHash } }
        : [],
  );
}

/** Every stamped version, newest first, without the snapshots. */
export async function listRecordVersions() {
  return getDb()
    .select({ version: recordVersions.version, contentHash: recordVersions.contentHash, createdAt: recordVersions.createdAt, createdByName: users.name })
    .from(recordVersions)
    .leftJoin(users, eq(users.id, recordVersions.createdBy))
    .orderBy(desc(recordVersions.version), asc(recordVersions.id));
}

export type RecordVersionListRow = Awaited<ReturnType<typeof listRecordVersions>>[number];

/** One past version with its snapshot, exactly as it was stamped; null when there is no such version. */
export async function getRecordVersion(version: number): Promise<(RecordVersion & { createdByName: string | null }) | null> {
  const [row] = await getDb()
    .select({
      version: recordVersions.version,
      contentHash: recordVersions.contentHash,
      createdAt: recordVersions.createdAt,
      snapshot: recordVersions.snapshot,
      createdByName: users.name,
    })
    .from(recordVersions)
    .leftJoin(users, eq(users.id, recordVersions.createdBy))
    .where(eq(recordVersions.version, version))
    .limit(1);
  return row ? { ...row, snapshot: row.snapshot as unknown as RecordSnapshot } : null;
}
