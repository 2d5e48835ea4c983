import { count, eq, inArray } from "drizzle-orm";
import { ok, refuse, type Outcome } from "@/lib/outcome";
import { getDb, type DbOrTx } from "../..";
import { conversations, dataSubjects } from "../../schema";
import { withAudit, type Actor } from "@/db/queries/audit";
import { linkSubjectsInTx, lockSubjectLinking } from "./link";
import { getMention, type MentionRow } from "./mentions";

export interface PersonInPlan {
  id: string;
  displayName: string | null;
  createdAt: Date;
  conversations: number;
}

/**
 * What confirming a mention as the own identifier of whoever wrote in its conversation would do. The
 * identifier then links that conversation: to its holder when someone holds it, to a new person when
 * nobody does. When the conversation already has a person and someone else holds the identifier, the two
 * are one person from then on: `merging` lists both (the oldest is kept), for the DPO to see first.
 */
export interface MentionConfirmationPlan {
  mention: MentionRow;
  conversationPerson: PersonInPlan | null;
  holder: PersonInPlan | null;
  /** The people who become one; empty when nobody is merged. */
  merging: PersonInPlan[];
  createsPerson: boolean;
}

const NOT_FOUND = refuse("not_found", "There is no such mention: it went with its message or conversation.");

async function people(db: DbOrTx, ids: string[]): Promise<PersonInPlan[]> {
  if (ids.length === 0) return [];
  const [rows, counts] = await Promise.all([
    db.select({ id: dataSubjects.id, displayName: dataSubjects.displayName, createdAt: dataSubjects.createdAt }).from(dataSubjects).where(inArray(dataSubjects.id, ids)),
    db.select({ id: conversations.subjectId, n: count() }).from(conversations).where(inArray(conversations.subjectId, ids)).groupBy(conversations.subjectId),
  ]);
  const countOf = new Map(counts.map((c) => [c.id, c.n]));
  // Oldest first: the order linking keeps, so the first is the one that stays.
  return rows.map((r) => ({ ...r, conversations: countOf.get(r.id) ?? 0 })).sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || (a.id < b.id ? -1 : 1));
}

/** The plan, or a refusal when there is nothing to confirm. Read without locks for the confirmation step. */
export async function planMentionConfirmation(mentionId: number | string, db: DbOrTx = getDb()): Promise<Outcome<{ plan: MentionConfirmationPlan }>> {
  const mention = await getMention(mentionId, db);
  if (!mention) return NOT_FOUND;
  if (mention.conversationAnonymised) return refuse("conflict", "The conversation has been anonymised: it links nobody any more.");
  if (mention.ownerSubjectId && mention.ownerSubjectId === mention.conversationSubjectId) return refuse("conflict", "This is already the own identifier of the person whose conversation it is.");
  const ids = [mention.conversationSubjectId, mention.ownerSubjectId].filter((id): id is string => Boolean(id));
  const found = await people(db, ids);
  const byId = new Map(found.map((p) => [p.id, p]));
  const conversationPerson = mention.conversationSubjectId ? (byId.get(mention.conversationSubjectId) ?? null) : null;
  const holder = mention.ownerSubjectId ? (byId.get(mention.ownerSubjectId) ?? null) : null;
  return ok({ plan: { mention, conversationPerson, holder, merging: conversationPerson && holder ? found : [], createsPerson: !conversationPerson && !holder } });
}

export interface ConfirmMentionInput {
  mentionId: number;
  reason: string;
  /** The ids of the people the DPO saw being merged (sorted), so a change since then is not done unseen. */
  expectedMerge: string[];
}

/**
 * The DPO confirms a mention as the writer's own identifier, with a reason: only then does it link, and
 * merge where the plan says so. One transaction under the subject-link lock, with an audit entry naming
 * ids, the kind, counts and the reason, never the identifier itself.
 */
export async function confirmMention(actor: Actor, input: ConfirmMentionInput): Promise<Outcome<{ subjectId: string; merged: number }>> {
  const result = await withAudit(
    actor,
    async (tx): Promise<Outcome<{ subjectId: string; merged: number }> & { audit?: Record<string, unknown> }> => {
      await lockSubjectLinking(tx);
      const planned = await planMentionConfirmation(input.mentionId, tx);
      if (!planned.ok) return planned;
      const { plan } = planned;
      const merging = plan.merging.map((p) => p.id).sort();
      if (merging.join(",") !== [...input.expectedMerge].sort().join(",")) {
        return refuse("conflict", "Who this would merge has changed since you looked: review the confirmation again.");
      }
      const [conversation] = await tx.select({ visitorName: conversations.visitorName }).from(conversations).where(eq(conversations.id, plan.mention.conversationId));
      const linked = await linkSubjectsInTx(tx, [
        { conversationId: plan.mention.conversationId, visitorName: conversation?.visitorName ?? null, identifiers: [{ kind: plan.mention.kind, value: plan.mention.value, origin: "confirmed" }] },
      ]);
      const [after] = await tx.select({ subjectId: conversations.subjectId }).from(conversations).where(eq(conversations.id, plan.mention.conversationId));
      if (!after?.subjectId) throw new Error("confirm mention: the conversation was not linked");
      return {
        ok: true,
        subjectId: after.subjectId,
        merged: linked.merged,
        audit: {
          mentionId: plan.mention.id,
          conversationId: plan.mention.conversationId,
          kind: plan.mention.kind,
          reason: input.reason,
          mergedSubjectIds: merging.filter((id) => id !== after.subjectId),
          conversationsMoved: plan.merging.filter((p) => p.id !== after.subjectId).reduce((n, p) => n + p.conversations, 0),
          createdPerson: linked.created > 0,
          identifiersAdded: linked.identifiersAdded,
        },
      };
    },
    (r) => (r.ok && r.audit ? { action: "subjects.confirm_mention", entityType: "data_subject", entityId: r.subjectId, summary: r.audit } : []),
  );
  if (!result.ok) return result;
  return ok({ subjectId: result.subjectId, merged: result.merged });
}
