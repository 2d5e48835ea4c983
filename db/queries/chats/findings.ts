import { randomUUID } from "node:crypto";
import { and, asc, count, desc, eq, gt, inArray, sql } from "drizzle-orm";
import { can } from "@/lib/auth/permissions";
import type { Role } from "@/lib/auth/roles";
import type { FindingStatus } from "@/lib/chats/list-params";
import { planMask, type FindingChange } from "@/lib/chats/mask-plan";
import { snippetAround } from "@/lib/chats/segments";
import { PII_TYPES, type PiiType } from "@/lib/pii";
import { getDb, type Tx } from "@/db";
import { chatSources, conversations, findings, messages, users } from "@/db/schema";
import { withAudit, type Actor, type AuditInput } from "@/db/queries/audit";
import { INVALID_INPUT } from "@/lib/forms";
import { ok, refuse, type Outcome } from "@/lib/outcome";

/** Who reviews: the query layer checks the role itself, so no caller can mask or dismiss without findings:write. */
export interface Reviewer {
  id: string;
  role: Role;
}

export type MaskOutcome = Outcome<{ findingId: number; conversationId: string; alsoMasked: number[] }>;
export type DismissOutcome = Outcome<{ findingId: number; conversationId: string }>;

const FORBIDDEN = refuse("forbidden", "Your role is not allowed to do this.");
// The id comes from a hidden field: a foreign value means the form itself is broken.
const BAD_ID = refuse("invalid", INVALID_INPUT.message);
const GONE = refuse("not_found", "This finding does not exist any more: its conversation may have been deleted.");
const ALREADY_MASKED = refuse("conflict", "This finding was already masked.");
const ALREADY_DISMISSED = refuse("conflict", "This finding was already dismissed.");
const STALE = refuse("conflict", "This finding no longer matches the stored text, so nothing was masked. Reload the page.");

export const isFindingId = (id: unknown): id is number => typeof id === "number" && Number.isSafeInteger(id) && id > 0;
export const isPiiType = (type: unknown): type is PiiType => typeof type === "string" && (PII_TYPES as string[]).includes(type);

const actorOf = (reviewer: Reviewer): Actor => ({ type: "user", id: reviewer.id });

// What a review did, and the audit entry to write with it when it changed something.
interface Audited<O> {
  outcome: O;
  audit?: AuditInput;
}

export interface FindingListParams {
  status: FindingStatus;
  type?: PiiType;
  page: number;
  pageSize: number;
}

/** The review queue: findings of one status (and type), each with a short snippet of the text around it. */
export async function listFindings(p: FindingListParams) {
  const where = and(eq(findings.status, p.status), p.type ? eq(findings.type, p.type) : undefined);
  const db = getDb();
  const [rows, [total]] = await Promise.all([
    db
      .select({
        id: findings.id,
        type: findings.type,
        subtype: findings.subtype,
        confidence: findings.confidence,
        status: findings.status,
        start: findings.start,
        end: findings.end,
        createdAt: findings.createdAt,
        reviewedAt: findings.reviewedAt,
        reviewerName: users.name,
        conversationId: findings.conversationId,
        messageId: findings.messageId,
        sentAt: messages.sentAt,
        author: messages.author,
        sourceName: chatSources.name,
        text: messages.text,
      })
      .from(findings)
      .innerJoin(messages, eq(messages.id, findings.messageId))
      .innerJoin(conversations, eq(conversations.id, findings.conversationId))
      .innerJoin(chatSources, eq(chatSources.id, conversations.sourceId))
      .leftJoin(users, eq(users.id, findings.reviewedBy))
      .where(where)
      // The open queue newest first; the history by when it was reviewed.
      .orderBy(...(p.status === "open" ? [desc(findings.id)] : [sql`${findings.reviewedAt} desc nulls last`, desc(findings.id)]))
      .limit(p.pageSize)
      .offset((p.page - 1) * p.pageSize),
    db.select({ n: count() }).from(findings).where(where),
  ]);
  // Only the few characters around the match leave this function, not the whole message.
  return { rows: rows.map(({ text, ...r }) => ({ ...r, snippet: snippetAround(text, r.start, r.end) })), total: total?.n ?? 0 };
}

