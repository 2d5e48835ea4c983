import { asc, count, desc, eq, inArray, isNull, sql } from "drizzle-orm";
import { generateNotice } from "@/lib/notice/generate";
import { noticeHash, noticeText } from "@/lib/notice/render";
import type { NoticeActivity, NoticeProcessor, NoticeRetentionRule, PrivacyNotice } from "@/lib/notice/types";
import type { TransferMechanism } from "@/lib/inventory/labels";
import { getDb, type DbOrTx } from "@/db";
import {
  auditLog,
  chatSources,
  privacyNoticeSettings,
  privacyNoticeVersions,
  processingActivities as pa,
  processorActivities,
  processors,
  recordVersions,
  retentionRules,
  users,
} from "@/db/schema";
import { ok, refuse, type Outcome } from "@/lib/outcome";
import { withAudit, type Actor } from "@/db/queries/audit";
import { buildRecordSnapshot, snapshotHash } from "@/db/queries/inventory";

export const NOTICE_ENTITY = "privacy_notice";
const SETTINGS_ID = 1;
// Serialises publishing: two DPOs pressing "Publish" at once must not both take "latest + 1".
const NOTICE_VERSION_LOCK_KEY = 727_013;
const STALE_PREVIEW = "The record changed since this preview was shown, so nothing was published. Check the updated preview, then publish again.";

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function groupByName<T extends { activityName: string }>(rows: T[]): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const r of rows) map.set(r.activityName, [...(map.get(r.activityName) ?? []), r]);
  return map;
}

// A processor "inside the EEA, none needed" makes no transfer; the notice only needs real mechanisms.
function processorMechanism(m: string | null): TransferMechanism | null {
  return m === "adequacy" || m === "scc" || m === "bcr" || m === "derogation" ? m : null;
}

/**
 * What the notice is generated from: the record exactly as the record export reads it (its snapshot
 * and hash), plus what the snapshot leaves out: whether an activity covers chat, its own retention
 * text, the chat retention rules and the processors linked to it. Activity names are unique, so they join.
 */
export async function readNoticeSource(db: DbOrTx = getDb()) {
  const current = isNull(pa.archivedAt);
  const [snapshot, extras, rules, procs, [settings]] = await Promise.all([
    buildRecordSnapshot(db),
    db.select({ name: pa.name, coversChat: pa.coversChat, retention: pa.retention }).from(pa).where(current),
    db
      .select({
        activityName: pa.name,
        keepDays: retentionRules.keepDays,
        action: retentionRules.action,
        category: retentionRules.category,
        specialCategory: retentionRules.specialCategory,
        sourceName: chatSources.name,
      })
      .from(retentionRules)
      .innerJoin(pa, eq(pa.id, retentionRules.activityId))
      .leftJoin(chatSources, eq(chatSources.id, retentionRules.sourceId))
      .where(current),
    db
      .select({ activityName: pa.name, name: processors.name, service: processors.service, country: processors.country, transferMechanism: processors.transferMechanism })
      .from(processorActivities)
      .innerJoin(processors, eq(processors.id, processorActivities.processorId))
      .innerJoin(pa, eq(pa.id, processorActivities.activityId))
      .where(sql`${pa.archivedAt} is null and ${processors.archivedAt} is null`),
    db.select({ introduction: privacyNoticeSettings.introduction }).from(privacyNoticeSettings).where(eq(privacyNoticeSettings.id, SETTINGS_ID)),
  ]);
  const extra = new Map(extras.map((e) => [e.name, e]));
  const rulesBy = groupByName(rules);
  const procsBy = groupByName(procs);
  const activities: NoticeActivity[] = snapshot.activities.map((a) => ({
    name: a.name,
    purposes: a.purposes,
    legalBasis: a.legalBasis,
    legitimateInterest: a.legitimateInterest,
    art9Condition: a.art9Condition,
    subjectCategories: a.subjectCategories,
    dataCategories: a.dataCategories,
    recipients: a.recipients,
    transfers: a.transfers,
    retention: extra.get(a.name)?.retention ?? "",
    coversChat: extra.get(a.name)?.coversChat ?? false,
    retentionRules: (rulesBy.get(a.name) ?? []).map(
      (r): NoticeRetentionRule => ({ keepDays: r.keepDays, action: r.action, category: r.category, specialCategory: r.specialCategory, sourceName: r.sourceName }),
    ),
    processors: (procsBy.get(a.name) ?? [])
      .map((p): NoticeProcessor => ({ name: p.name, service: p.service, country: p.country, transferMechanism: processorMechanism(p.transferMechanism) }))
      .sort((x, y) => byText(x.name, y.name)),
    source: a.source,
  }));
  return {
    input: { organisation: snapshot.organisation, activities, introduction: settings?.introduction ?? "" },
    sourceHash: snapshotHash(snapshot),
  };
}

