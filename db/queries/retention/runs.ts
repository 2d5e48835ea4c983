import { and, asc, count, desc, eq, inArray, sql } from "drizzle-orm";
import { getDb } from "@/db";
import { conversations, retentionRules, retentionRunRules, retentionRuns, users } from "@/db/schema";
import { withAudit, type Actor } from "@/db/queries/audit";
import { onHold, pastDue } from "./assign";

export type RunTrigger = "schedule" | "manual";
export type RunStatus = "running" | "completed" | "failed" | "interrupted";

export interface RuleSnapshot {
  id: string;
  name: string;
  action: "delete" | "anonymise";
  keepDays: number;
}

export interface PreviewRow extends RuleSnapshot {
  /** Conversations the next run would delete or anonymise now. */
  conversations: number;
  messages: number;
  /** Past due too, but kept by a legal hold on the conversation or its person. */
  held: number;
}

/** The dry run: per rule, what a run now would take and what holds keep. Reads only. */
export async function previewRetention(now: Date): Promise<PreviewRow[]> {
  const rows = await getDb()
    .select({
      id: retentionRules.id,
      name: retentionRules.name,
      action: retentionRules.action,
      keepDays: retentionRules.keepDays,
      conversations: sql<number>`count(*) filter (where not ${onHold})`.mapWith(Number),
      messages: sql<number>`coalesce(sum(${conversations.messageCount}) filter (where not ${onHold}), 0)`.mapWith(Number),
      held: sql<number>`count(*) filter (where ${onHold})`.mapWith(Number),
    })
    .from(conversations)
    .innerJoin(retentionRules, eq(retentionRules.id, conversations.retentionRuleId))
    .where(pastDue(now))
    .groupBy(retentionRules.id)
    .orderBy(asc(retentionRules.name), asc(retentionRules.id));
  return rows;
}

/**
 * Marks runs left "running" by a process that is gone. Only called by the holder of the run lock, so no
 * live run can be among them.
 */
export async function markInterruptedRuns(actor: Actor): Promise<string[]> {
  return withAudit(
    actor,
    async (tx) => {
      const rows = await tx
        .update(retentionRuns)
        .set({ status: "interrupted", finishedAt: new Date(), error: "The process running it stopped before it finished; the next run took over." })
        .where(eq(retentionRuns.status, "running"))
        .returning({ id: retentionRuns.id });
      return rows.map((r) => r.id);
    },
    (ids) => ids.map((id) => ({ action: "retention.run_interrupted", entityType: "retention_run", entityId: id })),
  );
}

export async function startRun(actor: Actor, trigger: RunTrigger): Promise<string> {
  return withAudit(
    actor,
    async (tx) => {
      const [row] = await tx
        .insert(retentionRuns)
        .values({ trigger, startedBy: actor.type === "user" ? actor.id : null })
        .returning({ id: retentionRuns.id });
      return row!.id;
    },
    (id) => ({ action: "retention.run_start", entityType: "retention_run", entityId: id, summary: { trigger } }),
  );
}

export async function finishRun(actor: Actor, runId: string, status: Exclude<RunStatus, "running">, error?: string) {
  await withAudit(
    actor,
    async (tx) => {
      await tx.update(retentionRuns).set({ status, finishedAt: new Date(), error: error ?? null }).where(eq(retentionRuns.id, runId));
      const totals = await tx
        .select({ rule: retentionRunRules.ruleName, action: retentionRunRules.action, conversations: retentionRunRules.conversations, messages: retentionRunRules.messages })
        .from(retentionRunRules)
        .where(eq(retentionRunRules.runId, runId))
        .orderBy(asc(retentionRunRules.ruleName));
      return totals;
    },
    (totals) => ({ action: "retention.run_finish", entityType: "retention_run", entityId: runId, summary: { status, ...(error ? { error } : {}), rules: totals } }),
  );
}

