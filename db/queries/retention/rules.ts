import { and, asc, count, eq, isNotNull, isNull, ne, sql } from "drizzle-orm";
import { changedFields } from "@/lib/audit/hash";
import type { RuleInput } from "@/lib/retention/rule-schema";
import { getDb, type Tx } from "@/db";
import { chatSources, conversations, processingActivities, retentionRules } from "@/db/schema";
import { withAudit, type Actor } from "@/db/queries/audit";
import { ok, refuse, type Outcome, type Refusal } from "@/lib/outcome";
import { assignRetention, onHold, pastDue } from "./assign";

export type RuleWriteResult = Outcome<{ id: string }>;

const NAME_TAKEN = (name: string) => refuse("taken", `A rule named "${name}" already exists (names are compared without regard to case).`, "name");
const NOT_FOUND = refuse("not_found", "This rule does not exist any more.");

/** Every rule with what it covers now: conversations, those past due, and those of them held. */
export async function listRetentionRules(now: Date) {
  const db = getDb();
  const coverage = db
    .select({
      ruleId: conversations.retentionRuleId,
      covered: count().as("covered"),
      pastDue: sql<number>`count(*) filter (where ${pastDue(now)})`.mapWith(Number).as("past_due"),
      heldPastDue: sql<number>`count(*) filter (where ${pastDue(now)} and ${onHold})`.mapWith(Number).as("held_past_due"),
    })
    .from(conversations)
    .innerJoin(retentionRules, eq(retentionRules.id, conversations.retentionRuleId))
    .groupBy(conversations.retentionRuleId)
    .as("coverage");
  const rows = await db
    .select({
      id: retentionRules.id,
      name: retentionRules.name,
      sourceId: retentionRules.sourceId,
      sourceName: chatSources.name,
      category: retentionRules.category,
      specialCategory: retentionRules.specialCategory,
      keepDays: retentionRules.keepDays,
      action: retentionRules.action,
      activityId: retentionRules.activityId,
      activityName: processingActivities.name,
      updatedAt: retentionRules.updatedAt,
      covered: sql<number>`coalesce(${coverage.covered}, 0)`.mapWith(Number),
      pastDue: sql<number>`coalesce(${coverage.pastDue}, 0)`.mapWith(Number),
      heldPastDue: sql<number>`coalesce(${coverage.heldPastDue}, 0)`.mapWith(Number),
    })
    .from(retentionRules)
    .leftJoin(chatSources, eq(chatSources.id, retentionRules.sourceId))
    .leftJoin(processingActivities, eq(processingActivities.id, retentionRules.activityId))
    .leftJoin(coverage, eq(coverage.ruleId, retentionRules.id))
    .orderBy(asc(retentionRules.name));
  return rows;
}

export type RetentionRuleRow = Awaited<ReturnType<typeof listRetentionRules>>[number];

/** Conversations no rule covers: kept with no stated limit, which Art. 5(1)(e) does not allow. */
export async function countUncovered(): Promise<number> {
  const [row] = await getDb().select({ n: count() }).from(conversations).where(isNull(conversations.retentionRuleId));
  return row?.n ?? 0;
}

/** What the rule form offers: the sources, the record's activities, and categories seen in the data. */
export async function listRuleFormOptions() {
  const db = getDb();
  const [sources, activities, categories] = await Promise.all([
    db.select({ id: chatSources.id, name: chatSources.name, key: chatSources.key }).from(chatSources).orderBy(asc(chatSources.name)),
    db
      .select({ id: processingActivities.id, name: processingActivities.name })
      .from(processingActivities)
      .where(isNull(processingActivities.archivedAt))
      .orderBy(asc(processingActivities.name)),
    db
      .selectDistinct({ category: conversations.category })
      .from(conversations)
      .where(isNotNull(conversations.category))
      .orderBy(asc(conversations.category))
      .limit(200),
  ]);
  return { sources, activities, categories: categories.map((c) => c.category!) };
}

export type RuleFormOptions = Awaited<ReturnType<typeof listRuleFormOptions>>;