export interface CurrentNotice {
  notice: PrivacyNotice;
  text: string;
  contentHash: string;
  sourceHash: string;
  warnings: string[];
}

/** The notice the current record would give, with its rendering and hashes. */
export async function buildCurrentNotice(db: DbOrTx = getDb()): Promise<CurrentNotice> {
  const { input, sourceHash } = await readNoticeSource(db);
  const { notice, warnings } = generateNotice(input);
  return { notice, text: noticeText(notice), contentHash: noticeHash(notice), sourceHash, warnings };
}

export async function getNoticeSettings() {
  const [row] = await getDb()
    .select({ introduction: privacyNoticeSettings.introduction, updatedAt: privacyNoticeSettings.updatedAt, updatedByName: users.name })
    .from(privacyNoticeSettings)
    .leftJoin(users, eq(users.id, privacyNoticeSettings.updatedBy))
    .where(eq(privacyNoticeSettings.id, SETTINGS_ID));
  return row ?? { introduction: "", updatedAt: null, updatedByName: null };
}

/** Saves the DPO's introduction; `changed: false` (and no audit entry) when it is the same text. */
export async function updateNoticeIntroduction(actor: Actor, introduction: string): Promise<{ ok: true; changed: boolean }> {
  const { changed } = await withAudit(
    actor,
    async (tx) => {
      const [before] = await tx.select({ introduction: privacyNoticeSettings.introduction }).from(privacyNoticeSettings).where(eq(privacyNoticeSettings.id, SETTINGS_ID)).for("update");
      if (before && before.introduction === introduction) return { changed: false };
      const updatedBy = actor.type === "user" ? actor.id : null;
      await tx
        .insert(privacyNoticeSettings)
        .values({ id: SETTINGS_ID, introduction, updatedBy, updatedAt: new Date() })
        .onConflictDoUpdate({ target: privacyNoticeSettings.id, set: { introduction, updatedBy, updatedAt: new Date() } });
      return { changed: true, length: introduction.length };
    },
    // The text is public once published; the trail still records only that it changed, like other free text.
    (r) => (r.changed ? { action: "notice.introduction", entityType: NOTICE_ENTITY, entityId: "settings", summary: { changed: ["introduction"] } } : []),
  );
  return ok({ changed });
}

type PublishOutcome = Outcome<{ published: boolean; version: number; contentHash: string }>;

/**
 * Publishes the notice the current record gives. Nothing is written when it equals the latest version
 * (`published: false`), or when `expectedContentHash` (the preview the DPO approved) no longer matches (refused):
 * what is published is exactly what was previewed.
 */
export async function publishNotice(actor: Actor, expectedContentHash?: string): Promise<PublishOutcome> {
  const result = await withAudit(
    actor,
    async (tx): Promise<Outcome<{ published: boolean; version: number; contentHash: string; sourceHash?: string }>> => {
      await tx.execute(sql`select pg_advisory_xact_lock(${NOTICE_VERSION_LOCK_KEY})`);
      const current = await buildCurrentNotice(tx);
      if (expectedContentHash !== undefined && expectedContentHash !== current.contentHash) return refuse("conflict", STALE_PREVIEW);
      const [latest] = await tx
        .select({ version: privacyNoticeVersions.version, contentHash: privacyNoticeVersions.contentHash })
        .from(privacyNoticeVersions)
        .orderBy(desc(privacyNoticeVersions.version))
        .limit(1);
      if (latest && latest.contentHash === current.contentHash) return ok({ published: false, version: latest.version, contentHash: latest.contentHash });
      const version = (latest?.version ?? 0) + 1;
      await tx.insert(privacyNoticeVersions).values({
        version,
        publishedBy: actor.type === "user" ? actor.id : null,
        content: current.notice as unknown as Record<string, unknown>,
        text: current.text,
        contentHash: current.contentHash,
        sourceHash: current.sourceHash,
      });
      return ok({ published: true, version, contentHash: current.contentHash, sourceHash: current.sourceHash });
    },
    (r) =>
      r.ok && r.published
        ? { action: "notice.publish", entityType: NOTICE_ENTITY, entityId: String(r.version), summary: { version: r.version, contentHash: r.contentHash, sourceHash: r.sourceHash } }
        : [],
  );
  return result.ok ? ok({ published: result.published, version: result.version, contentHash: result.contentHash }) : result;
}

const versionColumns = {
  version: privacyNoticeVersions.version,
  publishedAt: privacyNoticeVersions.publishedAt,
  publishedByName: users.name,
  contentHash: privacyNoticeVersions.contentHash,
  sourceHash: privacyNoticeVersions.sourceHash,
};

