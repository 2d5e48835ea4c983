import { createHash } from "node:crypto";
import { and, asc, desc, eq, inArray, isNull, max, sql } from "drizzle-orm";
import { parseCsvTable } from "@/lib/csv-parse";
import { COMPLETION_CSV_REQUIRED, validateCompletionRows } from "@/lib/training/import-rows";
import type { CompletionInput } from "@/lib/training/staff-schema";
import { mustTake, trainingStatus, type PersonFacts, type TrainingState, type TrainingStatus } from "@/lib/training/status";
import { getDb, type DbOrTx } from "@/db";
import { courses, staff, trainingCertificates, trainingCompletions, users } from "@/db/schema";
import { getDueSoonDays } from "./settings";
import type { ActingUser } from "@/lib/auth/roles";
import { ok, refuse, type Outcome } from "@/lib/outcome";
import { withAudit, type Actor } from "@/db/queries/audit";
import { staffScopeCondition } from "./staff-scope";
import { courseFactColumns } from "./columns";

const courseFacts = courseFactColumns;


async function lastCompletions(staffIds: string[]) {
  if (staffIds.length === 0) return new Map<string, string>();
  const rows = await getDb()
    .select({ staffId: trainingCompletions.staffId, courseId: trainingCompletions.courseId, last: max(trainingCompletions.completedOn) })
    .from(trainingCompletions)
    .where(and(inArray(trainingCompletions.staffId, staffIds), isNull(trainingCompletions.withdrawnAt)))
    .groupBy(trainingCompletions.staffId, trainingCompletions.courseId);
  return new Map(rows.map((r) => [`${r.staffId}:${r.courseId}`, r.last ?? ""]));
}

const SEVERITY: Record<TrainingState, number> = { current: 0, due_soon: 1, never_done: 2, overdue: 3 };

/**
 * Each person's overall state: the worst of their required courses. Null for someone who needs no
 * course today (a leaver, or nobody's audience). The rules themselves live in lib/training/status.
 */
export async function overallStates(people: Array<PersonFacts & { id: string }>, today: string) {
  const [active, last, dueSoonDays] = await Promise.all([
    getDb().select(courseFacts).from(courses).where(eq(courses.active, true)),
    lastCompletions(people.map((p) => p.id)),
    getDueSoonDays(),
  ]);
  const result = new Map<string, TrainingState | null>();
  for (const person of people) {
    let worst: TrainingState | null = null;
    for (const course of active) {
      if (!mustTake(course, person, today)) continue;
      const state = trainingStatus({ course, person, lastCompletedOn: last.get(`${person.id}:${course.id}`) || null, today, dueSoonDays }).state;
      if (worst === null || SEVERITY[state] > SEVERITY[worst]) worst = state;
    }
    result.set(person.id, worst);
  }
  return result;
}

/** Every course the person must take today, with where they stand on it. */
export async function personCourseStatuses(person: PersonFacts & { id: string }, today: string) {
  const [active, last, dueSoonDays] = await Promise.all([
    getDb().select(courseFacts).from(courses).where(eq(courses.active, true)).orderBy(asc(courses.title)),
    lastCompletions([person.id]),
    getDueSoonDays(),
  ]);
  return active
    .filter((c) => mustTake(c, person, today))
    .map((c): { courseId: string; title: string; status: TrainingStatus } => ({
      courseId: c.id,
      title: c.title,
      status: trainingStatus({ course: c, person, lastCompletedOn: last.get(`${person.id}:${c.id}`) || null, today, dueSoonDays }),
    }));
}

export async function listCourseOptions() {
  return getDb().select({ id: courses.id, title: courses.title }).from(courses).where(eq(courses.active, true)).orderBy(asc(courses.title));
}

export async function listCompletionsForPerson(staffId: string) {
  return getDb()
    .select({
      id: trainingCompletions.id,
      courseTitle: courses.title,
      completedOn: trainingCompletions.completedOn,
      score: trainingCompletions.score,
      source: trainingCompletions.source,
      recordedByName: users.name,
      withdrawnAt: trainingCompletions.withdrawnAt,
      withdrawnReason: trainingCompletions.withdrawnReason,
      certificateName: trainingCertificates.fileName,
    })
    .from(trainingCompletions)
    .innerJoin(courses, eq(courses.id, trainingCompletions.courseId))
    .leftJoin(users, eq(users.id, trainingCompletions.recordedBy))
    .leftJoin(trainingCertificates, eq(trainingCertificates.completionId, trainingCompletions.id))
    .where(eq(trainingCompletions.staffId, staffId))
    .orderBy(desc(trainingCompletions.completedOn), desc(trainingCompletions.createdAt));
}

export interface CertificateUpload {
  fileName: string;
  mimeType: string;
  bytes: Buffer;
}

type CompletionOutcome = Outcome<{ id: string }>;

// Same answer for "no such person" and "not in your team": a manager learns nothing about other teams.
const personOutOfReach = () => refuse("not_found", "This person is not in the directory, or not in your team.");

/** Whether `user` may act on this person: they exist and, for a manager, are in their team. */
async function personInScope(db: DbOrTx, user: ActingUser, staffId: string) {
  const [row] = await db.select({ id: staff.id }).from(staff).where(and(eq(staff.id, staffId), staffScopeCondition(user))).for("update").limit(1);
  return Boolean(row);
}

