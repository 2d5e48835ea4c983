import { and, asc, count, desc, eq, ilike, inArray, isNotNull, isNull, sql, type SQL } from "drizzle-orm";
import { changedFields, diffIds } from "@/lib/audit/hash";
import { ENTRY_ENTITY, type EntryInput, type EntryListParams, type EntrySort, type EntryTransferInput } from "@/lib/processor-record/schema";
import { getDb, type Tx } from "..";
import { processorRecordEntries as cp, processorRecordMeasures as cpm, processorRecordTransfers as cpt, securityMeasures } from "@/db/schema";
import { ok, refuse, type Outcome } from "@/lib/outcome";
import { withAudit, type Actor } from "@/db/queries/audit";
import { likeEscape } from "@/db/sql";

// Art. 30(2): the record the organisation keeps as a processor, one entry per controller it processes for.

const byController = sql`lower(${cp.controllerName})`;
const orderBy: Record<EntrySort, SQL[]> = {
  controller: [asc(byController)],
  controller_desc: [desc(byController)],
  updated: [desc(cp.updatedAt)],
};

// Written out qualified: inside a subquery on a table that also has an "id", drizzle's unqualified
// column would name the inner table's id.
const ENTRY_ID = sql`${sql.identifier("controller_processing")}.${sql.identifier("id")}`;

// LIKE wildcards typed into the search box are searched for literally.

export async function listProcessorRecordEntries(p: EntryListParams) {
  const where = and(
    p.archived === "active" ? isNull(cp.archivedAt) : p.archived === "archived" ? isNotNull(cp.archivedAt) : undefined,
    p.status ? eq(cp.status, p.status) : undefined,
    p.search ? ilike(cp.controllerName, `%${likeEscape(p.search)}%`) : undefined,
  );
  const db = getDb();
  const [rows, [total]] = await Promise.all([
    db
      .select({
        id: cp.id,
        controllerName: cp.controllerName,
        categories: sql<string>`case when length(${cp.categories}) > 160 then left(${cp.categories}, 160) || '…' else ${cp.categories} end`,
        status: cp.status,
        archivedAt: cp.archivedAt,
        updatedAt: cp.updatedAt,
        transferCount: sql<number>`(select count(*)::int from ${cpt} where ${cpt.entryId} = ${ENTRY_ID})`,
        measureCount: sql<number>`(select count(*)::int from ${cpm} where ${cpm.entryId} = ${ENTRY_ID})`,
      })
      .from(cp)
      .where(where)
      .orderBy(...orderBy[p.sort], asc(cp.id))
      .limit(p.pageSize)
      .offset((p.page - 1) * p.pageSize),
    db.select({ n: count() }).from(cp).where(where),
  ]);
  return { rows: rows.map((r) => ({ ...r, transferCount: Number(r.transferCount), measureCount: Number(r.measureCount) })), total: total?.n ?? 0 };
}

export type EntryListRow = Awaited<ReturnType<typeof listProcessorRecordEntries>>["rows"][number];

export async function getProcessorRecordEntryById(id: string) {
  const db = getDb();
  const [[entry], measures, transfers] = await Promise.all([
    db.select().from(cp).where(eq(cp.id, id)).limit(1),
    db
      .select({ id: securityMeasures.id, name: securityMeasures.name, status: securityMeasures.status })
      .from(cpm)
      .innerJoin(securityMeasures, eq(securityMeasures.id, cpm.measureId))
      .where(eq(cpm.entryId, id))
      .orderBy(asc(securityMeasures.name)),
    db
      .select({ id: cpt.id, recipient: cpt.recipient, country: cpt.country, mechanism: cpt.mechanism, safeguards: cpt.safeguards })
      .from(cpt)
      .where(eq(cpt.entryId, id))
      .orderBy(asc(cpt.createdAt), asc(cpt.id)),
  ]);
  return entry ? { ...entry, measures, transfers } : null;
}

export type EntryDetail = NonNullable<Awaited<ReturnType<typeof getProcessorRecordEntryById>>>;

/** The security measures register, for the form's choices. */
export async function listMeasureOptions() {
  return getDb().select({ id: securityMeasures.id, name: securityMeasures.name }).from(securityMeasures).orderBy(asc(securityMeasures.name));
}

/** How many of the given measure ids exist (a form left open may name one deleted meanwhile). */
export async function countExistingMeasures(ids: string[]): Promise<number> {
  if (ids.length === 0) return 0;
  const [row] = await getDb().select({ n: count() }).from(securityMeasures).where(inArray(securityMeasures.id, ids));
  return row?.n ?? 0;
}

type Columns = Omit<EntryInput, "measureIds">;

async function writeMeasures(tx: Tx, entryId: string, measureIds: string[], replace: boolean) {
  if (replace) await tx.delete(cpm).where(eq(cpm.entryId, entryId));
  if (measureIds.length) await tx.insert(cpm).values(measureIds.map((measureId) => ({ entryId, measureId })));
}

const GONE = "This entry does not exist any more.";

export async function createProcessorRecordEntry(actor: Actor, input: EntryInput): Promise<{ ok: true; id: string }> {
  const { measureIds, ...columns } = input;
  const row = await withAudit(
    actor,
    async (tx) => {
      const [row] = await tx.insert(cp).values(columns).returning({ id: cp.id });
      await writeMeasures(tx, row!.id, measureIds, false);
      return row!;
    },
    (row) => ({ action: "controller_processing.create", entityType: ENTRY_ENTITY, entityId: row.id, summary: { status: input.status, measureIds } }),
  );
  return ok({ id: row.id });
}

