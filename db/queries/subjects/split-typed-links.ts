import { randomUUID } from "node:crypto";
import { asc, eq, inArray, sql } from "drizzle-orm";
import { normaliseEmail, normalisePhone } from "@/lib/pii";
import type { Tx } from "../..";
import { conversations, dataFixes, dataSubjects, findings, messages, subjectIdentifiers } from "../../schema";
import { jsonRows, queryRows } from "../../sql";
import { withAudit, type Actor } from "@/db/queries/audit";
import { lockSubjectLinking } from "./link";

/** The name this fix is recorded under in data_fixes: it runs once per database. */
export const SPLIT_TYPED_LINKS_FIX = "2026-12-person-model-mentions";

export interface SplitTypedLinksReceipt {
  ran: boolean;
  peopleSplit: number;
  identifiersTurnedIntoMentions: number;
  conversationsRelinked: number;
  mentionsRecorded: number;
}

const BATCH = 2000;

/**
 * The one-off fix for databases from before mentions: an e-mail or phone typed into a message used to
 * become the writer's identifier and merge people. It (1) records every e-mail and phone the detector
 * found in a message as a mention, (2) deletes the identifiers that came from message text, and (3)
 * rebuilds each person who had such an identifier from the strong identifiers alone, splitting off the
 * conversations that were joined to them only through typed text (to a new person, or to nobody when
 * their visitor block names no one). Runs once, under the subject-link lock, with a receipt in the audit
 * trail holding counts only.
 */
export async function splitTypedLinks(actor: Actor = { type: "system" }): Promise<SplitTypedLinksReceipt> {
  return withAudit(
    actor,
    async (tx): Promise<SplitTypedLinksReceipt> => {
      // Taken before the guard is read: a second instance waits here, then finds the fix done.
      await lockSubjectLinking(tx);
      const [done] = await tx.select({ name: dataFixes.name }).from(dataFixes).where(eq(dataFixes.name, SPLIT_TYPED_LINKS_FIX));
      if (done) return { ran: false, peopleSplit: 0, identifiersTurnedIntoMentions: 0, conversationsRelinked: 0, mentionsRecorded: 0 };
      const mentionsRecorded = await backfillMentions(tx);
      const typed = await tx.delete(subjectIdentifiers).where(eq(subjectIdentifiers.origin, "message")).returning({ subjectId: subjectIdentifiers.subjectId });
      let peopleSplit = 0;
      let conversationsRelinked = 0;
      for (const subjectId of [...new Set(typed.map((t) => t.subjectId))].sort()) {
        const r = await rebuildPerson(tx, subjectId);
        peopleSplit += r.split;
        conversationsRelinked += r.relinked;
      }
      const summary = { peopleSplit, identifiersTurnedIntoMentions: typed.length, conversationsRelinked, mentionsRecorded };
      await tx.insert(dataFixes).values({ name: SPLIT_TYPED_LINKS_FIX, summary });
      return { ran: true, ...summary };
    },
    (r) =>
      r.ran
        ? {
            action: "subjects.split_typed_links",
            entityType: "data_fix",
            entityId: SPLIT_TYPED_LINKS_FIX,
            summary: { peopleSplit: r.peopleSplit, identifiersTurnedIntoMentions: r.identifiersTurnedIntoMentions, conversationsRelinked: r.conversationsRelinked, mentionsRecorded: r.mentionsRecorded },
          }
        : [],
  );
}

/** Every open e-mail or phone finding becomes a mention, read in batches (offsets are JavaScript's, so in JS). */
async function backfillMentions(tx: Tx): Promise<number> {
  let after = 0;
  let recorded = 0;
  for (;;) {
    const rows = await tx
      .select({ id: findings.id, messageId: findings.messageId, conversationId: findings.conversationId, type: findings.type, start: findings.start, end: findings.end, text: messages.text })
      .from(findings)
      .innerJoin(messages, eq(messages.id, findings.messageId))
      .where(sql`${findings.id} > ${after} and ${findings.type} in ('email', 'phone') and ${findings.status} = 'open'`)
      .orderBy(asc(findings.id))
      .limit(BATCH);
    if (rows.length === 0) return recorded;
    after = rows[rows.length - 1]!.id;
    const mentions = rows.flatMap((f) => {
      const raw = f.text.slice(f.start, f.end);
      const value = f.type === "email" ? normaliseEmail(raw) : normalisePhone(raw);
      return value ? [{ message_id: f.messageId, conversation_id: f.conversationId, kind: f.type, value }] : [];
    });
    if (mentions.length) {
      const inserted = await queryRows<{ id: number }>(
        tx,
        sql`insert into subject_mentions (message_id, conversation_id, kind, value)
            select x.message_id, x.conversation_id, x.kind, x.value
              from json_to_recordset(${jsonRows(mentions)}) as x(message_id bigint, conversation_id uuid, kind subject_identifier_kind, value text)
            on conflict (message_id, kind, value) do nothing
            returning id`,
      );
      recorded += inserted.length;
    }
  }
}

