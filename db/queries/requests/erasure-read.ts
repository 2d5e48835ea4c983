import { eq, sql } from "drizzle-orm";
import { getDb } from "@/db";
import { conversations, requestErasures, subjectRequests, users, type ErasureException, type RequestErasure } from "@/db/schema";
import { withAudit, type Actor } from "@/db/queries/audit";
import { planErasure } from "./erasure-plan";
import { ok, refuse, type Outcome } from "@/lib/outcome";
import { REQUEST_NOT_FOUND } from "./requests";
import { loadClockContext } from "./clock";

export interface ErasurePreview {
  linked: boolean;
  personHeld: boolean;
  conversations: Array<{ id: string; startedAt: Date; messages: number }>;
  messages: number;
  shared: { conversations: number; messages: number };
  identifiers: Array<{ kind: string; value: string }>;
  removePerson: boolean;
  kept: Array<{ conversationId: string; reason: string; startedAt: Date | null }>;
  processors: Array<{ id: string; name: string }>;
}

/** What executing the erasure now would do, read without locking (the execution reads again under lock). */
export async function previewErasure(requestId: string, exception: ErasureException = "none"): Promise<ErasurePreview | null> {
  const db = getDb();
  const [row] = await db.select().from(subjectRequests).where(eq(subjectRequests.id, requestId));
  if (!row) return null;
  const ctx = await loadClockContext(db);
  const plan = await planErasure(db, row, exception, ctx.country);
  const keptIds = plan.kept.map((k) => k.conversationId);
  const started = keptIds.length
    ? await db.select({ id: conversations.id, startedAt: conversations.startedAt }).from(conversations).where(sql`${conversations.id} in (select value::uuid from json_array_elements_text(${JSON.stringify(keptIds)}::json))`)
    : [];
  const startedOf = new Map(started.map((s) => [s.id, s.startedAt]));
  return {
    linked: plan.subjectId !== null || plan.toDelete.length + plan.kept.length > 0,
    personHeld: plan.personHeld,
    conversations: plan.toDelete,
    messages: plan.toDelete.reduce((n, c) => n + c.messages, 0),
    shared: { conversations: new Set(plan.toMask.map((m) => m.conversationId)).size, messages: plan.toMask.length },
    identifiers: plan.identifiers.map((i) => ({ kind: i.kind, value: i.value })),
    removePerson: plan.removePerson,
    kept: plan.kept.map((k) => ({ ...k, startedAt: startedOf.get(k.conversationId) ?? null })),
    processors: plan.processors,
  };
}

export type ErasureCertificate = RequestErasure & { executedByName: string | null; reference: string };

/** The certificate of the request's erasure, or null when it has not been executed. */
export async function getErasureCertificate(requestId: string): Promise<ErasureCertificate | null> {
  const [row] = await getDb()
    .select({ erasure: requestErasures, executedByName: users.name, reference: subjectRequests.reference })
    .from(requestErasures)
    .innerJoin(subjectRequests, eq(subjectRequests.id, requestErasures.requestId))
    .leftJoin(users, eq(users.id, requestErasures.executedBy))
    .where(eq(requestErasures.requestId, requestId));
  return row ? { ...row.erasure, executedByName: row.executedByName, reference: row.reference } : null;
}

/** Art. 19: ticks one processor off the certificate's list as told of the erasure. Ticking twice is refused. */
export async function markErasureProcessorNotified(actor: Actor, requestId: string, processorId: string, now = new Date()): Promise<Outcome> {
  const result = await withAudit(
    actor,
    async (tx): Promise<Outcome & { certificateId?: string }> => {
      const [row] = await tx.select().from(requestErasures).where(eq(requestErasures.requestId, requestId)).for("update");
      if (!row) {
        const [request] = await tx.select({ id: subjectRequests.id }).from(subjectRequests).where(eq(subjectRequests.id, requestId));
        return request ? refuse("conflict", "Execute the erasure first; the processors to tell are listed on its certificate.") : REQUEST_NOT_FOUND;
      }
      const entry = row.processors.find((p) => p.processorId === processorId);
      if (!entry) return refuse("invalid", "That processor is not on this erasure's list.", "processorId");
      if (entry.notifiedAt) return refuse("conflict", `${entry.name} is already marked as told.`);
      const by = actor.type === "user" ? actor.id : null;
      const processors = row.processors.map((p) => (p.processorId === processorId ? { ...p, notifiedAt: now.toISOString(), notifiedBy: by } : p));
      await tx.update(requestErasures).set({ processors }).where(eq(requestErasures.id, row.id));
      return ok({ certificateId: row.id });
    },
    (r) => (r.ok ? { action: "request.erasure_processor_notified", entityType: "subject_request", entityId: requestId, summary: { certificateId: r.certificateId, processorId } } : []),
  );
  return result.ok ? ok() : result;
}
