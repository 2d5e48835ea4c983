import { and, asc, count, eq, inArray, isNotNull, isNull, lte, sql } from "drizzle-orm";
import { planMask } from "@/lib/chats/mask-plan";
import { chainIdsHash } from "@/lib/retention/ids-hash";
import type { Tx } from "@/db";
import { conversations, dataSubjects, findings, messages, retentionRules, retentionRunRules, subjectMentions } from "@/db/schema";
import { withAudit, type Actor } from "@/db/queries/audit";
import { lockSubjectLinking } from "@/db/queries/subjects";

export interface BatchParams {
  runId: string;
  ruleId: string;
  now: Date;
  batchSize: number;
  /** Runs inside the batch's transaction just before it commits; a throw rolls the whole batch back (tests use it). */
  beforeCommit?: (batch: { ruleId: string; ids: readonly string[] }) => Promise<void> | void;
}

export interface BatchOutcome {
  conversations: number;
  messages: number;
  subjectsRemoved: number;
}

// What a message whose findings no longer fit its text becomes: anonymisation must not leave data behind.
export const UNMASKABLE_MESSAGE = "[message removed by retention]";

/**
 * One batch of one rule, in ONE transaction with its audit entry and the receipt's update: up to
 * `batchSize` due conversations, oldest id first, are deleted (messages and findings cascade) or
 * anonymised. A crash leaves each conversation either untouched or fully done. Returns null when the
 * rule has nothing left (or is gone).
 */
export async function processRetentionBatch(actor: Actor, p: BatchParams): Promise<BatchOutcome | null> {
  return withAudit(
    actor,
    async (tx) => {
      // Taken first, before any row: ingest takes it before touching people, so the two never wait in a circle.
      await lockSubjectLinking(tx);
      // The rule as it is now (an edit waits for this batch, and this batch sees an edit that committed).
      const [rule] = await tx.select().from(retentionRules).where(eq(retentionRules.id, p.ruleId)).for("share");
      if (!rule) return null;
      const heldSubject = sql`exists (select 1 from ${dataSubjects} where ${dataSubjects.id} = ${conversations.subjectId} and ${dataSubjects.legalHoldAt} is not null)`;
      const picked = await tx
        .select({ id: conversations.id, subjectId: conversations.subjectId })
        .from(conversations)
        .where(
          and(
            eq(conversations.retentionRuleId, rule.id),
            lte(conversations.retentionDueAt, p.now),
            rule.action === "anonymise" ? isNull(conversations.anonymisedAt) : undefined,
            isNull(conversations.legalHoldAt),
            sql`not ${heldSubject}`,
          ),
        )
        .orderBy(asc(conversations.id))
        .limit(p.batchSize)
        // Another instance's batch (should the lock ever fail) or an ingest holding a row: skip it, never wait.
        .for("update", { skipLocked: true });
      // A hold placed on a person while this ran: locking the people waits for it, then it counts.
      const subjectIds = [...new Set(picked.map((c) => c.subjectId).filter((s): s is string => s !== null))].sort();
      const people = subjectIds.length
        ? await tx.select({ id: dataSubjects.id, heldAt: dataSubjects.legalHoldAt }).from(dataSubjects).where(inArray(dataSubjects.id, subjectIds)).orderBy(asc(dataSubjects.id)).for("share")
        : [];
      const heldNow = new Set(people.filter((s) => s.heldAt).map((s) => s.id));
      const ids = picked.filter((c) => !c.subjectId || !heldNow.has(c.subjectId)).map((c) => c.id);
      if (ids.length === 0) return null;

      const [counted] = await tx.select({ n: count() }).from(messages).where(inArray(messages.conversationId, ids));
      const messageCount = counted?.n ?? 0;
      if (rule.action === "delete") {
        // Children first, each one set-based statement: cheaper than letting the cascade find them row by row.
        await tx.delete(findings).where(inArray(findings.conversationId, ids));
        await tx.delete(messages).where(inArray(messages.conversationId, ids));
        await tx.delete(conversations).where(inArray(conversations.id, ids));
      } else {
        await anonymise(tx, ids, actor, p.now);
      }
      const subjectsRemoved = await tidySubjects(tx, ids, subjectIds.filter((s) => !heldNow.has(s)));
      const batchHash = await recordOnReceipt(tx, p.runId, rule, ids, messageCount);
      await p.beforeCommit?.({ ruleId: rule.id, ids });
      return { rule, outcome: { conversations: ids.length, messages: messageCount, subjectsRemoved }, batchHash };
    },
    // Counts and ids only: the audit trail must not keep what retention just removed.
    (r) =>
      r
        ? {
            action: `retention.${r.rule.action}`,
            entityType: "retention_run",
            entityId: p.runId,
            summary: { runId: p.runId, ruleId: r.rule.id, ruleName: r.rule.name, keepDays: r.rule.keepDays, ...r.outcome, idsHashAfterBatch: r.batchHash },
          }
        : [],
  ).then((r) => r?.outcome ?? null);
}

