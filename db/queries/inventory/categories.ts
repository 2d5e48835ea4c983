import { and, asc, eq, sql } from "drizzle-orm";
import type { CategoryInput, CategoryKind } from "@/lib/inventory/form-schema";
import { getDb } from "@/db";
import { activityDataCategories, activitySubjectCategories, dataCategories, processingActivities, processorDataCategories, processors, subjectCategories } from "@/db/schema";
import { ok, refuse, type Outcome } from "@/lib/outcome";
import { withAudit, type Actor } from "@/db/queries/audit";

const tables = {
  data: { table: dataCategories, link: activityDataCategories, entityType: "data_category" },
  subject: { table: subjectCategories, link: activitySubjectCategories, entityType: "subject_category" },
} as const;

/** Both managed lists, each category with the activities that use it (archived ones included: they still hold links). */
export async function listCategoriesWithUsage() {
  const db = getDb();
  const usage = (kind: CategoryKind) => {
    const { table, link } = tables[kind];
    return db
      .select({
        id: table.id,
        name: table.name,
        description: table.description,
        special: kind === "data" ? dataCategories.special : sql<boolean>`false`,
        activities: sql<string[]>`coalesce(array_agg(${processingActivities.name} order by ${processingActivities.name}) filter (where ${processingActivities.id} is not null), '{}')`,
      })
      .from(table)
      .leftJoin(link, eq(link.categoryId, table.id))
      .leftJoin(processingActivities, eq(processingActivities.id, link.activityId))
      .groupBy(table.id)
      .orderBy(asc(table.name));
  };
  const [data, subject] = await Promise.all([usage("data"), usage("subject")]);
  return { data, subject };
}

export type CategoryWithUsage = Awaited<ReturnType<typeof listCategoriesWithUsage>>["data"][number];

/** Adds a category, or renames one (and, for data categories, sets the special flag). Names are unique, case aside. */
export async function saveCategory(actor: Actor, input: CategoryInput): Promise<Outcome<{ id: string }>> {
  const { table, entityType } = tables[input.kind];
  const values = { name: input.name, description: input.description, ...(input.kind === "data" ? { special: input.special } : {}) };
  const result = await withAudit(
    actor,
    async (tx) => {
      const clash = await tx
        .select({ id: table.id })
        .from(table)
        .where(and(sql`lower(${table.name}) = lower(${input.name})`, input.id ? sql`${table.id} <> ${input.id}` : undefined))
        .limit(1);
      if (clash.length) return refuse("taken", "A category with this name already exists.", "name");
      if (!input.id) {
        const [row] = await tx.insert(table).values(values).returning({ id: table.id });
        return ok({ id: row!.id, created: true, changed: Object.keys(values).sort() });
      }
      const [before] = await tx.select().from(table).where(eq(table.id, input.id)).for("update");
      if (!before) return refuse("not_found", "This category does not exist any more.");
      const changed = Object.keys(values).filter((k) => (before as Record<string, unknown>)[k] !== (values as Record<string, unknown>)[k]).sort();
      if (changed.length) await tx.update(table).set(values).where(eq(table.id, input.id));
      return ok({ id: input.id, created: false, changed });
    },
    (r) =>
      r.ok && (r.created || r.changed.length > 0)
        ? {
            action: r.created ? `${entityType}.create` : `${entityType}.update`,
            entityType,
            entityId: r.id,
            summary: { fields: r.changed, ...(input.kind === "data" ? { special: input.special } : {}) },
          }
        : [],
  );
  return result.ok ? ok({ id: result.id }) : result;
}

/** Deletes a category no activity uses; otherwise the refusal names the activities (and processors) that still do. */
export async function deleteCategory(actor: Actor, kind: CategoryKind, id: string): Promise<Outcome> {
  const { table, link, entityType } = tables[kind];
  return withAudit(
    actor,
    async (tx): Promise<Outcome> => {
      const [row] = await tx.select({ id: table.id }).from(table).where(eq(table.id, id)).for("update");
      if (!row) return refuse("not_found", "This category was already deleted.");
      const users = await tx
        .select({ name: processingActivities.name })
        .from(link)
        .innerJoin(processingActivities, eq(processingActivities.id, link.activityId))
        .where(eq(link.categoryId, id))
        .orderBy(asc(processingActivities.name));
      // Processors receive data categories too (data categories only); their link refuses the delete as well.
      const receivers =
        kind === "data"
          ? await tx
              .select({ name: processors.name })
              .from(processorDataCategories)
              .innerJoin(processors, eq(processors.id, processorDataCategories.processorId))
              .where(eq(processorDataCategories.categoryId, id))
              .orderBy(asc(processors.name))
          : [];
      if (users.length || receivers.length) {
        const usedBy = [...users.map((u) => u.name), ...receivers.map((r) => `processor ${r.name}`)];
        return refuse("conflict", `This category is in use and cannot be deleted. Used by: ${usedBy.join(", ")}.`);
      }
      await tx.delete(table).where(eq(table.id, id));
      return ok();
    },
    (r) => (r.ok ? { action: `${entityType}.delete`, entityType, entityId: id } : []),
  );
}