/** Applies an edit, measures included; refused when there is no such entry. Free text is audited by field name only. */
export async function updateProcessorRecordEntry(actor: Actor, id: string, input: EntryInput): Promise<Outcome<{ id: string; changed: string[] }>> {
  const { measureIds, ...columns } = input;
  const result = await withAudit(
    actor,
    async (tx) => {
      const [before] = await tx.select().from(cp).where(eq(cp.id, id)).for("update");
      if (!before) return refuse("not_found", GONE);
      const beforeMeasures = (await tx.select({ id: cpm.measureId }).from(cpm).where(eq(cpm.entryId, id))).map((r) => r.id).sort();
      const { added, removed } = diffIds(beforeMeasures, measureIds);
      const changed = changedFields(before as unknown as Record<string, unknown>, columns as unknown as Record<string, unknown>);
      if (added.length || removed.length) changed.push("measureIds");
      if (changed.length) {
        await tx.update(cp).set({ ...(columns as Columns), updatedAt: new Date() }).where(eq(cp.id, id));
        await writeMeasures(tx, id, measureIds, true);
      }
      const status = changed.includes("status") ? { status: { from: before.status, to: columns.status } } : {};
      return ok({ id, changed: changed.sort(), status, measures: added.length || removed.length ? { measureIds: { added, removed } } : {} });
    },
    (r) =>
      r.ok && r.changed.length
        ? { action: "controller_processing.update", entityType: ENTRY_ENTITY, entityId: r.id, summary: { changed: r.changed, ...r.status, ...r.measures } }
        : [],
  );
  return result.ok ? ok({ id, changed: result.changed }) : result;
}

/** Archives (soft) or restores an entry; refused when there is no such entry or it is already in that state. */
export async function setProcessorRecordEntryArchived(actor: Actor, id: string, archived: boolean): Promise<Outcome> {
  return withAudit(
    actor,
    async (tx): Promise<Outcome> => {
      const [row] = await tx
        .update(cp)
        .set({ archivedAt: archived ? new Date() : null, updatedAt: new Date() })
        .where(and(eq(cp.id, id), archived ? isNull(cp.archivedAt) : isNotNull(cp.archivedAt)))
        .returning({ id: cp.id });
      return row ? ok() : refuse("not_found", archived ? "This entry is already archived, or gone." : "This entry is not archived, or gone.");
    },
    (r) => (r.ok ? { action: archived ? "controller_processing.archive" : "controller_processing.restore", entityType: ENTRY_ENTITY, entityId: id } : []),
  );
}

export async function addProcessorRecordTransfer(actor: Actor, input: EntryTransferInput): Promise<Outcome<{ id: string }>> {
  return withAudit(
    actor,
    async (tx): Promise<Outcome<{ id: string }>> => {
      const [entry] = await tx.select({ id: cp.id }).from(cp).where(eq(cp.id, input.entryId)).for("update");
      if (!entry) return refuse("not_found", GONE);
      const [row] = await tx.insert(cpt).values(input).returning({ id: cpt.id });
      await tx.update(cp).set({ updatedAt: new Date() }).where(eq(cp.id, input.entryId));
      return ok({ id: row!.id });
    },
    (row) =>
      row.ok
        ? {
            action: "controller_processing.transfer_add",
            entityType: ENTRY_ENTITY,
            entityId: input.entryId,
            summary: { transferId: row.id, country: input.country, mechanism: input.mechanism },
          }
        : [],
  );
}

export async function removeProcessorRecordTransfer(actor: Actor, entryId: string, transferId: string): Promise<Outcome> {
  const result = await withAudit(
    actor,
    async (tx) => {
      const [row] = await tx
        .delete(cpt)
        .where(and(eq(cpt.id, transferId), eq(cpt.entryId, entryId)))
        .returning({ id: cpt.id, country: cpt.country, mechanism: cpt.mechanism });
      if (!row) return refuse("not_found", "This transfer was already removed.");
      await tx.update(cp).set({ updatedAt: new Date() }).where(eq(cp.id, entryId));
      return ok({ row });
    },
    (r) =>
      r.ok
        ? { action: "controller_processing.transfer_remove", entityType: ENTRY_ENTITY, entityId: entryId, summary: { transferId: r.row.id, country: r.row.country, mechanism: r.row.mechanism } }
        : [],
  );
  return result.ok ? ok() : result;
}

/** The current (not archived) processor-side record, whole, for the CSV export: three set-based reads. */
export async function readProcessorRecord() {
  const db = getDb();
  const [entries, measures, transfers] = await Promise.all([
    db.select().from(cp).where(isNull(cp.archivedAt)).orderBy(asc(byController), asc(cp.id)),
    db
      .select({ entryId: cpm.entryId, name: securityMeasures.name })
      .from(cpm)
      .innerJoin(securityMeasures, eq(securityMeasures.id, cpm.measureId))
      .innerJoin(cp, eq(cp.id, cpm.entryId))
      .where(isNull(cp.archivedAt))
      .orderBy(asc(securityMeasures.name)),
    db
      .select({ entryId: cpt.entryId, recipient: cpt.recipient, country: cpt.country, mechanism: cpt.mechanism, safeguards: cpt.safeguards })
      .from(cpt)
      .innerJoin(cp, eq(cp.id, cpt.entryId))
      .where(isNull(cp.archivedAt))
      .orderBy(asc(cpt.createdAt), asc(cpt.id)),
  ]);
  return entries.map((e) => ({
    ...e,
    measures: measures.filter((m) => m.entryId === e.id).map((m) => m.name),
    transfers: transfers.filter((t) => t.entryId === e.id),
  }));
}

export type ProcessorRecordExportEntry = Awaited<ReturnType<typeof readProcessorRecord>>[number];
