import { and, eq, isNotNull, isNull } from "drizzle-orm";
import type { HoldTarget, PlaceHoldInput, ReleaseHoldInput } from "@/lib/retention/hold-schema";
import { getDb } from "@/db";
import { conversations, dataSubjects, users } from "@/db/schema";
import { withAudit, type Actor } from "@/db/queries/audit";
import { ok, refuse, type Outcome } from "@/lib/outcome";

export interface LegalHold {
  reason: string;
  byName: string | null;
  at: Date;
}

// Both kinds of record carry the same three hold columns; one description of each keeps the code below single.
const TABLES = {
  conversation: { table: conversations, entityType: "conversation", noun: "conversation" },
  subject: { table: dataSubjects, entityType: "data_subject", noun: "person" },
} as const;

const gone = (noun: string) => refuse("not_found", `This ${noun} does not exist any more.`);

/** The hold on one conversation or person, with the name of who placed it; null when there is none. */
export async function getLegalHold(target: HoldTarget, id: string): Promise<LegalHold | null> {
  const { table } = TABLES[target];
  const [row] = await getDb()
    .select({ reason: table.legalHoldReason, at: table.legalHoldAt, byName: users.name })
    .from(table)
    .leftJoin(users, eq(users.id, table.legalHoldBy))
    .where(eq(table.id, id))
    .limit(1);
  return row?.reason && row.at ? { reason: row.reason, at: row.at, byName: row.byName } : null;
}

/**
 * Places a hold. While it stands the retention job neither deletes nor anonymises the conversation
 * (or any conversation of the person). The reason is the DPO's or lawyer's own words, not chat text,
 * so the audit entry keeps it.
 */
export async function placeLegalHold(actor: Actor, input: PlaceHoldInput): Promise<Outcome> {
  const { table, entityType, noun } = TABLES[input.target];
  return withAudit(
    actor,
    async (tx): Promise<Outcome> => {
      const [row] = await tx.select({ at: table.legalHoldAt }).from(table).where(eq(table.id, input.id)).for("update");
      if (!row) return gone(noun);
      if (row.at) return refuse("conflict", `This ${noun} is already on legal hold. Release the hold first to record a different reason.`);
      await tx
        .update(table)
        .set({ legalHoldReason: input.reason, legalHoldAt: new Date(), legalHoldBy: actor.type === "user" ? actor.id : null })
        .where(and(eq(table.id, input.id), isNull(table.legalHoldAt)));
      return ok();
    },
    (r) => (r.ok ? { action: "legal_hold.place", entityType, entityId: input.id, summary: { reason: input.reason } } : []),
  );
}

/** Lifts a hold; retention applies again from the next run. */
export async function releaseLegalHold(actor: Actor, input: ReleaseHoldInput): Promise<Outcome> {
  const { table, entityType, noun } = TABLES[input.target];
  return withAudit(
    actor,
    async (tx): Promise<Outcome<{ heldSince: Date; reason: string | null }>> => {
      const [row] = await tx.select({ at: table.legalHoldAt, reason: table.legalHoldReason }).from(table).where(eq(table.id, input.id)).for("update");
      if (!row) return gone(noun);
      if (!row.at) return refuse("conflict", `This ${noun} is not on legal hold.`);
      await tx
        .update(table)
        .set({ legalHoldReason: null, legalHoldAt: null, legalHoldBy: null })
        .where(and(eq(table.id, input.id), isNotNull(table.legalHoldAt)));
      return ok({ heldSince: row.at, reason: row.reason });
    },
    (r) =>
      r.ok
        ? { action: "legal_hold.release", entityType, entityId: input.id, summary: { reason: r.reason, heldSince: r.heldSince.toISOString() } }
        : [],
  ).then((r) => (r.ok ? ok() : r));
}
