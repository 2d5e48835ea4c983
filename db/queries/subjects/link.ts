import { randomUUID } from "node:crypto";
import { asc, inArray, sql } from "drizzle-orm";
import type { Tx } from "@/db";
import { conversations, dataSubjects, subjectIdentifiers, subjectRequests } from "@/db/schema";
import { jsonRows, queryRows } from "@/db/sql";

export type IdentifierKind = "email" | "phone" | "visitor_id";
export type IdentifierOrigin = "visitor" | "message" | "confirmed";

export interface FoundIdentifier {
  kind: IdentifierKind;
  /** Already normalised: lower-case email, E.164 phone, "<source key>:<visitor id>". */
  value: string;
  origin: IdentifierOrigin;
}

/** What one conversation of a batch says about who the visitor is. */
export interface ConversationIdentifiers {
  conversationId: string;
  visitorName: string | null;
  identifiers: FoundIdentifier[];
}

export interface LinkOutcome {
  /** New people created. */
  created: number;
  /** People merged into another because one conversation showed they are the same person. */
  merged: number;
  /** Conversations whose person was set or changed. */
  linked: number;
  identifiersAdded: number;
}

/**
 * Taken by every writer that creates, merges or deletes people or their identifiers, and held to the end
 * of its transaction. Looking identifiers up and then inserting them is a read-then-write: without one
 * lock two batches naming the same new email at once would each create a person for it (the unique index
 * would then fail one of them), or one would attach a conversation to a person the other is merging away.
 * Ingest takes it after the slow part (messages and detection), so the time it serialises is short.
 */
export const SUBJECT_LINK_LOCK_KEY = 727_040;

export async function lockSubjectLinking(tx: Tx) {
  await tx.execute(sql`select pg_advisory_xact_lock(${sql.raw(String(SUBJECT_LINK_LOCK_KEY))})`);
}

const identifierKey = (kind: string, value: string) => `${kind}\u0000${value}`;

/**
 * Links each conversation to one person. All identifiers of a conversation belong to the same person,
 * so every conversation, identifier and existing person connected through them forms one group: a group
 * with no person gets a new one, with one person attaches to it, with several merges them into the oldest.
 * Conversations without identifiers are left alone: a name alone never links anyone.
 */
