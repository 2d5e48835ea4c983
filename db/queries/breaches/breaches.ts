import { and, asc, count, desc, eq, gte, lt, sql, type SQL } from "drizzle-orm";
import { changedFields } from "@/lib/audit/hash";
import type { BreachInput, FollowUpInput } from "@/lib/breaches/form-schema";
import type { BreachRisk, BreachSort, BreachStatus } from "@/lib/breaches/labels";
import { getDb } from "@/db";
import { breaches, breachFollowUps, users } from "@/db/schema";
import { ok, refuse, type Outcome } from "@/lib/outcome";
import { listEntityHistory, withAudit, type Actor } from "@/db/queries/audit";

export interface BreachListParams {
  status?: BreachStatus;
  risk?: BreachRisk;
  awareFrom?: Date;
  awareBefore?: Date;
  sort: BreachSort;
  page: number;
  pageSize: number;
}

const orderBy: Record<BreachSort, SQL[]> = {
  aware_desc: [desc(breaches.awareAt)],
  aware_asc: [asc(breaches.awareAt)],
  title: [asc(breaches.title), desc(breaches.awareAt)],
  status: [asc(breaches.status), desc(breaches.awareAt)],
  // Enum order is unassessed < unlikely < risk < high: the most serious first.
  risk: [desc(breaches.risk), desc(breaches.awareAt)],
};

export async function listBreaches(p: BreachListParams) {
  const where = and(
    p.status ? eq(breaches.status, p.status) : undefined,
    p.risk ? eq(breaches.risk, p.risk) : undefined,
    p.awareFrom ? gte(breaches.awareAt, p.awareFrom) : undefined,
    p.awareBefore ? lt(breaches.awareAt, p.awareBefore) : undefined,
  );
  const db = getDb();
  const [rows, [total]] = await Promise.all([
    db
      .select({
        id: breaches.id,
        reference: breaches.reference,
        title: breaches.title,
        awareAt: breaches.awareAt,
        status: breaches.status,
        risk: breaches.risk,
        notifyDecision: breaches.notifyDecision,
        authorityNotifiedAt: breaches.authorityNotifiedAt,
        ownerName: users.name,
      })
      .from(breaches)
      .leftJoin(users, eq(users.id, breaches.ownerId))
      .where(where)
      .orderBy(...orderBy[p.sort], asc(breaches.id))
      .limit(p.pageSize)
      .offset((p.page - 1) * p.pageSize),
    db.select({ n: count() }).from(breaches).where(where),
  ]);
  return { rows, total: total?.n ?? 0 };
}

export type BreachListRow = Awaited<ReturnType<typeof listBreaches>>["rows"][number];

export async function getBreachById(id: string) {
  const [row] = await getDb()
    .select({ breach: breaches, ownerName: users.name })
    .from(breaches)
    .leftJoin(users, eq(users.id, breaches.ownerId))
    .where(eq(breaches.id, id))
    .limit(1);
  return row ? { ...row.breach, ownerName: row.ownerName } : null;
}

export async function listBreachFollowUps(breachId: string) {
  return getDb()
    .select({ id: breachFollowUps.id, sentAt: breachFollowUps.sentAt, reference: breachFollowUps.reference, content: breachFollowUps.content })
    .from(breachFollowUps)
    .where(eq(breachFollowUps.breachId, breachId))
    .orderBy(asc(breachFollowUps.sentAt));
}

/** The audit trail's entries about one breach, for its timeline. */
export function listBreachAuditEvents(breachId: string) {
  return listEntityHistory("breach", breachId);
}

const GONE = "This breach does not exist any more.";

// Serialises reference numbering so two breaches created at once do not get the same number.
const REFERENCE_LOCK_KEY = 727_003;

export async function createBreach(actor: Actor, input: BreachInput): Promise<{ ok: true; id: string; reference: string }> {
  const row = await withAudit(
    actor,
    async (tx) => {
      await tx.execute(sql`select pg_advisory_xact_lock(${REFERENCE_LOCK_KEY})`);
      const year = input.awareAt.getUTCFullYear();
      const prefix = `BR-${year}-`;
      const [{ n } = { n: 0 }] = await tx
        .select({ n: count() })
        .from(breaches)
        .where(sql`${breaches.reference} like ${`${prefix}%`}`);
      const reference = `${prefix}${String(n + 1).padStart(3, "0")}`;
      const [row] = await tx.insert(breaches).values({ ...input, reference }).returning({ id: breaches.id, reference: breaches.reference });
      return row!;
    },
    (row) => ({
      action: "breach.create",
      entityType: "breach",
      entityId: row.id,
      summary: { reference: row.reference, status: input.status, risk: input.risk, notifyDecision: input.notifyDecision },
    }),
  );
  return ok({ id: row.id, reference: row.reference });
}

// Enumerated fields whose old and new values say something without revealing personal data.
const TRACKED_VALUES = ["status", "risk", "notifyDecision", "subjectCommStatus"] as const;

/** Applies an edit; refused when there is no such breach. Free-text fields are audited by name only. */
export async function updateBreach(actor: Actor, id: string, input: BreachInput): Promise<Outcome<{ id: string; changed: string[] }>> {
  const result = await withAudit(
    actor,
    async (tx) => {
      const [before] = await tx.select().from(breaches).where(eq(breaches.id, id)).for("update");
      if (!before) return refuse("not_found", GONE);
      const changed = changedFields(before as unknown as Record<string, unknown>, input as unknown as Record<string, unknown>);
      if (changed.length > 0) await tx.update(breaches).set({ ...input, updatedAt: new Date() }).where(eq(breaches.id, id));
      const values = Object.fromEntries(
        TRACKED_VALUES.filter((k) => changed.includes(k)).map((k) => [k, { from: before[k], to: input[k] }]),
      );
      return ok({ id, reference: before.reference, changed, values });
    },
    (result) =>
      result.ok && result.changed.length > 0
        ? { action: "breach.update", entityType: "breach", entityId: result.id, summary: { reference: result.reference, changed: result.changed, ...result.values } }
        : [],
  );
  return result.ok ? ok({ id, changed: result.changed }) : result;
}

export async function addBreachFollowUp(actor: Actor, input: FollowUpInput): Promise<Outcome<{ id: string }>> {
  const result = await withAudit(
    actor,
    async (tx) => {
      const [breach] = await tx.select({ id: breaches.id, reference: breaches.reference }).from(breaches).where(eq(breaches.id, input.breachId)).for("update");
      if (!breach) return refuse("not_found", GONE);
      const [row] = await tx.insert(breachFollowUps).values(input).returning({ id: breachFollowUps.id });
      return ok({ breach, followUpId: row!.id });
    },
    (r) =>
      r.ok
        ? { action: "breach.follow_up", entityType: "breach", entityId: r.breach.id, summary: { reference: r.breach.reference, followUpId: r.followUpId, sentAt: input.sentAt.toISOString() } }
        : [],
  );
  return result.ok ? ok({ id: result.followUpId }) : result;
}