export type FindingListRow = Awaited<ReturnType<typeof listFindings>>["rows"][number];

/** Findings of one status per type, for the queue's tabs. */
export async function countFindingsByType(status: FindingStatus): Promise<Record<PiiType, number>> {
  const rows = await getDb().select({ type: findings.type, n: count() }).from(findings).where(eq(findings.status, status)).groupBy(findings.type);
  const counts = Object.fromEntries(PII_TYPES.map((t) => [t, 0])) as Record<PiiType, number>;
  for (const r of rows) counts[r.type] = r.n;
  return counts;
}

interface MessageUpdate {
  messageId: number;
  text: string;
  changes: FindingChange[];
}

// One statement for the texts and one for the findings, whatever the number of messages.
async function applyMaskUpdates(tx: Tx, reviewerId: string, at: Date, updates: MessageUpdate[]) {
  if (updates.length === 0) return;
  const texts = sql.join(updates.map((u) => sql`(${u.messageId}::bigint, ${u.text}::text)`), sql`, `);
  await tx.execute(sql`update messages set text = v.text from (values ${texts}) as v(id, text) where messages.id = v.id`);
  const changes = updates.flatMap((u) => u.changes);
  if (changes.length === 0) return;
  const values = sql.join(changes.map((c) => sql`(${c.id}::bigint, ${c.start}::int, ${c.end}::int, ${c.masked}::boolean)`), sql`, `);
  await tx.execute(sql`
    update findings
       set start = v.s, "end" = v.e,
           status = case when v.m then 'masked'::finding_status else findings.status end,
           reviewed_by = case when v.m then ${reviewerId}::uuid else findings.reviewed_by end,
           reviewed_at = case when v.m then ${at.toISOString()}::timestamptz else findings.reviewed_at end
      from (values ${values}) as v(id, s, e, m)
     where findings.id = v.id`);
}

const spanColumns = { id: findings.id, messageId: findings.messageId, type: findings.type, start: findings.start, end: findings.end, status: findings.status };

/**
 * Masks one finding: its span in the stored message becomes the type's placeholder, irreversibly; findings
 * overlapping it are masked with it; the message's other findings move with the text. The message row is
 * locked first, so two maskings of one message never work from the same old text.
 */
export async function maskFinding(reviewer: Reviewer, findingId: unknown): Promise<MaskOutcome> {
  if (!can(reviewer.role, "findings:write")) return FORBIDDEN;
  if (!isFindingId(findingId)) return BAD_ID;
  const done = await withAudit(
    actorOf(reviewer),
    async (tx): Promise<Audited<MaskOutcome>> => {
      const [f] = await tx.select({ messageId: findings.messageId }).from(findings).where(eq(findings.id, findingId));
      if (!f) return { outcome: GONE };
      const [m] = await tx.select({ id: messages.id, text: messages.text, conversationId: messages.conversationId }).from(messages).where(eq(messages.id, f.messageId)).for("update");
      const all = m ? await tx.select(spanColumns).from(findings).where(eq(findings.messageId, m.id)) : [];
      const target = all.find((x) => x.id === findingId);
      if (!m || !target) return { outcome: GONE };
      if (target.status === "masked") return { outcome: ALREADY_MASKED };
      const plan = planMask(m.text, all, new Set([findingId]));
      if (plan.skipped.length > 0) return { outcome: STALE };
      await applyMaskUpdates(tx, reviewer.id, new Date(), [{ messageId: m.id, text: plan.text, changes: plan.changes }]);
      return {
        outcome: ok({ findingId, conversationId: m.conversationId, alsoMasked: plan.maskedOverlaps }),
        // Ids and the type only: the audit trail must never hold the personal data that was just removed.
        audit: {
          action: "finding.mask",
          entityType: "finding",
          entityId: String(findingId),
          summary: { findingId, type: target.type, conversationId: m.conversationId, messageId: m.id, alsoMasked: plan.maskedOverlaps },
        },
      };
    },
    (r) => r.audit ?? [],
  );
  return done.outcome;
}

