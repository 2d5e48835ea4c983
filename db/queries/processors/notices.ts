import { and, asc, desc, eq, isNull } from "drizzle-orm";
import type { NoticeDecisionInput, NoticeInput } from "@/lib/processors/form-schema";
import { getDb } from "@/db";
import { processors, subprocessorNotices as n, users } from "@/db/schema";
import { withAudit } from "@/db/queries/audit";
import type { ActingUser } from "@/lib/auth/roles";
import { ok, refuse, type Outcome } from "@/lib/outcome";
import { actorFor, forbidden, permitted, PROCESSOR_ENTITY } from "./access";

const columns = {
  id: n.id,
  processorId: n.processorId,
  receivedOn: n.receivedOn,
  description: n.description,
  objectionDeadline: n.objectionDeadline,
  decision: n.decision,
  decidedAt: n.decidedAt,
  decisionNote: n.decisionNote,
  decidedByName: users.name,
};

/** A processor's notices, the ones still awaiting a decision first, then newest first. */
export async function listNoticesForProcessor(processorId: string) {
  return getDb()
    .select(columns)
    .from(n)
    .leftJoin(users, eq(users.id, n.decidedBy))
    .where(eq(n.processorId, processorId))
    .orderBy(asc(n.decision), desc(n.receivedOn), desc(n.createdAt));
}

/** Notices of current processors awaiting legal's decision, nearest deadline first. */
export async function listPendingNotices() {
  return getDb()
    .select({ id: n.id, processorId: n.processorId, processorName: processors.name, receivedOn: n.receivedOn, description: n.description, objectionDeadline: n.objectionDeadline })
    .from(n)
    .innerJoin(processors, eq(processors.id, n.processorId))
    .where(and(eq(n.decision, "pending"), isNull(processors.archivedAt)))
    .orderBy(asc(n.objectionDeadline), asc(n.receivedOn), asc(n.id));
}

type NoticeOutcome = Outcome<{ id: string }>;

export async function createNotice(user: ActingUser, input: NoticeInput): Promise<NoticeOutcome> {
  if (!permitted(user, "processors:write")) return forbidden();
  return withAudit(
    actorFor(user),
    async (tx): Promise<NoticeOutcome> => {
      const [processor] = await tx.select({ id: processors.id }).from(processors).where(eq(processors.id, input.processorId)).for("update");
      if (!processor) return refuse("not_found", "This processor does not exist any more.");
      const [row] = await tx.insert(n).values(input).returning({ id: n.id });
      await tx.update(processors).set({ updatedAt: new Date() }).where(eq(processors.id, input.processorId));
      return ok({ id: row!.id });
    },
    (r) =>
      r.ok
        ? { action: "notice.create", entityType: PROCESSOR_ENTITY, entityId: input.processorId, summary: { noticeId: r.id, receivedOn: input.receivedOn, objectionDeadline: input.objectionDeadline } }
        : [],
  );
}

/** Records legal's answer to a notice, once: a decided notice is not decided again. */
export async function decideNotice(user: ActingUser, input: NoticeDecisionInput): Promise<NoticeOutcome> {
  if (!permitted(user, "reviews:write")) return forbidden();
  return withAudit(
    actorFor(user),
    async (tx): Promise<NoticeOutcome> => {
      const [row] = await tx
        .update(n)
        .set({ decision: input.decision, decisionNote: input.note, decidedBy: user.id, decidedAt: new Date() })
        .where(and(eq(n.id, input.noticeId), eq(n.processorId, input.processorId), eq(n.decision, "pending")))
        .returning({ id: n.id });
      if (row) return ok({ id: row.id });
      const [exists] = await tx.select({ id: n.id }).from(n).where(and(eq(n.id, input.noticeId), eq(n.processorId, input.processorId)));
      return exists ? refuse("conflict", "This notice was already decided.") : refuse("not_found", "This notice does not exist any more.");
    },
    (r) => (r.ok ? { action: "notice.decide", entityType: PROCESSOR_ENTITY, entityId: input.processorId, summary: { noticeId: r.id, decision: input.decision } } : []),
  );
}