/**
 * Removes who the visitor was and masks the personal data found in the text; the conversation, its
 * messages and its findings (now "masked") stay for statistics. Messages are locked in id order, the
 * order the findings queue's masking takes, so neither works from text the other is rewriting.
 */
async function anonymise(tx: Tx, ids: string[], actor: Actor, now: Date) {
  const withOpen = sql`${messages.id} in (select ${findings.messageId} from ${findings} where ${inArray(findings.conversationId, ids)} and ${findings.status} = 'open')`;
  const texts = await tx.select({ id: messages.id, text: messages.text }).from(messages).where(withOpen).orderBy(asc(messages.id)).for("update");
  const spans = texts.length
    ? await tx
        .select({ id: findings.id, messageId: findings.messageId, type: findings.type, start: findings.start, end: findings.end, status: findings.status })
        .from(findings)
        .where(inArray(findings.messageId, texts.map((m) => m.id)))
    : [];
  const textUpdates: Array<{ id: number; text: string }> = [];
  const spanUpdates: Array<{ id: number; start: number; end: number; masked: boolean }> = [];
  for (const m of texts) {
    const own = spans.filter((s) => s.messageId === m.id);
    const plan = planMask(m.text, own, new Set(own.filter((s) => s.status === "open").map((s) => s.id)));
    if (plan.skipped.length > 0) {
      // A span that no longer fits means the data cannot be located: the whole text goes instead.
      textUpdates.push({ id: m.id, text: UNMASKABLE_MESSAGE });
      for (const s of own) spanUpdates.push({ id: s.id, start: 0, end: UNMASKABLE_MESSAGE.length, masked: s.status !== "masked" });
    } else {
      textUpdates.push({ id: m.id, text: plan.text });
      spanUpdates.push(...plan.changes);
    }
  }
  if (textUpdates.length) {
    const values = sql.join(textUpdates.map((u) => sql`(${u.id}::bigint, ${u.text}::text)`), sql`, `);
    await tx.execute(sql`update messages set text = v.text from (values ${values}) as v(id, text) where messages.id = v.id`);
  }
  if (spanUpdates.length) {
    const reviewer = actor.type === "user" ? actor.id : null;
    const values = sql.join(spanUpdates.map((c) => sql`(${c.id}::bigint, ${c.start}::int, ${c.end}::int, ${c.masked}::boolean)`), sql`, `);
    await tx.execute(sql`
      update findings
         set start = v.s, "end" = v.e,
             status = case when v.m then 'masked'::finding_status else findings.status end,
             reviewed_by = case when v.m then ${reviewer}::uuid else findings.reviewed_by end,
             reviewed_at = case when v.m then ${now.toISOString()}::timestamptz else findings.reviewed_at end
        from (values ${values}) as v(id, s, e, m)
       where findings.id = v.id`);
  }
  // The mentions held the found e-mails and phones in plain form: the masked text no longer names anyone.
  await tx.delete(subjectMentions).where(inArray(subjectMentions.conversationId, ids));
  // A visitor's display name on their own messages identifies them as much as the visitor block does.
  await tx
    .update(messages)
    .set({ authorName: null })
    .where(and(inArray(messages.conversationId, ids), eq(messages.author, "visitor"), isNotNull(messages.authorName)));
  await tx
    .update(conversations)
    .set({ visitorExternalId: null, visitorName: null, visitorEmail: null, visitorPhone: null, subjectId: null, anonymisedAt: now })
    .where(inArray(conversations.id, ids));
}

