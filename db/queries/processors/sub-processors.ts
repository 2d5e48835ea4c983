import { and, eq } from "drizzle-orm";
import type { SubProcessorInput } from "@/lib/processors/form-schema";
import type { Tx } from "@/db";
import { processors, processorSubProcessors as sp } from "@/db/schema";
import { withAudit } from "@/db/queries/audit";
import type { ActingUser } from "@/lib/auth/roles";
import { ok, refuse, type Outcome } from "@/lib/outcome";
import { actorFor, forbidden, permitted, PROCESSOR_ENTITY } from "./access";

async function lockProcessor(tx: Tx, processorId: string) {
  const [row] = await tx.select({ id: processors.id }).from(processors).where(eq(processors.id, processorId)).for("update");
  return row ?? null;
}

const touch = (tx: Tx, processorId: string) => tx.update(processors).set({ updatedAt: new Date() }).where(eq(processors.id, processorId));

const GONE = "This processor or sub-processor does not exist any more.";

/** Adds a sub-processor (no id) or edits one of this processor's (with id). */
export async function saveSubProcessor(user: ActingUser, input: SubProcessorInput): Promise<Outcome<{ id: string }>> {
  if (!permitted(user, "processors:write")) return forbidden();
  const { id, processorId, ...columns } = input;
  return withAudit(
    actorFor(user),
    async (tx): Promise<Outcome<{ id: string }>> => {
      if (!(await lockProcessor(tx, processorId))) return refuse("not_found", GONE);
      const [row] = id
        ? await tx.update(sp).set(columns).where(and(eq(sp.id, id), eq(sp.processorId, processorId))).returning({ id: sp.id })
        : await tx.insert(sp).values({ ...columns, processorId }).returning({ id: sp.id });
      if (!row) return refuse("not_found", GONE);
      await touch(tx, processorId);
      return ok({ id: row.id });
    },
    (r) =>
      r.ok
        ? {
            action: id ? "processor.sub_processor_update" : "processor.sub_processor_add",
            entityType: PROCESSOR_ENTITY,
            entityId: processorId,
            // A company's name, not a person's: it names the change in the history.
            summary: { subProcessorId: r.id, name: columns.name, country: columns.country, transferMechanism: columns.transferMechanism },
          }
        : [],
  );
}

export async function removeSubProcessor(user: ActingUser, processorId: string, subProcessorId: string): Promise<Outcome> {
  if (!permitted(user, "processors:write")) return forbidden();
  return withAudit(
    actorFor(user),
    async (tx) => {
      const [row] = await tx.delete(sp).where(and(eq(sp.id, subProcessorId), eq(sp.processorId, processorId))).returning({ id: sp.id, name: sp.name, country: sp.country });
      if (!row) return refuse("not_found", "This sub-processor was already removed.");
      await touch(tx, processorId);
      return ok({ row });
    },
    (r) =>
      r.ok
        ? { action: "processor.sub_processor_remove", entityType: PROCESSOR_ENTITY, entityId: processorId, summary: { subProcessorId: r.row.id, name: r.row.name, country: r.row.country } }
        : [],
  ).then((r) => (r.ok ? ok() : r));
}