export async function linkSubjectsInTx(tx: Tx, items: readonly ConversationIdentifiers[]): Promise<LinkOutcome> {
  const outcome: LinkOutcome = { created: 0, merged: 0, linked: 0, identifiersAdded: 0 };
  const work = items.filter((item) => item.identifiers.length > 0);
  if (work.length === 0) return outcome;
  await lockSubjectLinking(tx);

  const wanted = new Map<string, FoundIdentifier>();
  for (const item of work) for (const id of item.identifiers) wanted.set(identifierKey(id.kind, id.value), id);

  // Read under the lock: what other batches committed while this one waited is seen here.
  const [existing, current] = await Promise.all([
    queryRows<{ kind: string; value: string; subject_id: string }>(
      tx,
      sql`select si.kind, si.value, si.subject_id
            from json_to_recordset(${jsonRows([...wanted.values()].map(({ kind, value }) => ({ kind, value })))}) as x(kind subject_identifier_kind, value text)
            join subject_identifiers si on si.kind = x.kind and si.value = x.value`,
    ),
    queryRows<{ id: string; subject_id: string | null }>(
      tx,
      sql`select c.id, c.subject_id from conversations c
           where c.id in (select value::uuid from json_array_elements_text(${JSON.stringify(work.map((w) => w.conversationId))}::json))`,
    ),
  ]);
  const ownerOf = new Map(existing.map((r) => [identifierKey(r.kind, r.value), r.subject_id]));
  const subjectOfConversation = new Map(current.map((r) => [r.id, r.subject_id]));

  // Union-find over "c:<conversation>", "i:<identifier>" and "s:<person>".
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let root = x;
    while (parent.has(root) && parent.get(root) !== root) root = parent.get(root)!;
    parent.set(x, root);
    return root;
  };
  const union = (a: string, b: string) => {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent.set(rb, ra);
  };
  for (const item of work) {
    const c = `c:${item.conversationId}`;
    find(c);
    const subjectId = subjectOfConversation.get(item.conversationId);
    if (subjectId) union(c, `s:${subjectId}`);
    for (const id of item.identifiers) {
      const key = identifierKey(id.kind, id.value);
      union(c, `i:${key}`);
      const owner = ownerOf.get(key);
      if (owner) union(c, `s:${owner}`);
    }
  }

  const subjectIds = [...new Set([...ownerOf.values(), ...[...subjectOfConversation.values()].filter((s): s is string => Boolean(s))])];
  // Locked in id order, so two writers never wait on each other; the oldest person of a group is the one kept.
  const subjects = subjectIds.length
    ? (await tx.select().from(dataSubjects).where(inArray(dataSubjects.id, subjectIds)).orderBy(asc(dataSubjects.id)).for("update")).sort(
        (a, b) => a.createdAt.getTime() - b.createdAt.getTime() || (a.id < b.id ? -1 : 1),
      )
    : [];
  if (subjects.length !== subjectIds.length) throw new Error("subject linking: a person was deleted without the subject-link lock");

  interface Group {
    subjects: typeof subjects;
    items: ConversationIdentifiers[];
  }
  const groups = new Map<string, Group>();
  const groupOf = (node: string) => {
    const root = find(node);
    let group = groups.get(root);
    if (!group) groups.set(root, (group = { subjects: [], items: [] }));
    return group;
  };
  for (const subject of subjects) groupOf(`s:${subject.id}`).subjects.push(subject);
  for (const item of work) groupOf(`c:${item.conversationId}`).items.push(item);

  const newSubjects: { id: string; display_name: string | null }[] = [];
  const newIdentifiers: { subject_id: string; kind: IdentifierKind; value: string; origin: IdentifierOrigin; first_seen_conversation_id: string }[] = [];
  const links: { id: string; subject_id: string }[] = [];
  for (const group of groups.values()) {
    if (group.items.length === 0) continue;
    let target: string;
    if (group.subjects.length === 0) {
      target = randomUUID();
      newSubjects.push({ id: target, display_name: group.items.find((i) => i.visitorName)?.visitorName ?? null });
    } else {
      // `subjects` is ordered oldest first, so the first of the group is the one kept.
      const [keep, ...others] = group.subjects;
      target = keep!.id;
      if (others.length) {
        await mergeSubjectsInTx(tx, keep!, others);
        outcome.merged += others.length;
      }
    }
    // Seen in the visitor block anywhere in the group beats a confirmed mention.
    const fromVisitor = new Set(group.items.flatMap((i) => i.identifiers.filter((o) => o.origin === "visitor").map((o) => identifierKey(o.kind, o.value))));
    const added = new Set<string>();
    for (const item of group.items) {
      if (subjectOfConversation.get(item.conversationId) !== target) links.push({ id: item.conversationId, subject_id: target });
      for (const id of item.identifiers) {
        const key = identifierKey(id.kind, id.value);
        if (ownerOf.has(key) || added.has(key)) continue;
        added.add(key);
        newIdentifiers.push({ subject_id: target, kind: id.kind, value: id.value, origin: fromVisitor.has(key) ? "visitor" : id.origin, first_seen_conversation_id: item.conversationId });
      }
    }
  }

  if (newSubjects.length) {
    await tx.execute(sql`insert into data_subjects (id, display_name)
      select x.id, x.display_name from json_to_recordset(${jsonRows(newSubjects)}) as x(id uuid, display_name text)`);
  }
  if (newIdentifiers.length) {
    // Under the lock nothing else inserts these; "do nothing" only guards a writer that ignored it.
    const inserted = await queryRows<{ id: string }>(
      tx,
      sql`insert into subject_identifiers (subject_id, kind, value, origin, first_seen_conversation_id)
          select x.subject_id, x.kind, x.value, x.origin, x.first_seen_conversation_id
            from json_to_recordset(${jsonRows(newIdentifiers)})
              as x(subject_id uuid, kind subject_identifier_kind, value text, origin subject_identifier_origin, first_seen_conversation_id uuid)
          on conflict (kind, value) do nothing
          returning id`,
    );
    outcome.identifiersAdded = inserted.length;
  }
  if (links.length) {
    await tx.execute(sql`update conversations c set subject_id = x.subject_id
      from json_to_recordset(${jsonRows(links)}) as x(id uuid, subject_id uuid)
      where c.id = x.id and c.subject_id is distinct from x.subject_id`);
  }
  outcome.created = newSubjects.length;
  outcome.linked = links.length;
  return outcome;
}

type SubjectRow = typeof dataSubjects.$inferSelect;

/**
 * Folds `others` into `keep`: their identifiers, conversations and requests move over, a legal hold is
 * carried over (the earliest, when `keep` has none: a hold on either person must keep protecting the data),
 * and the merged people are deleted. The caller holds the subject-link lock.
 */
export async function mergeSubjectsInTx(tx: Tx, keep: SubjectRow, others: readonly SubjectRow[]) {
  const otherIds = others.map((o) => o.id);
  const ids = sql`(select value::uuid from json_array_elements_text(${JSON.stringify(otherIds)}::json))`;
  await tx.update(subjectIdentifiers).set({ subjectId: keep.id }).where(sql`${subjectIdentifiers.subjectId} in ${ids}`);
  await tx.update(conversations).set({ subjectId: keep.id }).where(sql`${conversations.subjectId} in ${ids}`);
  await tx.update(subjectRequests).set({ dataSubjectId: keep.id }).where(sql`${subjectRequests.dataSubjectId} in ${ids}`);
  const hold = keep.legalHoldAt
    ? null
    : others.filter((o) => o.legalHoldAt).sort((a, b) => a.legalHoldAt!.getTime() - b.legalHoldAt!.getTime())[0];
  const displayName = keep.displayName ?? others.find((o) => o.displayName)?.displayName ?? null;
  if (hold || displayName !== keep.displayName) {
    await tx
      .update(dataSubjects)
      .set({
        displayName,
        ...(hold ? { legalHoldReason: hold.legalHoldReason, legalHoldBy: hold.legalHoldBy, legalHoldAt: hold.legalHoldAt } : {}),
      })
      .where(sql`${dataSubjects.id} = ${keep.id}`);
  }
  await tx.delete(dataSubjects).where(sql`${dataSubjects.id} in ${ids}`);
}