// A source or activity chosen in the form may have gone since the form was shown.
async function missingReference(tx: Tx, input: RuleInput): Promise<Refusal | null> {
  if (input.sourceId) {
    const [s] = await tx.select({ id: chatSources.id }).from(chatSources).where(eq(chatSources.id, input.sourceId));
    if (!s) return refuse("invalid", "This source does not exist any more.", "sourceId");
  }
  if (input.activityId) {
    const [a] = await tx.select({ id: processingActivities.id }).from(processingActivities).where(eq(processingActivities.id, input.activityId));
    if (!a) return refuse("invalid", "This processing activity does not exist any more.", "activityId");
  }
  return null;
}

// A rule's settings are the DPO's configuration, not personal data: the audit keeps them whole.
const auditedValues = (input: RuleInput) => ({
  name: input.name,
  sourceId: input.sourceId,
  category: input.category,
  specialCategory: input.specialCategory,
  keepDays: input.keepDays,
  action: input.action,
  activityId: input.activityId,
});

/** Creates a rule and re-assigns every conversation to its rule in the same transaction. */
export async function createRetentionRule(actor: Actor, input: RuleInput): Promise<RuleWriteResult> {
  return withAudit(
    actor,
    async (tx): Promise<RuleWriteResult> => {
      const missing = await missingReference(tx, input);
      if (missing) return missing;
      const [row] = await tx.insert(retentionRules).values(input).onConflictDoNothing().returning({ id: retentionRules.id });
      if (!row) return NAME_TAKEN(input.name);
      await assignRetention(tx);
      return ok({ id: row.id });
    },
    (r) => (r.ok ? { action: "retention_rule.create", entityType: "retention_rule", entityId: r.id, summary: auditedValues(input) } : []),
  );
}

/** Edits a rule; audits each changed setting with its old and new value, then re-assigns conversations. */
export async function updateRetentionRule(actor: Actor, id: string, input: RuleInput): Promise<RuleWriteResult> {
  const result = await withAudit(
    actor,
    async (tx) => {
      const [before] = await tx.select().from(retentionRules).where(eq(retentionRules.id, id)).for("update");
      if (!before) return { result: NOT_FOUND, changes: {} };
      const [clash] = await tx
        .select({ id: retentionRules.id })
        .from(retentionRules)
        .where(and(sql`lower(${retentionRules.name}) = lower(${input.name})`, ne(retentionRules.id, id)))
        .limit(1);
      if (clash) return { result: NAME_TAKEN(input.name), changes: {} };
      const missing = await missingReference(tx, input);
      if (missing) return { result: missing, changes: {} };
      const values = auditedValues(input);
      const changed = changedFields(before as unknown as Record<string, unknown>, values as unknown as Record<string, unknown>);
      if (changed.length > 0) {
        await tx.update(retentionRules).set({ ...values, updatedAt: new Date() }).where(eq(retentionRules.id, id));
        await assignRetention(tx);
      }
      const changes = Object.fromEntries(changed.map((k) => [k, { from: before[k as keyof typeof before], to: values[k as keyof typeof values] }]));
      return { result: ok({ id }) as RuleWriteResult, changes };
    },
    (r) =>
      r.result.ok && Object.keys(r.changes).length > 0
        ? { action: "retention_rule.update", entityType: "retention_rule", entityId: id, summary: { name: input.name, changed: Object.keys(r.changes), ...r.changes } }
        : [],
  );
  return result.result;
}

/** Deletes a rule; its conversations fall to the next most specific rule, or into the gap. */
export async function deleteRetentionRule(actor: Actor, id: string): Promise<RuleWriteResult> {
  return withAudit(
    actor,
    async (tx) => {
      const [gone] = await tx.delete(retentionRules).where(eq(retentionRules.id, id)).returning();
      if (!gone) return NOT_FOUND;
      await assignRetention(tx);
      return ok({ id, gone });
    },
    (r) => (r.ok ? { action: "retention_rule.delete", entityType: "retention_rule", entityId: id, summary: auditedValues(r.gone as RuleInput) } : []),
  ).then((r): RuleWriteResult => (r.ok ? ok({ id }) : r));
}

/** The chat retention rules that enforce an activity's (f) time limit. */
export async function listRulesForActivity(activityId: string) {
  return getDb()
    .select({ id: retentionRules.id, name: retentionRules.name, keepDays: retentionRules.keepDays, action: retentionRules.action })
    .from(retentionRules)
    .where(eq(retentionRules.activityId, activityId))
    .orderBy(asc(retentionRules.name));
}