/**
 * One person rebuilt from strong identifiers: their conversations and remaining identifiers fall into
 * groups joined by what the visitor blocks say. The group with the earliest conversation stays the
 * person (with their requests and any identifiers no conversation shows any more); each other group
 * becomes a new person carrying the same legal hold; a conversation whose visitor block names nobody is
 * linked to nobody.
 */
async function rebuildPerson(tx: Tx, subjectId: string): Promise<{ split: number; relinked: number }> {
  const [person] = await tx.select().from(dataSubjects).where(eq(dataSubjects.id, subjectId));
  if (!person) return { split: 0, relinked: 0 };
  const [convs, ids] = await Promise.all([
    queryRows<{ id: string; started_at: string | Date; visitor_name: string | null; keys: string[] }>(
      tx,
      sql`select c.id, c.started_at, c.visitor_name,
                 array_remove(array[
                   case when c.visitor_email is not null then 'email:' || c.visitor_email end,
                   case when c.visitor_phone is not null then 'phone:' || c.visitor_phone end,
                   case when c.visitor_external_id is not null then 'visitor_id:' || s.key || ':' || c.visitor_external_id end
                 ], null) as keys
            from conversations c join chat_sources s on s.id = c.source_id
           where c.subject_id = ${subjectId}::uuid
           order by c.started_at, c.id`,
    ),
    tx.select({ id: subjectIdentifiers.id, kind: subjectIdentifiers.kind, value: subjectIdentifiers.value }).from(subjectIdentifiers).where(eq(subjectIdentifiers.subjectId, subjectId)),
  ]);
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let root = x;
    while (parent.has(root) && parent.get(root) !== root) root = parent.get(root)!;
    parent.set(x, root);
    return root;
  };
  const union = (a: string, b: string) => {
    const [ra, rb] = [find(a), find(b)];
    if (ra !== rb) parent.set(rb, ra);
  };
  const held = new Set(ids.map((i) => `${i.kind}:${i.value}`));
  for (const c of convs) {
    find(`c:${c.id}`);
    // Only the person's own (visitor-block) identifiers join conversations; another person's are not theirs.
    for (const key of c.keys) if (held.has(key)) union(`c:${c.id}`, `i:${key}`);
  }
  const groups = new Map<string, { convs: typeof convs; identifierIds: string[] }>();
  for (const c of convs) {
    const root = find(`c:${c.id}`);
    const g = groups.get(root) ?? { convs: [], identifierIds: [] };
    g.convs.push(c);
    groups.set(root, g);
  }
  for (const i of ids) groups.get(find(`i:${i.kind}:${i.value}`))?.identifierIds.push(i.id);
  // Groups are in the order of their earliest conversation: the first the visitor block ties to the
  // person's identifiers keeps the person.
  const all = [...groups.values()];
  const keep = all.find((g) => g.identifierIds.length > 0) ?? all[0];
  const others = all.filter((g) => g !== keep);
  let split = 0;
  let relinked = 0;
  for (const g of others) {
    const convIds = g.convs.map((c) => c.id);
    relinked += convIds.length;
    if (g.identifierIds.length === 0) {
      await tx.update(conversations).set({ subjectId: null }).where(inArray(conversations.id, convIds));
      continue;
    }
    const id = randomUUID();
    await tx.insert(dataSubjects).values({
      id,
      displayName: g.convs.find((c) => c.visitor_name)?.visitor_name ?? null,
      legalHoldReason: person.legalHoldReason,
      legalHoldBy: person.legalHoldBy,
      legalHoldAt: person.legalHoldAt,
      createdAt: new Date(g.convs[0]!.started_at),
    });
    await tx.update(subjectIdentifiers).set({ subjectId: id }).where(inArray(subjectIdentifiers.id, g.identifierIds));
    await tx.update(conversations).set({ subjectId: id }).where(inArray(conversations.id, convIds));
    split++;
  }
  return { split, relinked };
}