/**
 * People and identifiers that only these conversations kept: a person left with no conversation goes
 * (unless held; identifiers cascade). A remaining person loses the identifiers first seen in these
 * conversations that none of their remaining conversations shows any more: in its visitor block or, for an
 * email typed in, in its text. A phone typed in cannot be matched reliably in free text, so it stays.
 */
async function tidySubjects(tx: Tx, ids: string[], subjectIds: string[]): Promise<number> {
  if (subjectIds.length === 0) return 0;
  const removed = await tx
    .delete(dataSubjects)
    .where(
      and(
        inArray(dataSubjects.id, subjectIds),
        isNull(dataSubjects.legalHoldAt),
        sql`not exists (select 1 from ${conversations} where ${conversations.subjectId} = ${dataSubjects.id})`,
      ),
    )
    .returning({ id: dataSubjects.id });
  const idList = sql`(select value::uuid from json_array_elements_text(${JSON.stringify(ids)}::json))`;
  await tx.execute(sql`
    delete from subject_identifiers si
     where si.first_seen_conversation_id in ${idList}
       and (si.origin = 'visitor' or si.kind = 'email')
       and not exists (
         select 1 from conversations c join chat_sources src on src.id = c.source_id
          where c.subject_id = si.subject_id
            and ((si.kind = 'email' and c.visitor_email = si.value)
              or (si.kind = 'phone' and c.visitor_phone = si.value)
              or (si.kind = 'visitor_id' and src.key || ':' || c.visitor_external_id = si.value)
              or (si.kind = 'email' and si.origin in ('message', 'confirmed') and exists (
                    select 1 from messages m where m.conversation_id = c.id and strpos(lower(m.text), si.value) > 0))))`);
  // Kept identifiers no longer point at a conversation that is gone or no longer theirs.
  await tx.execute(sql`update subject_identifiers set first_seen_conversation_id = null where first_seen_conversation_id in ${idList}`);
  return removed.length;
}

/** Adds the batch to the run's line for this rule and chains the ids hash; returns the new hash. */
async function recordOnReceipt(tx: Tx, runId: string, rule: typeof retentionRules.$inferSelect, ids: string[], messageCount: number) {
  const [line] = await tx
    .select({ id: retentionRunRules.id, idsHash: retentionRunRules.idsHash })
    .from(retentionRunRules)
    .where(and(eq(retentionRunRules.runId, runId), eq(retentionRunRules.ruleId, rule.id)))
    .for("update");
  const hash = chainIdsHash(line?.idsHash ?? "", ids);
  if (line) {
    await tx
      .update(retentionRunRules)
      .set({ conversations: sql`${retentionRunRules.conversations} + ${ids.length}`, messages: sql`${retentionRunRules.messages} + ${messageCount}`, idsHash: hash })
      .where(eq(retentionRunRules.id, line.id));
  } else {
    await tx.insert(retentionRunRules).values({
      runId,
      ruleId: rule.id,
      ruleName: rule.name,
      action: rule.action,
      keepDays: rule.keepDays,
      conversations: ids.length,
      messages: messageCount,
      idsHash: hash,
    });
  }
  return hash;
}