/**
 * Published versions, newest first, without the content (a page of them), each with the number of the
 * record export that holds the very record it was generated from, when one was made.
 */
export async function listNoticeVersions(p: { page: number; pageSize: number } = { page: 1, pageSize: 50 }) {
  const db = getDb();
  const [rows, [total]] = await Promise.all([
    db
      .select(versionColumns)
      .from(privacyNoticeVersions)
      .leftJoin(users, eq(users.id, privacyNoticeVersions.publishedBy))
      .orderBy(desc(privacyNoticeVersions.version))
      .limit(p.pageSize)
      .offset((p.page - 1) * p.pageSize),
    db.select({ n: count() }).from(privacyNoticeVersions),
  ]);
  const hashes = [...new Set(rows.map((r) => r.sourceHash))];
  const stamped = hashes.length
    ? await db
        .select({ contentHash: recordVersions.contentHash, version: recordVersions.version })
        .from(recordVersions)
        .where(inArray(recordVersions.contentHash, hashes))
        .orderBy(asc(recordVersions.version))
    : [];
  const recordVersionOf = new Map<string, number>();
  for (const s of stamped) if (!recordVersionOf.has(s.contentHash)) recordVersionOf.set(s.contentHash, s.version);
  return { rows: rows.map((r) => ({ ...r, recordVersion: recordVersionOf.get(r.sourceHash) ?? null })), total: total?.n ?? 0 };
}

/** The public list of versions: numbers and dates only, newest first. */
export async function listPublicNoticeVersions(limit = 200) {
  return getDb()
    .select({ version: privacyNoticeVersions.version, publishedAt: privacyNoticeVersions.publishedAt })
    .from(privacyNoticeVersions)
    .orderBy(desc(privacyNoticeVersions.version))
    .limit(limit);
}

/** Every published version number, newest first: the choices of the diff page. */
export async function listNoticeVersionNumbers(): Promise<number[]> {
  const rows = await getDb().select({ version: privacyNoticeVersions.version }).from(privacyNoticeVersions).orderBy(desc(privacyNoticeVersions.version));
  return rows.map((r) => r.version);
}

export type NoticeVersionRow = Awaited<ReturnType<typeof listNoticeVersions>>["rows"][number];

export interface PublishedNotice {
  version: number;
  publishedAt: Date;
  publishedByName: string | null;
  contentHash: string;
  sourceHash: string;
  notice: PrivacyNotice;
  text: string;
}

async function selectVersion(where: ReturnType<typeof eq> | undefined): Promise<PublishedNotice | null> {
  const [row] = await getDb()
    .select({ ...versionColumns, content: privacyNoticeVersions.content, text: privacyNoticeVersions.text })
    .from(privacyNoticeVersions)
    .leftJoin(users, eq(users.id, privacyNoticeVersions.publishedBy))
    .where(where)
    .orderBy(desc(privacyNoticeVersions.version))
    .limit(1);
  if (!row) return null;
  const { content, ...rest } = row;
  return { ...rest, notice: content as unknown as PrivacyNotice };
}

/** One published version exactly as it was published; null when there is no such version. */
export function getNoticeVersion(version: number) {
  return selectVersion(eq(privacyNoticeVersions.version, version));
}

/** The version the public page shows: the latest published one, or null before the first publication. */
export function getLatestNotice() {
  return selectVersion(undefined);
}

/**
 * For the overview: the latest published version, and whether the current record would now give a
 * different notice. Before the first publication `published` is null and `outOfDate` false (nothing
 * published can be out of date; the overview says "not published" instead).
 */
export async function getNoticeStatus(): Promise<{ published: { version: number; publishedAt: Date } | null; outOfDate: boolean }> {
  const [[latest], current] = await Promise.all([
    getDb()
      .select({ version: privacyNoticeVersions.version, publishedAt: privacyNoticeVersions.publishedAt, contentHash: privacyNoticeVersions.contentHash })
      .from(privacyNoticeVersions)
      .orderBy(desc(privacyNoticeVersions.version))
      .limit(1),
    buildCurrentNotice(),
  ]);
  if (!latest) return { published: null, outOfDate: false };
  return { published: { version: latest.version, publishedAt: latest.publishedAt }, outOfDate: latest.contentHash !== current.contentHash };
}

/** The notice's history from the audit trail (introduction edits and publications), the latest `limit`, oldest first. */
export async function listNoticeHistory(limit = 30) {
  const rows = await getDb()
    .select({ id: auditLog.id, at: auditLog.at, action: auditLog.action, summary: auditLog.summary, actorName: users.name, actorType: auditLog.actorType })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorId))
    .where(eq(auditLog.entityType, NOTICE_ENTITY))
    .orderBy(desc(auditLog.id))
    .limit(limit);
  return rows.reverse();
}