/** Records one completion (and its certificate) for a person the user may act on. */
export async function recordCompletion(actor: Actor, user: ActingUser, input: CompletionInput, certificate?: CertificateUpload): Promise<CompletionOutcome> {
  return withAudit(
    actor,
    async (tx): Promise<CompletionOutcome> => {
      if (!(await personInScope(tx, user, input.staffId))) return personOutOfReach();
      const [course] = await tx.select({ id: courses.id }).from(courses).where(eq(courses.id, input.courseId)).limit(1);
      if (!course) return refuse("invalid", "This course does not exist any more.", "courseId");
      const [row] = await tx
        .insert(trainingCompletions)
        .values({ ...input, source: "manual", recordedBy: user.id })
        .onConflictDoNothing()
        .returning({ id: trainingCompletions.id });
      if (!row) return refuse("taken", "This course is already recorded as completed on this day.", "completedOn");
      if (certificate) {
        const sha256 = createHash("sha256").update(certificate.bytes).digest("hex");
        await tx.insert(trainingCertificates).values({ completionId: row.id, fileName: certificate.fileName, mimeType: certificate.mimeType, size: certificate.bytes.length, sha256, data: certificate.bytes });
      }
      return ok({ id: row.id });
    },
    (r) =>
      r.ok
        ? { action: "training_completion.record", entityType: "staff", entityId: input.staffId, summary: { completionId: r.id, courseId: input.courseId, completedOn: input.completedOn, certificate: Boolean(certificate) } }
        : [],
  );
}

/** Withdraws a completion with a reason; the row stays, shown as withdrawn. */
export async function withdrawCompletion(actor: Actor, user: ActingUser, input: { staffId: string; completionId: string; reason: string }): Promise<CompletionOutcome> {
  return withAudit(
    actor,
    async (tx): Promise<CompletionOutcome> => {
      if (!(await personInScope(tx, user, input.staffId))) return personOutOfReach();
      const [row] = await tx
        .update(trainingCompletions)
        .set({ withdrawnAt: new Date(), withdrawnReason: input.reason })
        .where(and(eq(trainingCompletions.id, input.completionId), eq(trainingCompletions.staffId, input.staffId), isNull(trainingCompletions.withdrawnAt)))
        .returning({ id: trainingCompletions.id, courseId: trainingCompletions.courseId });
      if (!row) return refuse("conflict", "This completion was already withdrawn.");
      return ok({ id: row.id });
    },
    // The reason is free text and may name people: the entry says only that one was given.
    (r) => (r.ok ? { action: "training_completion.withdraw", entityType: "staff", entityId: input.staffId, summary: { completionId: r.id, reasonGiven: true } } : []),
  );
}

/** Checks a completions CSV against the directory and the courses, writing nothing. */
export async function previewCompletionImport(user: ActingUser, text: string, today: string, db: DbOrTx = getDb()): Promise<Outcome<{ rows: ReturnType<typeof validateCompletionRows> }>> {
  const parsed = parseCsvTable(text, COMPLETION_CSV_REQUIRED);
  if (!parsed.ok) return refuse("invalid", parsed.error);
  const emails = [...new Set(parsed.table.rows.map((r) => (r.values.work_email ?? "").trim().toLowerCase()).filter(Boolean))];
  const [people, titles] = await Promise.all([
    emails.length
      ? db.select({ id: staff.id, email: staff.workEmail, managerUserId: staff.managerUserId }).from(staff).where(inArray(sql`lower(${staff.workEmail})`, emails))
      : Promise.resolve([]),
    db.select({ id: courses.id, title: courses.title }).from(courses),
  ]);
  const rows = validateCompletionRows(parsed.table, {
    staffByEmail: new Map(people.map((p) => [p.email.toLowerCase(), { id: p.id, managerUserId: p.managerUserId }])),
    courseIdByTitle: new Map(titles.map((c) => [c.title.toLowerCase(), c.id])),
    managerUserId: user.role === "manager" ? user.id : undefined,
    today,
  });
  return ok({ rows });
}

/**
 * Writes the valid rows in one statement. Re-importing the same file adds nothing: the partial unique
 * index (person, course, day, not withdrawn) turns repeats into no-ops, and `created` counts the new ones.
 */
export async function importCompletions(actor: Actor, user: ActingUser, text: string, today: string): Promise<Outcome<{ counts: { created: number; alreadyThere: number; skipped: number } }>> {
  return withAudit(
    actor,
    async (tx): Promise<Outcome<{ counts: { created: number; alreadyThere: number; skipped: number } }>> => {
      const preview = await previewCompletionImport(user, text, today, tx);
      if (!preview.ok) return preview;
      const valid = preview.rows.flatMap((r) => (r.data ? [r.data] : []));
      const inserted = valid.length
        ? await tx
            .insert(trainingCompletions)
            .values(valid.map((v) => ({ ...v, source: "import" as const, recordedBy: user.id })))
            .onConflictDoNothing()
            .returning({ id: trainingCompletions.id })
        : [];
      const counts = { created: inserted.length, alreadyThere: valid.length - inserted.length, skipped: preview.rows.length - valid.length };
      return ok({ counts });
    },
    (r) => (r.ok && r.counts.created > 0 ? { action: "training_completion.import", entityType: "training_completion", entityId: "import", summary: { ...r.counts } } : []),
  );
}

/** A certificate, only when the user may see the person it belongs to. */
export async function getCertificate(user: ActingUser, staffId: string, completionId: string) {
  const [row] = await getDb()
    .select({ fileName: trainingCertificates.fileName, mimeType: trainingCertificates.mimeType, data: trainingCertificates.data, sha256: trainingCertificates.sha256 })
    .from(trainingCertificates)
    .innerJoin(trainingCompletions, eq(trainingCompletions.id, trainingCertificates.completionId))
    .innerJoin(staff, eq(staff.id, trainingCompletions.staffId))
    .where(and(eq(trainingCertificates.completionId, completionId), eq(staff.id, staffId), staffScopeCondition(user)))
    .limit(1);
  return row ?? null;
}
