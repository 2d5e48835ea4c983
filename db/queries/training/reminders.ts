import { and, eq, gt, inArray, max, sql } from "drizzle-orm";
import { reminderToManager, reminderToPerson } from "@/lib/training/reminder-text";
import { getDb, type DbOrTx } from "@/db";
import { staff, trainingReminders } from "@/db/schema";
import { withAudit, type Actor } from "@/db/queries/audit";
import { enqueueMessages, type OutgoingMessage } from "@/db/queries/outbox";
import { staffScopeCondition } from "./staff-scope";
import type { ActingUser } from "@/lib/auth/roles";
import { ok } from "@/lib/outcome";
import { loadTrainingMatrix, overdueRows } from "./status";

export const REMINDER_INTERVAL_DAYS = 7;
const WEEK_MS = REMINDER_INTERVAL_DAYS * 86_400_000;
// Serialises reminder runs: two clicks at once must not both find "not reminded this week".
const REMINDER_LOCK_KEY = 727_061;

/** When each person in scope was last reminded about each course. */
export async function lastReminders(scope: ActingUser, db: DbOrTx = getDb()) {
  const rows = await db
    .select({ staffId: trainingReminders.staffId, courseId: trainingReminders.courseId, last: max(trainingReminders.sentAt) })
    .from(trainingReminders)
    .innerJoin(staff, eq(staff.id, trainingReminders.staffId))
    .where(staffScopeCondition(scope))
    .groupBy(trainingReminders.staffId, trainingReminders.courseId);
  return new Map(rows.map((r) => [`${r.staffId}:${r.courseId}`, r.last]));
}

export interface ReminderCounts {
  sent: number;
  skipped: number;
  outboxIds: number[];
}

/**
 * Reminds overdue people in the user's scope, and their managers, by e-mail through the outbox:
 * the whole overdue list, or only the `only` pairs (those not overdue or out of scope are ignored).
 * A person is reminded about a course at most once every 7 days; those reminded more recently are
 * skipped and counted. The reminder rows, the messages and the audit entry commit together.
 */
export async function sendReminders(
  actor: Actor,
  params: { scope: ActingUser; today: string; now?: Date; only?: Array<{ staffId: string; courseId: string }> },
): Promise<{ ok: true } & ReminderCounts> {
  const now = params.now ?? new Date();
  return withAudit(
    actor,
    async (tx) => {
      await tx.execute(sql`select pg_advisory_xact_lock(${REMINDER_LOCK_KEY})`);
      const wanted = params.only ? new Set(params.only.map((p) => `${p.staffId}:${p.courseId}`)) : null;
      const overdue = overdueRows(await loadTrainingMatrix({ scope: params.scope, today: params.today, db: tx })).filter(
        (r) => !wanted || wanted.has(`${r.staffId}:${r.courseId}`),
      );
      if (overdue.length === 0) return { sent: 0, skipped: 0, outboxIds: [], reminderIds: [] as string[] };
      const recent = await tx
        .select({ staffId: trainingReminders.staffId, courseId: trainingReminders.courseId })
        .from(trainingReminders)
        .where(and(inArray(trainingReminders.staffId, [...new Set(overdue.map((r) => r.staffId))]), gt(trainingReminders.sentAt, new Date(now.getTime() - WEEK_MS))));
      const recentKeys = new Set(recent.map((r) => `${r.staffId}:${r.courseId}`));
      const due = overdue.filter((r) => !recentKeys.has(`${r.staffId}:${r.courseId}`));
      const messages: OutgoingMessage[] = [];
      for (const r of due) {
        const facts = { personName: r.name, courseTitle: r.courseTitle, dueOn: r.status.dueOn ?? "" };
        messages.push({ kind: "training_reminder", to: r.workEmail, ...text(reminderToPerson(facts)) });
        if (r.managerEmail) messages.push({ kind: "training_reminder_manager", to: r.managerEmail, ...text(reminderToManager(facts)) });
      }
      const reminders = due.length
        ? await tx
            .insert(trainingReminders)
            .values(due.map((r) => ({ staffId: r.staffId, courseId: r.courseId, sentAt: now, sentBy: actor.type === "user" ? actor.id : null })))
            .returning({ id: trainingReminders.id })
        : [];
      const outboxIds = await enqueueMessages(tx, messages);
      return { sent: due.length, skipped: overdue.length - due.length, outboxIds, reminderIds: reminders.map((r) => r.id) };
    },
    // Counts and ids only: who was reminded is in the reminder rows, not copied into the trail.
    (r) =>
      r.sent + r.skipped > 0
        ? { action: "training_reminder.send", entityType: "training_reminder", entityId: "batch", summary: { sent: r.sent, skipped: r.skipped, messages: r.outboxIds.length, reminderIds: r.reminderIds, outboxIds: r.outboxIds } }
        : [],
  ).then(({ sent, skipped, outboxIds }) => ok({ sent, skipped, outboxIds }));
}

const text = (m: { subject: string; body: string }) => ({ subject: m.subject, body: m.body });