/** Marks an open finding as not personal data; the text stays as it is. */
export async function dismissFinding(reviewer: Reviewer, findingId: unknown): Promise<DismissOutcome> {
  if (!can(reviewer.role, "findings:write")) return FORBIDDEN;
  if (!isFindingId(findingId)) return BAD_ID;
  const done = await withAudit(
    actorOf(reviewer),
    async (tx): Promise<Audited<DismissOutcome>> => {
      const [f] = await tx.select({ status: findings.status, type: findings.type, conversationId: findings.conversationId }).from(findings).where(eq(findings.id, findingId)).for("update");
      if (!f) return { outcome: GONE };
      if (f.status !== "open") return { outcome: f.status === "masked" ? ALREADY_MASKED : ALREADY_DISMISSED };
      await tx.update(findings).set({ status: "dismissed", reviewedBy: reviewer.id, reviewedAt: new Date() }).where(eq(findings.id, findingId));
      return {
        outcome: ok({ findingId, conversationId: f.conversationId }),
        audit: { action: "finding.dismiss", entityType: "finding", entityId: String(findingId), summary: { findingId, type: f.type, conversationId: f.conversationId } },
      };
    },
    (r) => r.audit ?? [],
  );
  return done.outcome;
}

export type BulkMaskOutcome = Outcome<{ messages: number; findings: number; alsoMasked: number; skipped: number; chunks: number }>;

/**
 * Masks every open finding of one type, a chunk of messages per transaction: each message is rewritten
 * together with its findings and the chunk's audit entry, so a run stopped half-way leaves whole messages
 * and an audit trail that matches them, and running it again finishes the rest. Keyset paging on the
 * message id means a message it cannot mask (a stale span) is passed over, not retried for ever.
 */
export async function bulkMaskByType(reviewer: Reviewer, type: unknown, { chunkSize = 200 }: { chunkSize?: number } = {}): Promise<BulkMaskOutcome> {
  if (!can(reviewer.role, "findings:write")) return FORBIDDEN;
  if (!isPiiType(type)) return BAD_ID;
  const runId = randomUUID();
  const totals = { messages: 0, findings: 0, alsoMasked: 0, skipped: 0, chunks: 0 };
  for (let afterId = 0; ; ) {
    const chunk = await getDb()
      .selectDistinct({ messageId: findings.messageId })
      .from(findings)
      .where(and(eq(findings.status, "open"), eq(findings.type, type), gt(findings.messageId, afterId)))
      .orderBy(asc(findings.messageId))
      .limit(chunkSize);
    if (chunk.length === 0) break;
    const ids = chunk.map((c) => c.messageId);
    afterId = ids.at(-1)!;
    const done = await withAudit(
      actorOf(reviewer),
      async (tx) => {
        // Locked in id order, the same order every bulk run takes, so two runs cannot deadlock.
        const locked = await tx.select({ id: messages.id, text: messages.text }).from(messages).where(inArray(messages.id, ids)).orderBy(asc(messages.id)).for("update");
        const spans = await tx.select(spanColumns).from(findings).where(inArray(findings.messageId, ids));
        const result = { messages: 0, findings: 0, alsoMasked: 0, skipped: 0 };
        const updates: MessageUpdate[] = [];
        for (const m of locked) {
          const own = spans.filter((s) => s.messageId === m.id);
          const targets = new Set(own.filter((s) => s.status === "open" && s.type === type).map((s) => s.id));
          if (targets.size === 0) continue;
          const plan = planMask(m.text, own, targets);
          result.skipped += plan.skipped.length;
          if (plan.maskedTargets.length === 0) continue;
          updates.push({ messageId: m.id, text: plan.text, changes: plan.changes });
          result.messages += 1;
          result.findings += plan.maskedTargets.length;
          result.alsoMasked += plan.maskedOverlaps.length;
        }
        await applyMaskUpdates(tx, reviewer.id, new Date(), updates);
        return result;
      },
      (r) =>
        r.messages > 0
          ? { action: "finding.bulk_mask", entityType: "finding_type", entityId: type, summary: { type, runId, chunk: totals.chunks + 1, ...r } }
          : [],
    );
    totals.messages += done.messages;
    totals.findings += done.findings;
    totals.alsoMasked += done.alsoMasked;
    totals.skipped += done.skipped;
    if (done.messages > 0) totals.chunks += 1;
  }
  return ok(totals);
}