/** One receipt: the run and what each rule took in it. */
export async function getRunReceipt(runId: string) {
  const db = getDb();
  const [run] = await db.select().from(retentionRuns).where(eq(retentionRuns.id, runId));
  if (!run) return null;
  const rules = await db.select().from(retentionRunRules).where(eq(retentionRunRules.runId, runId)).orderBy(asc(retentionRunRules.ruleName));
  return { ...run, rules };
}

/** The receipts, newest first, paged; each with its per-rule rows. */
export async function listRetentionRuns({ page, pageSize }: { page: number; pageSize: number }) {
  const db = getDb();
  const [runs, [total]] = await Promise.all([
    db
      .select({
        id: retentionRuns.id,
        trigger: retentionRuns.trigger,
        startedAt: retentionRuns.startedAt,
        finishedAt: retentionRuns.finishedAt,
        status: retentionRuns.status,
        error: retentionRuns.error,
        startedByName: users.name,
      })
      .from(retentionRuns)
      .leftJoin(users, eq(users.id, retentionRuns.startedBy))
      .orderBy(desc(retentionRuns.startedAt), desc(retentionRuns.id))
      .limit(pageSize)
      .offset((page - 1) * pageSize),
    db.select({ n: count() }).from(retentionRuns),
  ]);
  const ids = runs.map((r) => r.id);
  const ruleRows = ids.length
    ? await db
        .select({
          runId: retentionRunRules.runId,
          ruleId: retentionRunRules.ruleId,
          ruleName: retentionRunRules.ruleName,
          action: retentionRunRules.action,
          keepDays: retentionRunRules.keepDays,
          conversations: retentionRunRules.conversations,
          messages: retentionRunRules.messages,
          idsHash: retentionRunRules.idsHash,
        })
        .from(retentionRunRules)
        .where(inArray(retentionRunRules.runId, ids))
        .orderBy(asc(retentionRunRules.ruleName))
    : [];
  return {
    rows: runs.map((run) => ({ ...run, rules: ruleRows.filter((r) => r.runId === run.id) })),
    total: total?.n ?? 0,
  };
}

export type RetentionRunRow = Awaited<ReturnType<typeof listRetentionRuns>>["rows"][number];

/** Every receipt line for the CSV export: one per run and rule (a run that took nothing has one line). */
export async function listReceiptLines() {
  return getDb()
    .select({
      runId: retentionRuns.id,
      startedAt: retentionRuns.startedAt,
      finishedAt: retentionRuns.finishedAt,
      trigger: retentionRuns.trigger,
      startedByName: users.name,
      status: retentionRuns.status,
      error: retentionRuns.error,
      ruleId: retentionRunRules.ruleId,
      ruleName: retentionRunRules.ruleName,
      action: retentionRunRules.action,
      keepDays: retentionRunRules.keepDays,
      conversations: retentionRunRules.conversations,
      messages: retentionRunRules.messages,
      idsHash: retentionRunRules.idsHash,
    })
    .from(retentionRuns)
    .leftJoin(users, eq(users.id, retentionRuns.startedBy))
    .leftJoin(retentionRunRules, eq(retentionRunRules.runId, retentionRuns.id))
    .orderBy(desc(retentionRuns.startedAt), desc(retentionRuns.id), asc(retentionRunRules.ruleName));
}

/** When the schedule last started a run, to catch up on one missed while no server was up. */
export async function lastScheduledRunAt(): Promise<Date | null> {
  const [row] = await getDb()
    .select({ at: retentionRuns.startedAt })
    .from(retentionRuns)
    .where(and(eq(retentionRuns.trigger, "schedule")))
    .orderBy(desc(retentionRuns.startedAt))
    .limit(1);
  return row?.at ?? null;
}

/** The rules that have due work now (holds aside), in the order a run takes them. */
export async function rulesWithDueWork(now: Date): Promise<RuleSnapshot[]> {
  const rows = await previewRetention(now);
  return rows.filter((r) => r.conversations > 0).map(({ id, name, action, keepDays }) => ({ id, name, action, keepDays }));
}
