import { and, eq } from "drizzle-orm";
import type { SubProcessorInput } from "@/lib/processors/form-schema";
import type { Tx } from "../..";
import { processors, processorSubProcessors as sp } from "../../schema";
import { withAudit } from "@/db/queries/audit";
import { actorFor, FORBIDDEN, NOT_FOUND, permitted, PROCESSOR_ENTITY, type ProcessorWriter, type Refusal } from "./access";

async function lockProcessor(tx: Tx, processorId: string) {
  const [row] = await tx.select({ id: processors.id }).from(processors).where(eq(processors.id, processorId)).for("update");
  return row ?? null;
}

const touch = (tx: Tx, processorId: string) => tx.update(processors).set({ updatedAt: new Date() }).where(eq(processors.id, processorId));

export type SubProcessorResult = { ok: true; id: string } | Refusal;

/** Adds a sub-processor (no id) or edits one of this processor's (with id). */
export async function saveSubProcessor(user: ProcessorWriter, input: SubProcessorInput): Promise<SubProcessorResult> {
  if (!permitted(user, "processors:write")) return FORBIDDEN;
  const { id, processorId, ...columns } = input;
  return withAudit(
    actorFor(user),
    async (tx): Promise<SubProcessorResult> => {
      if (!(await lockProcessor(tx, processorId))) return NOT_FOUND;
      const [row] = id
        ? await tx.update(sp).set(columns).where(and(eq(sp.id, id), eq(sp.processorId, processorId))).returning({ id: sp.id })
        : await tx.insert(sp).values({ ...columns, processorId }).returning({ id: sp.id });
      if (!row) return NOT_FOUND;
      await touch(tx, processorId);
      return { ok: true, id: row.id };
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

export async function removeSubProcessor(user: ProcessorWriter, processorId: string, subProcessorId: string): Promise<{ ok: true } | Refusal> {
  if (!permitted(user, "processors:write")) return FORBIDDEN;
  return withAudit(
    actorFor(user),
    async (tx) => {
      const [row] = await tx.delete(sp).where(and(eq(sp.id, subProcessorId), eq(sp.processorId, processorId))).returning({ id: sp.id, name: sp.name, country: sp.country });
      if (!row) return NOT_FOUND;
      await touch(tx, processorId);
      return { ok: true as const, row };
    },
    (r) =>
      r.ok
        ? { action: "processor.sub_processor_remove", entityType: PROCESSOR_ENTITY, entityId: processorId, summary: { subProcessorId: r.row.id, name: r.row.name, country: r.row.country } }
        : [],
  ).then((r) => (r.ok ? { ok: true as const } : r));
}
